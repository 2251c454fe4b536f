//! Supplier imports from real-shaped files: encodings, delimiters, country spellings,
//! the Open Supply Hub layout, per-row errors, duplicates, and all-or-nothing commits.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::suppliers::{self, ImportReport, RowOutcome};
use ketenkompas::model::supplier::WorkerCount;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

fn fixture(name: &str) -> Vec<u8> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/imports")
        .join(name);
    std::fs::read(&p).expect("fixture exists")
}

fn empty_dossier(s: &Scratch) -> Dossier {
    Dossier::create(&s.path("d.kkdossier"), "Import B.V.", 2026).expect("create")
}

fn new_rows(r: &ImportReport) -> Vec<&ketenkompas::model::Supplier> {
    r.rows
        .iter()
        .filter_map(|row| match &row.outcome {
            RowOutcome::New { supplier } => Some(supplier),
            _ => None,
        })
        .collect()
}

#[test]
fn a_dutch_excel_export_in_windows_1252_with_semicolons_imports_completely() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r =
        suppliers::import(&mut d, &fixture("leveranciers_excel_nl.csv"), false).expect("import");
    assert_eq!(r.encoding, "windows-1252");
    assert_eq!(r.delimiter, ";");
    assert_eq!((r.new, r.duplicates, r.invalid), (5, 0, 0), "{:#?}", r.rows);
    let stored = d.suppliers().expect("list");
    let countries: Vec<_> = stored
        .iter()
        .map(|x| x.country.clone().unwrap_or_default())
        .collect();
    assert_eq!(countries, vec!["BE", "BD", "TR", "PT", "PK"]);
    let schelde = &stored[0];
    assert_eq!(schelde.name, "Atelier Schelde B.V.");
    assert_eq!(schelde.address.as_deref(), Some("Kaai 12, Antwerpen"));
    assert_eq!(
        schelde.workers,
        Some(WorkerCount {
            min: 1200,
            max: Some(1200)
        })
    );
    assert_eq!(schelde.lat, Some(51.2194));
    assert_eq!(schelde.has_contract, Some(true));
    assert_eq!(
        stored[1].workers,
        Some(WorkerCount {
            min: 100,
            max: Some(500)
        })
    );
    assert_eq!(stored[2].name, "Izmir Örme", "Windows-1252 Ö decoded");
    assert_eq!(
        stored[2].workers,
        Some(WorkerCount {
            min: 1000,
            max: None
        })
    );
    assert_eq!(stored[3].lng, Some(-8.6291));
}

#[test]
fn utf8_with_bom_commas_and_a_quoted_line_break_import_as_is() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r = suppliers::import(&mut d, &fixture("suppliers_utf8_bom.csv"), false).expect("import");
    assert_eq!(
        (r.encoding.as_str(), r.delimiter.as_str()),
        ("utf-8-bom", ",")
    );
    assert_eq!(r.new, 3, "{:#?}", r.rows);
    let first = &new_rows(&r)[0];
    assert_eq!(first.name, "Saigon Rainwear Co., Ltd.");
    assert_eq!(first.country.as_deref(), Some("VN"));
    assert!(first.address.as_deref().is_some_and(|a| a.contains('\n')));
    assert_eq!(new_rows(&r)[1].country.as_deref(), Some("CN"), "ISO-3 code");
    assert_eq!(new_rows(&r)[1].tier, 2);
    // The row after the multi-line address starts on line 4 of the file.
    assert_eq!(r.rows[1].line, 4);
}

#[test]
fn the_open_supply_hub_layout_imports_as_is() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r = suppliers::import(&mut d, &fixture("open_supply_hub.csv"), false).expect("import");
    assert_eq!((r.new, r.invalid), (3, 0), "{:#?}", r.rows);
    assert!(r.ignored_columns.is_empty(), "{:?}", r.ignored_columns);
    let rows = new_rows(&r);
    assert_eq!(rows[0].parent_company.as_deref(), Some("Gazipur Group"));
    assert_eq!(
        rows[0].facility_type.as_deref(),
        Some("Final Product Assembly")
    );
    assert_eq!(rows[0].products.as_deref(), Some("Knitwear"));
    assert_eq!(
        rows[0].workers,
        Some(WorkerCount {
            min: 1001,
            max: Some(5000)
        })
    );
    assert_eq!(rows[1].country.as_deref(), Some("IN"));
    assert_eq!(rows[2].country.as_deref(), Some("TR"), "Türkiye");
    assert_eq!(rows[2].workers, None);
}

