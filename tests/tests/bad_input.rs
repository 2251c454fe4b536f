//! The bad-input suite: malformed files for every importer, broken dossier files, and
//! the invalid values the app's commands pass on to the core. Each case names the error
//! code the user gets a sentence for, and each is checked to change nothing: a refused
//! dossier file keeps its bytes, a refused import or record leaves every register as it
//! was.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::dossier::backup;
use ketenkompas::exchange::{json, suppliers};
use ketenkompas::model::grievance::GrievanceStatus;
use ketenkompas::model::Supplier;
use ketenkompas::{Dossier, DossierInfo, Error};
use ketenkompas_tests::{assert_refused_unchanged, Scratch};

type Case = (
    &'static str,
    &'static str,
    Box<dyn Fn(&mut Dossier) -> Result<(), Error>>,
);

fn case(
    name: &'static str,
    code: &'static str,
    f: impl Fn(&mut Dossier) -> Result<(), Error> + 'static,
) -> Case {
    (name, code, Box::new(f))
}

fn import(bytes: Vec<u8>) -> impl Fn(&mut Dossier) -> Result<(), Error> {
    move |d| suppliers::import(d, &bytes, false).map(|_| ())
}

fn json_doc(text: String) -> impl Fn(&mut Dossier) -> Result<(), Error> {
    move |d| {
        let doc = json::parse(&text)?;
        json::import_replace(d, &doc)
    }
}

fn xlsx_without_name_column() -> Vec<u8> {
    let rows = vec![vec!["Portugal".to_string(), "Stof".to_string()]];
    ketenkompas::exchange::table::write_xlsx("Blad1", &["land", "producten"], &rows).expect("xlsx")
}

fn cases(sample_json: &str) -> Vec<Case> {
    let with = |pointer: &str, value: serde_json::Value| -> String {
        let mut v: serde_json::Value = serde_json::from_str(sample_json).expect("json");
        *v.pointer_mut(pointer).expect("pointer") = value;
        v.to_string()
    };
    let long = "x".repeat(5000);
    vec![
        // Supplier lists (CSV and XLSX).
        case("empty CSV", "import.empty", import(Vec::new())),
        case(
            "CSV of spaces and newlines",
            "import.empty",
            import(b"  \n\n \r\n".to_vec()),
        ),
        case(
            "CSV without a name column",
            "import.missing_column",
            import(b"land;adres\nPortugal;Rua 1\n".to_vec()),
        ),
        case(
            "binary file with a .csv name",
            "import.binary",
            import(b"\x00\x01\x02\xff\xfe\x00garbage".to_vec()),
        ),
        case(
            "CSV of empty cells only",
            "import.empty",
            import(b";;;\n;;\n".to_vec()),
        ),
        case(
            "file larger than an import may be",
            "import.file_too_large",
            import(vec![b'a'; 65 * 1024 * 1024]),
        ),
        case(
            "XLSX with a cell at XFD1048576",
            "import.too_large",
            import(ketenkompas_tests::hostile::far_apart_cells()),
        ),
        case(
            "CSV with one record of a million fields",
            "import.too_large",
            import(ketenkompas_tests::hostile::csv_of_delimiters(1_000_000)),
        ),
        case(
            "ZIP that is not a spreadsheet",
            "import.malformed",
            import(b"PK\x03\x04 this is no workbook at all".to_vec()),
        ),
        case("cut-off XLSX", "import.malformed", {
            let mut x = xlsx_without_name_column();
            x.truncate(x.len() / 2);
            import(x)
        }),
        case(
            "XLSX without a name column",
            "import.missing_column",
            import(xlsx_without_name_column()),
        ),
        // Dossier backups as JSON.
        case(
            "not JSON",
            "json.invalid",
            json_doc("{ dit is geen json".into()),
        ),
        case(
            "JSON of another program",
            "json.invalid",
            json_doc(with("/format", "iets-anders".into())),
        ),
        case(
            "JSON from a newer version",
            "json.unsupported_version",
            json_doc(with("/format_version", 99.into())),
        ),
        case(
            "JSON without its version",
            "json.invalid",
            json_doc(with("/format_version", serde_json::Value::Null)),
        ),
        case(
            "JSON with a number where a name belongs",
            "json.invalid",
            json_doc(with("/company/name", 42.into())),
        ),
        case(
            "JSON pointing at a supplier that is not in it",
            "json.invalid",
            json_doc(with("/certifications/0/supplier_id", 9999.into())),
        ),
        case(
            "JSON with a risk title of 5,000 characters",
            "input.too_long",
            json_doc(with("/risks/0/risk/title", long.clone().into())),
        ),
        case(
            "JSON with an unknown theme",
            "json.invalid",
            json_doc(with("/risks/0/risk/theme", "unknown_theme".into())),
        ),
        // What the app's commands pass on: records with invalid values.
        case("risk title too long", "input.too_long", |d| {
            let mut r = d.risk(1)?;
            r.title = "x".repeat(201);
            d.save_risk(&r).map(|_| ())
        }),
        case("risk without a title", "input.required", |d| {
            let mut r = d.risk(1)?;
            r.title = "   ".into();
            d.save_risk(&r).map(|_| ())
        }),
        case(
            "risk in a country that does not exist",
            "input.invalid",
            |d| {
                let mut r = d.risk(1)?;
                r.country = Some("XQ".into());
                d.save_risk(&r).map(|_| ())
            },
        ),
        case(
            "risk deferred to the 45th of month 13",
            "input.invalid",
            |d| {
                let mut r = d.risk(1)?;
                r.decision = ketenkompas::model::risk::Decision::Deferred;
                r.decision_reason = Some("Later".into());
                r.review_date = Some("2026-13-45".into());
                d.save_risk(&r).map(|_| ())
            },
        ),
        case("changing a risk that is gone", "record.not_found", |d| {
            let mut r = d.risk(1)?;
            r.id = 999_999;
            d.save_risk(&r).map(|_| ())
        }),
        case("deleting a risk that is gone", "record.not_found", |d| {
            d.delete_risk(999_999)
        }),
        case("supplier without a name", "input.required", |d| {
            d.save_supplier(&Supplier::named("")).map(|_| ())
        }),
        case("action for a risk that is gone", "record.not_found", |d| {
            let mut a = d.actions()?.remove(0);
            a.id = 0;
            a.risk_id = 999_999;
            d.save_action(&a).map(|_| ())
        }),
        case("company name too long", "input.too_long", |d| {
            let mut c = d.company()?;
            c.name = "B".repeat(300);
            d.update_company(&c).map(|_| ())
        }),
        case("a year that exists already", "year.exists", |d| {
            d.add_year(2026).map(|_| ())
        }),
        case("a year far outside the range", "input.invalid", |d| {
            d.add_year(1492).map(|_| ())
        }),
        case(
            "grievance decided without an outcome",
            "input.required",
            |d| {
                let open = d
                    .grievance_summaries("2026-11-23")?
                    .into_iter()
                    .find(|g| g.status == GrievanceStatus::UnderAssessment)
                    .expect("the sample has a grievance under assessment");
                d.advance_grievance(open.id, GrievanceStatus::Upheld, "2026-11-20", None, None)
                    .map(|_| ())
            },
        ),
        case(
            "grievance step dated before the last one",
            "input.invalid",
            |d| {
                let open = d
                    .grievance_summaries("2026-11-23")?
                    .into_iter()
                    .find(|g| g.status == GrievanceStatus::UnderAssessment)
                    .expect("under assessment");
                d.advance_grievance(
                    open.id,
                    GrievanceStatus::Upheld,
                    "2000-01-01",
                    Some("Gegrond".into()),
                    None,
                )
                .map(|_| ())
            },
        ),
        case(
            "grievance closed without saying whether it was resolved",
            "input.required",
            |d| {
                let decided = d
                    .grievance_summaries("2026-11-23")?
                    .into_iter()
                    .find(|g| g.status == GrievanceStatus::Upheld)
                    .expect("the sample has an upheld grievance not yet closed");
                d.advance_grievance(
                    decided.id,
                    GrievanceStatus::Closed,
                    "2026-11-22",
                    None,
                    None,
                )
                .map(|_| ())
            },
        ),
        case("empty evidence file", "input.required", |d| {
            let id = d.actions()?[0].id;
            d.add_evidence(id, "leeg.pdf", &[], "2026-11-23")
                .map(|_| ())
        }),
        case("evidence file too large", "evidence.too_large", |d| {
            let id = d.actions()?[0].id;
            let big = vec![0u8; 11 * 1024 * 1024];
            d.add_evidence(id, "groot.pdf", &big, "2026-11-23")
                .map(|_| ())
        }),
        case("stakeholder without a name", "input.required", |d| {
            let mut s = d.stakeholders()?.remove(0);
            s.id = 0;
            s.name = String::new();
            d.save_stakeholder(&s).map(|_| ())
        }),
        case("restoring a backup by a path", "input.invalid", |d| {
            let root = d.path().with_file_name("backups");
            backup::restore(&root, d.path(), "../../etc/passwd", 0).map(|_| ())
        }),
    ]
}

