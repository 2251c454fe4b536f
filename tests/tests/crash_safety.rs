//! D1: a crash loses nothing that was confirmed. A writer process
//! (`ketenkompas-writer`) saves suppliers one by one and imports batches of them, and
//! says so after each write returned; these tests kill it with SIGKILL at a random
//! moment, 200 times with small imports and 100 times with imports large enough that
//! SQLite checkpoints its write-ahead log into the dossier after them (half of those
//! kills aimed at a checkpoint under way). After every kill
//! the dossier must open (never be called damaged), pass `PRAGMA integrity_check`, hold
//! every write the writer confirmed, and hold each import whole or not at all.
//!
//! A kill during a checkpoint leaves the dossier's first pages already new and its
//! log still whole; `a_dossier_caught_at_any_moment_of_a_checkpoint_opens_whole`
//! builds that state for every page of a checkpoint instead of waiting for a lucky kill.

#![allow(clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use ketenkompas::Dossier;
use ketenkompas_tests::large::Lcg;

const KILLS: usize = 200;
/// Kills during large imports (each run is longer).
const KILLS_LARGE: usize = 100;
/// How long a kill aimed at a checkpoint waits for one to begin.
const CHECKPOINT_WAIT_MS: u64 = 15_000;

struct Seen {
    saved: BTreeSet<String>,
    imported: BTreeSet<String>,
}

/// When to kill the writer.
#[derive(Clone, Copy)]
enum KillAt {
    /// After this many milliseconds.
    After(u64),
    /// As soon as a checkpoint is seen under way (the dossier's header counts pages the
    /// file does not have yet), or after this many milliseconds.
    Checkpoint(u64),
}

