//! Every kind of wrong file is refused with its own code, and left byte-for-byte as it was.

#![allow(clippy::expect_used, clippy::panic)]

use std::io::{Seek, SeekFrom, Write};

use ketenkompas::Dossier;
use ketenkompas_tests::{assert_refused_unchanged, Scratch};

#[test]
fn a_text_file_is_not_a_dossier() {
    let s = Scratch::new();
    let p = s.path("notes.kkdossier");
    std::fs::write(&p, "Dit is een notitie, geen dossier.\n").expect("write");
    assert_refused_unchanged(&s, &p, "dossier.not_a_dossier");
}

#[test]
fn an_empty_file_is_refused_as_empty() {
    let s = Scratch::new();
    let p = s.path("leeg.kkdossier");
    std::fs::write(&p, b"").expect("write");
    assert_refused_unchanged(&s, &p, "dossier.empty_file");
}

#[test]
fn another_programs_sqlite_database_is_not_a_dossier() {
    let s = Scratch::new();
    let p = s.path("other.sqlite");
    {
        let c = rusqlite::Connection::open(&p).expect("open");
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .expect("fill");
    }
    assert_refused_unchanged(&s, &p, "dossier.not_a_dossier");
}

#[test]
fn a_truncated_dossier_is_refused_as_corrupt() {
    let s = Scratch::new();
    let p = s.sample("kapot.kkdossier");
    let len = std::fs::metadata(&p).expect("meta").len();
    assert!(len > 3 * 4096, "sample too small to truncate: {len}");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&p)
        .expect("open")
        .set_len(2 * 4096)
        .expect("truncate");
    assert_refused_unchanged(&s, &p, "dossier.corrupt");
}

#[test]
fn a_dossier_cut_inside_its_header_is_refused_as_corrupt() {
    let s = Scratch::new();
    let p = s.sample("kort.kkdossier");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&p)
        .expect("open")
        .set_len(50)
        .expect("truncate");
    assert_refused_unchanged(&s, &p, "dossier.corrupt");
}

#[test]
fn a_dossier_with_garbage_in_a_page_is_refused_as_corrupt() {
    let s = Scratch::new();
    let p = s.sample("rommel.kkdossier");
    {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(&p)
            .expect("open");
        // Page 2 holds the root of the first table: overwrite its b-tree header.
        f.seek(SeekFrom::Start(4096)).expect("seek");
        f.write_all(&[0xA5; 64]).expect("scribble");
    }
    assert_refused_unchanged(&s, &p, "dossier.corrupt");
}

#[test]
fn a_dossier_from_a_newer_version_is_refused_and_untouched() {
    let s = Scratch::new();
    let p = s.sample("nieuw.kkdossier");
    {
        let c = rusqlite::Connection::open(&p).expect("open");
        c.pragma_update(None, "user_version", ketenkompas::SCHEMA_VERSION + 7)
            .expect("bump version");
    }
    assert_refused_unchanged(&s, &p, "dossier.newer_version");
    let err = Dossier::open(&p).err().expect("refused");
    let params = err.params();
    assert_eq!(
        params.get("found").map(String::as_str),
        Some((ketenkompas::SCHEMA_VERSION + 7).to_string().as_str())
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_dossier_is_refused_and_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    let p = s.sample("alleenlezen.kkdossier");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    assert_refused_unchanged(&s, &p, "dossier.read_only");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).expect("chmod back");
}

#[test]
fn a_missing_file_and_a_folder_are_refused() {
    let s = Scratch::new();
    let missing = s.path("bestaat-niet.kkdossier");
    assert_eq!(
        Dossier::open(&missing).err().map(|e| e.code()),
        Some("dossier.not_found")
    );
    std::fs::create_dir(s.path("map.kkdossier")).expect("mkdir");
    assert_eq!(
        Dossier::open(&s.path("map.kkdossier"))
            .err()
            .map(|e| e.code()),
        Some("dossier.not_a_dossier")
    );
}

#[test]
fn creating_over_an_existing_file_is_refused_and_keeps_it() {
    let s = Scratch::new();
    let p = s.path("bestaand.kkdossier");
    std::fs::write(&p, "belangrijk").expect("write");
    let err = Dossier::create(&p, "X B.V.", 2026).err().expect("refused");
    assert_eq!(err.code(), "dossier.already_exists");
    assert_eq!(std::fs::read_to_string(&p).expect("read"), "belangrijk");
}

#[test]
fn a_too_long_company_name_creates_no_file() {
    let s = Scratch::new();
    let p = s.path("lang.kkdossier");
    let err = Dossier::create(&p, &"a".repeat(201), 2026)
        .err()
        .expect("refused");
    assert_eq!(err.code(), "input.too_long");
    assert!(s.files().is_empty(), "left behind: {:?}", s.files());
}

#[test]
fn an_old_dossier_that_cannot_be_migrated_is_refused_and_left_as_it_was() {
    let s = Scratch::new();
    let p = s.path("oud.kkdossier");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dossier-v1.kkdossier"),
        &p,
    )
    .expect("copy fixture");
    {
        // Another tool added a table with the name a later version needs.
        let c = rusqlite::Connection::open(&p).expect("open");
        c.execute_batch("CREATE TABLE risk (x);").expect("add");
    }
    assert_refused_unchanged(&s, &p, "dossier.corrupt");
}
