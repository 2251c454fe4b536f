//! Steps 3 and 4 on real dossier files: the reminders on fixed dates, evidence files
//! kept inside the dossier with their size limit, the plan guidance on stored actions,
//! and the dashboard status of steps 3 and 4.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::guidance::Advice;
use ketenkompas::messages::Lang;
use ketenkompas::model::action::{ActionStatus, MeasureType, EVIDENCE_MAX_BYTES};
use ketenkompas::model::{Action, Certification, Supplier};
use ketenkompas::reminders::ReminderKind;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

fn kinds(d: &Dossier, today: &str) -> Vec<(ReminderKind, String)> {
    d.reminders(today)
        .expect("reminders")
        .into_iter()
        .map(|r| (r.kind, r.date))
        .collect()
}

#[test]
fn the_sample_reminds_of_what_is_overdue_or_expiring_on_a_given_day() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("v.kkdossier")).expect("open");
    use ReminderKind::*;
    assert_eq!(
        kinds(&d, "2026-11-23"),
        [
            (ActionOverdue, "2026-08-31".to_string()),
            (CertificateExpired, "2026-08-31".to_string()),
            (CapOverdue, "2026-09-30".to_string()),
            // The works council's remark on the policy still waits for a follow-up.
            (EngagementFollowUp, "2026-10-06".to_string()),
            // Four suppliers of the 2026 questionnaire round have not answered.
            (SurveyOverdue, "2026-10-15".to_string()),
            // The grievance about union members in Turkey is past its decision deadline.
            (GrievanceDecide, "2026-11-13".to_string()),
            (PolicyReviewDue, "2026-11-15".to_string()),
            (CertificateExpiring, "2026-12-15".to_string()),
        ]
    );
    // Earlier in the year nothing was late yet; the certificate of 2026-12-15 was not
    // within 60 days on 2026-10-15, and was on 2026-10-16.
    assert!(!kinds(&d, "2026-08-31")
        .iter()
        .any(|(k, _)| *k != ReminderKind::CertificateExpiring));
    assert!(!kinds(&d, "2026-10-15").contains(&(CertificateExpiring, "2026-12-15".into())));
    assert!(kinds(&d, "2026-10-16").contains(&(CertificateExpiring, "2026-12-15".into())));
}

#[test]
fn certificates_of_an_ended_relationship_are_not_reminded() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("c.kkdossier"), "C B.V.", 2026).expect("create");
    let sup = d.save_supplier(&Supplier::named("Atelier")).expect("s");
    d.save_certification(&Certification {
        id: 0,
        supplier_id: sup.id,
        scheme: "SA8000".into(),
        reference: None,
        valid_until: Some("2026-12-01".into()),
    })
    .expect("cert");
    assert_eq!(kinds(&d, "2026-11-23").len(), 1);
    let mut ended = d.supplier(sup.id).expect("s");
    ended.ended_on = Some("2026-11-01".into());
    assert_eq!(
        d.save_supplier(&ended).expect_err("impact").code(),
        "input.required"
    );
    ended.exit_impact =
        Some("Geen werk verloren: de productie ging naar een zusterbedrijf.".into());
    d.save_supplier(&ended).expect("ended");
    assert!(kinds(&d, "2026-11-23").is_empty());
}

fn action(risk_id: i64, measure: MeasureType, deadline: &str) -> Action {
    ketenkompas_tests::planned_action(risk_id, &format!("{measure:?}"), measure, deadline)
}

#[test]
fn evidence_stays_inside_the_dossier_and_a_too_large_file_stores_nothing() {
    let s = Scratch::new();
    let path = s.sample("v.kkdossier");
    let mut d = Dossier::open(&path).expect("open");
    let risk = d.risk_register(Lang::Nl).expect("reg").rows[0].risk.id;
    let a = d
        .save_action(&action(risk, MeasureType::UseLeverage, "2027-01-31"))
        .expect("action");
    let before = d.action_plans("2026-11-23", Lang::Nl).expect("plans");
    let count = |plans: &[ketenkompas::views::action_plans::RiskPlan]| -> usize {
        plans
            .iter()
            .flat_map(|p| &p.actions)
            .map(|x| x.evidence.len())
            .sum()
    };
    let big = vec![0u8; EVIDENCE_MAX_BYTES + 1];
    let err = d
        .add_evidence(a.id, "video.mp4", &big, "2026-11-23")
        .expect_err("too large");
    assert_eq!(err.code(), "evidence.too_large");
    assert_eq!(err.params().get("max_mb").map(String::as_str), Some("10"));
    assert_eq!(
        count(&d.action_plans("2026-11-23", Lang::Nl).expect("p")),
        count(&before)
    );
    let pdf = b"%PDF-1.4 auditrapport".to_vec();
    let e = d
        .add_evidence(a.id, "audit.pdf", &pdf, "2026-11-23")
        .expect("stored");
    assert_eq!(e.size, pdf.len() as u64);
    drop(d);
    // The dossier is still one file: the content comes back after reopening it.
    let files = s.files();
    assert_eq!(files, ["v.kkdossier"], "no side files: {files:?}");
    let d = Dossier::open(&path).expect("reopen");
    assert_eq!(
        d.evidence_content(e.id).expect("content"),
        ("audit.pdf".to_string(), pdf)
    );
}

