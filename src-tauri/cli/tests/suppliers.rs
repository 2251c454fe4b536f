//! `import suppliers` and `export suppliers` on real files: counts, row errors, possible
//! duplicates kept on request, dry runs that store nothing, and the CSV and XLSX exports
//! read back.

#![allow(clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::*;

#[test]
fn import_suppliers_prints_counts_and_row_errors_and_dry_run_stores_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "d.kkdossier");
    cli(&["new", &f, "--company", "Import B.V.", "--year", "2026"]);
    let csv = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/imports/with_errors.csv")
        .display()
        .to_string();
    let o = cli(&["--lang", "nl", "import", "suppliers", &f, &csv, "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(
            "2 nieuw, 1 dubbel overgeslagen, 1 mogelijk dubbel (zelfde adres), 4 met fouten"
        ),
        "{out}"
    );
    assert!(
        out.contains("regel 8: “Ander Atelier” heeft hetzelfde adres als “Goed Atelier”"),
        "{out}"
    );
    assert!(
        out.contains("regel 3, kolom land: land onbekend: “Atlantis”"),
        "{out}"
    );
    assert!(out.contains("Proefimport"), "{out}");
    let info = stdout(&cli(&["info", &f, "--json"]));
    assert!(
        info.contains("\"register\": \"suppliers\",\n      \"rows\": 0"),
        "{info}"
    );

    let o = cli(&["--lang", "en", "import", "suppliers", &f, &csv]);
    assert!(stdout(&o).contains("2 suppliers stored"), "{}", stdout(&o));
    // Line 8 is another company at the same address: kept when asked.
    let o = cli(&[
        "--lang",
        "en",
        "import",
        "suppliers",
        &f,
        &csv,
        "--keep",
        "8",
    ]);
    assert!(stdout(&o).contains("1 suppliers stored"), "{}", stdout(&o));
    let out = p(dir.path(), "out.csv");
    assert_eq!(
        cli(&["export", "suppliers", &f, "--format", "csv", "--out", &out])
            .status
            .code(),
        Some(0)
    );
    let text = std::fs::read_to_string(&out).expect("csv");
    assert!(text.starts_with("country,name,address"), "{text}");
    assert!(text.contains("MA,Goed Atelier"), "{text}");
    let xlsx = p(dir.path(), "out.xlsx");
    let o = cli(&[
        "export",
        "suppliers",
        &f,
        "--format",
        "xlsx",
        "--out",
        &xlsx,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read(&xlsx).expect("xlsx").starts_with(b"PK"));
    let o = cli(&[
        "--lang",
        "en",
        "import",
        "suppliers",
        &f,
        &xlsx,
        "--dry-run",
    ]);
    assert!(
        stdout(&o).contains("0 new, 3 duplicates skipped"),
        "{}",
        stdout(&o)
    );
}
