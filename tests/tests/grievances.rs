//! Steps 5 and 6 on real dossier files: the communication log, the grievance workflow
//! with its deadlines on fixed dates, remedies checked against the involvement, the
//! dashboard and reminders computed from them, and the JSON backup keeping everything.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::json;
use ketenkompas::model::grievance::{
    GrievanceChannel, GrievanceDeadline, GrievanceStatus, RemedyForm, RemedyStatus,
};
use ketenkompas::model::risk::{
    AffectedGroup, Decision, InformationSource, Involvement, Location, Theme,
};
use ketenkompas::model::{Grievance, GrievanceMechanism, Remedy, Risk};
use ketenkompas::remediation::RemedyRole;
use ketenkompas::reminders::ReminderKind;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

fn new_risk(title: &str) -> Risk {
    Risk {
        id: 0,
        title: title.into(),
        theme: Theme::HealthSafety,
        description: None,
        location: Location::OwnOperations,
        country: Some("NL".into()),
        item: None,
        item_id: None,
        supplier_id: None,
        sold_item_id: None,
        actual: false,
        affected_groups: vec![AffectedGroup::Workers],
        sources: vec![InformationSource::SiteVisit],
        own_contribution: None,
        assessment: None,
        involvement: None,
        consulted: None,
        decision: Decision::Prioritised,
        decision_reason: None,
        review_date: None,
        rank_override: None,
        decision_confirmed: false,
        sensitive: false,
    }
}

fn findings(d: &Dossier, step: usize, today: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let s = &d.dashboard_on(today).expect("dashboard").steps[step - 1];
    let codes = |f: &Vec<ketenkompas::dashboard::Finding>| {
        f.iter().map(|x| x.code.clone()).collect::<Vec<_>>()
    };
    (codes(&s.done), codes(&s.missing), codes(&s.overdue))
}

#[test]
fn a_grievance_goes_through_its_steps_and_its_deadlines_show_on_the_dashboard() {
    let s = Scratch::new();
    let path = s.path("d.kkdossier");
    let mut d = Dossier::create(&path, "Smederij Post B.V.", 2026).expect("new");
    let g = d
        .save_grievance(&Grievance {
            theme: Some(Theme::HealthSafety),
            country: Some("pl".into()),
            ..Grievance::new(
                "2026-03-02",
                GrievanceChannel::Email,
                "Geen gehoorbescherming in de gieterij",
            )
        })
        .expect("saved");
    assert_eq!(g.country.as_deref(), Some("PL"));
    // On the day of the deadline nothing is overdue; the day after, acknowledging is.
    assert!(d.reminders("2026-03-09").expect("reminders").is_empty());
    let (_, _, overdue) = findings(&d, 6, "2026-03-10");
    assert_eq!(overdue, vec!["step6.acknowledge_overdue"]);
    let r = d.reminders("2026-03-10").expect("reminders");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].kind, ReminderKind::GrievanceAcknowledge);
    assert_eq!((r[0].step, r[0].date.as_str()), (6, "2026-03-09"));
    // The reminder names the grievance by number only.
    assert_eq!(r[0].subject, format!("#{}", g.id));

    // The mechanism's deadlines are the user's: 14 days makes it in time again.
    d.save_grievance_mechanism(&GrievanceMechanism {
        acknowledge_days: 14,
        ..GrievanceMechanism::default()
    })
    .expect("mechanism");
    assert!(d.reminders("2026-03-10").expect("reminders").is_empty());

    d.advance_grievance(
        g.id,
        GrievanceStatus::Acknowledged,
        "2026-03-11",
        None,
        None,
    )
    .expect("acknowledged");
    d.advance_grievance(
        g.id,
        GrievanceStatus::UnderAssessment,
        "2026-03-20",
        None,
        None,
    )
    .expect("assessing");
    let skip = d
        .advance_grievance(
            g.id,
            GrievanceStatus::Closed,
            "2026-03-21",
            None,
            Some(true),
        )
        .expect_err("not decided yet");
    assert_eq!(skip.code(), "input.invalid");
    // Sixty days after receipt without a decision.
    let (_, _, overdue) = findings(&d, 6, "2026-05-02");
    assert_eq!(overdue, vec!["step6.decision_overdue"]);
    d.advance_grievance(
        g.id,
        GrievanceStatus::Upheld,
        "2026-05-04",
        Some("Gehoorbescherming verplicht gesteld".into()),
        None,
    )
    .expect("decided");
    // Closing asks whether the matter was resolved for the reporter.
    let unsaid = d
        .advance_grievance(g.id, GrievanceStatus::Closed, "2026-05-10", None, None)
        .expect_err("resolved unsaid");
    assert_eq!(unsaid.code(), "input.required");
    d.advance_grievance(
        g.id,
        GrievanceStatus::Closed,
        "2026-05-10",
        None,
        Some(true),
    )
    .expect("closed");
    drop(d);

    // A new process sees the same.
    let d = Dossier::open(&path).expect("reopen");
    let list = d.grievance_summaries("2026-06-01").expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].status, GrievanceStatus::Closed);
    let stored = d.grievance(g.id).expect("stored");
    assert_eq!(
        (stored.decision, stored.resolved),
        (
            Some(ketenkompas::model::grievance::GrievanceDecision::Upheld),
            Some(true)
        )
    );
    assert_eq!(list[0].late, vec![GrievanceDeadline::Decide]);
    assert!(list[0].overdue.is_empty());
    let (done, _, overdue) = findings(&d, 6, "2026-06-01");
    assert!(done.contains(&"step6.grievances_decided".to_string()));
    assert!(overdue.is_empty());
}

