//! Step 1 on real dossier files: departments, policy versions and the rules the
//! dashboard applies to them (dates fixed), the code of conduct in bulk, and KPIs.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::messages::Lang;
use ketenkompas::model::policy::{DepartmentCode, PolicyElement, PolicyElementCode};
use ketenkompas::model::risk::{Decision, Theme};
use ketenkompas::model::supplier::CodeOfConduct;
use ketenkompas::model::{Department, Kpi, KpiMeasurement, PolicyVersion, Supplier};
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

fn codes(list: &[ketenkompas::dashboard::Finding]) -> Vec<String> {
    list.iter().map(|f| f.code.clone()).collect()
}

fn new_dossier(s: &Scratch) -> Dossier {
    Dossier::create(&s.path("b.kkdossier"), "Beleid B.V.", 2026).expect("create")
}

#[test]
fn the_step1_status_follows_the_policy_and_its_review_date() {
    let s = Scratch::new();
    let mut d = new_dossier(&s);
    let step1 = |d: &Dossier, today: &str| d.dashboard_on(today).expect("dash").steps[0].clone();
    let st = step1(&d, "2026-06-01");
    assert_eq!(codes(&st.done), Vec::<String>::new());
    assert!(codes(&st.missing).contains(&"step1.no_policy".to_string()));

    let mut p = PolicyVersion::blank("2026");
    p.elements = PolicyElementCode::ALL
        .iter()
        .map(|e| PolicyElement {
            element: *e,
            covered: *e != PolicyElementCode::Remediation,
            location: None,
        })
        .collect();
    p.next_review = Some("2027-01-31".into());
    d.save_policy_version(&p).expect("save");
    let st = step1(&d, "2026-06-01");
    assert!(codes(&st.done).contains(&"step1.policy_recorded".to_string()));
    let missing = codes(&st.missing);
    assert!(missing.contains(&"step1.policy_not_approved".to_string()));
    assert!(missing.contains(&"step1.policy_not_published".to_string()));
    let open = st
        .missing
        .iter()
        .find(|f| f.code == "step1.elements_open")
        .expect("one element open");
    assert_eq!(open.count, Some(1));
    assert!(st.overdue.is_empty(), "review not due before 2027-01-31");
    // On the review date itself the review is due.
    assert_eq!(
        codes(&step1(&d, "2027-01-31").overdue),
        ["step1.review_due"]
    );
}

#[test]
fn prioritised_risks_outside_the_policy_themes_are_named() {
    let s = Scratch::new();
    let sample = Dossier::open(&s.sample("v.kkdossier")).expect("open");
    let o = sample.policy_overview("2026-11-23").expect("overview");
    assert_eq!(o.versions.len(), 2);
    assert_eq!(o.versions[0].label, "2026", "newest first");
    assert!(o.review_due);
    let current = &o.versions[0];
    let register = sample.risk_register(Lang::Nl).expect("register");
    let expected: Vec<&str> = register
        .rows
        .iter()
        .map(|r| &r.risk)
        .filter(|r| r.decision == Decision::Prioritised && !current.themes.contains(&r.theme))
        .map(|r| r.title.as_str())
        .collect();
    assert!(!expected.is_empty());
    let named: Vec<&str> = o.uncovered_risks.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(named.len(), expected.len());
    assert!(named.iter().all(|t| expected.contains(t)));
    assert!(o
        .uncovered_risks
        .iter()
        .all(|r| !current.themes.contains(&r.theme)));
}

#[test]
fn a_new_version_copies_the_last_one_without_its_approval() {
    let s = Scratch::new();
    let mut d = new_dossier(&s);
    let mut p = PolicyVersion::blank("2025");
    p.themes = vec![Theme::ChildLabour];
    p.approved_by = Some("Directie".into());
    p.approved_on = Some("2025-03-01".into());
    d.save_policy_version(&p).expect("save");
    let next = d.new_policy_version("2026").expect("new");
    assert_eq!(next.label, "2026");
    assert_eq!(next.themes, vec![Theme::ChildLabour]);
    assert_eq!((next.approved_by, next.approved_on), (None, None));
    assert_eq!(
        d.policy_overview("2026-01-01").expect("o").versions.len(),
        2
    );
}

