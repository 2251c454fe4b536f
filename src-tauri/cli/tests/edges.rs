//! The CLI at the edges of the file system: a file too large to read, a full disk, a
//! link at the output path, a read-only file, folder or disk, a name too long, and names
//! with a backslash or bytes outside UTF-8.

#![allow(clippy::expect_used, clippy::panic)]

mod common;

use common::*;

#[test]
fn a_file_of_three_gigabytes_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    let f = new_dossier(dir.path(), "d.kkdossier", "Groot B.V.");
    // Sparse: three gigabytes by its length, nothing on disk. Reading it whole would
    // take the machine's memory; the size is checked first.
    let big = p(dir.path(), "groot.csv");
    std::fs::File::create(&big)
        .expect("create")
        .set_len(3 * 1024 * 1024 * 1024)
        .expect("set_len");
    let big_json = p(dir.path(), "groot.json");
    std::fs::File::create(&big_json)
        .expect("create")
        .set_len(3 * 1024 * 1024 * 1024)
        .expect("set_len");
    let o = cli(&["--lang", "nl", "import", "suppliers", &f, &big]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("3072.0 MB") && stderr(&o).contains("64 MB"),
        "{}",
        stderr(&o)
    );
    let o = cli(&[
        "--lang",
        "en",
        "import",
        "json",
        &p(dir.path(), "n.kkdossier"),
        &big_json,
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("256 MB"), "{}", stderr(&o));
    assert!(!dir.path().join("n.kkdossier").exists());
}

/// Runs the shell `script` in a mount namespace of its own (the mounts go with the
/// process), after `mount`, with the CLI at `$CLI` and `vars` set. Fails when the mount
/// cannot be made.
fn in_own_mounts(mount: &str, script: &str, vars: &[(&str, &Path)]) -> Output {
    let mut command = Command::new("unshare");
    command
        .args(["-rm", "sh", "-c", &format!("{mount} || exit 97\n{script}")])
        .env("CLI", env!("CARGO_BIN_EXE_ketenkompas-cli"))
        .env("LANG", "nl_NL.UTF-8");
    for (k, v) in vars {
        command.env(k, v);
    }
    let o = command.output().expect("run unshare");
    assert_ne!(o.status.code(), Some(97), "no mount: {}", stderr(&o));
    o
}

/// Runs `script` with a tmpfs of `kb` KiB mounted at `$FULL` (a folder in `dir`): a
/// small disk that fills up. The mount goes with the process, so the script lists what
/// it left there itself.
fn on_small_disk(dir: &Path, kb: u32, script: &str) -> Output {
    let mount = dir.join("klein");
    std::fs::create_dir_all(&mount).expect("mount point");
    in_own_mounts(
        &format!("mount -t tmpfs -o size={kb}k none \"$FULL\""),
        script,
        &[("FULL", &mount)],
    )
}

