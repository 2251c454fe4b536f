//! "Done" for a step is within reach of a small company (D4): a department it does not
//! have is marked "not applicable", a code of conduct sent but not yet signed and
//! mechanism criteria judged but not yet met are things to grow into, not reasons for a
//! step to stay open.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::dashboard::{StepState, StepStatus};
use ketenkompas::model::grievance::{
    Criterion, CriterionAssessment, CriterionCheck, GrievanceMechanism,
};
use ketenkompas::model::policy::{
    Audience, CommunicationKind, DepartmentCode, PolicyElement, PolicyElementCode,
};
use ketenkompas::model::supplier::CodeOfConduct;
use ketenkompas::model::{Department, Kpi, PolicyCommunication, Preconditions, Supplier};
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

const TODAY: &str = "2026-06-01";

fn step(d: &Dossier, n: usize) -> StepStatus {
    d.dashboard_on(TODAY).expect("dashboard").steps[n - 1].clone()
}

fn codes(list: &[ketenkompas::dashboard::Finding]) -> Vec<&str> {
    list.iter().map(|f| f.code.as_str()).collect()
}

/// Step 1 of a company of eight people: a policy with every element, approved and
/// published, one training, its preconditions and one SMART KPI.
fn policy_and_the_rest(d: &mut Dossier) {
    let mut p = d.new_policy_version("2026").expect("policy");
    p.elements = PolicyElementCode::ALL
        .iter()
        .map(|e| PolicyElement {
            element: *e,
            covered: true,
            location: None,
        })
        .collect();
    p.approved_by = Some("De eigenaar".into());
    p.approved_on = Some("2026-03-01".into());
    p.published_where = Some("Onze website".into());
    p.published_on = Some("2026-03-05".into());
    p.next_review = Some("2027-03-01".into());
    d.save_policy_version(&p).expect("policy saved");
    d.save_policy_communication(&PolicyCommunication {
        id: 0,
        held_on: "2026-03-10".into(),
        kind: CommunicationKind::Training,
        audience: Audience::Internal,
        description: "Uitleg aan het hele team".into(),
        reached: Some(8),
    })
    .expect("training");
    d.save_preconditions(&Preconditions {
        commitment: Some("De eigenaar trekt het zelf.".into()),
        budget_eur: Some(2_000),
        hours_per_year: Some(60),
        skills: None,
    })
    .expect("preconditions");
    d.save_kpi(&Kpi {
        id: 0,
        name: "Leveranciers met gedragscode".into(),
        unit: "%".into(),
        baseline: Some(0.0),
        target: 100.0,
        deadline: Some("2026-12-31".into()),
        owner: Some("De eigenaar".into()),
        risk_id: None,
    })
    .expect("kpi");
}

#[test]
fn a_small_company_finishes_step_1_with_departments_it_lacks_marked_not_applicable() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("klein.kkdossier"), "Klein B.V.", 2026).expect("create");
    policy_and_the_rest(&mut d);
    let a = d.save_supplier(&Supplier::named("Weverij A")).expect("a");
    let b = d
        .save_supplier(&Supplier::named("Groothandel B"))
        .expect("b");

    // Four departments the company has; the other eight are not there.
    let have = [
        DepartmentCode::Management,
        DepartmentCode::Purchasing,
        DepartmentCode::Sales,
        DepartmentCode::Finance,
    ];
    let some: Vec<Department> = have
        .iter()
        .map(|code| Department {
            role: Some("Doet mee".into()),
            ..Department::open(*code)
        })
        .collect();
    d.save_departments(&some).expect("departments");
    let s1 = step(&d, 1);
    assert!(
        s1.missing
            .iter()
            .any(|f| f.code == "step1.departments_open" && f.count == Some(8)),
        "{:?}",
        s1.missing
    );

    // Marked "not applicable", the rest counts as looked at.
    let all: Vec<Department> = DepartmentCode::ALL
        .iter()
        .map(|code| {
            let mut x = Department::open(*code);
            if have.contains(code) {
                x.role = Some("Doet mee".into());
            } else {
                x.not_applicable = true;
            }
            x
        })
        .collect();
    d.save_departments(&all).expect("departments");
    let stored = d.departments().expect("read back");
    assert_eq!(stored.iter().filter(|x| x.not_applicable).count(), 8);
    assert!(stored.iter().all(|x| !x.is_empty()));
    let s1 = step(&d, 1);
    assert!(!codes(&s1.missing).contains(&"step1.departments_open"));
    assert!(s1
        .done
        .iter()
        .any(|f| f.code == "step1.departments_checked" && f.count == Some(12)));

    // The code of conduct not sent to a direct supplier keeps the step open; sent and
    // awaiting a signature, it is something to grow into.
    assert_eq!(codes(&s1.missing), vec!["step1.code_not_sent"]);
    assert_eq!(s1.state, StepState::InProgress);
    d.set_code_of_conduct(&[a.id, b.id], CodeOfConduct::Sent, Some("2026-04-01"))
        .expect("sent");
    let s1 = step(&d, 1);
    assert_eq!(s1.missing, vec![], "{:?}", s1.missing);
    assert_eq!(s1.state, StepState::Done);
    assert!(s1
        .later
        .iter()
        .any(|f| f.code == "step1.code_awaited" && f.count == Some(2)));
    d.set_code_of_conduct(&[a.id], CodeOfConduct::Signed, Some("2026-05-01"))
        .expect("signed");
    let s1 = step(&d, 1);
    assert_eq!(s1.state, StepState::Done);
    assert!(s1
        .done
        .iter()
        .any(|f| f.code == "step1.code_signed" && f.count == Some(1)));
    assert!(s1
        .later
        .iter()
        .any(|f| f.code == "step1.code_awaited" && f.count == Some(1)));
    // What waits for later never becomes the next thing to do.
    let dash = d.dashboard_on(TODAY).expect("dashboard");
    assert!(dash
        .next
        .as_ref()
        .is_none_or(|n| n.code != "step1.code_awaited"));
}

