//! Maturity per step (B3). Every check behind a suggestion is shown to decide: on the
//! sample's 2026, each check is changed by one edit of the document and the check and the
//! step's level follow; a level never counts on top of a level not reached (step 2 not at
//! 3 while no chain is mapped). The company's judgement: another level needs a reason, a
//! closed year keeps its judgement, the JSON carries it, the CLI prints it.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::json::{self, DossierJson};
use ketenkompas::maturity::{Assessment, Suggestion};
use ketenkompas::model::action::{ActionStatus, Effectiveness};
use ketenkompas::model::grievance::CriterionAssessment;
use ketenkompas::model::risk::Decision;
use ketenkompas::report::{self, maturity::suggestions, model};
use ketenkompas::Dossier;
use ketenkompas_tests::{frozen_content, replace_frozen_content, Scratch};

const AS_OF: &str = "2026-12-07";

fn sample_doc(s: &Scratch) -> DossierJson {
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    json::export(&d).expect("export")
}

fn judged(doc: &DossierJson) -> Vec<Suggestion> {
    let mut doc = doc.clone();
    json::prioritise(&mut doc);
    suggestions(&model::build(&doc, 2026, None, AS_OF))
}

fn holds(s: &[Suggestion], code: &str) -> bool {
    s.iter()
        .flat_map(|x| x.checks.iter())
        .find(|c| c.code == code)
        .unwrap_or_else(|| panic!("no check {code}"))
        .holds
}

type Edit = fn(&mut DossierJson);

/// One edit per check that turns it around on the sample.
const EDITS: &[(&str, Edit)] = &[
    ("policy_recorded", |d| d.policy_versions.clear()),
    ("policy_complete", |d| {
        use ketenkompas::model::policy::{PolicyElement, PolicyElementCode};
        for p in &mut d.policy_versions {
            p.elements = PolicyElementCode::ALL
                .iter()
                .map(|c| PolicyElement {
                    element: *c,
                    covered: true,
                    location: None,
                })
                .collect();
        }
    }),
    ("policy_communicated", |d| d.policy_communications.clear()),
    ("roles_assigned", |d| {
        for x in &mut d.departments {
            x.responsible = None;
        }
    }),
    ("resources_set", |d| d.preconditions = None),
    ("code_signed_half", |d| {
        for s in &mut d.suppliers {
            s.code_of_conduct = ketenkompas::model::supplier::CodeOfConduct::Signed;
            s.code_of_conduct_on = Some("2026-01-10".into());
        }
    }),
    ("policy_review_planned", |d| {
        for p in &mut d.policy_versions {
            p.next_review = Some("2027-06-30".into());
        }
    }),
    ("risks_recorded", |d| {
        d.risks.clear();
        d.kpis.iter_mut().for_each(|k| k.risk_id = None);
        d.actions.clear();
        d.action_updates.clear();
        d.evidence.clear();
        d.remedies.clear();
    }),
    ("chain_mapped", |d| {
        d.purchased_items.clear();
    }),
    ("risks_decided", |d| {
        for r in &mut d.risks {
            r.risk.decision = Decision::Open;
        }
    }),
    ("stakeholders_consulted", |d| {
        for r in &mut d.risks {
            r.risk.consulted = None;
        }
    }),
    ("all_decided", |d| {
        for r in &mut d.risks {
            if r.risk.decision == Decision::Open {
                r.risk.decision = Decision::Prioritised;
            }
        }
    }),
    ("reviews_on_time", |d| {
        for r in &mut d.risks {
            if r.risk.decision == Decision::Deferred {
                r.risk.review_date = Some("2026-01-31".into());
            }
        }
    }),
    ("measures_planned", |d| {
        d.actions.clear();
        d.action_updates.clear();
        d.evidence.clear();
    }),
    ("practices_checked", |d| d.purchasing_practices.clear()),
    ("none_overdue", |d| {
        for a in &mut d.actions {
            a.deadline = Some("2027-12-31".into());
        }
    }),
    ("measures_work", |d| {
        for u in &mut d.action_updates {
            u.effectiveness = Effectiveness::Effective;
        }
    }),
    ("effectiveness_judged", |d| {
        for u in &mut d.action_updates {
            u.effectiveness = Effectiveness::NotJudged;
        }
    }),
    ("kpis_measured", |d| {
        d.kpi_measurements
            .retain(|m| !m.measured_on.starts_with("2026"))
    }),
    ("suppliers_checked", |d| {
        d.audits.clear();
        d.cap_items.clear();
        d.agreement_checks.clear();
    }),
    ("communicated", |d| {
        d.communication_log.clear();
        d.policy_communications.clear();
    }),
    ("told_outside", |d| {
        d.communication_log
            .retain(|c| c.audience == ketenkompas::model::policy::Audience::Internal);
    }),
    ("stakeholders_engaged", |d| d.engagements.clear()),
    ("report_shared", |d| {
        for c in &mut d.communication_log {
            c.report_kind = None;
            c.report_year = None;
        }
    }),
    ("honest_review", |d| {
        for r in &mut d.year_reviews {
            r.dilemmas = Some("Een lastige keuze.".into());
            r.not_worked = Some("Een brief alleen werkte niet.".into());
        }
    }),
    ("mechanism_described", |d| {
        if let Some(m) = d.grievance_mechanism.as_mut() {
            m.description = None;
        }
    }),
    ("criteria_judged", |d| {
        if let Some(m) = d.grievance_mechanism.as_mut() {
            for c in ketenkompas::model::grievance::Criterion::ALL {
                if !m.criteria.iter().any(|x| x.criterion == *c) {
                    m.criteria
                        .push(ketenkompas::model::grievance::CriterionCheck {
                            criterion: *c,
                            assessment: CriterionAssessment::Met,
                            explanation: None,
                        });
                }
            }
        }
    }),
    ("actual_remedied", |d| d.remedies.clear()),
];

