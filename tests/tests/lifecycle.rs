//! A dossier's life: created, filled, closed, opened again; years; copies; old versions.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::model::{CompanyProfile, YearStatus};
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

#[test]
fn a_saved_profile_is_there_after_reopening() {
    let s = Scratch::new();
    let p = s.path("bedrijf.kkdossier");
    {
        let mut d = Dossier::create(&p, "Bakkerij Jansen", 2026).expect("create");
        let profile = CompanyProfile {
            name: "Bakkerij Jansen B.V.".into(),
            kvk_number: Some("87654321".into()),
            sectors: vec!["Voedingsmiddelen".into()],
            employees: Some(42),
            annual_turnover_eur: Some(3_200_000),
            countries: vec!["nl".into()],
            contact_name: Some("Piet Jansen".into()),
            ..Default::default()
        };
        d.update_company(&profile).expect("update");
    }
    let d = Dossier::open(&p).expect("reopen");
    let c = d.company().expect("company");
    assert_eq!(c.name, "Bakkerij Jansen B.V.");
    assert_eq!(c.countries, vec!["NL"]);
    assert_eq!(c.employees, Some(42));
    assert_eq!(
        c.size_class(),
        Some(ketenkompas::model::SizeClass::Small),
        "42 staff and 3.2 M turnover is small"
    );
}

#[test]
fn a_refused_update_changes_nothing() {
    let s = Scratch::new();
    let p = s.path("x.kkdossier");
    let mut d = Dossier::create(&p, "Origineel", 2026).expect("create");
    let bad = CompanyProfile {
        name: "Nieuw".into(),
        sectors: vec!["ok".into()],
        countries: vec!["NL".into(), "ZZ".into()],
        ..Default::default()
    };
    assert_eq!(
        d.update_company(&bad).err().map(|e| e.code()),
        Some("input.invalid")
    );
    let c = d.company().expect("company");
    assert_eq!(c.name, "Origineel");
    assert!(c.sectors.is_empty() && c.countries.is_empty());
}

#[test]
fn years_can_be_added_and_one_made_active() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("j.kkdossier"), "J", 2025).expect("create");
    assert_eq!(d.active_year().expect("active"), Some(2025));
    d.add_year(2026).expect("add");
    assert_eq!(
        d.add_year(2026).err().map(|e| e.code()),
        Some("year.exists")
    );
    assert_eq!(
        d.add_year(1850).err().map(|e| e.code()),
        Some("input.invalid")
    );
    d.set_active_year(2026).expect("activate");
    assert_eq!(
        d.set_active_year(2030).err().map(|e| e.code()),
        Some("year.not_found")
    );
    let years = d.years().expect("years");
    assert_eq!(
        years.iter().map(|y| y.year).collect::<Vec<_>>(),
        vec![2025, 2026]
    );
    assert!(years.iter().all(|y| y.status == YearStatus::Open));
    assert_eq!(d.active_year().expect("active"), Some(2026));
}

#[test]
fn save_a_copy_writes_an_openable_dossier_and_never_overwrites() {
    let s = Scratch::new();
    let p = s.sample("origineel.kkdossier");
    let d = Dossier::open(&p).expect("open");
    let copy = s.path("kopie.kkdossier");
    d.save_copy(&copy).expect("copy");
    assert_eq!(
        d.save_copy(&copy).err().map(|e| e.code()),
        Some("dossier.already_exists")
    );
    let c = Dossier::open(&copy).expect("open copy");
    assert_eq!(c.company().expect("company"), d.company().expect("company"));
}

#[test]
fn the_sample_dossier_passes_a_full_integrity_check() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("voorbeeld.kkdossier")).expect("open");
    assert_eq!(d.integrity_problems().expect("check"), Vec::<String>::new());
    let info = d.info().expect("info");
    assert_eq!(info.schema_version, ketenkompas::SCHEMA_VERSION);
    assert_eq!(info.active_year, Some(2026));
}

#[test]
fn every_released_schema_version_opens_with_its_data() {
    // Fixture dossiers written by each released schema version (tests/fixtures/).
    let s = Scratch::new();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    for version in 1..=ketenkompas::SCHEMA_VERSION {
        let name = format!("dossier-v{version}.kkdossier");
        let p = s.path(&name);
        std::fs::copy(fixtures.join(&name), &p).expect("fixture exists");
        let d = Dossier::open(&p).expect("fixture opens");
        assert_eq!(
            d.schema_version().expect("version"),
            ketenkompas::SCHEMA_VERSION
        );
        assert_eq!(d.company().expect("company").name, "Fixture Metaal B.V.");
    }
}

