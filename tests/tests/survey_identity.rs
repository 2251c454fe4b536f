//! Whose answers a returned questionnaire holds, and in which language it was asked
//! (B4, issue 21): each request's own key, a workbook of a request made before keys, a
//! dossier of schema 16 migrated with its round, and a questionnaire in a language the
//! app itself is not in.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::survey::{self, FileOutcome};
use ketenkompas::model::Supplier;
use ketenkompas::survey::answer::Yn;
use ketenkompas::survey::Value;
use ketenkompas::Dossier;
use ketenkompas_tests::survey::{fill, identification_rows, read, resaved_as, round, value_of};
use ketenkompas_tests::Scratch;

fn code(outcome: &FileOutcome) -> &str {
    match outcome {
        FileOutcome::Refused { error } => error.code.as_str(),
        FileOutcome::Read { .. } => "read",
    }
}

fn with(ident: &[(String, String)], key: &str, value: Option<&str>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ident.iter().filter(|(k, _)| k != key).cloned().collect();
    if let Some(v) = value {
        out.push((key.to_string(), v.to_string()));
    }
    out
}

#[test]
fn every_request_has_its_own_key_written_only_in_its_workbook() {
    let r = round();
    let requests = r.d.survey_requests(2026).expect("requests");
    let keys: Vec<String> = requests
        .iter()
        .map(|q| q.key.clone().expect("a key"))
        .collect();
    assert_eq!(keys.len(), 3);
    for (i, k) in keys.iter().enumerate() {
        assert_eq!(k.len(), 32);
        assert!(keys[..i].iter().all(|o| o != k), "keys differ");
    }
    let round = r.d.survey_round(2026).expect("round").expect("some");
    for (book, request) in r.books.iter().zip(&requests) {
        let ident = identification_rows(book);
        let get = |k: &str| {
            ident
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(get("key"), request.key);
        assert_eq!(get("round"), Some(round.token.clone()));
        assert_eq!(get("supplier"), Some(request.supplier_id.to_string()));
    }
    // Writing a workbook again (a lost one sent once more) gives the same key.
    let again = survey::workbook(&r.d, 2026, r.ids[1]).expect("again");
    assert_eq!(
        identification_rows(&again.bytes),
        identification_rows(&r.books[1])
    );
}

#[test]
fn a_workbook_whose_identification_names_another_supplier_is_refused() {
    let mut r = round();
    let noord = identification_rows(&r.books[0]);
    let sul_id = r.ids[1].to_string();
    // Noord answers in Sul's name: the supplier changed, its own key kept.
    let as_sul = resaved_as(
        &with(&noord, "supplier", Some(&sul_id)),
        &[("documents_held", "nee", "")],
    );
    // Or with the key row deleted too.
    let without_key = resaved_as(
        &with(&with(&noord, "supplier", Some(&sul_id)), "key", None),
        &[("documents_held", "nee", "")],
    );
    // A key made up.
    let made_up = resaved_as(
        &with(
            &with(&noord, "supplier", Some(&sul_id)),
            "key",
            Some("0123456789abcdef0123456789abcdef"),
        ),
        &[("documents_held", "nee", "")],
    );
    let report = survey::import(
        &mut r.d,
        &[
            ("sul.xlsx".into(), as_sul),
            ("zonder.xlsx".into(), without_key),
            ("verzonnen.xlsx".into(), made_up),
        ],
        "2026-04-02",
    )
    .expect("import");
    let codes: Vec<&str> = report.files.iter().map(|f| code(&f.outcome)).collect();
    assert_eq!(codes, ["survey.altered"; 3]);
    assert!(!report.stored);
    assert!(r.d.survey_answers(None).expect("answers").is_empty());
    assert!(r
        .d
        .survey_requests(2026)
        .expect("requests")
        .iter()
        .all(|q| q.returned_on.is_none()));
    // Its own workbook, resaved with the identification untouched, is read.
    let own = resaved_as(&noord, &[("documents_held", "nee", "")]);
    let report =
        survey::import(&mut r.d, &[("noord.xlsx".into(), own)], "2026-04-02").expect("import");
    assert_eq!(report.read, 1, "{report:#?}");
}

#[test]
fn a_request_made_before_keys_is_recognised_by_its_round_alone() {
    let mut r = round();
    // As a dossier of schema 16 migrated: requests without a key.
    rusqlite::Connection::open(r.d.path())
        .expect("raw")
        .execute("UPDATE survey_request SET key = NULL", [])
        .expect("no keys");
    let legacy = survey::workbook(&r.d, 2026, r.ids[0]).expect("book");
    assert!(identification_rows(&legacy.bytes)
        .iter()
        .all(|(k, _)| k != "key"));
    // A workbook with a key names a request that had one: not this one.
    let keyed = fill(&r.books[1], &[("workers", "12", "")]);
    let report = survey::import(
        &mut r.d,
        &[
            (
                "oud.xlsx".into(),
                fill(&legacy.bytes, &[("workers", "10", "")]),
            ),
            ("sleutel.xlsx".into(), keyed),
        ],
        "2026-04-02",
    )
    .expect("import");
    let codes: Vec<&str> = report.files.iter().map(|f| code(&f.outcome)).collect();
    assert_eq!(codes, ["read", "survey.altered"]);
}

#[test]
fn a_dossier_of_schema_16_keeps_its_round_and_answers_when_it_is_updated() {
    let s = Scratch::new();
    let path = s.fixture("dossier-v16.kkdossier");
    {
        let c = rusqlite::Connection::open(&path).expect("v16");
        let version: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, 16);
        c.execute_batch(
            "INSERT INTO supplier (name, name_key) VALUES ('Atelier Zestien', 'atelier zestien');
             INSERT INTO survey_round (year, token, started_on, due_on)
                 VALUES (2024, '0123456789abcdef0123456789abcdef', '2024-03-01', '2024-04-30');
             INSERT INTO survey_request (year, supplier_id, lang, sent_on, returned_on)
                 SELECT 2024, id, 'en', '2024-03-01', '2024-04-02' FROM supplier
                 WHERE name = 'Atelier Zestien';
             INSERT INTO survey_answer (request_id, question, value, raw)
                 SELECT id, 'workers', '120', '120' FROM survey_request;",
        )
        .expect("a round as schema 16 kept it");
    }
    let d = Dossier::open(&path).expect("opens");
    assert_eq!(
        d.schema_version().expect("version"),
        ketenkompas::SCHEMA_VERSION
    );
    let requests = d.survey_requests(2024).expect("requests");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].lang, "en");
    assert_eq!(requests[0].key, None);
    assert_eq!(requests[0].returned_on.as_deref(), Some("2024-04-02"));
    let answers = d.survey_answers(Some(2024)).expect("answers");
    assert_eq!(answers.len(), 1, "the answers still point at their request");
    assert_eq!(answers[0].value(), Some(Value::Number(120.0)));
}