#[test]
fn every_check_decides_its_step_and_turns_with_one_edit() {
    let s = Scratch::new();
    let doc = sample_doc(&s);
    let before = judged(&doc);
    let mut covered = Vec::new();
    for (code, edit) in EDITS {
        let mut changed = doc.clone();
        edit(&mut changed);
        let after = judged(&changed);
        assert_ne!(
            holds(&before, code),
            holds(&after, code),
            "{code}: the edit does not turn the check"
        );
        // The step's level follows the ladder: never above a level with a failing check.
        for step in &after {
            let first_failing = step
                .checks
                .iter()
                .filter(|c| !c.holds)
                .map(|c| c.level)
                .min()
                .unwrap_or(6);
            assert_eq!(step.level, first_failing - 1, "{code}: step {}", step.step);
        }
        covered.push(*code);
    }
    // Every check of every step has an edit here, except the ones the sample cannot turn
    // with one edit (named, so that a new check must be added to this list or above).
    let hard = [
        "code_signed_most",
        "chains_complete_half",
        "every_prioritised_has_measure",
        "no_escalation_waiting",
        "kpis_reached_half",
        "grievances_on_time",
        "criteria_met",
        "progress_recorded",
    ];
    for step in &before {
        for c in &step.checks {
            assert!(
                covered.contains(&c.code.as_str()) || hard.contains(&c.code.as_str()),
                "check {} has no scenario",
                c.code
            );
        }
    }
}

#[test]
fn the_harder_checks_hold_only_on_their_facts() {
    let s = Scratch::new();
    let doc = sample_doc(&s);
    // Every prioritised risk with a measure, and none failing: steps 3's checks hold.
    let mut d = doc.clone();
    d.action_updates.clear();
    let n = d.risks.len() as i64;
    for pos in 1..=n {
        d.actions.push(ketenkompas::model::Action {
            risk_id: pos,
            status: ActionStatus::InProgress,
            ..d.actions[0].clone()
        });
    }
    let after = judged(&d);
    assert!(holds(&after, "every_prioritised_has_measure"));
    assert!(holds(&after, "no_escalation_waiting"));
    // No progress and no measured KPI: nothing to monitor, step 4 at level 1.
    let mut d = doc.clone();
    d.action_updates.clear();
    d.kpi_measurements.clear();
    let after = judged(&d);
    assert!(!holds(&after, "progress_recorded"));
    assert_eq!(after[3].level, 1);
    assert!(!holds(&after, "kpis_reached_half"));
    // Every criterion met: the mechanism's top check holds once every one is judged.
    let mut d = doc.clone();
    if let Some(m) = d.grievance_mechanism.as_mut() {
        m.criteria.clear();
        for c in ketenkompas::model::grievance::Criterion::ALL {
            m.criteria
                .push(ketenkompas::model::grievance::CriterionCheck {
                    criterion: *c,
                    assessment: CriterionAssessment::Met,
                    explanation: None,
                });
        }
    }
    assert!(holds(&judged(&d), "criteria_met"));
    // Every chain mapped to the raw material, and nine in ten suppliers signed.
    let mut d = doc.clone();
    d.purchased_items.truncate(0);
    let after = judged(&d);
    assert!(!holds(&after, "chains_complete_half"));
    assert_eq!(
        after[1].level, 2,
        "step 2 never reaches 3 while no chain is mapped"
    );
}