#[test]
fn step_6_is_done_once_every_criterion_is_judged_even_when_not_all_are_met() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("klein.kkdossier"), "Klein B.V.", 2026).expect("create");
    let mut m = GrievanceMechanism {
        description: Some("Meldingen via de brancheorganisatie en per e-mail.".into()),
        ..GrievanceMechanism::default()
    };
    let judge = |n: usize| -> Vec<CriterionCheck> {
        Criterion::ALL
            .iter()
            .take(n)
            .enumerate()
            .map(|(i, c)| CriterionCheck {
                criterion: *c,
                assessment: if i % 2 == 0 {
                    CriterionAssessment::Met
                } else {
                    CriterionAssessment::Partly
                },
                explanation: Some("Besproken met het team.".into()),
            })
            .collect()
    };
    m.criteria = judge(3);
    d.save_grievance_mechanism(&m).expect("mechanism");
    let s6 = step(&d, 6);
    assert!(s6
        .missing
        .iter()
        .any(|f| f.code == "step6.criteria_unjudged"
            && f.count == Some(Criterion::ALL.len() as i64 - 3)));
    assert_eq!(s6.state, StepState::InProgress);

    m.criteria = judge(Criterion::ALL.len());
    d.save_grievance_mechanism(&m).expect("mechanism");
    let s6 = step(&d, 6);
    assert_eq!(s6.missing, vec![], "{:?}", s6.missing);
    assert_eq!(s6.state, StepState::Done);
    let partly = Criterion::ALL.len() as i64 / 2;
    assert!(
        s6.later
            .iter()
            .any(|f| f.code == "step6.criteria_open" && f.count == Some(partly)),
        "{:?}",
        s6.later
    );
}

#[test]
fn an_incomplete_chain_needs_a_date_to_be_complete_by_and_can_then_wait() {
    use ketenkompas::model::chain::ItemKind;
    use ketenkompas::model::PurchasedItem;
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("keten.kkdossier"), "Keten B.V.", 2026).expect("create");
    let mut item = PurchasedItem::named("Katoenen shirts", ItemKind::Product);
    item.origins = vec!["BD".into()];
    let mut item = d.save_purchased_item(&item).expect("item");
    let s2 = step(&d, 2);
    assert!(
        codes(&s2.missing).contains(&"step2.chains_without_plan"),
        "{:?}",
        s2.missing
    );
    assert!(!codes(&s2.later).contains(&"step2.chains_incomplete"));
    item.planned_completion = Some("2027-06-30".into());
    d.save_purchased_item(&item).expect("planned");
    let s2 = step(&d, 2);
    assert!(!codes(&s2.missing).contains(&"step2.chains_without_plan"));
    assert!(
        codes(&s2.later).contains(&"step2.chains_incomplete"),
        "{:?}",
        s2.later
    );
}

#[test]
fn a_department_that_does_not_apply_keeps_no_role_or_responsible() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("afd.kkdossier"), "Afd B.V.", 2026).expect("create");
    let it = Department {
        current_practice: Some("Uitbesteed.".into()),
        role: Some("Beheert systemen".into()),
        responsible: Some("Jan".into()),
        not_applicable: true,
        ..Department::open(DepartmentCode::It)
    };
    let saved = d.save_departments(&[it]).expect("saved");
    assert_eq!(saved[0].role, None);
    assert_eq!(saved[0].responsible, None);
    assert_eq!(saved[0].current_practice.as_deref(), Some("Uitbesteed."));
}