#[test]
fn tabs_and_country_names_in_any_case_are_understood() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r = suppliers::import(&mut d, &fixture("tab_separated.tsv"), false).expect("import");
    assert_eq!(r.delimiter, "tab");
    let codes: Vec<_> = new_rows(&r).iter().map(|x| x.country.clone()).collect();
    assert_eq!(codes, vec![Some("DE".to_string()), Some("BE".to_string())]);
}

#[test]
fn bad_rows_are_reported_with_their_value_and_never_stored() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r = suppliers::import(&mut d, &fixture("with_errors.csv"), false).expect("import");
    assert_eq!(
        (r.new, r.duplicates, r.possible_duplicates, r.invalid),
        (2, 1, 1, 4),
        "{:#?}",
        r.rows
    );
    let errors: Vec<(u32, String, String)> = r
        .rows
        .iter()
        .filter_map(|row| match &row.outcome {
            RowOutcome::Invalid { errors } => Some(
                errors
                    .iter()
                    .map(|e| (row.line, e.code.clone(), e.value.clone()))
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(
        errors,
        vec![
            (3, "country_unknown".into(), "Atlantis".into()),
            (4, "workers_invalid".into(), "veel".into()),
            (5, "name_missing".into(), "".into()),
            (6, "coordinate_invalid".into(), "noord".into()),
        ]
    );
    let dups: Vec<(u32, String)> = r
        .rows
        .iter()
        .filter_map(|row| match &row.outcome {
            RowOutcome::Duplicate { of, .. } => Some((row.line, of.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(dups, vec![(7, "Goed Atelier".into())]);
    // Another name at Goed Atelier's address: shown, not stored unless chosen.
    let possible: Vec<(u32, String)> = r
        .rows
        .iter()
        .filter_map(|row| match &row.outcome {
            RowOutcome::PossibleDuplicate { of, .. } => Some((row.line, of.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(possible, vec![(8, "Goed Atelier".into())]);
    let names: Vec<_> = d
        .suppliers()
        .expect("list")
        .into_iter()
        .map(|x| x.name)
        .collect();
    assert_eq!(names, vec!["Goed Atelier", "Tweede Goed Atelier"]);
}

#[test]
fn the_same_address_under_another_name_is_stored_only_when_chosen() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let list = "naam;land;adres\n\
        Atelier Noord;Portugal;Rua das Flores 12, Porto\n\
        Atelier Sul;Portugal;Rua das Flores 12, Porto\n\
        Fábrica Três;Portugal;Rua das Flores 12 Porto\n\
        Buurman Lda;Portugal;Rua das Flores 14, Porto\n";
    let preview = suppliers::preview(&d, list.as_bytes()).expect("preview");
    assert_eq!((preview.new, preview.possible_duplicates), (2, 2));
    // The user keeps line 3 (a second company in the same building) and not line 4.
    let r = suppliers::import_keeping(&mut d, list.as_bytes(), false, &[3]).expect("import");
    assert_eq!((r.new, r.possible_duplicates), (3, 1), "{:#?}", r.rows);
    let mut names: Vec<String> = d
        .suppliers()
        .expect("list")
        .into_iter()
        .map(|x| x.name)
        .collect();
    names.sort();
    assert_eq!(names, ["Atelier Noord", "Atelier Sul", "Buurman Lda"]);
    // Read again, the kept row is a known supplier by its name; the other is still
    // only possible.
    let again = suppliers::preview(&d, list.as_bytes()).expect("again");
    assert_eq!(
        (again.new, again.duplicates, again.possible_duplicates),
        (0, 3, 1)
    );
}

#[test]
fn importing_the_same_file_twice_finds_only_duplicates() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    suppliers::import(&mut d, &fixture("open_supply_hub.csv"), false).expect("first");
    let again = suppliers::import(&mut d, &fixture("open_supply_hub.csv"), false).expect("again");
    assert_eq!((again.new, again.duplicates), (0, 3));
    assert_eq!(d.suppliers().expect("list").len(), 3);
}

#[test]
fn a_dry_run_stores_nothing() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r = suppliers::import(&mut d, &fixture("open_supply_hub.csv"), true).expect("dry run");
    assert_eq!(r.new, 3);
    assert!(!r.committed);
    assert!(d.suppliers().expect("list").is_empty());
}

#[test]
fn wrong_files_are_refused_as_a_whole() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let mut code = |bytes: &[u8]| {
        suppliers::import(&mut d, bytes, false)
            .expect_err("refused")
            .code()
    };
    assert_eq!(code(b""), "import.empty");
    assert_eq!(code(b"   \r\n"), "import.empty");
    assert_eq!(code(b"land;adres\nNL;Straat 1\n"), "import.missing_column");
    // A PDF is named as what it is (it was once read as a CSV without a name column).
    assert_eq!(code(b"%PDF-1.7 binary \x00\x01\x02"), "import.format");
    assert!(d.suppliers().expect("list").is_empty());
}

#[test]
fn export_then_import_gives_the_same_suppliers() {
    let s = Scratch::new();
    let sample = Dossier::open(&s.sample("v.kkdossier")).expect("sample");
    let csv = suppliers::export_csv(&sample).expect("export");
    let mut other = Dossier::create(&s.path("o.kkdossier"), "Ander", 2026).expect("create");
    let r = suppliers::import(&mut other, csv.as_bytes(), false).expect("import");
    assert_eq!(r.invalid, 0, "{:#?}", r.rows);
    assert_eq!(
        other.suppliers().expect("a"),
        sample.suppliers().expect("b")
    );
}

#[test]
fn an_xlsx_workbook_imports_from_its_first_sheet() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r = suppliers::import(&mut d, &fixture("leveranciers.xlsx"), false).expect("import");
    assert_eq!(r.encoding, "xlsx");
    assert_eq!((r.new, r.invalid), (3, 1), "{:#?}", r.rows);
    let stored = d.suppliers().expect("list");
    assert_eq!(stored[0].country.as_deref(), Some("BE"));
    assert_eq!(
        stored[0].workers,
        Some(WorkerCount {
            min: 1200,
            max: Some(1200)
        })
    );
    assert_eq!(stored[0].lat, Some(51.2194));
    assert_eq!(stored[1].country.as_deref(), Some("BD"));
    assert_eq!(stored[2].country.as_deref(), Some("TR"));
    // The blank sheet row is skipped; the bad one is reported with its sheet row number.
    let bad = r
        .rows
        .iter()
        .find(|row| matches!(row.outcome, RowOutcome::Invalid { .. }))
        .expect("one invalid row");
    assert_eq!(bad.line, 6);
}

#[test]
fn xlsx_export_then_import_gives_the_same_suppliers() {
    let s = Scratch::new();
    let sample = Dossier::open(&s.sample("v.kkdossier")).expect("sample");
    let bytes = suppliers::export_xlsx(&sample).expect("export");
    assert!(bytes.starts_with(b"PK"), "a zip container");
    let mut other = Dossier::create(&s.path("o.kkdossier"), "Ander", 2026).expect("create");
    let r = suppliers::import(&mut other, &bytes, false).expect("import");
    assert_eq!((r.new, r.invalid), (14, 0), "{:#?}", r.rows);
    assert_eq!(
        other.suppliers().expect("a"),
        sample.suppliers().expect("b")
    );
}

#[test]
fn a_damaged_workbook_is_refused_and_stores_nothing() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let mut bytes = fixture("leveranciers.xlsx");
    bytes.truncate(bytes.len() / 2);
    let err = suppliers::import(&mut d, &bytes, false).expect_err("refused");
    assert_eq!(err.code(), "import.malformed");
    assert!(d.suppliers().expect("list").is_empty());
}

/// A zip archive holding `names`, each with a little content.
fn zip_with(names: &[&str]) -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut out);
        for name in names {
            z.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            z.write_all(b"<x/>").expect("content");
        }
        z.finish().expect("zip");
    }
    out.into_inner()
}

/// The compound file `xls` with its workbook stream given another name, as another
/// program of the Office 97-2003 family would name its main stream.
fn with_stream_renamed(xls: &[u8], name: &str) -> Vec<u8> {
    let old: Vec<u8> = "Workbook\0"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let at = xls
        .windows(old.len())
        .position(|w| w == old.as_slice())
        .expect("the workbook's directory entry");
    let new: Vec<u8> = format!("{name}\0")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert!(new.len() <= 64, "a directory name holds 32 characters");
    let mut out = xls.to_vec();
    out[at..at + 64].fill(0);
    out[at..at + new.len()].copy_from_slice(&new);
    out[at + 64..at + 66].copy_from_slice(&(new.len() as u16).to_le_bytes());
    out
}

#[test]
fn an_old_excel_workbook_imports_like_a_new_one() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r = suppliers::import(&mut d, &fixture("leveranciers.xls"), false).expect("import");
    assert_eq!(r.encoding, "xls");
    assert_eq!((r.new, r.invalid), (5, 1), "{:#?}", r.rows);
    let stored = d.suppliers().expect("list");
    let by_name = |n: &str| {
        stored
            .iter()
            .find(|s| s.name == n)
            .unwrap_or_else(|| panic!("{n} stored"))
    };
    let schelde = by_name("Atelier Schelde B.V.");
    assert_eq!(schelde.country.as_deref(), Some("BE"));
    assert_eq!(
        schelde.workers,
        Some(WorkerCount {
            min: 1200,
            max: Some(1200)
        })
    );
    assert_eq!(schelde.lat, Some(51.2194));
    assert_eq!(by_name("Dhaka Stitch Ltd.").country.as_deref(), Some("BD"));
    assert_eq!(by_name("Izmir Örme").country.as_deref(), Some("TR"));
    // Names in other scripts come through as they were typed.
    assert_eq!(by_name("宁波纺织有限公司").country.as_deref(), Some("CN"));
    assert_eq!(
        by_name("مصنع النسيج").address.as_deref(),
        Some("العاشر من رمضان")
    );
    let bad = r
        .rows
        .iter()
        .find(|row| matches!(row.outcome, RowOutcome::Invalid { .. }))
        .expect("one invalid row");
    assert_eq!(bad.line, 6, "the sheet's row number");
}