/// Runs the writer on `path` until `at`, kills it, and returns what it confirmed
/// before the kill.
fn run_and_kill(path: &std::path::Path, run: usize, rows: usize, at: KillAt) -> Seen {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ketenkompas-writer"))
        .arg(path)
        .arg(run.to_string())
        .arg(rows.to_string())
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
    match at {
        KillAt::After(ms) => std::thread::sleep(Duration::from_millis(ms)),
        KillAt::Checkpoint(ms) => {
            let until = std::time::Instant::now() + Duration::from_millis(ms);
            while std::time::Instant::now() < until
                && !ketenkompas_tests::wal::state_of_header(path).header_pages_beyond_file
            {
                std::thread::sleep(Duration::from_micros(20));
            }
        }
    }
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

/// What a series of kills did.
#[derive(Default)]
struct Tally {
    saves: usize,
    imports: usize,
    /// Imports that committed but were killed before they could say so.
    mid_import: usize,
    /// Kills after which committed writes were in the log only.
    log_pending: usize,
    /// Kills after which the dossier's header already counted pages that the file did
    /// not have yet: caught inside a checkpoint.
    mid_checkpoint: usize,
}

/// Kills the writer `kills` times, with imports of `rows` rows and a fresh dossier every
/// `per_dossier` kills, and checks the dossier after every kill. With
/// `aim_at_checkpoints`, every second kill waits for a checkpoint to be under way.
fn kill_repeatedly(
    kills: usize,
    rows: usize,
    per_dossier: usize,
    longest_ms: u64,
    seed: u64,
    aim_at_checkpoints: bool,
) -> Tally {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut g = Lcg(seed);
    let mut t = Tally::default();
    let mut path = dir.path().join("crash-0.kkdossier");
    let mut saved_before: BTreeSet<String> = BTreeSet::new();
    let mut imported_before: BTreeSet<String> = BTreeSet::new();
    let mut unconfirmed: BTreeSet<String> = BTreeSet::new();
    for kill in 0..kills {
        if kill % per_dossier == 0 {
            path = dir.path().join(format!("crash-{kill}.kkdossier"));
            drop(Dossier::create(&path, "Crash B.V.", 2026).expect("create"));
            saved_before.clear();
            imported_before.clear();
        }
        // Mostly short runs, so the kill lands anywhere: while opening, between writes,
        // inside a save, inside an import's transaction or inside a checkpoint.
        let ms = 5 + g.below(if kill % 3 == 0 { longest_ms } else { 120 });
        let at = if aim_at_checkpoints && kill % 2 == 1 {
            // A checkpoint comes after every second import or so: wait for one however
            // long the imports take on this machine, and kill the writer inside it.
            KillAt::Checkpoint(CHECKPOINT_WAIT_MS)
        } else {
            KillAt::After(ms)
        };
        let seen = run_and_kill(&path, kill, rows, at);
        t.saves += seen.saved.len();
        t.imports += seen.imported.len();
        saved_before.extend(seen.saved);
        imported_before.extend(seen.imported);
        let state = ketenkompas_tests::wal::state_of(&path);
        t.log_pending += usize::from(state.log_frames > 0);
        t.mid_checkpoint += usize::from(state.header_pages_beyond_file);

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
        for (tag, n) in &per_import {
            assert_eq!(*n, rows, "kill {kill}: import {tag} is partial");
            if !imported_before.contains(*tag) && unconfirmed.insert(tag.to_string()) {
                // Committed, then killed before it could say so: allowed, and whole.
                t.mid_import += 1;
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
    eprintln!(
        "{kills} kills with imports of {rows} rows: {} confirmed saves, {} confirmed imports, \
         {} imports committed but killed before they were confirmed, {} kills with \
         committed writes in the log only, {} inside a checkpoint",
        t.saves, t.imports, t.mid_import, t.log_pending, t.mid_checkpoint
    );
    t
}

#[test]
fn a_killed_writer_loses_no_confirmed_write_and_leaves_no_partial_import() {
    let t = kill_repeatedly(KILLS, 200, 20, 400, 2026, false);
    // The test means something only if the writer got to write.
    assert!(
        t.saves > KILLS && t.imports > KILLS / 4,
        "too few writes: {} saves, {} imports",
        t.saves,
        t.imports
    );
}

#[test]
fn a_writer_killed_during_checkpoints_of_large_imports_leaves_a_dossier_that_opens_whole() {
    // 20,000 rows fill about 700 pages of the log: SQLite checkpoints after every
    // second import or so (at 1,000 pages), and every second kill waits for that.
    let t = kill_repeatedly(KILLS_LARGE, 20_000, 3, 3000, 4051, true);
    assert!(
        t.imports > KILLS_LARGE / 4,
        "too few imports: {}",
        t.imports
    );
    // Without kills inside a checkpoint this test would prove nothing new.
    assert!(
        t.mid_checkpoint >= KILLS_LARGE / 5 && t.log_pending > KILLS_LARGE / 4,
        "too few kills at the moments that matter: {} in a checkpoint, {} with a pending log",
        t.mid_checkpoint,
        t.log_pending
    );
}

#[test]
fn a_dossier_caught_at_any_moment_of_a_checkpoint_opens_whole() {
    use ketenkompas::exchange::suppliers;
    use ketenkompas_tests::wal;
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("bron.kkdossier");
    drop(Dossier::create(&source, "Checkpoint B.V.", 2026).expect("create"));
    let mut d = Dossier::open(&source).expect("open");
    let mut csv = String::from("naam;land;producten\n");
    for row in 0..1500 {
        csv.push_str(&format!("Import ckpt rij {row};Vietnam;Garen\n"));
    }
    suppliers::import(&mut d, csv.as_bytes(), false).expect("import");
    d.save_supplier(&ketenkompas::model::Supplier::named("Los na de import"))
        .expect("save");
    // The files as a crash leaves them while the dossier is open: both writes are
    // committed, and (under SQLite's checkpoint size) still in the log only.
    let main = std::fs::read(&source).expect("read dossier");
    let log = std::fs::read(wal::log_path(&source)).expect("read log");
    drop(d);
    let crashed = dir.path().join("gecrasht.kkdossier");
    std::fs::write(&crashed, &main).expect("write");
    std::fs::write(wal::log_path(&crashed), &log).expect("write log");
    assert!(
        wal::state_of(&crashed).log_frames > 0,
        "the writes are in the log"
    );

    let states = wal::checkpoint_states(&crashed);
    let mut header_ahead = 0;
    for (k, file) in states.iter().enumerate() {
        let p = dir.path().join(format!("moment-{k}.kkdossier"));
        std::fs::write(&p, file).expect("write state");
        std::fs::write(wal::log_path(&p), &log).expect("write log");
        header_ahead += usize::from(wal::state_of(&p).header_pages_beyond_file);
        let d = Dossier::open(&p)
            .unwrap_or_else(|e| panic!("after {} of {} pages: {e}", k + 1, states.len()));
        assert!(
            d.integrity_problems().expect("check").is_empty(),
            "page {k}"
        );
        assert_eq!(d.suppliers().expect("suppliers").len(), 1501, "page {k}");
        drop(d);
        for f in [p.clone(), wal::log_path(&p)] {
            let _ = std::fs::remove_file(f);
        }
    }
    assert!(
        states.len() > 10 && header_ahead > 0,
        "{} moments, {header_ahead} with the header ahead of the file",
        states.len()
    );
}

#[test]
fn a_dossier_that_another_process_is_writing_is_never_called_damaged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("gedeeld.kkdossier");
    drop(Dossier::create(&path, "Gedeeld B.V.", 2026).expect("create"));
    let mut writer = Command::new(env!("CARGO_BIN_EXE_ketenkompas-writer"))
        .arg(&path)
        .arg("0")
        .arg("20000")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("writer starts");
    let mut stdout = BufReader::new(writer.stdout.take().expect("stdout"));
    // Once it has written, it holds the dossier (ADR 0021): every open below is another
    // program's, which reads.
    let mut first = String::new();
    stdout.read_line(&mut first).expect("first write");
    let lines = std::thread::spawn(move || 1 + stdout.lines().count());
    let (mut opened, mut during_checkpoint) = (0, 0);
    // Long enough for several large imports, each followed by a checkpoint.
    let until = std::time::Instant::now() + Duration::from_secs(8);
    while std::time::Instant::now() < until {
        during_checkpoint +=
            usize::from(ketenkompas_tests::wal::state_of_header(&path).header_pages_beyond_file);
        let d = Dossier::open_for_reading(&path).unwrap_or_else(|e| panic!("open {opened}: {e}"));
        assert!(d.is_read_only(), "the writer holds it");
        assert!(!d.company().expect("company").name.is_empty());
        drop(d);
        opened += 1;
    }
    let still_writing = writer.try_wait().expect("try_wait").is_none();
    let _ = writer.kill();
    let _ = writer.wait();
    let writes = lines.join().expect("reader");
    assert!(still_writing, "the writer stopped by itself");
    assert!(
        opened >= 200 && writes >= 8,
        "{opened} opens, {writes} writes"
    );
    eprintln!(
        "{opened} opens while another process made {writes} writes; \
         {during_checkpoint} seen mid-checkpoint"
    );
}
