//! Files crafted to exhaust memory or time are refused with a clear code before they do,
//! and leave the dossier as it was. A reader that sized its work by what such a file
//! declares would abort the whole process (an allocation failure is no panic that can be
//! caught), so every case here runs in this test process on purpose.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::suppliers;
use ketenkompas::Dossier;
use ketenkompas_tests::{hostile, Scratch};

fn refused_with(d: &Dossier, bytes: &[u8], code: &str, field: Option<&str>) {
    let err = suppliers::preview(d, bytes).expect_err("refused");
    assert_eq!(err.code(), code, "{err}");
    if let Some(f) = field {
        assert_eq!(
            err.params().get("field").map(String::as_str),
            Some(f),
            "{err}"
        );
    }
}

#[test]
fn hostile_workbooks_and_lists_are_refused_by_their_limit() {
    let s = Scratch::new();
    let path = s.path("d.kkdossier");
    let d = Dossier::create(&path, "Aanval B.V.", 2026).expect("create");
    refused_with(
        &d,
        &hostile::far_apart_cells(),
        "import.too_large",
        Some("import_limit.columns"),
    );
    refused_with(
        &d,
        &hostile::zip_bomb(170 * 1024 * 1024),
        "import.too_large",
        Some("import_limit.unpacked_mb"),
    );
    refused_with(
        &d,
        &hostile::many_rows(100_000),
        "import.too_large",
        Some("import_limit.rows"),
    );
    refused_with(
        &d,
        &hostile::long_cell(40_000),
        "import.too_large",
        Some("import_limit.cell_chars"),
    );
    refused_with(
        &d,
        &hostile::long_run(2 * 1024 * 1024),
        "import.too_large",
        Some("import_limit.cell_chars"),
    );
    refused_with(
        &d,
        &hostile::many_entries(10_001),
        "import.too_large",
        Some("import_limit.archive_entries"),
    );
    refused_with(
        &d,
        &hostile::csv_of_delimiters(2 * 1024 * 1024),
        "import.too_large",
        Some("import_limit.columns"),
    );
    refused_with(
        &d,
        &hostile::csv_of_cells(75_000, 41),
        "import.too_large",
        Some("import_limit.cells"),
    );
    refused_with(
        &d,
        &vec![b'a'; 64 * 1024 * 1024 + 1],
        "import.file_too_large",
        None,
    );
    assert_eq!(
        d.suppliers().expect("suppliers").len(),
        0,
        "nothing imported"
    );
}

#[test]
fn a_declared_size_is_never_trusted_but_what_is_there_is_read() {
    let s = Scratch::new();
    let d = Dossier::create(&s.path("d.kkdossier"), "Aanval B.V.", 2026).expect("create");
    // Four billion shared strings declared, two present: read as the two.
    let report = suppliers::preview(&d, &hostile::declared_strings()).expect("read");
    assert_eq!(report.new, 1);
    // Just under every limit is still read.
    let report = suppliers::preview(&d, &hostile::many_rows(99_998)).expect("rows");
    assert_eq!(report.new + report.duplicates + report.invalid, 99_998);
    let report = suppliers::preview(&d, &hostile::long_cell(32_767)).expect("cell");
    assert_eq!(
        report.invalid, 1,
        "a name that long is an invalid row, not a crash"
    );
}
