//! Supplier questionnaires read back (B4, issue 21): workbooks filled in (typed loosely,
//! partly, saved again by another program and by LibreOffice) are read into a preview,
//! then stored; scores and red flags follow; foreign, broken, empty and closed-year files
//! are refused one by one and nothing is half stored.

#![allow(clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use ketenkompas::exchange::survey::{self, FileOutcome, SurveyImport};
use ketenkompas::survey::{red_flags, scores, RequestStatus, Value, Yn};
use ketenkompas::Dossier;
use ketenkompas_tests::survey::{fill, read, resaved, round, value_of};
use ketenkompas_tests::Scratch;

#[test]
fn a_loosely_typed_partly_filled_workbook_is_read_into_a_preview_and_stored_on_confirm() {
    let mut r = round();
    let filled = fill(
        &r.books[0],
        &[
            ("workers", "1.200", ""),
            ("temporary_share", "12,5%", ""),
            ("home_work", "Ja", "borduren in het seizoen"),
            ("home_work_oversight", "x", ""),
            ("grievance_mechanism", "nee", "komt in 2026"),
            ("lowest_wage", "11.000", "taka"),
            ("minimum_wage", "12.500", ""),
            ("last_audit", "31-12-2025", ""),
            ("audit_scheme", "amfori BSCI", ""),
            ("documents_held", "Y", ""),
            ("weekly_hours", "ongeveer zestig", ""),
        ],
    );
    let files = vec![("Vragenlijst terug.xlsx".to_string(), filled)];
    let preview = survey::preview(&r.d, &files).expect("preview");
    assert_eq!(
        (preview.read, preview.refused, preview.stored),
        (1, 0, false)
    );
    let (supplier, answers, unreadable) = read(&preview.files[0].outcome);
    assert_eq!(supplier, "Atelier Noord");
    assert_eq!(value_of(answers, "workers"), Some(Value::Number(1200.0)));
    assert_eq!(
        value_of(answers, "temporary_share"),
        Some(Value::Number(12.5))
    );
    assert_eq!(value_of(answers, "home_work"), Some(Value::YesNo(Yn::Yes)));
    assert_eq!(
        value_of(answers, "home_work_oversight"),
        Some(Value::YesNo(Yn::Yes))
    );
    assert_eq!(
        value_of(answers, "last_audit"),
        Some(Value::Date("2025-12-31".into()))
    );
    assert_eq!(
        value_of(answers, "audit_scheme"),
        Some(Value::Choice("amfori_bsci".into()))
    );
    // What could not be read is kept as typed, to be quoted.
    assert_eq!(unreadable, 1);
    let hours = answers
        .iter()
        .find(|a| a.question == "weekly_hours")
        .expect("hours");
    assert_eq!(
        (hours.value.clone(), hours.raw.as_str()),
        (None, "ongeveer zestig")
    );
    // Nothing stored by the preview.
    assert!(r.d.survey_answers(Some(2026)).expect("answers").is_empty());

    let stored = survey::import(&mut r.d, &files, "2026-04-02").expect("import");
    assert!(stored.stored);
    let requests = r.d.survey_requests(2026).expect("requests");
    let noord = requests
        .iter()
        .find(|q| q.supplier_id == r.ids[0])
        .expect("noord");
    assert_eq!(noord.returned_on.as_deref(), Some("2026-04-02"));
    assert_eq!(
        noord.status("2026-04-30", "2026-05-10"),
        RequestStatus::Returned
    );
    let sul = requests
        .iter()
        .find(|q| q.supplier_id == r.ids[1])
        .expect("sul");
    assert_eq!(
        sul.status("2026-04-30", "2026-05-10"),
        RequestStatus::Overdue
    );

    // Scores and flags from what was stored.
    let kept: BTreeMap<String, Value> =
        r.d.survey_answers(Some(2026))
            .expect("answers")
            .into_iter()
            .filter(|a| a.supplier_id == r.ids[0])
            .filter_map(|a| Some((a.question.clone(), a.value()?)))
            .collect();
    let flags: Vec<String> = red_flags(&kept).into_iter().map(|f| f.code).collect();
    assert_eq!(
        flags,
        [
            "no_grievance_mechanism",
            "wage_below_minimum",
            "documents_held"
        ]
    );
    let grievances = scores(&kept)
        .into_iter()
        .find(|s| s.area == "grievances")
        .expect("grievances");
    assert_eq!(grievances.score, Some(0));
    let explanation =
        r.d.survey_answers(Some(2026))
            .expect("answers")
            .into_iter()
            .find(|a| a.question == "home_work")
            .and_then(|a| a.explanation);
    assert_eq!(explanation.as_deref(), Some("borduren in het seizoen"));
}