#[test]
fn the_dashboard_asks_for_a_complete_profile_first() {
    let s = Scratch::new();
    let p = s.path("nieuw.kkdossier");
    let mut d = Dossier::create(&p, "Nieuw B.V.", 2026).expect("create");
    let dash = d.dashboard().expect("dashboard");
    assert!(!dash.profile.complete);
    assert!(dash
        .profile
        .missing_fields
        .contains(&"company.sectors".to_string()));
    // A new dossier follows the first-year route, which starts with the profile.
    assert_eq!(
        dash.next.as_ref().map(|f| f.code.as_str()),
        Some("route.profile")
    );
    assert_eq!(
        dash.next.as_ref().map(|f| f.place.screen.as_str()),
        Some("profile")
    );
    assert_eq!(dash.steps.len(), 6);
    drop(d);
    let s2 = Scratch::new();
    d = Dossier::open(&s2.sample("v.kkdossier")).expect("open sample");
    // The sample's policy was due for review on 2026-11-15.
    let dash = d.dashboard_on("2026-11-23").expect("dashboard");
    assert!(dash.profile.complete, "sample profile is complete");
    assert_eq!(
        dash.next.as_ref().map(|f| f.code.as_str()),
        Some("step1.review_due")
    );
}

#[test]
fn the_update_that_rebuilds_the_action_table_keeps_every_action_note_and_file() {
    // A version-10 dossier with an action, its progress note and its evidence file: the
    // action table is rebuilt to take two new measure types (ADR 0012).
    let s = Scratch::new();
    let p = s.path("v10.kkdossier");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dossier-v10.kkdossier");
    std::fs::copy(fixture, &p).expect("copy");
    let c = rusqlite::Connection::open(&p).expect("raw open");
    c.execute_batch(
        "PRAGMA foreign_keys = ON;
         INSERT INTO risk (id, title, theme, location, actual, decision)
             VALUES (7, 'Onveilige machines bij de toeleverancier', 'health_safety',
                     'supplier', 0, 'prioritised');
         INSERT INTO action (id, risk_id, title, measure, status, sensitive)
             VALUES (3, 7, 'Verbeterplan machineveiligheid', 'corrective_action_plan',
                     'in_progress', 1);
         INSERT INTO action_update (action_id, written_on, progress, effectiveness)
             VALUES (3, '2024-05-01', 'Afschermingen besteld.', 'partly_effective');
         INSERT INTO evidence (action_id, file_name, size, content, added_on)
             VALUES (3, 'foto.txt', 4, X'666f746f', '2024-05-01');",
    )
    .expect("version 10 content");
    drop(c);
    let mut d = Dossier::open(&p).expect("opens and updates");
    assert_eq!(
        d.schema_version().expect("version"),
        ketenkompas::SCHEMA_VERSION
    );
    let plans = d
        .action_plans("2024-06-01", ketenkompas::messages::Lang::Nl)
        .expect("plans");
    let a = &plans[0].actions[0];
    assert_eq!(a.action.id, 3);
    assert_eq!(a.action.title, "Verbeterplan machineveiligheid");
    assert!(a.action.sensitive);
    assert_eq!(a.updates.len(), 1);
    assert_eq!(a.evidence.len(), 1);
    assert_eq!(d.integrity_problems().expect("check"), Vec::<String>::new());
    // The new measure types are accepted, and the references hold again: deleting the
    // action takes its note and file with it.
    let mut suspend = a.action.clone();
    suspend.id = 0;
    suspend.title = "Orders opschorten tot de afschermingen er zijn".into();
    suspend.measure = ketenkompas::model::action::MeasureType::SuspendWithConditions;
    d.save_action(&suspend).expect("new measure type");
    d.delete_action(3).expect("delete");
    let plans = d
        .action_plans("2024-06-01", ketenkompas::messages::Lang::Nl)
        .expect("plans");
    assert_eq!(plans[0].actions.len(), 1);
    let raw = rusqlite::Connection::open(&p).expect("raw");
    let notes: i64 = raw
        .query_row("SELECT count(*) FROM action_update", [], |r| r.get(0))
        .expect("count");
    let files: i64 = raw
        .query_row("SELECT count(*) FROM evidence", [], |r| r.get(0))
        .expect("count");
    assert_eq!((notes, files), (0, 0));
}