#[test]
fn a_long_old_excel_list_reads_every_shared_string() {
    // 1,500 different names: the string table runs on in CONTINUE records, some names
    // across two of them.
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let r = suppliers::import(&mut d, &fixture("leveranciers_1500.xls"), false).expect("import");
    assert_eq!((r.new, r.invalid), (1500, 0));
    let mut names: Vec<String> = d
        .suppliers()
        .expect("list")
        .into_iter()
        .map(|s| s.name)
        .collect();
    names.sort();
    let expected: Vec<String> = (1..=1500)
        .map(|i| format!("Leverancier nummer {i:04} — Ünïcode ✓"))
        .collect();
    assert_eq!(names, expected);
}

#[test]
fn a_damaged_or_protected_old_workbook_is_refused_and_stores_nothing() {
    let s = Scratch::new();
    let mut d = empty_dossier(&s);
    let xls = fixture("leveranciers.xls");
    let cases = [
        (
            "cut in half",
            xls[..xls.len() / 2].to_vec(),
            "import.malformed",
        ),
        (
            "encrypted",
            with_stream_renamed(&xls, "EncryptedPackage"),
            "import.encrypted",
        ),
    ];
    for (what, bytes, code) in cases {
        let err = suppliers::import(&mut d, &bytes, false).expect_err(what);
        assert_eq!(err.code(), code, "{what}: {err}");
        assert!(d.suppliers().expect("list").is_empty(), "{what}");
    }
}