#[test]
fn an_english_workbook_reads_english_numbers_and_a_resaved_one_its_numbers_and_dates() {
    let mut r = round();
    let english = fill(
        &r.books[1],
        &[
            ("workers", "1,200", ""),
            ("age_check", "yes", ""),
            ("youngest_age", "14", ""),
        ],
    );
    let other = resaved(
        &r.books[2],
        &[
            ("workers", "350", ""),
            // A number cell in a Dutch workbook: one and an eighth, not 1,125.
            ("minimum_wage", "1.125", ""),
            ("last_fire_drill", "2026-02-14", ""),
            ("free_to_leave", "nee", "opzegtermijn van drie maanden"),
        ],
    );
    let files = vec![
        ("questionnaire.xlsx".to_string(), english),
        ("Kopie van vragenlijst (2).xlsx".to_string(), other),
    ];
    let report = survey::import(&mut r.d, &files, "2026-04-05").expect("import");
    assert_eq!((report.read, report.refused), (2, 0), "{report:#?}");
    let (_, sul, _) = read(&report.files[0].outcome);
    assert_eq!(value_of(sul, "workers"), Some(Value::Number(1200.0)));
    let (name, derde, unreadable) = read(&report.files[1].outcome);
    assert_eq!((name, unreadable), ("Derde Weverij", 0));
    assert_eq!(value_of(derde, "workers"), Some(Value::Number(350.0)));
    assert_eq!(value_of(derde, "minimum_wage"), Some(Value::Number(1.125)));
    assert_eq!(
        value_of(derde, "last_fire_drill"),
        Some(Value::Date("2026-02-14".into()))
    );
    assert_eq!(value_of(derde, "free_to_leave"), Some(Value::YesNo(Yn::No)));
}

#[test]
fn foreign_and_broken_files_are_refused_one_by_one_and_nothing_of_them_is_stored() {
    let mut r = round();
    let other = round();
    let from_other_dossier = fill(&other.books[0], &[("workers", "10", "")]);
    let not_a_questionnaire = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/imports/leveranciers.xlsx"),
    )
    .expect("fixture");
    let good = fill(&r.books[0], &[("workers", "10", "")]);
    let twice = fill(&r.books[0], &[("workers", "11", "")]);
    let files = vec![
        ("ander dossier.xlsx".to_string(), from_other_dossier),
        ("leveranciers.xlsx".to_string(), not_a_questionnaire),
        ("tekst.xlsx".to_string(), b"naam;land\n".to_vec()),
        (
            "half.xlsx".to_string(),
            r.books[1][..r.books[1].len() / 2].to_vec(),
        ),
        ("goed.xlsx".to_string(), good),
        ("nog eens.xlsx".to_string(), twice),
    ];
    let report: SurveyImport = survey::import(&mut r.d, &files, "2026-04-02").expect("import");
    let codes: Vec<&str> = report
        .files
        .iter()
        .map(|f| match &f.outcome {
            FileOutcome::Refused { error } => error.code.as_str(),
            FileOutcome::Read { .. } => "read",
        })
        .collect();
    assert_eq!(
        codes,
        [
            "survey.foreign",
            "survey.not_questionnaire",
            "survey.not_questionnaire",
            "survey.not_questionnaire",
            "read",
            "survey.twice"
        ]
    );
    // Only the good one was stored; the other dossier is untouched.
    let answers = r.d.survey_answers(Some(2026)).expect("answers");
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].raw, "10");
    assert!(other.d.survey_answers(None).expect("other").is_empty());
}