#[test]
fn a_new_dossier_starts_at_level_one_everywhere() {
    let s = Scratch::new();
    let p = s.path("nieuw.kkdossier");
    let d = Dossier::create(&p, "Nieuw B.V.", 2026).expect("create");
    let view = report::maturity_of(&d, 2026, "2026-12-07T10:00:00Z").expect("view");
    assert_eq!(
        view.lines.iter().map(|l| l.level()).collect::<Vec<_>>(),
        vec![1; 6]
    );
    assert!(!view.closed);
    assert_eq!(view.history.len(), 1);
}

#[test]
fn a_judgement_needs_a_reason_when_it_differs_and_a_closed_year_keeps_its_own() {
    let s = Scratch::new();
    let p = s.sample("s.kkdossier");
    let mut d = Dossier::open(&p).expect("open");
    // The sample judged 2025 before closing it: step 2 one below the suggestion, with why.
    let y2025 = report::maturity_of(&d, 2025, "2026-12-07T10:00:00Z").expect("2025");
    assert!(y2025.closed);
    let step2 = &y2025.lines[1];
    let a = step2.assessment.as_ref().expect("judged");
    assert_eq!(a.level + 1, a.suggested);
    assert!(a
        .reason
        .as_deref()
        .is_some_and(|r| r.contains("spinnerijen")));
    // A closed year's judgement cannot change.
    let err = d
        .save_maturity(&[Assessment {
            year: 2025,
            step: 1,
            level: 1,
            suggested: 1,
            reason: None,
            assessed_on: "2026-12-07".into(),
        }])
        .expect_err("closed");
    assert_eq!(err.code(), "year.closed");
    // In the open year, another level than suggested is refused without a reason, and
    // nothing of the batch is kept.
    let view = report::maturity_of(&d, 2026, "2026-12-07T10:00:00Z").expect("2026");
    let s5 = view.lines[4].suggestion.level;
    let before = d.maturity_assessments(2026).expect("kept");
    let batch = [
        Assessment {
            year: 2026,
            step: 4,
            level: view.lines[3].suggestion.level,
            suggested: view.lines[3].suggestion.level,
            reason: None,
            assessed_on: "2026-12-07".into(),
        },
        Assessment {
            year: 2026,
            step: 5,
            level: s5 - 1,
            suggested: s5,
            reason: None,
            assessed_on: "2026-12-07".into(),
        },
    ];
    let err = d.save_maturity(&batch).expect_err("unexplained");
    assert_eq!(err.code(), "maturity.unexplained");
    assert_eq!(err.payload().params["step"], "5");
    assert_eq!(d.maturity_assessments(2026).expect("kept"), before);
    let mut explained = batch.clone();
    explained[1].reason = Some("Het verslag is gedeeld, maar niemand reageerde.".into());
    d.save_maturity(&explained).expect("saved");
    let now = report::maturity_of(&d, 2026, "2026-12-07T10:00:00Z").expect("2026");
    assert_eq!(now.lines[4].level(), s5 - 1);
    // The judgements travel in the JSON backup and come back the same.
    let doc = json::export(&d).expect("export");
    assert!(
        doc.maturity.iter().any(|a| a.year == 2025) && doc.maturity.iter().any(|a| a.year == 2026)
    );
    let back = json::import_new(
        &s.path("b.kkdossier"),
        &json::parse(&json::to_text(&doc)).expect("parse"),
    )
    .expect("import");
    assert_eq!(
        back.maturity_assessments(2026).expect("kept"),
        d.maturity_assessments(2026).expect("kept")
    );
    // A document that judges a step twice is refused.
    let mut twice = doc.clone();
    let first = twice.maturity[0].clone();
    twice.maturity.push(first);
    assert_eq!(
        json::parse(&json::to_text(&twice))
            .expect_err("twice")
            .code(),
        "json.invalid"
    );
    // The comparison sets the levels of both years side by side.
    let c = report::compare_years(&d, 2025, 2026, "2026-12-07T10:00:00Z").expect("compare");
    assert_eq!(c.changes.maturity.len(), 6);
    assert!(c.changes.maturity[1].from_confirmed);
    assert_eq!(c.changes.maturity[4].to, s5 - 1);
}