#[test]
fn the_update_to_version_12_keeps_criteria_audits_and_grievances_with_their_remedy() {
    // A version-11 dossier with a judged criterion and an audit: the criteria table is
    // rebuilt for the two criteria of UN principle 31 that were missing, and audits gain
    // a scheme, a result and a score without losing what they held.
    use ketenkompas::model::grievance::{Criterion, CriterionAssessment, CriterionCheck};
    let s = Scratch::new();
    let p = s.path("v11.kkdossier");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dossier-v11.kkdossier");
    std::fs::copy(fixture, &p).expect("copy");
    let c = rusqlite::Connection::open(&p).expect("raw open");
    c.execute_batch(
        "INSERT INTO mechanism_criterion (code, assessment, explanation)
             VALUES ('trusted', 'partly', 'De vakbond kent de meldlijn.');
         INSERT INTO supplier (id, name, name_key) VALUES (4, 'Atelier', 'atelier');
         INSERT INTO supplier_audit (supplier_id, kind, held_on, auditor, findings)
             VALUES (4, 'self_assessment', '2024-03-01', 'Leverancier', 'Ingevuld.');
         INSERT INTO risk (id, title, theme, location, actual, decision)
             VALUES (7, 'Lonen te laat', 'living_wage', 'supplier', 1, 'prioritised');
         INSERT INTO grievance (id, received_on, channel, reporter, supplier_id,
                 description, acknowledged_on, assessment_started_on, decided_on, decision,
                 closed_on, outcome)
             VALUES (1, '2024-02-01', 'hotline', 'anonymous', 4, 'Loon te laat.',
                     '2024-02-02', '2024-02-03', '2024-02-20', 'resolved', '2024-03-01',
                     'Nabetaald.'),
                    (2, '2024-02-05', 'email', 'anonymous', 4, 'Geen pauze.',
                     '2024-02-06', '2024-02-07', '2024-02-21', 'not_upheld', '2024-03-02',
                     'Pauzes bleken geregeld.');
         INSERT INTO remedy (risk_id, grievance_id, form, description, role, status)
             VALUES (7, 1, 'compensation', 'Loon nabetaald.', 'use_leverage', 'provided');",
    )
    .expect("version 11 content");
    drop(c);
    let mut d = Dossier::open(&p).expect("opens and updates");
    assert_eq!(
        d.schema_version().expect("version"),
        ketenkompas::SCHEMA_VERSION
    );
    let mut m = d.grievance_mechanism().expect("mechanism");
    assert_eq!(
        m.criteria,
        vec![CriterionCheck {
            criterion: Criterion::Trusted,
            assessment: CriterionAssessment::Partly,
            explanation: Some("De vakbond kent de meldlijn.".into()),
        }]
    );
    let audits = d.audits(Some(4)).expect("audits");
    assert_eq!(audits.len(), 1);
    assert_eq!(audits[0].findings.as_deref(), Some("Ingevuld."));
    assert_eq!((audits[0].scheme, audits[0].score), (None, None));
    // "Resolved" was a decision and an outcome in one: upheld, and resolved. A grievance
    // not upheld keeps its resolution unsaid, and the remedy keeps its grievance.
    use ketenkompas::model::grievance::GrievanceDecision;
    let g1 = d.grievance(1).expect("first");
    assert_eq!(
        (g1.decision, g1.resolved),
        (Some(GrievanceDecision::Upheld), Some(true))
    );
    let g2 = d.grievance(2).expect("second");
    assert_eq!(
        (g2.decision, g2.resolved),
        (Some(GrievanceDecision::NotUpheld), None)
    );
    assert_eq!(d.remedies().expect("remedies")[0].grievance_id, Some(1));
    // The new criteria are taken.
    m.criteria.push(CriterionCheck {
        criterion: Criterion::EngagementDialogue,
        assessment: CriterionAssessment::NotMet,
        explanation: None,
    });
    d.save_grievance_mechanism(&m).expect("new criterion");
    assert_eq!(d.grievance_mechanism().expect("again").criteria.len(), 2);
    assert_eq!(d.integrity_problems().expect("check"), Vec::<String>::new());
}

#[test]
fn the_update_to_version_13_keeps_the_departments_and_marks_none_not_applicable() {
    // A version-12 dossier with two departments filled in: the new "not applicable" mark
    // starts off for both, and their texts stay.
    let s = Scratch::new();
    let p = s.path("v12.kkdossier");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dossier-v12.kkdossier");
    std::fs::copy(fixture, &p).expect("copy");
    let c = rusqlite::Connection::open(&p).expect("raw open");
    c.execute_batch(
        "INSERT INTO department (code, current_practice, role, responsible)
             VALUES ('purchasing', 'Vraagt om audits.', NULL, 'Inge'),
                    ('it', NULL, 'Beheert het dossier.', NULL);",
    )
    .expect("version 12 content");
    drop(c);
    let mut d = Dossier::open(&p).expect("opens and updates");
    let deps = d.departments().expect("departments");
    let purchasing = deps
        .iter()
        .find(|x| x.code == ketenkompas::model::policy::DepartmentCode::Purchasing)
        .expect("purchasing");
    assert_eq!(
        purchasing.current_practice.as_deref(),
        Some("Vraagt om audits.")
    );
    assert_eq!(purchasing.responsible.as_deref(), Some("Inge"));
    assert!(deps.iter().all(|x| !x.not_applicable));
    assert_eq!(deps.iter().filter(|x| !x.is_empty()).count(), 2);
    // The mark can be set now, and a department marked so counts as looked at.
    let mut legal =
        ketenkompas::model::Department::open(ketenkompas::model::policy::DepartmentCode::Legal);
    legal.not_applicable = true;
    d.save_departments(&[legal]).expect("mark");
    assert_eq!(
        d.departments()
            .expect("departments")
            .iter()
            .filter(|x| !x.is_empty())
            .count(),
        3
    );
    assert_eq!(d.integrity_problems().expect("check"), Vec::<String>::new());
}