#[test]
fn a_file_of_another_type_is_refused_by_what_it_is_and_nothing_changes() {
    let s = Scratch::new();
    let p = s.path("d.kkdossier");
    let mut d = Dossier::create(&p, "Vorm B.V.", 2026).expect("create");
    let cases: Vec<(&str, Vec<u8>, Option<&str>)> = vec![
        (
            "Word 97-2003",
            with_stream_renamed(&fixture("leveranciers.xls"), "WordDocument"),
            Some("Word 97-2003 (.doc)"),
        ),
        ("PDF", b"%PDF-1.7\nnaam;land\n".to_vec(), Some("PDF")),
        ("PNG", b"\x89PNG\r\n\x1a\n\0\0".to_vec(), Some("PNG")),
        (
            "Word",
            zip_with(&["[Content_Types].xml", "word/document.xml"]),
            Some("Word (.docx)"),
        ),
        (
            "OpenDocument",
            zip_with(&["mimetype", "content.xml"]),
            Some("OpenDocument"),
        ),
        ("binary", vec![7u8, 0, 0, 1, 200, 0, 3], None),
    ];
    for (what, bytes, name) in cases {
        let err = suppliers::import(&mut d, &bytes, false).expect_err(what);
        match name {
            Some(name) => {
                assert_eq!(err.code(), "import.format", "{what}: {err}");
                assert!(
                    err.payload().params["format"].contains(name),
                    "{what}: {err}"
                );
            }
            None => assert_eq!(err.code(), "import.binary", "{what}: {err}"),
        }
        assert!(
            d.suppliers().expect("list").is_empty(),
            "{what}: nothing stored"
        );
    }
    // A UTF-16 CSV has NUL bytes and still reads as text.
    let text = "naam;land\nAtelier Zuid;PT\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let report = suppliers::import(&mut d, &utf16, false).expect("utf-16 csv");
    assert_eq!(report.new, 1);
}