#[test]
fn a_full_disk_leaves_no_partial_file_and_a_retry_with_space_works() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &f]).status.code(), Some(0));
    let json = p(dir.path(), "s.json");
    assert_eq!(
        cli(&["export", "json", &f, "--out", &json]).status.code(),
        Some(0)
    );
    // A report and a JSON export that do not fit: an error that says so, no file.
    let o = on_small_disk(
        dir.path(),
        16,
        &format!(
            "\"$CLI\" --lang nl report yearly '{f}' --year 2026 --out \"$FULL/jaar.pdf\"; echo \"rc=$?\"
             \"$CLI\" --lang nl export json '{f}' --out \"$FULL/kopie.json\"; echo \"rc=$?\"
             echo files: $(ls -A \"$FULL\")"
        ),
    );
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(out.contains("rc=1\nrc=1\nfiles:\n"), "{out}\n{err}");
    assert_eq!(err.matches("De schijf is vol").count(), 2, "{err}");
    // A dossier on a nearly full disk: the backup before `import json --replace` does
    // not fit and nothing changes; with more room the same command works. The disk is
    // sized from the dossier: room for it and SQLite's side files, not for a copy.
    let kb = std::fs::metadata(&f).expect("size").len() / 1024;
    let o = on_small_disk(
        dir.path(),
        (kb + 48) as u32,
        &format!(
            "cp '{f}' \"$FULL/d.kkdossier\" || exit 3
             \"$CLI\" --lang nl import json \"$FULL/d.kkdossier\" '{json}' --replace; echo \"rc=$?\"
             echo files: $(ls -A \"$FULL\")
             mount -o remount,size=4m \"$FULL\" || exit 4
             \"$CLI\" --lang nl import json \"$FULL/d.kkdossier\" '{json}' --replace; echo \"rc=$?\"
             echo files: $(ls -A \"$FULL\")"
        ),
    );
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(
        out.contains("rc=1\nfiles: d.kkdossier\n"),
        "the first attempt fails and leaves only the dossier: {out}\n{err}"
    );
    assert!(err.contains("De schijf is vol"), "{err}");
    assert!(
        out.contains("rc=0\nfiles: d.kkdossier d.kkdossier.before-import-1.bak\n"),
        "the retry works and keeps a backup: {out}\n{err}"
    );
    // Fuller still: not even SQLite's shared-memory file fits. That is a full disk too
    // (SQLite calls it an I/O error), and the dossier is unharmed.
    let o = on_small_disk(
        dir.path(),
        (kb + 8) as u32,
        &format!(
            "cp '{f}' \"$FULL/d.kkdossier\" || exit 3
             \"$CLI\" --lang nl import json \"$FULL/d.kkdossier\" '{json}' --replace; echo \"rc=$?\"
             mount -o remount,size=4m \"$FULL\" || exit 4
             \"$CLI\" --lang en check \"$FULL/d.kkdossier\"; echo \"check=$?\""
        ),
    );
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(out.contains("rc=1\n"), "{out}\n{err}");
    assert!(err.contains("De schijf is vol"), "{err}");
    assert!(!err.contains("intern"), "{err}");
    assert!(
        out.contains("check=0"),
        "the dossier is whole: {out}\n{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_at_the_output_path_is_never_followed() {
    let dir = tempfile::tempdir().expect("dir");
    let f = new_dossier(dir.path(), "s.kkdossier", "Link B.V.");
    let target = dir.path().join("elders").join("gestolen.json");
    std::fs::create_dir_all(target.parent().expect("parent")).expect("dir");
    let link = p(dir.path(), "kopie.json");
    std::os::unix::fs::symlink(&target, &link).expect("dangling link");
    let o = cli(&["--lang", "en", "export", "json", &f, "--out", &link]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("already a file"), "{}", stderr(&o));
    assert!(!target.exists(), "the link was followed");
}

#[cfg(unix)]
#[test]
fn a_read_only_dossier_opens_for_reading_reports_and_exports_and_refuses_changes() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &f]).status.code(), Some(0));
    let csv = p(dir.path(), "l.csv");
    std::fs::write(&csv, "naam;land\nNieuw Atelier;PT\n").expect("csv");
    // A write-protected file, then a folder on a read-only disk.
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&f).expect("read");
    let o = cli(&["--lang", "nl", "info", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Alleen lezen"), "{}", stdout(&o));
    let pdf = p(dir.path(), "jaar.pdf");
    let o = cli(&["report", "yearly", &f, "--year", "2026", "--out", &pdf]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = cli(&["--lang", "nl", "import", "suppliers", &f, &csv]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("alleen-lezen"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(&f).expect("read"),
        before,
        "the file is unchanged"
    );
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).expect("chmod");

    let o = in_own_mounts(
        "mount --bind \"$DIR\" \"$DIR\" && mount -o remount,bind,ro \"$DIR\"",
        "\"$CLI\" --lang en info \"$DIR/s.kkdossier\"; echo \"rc=$?\"
         \"$CLI\" --lang en export json \"$DIR/s.kkdossier\" > /dev/null; echo \"rc=$?\"
         \"$CLI\" --lang en import suppliers \"$DIR/s.kkdossier\" \"$DIR/l.csv\"; echo \"rc=$?\"
         echo files: $(ls -A \"$DIR\")",
        &[("DIR", dir.path())],
    );
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(
        out.contains("Read-only: the file, its folder"),
        "{out}\n{err}"
    );
    assert!(out.contains("rc=0\nrc=0\nrc=1\n"), "{out}\n{err}");
    assert!(err.contains("cannot be written"), "{err}");
    assert!(
        out.contains("files: jaar.pdf l.csv s.kkdossier\n"),
        "no side files on the read-only disk: {out}"
    );
    assert_eq!(std::fs::read(&f).expect("read"), before);
}

#[test]
fn a_name_too_long_for_the_file_system_is_told_as_such() {
    let dir = tempfile::tempdir().expect("dir");
    let long = p(dir.path(), &format!("{}.kkdossier", "d".repeat(300)));
    let o = cli(&["--lang", "en", "new", &long, "--company", "Lang B.V."]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("too long for the file system"),
        "{}",
        stderr(&o)
    );
    let o = cli(&["--lang", "en", "info", &long]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("too long for the file system"),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn names_with_a_backslash_or_bytes_outside_utf8_are_the_files_they_name() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("dir");
    for name in [&b"a\\b.kkdossier"[..], &b"caf\xe9.kkdossier"[..]] {
        let path = dir.path().join(std::ffi::OsStr::from_bytes(name));
        let o = Command::new(env!("CARGO_BIN_EXE_ketenkompas-cli"))
            .args(["--lang", "en", "new"])
            .arg(&path)
            .args(["--company", "Naam B.V."])
            .output()
            .expect("new");
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let o = Command::new(env!("CARGO_BIN_EXE_ketenkompas-cli"))
            .args(["--lang", "en", "check"])
            .arg(&path)
            .output()
            .expect("check");
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(stdout(&o).contains("healthy"), "{}", stdout(&o));
    }
}
