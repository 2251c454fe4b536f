//! What step 4 follows per supplier over the years, on real dossier files: audits with
//! their scheme, result and score; self-assessment scores set against the year before;
//! the yearly check of the purchasing agreements (S4.1) with its trend; the company's
//! initiatives; and how the sample and its yearly report show them, with the grievance
//! mechanism read against UN principle 31.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::messages::Lang;
use ketenkompas::model::follow_up::Compliance::{self, Kept, NotKept};
use ketenkompas::model::supplier::{AuditKind, AuditResult, AuditScheme};
use ketenkompas::model::{AgreementCheck, Audit, Supplier};
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::trends::Trend;
use ketenkompas::Dossier;
use ketenkompas_tests::pdf::{flat, pdf_text, solid};
use ketenkompas_tests::Scratch;

fn audit(supplier_id: i64, kind: AuditKind, on: &str, score: Option<u8>) -> Audit {
    Audit {
        id: 0,
        supplier_id,
        kind,
        held_on: on.into(),
        auditor: None,
        findings: None,
        scheme: None,
        result: None,
        score,
    }
}

fn check(supplier_id: i64, year: i32, paid: Compliance, orders: Compliance) -> AgreementCheck {
    AgreementCheck {
        supplier_id,
        year,
        paid_on_time: paid,
        order_changes: orders,
        code_followed_up: Kept,
        note: None,
    }
}

#[test]
fn audits_keep_scheme_result_and_score_and_scores_compare_by_year() {
    let s = Scratch::new();
    let path = s.path("a.kkdossier");
    let mut d = Dossier::create(&path, "Volg B.V.", 2026).expect("create");
    let sup = d
        .save_supplier(&Supplier::named("Atelier"))
        .expect("supplier");
    d.save_audit(&Audit {
        scheme: Some(AuditScheme::Smeta),
        result: Some(AuditResult::CriticalFindings),
        ..audit(sup.id, AuditKind::SocialAudit, "2026-02-01", None)
    })
    .expect("audit");
    d.save_audit(&audit(
        sup.id,
        AuditKind::SelfAssessment,
        "2025-03-01",
        Some(40),
    ))
    .expect("2025");
    d.save_audit(&audit(
        sup.id,
        AuditKind::SelfAssessment,
        "2026-03-01",
        Some(55),
    ))
    .expect("2026");
    // A score above 100 is refused in words and stores nothing.
    let err = d
        .save_audit(&audit(
            sup.id,
            AuditKind::SelfAssessment,
            "2027-03-01",
            Some(101),
        ))
        .expect_err("101");
    assert_eq!(err.code(), "input.invalid");
    drop(d);

    let d = Dossier::open(&path).expect("reopen");
    let audits = d.audits(Some(sup.id)).expect("audits");
    assert_eq!(audits.len(), 3);
    let social = audits
        .iter()
        .find(|a| a.kind == AuditKind::SocialAudit)
        .expect("social");
    assert_eq!(social.scheme, Some(AuditScheme::Smeta));
    assert_eq!(social.result, Some(AuditResult::CriticalFindings));
    let f = d.supplier_follow_up(sup.id).expect("follow-up");
    let got: Vec<(i32, u8, Trend)> = f
        .scores
        .iter()
        .map(|y| (y.year, y.score, y.trend))
        .collect();
    assert_eq!(
        got,
        vec![(2025, 40, Trend::First), (2026, 55, Trend::Better)]
    );
    assert_eq!(f.scores[1].previous_score, Some(40));
}

#[test]
fn the_yearly_agreement_check_replaces_its_year_and_shows_the_trend() {
    let s = Scratch::new();
    let path = s.path("c.kkdossier");
    let mut d = Dossier::create(&path, "Volg B.V.", 2026).expect("create");
    let sup = d
        .save_supplier(&Supplier::named("Atelier"))
        .expect("supplier");
    d.save_agreement_check(&check(sup.id, 2025, Kept, Kept), None)
        .expect("2025");
    d.save_agreement_check(&check(sup.id, 2026, Kept, Kept), None)
        .expect("2026");
    // Saving the same year again replaces it.
    d.save_agreement_check(
        &AgreementCheck {
            note: Some("  Spoedorders in mei.  ".into()),
            ..check(sup.id, 2026, Kept, NotKept)
        },
        None,
    )
    .expect("2026 again");
    // A year outside the dossier's range and an unknown supplier are refused.
    let bad_year = d.save_agreement_check(&check(sup.id, 1999, Kept, Kept), None);
    assert_eq!(bad_year.expect_err("1999").code(), "input.invalid");
    let no_supplier = d.save_agreement_check(&check(9999, 2026, Kept, Kept), None);
    assert!(no_supplier.is_err());
    drop(d);

    let mut d = Dossier::open(&path).expect("reopen");
    let f = d.supplier_follow_up(sup.id).expect("follow-up");
    let got: Vec<(i32, u8, Trend)> = f
        .agreements
        .iter()
        .map(|y| (y.check.year, y.points, y.trend))
        .collect();
    assert_eq!(got, vec![(2025, 6, Trend::First), (2026, 4, Trend::Worse)]);
    assert_eq!(
        f.agreements[1].check.note.as_deref(),
        Some("Spoedorders in mei.")
    );
    assert_eq!(f.agreements[1].previous_points, Some(6));

    d.delete_agreement_check(sup.id, 2025).expect("delete");
    assert_eq!(
        d.delete_agreement_check(sup.id, 2025)
            .expect_err("gone")
            .code(),
        "record.not_found"
    );
    let f = d.supplier_follow_up(sup.id).expect("after delete");
    assert_eq!(f.agreements.len(), 1);
    assert_eq!(f.agreements[0].trend, Trend::First);
    // A check whose year the form changed moves: one check, under the new year; a move
    // that is refused leaves it where it was.
    let years = |d: &Dossier| -> Vec<i32> {
        d.agreement_checks(Some(sup.id))
            .expect("checks")
            .iter()
            .map(|c| c.year)
            .collect()
    };
    d.save_agreement_check(&check(sup.id, 2024, Kept, Kept), Some(2026))
        .expect("moved");
    assert_eq!(years(&d), vec![2024]);
    let refused = d.save_agreement_check(&check(9999, 2025, Kept, Kept), Some(2024));
    assert!(refused.is_err());
    assert_eq!(years(&d), vec![2024]);
    // Deleting the supplier takes its checks along.
    d.delete_supplier(sup.id).expect("delete supplier");
    assert!(d.agreement_checks(None).expect("checks").is_empty());
}