#[test]
fn a_questionnaire_in_french_is_written_in_french_and_read_back() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("fr.kkdossier"), "Vraag B.V.", 2026).expect("create");
    let tanger = d
        .save_supplier(&Supplier {
            country: Some("MA".into()),
            ..Supplier::named("Confection Tanger")
        })
        .expect("supplier")
        .id;
    let defaults = survey::default_langs(&d).expect("defaults");
    assert_eq!(defaults, [(tanger, "fr".to_string())]);
    let created =
        survey::create(&mut d, 2026, "2026-04-30", "2026-03-01", &defaults).expect("round");
    assert_eq!(created[0].lang, "fr");
    assert_eq!(
        created[0].file_name,
        "Questionnaire 2026 - Confection Tanger.xlsx"
    );
    let sheets = ketenkompas_tests::survey::sheet_names(&created[0].bytes);
    assert_eq!(
        sheets[..2],
        ["À propos".to_string(), "Réponses".to_string()]
    );
    let filled = fill(
        &created[0].bytes,
        &[
            ("workers", "1 200", ""),
            ("age_check", "Oui", ""),
            ("documents_held", "non", ""),
            ("grievance_mechanism", "en partie", "une boîte aux lettres"),
            ("temporary_share", "12,5 %", ""),
            ("last_audit", "14/03/2025", ""),
            ("audit_scheme", "Pas encore d'audit social", ""),
            ("youngest_age", "dix-huit", ""),
        ],
    );
    let report =
        survey::import(&mut d, &[("retour.xlsx".into(), filled)], "2026-04-02").expect("import");
    let (supplier, answers, unreadable) = read(&report.files[0].outcome);
    assert_eq!(supplier, "Confection Tanger");
    assert_eq!(value_of(answers, "workers"), Some(Value::Number(1200.0)));
    assert_eq!(value_of(answers, "age_check"), Some(Value::YesNo(Yn::Yes)));
    assert_eq!(
        value_of(answers, "documents_held"),
        Some(Value::YesNo(Yn::No))
    );
    assert_eq!(
        value_of(answers, "grievance_mechanism"),
        Some(Value::YesNo(Yn::Partly))
    );
    assert_eq!(
        value_of(answers, "temporary_share"),
        Some(Value::Number(12.5))
    );
    assert_eq!(
        value_of(answers, "last_audit"),
        Some(Value::Date("2025-03-14".into()))
    );
    assert_eq!(
        value_of(answers, "audit_scheme"),
        Some(Value::Choice("no_audit".into()))
    );
    // A number written in words is quoted back, as in any language.
    assert_eq!(unreadable, 1);
    let view = d.survey_view(2026, "2026-04-03").expect("view");
    assert_eq!(view.requests[0].lang, "fr");
    assert_eq!(view.requests[0].lang_name, "Français");
}

#[test]
fn a_round_is_not_started_in_a_language_there_is_no_questionnaire_in() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("x.kkdossier"), "Vraag B.V.", 2026).expect("create");
    let id = d
        .save_supplier(&Supplier::named("Atelier"))
        .expect("supplier")
        .id;
    let e = survey::create(
        &mut d,
        2026,
        "2026-04-30",
        "2026-03-01",
        &[(id, "xx".into())],
    )
    .expect_err("no such questionnaire");
    assert_eq!(e.code(), "input.invalid");
    assert!(
        d.survey_round(2026).expect("round").is_none(),
        "nothing started"
    );
}
