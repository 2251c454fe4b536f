//! Closing a year (D3): the frozen year's reports are byte-identical whatever happens to
//! the dossier afterwards, also after a trip through the JSON backup; a closed year
//! cannot be closed again or have its review changed.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::json;
use ketenkompas::messages::Lang;
use ketenkompas::model::year::YearReview;
use ketenkompas::model::YearStatus;
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::sample::CLOSED_2025;
use ketenkompas::Dossier;
use ketenkompas_tests::pdf::{flat, pdf_text, tool};
use ketenkompas_tests::Scratch;

const NOW: &str = "2026-11-23T10:00:00Z";
const KINDS: [ReportKind; 3] = [
    ReportKind::Yearly,
    ReportKind::ActionPlan,
    ReportKind::Communication,
];

#[test]
fn a_closed_year_prints_the_same_bytes_whatever_happens_afterwards() {
    let s = Scratch::new();
    let path = s.sample("s.kkdossier");
    let mut d = Dossier::open(&path).expect("open");
    let years = d.years().expect("years");
    assert!(years
        .iter()
        .any(|y| y.year == 2025 && y.status == YearStatus::Closed));
    let frozen = d
        .frozen_year(2025)
        .expect("frozen")
        .expect("2025 is frozen");
    assert_eq!(frozen.closed_at, CLOSED_2025);
    // The frozen year ranks its risks as the register ranked them when it was closed: the
    // risks it froze, ranked by the same method (the sample changed some in 2026).
    let model = report::model_of(&d, 2025, NOW).expect("model");
    let ranked: Vec<(u32, String)> = model
        .risks
        .iter()
        .filter_map(|r| r.rank.map(|n| (n, r.title.clone())))
        .collect();
    let doc = ketenkompas::exchange::json::parse_frozen(&frozen.content).expect("frozen");
    let live: Vec<(u32, String)> = ketenkompas::views::risk_register::register_of(
        // Ids as a dossier gives them: the document has positions only.
        doc.risks
            .iter()
            .enumerate()
            .map(|(i, r)| ketenkompas::model::Risk {
                id: i as i64 + 1,
                ..r.risk.clone()
            })
            .collect(),
        None,
    )
    .rows
    .iter()
    .filter_map(|r| r.ranked.as_ref().map(|k| (k.rank, r.risk.title.clone())))
    .collect();
    assert!(
        !ranked.iter().any(|(_, t)| t.starts_with("Thuiswerk")),
        "the risk found in 2026 is not in 2025"
    );
    assert!(!ranked.is_empty());
    assert_eq!(ranked, live);
    assert!(model
        .risks
        .iter()
        .filter(|r| r.rank.is_some())
        .all(|r| r.rationale_nl.is_some()));
    let before: Vec<Vec<u8>> = KINDS
        .iter()
        .map(|k| report::make(&d, *k, 2025, Lang::Nl, ReportFormat::Pdf, NOW).expect("pdf"))
        .collect();
    let info = {
        let p = s.path("closed.pdf");
        std::fs::write(&p, &before[0]).expect("write");
        tool("pdfinfo", &[p.to_str().expect("path")])
    };
    assert!(
        info.contains("Jan 20 09:00:00 2026"),
        "the creation date is the closing time: {info}"
    );
    // Life goes on: the company renames, a risk is added, the review of 2026 changes.
    let mut company = d.company().expect("company");
    company.name = "Zeeland Werkkleding Groep B.V.".into();
    d.update_company(&company).expect("rename");
    let mut extra = d
        .risk_register(Lang::Nl)
        .expect("register")
        .rows
        .remove(0)
        .risk;
    extra.id = 0;
    extra.title = "Nieuw risico na de afsluiting".into();
    d.save_risk(&extra).expect("risk");
    d.save_year_review(&YearReview {
        year: 2026,
        dilemmas: Some("Nieuwe tekst".into()),
        ..YearReview::default()
    })
    .expect("review");
    drop(d);
    // Later, in a new session, in a process that already made other PDFs.
    let d = Dossier::open(&path).expect("reopen");
    let _ = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::En,
        ReportFormat::Pdf,
        NOW,
    );
    for (k, old) in KINDS.iter().zip(&before) {
        let again = report::make(
            &d,
            *k,
            2025,
            Lang::Nl,
            ReportFormat::Pdf,
            "2031-05-01T08:00:00Z",
        )
        .expect("pdf");
        assert!(again == *old, "{k:?} of the closed year changed");
    }
    // The open year shows the new state.
    let open = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("pdf");
    let text = flat(&pdf_text(&s, "open.pdf", &open));
    assert!(text.contains("Zeeland Werkkleding Groep B.V."));
    assert!(text.contains("Nieuw risico na de afsluiting"));
    // And the frozen year survives a trip through the JSON backup.
    let doc = json::export(&d).expect("export");
    let copy = json::import_new(
        &s.path("copy.kkdossier"),
        &json::parse(&json::to_text(&doc)).expect("parse"),
    )
    .expect("import");
    for (k, old) in KINDS.iter().zip(&before) {
        let again = report::make(&copy, *k, 2025, Lang::Nl, ReportFormat::Pdf, NOW).expect("pdf");
        assert!(again == *old, "{k:?} of the closed year changed after JSON");
    }
}

#[test]
fn closing_a_year_freezes_it_and_opens_the_next() {
    let s = Scratch::new();
    let path = s.path("d.kkdossier");
    let mut d = Dossier::create(&path, "Fixture Metaal B.V.", 2024).expect("create");
    d.save_year_review(&YearReview {
        year: 2024,
        dilemmas: Some("Een dilemma".into()),
        ..YearReview::default()
    })
    .expect("review");
    let bad = d.close_year(2024, "gisteren").expect_err("not a timestamp");
    assert_eq!(bad.code(), "input.invalid");
    assert_eq!(
        d.close_year(2031, NOW).expect_err("no such year").code(),
        "year.not_found"
    );
    d.close_year(2024, "2025-01-31T12:00:00Z").expect("close");
    assert_eq!(d.active_year().expect("active"), Some(2025));
    let years = d.years().expect("years");
    assert_eq!(years.len(), 2);
    assert_eq!(years[0].status, YearStatus::Closed);
    assert_eq!(years[1].status, YearStatus::Open);
    assert_eq!(
        d.close_year(2024, NOW).expect_err("closed twice").code(),
        "year.closed"
    );
    let locked = d
        .save_year_review(&YearReview {
            year: 2024,
            dilemmas: Some("Achteraf anders".into()),
            ..YearReview::default()
        })
        .expect_err("a closed year's review is frozen");
    assert_eq!(locked.code(), "year.closed");
    assert_eq!(
        d.year_review(2024).expect("review").dilemmas.as_deref(),
        Some("Een dilemma")
    );
}

#[test]
fn a_json_backup_with_damaged_frozen_content_is_refused() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let mut doc = json::export(&d).expect("export");
    assert_eq!(doc.closed_years.len(), 1);
    doc.closed_years[0].content = "{\"format\": \"iets anders\"}".into();
    let e = json::parse(&json::to_text(&doc)).expect_err("damaged frozen content");
    assert_eq!(e.code(), "json.invalid");
    let mut doc = json::export(&d).expect("export");
    doc.years.retain(|y| y.year != 2025);
    doc.active_year = Some(2026);
    let e = json::parse(&json::to_text(&doc)).expect_err("frozen year without its year");
    assert_eq!(e.code(), "year.not_found");
}