#[test]
fn a_version_14_dossier_gains_maturity_and_keeps_its_answers() {
    let s = Scratch::new();
    let p = s.fixture("dossier-v14.kkdossier");
    let mut d = Dossier::open(&p).expect("opens");
    assert_eq!(
        d.schema_version().expect("version"),
        ketenkompas::SCHEMA_VERSION
    );
    assert!(d.maturity_assessments(2024).expect("none").is_empty());
    d.save_maturity(&[Assessment {
        year: 2024,
        step: 1,
        level: 1,
        suggested: 1,
        reason: None,
        assessed_on: "2026-12-07".into(),
    }])
    .expect("saved");
}

#[test]
fn a_purchased_item_without_a_supplier_is_no_mapped_chain() {
    let s = Scratch::new();
    let mut doc = sample_doc(&s);
    for item in &mut doc.purchased_items {
        item.suppliers.clear();
    }
    let after = judged(&doc);
    assert!(!holds(&after, "chain_mapped"));
    assert!(after[1].level <= 2, "step 2 stays below 3");
}

#[test]
fn a_closed_year_keeps_its_suggestions_as_they_stood_when_it_was_closed() {
    const NOW: &str = "2026-12-07T10:00:00Z";
    let s = Scratch::new();
    let p = s.sample("s.kkdossier");
    let d = Dossier::open(&p).expect("open");
    let m = report::model_of(&d, 2025, NOW).expect("model");
    assert_eq!(m.maturity.len(), 6);
    // The sample judged step 2 against the suggestion of that day.
    let step2 = &m.maturity[1];
    assert_eq!(
        step2.assessment.as_ref().expect("judged").suggested,
        step2.suggestion.level
    );
    // The chart over the years reads 2025 from what was kept, as its report does.
    let view = report::maturity_of(&d, 2026, NOW).expect("view");
    let y2025 = &view.history[0];
    assert_eq!(y2025.year, 2025);
    assert_eq!(
        y2025.levels,
        m.maturity
            .iter()
            .map(|l| Some(l.level()))
            .collect::<Vec<_>>()
    );
    assert!(
        y2025.confirmed.iter().all(|c| *c),
        "the sample judged every step of 2025"
    );
    // An open year other than the one shown has only what the company judged.
    let mut d = d;
    d.add_year(2027).expect("year");
    let view = report::maturity_of(&d, 2026, NOW).expect("view");
    assert_eq!(view.history.len(), 3);
    assert_eq!(view.history[2].levels, vec![None; 6]);
    drop(d);
    // The report reads the kept suggestions, not ones made again from the content.
    let mut doc = frozen_content(&p, 2025);
    doc["maturity_check"][0]["level"] = 5.into();
    replace_frozen_content(&p, 2025, &doc);
    let d = Dossier::open(&p).expect("open");
    assert_eq!(
        report::model_of(&d, 2025, NOW).expect("model").maturity[0]
            .suggestion
            .level,
        5
    );
    drop(d);
    // A year closed before they were kept says so.
    let mut doc = frozen_content(&p, 2025);
    doc.as_object_mut()
        .expect("object")
        .remove("maturity_check");
    replace_frozen_content(&p, 2025, &doc);
    let d = Dossier::open(&p).expect("open");
    let m = report::model_of(&d, 2025, NOW).expect("model");
    assert!(m.maturity.is_empty());
    let doc = report::document(
        report::ReportKind::Yearly,
        &m,
        ketenkompas::messages::Lang::Nl,
    );
    let text: String = doc.blocks.iter().map(|b| format!("{b:?}")).collect();
    assert!(text.contains("bewaarde Ketenkompas nog geen volwassenheid"));
}

#[test]
fn the_suggested_level_kept_with_a_judgement_is_the_cores_own() {
    const NOW: &str = "2026-12-07T10:00:00Z";
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let view = report::maturity_of(&d, 2026, NOW).expect("view");
    let real = view.lines[5].suggestion.level;
    // A caller that claims the suggestion was its own lower level still needs a reason.
    let lower = real - 1;
    let claim = Assessment {
        year: 2026,
        step: 6,
        level: lower,
        suggested: lower,
        reason: None,
        assessed_on: "1999-01-01".into(),
    };
    let err =
        report::judge_maturity(&mut d, std::slice::from_ref(&claim), NOW).expect_err("no reason");
    assert_eq!(err.code(), "maturity.unexplained");
    let kept = report::judge_maturity(
        &mut d,
        &[Assessment {
            reason: Some("De klachten van dit jaar wachten nog op een besluit.".into()),
            ..claim
        }],
        NOW,
    )
    .expect("explained");
    assert_eq!(
        (kept[0].suggested, kept[0].assessed_on.as_str()),
        (real, "2026-12-07")
    );
}
