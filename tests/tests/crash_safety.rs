//! D1: a crash loses nothing that was confirmed. A writer process
//! (`ketenkompas-writer`) saves suppliers one by one and imports batches of them, and
//! says so after each write returned; this test kills it with SIGKILL at a random moment,
//! 200 times. After every kill the dossier must open, pass `PRAGMA integrity_check`,
//! hold every write the writer confirmed, and hold each import whole or not at all.

#![allow(clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use ketenkompas::Dossier;
use ketenkompas_tests::large::Lcg;

const KILLS: usize = 200;
/// Kills per dossier before a fresh one is made, so the files stay small.
const KILLS_PER_DOSSIER: usize = 20;
const IMPORT_ROWS: usize = 200;

struct Seen {
    saved: BTreeSet<String>,
    imported: BTreeSet<String>,
}

/// Runs the writer on `path` for `ms` milliseconds, kills it, and returns what it
/// confirmed before the kill.
fn run_and_kill(path: &std::path::Path, run: usize, ms: u64) -> Seen {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ketenkompas-writer"))
        .arg(path)
        .arg(run.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("writer starts");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            match line {
                Ok(l) => {
                    if tx.send(l).is_err() {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
    });
    std::thread::sleep(Duration::from_millis(ms));
    let exited_early = child.try_wait().expect("try_wait").is_some();
    // `kill` is SIGKILL on Unix: no destructor, no flush, no checkpoint.
    let _ = child.kill();
    let status = child.wait().expect("wait");
    reader.join().expect("reader");
    let mut seen = Seen {
        saved: BTreeSet::new(),
        imported: BTreeSet::new(),
    };
    for line in rx.try_iter() {
        if let Some(name) = line.strip_prefix("saved ") {
            seen.saved.insert(name.to_string());
        } else if let Some(tag) = line.strip_prefix("imported ") {
            seen.imported.insert(tag.to_string());
        } else {
            panic!("unexpected writer output: {line}");
        }
    }
    if exited_early {
        let mut err = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut e, &mut err);
        }
        panic!("the writer stopped by itself ({status}): {err}");
    }
    seen
}

#[test]
fn a_killed_writer_loses_no_confirmed_write_and_leaves_no_partial_import() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut g = Lcg(2026);
    let mut confirmed_saves = 0;
    let mut confirmed_imports = 0;
    let mut kills_mid_import = 0;
    let mut path = dir.path().join("crash-0.kkdossier");
    let mut saved_before: BTreeSet<String> = BTreeSet::new();
    let mut imported_before: BTreeSet<String> = BTreeSet::new();
    let mut unconfirmed: BTreeSet<String> = BTreeSet::new();
    for kill in 0..KILLS {
        if kill % KILLS_PER_DOSSIER == 0 {
            path = dir.path().join(format!("crash-{kill}.kkdossier"));
            drop(Dossier::create(&path, "Crash B.V.", 2026).expect("create"));
            saved_before.clear();
            imported_before.clear();
        }
        // Mostly short runs, so the kill lands anywhere: while opening, between writes,
        // inside a save or inside an import's transaction.
        let ms = 5 + g.below(if kill % 3 == 0 { 400 } else { 120 });
        let seen = run_and_kill(&path, kill, ms);
        confirmed_saves += seen.saved.len();
        confirmed_imports += seen.imported.len();
        saved_before.extend(seen.saved);
        imported_before.extend(seen.imported);

        // The dossier opens (the careful open runs a quick check before writing) …
        let d = Dossier::open(&path).unwrap_or_else(|e| panic!("kill {kill}: reopen: {e}"));
        // … passes the full integrity and foreign key checks …
        let problems = d.integrity_problems().expect("integrity check");
        assert!(problems.is_empty(), "kill {kill}: {problems:?}");
        let names: Vec<String> = d
            .suppliers()
            .expect("suppliers")
            .into_iter()
            .map(|s| s.name)
            .collect();
        let all: BTreeSet<&str> = names.iter().map(String::as_str).collect();
        // … holds every confirmed single save …
        for name in &saved_before {
            assert!(all.contains(name.as_str()), "kill {kill}: lost {name}");
        }
        // … and every import whole or not at all, confirmed ones whole.
        let mut per_import: BTreeMap<&str, usize> = BTreeMap::new();
        for name in &names {
            if let Some(rest) = name.strip_prefix("Import ") {
                let tag = rest.split(' ').next().expect("tag");
                *per_import.entry(tag).or_default() += 1;
            }
        }
        for (tag, rows) in &per_import {
            assert_eq!(*rows, IMPORT_ROWS, "kill {kill}: import {tag} is partial");
            if !imported_before.contains(*tag) && unconfirmed.insert(tag.to_string()) {
                // Committed, then killed before it could say so: allowed, and whole.
                kills_mid_import += 1;
            }
        }
        for tag in &imported_before {
            assert!(
                per_import.contains_key(tag.as_str()),
                "kill {kill}: lost confirmed import {tag}"
            );
        }
        drop(d);
    }
    // The test means something only if the writer got to write.
    assert!(
        confirmed_saves > KILLS && confirmed_imports > KILLS / 4,
        "too few writes: {confirmed_saves} saves, {confirmed_imports} imports"
    );
    eprintln!(
        "{KILLS} kills: {confirmed_saves} confirmed saves, {confirmed_imports} confirmed imports, \
         {kills_mid_import} imports committed but killed before they were confirmed"
    );
}
