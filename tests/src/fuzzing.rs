//! The bodies of the fuzz targets in `fuzz/`, here so that every input the fuzzer ever
//! found troublesome can be replayed as a plain test (`tests/tests/fuzz_regressions.rs`).
//!
//! Each body feeds arbitrary bytes to one of the places where a file from outside enters
//! the program. None may panic, whatever the bytes: a bad file is an `Err` with a code.

use std::cell::RefCell;
use std::path::PathBuf;

use ketenkompas::exchange::{json, suppliers};
use ketenkompas::Dossier;

thread_local! {
    /// One dossier per thread to preview imports against, with some suppliers in it so
    /// that duplicate detection runs too.
    static TARGET: RefCell<Option<(tempfile::TempDir, Dossier)>> = const { RefCell::new(None) };
}

fn with_dossier<T>(f: impl FnOnce(&Dossier) -> T) -> T {
    TARGET.with(|cell| {
        let mut slot = cell.borrow_mut();
        let (_, d) = slot.get_or_insert_with(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut d = Dossier::create(&dir.path().join("fuzz.kkdossier"), "Fuzz B.V.", 2026)
                .expect("dossier");
            let csv = "naam;land;adres\nFabriek A;Bangladesh;Straat 1\nFabriek B;PT;Rua 2\n";
            suppliers::import(&mut d, csv.as_bytes(), false).expect("seed suppliers");
            (dir, d)
        });
        f(d)
    })
}

fn code_of<T>(r: ketenkompas::error::Result<T>) {
    if let Err(e) = r {
        // Every refusal has a stable code the UI has words for.
        assert!(
            ketenkompas::error::Error::ALL_CODES.contains(&e.code()),
            "unknown code {}",
            e.code()
        );
    }
}

/// A supplier list as CSV text (any bytes that do not start like a ZIP file).
pub fn csv_import(data: &[u8]) {
    with_dossier(|d| code_of(suppliers::preview(d, data)));
}

/// A supplier list as XLSX (bytes that start like a ZIP file).
pub fn xlsx_import(data: &[u8]) {
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.extend_from_slice(data.strip_prefix(b"PK\x03\x04").unwrap_or(data));
    with_dossier(|d| code_of(suppliers::preview(d, &bytes)));
}

/// A supplier list as Excel 97-2003 (bytes that start like a compound file).
pub fn xls_import(data: &[u8]) {
    const MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(data.strip_prefix(MAGIC).unwrap_or(data));
    with_dossier(|d| code_of(suppliers::preview(d, &bytes)));
}

/// The separator between the parts of an `xlsx_parts` input.
pub const PART_BREAK: &[u8] = b"\n--part--\n";

/// A workbook put together from fuzzed XML: the sheet, then (after [`PART_BREAK`]) the
/// shared strings and the styles, stored unpacked so that the fuzzer's changes to the
/// XML reach the reader as they are.
pub fn xlsx_parts(data: &[u8]) {
    let mut parts = Vec::new();
    let mut rest = data;
    while parts.len() < 2 {
        match rest.windows(PART_BREAK.len()).position(|w| w == PART_BREAK) {
            Some(at) => {
                parts.push(&rest[..at]);
                rest = &rest[at + PART_BREAK.len()..];
            }
            None => break,
        }
    }
    parts.push(rest);
    let (sheet, strings, styles) = (parts[0], parts.get(1).copied(), parts.get(2).copied());
    let bytes = crate::hostile::workbook_with_styles(sheet, strings, styles, false);
    with_dossier(|d| code_of(suppliers::preview(d, &bytes)));
}

/// A dossier backup as JSON; a document that passes validation is also written into a
/// new dossier file, which must then succeed.
pub fn json_import(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match json::parse(text) {
        Ok(doc) => {
            let dir = tempfile::tempdir().expect("temp dir");
            let d = json::import_new(&dir.path().join("j.kkdossier"), &doc);
            assert!(
                d.is_ok(),
                "a validated document did not import: {:?}",
                d.err()
            );
        }
        Err(e) => code_of::<()>(Err(e)),
    }
}

/// Any file opened as a dossier. Whatever is refused must be left as it was.
pub fn open_dossier(data: &[u8]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join("f.kkdossier");
    std::fs::write(&path, data).expect("write input");
    match Dossier::open(&path) {
        Ok(d) => {
            // An opened dossier answers the first questions the app asks of it.
            code_of(d.info());
            code_of(d.dashboard_on("2026-11-23"));
        }
        Err(e) => {
            code_of::<()>(Err(e));
            let after = std::fs::read(&path).expect("read back");
            assert!(after == data, "a refused file was changed");
        }
    }
}
