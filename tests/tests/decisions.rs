//! Decisions that must be explained (S2.7) on real dossier files: a deferral needs its
//! reason and a review date within a year of the reporting year, a decision against
//! the method's order needs an explicit confirmation, older dossiers keep opening with
//! their unexplained deferrals listed, and due reviews are reminders.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::decisions::DecisionWarning;
use ketenkompas::exchange::json;
use ketenkompas::messages::Lang;
use ketenkompas::model::risk::{Assessment, Decision};
use ketenkompas::model::Risk;
use ketenkompas::reminders::ReminderKind;
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::views::risk_register::RiskRow;
use ketenkompas::Dossier;
use ketenkompas_tests::pdf::{flat, pdf_text};
use ketenkompas_tests::Scratch;

const TODAY: &str = "2026-12-06";

/// The register's row of the risk called `title`, with its warnings as of `today`.
fn row_of(d: &Dossier, title: &str, today: &str) -> RiskRow {
    d.risk_register_on(Lang::Nl, today)
        .expect("register")
        .rows
        .into_iter()
        .find(|r| r.risk.title == title)
        .unwrap_or_else(|| panic!("{title} not in the register"))
}

fn warnings_of(d: &Dossier, title: &str, today: &str) -> Vec<DecisionWarning> {
    row_of(d, title, today).warnings
}

/// The dashboard's count of decisions still to explain.
fn to_explain(d: &Dossier) -> Option<i64> {
    d.dashboard_on(TODAY).expect("dashboard").steps[1]
        .missing
        .iter()
        .find(|f| f.code == "step2.decisions_to_explain")
        .and_then(|f| f.count)
}

fn by_title(d: &Dossier, title: &str) -> Risk {
    row_of(d, title, TODAY).risk
}

/// A dossier as schema version 9 wrote it, holding a severity-5 risk deferred without a
/// reason and with a review date in 2200: possible before these rules.
fn older_dossier(s: &Scratch) -> std::path::PathBuf {
    let p = s.path("ouder.kkdossier");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dossier-v9.kkdossier");
    std::fs::copy(fixture, &p).expect("copy fixture");
    let c = rusqlite::Connection::open(&p).expect("raw open");
    c.execute(
        "INSERT INTO risk (title, theme, location, actual, scale, scope, irremediability,
            likelihood, decision, review_date)
         VALUES ('Kinderarbeid in de mijnbouw', 'child_labour', 'country', 0, 5, 4, 5, 3,
            'deferred', '2200-01-01')",
        [],
    )
    .expect("insert as version 9 allowed");
    drop(c);
    p
}

#[test]
fn an_older_dossier_with_an_unexplained_deferral_opens_and_lists_it_to_resolve() {
    let s = Scratch::new();
    let p = older_dossier(&s);
    let mut d = Dossier::open(&p).expect("older dossier opens");
    let title = "Kinderarbeid in de mijnbouw";
    assert_eq!(
        warnings_of(&d, title, TODAY),
        [
            DecisionWarning::DeferralUnexplained,
            DecisionWarning::Unconfirmed,
            DecisionWarning::ReviewTooLate,
        ]
    );
    assert_eq!(to_explain(&d), Some(1));
    // The fixture's reporting year is 2024: a review may lie until the end of 2025.
    let mut r = by_title(&d, title);
    r.description = Some("Gezien in een rapport van een ngo.".into());
    let refused = |d: &mut Dossier, r: &Risk| d.save_risk(r).expect_err("refused").code();
    assert_eq!(refused(&mut d, &r), "risk.deferral_unexplained");
    r.decision_reason = Some("Eerst de metaalbewerking in eigen huis.".into());
    assert_eq!(refused(&mut d, &r), "risk.review_too_late");
    r.review_date = Some("2025-12-31".into());
    let e = d.save_risk(&r).expect_err("unconfirmed");
    assert_eq!(e.code(), "risk.decision_unconfirmed");
    assert_eq!(e.params()["reasons"], "defer_severe");
    // Nothing of the refused saves was written.
    assert_eq!(by_title(&d, title).description, None);
    r.decision_confirmed = true;
    let saved = d.save_risk(&r).expect("explained and confirmed");
    assert!(saved.decision_confirmed);
    assert_eq!(to_explain(&d), None);
    assert_eq!(warnings_of(&d, title, "2025-12-30"), []);
    // From its review date on, it is due: on the register and among the reminders.
    assert_eq!(
        warnings_of(&d, title, "2025-12-31"),
        [DecisionWarning::ReviewDue]
    );
    let reminders = d.reminders("2025-12-31").expect("reminders");
    assert_eq!(reminders[0].kind, ReminderKind::RiskReviewDue);
    assert_eq!(reminders[0].step, 2);
    assert_eq!(reminders[0].subject, title);
    assert!(d
        .reminders("2025-12-30")
        .expect("reminders")
        .iter()
        .all(|r| r.kind != ReminderKind::RiskReviewDue));
}

