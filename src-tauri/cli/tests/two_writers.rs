//! Two processes writing the same dossier at once, as two windows, a script and a
//! user, or two users on a shared folder do: every write lands whole, before or after
//! the other, and decisions taken on what was read (which rows are new, what a closed
//! year holds) still hold when they are written.

#![allow(clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const ROWS: usize = 30_000;

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_ketenkompas-cli"))
        .args(["--lang", "en"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cli starts")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// A dossier with its first year (2026) open, and a supplier list of `ROWS` rows.
fn dossier_and_list(dir: &Path) -> (String, String) {
    let f = dir.join("d.kkdossier").display().to_string();
    let o = spawn(&["new", &f, "--company", "Twee B.V.", "--year", "2026"])
        .wait_with_output()
        .expect("new");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let csv = dir.join("lijst.csv");
    let mut list = String::from("naam;land;producten\n");
    for row in 0..ROWS {
        list.push_str(&format!("Atelier {row};Portugal;Stof\n"));
    }
    std::fs::write(&csv, list).expect("csv");
    (f, csv.display().to_string())
}

fn suppliers(f: &str) -> i64 {
    let conn = rusqlite::Connection::open(f).expect("open");
    conn.query_row("SELECT count(*) FROM supplier", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn two_imports_of_the_same_list_at_once_store_it_once() {
    let dir = tempfile::tempdir().expect("dir");
    let (f, csv) = dossier_and_list(dir.path());
    let a = spawn(&["import", "suppliers", &f, &csv]);
    let b = spawn(&["import", "suppliers", &f, &csv]);
    let (a, b) = (
        a.wait_with_output().expect("a"),
        b.wait_with_output().expect("b"),
    );
    assert_eq!(a.status.code(), Some(0), "{}", text(&a));
    assert_eq!(b.status.code(), Some(0), "{}", text(&b));
    assert_eq!(suppliers(&f), ROWS as i64, "{}\n{}", text(&a), text(&b));
}

/// Waits until another process holds the dossier's write lock.
fn wait_for_write_lock(f: &str, child: &mut Child) {
    let conn = rusqlite::Connection::open(f).expect("open");
    // Without waiting: "busy" is the answer looked for.
    conn.busy_timeout(Duration::ZERO).expect("no wait");
    let until = Instant::now() + Duration::from_secs(30);
    while Instant::now() < until {
        assert!(
            child.try_wait().expect("try_wait").is_none(),
            "the import ended first"
        );
        match conn.execute_batch("BEGIN IMMEDIATE") {
            Ok(()) => conn.execute_batch("ROLLBACK").expect("rollback"),
            Err(_) => return,
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    panic!("the import never took the write lock");
}

#[test]
fn closing_a_year_during_an_import_freezes_the_state_it_closes_on() {
    let dir = tempfile::tempdir().expect("dir");
    let (f, csv) = dossier_and_list(dir.path());
    let mut import = spawn(&["import", "suppliers", &f, &csv]);
    wait_for_write_lock(&f, &mut import);
    // The import is writing; the close starts now and must not freeze what it read
    // before the import committed.
    let close = spawn(&["close-year", &f, "--year", "2026"]);
    let (import, close) = (
        import.wait_with_output().expect("import"),
        close.wait_with_output().expect("close"),
    );
    assert_eq!(import.status.code(), Some(0), "{}", text(&import));
    assert_eq!(close.status.code(), Some(0), "{}", text(&close));
    let conn = rusqlite::Connection::open(&f).expect("open");
    let frozen: String = conn
        .query_row(
            "SELECT content FROM year_snapshot WHERE year = 2026",
            [],
            |r| r.get(0),
        )
        .expect("snapshot");
    let doc: serde_json::Value = serde_json::from_str(&frozen).expect("json");
    let in_snapshot = doc["suppliers"].as_array().map(Vec::len).unwrap_or(0);
    assert_eq!(
        in_snapshot, ROWS,
        "the closed year holds what was there when it closed"
    );
}

#[test]
fn two_closes_of_the_same_year_at_once_close_it_once_and_say_so() {
    let dir = tempfile::tempdir().expect("dir");
    let (f, _) = dossier_and_list(dir.path());
    let a = spawn(&["close-year", &f, "--year", "2026"]);
    let b = spawn(&["close-year", &f, "--year", "2026"]);
    let (a, b) = (
        a.wait_with_output().expect("a"),
        b.wait_with_output().expect("b"),
    );
    let mut codes = [a.status.code(), b.status.code()];
    codes.sort();
    assert_eq!(codes, [Some(0), Some(1)], "{}\n{}", text(&a), text(&b));
    let refused = if a.status.code() == Some(1) { &a } else { &b };
    assert!(
        text(refused).contains("2026 is closed"),
        "{}",
        text(refused)
    );
}

#[test]
fn a_dossier_held_by_another_program_is_told_as_such_and_nothing_is_stored() {
    let dir = tempfile::tempdir().expect("dir");
    let (f, csv) = dossier_and_list(dir.path());
    // Another program holds the write lock for longer than a writer waits (5 s).
    let holder = rusqlite::Connection::open(&f).expect("open");
    holder.execute_batch("BEGIN IMMEDIATE").expect("lock");
    let o = Command::new(env!("CARGO_BIN_EXE_ketenkompas-cli"))
        .args(["--lang", "nl", "import", "suppliers", &f, &csv])
        .output()
        .expect("cli");
    holder.execute_batch("ROLLBACK").expect("unlock");
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("door een ander programma gebruikt"),
        "{}",
        text(&o)
    );
    assert_eq!(suppliers(&f), 0);
}