#[test]
fn the_company_keeps_its_initiatives_without_repeats() {
    let s = Scratch::new();
    let path = s.path("i.kkdossier");
    let mut d = Dossier::create(&path, "Volg B.V.", 2026).expect("create");
    let mut p = d.company().expect("company");
    p.initiatives = vec![
        " IMVO-convenant Metaal ".into(),
        "imvo-convenant metaal".into(),
        String::new(),
        "amfori BSCI".into(),
    ];
    d.update_company(&p).expect("save");
    drop(d);
    let d = Dossier::open(&path).expect("reopen");
    assert_eq!(
        d.company().expect("company").initiatives,
        vec![
            "IMVO-convenant Metaal".to_string(),
            "amfori BSCI".to_string()
        ]
    );
}

#[test]
fn the_sample_report_shows_schemes_agreement_trends_and_the_mechanism_against_principle_31() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let sialkot = d
        .suppliers()
        .expect("suppliers")
        .into_iter()
        .find(|x| x.name.starts_with("Sialkot"))
        .expect("Sialkot");
    let f = d.supplier_follow_up(sialkot.id).expect("follow-up");
    let scores: Vec<(i32, Trend)> = f.scores.iter().map(|y| (y.year, y.trend)).collect();
    assert_eq!(scores, vec![(2025, Trend::First), (2026, Trend::Better)]);
    let audits = d.audits(None).expect("audits");
    assert!(audits
        .iter()
        .any(|a| a.scheme == Some(AuditScheme::AmforiBsci)));

    let pdf = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        "2026-11-23T10:00:00Z",
    )
    .expect("report");
    let text = flat(&pdf_text(&s, "yearly.pdf", &pdf));
    assert!(text.contains("Neemt deel aan: amfori BSCI"), "initiative");
    assert!(
        text.contains("Sociale audit (amfori BSCI)"),
        "scheme in the audit table"
    );
    assert!(
        text.contains("Ernstige bevindingen"),
        "result in the audit table"
    );
    assert!(
        text.contains("Bij 4 leveranciers is nagegaan"),
        "agreement summary"
    );
    assert!(
        text.contains("beter bij 1 en slechter bij 1"),
        "agreement trend"
    );
    // Step 6: the criteria read against UN principle 31, with the route to the NCP.
    let solid = solid(&text);
    assert!(solid.contains("VN-principe31"), "principle 31 column");
    assert!(
        solid.contains("Ingesprekmetgebruikersa,h"),
        "criterion and letters"
    );
    assert!(
        text.contains("h. Gebaseerd op overleg en dialoog"),
        "legend"
    );
    assert!(text.contains("(www.oesorichtlijnen.nl)"), "the NCP");
    // Upheld and resolved are two facts: the status counts say which were upheld, the
    // closed ones say whether the matter was resolved.
    assert!(text.contains("Gegrond (1)"), "upheld in the status counts");
    assert!(
        text.contains("Afgesloten: 1. Daarvan opgelost voor wie de klacht indiende: 1."),
        "resolved among the closed"
    );
}

#[test]
fn the_action_plan_shows_the_prepared_exit_and_the_public_report_does_not() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("exit-report.kkdossier")).expect("open");
    let now = "2026-11-23T10:00:00Z";
    let plan = report::make(
        &d,
        ReportKind::ActionPlan,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        now,
    )
    .expect("action plan");
    let text = flat(&pdf_text(&s, "plan.pdf", &plan));
    assert!(
        text.contains("Verantwoord vertrekken bij “Afbouwen bij de spinnerij"),
        "heading"
    );
    assert!(
        text.contains("Opzegtermijn en afbouw van de orders Drie maanden, met afnemende orders."),
        "an answered question"
    );
    assert!(
        text.contains("Wat betekent het vertrek voor de werknemers? (nog open)"),
        "an open question"
    );
    let public = report::make(
        &d,
        ReportKind::Communication,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        now,
    )
    .expect("communication report");
    let public = flat(&pdf_text(&s, "public.pdf", &public));
    assert!(
        !public.contains("Drie maanden, met afnemende orders"),
        "exit kept inside"
    );
}