#[test]
fn a_closed_year_keeps_an_unexplained_deferral_and_its_report_is_made() {
    let s = Scratch::new();
    let p = older_dossier(&s);
    let mut d = Dossier::open(&p).expect("older dossier opens");
    d.close_year(2024, "2025-01-15T10:00:00Z")
        .expect("a year closes with what it holds");
    let frozen = d.frozen_year(2024).expect("read").expect("frozen");
    let doc = json::parse_frozen(&frozen.content).expect("the frozen year reads back");
    assert_eq!(doc.risks[0].risk.decision_reason, None);
    let pdf = report::make(
        &d,
        ReportKind::Yearly,
        2024,
        Lang::Nl,
        ReportFormat::Pdf,
        "2025-01-15T10:00:00Z",
    )
    .expect("the closed year's report is made");
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn an_import_with_an_unexplained_deferral_is_refused_in_words_and_writes_nothing() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("voorbeeld.kkdossier")).expect("open");
    let mut doc: serde_json::Value =
        serde_json::from_str(&json::to_text(&json::export(&d).expect("export"))).expect("json");
    let deferred = doc["risks"]
        .as_array_mut()
        .expect("risks")
        .iter_mut()
        .find(|r| r["risk"]["decision"] == "deferred")
        .expect("the sample defers a risk");
    deferred["risk"]["decision_reason"] = serde_json::Value::Null;
    let e = json::parse(&doc.to_string()).expect_err("refused");
    assert_eq!(e.code(), "risk.deferral_unexplained");
    let m = ketenkompas::messages::Messages::new(Lang::Nl);
    assert!(m.has("error.risk.deferral_unexplained"));
    let target = s.path("nieuw.kkdossier");
    assert!(!target.exists());
}

#[test]
fn deferring_an_actual_impact_asks_for_a_confirmation_with_a_reason() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("voorbeeld.kkdossier")).expect("open");
    let title = "Tillen en reiken in ons eigen magazijn";
    let stored = by_title(&d, title);
    assert!(
        stored.actual && stored.decision_confirmed,
        "the sample confirms it"
    );
    assert_eq!(warnings_of(&d, title, "2026-12-14"), []);
    assert_eq!(
        warnings_of(&d, title, "2026-12-15"),
        [DecisionWarning::ReviewDue]
    );
    let mut r = stored.clone();
    r.decision_confirmed = false;
    let e = d.save_risk(&r).expect_err("unconfirmed");
    assert_eq!(e.code(), "risk.decision_unconfirmed");
    assert_eq!(e.params()["reasons"], "defer_actual");
    // Back to no decision: no confirmation is asked and none is kept.
    r.decision = Decision::Open;
    r.decision_confirmed = true;
    r.review_date = None;
    assert!(!d.save_risk(&r).expect("undecided").decision_confirmed);
}

#[test]
fn prioritising_a_risk_while_a_more_severe_one_is_undecided_asks_for_a_confirmation() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("voorbeeld.kkdossier")).expect("open");
    // Give the undecided chromium risk severity 5.
    let mut chromium = by_title(&d, "Chroom in het afvalwater van leerlooierijen");
    assert_eq!(chromium.decision, Decision::Open);
    chromium.assessment = Some(Assessment {
        scale: 5,
        scope: 3,
        irremediability: 4,
        likelihood: 3,
    });
    d.save_risk(&chromium).expect("assessed, still undecided");
    // Textile waste (severity 3) now cannot be prioritised without a confirmation.
    let mut waste = by_title(&d, "Textielafval na gebruik");
    waste.decision = Decision::Prioritised;
    let e = d.save_risk(&waste).expect_err("unconfirmed");
    assert_eq!(e.params()["reasons"], "skips_more_severe");
    waste.decision_confirmed = true;
    assert_eq!(
        d.save_risk(&waste).expect_err("no reason").code(),
        "input.required"
    );
    waste.decision_reason = Some("Onze grootste klant vraagt erom in de aanbesteding.".into());
    assert!(d.save_risk(&waste).expect("confirmed").decision_confirmed);
    // The yearly report says so, next to the reason.
    let pdf = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        "2026-12-06T10:00:00Z",
    )
    .expect("pdf");
    let text = flat(&pdf_text(&s, "jaarverslag.pdf", &pdf));
    assert!(
        text.contains("tegen de volgorde van de methode in en is bewust bevestigd: Onze grootste"),
        "{text}"
    );
}

#[test]
fn an_own_part_in_the_harm_questions_a_directly_linked_involvement_on_the_register() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("voorbeeld.kkdossier")).expect("open");
    let title = "Intimidatie van naaisters";
    assert_eq!(warnings_of(&d, title, TODAY), []);
    let mut r = by_title(&d, title);
    r.own_contribution = Some("Onze spoedorders zetten de ploegleiders onder druk.".into());
    d.save_risk(&r).expect("saved: a question, not a refusal");
    assert_eq!(
        warnings_of(&d, title, TODAY),
        [DecisionWarning::InvolvementQuestioned]
    );
}
