//! The dashboard counts in the database what the registers show record by record (it
//! must stay fast on a large dossier). These tests hold the two ways of counting equal,
//! on a generated dossier of size M and on the sample.

#![allow(clippy::expect_used, clippy::panic)]

use std::collections::HashSet;

use ketenkompas::dashboard::Dashboard;
use ketenkompas::messages::Lang;
use ketenkompas::model::action::ActionStatus;
use ketenkompas::model::risk::Decision;
use ketenkompas::model::supplier::CodeOfConduct;
use ketenkompas::Dossier;
use ketenkompas_tests::large::{self, Size};
use ketenkompas_tests::Scratch;

fn count(dash: &Dashboard, code: &str) -> i64 {
    dash.steps
        .iter()
        .flat_map(|s| {
            s.done
                .iter()
                .chain(&s.missing)
                .chain(&s.overdue)
                .chain(&s.later)
        })
        .find(|f| f.code == code)
        .map(|f| f.count.unwrap_or(1))
        .unwrap_or(0)
}

fn check(d: &Dossier, today: &str) {
    let dash = d.dashboard_on(today).expect("dashboard");
    let register = d.risk_register(Lang::Nl).expect("register");
    let risks: Vec<_> = register.rows.iter().map(|r| &r.risk).collect();
    let assessed = risks.iter().filter(|r| r.assessment.is_some()).count() as i64;
    assert_eq!(count(&dash, "step2.risks_recorded"), risks.len() as i64);
    assert_eq!(count(&dash, "step2.risks_assessed"), assessed);
    assert_eq!(
        count(&dash, "step2.risks_unassessed"),
        risks.len() as i64 - assessed
    );
    let undecided = risks
        .iter()
        .filter(|r| r.assessment.is_some() && r.decision == Decision::Open)
        .count() as i64;
    assert_eq!(count(&dash, "step2.risks_undecided"), undecided);
    let due = risks
        .iter()
        .filter(|r| r.decision == Decision::Deferred)
        .filter(|r| r.review_date.as_deref().is_some_and(|x| x <= today))
        .count() as i64;
    assert_eq!(count(&dash, "step2.review_due"), due);

    let policy = d.policy_overview(today).expect("policy");
    if !policy.versions.is_empty() {
        assert_eq!(
            count(&dash, "step1.risks_outside_policy"),
            policy.uncovered_risks.len() as i64
        );
    }

    let plans = d.action_plans(today, Lang::Nl).expect("plans");
    let prioritised: Vec<_> = plans
        .iter()
        .filter(|p| p.risk.decision == Decision::Prioritised)
        .collect();
    let actions: usize = plans.iter().map(|p| p.actions.len()).sum();
    assert_eq!(count(&dash, "step3.actions"), actions as i64);
    assert_eq!(
        count(&dash, "step3.risks_without_plan"),
        prioritised.iter().filter(|p| p.actions.is_empty()).count() as i64
    );
    assert_eq!(
        count(&dash, "step3.plans_not_fitting"),
        prioritised
            .iter()
            .filter(|p| !p.actions.is_empty() && !p.advice.is_empty())
            .count() as i64
    );
    let late = plans
        .iter()
        .flat_map(|p| &p.actions)
        .filter(|a| a.overdue)
        .count() as i64;
    assert_eq!(count(&dash, "step3.actions_overdue"), late);

    let all: Vec<_> = plans.iter().flat_map(|p| &p.actions).collect();
    let updated: HashSet<i64> = all
        .iter()
        .filter(|a| !a.updates.is_empty())
        .map(|a| a.action.id)
        .collect();
    let updates: usize = all.iter().map(|a| a.updates.len()).sum();
    assert_eq!(count(&dash, "step4.updates"), updates as i64);
    assert_eq!(
        count(&dash, "step4.actions_without_update"),
        all.iter()
            .filter(|a| a.action.status == ActionStatus::InProgress)
            .filter(|a| !updated.contains(&a.action.id))
            .count() as i64
    );

    let suppliers = d.suppliers().expect("suppliers");
    let direct: Vec<_> = suppliers.iter().filter(|s| s.tier == 1).collect();
    for (code, status) in [
        ("step1.code_not_sent", CodeOfConduct::NotSent),
        ("step1.code_awaited", CodeOfConduct::Sent),
        ("step1.code_signed", CodeOfConduct::Signed),
    ] {
        assert_eq!(
            count(&dash, code),
            direct
                .iter()
                .filter(|s| s.code_of_conduct == status)
                .count() as i64,
            "{code}"
        );
    }
    assert_eq!(
        count(&dash, "step2.suppliers_recorded"),
        suppliers.len() as i64
    );

    let remedied: HashSet<i64> = d
        .remedies()
        .expect("remedies")
        .iter()
        .map(|r| r.risk_id)
        .collect();
    assert_eq!(
        count(&dash, "step6.impacts_without_remedy"),
        risks
            .iter()
            .filter(|r| r.actual && !remedied.contains(&r.id))
            .count() as i64
    );
    // Reminders of overdue actions agree with the plans too.
    let reminders = d.reminders(today).expect("reminders");
    let overdue_actions = reminders
        .iter()
        .filter(|r| r.kind == ketenkompas::reminders::ReminderKind::ActionOverdue)
        .count() as i64;
    assert_eq!(overdue_actions, late);
    // The navigation's counts per step are those of the list.
    let per_step = d.reminder_counts(today).expect("counts");
    for step in 1..=6u8 {
        let n = reminders.iter().filter(|r| r.step == step).count() as u32;
        let counted = per_step.iter().find(|c| c.step == step).map(|c| c.count);
        assert_eq!(counted.unwrap_or(0), n, "step {step} on {today}");
        assert_ne!(counted, Some(0), "no step with a count of 0");
    }
    // Step 4 counts the supplier reminders without the rest of the list.
    use ketenkompas::reminders::ReminderKind;
    for (kind, code) in [
        (ReminderKind::CapOverdue, "step4.cap_overdue"),
        (
            ReminderKind::CertificateExpired,
            "step4.certificates_expired",
        ),
        (
            ReminderKind::CertificateExpiring,
            "step4.certificates_expiring",
        ),
    ] {
        let n = reminders.iter().filter(|r| r.kind == kind).count() as i64;
        assert_eq!(count(&dash, code), n, "{code} on {today}");
    }
    // KPIs: counted without loading every measurement.
    let kpis = d.kpis().expect("kpis");
    assert_eq!(
        count(&dash, "step1.kpis_not_smart"),
        kpis.iter().filter(|k| !k.missing.is_empty()).count() as i64
    );
    assert_eq!(
        count(&dash, "step4.kpis_measured"),
        kpis.iter().filter(|k| !k.measurements.is_empty()).count() as i64
    );
}

#[test]
fn dashboard_counts_match_the_registers_on_a_generated_dossier() {
    let s = Scratch::new();
    let d = large::create(&s.path("m.kkdossier"), Size::M, 2026);
    for today in ["2026-03-01", "2026-11-23", "2027-12-31"] {
        check(&d, today);
    }
}

#[test]
fn dashboard_counts_match_the_registers_on_the_sample() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("v.kkdossier")).expect("open");
    for today in ["2025-06-01", "2026-11-23"] {
        check(&d, today);
    }
    // The sample has something in each count that these tests hold equal.
    let dash = d.dashboard_on("2026-11-23").expect("dashboard");
    for code in [
        "step3.risks_without_plan",
        "step3.plans_not_fitting",
        "step4.actions_without_update",
        "step4.kpis_measured",
    ] {
        assert!(count(&dash, code) > 0, "{code} is 0 in the sample");
    }
}
