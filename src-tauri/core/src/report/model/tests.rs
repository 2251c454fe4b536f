//! The report model without any PDF: order, heat map, year cut-off, and the public
//! version.

use super::*;
use crate::exchange::json::{PriorityJson, RationaleJson, RiskJson};
use crate::model::action::{ActionStatus, MeasureType};
use crate::model::{Action, Kpi, KpiMeasurement, Risk};

fn risk(title: &str, sensitive: bool, rank: u32) -> RiskJson {
    let mut r = crate::model::risk::tests::minimal();
    r.title = title.into();
    r.sensitive = sensitive;
    r.consulted = Some("Mevrouw K., naaister".into());
    r.decision = Decision::Prioritised;
    RiskJson {
        risk: Risk { ..r },
        priority: Some(PriorityJson {
            rank,
            computed_rank: rank,
            severity: 5,
            likelihood: 4,
            rationale: RationaleJson {
                nl: "omdat".into(),
                en: "because".into(),
            },
        }),
    }
}

fn action(risk_id: i64, title: &str, sensitive: bool) -> Action {
    Action {
        id: 0,
        risk_id,
        title: title.into(),
        measure: MeasureType::UseLeverage,
        owner: Some("Inge Koster".into()),
        people: None,
        budget_eur: Some(1000),
        start_on: None,
        deadline: Some("2026-03-01".into()),
        status: ActionStatus::InProgress,
        goal: Some("Doel".into()),
        kpi_id: None,
        stakeholders: None,
        supplier_id: None,
        sensitive,
        exit: None,
    }
}

fn doc() -> DossierJson {
    DossierJson {
        company: CompanyProfile {
            name: "Test B.V.".into(),
            contact_name: Some("Sanne de Wit".into()),
            ..CompanyProfile::default()
        },
        risks: vec![
            risk("Open risico", false, 2),
            risk("Gevoelig risico", true, 1),
        ],
        actions: vec![
            action(1, "Zichtbaar", false),
            action(1, "Gevoelige maatregel", true),
            action(2, "Bij gevoelig risico", false),
        ],
        kpis: vec![Kpi {
            id: 0,
            name: "Doel bij gevoelig risico".into(),
            unit: "%".into(),
            baseline: None,
            target: 90.0,
            deadline: None,
            owner: Some("Inge Koster".into()),
            risk_id: Some(2),
        }],
        kpi_measurements: vec![
            KpiMeasurement {
                id: 0,
                kpi_id: 1,
                measured_on: "2026-06-30".into(),
                value: 40.0,
                note: None,
            },
            KpiMeasurement {
                id: 0,
                kpi_id: 1,
                measured_on: "2027-06-30".into(),
                value: 60.0,
                note: None,
            },
        ],
        ..DossierJson::default()
    }
}

#[test]
fn the_model_orders_risks_by_rank_and_counts_them_on_the_heat_map() {
    let m = build(&doc(), 2026, None, "2026-11-23");
    let titles: Vec<&str> = m.risks.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Gevoelig risico", "Open risico"]);
    assert_eq!(m.heat[4][3], 2);
    // Measurements after the year are not in the year's report; the deadline passed.
    assert_eq!(m.kpis[0].points.len(), 1);
    assert!(m.actions.iter().all(|a| a.overdue));
}

#[test]
fn the_public_model_leaves_out_sensitive_items_and_names() {
    let m = build(&doc(), 2026, None, "2026-11-23").public();
    assert!(m.public);
    let titles: Vec<&str> = m.risks.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Open risico"]);
    let actions: Vec<&str> = m.actions.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        actions,
        ["Zichtbaar"],
        "sensitive and a sensitive risk's actions go"
    );
    assert!(m.kpis.is_empty(), "the KPI of a sensitive risk goes too");
    assert_eq!(m.withheld, 3);
    assert_eq!(m.heat[4][3], 1);
    assert!(m
        .actions
        .iter()
        .all(|a| a.owner.is_none() && a.goal.is_none()));
    assert!(m.risks.iter().all(|r| r.consulted.is_none()));
    assert!(m.company.contact_name.is_none());
}