#[test]
fn remedy_is_for_actual_impacts_and_follows_the_involvement_unless_explained() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("d.kkdossier"), "Smederij Post B.V.", 2026).expect("new");
    let potential = d
        .save_risk(&new_risk("Silicastof bij de gieterij"))
        .expect("risk");
    let actual = d
        .save_risk(&Risk {
            actual: true,
            involvement: Some(Involvement::Causes),
            ..new_risk("Gehoorschade in eigen werkplaats")
        })
        .expect("risk");
    let remedy = Remedy {
        id: 0,
        risk_id: potential.id,
        grievance_id: None,
        form: RemedyForm::Compensation,
        description: "Vergoeding van gehoorapparaten".into(),
        role: RemedyRole::ProvideFull,
        role_reason: None,
        consulted: Some("De betrokken medewerkers".into()),
        status: RemedyStatus::Planned,
        started_on: None,
        completed_on: None,
    };
    let err = d.save_remedy(&remedy).expect_err("potential impact");
    assert_eq!(err.code(), "input.invalid");
    let (_, missing, _) = findings(&d, 6, "2026-06-01");
    assert!(missing.contains(&"step6.impacts_without_remedy".to_string()));
    // The register offers the actual impact with the role its involvement calls for.
    let impacts = d.impacts_for_remedy().expect("impacts");
    assert_eq!(impacts.len(), 1);
    assert_eq!(impacts[0].risk_id, actual.id);
    assert_eq!(impacts[0].expected_role, Some(RemedyRole::ProvideFull));
    // Causing the harm calls for full remedy; leverage alone needs a reason.
    let err = d
        .save_remedy(&Remedy {
            risk_id: actual.id,
            role: RemedyRole::UseLeverage,
            ..remedy.clone()
        })
        .expect_err("role without reason");
    assert_eq!(err.code(), "input.required");
    let saved = d
        .save_remedy(&Remedy {
            risk_id: actual.id,
            ..remedy
        })
        .expect("remedy");
    assert_eq!(d.remedies().expect("list"), vec![saved]);
    let (_, missing, _) = findings(&d, 6, "2026-06-01");
    assert!(!missing.contains(&"step6.impacts_without_remedy".to_string()));
    // Deleting the impact deletes its remedy.
    d.delete_risk(actual.id).expect("delete");
    assert!(d.remedies().expect("list").is_empty());
}

#[test]
fn the_sample_shows_steps_5_and_6_and_the_backup_keeps_every_confidential_part() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("sample.kkdossier")).expect("sample");
    let today = "2026-11-23";
    let list = d.grievance_summaries(today).expect("grievances");
    let statuses: Vec<GrievanceStatus> = list.iter().map(|g| g.status).collect();
    assert_eq!(
        statuses,
        vec![
            GrievanceStatus::Closed,
            GrievanceStatus::Upheld,
            GrievanceStatus::Closed,
            GrievanceStatus::UnderAssessment
        ]
    );
    // The last one is past its decision deadline.
    assert_eq!(list[3].overdue, vec![GrievanceDeadline::Decide]);
    let (done, missing, overdue) = findings(&d, 6, today);
    assert_eq!(overdue, vec!["step6.decision_overdue"]);
    assert!(done.contains(&"step6.mechanism_described".to_string()));
    assert!(done.contains(&"step6.remedies_provided".to_string()));
    assert!(missing.contains(&"step6.criteria_unjudged".to_string()));
    let (done, _, _) = findings(&d, 5, today);
    assert!(done.contains(&"step5.communications".to_string()));
    assert!(done.contains(&"step5.stakeholders".to_string()));
    assert_eq!(d.remedies().expect("remedies").len(), 3);
    assert_eq!(d.communication_log().expect("log").len(), 4);

    // The full backup keeps the confidential parts and reads back the same.
    let doc = json::export(&d).expect("export");
    assert_eq!(doc.grievances.len(), 4);
    assert!(doc.grievances[0].reporter_contact.is_some());
    assert!(doc.grievance_mechanism.is_some());
    let text = json::to_text(&doc);
    let again = json::import_new(
        &s.path("copy.kkdossier"),
        &json::parse(&text).expect("parse"),
    )
    .expect("import");
    assert_eq!(json::to_text(&json::export(&again).expect("export")), text);
}

#[test]
fn a_backup_with_a_broken_grievance_or_remedy_is_refused_and_nothing_is_written() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("sample.kkdossier")).expect("sample");
    let doc = json::export(&d).expect("export");
    let mut bad = doc.clone();
    bad.grievances[0].acknowledged_on = Some("2020-01-01".into());
    let err = json::parse(&json::to_text(&bad)).expect_err("before receipt");
    assert_eq!(err.code(), "input.invalid");
    let mut bad = doc.clone();
    // A remedy pointing at a potential impact.
    let potential = bad
        .risks
        .iter()
        .position(|r| !r.risk.actual)
        .expect("a potential risk") as i64
        + 1;
    bad.remedies[0].risk_id = potential;
    let err = json::parse(&json::to_text(&bad)).expect_err("potential");
    assert_eq!(err.code(), "json.invalid");
    let target = s.path("never.kkdossier");
    assert!(json::import_new(&target, &bad).is_err());
    assert!(!target.exists());
}
