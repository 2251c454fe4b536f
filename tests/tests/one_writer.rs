//! One writer per dossier, with real processes (ADR 0021): a dossier the app holds is
//! refused to a second writer with who holds it and since when, and opens for reading;
//! a holder that was killed leaves a lock file that is taken over; a second command of
//! the CLI waits for the first.

#![allow(clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ketenkompas::dossier::lock;
use ketenkompas::model::Supplier;
use ketenkompas::{Dossier, Error};

/// Starts a holder of `path` as `program` and waits until it holds the dossier.
fn hold(path: &Path, program: &str, seconds: Option<u64>) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ketenkompas-hold"));
    cmd.arg(path).arg(program);
    if let Some(s) = seconds {
        cmd.arg(s.to_string());
    }
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("holder starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("holder says");
    assert_eq!(line.trim(), "held");
    child
}

fn dossier(dir: &Path) -> std::path::PathBuf {
    let p = dir.join("gedeeld.kkdossier");
    drop(Dossier::create(&p, "Gedeeld B.V.", 2026).expect("create"));
    p
}

#[test]
fn a_dossier_the_app_holds_is_refused_to_a_second_writer_and_opens_for_reading() {
    let dir = tempfile::tempdir().expect("dir");
    let p = dossier(dir.path());
    let before = std::fs::read(&p).expect("bytes");
    let mut app = hold(&p, "app", None);
    match Dossier::open(&p) {
        Err(Error::InUse { by, since, .. }) => {
            assert!(by.starts_with("Ketenkompas ("), "{by}");
            assert!(since.ends_with(" UTC") && since.len() == 20, "{since}");
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("a second writer opened the dossier"),
    }
    // Reading is possible, and says who writes.
    let d = Dossier::open_for_reading(&p).expect("for reading");
    assert!(d.is_read_only());
    let info = d.info().expect("info");
    let by = info.in_use_by.expect("in use by");
    assert!(by.by.starts_with("Ketenkompas"), "{}", by.by);
    assert_eq!(d.company().expect("company").name, "Gedeeld B.V.");
    let mut d = d;
    assert_eq!(
        d.save_supplier(&Supplier::named("Nee"))
            .expect_err("read only")
            .code(),
        "dossier.read_only_write"
    );
    drop(d);
    // The app closes the dossier: the lock and its file go, and a writer may come.
    drop(app.stdin.take());
    assert!(app.wait().expect("holder ends").success());
    assert!(!lock::holder_path(&p).exists());
    #[cfg(unix)]
    assert!(!lock::lock_path(&p).exists());
    assert_eq!(std::fs::read(&p).expect("bytes"), before, "nothing written");
    let mut d = Dossier::open(&p).expect("free now");
    d.save_supplier(&Supplier::named("Ja")).expect("write");
}

#[test]
fn a_holder_that_was_killed_leaves_a_lock_file_that_is_taken_over() {
    let dir = tempfile::tempdir().expect("dir");
    let p = dossier(dir.path());
    let mut app = hold(&p, "app", None);
    let pid = app.id();
    app.kill().expect("kill");
    app.wait().expect("killed");
    // The file is still there and still names the dead holder …
    assert_eq!(lock::holder(&p).expect("left behind").pid, pid);
    // … but holds no lock: it is taken over.
    let mut d = Dossier::open(&p).expect("taken over");
    assert_eq!(
        lock::holder(&p).expect("ours").pid,
        std::process::id(),
        "the lock file names the new holder"
    );
    d.save_supplier(&Supplier::named("Na de crash"))
        .expect("write");
}

#[test]
fn a_command_of_the_cli_waits_for_another_one_and_not_for_the_app() {
    let dir = tempfile::tempdir().expect("dir");
    let p = dossier(dir.path());
    // Another command holds it for a second: this one waits, then writes.
    let mut other = hold(&p, "cli", Some(1));
    let started = Instant::now();
    let waited = lock::acquire(&p, true).expect("after the other command");
    assert!(started.elapsed() >= Duration::from_millis(500), "it waited");
    assert!(other.wait().expect("other ends").success());
    drop(waited);
    // The app is not waited for.
    let mut app = hold(&p, "app", None);
    let started = Instant::now();
    assert_eq!(
        lock::acquire(&p, true).expect_err("in use").code(),
        "dossier.in_use"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    drop(app.stdin.take());
    app.wait().expect("app ends");
}

#[test]
fn two_holders_started_at_once_never_both_hold_the_dossier() {
    let dir = tempfile::tempdir().expect("dir");
    let p = dossier(dir.path());
    for _ in 0..10 {
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_ketenkompas-hold"))
                .arg(&p)
                .arg("app")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .expect("holder")
        };
        let mut a = spawn();
        let mut b = spawn();
        let first_line = |c: &mut Child| {
            let mut line = String::new();
            BufReader::new(c.stdout.take().expect("stdout"))
                .read_line(&mut line)
                .expect("line");
            line.trim().to_string()
        };
        let mut said = [first_line(&mut a), first_line(&mut b)];
        said.sort();
        assert_eq!(said, ["held", "refused dossier.in_use"]);
        for mut c in [a, b] {
            drop(c.stdin.take());
            c.wait().expect("ends");
        }
    }
}