fn registers(d: &Dossier) -> DossierInfo {
    d.info().expect("info")
}

#[test]
fn every_bad_input_is_refused_with_its_code_and_changes_nothing() {
    let s = Scratch::new();
    let path = s.sample("voorbeeld.kkdossier");
    let mut d = Dossier::open(&path).expect("open");
    let sample_json = json::to_text(&json::export(&d).expect("export"));
    let all = cases(&sample_json);
    assert!(all.len() >= 30, "the suite has {} cases", all.len());
    let mut wrong = Vec::new();
    for (name, code, run) in &all {
        let before = registers(&d);
        match run(&mut d) {
            Ok(()) => wrong.push(format!("{name}: accepted, expected {code}")),
            Err(e) if e.code() != *code => {
                wrong.push(format!("{name}: {} ({e}), expected {code}", e.code()))
            }
            Err(_) => {}
        }
        assert_eq!(registers(&d), before, "{name} changed the dossier");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(d.integrity_problems().expect("check").is_empty());
}

/// Files offered as a dossier: each refused with its code, the file left as it was.
#[test]
fn every_bad_dossier_file_is_refused_with_its_code_and_left_as_it_was() {
    let s = Scratch::new();
    let text = s.path("tekst.kkdossier");
    std::fs::write(&text, "Dit is een notitie, geen dossier.").expect("write");
    assert_refused_unchanged(&s, &text, "dossier.not_a_dossier");
    let empty = s.path("leeg.kkdossier");
    std::fs::write(&empty, b"").expect("write");
    assert_refused_unchanged(&s, &empty, "dossier.empty_file");
    let pdf = s.path("rapport.kkdossier");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n").expect("write");
    assert_refused_unchanged(&s, &pdf, "dossier.not_a_dossier");
    let header_only = s.path("kop.kkdossier");
    std::fs::write(&header_only, b"SQLite format 3\0").expect("write");
    assert_refused_unchanged(&s, &header_only, "dossier.corrupt");
    let missing = s.path("weg.kkdossier");
    assert_eq!(
        Dossier::open(&missing).err().map(|e| e.code()),
        Some("dossier.not_found")
    );
    assert!(!missing.exists(), "nothing was created");
}