#[test]
fn a_refused_store_leaves_nothing_half_written() {
    let mut r = round();
    let good = fill(&r.books[0], &[("workers", "10", "")]);
    let files = vec![("goed.xlsx".to_string(), good)];
    let preview = survey::preview(&r.d, &files).expect("preview");
    assert_eq!(preview.read, 1);
    // The supplier is deleted between preview and confirm: its request goes with it,
    // and the file is refused when it is stored.
    r.d.delete_supplier(r.ids[0]).expect("delete");
    let report = survey::import(&mut r.d, &files, "2026-04-02").expect("import");
    assert_eq!((report.read, report.stored), (0, false));
    assert!(r.d.survey_answers(None).expect("answers").is_empty());

    // Two returns stored together, the second refused: neither is kept.
    use ketenkompas::store::survey::Returned;
    use ketenkompas::survey::SurveyAnswer;
    let answer = |supplier_id: i64, question: &str, value: &str| SurveyAnswer {
        year: 2026,
        supplier_id,
        question: question.into(),
        value: Some(value.into()),
        raw: value.into(),
        explanation: None,
    };
    let err =
        r.d.store_returned(&[
            Returned {
                year: 2026,
                supplier_id: r.ids[1],
                returned_on: "2026-04-02".into(),
                answers: vec![answer(r.ids[1], "workers", "20")],
            },
            Returned {
                year: 2026,
                supplier_id: r.ids[2],
                returned_on: "2026-04-02".into(),
                answers: vec![answer(r.ids[2], "workers", "veel")],
            },
        ])
        .expect_err("the second is refused");
    assert_eq!(err.code(), "input.invalid");
    assert!(r.d.survey_answers(None).expect("answers").is_empty());
    assert!(r
        .d
        .survey_requests(2026)
        .expect("requests")
        .iter()
        .all(|q| q.returned_on.is_none()));
}

#[test]
fn an_empty_workbook_and_one_of_a_closed_year_are_refused_on_their_own() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("s.kkdossier")).expect("sample");
    let gazipur = d
        .suppliers()
        .expect("suppliers")
        .into_iter()
        .find(|s| s.name.starts_with("Gazipur"))
        .expect("gazipur")
        .id;
    let late_2025 = fill(
        &survey::workbook(&d, 2025, gazipur).expect("book").bytes,
        &[("workers", "900", "")],
    );
    let empty_2026 = survey::workbook(&d, 2026, gazipur).expect("book").bytes;
    let report = survey::import(
        &mut d,
        &[
            ("2025.xlsx".into(), late_2025),
            ("leeg.xlsx".into(), empty_2026),
        ],
        "2026-11-01",
    )
    .expect("import");
    let codes: Vec<String> = report
        .files
        .iter()
        .map(|f| match &f.outcome {
            FileOutcome::Refused { error } => error.code.clone(),
            FileOutcome::Read { .. } => "read".into(),
        })
        .collect();
    assert_eq!(codes, ["year.closed", "survey.empty"]);
    assert!(!report.stored);
}

#[test]
fn a_workbook_saved_again_by_libreoffice_is_read_with_its_numbers_and_dates() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/survey");
    let json = std::fs::read_to_string(dir.join("dossier.json")).expect("json");
    let s = Scratch::new();
    let doc = ketenkompas::exchange::json::parse(&json).expect("parse");
    let d = ketenkompas::exchange::json::import_new(&s.path("d.kkdossier"), &doc).expect("import");
    let bytes = std::fs::read(dir.join("returned_libreoffice.xlsx")).expect("workbook");
    let report = survey::preview(&d, &[("returned.xlsx".into(), bytes)]).expect("preview");
    let (supplier, answers, unreadable) = read(&report.files[0].outcome);
    assert_eq!((supplier, unreadable), ("Atelier Noord", 1));
    let expect = [
        ("workers", Value::Number(1200.0)),
        ("temporary_share", Value::Number(15.0)),
        ("migrant_share", Value::Number(30.0)),
        ("lowest_wage", Value::Number(11000.0)),
        ("minimum_wage", Value::Number(12500.0)),
        ("youngest_age", Value::Number(16.0)),
        ("last_audit", Value::Date("2025-12-31".into())),
        ("last_fire_drill", Value::Date("2026-02-03".into())),
        ("home_work", Value::YesNo(Yn::Yes)),
        ("home_work_oversight", Value::YesNo(Yn::Yes)),
        ("documents_held", Value::YesNo(Yn::Yes)),
        ("audit_scheme", Value::Choice("amfori_bsci".into())),
    ];
    for (q, v) in expect {
        assert_eq!(value_of(answers, q), Some(v), "{q}");
    }
}
