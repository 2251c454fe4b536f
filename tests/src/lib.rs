//! Shared helpers for the scenario tests in `tests/tests/`: temp dirs with real dossier
//! files, and ways to damage them as the world does.

// Test support: a failed expectation here is a failed test, so it may panic.
#![allow(clippy::expect_used, clippy::panic)]

pub mod fuzzing;
pub mod hostile;
pub mod large;
pub mod pdf;
pub mod survey;
pub mod wal;

use std::path::{Path, PathBuf};

use ketenkompas::Dossier;

/// A temp dir that lives as long as the value.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A closed, checkpointed sample dossier at `name`.
    pub fn sample(&self, name: &str) -> PathBuf {
        let p = self.path(name);
        drop(ketenkompas::sample::create(&p).expect("sample dossier"));
        p
    }

    /// A copy of the fixture `tests/fixtures/<name>`, to open and change freely.
    pub fn fixture(&self, name: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures")
                .join(name),
            &p,
        )
        .expect("fixture");
        p
    }

    /// The names of all files in the dir, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.dir.path())
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
            .collect();
        v.sort();
        v
    }
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch::new()
    }
}

/// Opening `path` must fail with `code` and leave the file and its folder as they were.
pub fn assert_refused_unchanged(scratch: &Scratch, path: &Path, code: &str) {
    let before = std::fs::read(path).expect("read before");
    let files_before = scratch.files();
    let err = match Dossier::open(path) {
        Ok(_) => panic!("{} opened, expected {code}", path.display()),
        Err(e) => e,
    };
    assert_eq!(err.code(), code, "wrong error: {err}");
    let after = std::fs::read(path).expect("read after");
    assert!(
        before == after,
        "{} changed while being refused",
        path.display()
    );
    assert_eq!(files_before, scratch.files(), "side files appeared");
}

/// A planned measure for `risk_id` with only what a plan needs: a title, its type and a
/// deadline.
pub fn planned_action(
    risk_id: i64,
    title: &str,
    measure: ketenkompas::model::action::MeasureType,
    deadline: &str,
) -> ketenkompas::model::Action {
    ketenkompas::model::Action {
        id: 0,
        risk_id,
        title: title.into(),
        measure,
        owner: None,
        people: None,
        budget_eur: None,
        start_on: None,
        deadline: Some(deadline.into()),
        status: ketenkompas::model::action::ActionStatus::Planned,
        goal: None,
        kpi_id: None,
        stakeholders: None,
        supplier_id: None,
        sensitive: false,
        exit: None,
    }
}

/// A risk with only a title and a theme, at a supplier: recorded, not yet assessed or
/// decided.
pub fn open_risk(title: &str, theme: ketenkompas::model::risk::Theme) -> ketenkompas::model::Risk {
    ketenkompas::model::Risk::new(title, theme, ketenkompas::model::risk::Location::Supplier)
}

/// The frozen content of a closed year as stored in the dossier at `path`.
pub fn frozen_content(path: &Path, year: i32) -> serde_json::Value {
    let c = rusqlite::Connection::open(path).expect("sqlite");
    let text: String = c
        .query_row(
            "SELECT content FROM year_snapshot WHERE year = ?1",
            [year],
            |r| r.get(0),
        )
        .expect("snapshot");
    serde_json::from_str(&text).expect("json")
}

/// Replaces the frozen content of a closed year, as a later version or another tool
/// might have written it.
pub fn replace_frozen_content(path: &Path, year: i32, doc: &serde_json::Value) {
    let c = rusqlite::Connection::open(path).expect("sqlite");
    c.execute(
        "UPDATE year_snapshot SET content = ?1 WHERE year = ?2",
        rusqlite::params![doc.to_string(), year],
    )
    .expect("update");
}
