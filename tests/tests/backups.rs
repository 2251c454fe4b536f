//! D1: automatic rotating backups, and restoring one, on real dossier files.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::dossier::backup::{self, INTERVAL_SECS, KEEP};
use ketenkompas::model::Supplier;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

const NOV_23: i64 = 1_795_437_000; // 2026-11-23T12:30:00Z

fn names(d: &Dossier) -> Vec<String> {
    d.suppliers()
        .expect("suppliers")
        .into_iter()
        .map(|s| s.name)
        .collect()
}

#[test]
fn a_backup_taken_while_working_restores_that_state_and_the_restore_can_be_undone() {
    let s = Scratch::new();
    let root = s.path("backups");
    let path = s.sample("Voorbeeld.kkdossier");
    let mut d = Dossier::open(&path).expect("open");
    d.save_supplier(&Supplier::named("Voor de back-up B.V."))
        .expect("save");
    // Taken while the dossier is open for writing, with the last write still in the WAL.
    let first = backup::take(&root, &path, NOV_23).expect("backup");
    assert_eq!(first.taken_at, "2026-11-23T12:30:00Z");
    assert!(first.bytes > 0);
    let kept = names(&d);
    let registers_at_backup = d.info().expect("info").registers;
    assert!(kept.contains(&"Voor de back-up B.V.".to_string()));
    d.save_supplier(&Supplier::named("Na de back-up B.V."))
        .expect("save");
    drop(d);

    let listed = backup::list(&root, &path).expect("list");
    assert_eq!(listed, vec![first.clone()]);
    let undo = backup::restore(&root, &path, &first.name, NOV_23 + 60).expect("restore");

    let d = Dossier::open(&path).expect("restored dossier opens");
    assert!(d.integrity_problems().expect("check").is_empty());
    assert_eq!(names(&d), kept, "the dossier is as it was at the backup");
    assert_eq!(d.info().expect("info").registers, registers_at_backup);
    drop(d);

    // The state just before the restore was kept, so the restore can be undone.
    let listed = backup::list(&root, &path).expect("list");
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0], undo, "newest first");
    backup::restore(&root, &path, &undo.name, NOV_23 + 120).expect("undo");
    let d = Dossier::open(&path).expect("open");
    assert!(names(&d).contains(&"Na de back-up B.V.".to_string()));
}

#[test]
fn backups_rotate_and_an_automatic_one_is_taken_only_when_due() {
    let s = Scratch::new();
    let root = s.path("backups");
    let path = s.path("d.kkdossier");
    drop(Dossier::create(&path, "Rotatie B.V.", 2026).expect("create"));
    let first = backup::take_if_due(&root, &path, NOV_23).expect("due");
    assert!(first.is_some(), "no backup yet: one is due");
    assert_eq!(
        backup::take_if_due(&root, &path, NOV_23 + INTERVAL_SECS - 1).expect("not due"),
        None
    );
    for i in 1..=(KEEP as i64 + 2) {
        let taken = backup::take_if_due(&root, &path, NOV_23 + i * INTERVAL_SECS).expect("due");
        assert!(taken.is_some(), "backup {i} was due");
    }
    let listed = backup::list(&root, &path).expect("list");
    assert_eq!(listed.len(), KEEP);
    // The newest are kept, in order, newest first.
    let expected_newest =
        ketenkompas::model::date::timestamp(NOV_23 + (KEEP as i64 + 2) * INTERVAL_SECS);
    assert_eq!(listed[0].taken_at, expected_newest);
    assert!(listed.windows(2).all(|w| w[0].name > w[1].name));
    // Two backups in the same second both stay.
    let a = backup::take(&root, &path, NOV_23 + 99 * INTERVAL_SECS).expect("a");
    let b = backup::take(&root, &path, NOV_23 + 99 * INTERVAL_SECS).expect("b");
    assert_ne!(a.name, b.name);
    // Every backup is a dossier that opens.
    for entry in backup::list(&root, &path).expect("list") {
        let copy = s.path(&format!("copy-{}", entry.name));
        std::fs::copy(backup::folder(&root, &path).join(&entry.name), &copy).expect("copy");
        assert_eq!(
            Dossier::open(&copy)
                .expect("opens")
                .company()
                .expect("company")
                .name,
            "Rotatie B.V."
        );
    }
}

#[test]
fn a_restore_refuses_names_outside_the_list_and_damaged_backups_and_changes_nothing() {
    let s = Scratch::new();
    let root = s.path("backups");
    let path = s.path("d.kkdossier");
    drop(Dossier::create(&path, "Weigering B.V.", 2026).expect("create"));
    let good = backup::take(&root, &path, NOV_23).expect("backup");
    let before = std::fs::read(&path).expect("read");
    for name in [
        "../d.kkdossier",
        "../../etc/passwd",
        "20261123T091000Z.kkdossier/../../d.kkdossier",
        "x.kkdossier",
        "",
    ] {
        let err = backup::restore(&root, &path, name, NOV_23 + 1).expect_err(name);
        assert_eq!(err.code(), "input.invalid", "{name}");
    }
    // A backup file that was damaged on disk is refused before anything happens.
    let folder = backup::folder(&root, &path);
    let damaged = "20261123T100000Z.kkdossier";
    let mut bytes = std::fs::read(folder.join(&good.name)).expect("read");
    let n = bytes.len();
    bytes.truncate(n - 1000);
    std::fs::write(folder.join(damaged), &bytes).expect("write");
    let err = backup::restore(&root, &path, damaged, NOV_23 + 2).expect_err("damaged");
    assert_eq!(err.code(), "dossier.corrupt");
    let missing = backup::restore(&root, &path, "20200101T000000Z.kkdossier", NOV_23 + 3)
        .expect_err("missing");
    assert_eq!(missing.code(), "dossier.not_found");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the dossier is untouched"
    );
    assert_eq!(backup::list(&root, &path).expect("list").len(), 2);
}

#[test]
fn a_damaged_dossier_can_be_replaced_by_its_backup_and_its_bytes_are_kept() {
    let s = Scratch::new();
    let root = s.path("backups");
    let path = s.path("d.kkdossier");
    drop(Dossier::create(&path, "Herstel B.V.", 2026).expect("create"));
    let good = backup::take(&root, &path, NOV_23).expect("backup");
    std::fs::write(&path, b"SQLite format 3\0 but then nothing useful").expect("damage");
    assert!(Dossier::open(&path).is_err());
    let kept = backup::restore(&root, &path, &good.name, NOV_23 + 5).expect("restore");
    assert!(kept.name.ends_with("_damaged.kkdossier"));
    let d = Dossier::open(&path).expect("opens again");
    assert_eq!(d.company().expect("company").name, "Herstel B.V.");
    let raw = std::fs::read(backup::folder(&root, &path).join(&kept.name)).expect("kept bytes");
    assert!(raw.starts_with(b"SQLite format 3\0 but then"));
}
