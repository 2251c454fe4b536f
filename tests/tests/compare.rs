//! Year over year (B2): two years compared, a closed one from its frozen content and the
//! open one from the registers. Each figure and each kind of change in a scenario with
//! fixed dates; the yearly report's chapter on it; the CLI's `compare`.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::messages::Lang;
use ketenkompas::model::action::{ActionStatus, Effectiveness, MeasureType};
use ketenkompas::model::grievance::{Grievance, GrievanceChannel};
use ketenkompas::model::risk::{Assessment, Decision, Theme};
use ketenkompas::model::supplier::{CodeOfConduct, Supplier};
use ketenkompas::model::{ActionUpdate, Kpi, KpiMeasurement, Risk};
use ketenkompas::report::compare::{Comparison, Direction, Score};
use ketenkompas::report::{self, ReportKind};
use ketenkompas::Dossier;
use ketenkompas_tests::{open_risk, planned_action, Scratch};

const NOW: &str = "2026-12-07T10:00:00Z";

fn assessed(title: &str, theme: Theme, worst: u8, likelihood: u8) -> Risk {
    let mut r = open_risk(title, theme);
    r.assessment = Some(Assessment {
        scale: worst,
        scope: 2,
        irremediability: 2,
        likelihood,
    });
    r
}

fn figure(c: &Comparison, code: &str) -> (u32, u32) {
    let f = c
        .figures
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("{code}"));
    (f.from, f.to)
}

/// A company that closes 2025 and then, in 2026, adds a risk, assesses one higher and
/// one lower, decides on one, deletes one, finishes a measure and reaches a target.
fn scenario(s: &Scratch) -> (Dossier, std::path::PathBuf) {
    let p = s.path("jaren.kkdossier");
    let mut d = Dossier::create(&p, "Jaren B.V.", 2025).expect("create");
    let wages = d
        .save_risk(&assessed(
            "Lonen onder het leefbaar loon",
            Theme::LivingWage,
            3,
            3,
        ))
        .expect("risk");
    let hours = d
        .save_risk(&assessed(
            "Overuren in de naaiafdeling",
            Theme::HealthSafety,
            3,
            4,
        ))
        .expect("risk");
    let dust = d
        .save_risk(&assessed("Stof in de spinnerij", Theme::HealthSafety, 2, 2))
        .expect("risk");
    let talk = d
        .save_action(&planned_action(
            wages.id,
            "Loonkloof bespreken met de leverancier",
            MeasureType::UseLeverage,
            "2026-06-30",
        ))
        .expect("action");
    let mut audit = planned_action(
        hours.id,
        "Audit op werktijden",
        MeasureType::CorrectiveActionPlan,
        "2025-10-01",
    );
    audit.status = ActionStatus::Done;
    d.save_action(&audit).expect("done in 2025");
    let kpi = d
        .save_kpi(&Kpi {
            id: 0,
            name: "Aandeel arbeiders met leefbaar loon".into(),
            unit: "%".into(),
            baseline: Some(60.0),
            target: 100.0,
            deadline: Some("2027-12-31".into()),
            owner: None,
            risk_id: Some(wages.id),
        })
        .expect("kpi");
    d.save_measurement(&KpiMeasurement {
        id: 0,
        kpi_id: kpi.id,
        measured_on: "2025-06-01".into(),
        value: 70.0,
        note: None,
    })
    .expect("measured");
    d.close_year(2025, "2026-01-15T09:00:00Z").expect("close");

    // 2026.
    d.save_risk(&open_risk(
        "Kinderarbeid bij een onderaannemer",
        Theme::ChildLabour,
    ))
    .expect("new");
    let mut w = d.risk(wages.id).expect("risk");
    w.assessment = Some(Assessment {
        scale: 4,
        scope: 3,
        irremediability: 3,
        likelihood: 4,
    });
    w.decision = Decision::Prioritised;
    d.save_risk(&w).expect("higher and prioritised");
    let mut h = d.risk(hours.id).expect("risk");
    if let Some(a) = h.assessment.as_mut() {
        a.likelihood = 2;
    }
    d.save_risk(&h).expect("lower");
    d.delete_risk(dust.id).expect("gone");
    let mut done = talk.clone();
    done.status = ActionStatus::Done;
    d.save_action(&done).expect("finished");
    d.save_action_update(&ActionUpdate {
        id: 0,
        action_id: talk.id,
        written_on: "2026-07-01".into(),
        progress: "De leverancier verhoogt de lonen.".into(),
        effectiveness: Effectiveness::Effective,
    })
    .expect("judged");
    d.save_measurement(&KpiMeasurement {
        id: 0,
        kpi_id: kpi.id,
        measured_on: "2026-06-01".into(),
        value: 100.0,
        note: None,
    })
    .expect("reached");
    d.save_supplier(&Supplier {
        country: Some("TR".into()),
        code_of_conduct: CodeOfConduct::Signed,
        code_of_conduct_on: Some("2026-02-01".into()),
        ..Supplier::named("Atelier Noord")
    })
    .expect("supplier");
    d.save_grievance(&Grievance::new(
        "2026-03-02",
        GrievanceChannel::Email,
        "Geen pauzes in de naaiafdeling",
    ))
    .expect("grievance");
    (d, p)
}