#[test]
fn stored_plans_get_the_guidance_of_their_risk_and_count_on_the_dashboard() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("v.kkdossier")).expect("open");
    let plans = d.action_plans("2026-11-23", Lang::Nl).expect("plans");
    let overtime = plans
        .iter()
        .find(|p| p.risk.title == "Excessief overwerk in piekperiodes")
        .expect("overtime");
    assert_eq!(overtime.advice, [Advice::ContributesNeedsOwnChange]);
    // Adding the missing own change makes the plan fit.
    d.save_action(&action(
        overtime.risk.id,
        MeasureType::StopContribution,
        "2027-03-31",
    ))
    .expect("save");
    let plans = d.action_plans("2026-11-23", Lang::Nl).expect("plans");
    let overtime = plans
        .iter()
        .find(|p| p.risk.title == "Excessief overwerk in piekperiodes")
        .expect("overtime");
    assert!(overtime.advice.is_empty());
    let dash = d.dashboard_on("2026-11-23").expect("dash");
    let (step3, step4) = (&dash.steps[2], &dash.steps[3]);
    let has = |list: &Vec<ketenkompas::dashboard::Finding>, code: &str| {
        list.iter().any(|f| f.code == code)
    };
    assert!(has(&step3.overdue, "step3.actions_overdue"));
    assert!(has(&step3.missing, "step3.risks_without_plan"));
    assert!(has(&step3.done, "step3.practices_recorded"));
    assert!(has(&step4.overdue, "step4.cap_overdue"));
    assert!(has(&step4.overdue, "step4.certificates_expiring"));
    assert!(has(&step4.done, "step4.kpis_measured"));
    // An action must belong to an existing risk.
    assert_eq!(
        d.save_action(&action(999, MeasureType::UseLeverage, "2027-01-31"))
            .expect_err("no risk")
            .code(),
        "record.not_found"
    );
}

fn escalation_count(d: &Dossier, today: &str) -> Option<i64> {
    d.dashboard_on(today).expect("dashboard").steps[2]
        .overdue
        .iter()
        .find(|f| f.code == "step3.plans_need_escalation")
        .and_then(|f| f.count)
}

#[test]
fn a_measure_judged_partly_effective_twice_asks_for_a_step_up_until_it_works() {
    use ketenkompas::guidance::EscalationStep::*;
    use ketenkompas::model::action::Effectiveness;
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("v.kkdossier")).expect("open");
    let today = "2026-12-06";
    let wages = "Lonen onder het leefbaar loon";
    let plan_of = |d: &Dossier| {
        d.action_plans(today, Lang::Nl)
            .expect("plans")
            .into_iter()
            .find(|p| p.risk.title == wages)
            .expect("the wage plan")
    };
    let plan = plan_of(&d);
    let e = plan
        .escalation
        .clone()
        .expect("the sample's wage plan needs escalation");
    assert_eq!(e.failed, MeasureType::UseLeverage);
    assert_eq!(
        e.next,
        [
            IncreaseLeverage,
            Collaborate,
            SuspendWithConditions,
            ResponsiblyDisengage
        ]
    );
    assert_eq!(escalation_count(&d, today), Some(1));
    // The action plan report says so.
    let pdf = ketenkompas::report::make(
        &d,
        ketenkompas::report::ReportKind::ActionPlan,
        2026,
        Lang::Nl,
        ketenkompas::report::ReportFormat::Pdf,
        "2026-12-06T10:00:00Z",
    )
    .expect("action plan");
    let text =
        ketenkompas_tests::pdf::flat(&ketenkompas_tests::pdf::pdf_text(&s, "actieplan.pdf", &pdf));
    assert!(text.contains("Tijd voor een volgende stap"), "{text}");
    assert!(text.contains("relatie tijdelijk opschorten"), "{text}");

    // A step up under way answers it.
    let project = plan
        .actions
        .iter()
        .find(|a| a.action.measure == MeasureType::UseLeverage)
        .expect("the wage project")
        .action
        .clone();
    let shared = d
        .save_action(&Action {
            id: 0,
            title: "Samen met twee andere afnemers loonafspraken maken".into(),
            measure: MeasureType::IncreaseLeverage,
            status: ActionStatus::Planned,
            ..project.clone()
        })
        .expect("step up");
    assert_eq!(plan_of(&d).escalation, None);
    assert_eq!(escalation_count(&d, today), None);
    d.delete_action(shared.id).expect("undo");
    assert!(plan_of(&d).escalation.is_some());
    // So does a later note that judges the measure effective.
    d.save_action_update(&ketenkompas::model::ActionUpdate {
        id: 0,
        action_id: project.id,
        written_on: "2026-11-30".into(),
        progress: "De tweede loonsverhoging is toch doorgegaan.".into(),
        effectiveness: Effectiveness::Effective,
    })
    .expect("note");
    assert_eq!(plan_of(&d).escalation, None);
    assert_eq!(escalation_count(&d, today), None);
}

