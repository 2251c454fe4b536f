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
fn one_long_string_in_many_cells_is_refused_before_it_fills_memory() {
    let s = Scratch::new();
    let d = Dossier::create(&s.path("d.kkdossier"), "Aanval B.V.", 2026).expect("create");
    // 30,000 characters in 10,000 cells: 300 MB of text from a file of a few hundred KB.
    refused_with(
        &d,
        &hostile::one_string_many_cells(30_000, 10_000),
        "import.too_large",
        Some("import_limit.unpacked_mb"),
    );
    // One cell named again and again in one row stops at the column limit.
    refused_with(
        &d,
        &hostile::one_cell_repeated(300),
        "import.too_large",
        Some("import_limit.columns"),
    );
    // The same string in a few cells is read: the table is there, it only lacks a name
    // column.
    refused_with(
        &d,
        &hostile::one_string_many_cells(30_000, 3),
        "import.missing_column",
        None,
    );
}

fn xls_fixture() -> Vec<u8> {
    let p =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/imports/leveranciers.xls");
    std::fs::read(p).expect("fixture")
}

fn put_u32(bytes: &mut [u8], at: usize, v: u32) {
    bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

#[test]
fn an_old_workbook_with_looping_or_lying_sectors_is_refused_not_followed() {
    let s = Scratch::new();
    let d = Dossier::create(&s.path("d.kkdossier"), "Aanval B.V.", 2026).expect("create");
    let xls = xls_fixture();
    let fat = u32::from_le_bytes([xls[76], xls[77], xls[78], xls[79]]) as usize;
    let fat_at = (fat + 1) * 512;
    // Every sector's next sector is sector 0: every chain loops.
    let mut looping = xls.clone();
    looping[fat_at..fat_at + 512].fill(0);
    refused_with(&d, &looping, "import.malformed", None);
    // The DIFAT chain points back at its own sector, for ever.
    let mut difat = xls.clone();
    put_u32(&mut difat, 68, fat as u32);
    put_u32(&mut difat, 72, u32::MAX);
    put_u32(&mut difat, fat_at + 508, fat as u32);
    refused_with(&d, &difat, "import.malformed", None);
    // The header declares four billion table sectors; the file has a handful.
    let mut declared = xls.clone();
    put_u32(&mut declared, 44, u32::MAX);
    suppliers::preview(&d, &declared).expect("a declared count is not used");
    // A table sector far beyond the end of the file.
    let mut beyond = xls.clone();
    put_u32(&mut beyond, 76, 0x7FFF_0000);
    refused_with(&d, &beyond, "import.malformed", None);
}

#[test]
fn every_single_byte_change_of_an_old_workbook_is_read_or_refused_never_a_crash() {
    let s = Scratch::new();
    let d = Dossier::create(&s.path("d.kkdossier"), "Aanval B.V.", 2026).expect("create");
    let xls = xls_fixture();
    let mut read = 0;
    for at in 0..xls.len() {
        for value in [0x00, 0xFF, xls[at] ^ 0x01] {
            let mut changed = xls.clone();
            changed[at] = value;
            if suppliers::preview(&d, &changed).is_ok() {
                read += 1;
            }
        }
    }
    assert!(read > 0, "most changes leave a readable list");
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