#[test]
fn every_kind_of_change_between_a_closed_and_an_open_year_is_found() {
    let s = Scratch::new();
    let (d, _) = scenario(&s);
    let c = report::compare_years(&d, 2025, 2026, NOW).expect("compare");
    assert_eq!(
        (c.from, c.to, c.from_closed, c.to_closed),
        (2025, 2026, true, false)
    );
    let ch = &c.changes;
    let titles = |l: &[ketenkompas::report::compare::RiskChange]| -> Vec<String> {
        l.iter().map(|r| r.title.clone()).collect()
    };
    assert_eq!(
        titles(&ch.new_risks),
        ["Kinderarbeid bij een onderaannemer"]
    );
    assert_eq!(titles(&ch.gone_risks), ["Stof in de spinnerij"]);
    // Higher first, then lower; with the scores of both years.
    assert_eq!(
        ch.reassessed
            .iter()
            .map(|r| (r.title.as_str(), r.direction, r.before, r.after))
            .collect::<Vec<_>>(),
        vec![
            (
                "Lonen onder het leefbaar loon",
                Direction::Up,
                Some(Score {
                    severity: 3,
                    likelihood: 3
                }),
                Some(Score {
                    severity: 4,
                    likelihood: 4
                })
            ),
            (
                "Overuren in de naaiafdeling",
                Direction::Down,
                Some(Score {
                    severity: 3,
                    likelihood: 4
                }),
                Some(Score {
                    severity: 3,
                    likelihood: 2
                })
            ),
        ]
    );
    assert_eq!(ch.decisions.len(), 1);
    assert_eq!(
        (
            ch.decisions[0].decision_before,
            ch.decisions[0].decision_after
        ),
        (Some(Decision::Open), Some(Decision::Prioritised))
    );
    // The measure done in 2025 is not finished again; the one done in 2026 is, and works.
    assert_eq!(ch.finished.len(), 1);
    assert_eq!(
        ch.finished[0].title,
        "Loonkloof bespreken met de leverancier"
    );
    assert_eq!(ch.finished[0].risk, "Lonen onder het leefbaar loon");
    assert_eq!(ch.finished[0].effectiveness, Some(Effectiveness::Effective));
    assert_eq!(ch.effectiveness, vec![(Effectiveness::Effective, 1)]);
    assert_eq!(ch.kpis.len(), 1);
    let k = &ch.kpis[0];
    assert_eq!(
        (k.before, k.after, k.reached_before, k.reached_after),
        (Some(70.0), Some(100.0), false, true)
    );
    // Every count of both years: a supplier in Turkey that signed the code, one risk
    // gone and one new (one not yet assessed), one decided, a measure finished, a target
    // reached, a grievance received and not yet handled.
    let all: Vec<(&str, u32, u32)> = c.figures.iter().map(|f| (f.code, f.from, f.to)).collect();
    assert_eq!(
        all,
        vec![
            ("suppliers", 0, 1),
            ("countries", 0, 1),
            ("chains_complete", 0, 0),
            ("code_signed", 0, 1),
            ("risks", 3, 3),
            ("assessed", 3, 2),
            ("prioritised", 0, 1),
            ("deferred", 0, 0),
            ("actual", 0, 0),
            ("done", 1, 2),
            ("running", 1, 0),
            ("overdue", 0, 0),
            ("kpis_reached", 0, 1),
            ("grievances", 0, 1),
            ("grievances_closed", 0, 0),
        ]
    );
}

#[test]
fn the_closed_year_is_read_as_it_was_closed_and_a_wrong_pair_is_refused() {
    let s = Scratch::new();
    let (d, _) = scenario(&s);
    // Deleted in 2026, the risk still counts in 2025: that year is its frozen content.
    let c = report::compare_years(&d, 2025, 2026, NOW).expect("compare");
    assert_eq!(figure(&c, "risks").0, 3);
    // Two open years read the same registers: nothing changed between them.
    let mut d = d;
    d.add_year(2027).expect("year");
    let open = report::compare_years(&d, 2026, 2027, NOW).expect("compare");
    assert!(!open.from_closed && !open.to_closed);
    assert!(open.changes.new_risks.is_empty() && open.changes.reassessed.is_empty());
    for (from, to) in [(2026, 2026), (2026, 2025)] {
        let err = report::compare_years(&d, from, to, NOW).expect_err("order");
        assert_eq!(err.code(), "input.invalid");
    }
    let err = report::compare_years(&d, 2020, 2026, NOW).expect_err("no such year");
    assert_eq!(err.code(), "year.not_found");
}

#[test]
fn the_yearly_report_has_a_chapter_on_what_changed_since_the_closed_year_before() {
    let s = Scratch::new();
    let (d, _) = scenario(&s);
    let m = report::model_of(&d, 2026, NOW).expect("model");
    let doc = report::document(ReportKind::Yearly, &m, Lang::Nl);
    let text: String = doc.blocks.iter().map(|b| format!("{b:?}\n")).collect();
    for want in [
        "Vergeleken met 2025",
        "Eén risico is er sinds 2025 bijgekomen",
        "Kinderarbeid bij een onderaannemer",
        "Stof in de spinnerij",
        "3 × 3",
        "4 × 4",
        "hoger",
        "lager",
        "nog geen besluit",
        "wordt aangepakt",
        "Loonkloof bespreken met de leverancier",
        "werkt",
        "100 % (bereikt)",
    ] {
        assert!(text.contains(want), "missing {want:?}");
    }
    // A year without a closed year before it has no such chapter.
    let first = report::model_of(&d, 2025, NOW).expect("model");
    let doc = report::document(ReportKind::Yearly, &first, Lang::En);
    let text: String = doc.blocks.iter().map(|b| format!("{b:?}\n")).collect();
    assert!(!text.contains("Compared with 2024"));
}

#[test]
fn the_sample_compares_its_closed_2025_with_2026() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let c = report::compare_years(&d, 2025, 2026, NOW).expect("compare");
    assert!(c.from_closed && !c.to_closed);
    let ch = &c.changes;
    assert!(
        !ch.new_risks.is_empty() || !ch.reassessed.is_empty() || !ch.finished.is_empty(),
        "the sample shows change between its years: {ch:?}"
    );
}