#[test]
fn a_responsible_exit_is_done_only_with_its_questions_answered_and_ends_the_relationship() {
    use ketenkompas::model::action::ExitPlan;
    let s = Scratch::new();
    let path = s.sample("exit.kkdossier");
    let mut d = Dossier::open(&path).expect("open");
    // The sample prepares leaving the spinning mill, with a written reason.
    let mut exit = d
        .actions()
        .expect("actions")
        .into_iter()
        .find(|a| a.measure == MeasureType::ResponsibleDisengagement)
        .expect("a disengagement");
    let supplier = exit.supplier_id.expect("its supplier");
    let plan_advice = |d: &Dossier, risk: i64| -> Vec<Advice> {
        d.action_plans("2026-11-23", Lang::Nl)
            .expect("plans")
            .into_iter()
            .find(|p| p.risk.id == risk)
            .expect("plan")
            .advice
    };
    assert!(exit.exit_explained());
    assert!(!plan_advice(&d, exit.risk_id).contains(&Advice::DisengagementTooEarly));

    // Done while the effect on workers, informing them and the end date are open:
    // refused, and the supplier's record is untouched.
    exit.status = ActionStatus::Done;
    assert_eq!(
        d.save_action(&exit).expect_err("open questions").code(),
        "action.exit_incomplete"
    );
    assert_eq!(d.supplier(supplier).expect("supplier").ended_on, None);

    // Answered in full: saved, and the relationship ends with the exit's answers.
    let answers = ExitPlan {
        workers: Some("De spinnerij verliest 4% van haar orders; geen ontslagen verwacht.".into()),
        informed: Some("Brief aan het werknemerscomité en de vakbond, een maand vooraf.".into()),
        ends_on: Some("2027-04-30".into()),
        ..exit.exit.clone().expect("exit plan")
    };
    exit.exit = Some(answers.clone());
    d.save_action(&exit).expect("done");
    let ended = d.supplier(supplier).expect("supplier");
    assert_eq!(ended.ended_on.as_deref(), Some("2027-04-30"));
    assert_eq!(ended.exit_impact, answers.workers);
    drop(d);

    let mut d = Dossier::open(&path).expect("reopen");
    let stored = d
        .actions()
        .expect("actions")
        .into_iter()
        .find(|a| a.id == exit.id)
        .expect("stored");
    assert_eq!(stored.exit.as_ref(), Some(&answers));
    // Without its reason, and no leverage judged not to work, leaving is too early.
    let mut unexplained = stored.clone();
    unexplained.status = ActionStatus::Planned;
    unexplained.exit = Some(ExitPlan {
        reason: None,
        ..answers.clone()
    });
    d.save_action(&unexplained).expect("planned");
    assert!(plan_advice(&d, exit.risk_id).contains(&Advice::DisengagementTooEarly));
    // Another measure keeps no exit plan.
    let other = d
        .save_action(&Action {
            id: 0,
            exit: Some(answers),
            ..action(exit.risk_id, MeasureType::UseLeverage, "2027-01-31")
        })
        .expect("leverage");
    assert_eq!(other.exit, None);
    // Deleting the disengagement takes its exit plan along.
    d.delete_action(exit.id).expect("delete");
    let raw = rusqlite::Connection::open(&path).expect("raw");
    let left: i64 = raw
        .query_row("SELECT count(*) FROM action_exit", [], |r| r.get(0))
        .expect("count");
    assert_eq!(left, 0);
}

#[test]
fn the_practices_of_one_form_are_saved_together_or_not_at_all() {
    use ketenkompas::model::action::{Practice, PracticeCheck};
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("p.kkdossier"), "Inkoop B.V.", 2026).expect("create");
    let a = d.save_supplier(&Supplier::named("A")).expect("a").id;
    let check = |supplier_id, practice, note: Option<String>| PracticeCheck {
        supplier_id,
        practice,
        applied: true,
        note,
    };
    // A note too long, or a supplier that is not there: nothing of the form is kept.
    for bad in [
        check(a, Practice::PricesCoverWages, Some("x".repeat(5000))),
        check(a + 99, Practice::PricesCoverWages, None),
    ] {
        d.save_practices(&[check(a, Practice::PayOnTime, None), bad])
            .expect_err("refused");
        assert!(d.purchasing_practices().expect("list").is_empty());
    }
    d.save_practices(&[
        check(a, Practice::PayOnTime, None),
        check(a, Practice::PricesCoverWages, None),
    ])
    .expect("both");
    assert_eq!(d.purchasing_practices().expect("list").len(), 2);
}