#[test]
fn departments_are_always_twelve_and_an_emptied_one_is_forgotten() {
    let s = Scratch::new();
    let mut d = new_dossier(&s);
    assert_eq!(d.departments().expect("list").len(), 12);
    let mut dep = Department {
        code: DepartmentCode::Purchasing,
        current_practice: Some("Vraagt om audits".into()),
        role: None,
        responsible: Some("Inge".into()),
        not_applicable: false,
    };
    d.save_departments(std::slice::from_ref(&dep))
        .expect("save");
    let list = d.departments().expect("list");
    assert_eq!(list[1], dep);
    dep.current_practice = Some("x".repeat(4001));
    assert_eq!(
        d.save_departments(std::slice::from_ref(&dep))
            .expect_err("long")
            .code(),
        "input.too_long"
    );
    assert_eq!(
        d.departments().expect("list")[1].responsible.as_deref(),
        Some("Inge")
    );
    d.save_departments(&[Department {
        code: DepartmentCode::Purchasing,
        current_practice: Some(" ".into()),
        role: None,
        responsible: None,
        not_applicable: false,
    }])
    .expect("empty");
    assert!(d.departments().expect("list").iter().all(|x| x.is_empty()));
}

#[test]
fn the_code_of_conduct_is_set_in_bulk_or_not_at_all() {
    let s = Scratch::new();
    let mut d = new_dossier(&s);
    let a = d.save_supplier(&Supplier::named("A")).expect("a").id;
    let b = d.save_supplier(&Supplier::named("B")).expect("b").id;
    assert_eq!(
        d.set_code_of_conduct(&[a, 999], CodeOfConduct::Signed, Some("2026-04-01"))
            .expect_err("unknown supplier")
            .code(),
        "record.not_found"
    );
    assert_eq!(
        d.supplier(a).expect("a").code_of_conduct,
        CodeOfConduct::NotSent
    );
    assert_eq!(
        d.set_code_of_conduct(&[a], CodeOfConduct::Sent, Some("1-4-2026"))
            .expect_err("bad date")
            .code(),
        "input.invalid"
    );
    d.set_code_of_conduct(&[a, b], CodeOfConduct::Signed, Some("2026-04-01"))
        .expect("bulk");
    for id in [a, b] {
        let sup = d.supplier(id).expect("s");
        assert_eq!(sup.code_of_conduct, CodeOfConduct::Signed);
        assert_eq!(sup.code_of_conduct_on.as_deref(), Some("2026-04-01"));
    }
}

#[test]
fn kpi_measurements_belong_to_an_existing_kpi_and_go_with_it() {
    let s = Scratch::new();
    let mut d = new_dossier(&s);
    let orphan = KpiMeasurement {
        id: 0,
        kpi_id: 5,
        measured_on: "2026-01-31".into(),
        value: 1.0,
        note: None,
    };
    assert_eq!(
        d.save_measurement(&orphan).expect_err("no kpi").code(),
        "record.not_found"
    );
    let k = d
        .save_kpi(&Kpi {
            id: 0,
            name: "Audits met opvolging".into(),
            unit: "%".into(),
            baseline: Some(0.0),
            target: 100.0,
            deadline: Some("2027-06-30".into()),
            owner: Some("Kwaliteit".into()),
            risk_id: None,
        })
        .expect("kpi");
    for (on, v) in [("2026-06-30", 40.0), ("2026-01-31", 10.0)] {
        d.save_measurement(&KpiMeasurement {
            kpi_id: k.id,
            measured_on: on.into(),
            value: v,
            ..orphan.clone()
        })
        .expect("measure");
    }
    let list = d.kpis().expect("kpis");
    let dates: Vec<&str> = list[0]
        .measurements
        .iter()
        .map(|m| m.measured_on.as_str())
        .collect();
    assert_eq!(dates, ["2026-01-31", "2026-06-30"], "oldest first");
    assert!(list[0].missing.is_empty(), "SMART");
    d.delete_kpi(k.id).expect("delete");
    assert!(d.kpis().expect("kpis").is_empty());
    assert_eq!(d.integrity_problems().expect("check"), Vec::<String>::new());
}

#[test]
fn the_departments_of_one_form_are_saved_together_or_not_at_all() {
    let s = Scratch::new();
    let mut d = new_dossier(&s);
    let dep = |code, practice: &str| Department {
        code,
        current_practice: Some(practice.into()),
        role: None,
        responsible: None,
        not_applicable: false,
    };
    let refused = d
        .save_departments(&[
            dep(DepartmentCode::Purchasing, "Vraagt om audits"),
            dep(DepartmentCode::Sales, &"x".repeat(4001)),
        ])
        .expect_err("too long");
    assert_eq!(refused.code(), "input.too_long");
    assert!(d.departments().expect("list").iter().all(|x| x.is_empty()));

    let saved = d
        .save_departments(&[
            dep(DepartmentCode::Purchasing, "Vraagt om audits"),
            dep(DepartmentCode::Sales, "Kent de klanten"),
        ])
        .expect("both");
    assert_eq!(saved.len(), 2);
    let filled = d.departments().expect("list");
    assert_eq!(filled.iter().filter(|x| !x.is_empty()).count(), 2);
}
