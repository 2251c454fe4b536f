//! Large generated dossiers for the benchmarks: deterministic, every record valid, the
//! way a big company's dossier would look after some years of work.

use std::path::Path;

use ketenkompas::exchange::json::{self, DossierJson, RiskJson};
use ketenkompas::model::action::{ActionStatus, Effectiveness, ExitPlan, MeasureType};
use ketenkompas::model::grievance::{Grievance, GrievanceChannel, GrievanceDecision, Reporter};
use ketenkompas::model::risk::{
    AffectedGroup, Assessment, Decision, InformationSource, Involvement, Location, Theme,
};
use ketenkompas::model::{
    Action, ActionUpdate, CompanyProfile, Kpi, KpiMeasurement, ReportingYear, Risk, Supplier,
    YearStatus,
};
use ketenkompas::Dossier;

/// A small deterministic generator, so every run measures the same data.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn draw(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        self.0 >> 33
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.draw() % n
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.draw() as usize) % items.len()]
    }
}

/// How big a generated dossier is.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub suppliers: usize,
    pub risks: usize,
    pub actions: usize,
    pub kpis: usize,
    /// Years of quarterly KPI measurements, ending with the report year.
    pub years: usize,
    pub grievances: usize,
}

impl Size {
    /// A small firm in its first year.
    pub const S: Size = Size {
        suppliers: 30,
        risks: 60,
        actions: 30,
        kpis: 5,
        years: 2,
        grievances: 5,
    };
    /// A medium-sized firm after a few years.
    pub const M: Size = Size {
        suppliers: 300,
        risks: 800,
        actions: 400,
        kpis: 20,
        years: 3,
        grievances: 50,
    };
    /// A large dossier: the size the yearly report target is set for.
    pub const L: Size = Size {
        suppliers: 1_000,
        risks: 3_000,
        actions: 1_500,
        kpis: 50,
        years: 5,
        grievances: 300,
    };
    /// The largest we plan for.
    pub const XL: Size = Size {
        suppliers: 10_000,
        risks: 50_000,
        actions: 20_000,
        kpis: 200,
        years: 10,
        grievances: 2_000,
    };
    pub const ALL: [(&'static str, Size); 4] = [
        ("S", Size::S),
        ("M", Size::M),
        ("L", Size::L),
        ("XL", Size::XL),
    ];

    /// "10,000 suppliers, 50,000 risks, …" for the tables in docs/PERFORMANCE.md.
    pub fn describe(&self) -> String {
        format!(
            "{} suppliers, {} risks, {} actions, {} KPIs x {} years, {} grievances",
            thousands(self.suppliers),
            thousands(self.risks),
            thousands(self.actions),
            self.kpis,
            self.years,
            thousands(self.grievances)
        )
    }
}

pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

const COUNTRIES: [&str; 10] = ["BD", "IN", "TR", "VN", "PK", "PT", "CN", "DE", "NL", "ET"];

/// The dossier document of `size`, with its last year `year`.
pub fn document(size: Size, year: i32) -> DossierJson {
    let mut g = Lcg(42);
    let first = year - size.years as i32 + 1;
    let suppliers = (0..size.suppliers)
        .map(|i| {
            let mut s = Supplier::named(&format!("Leverancier {i} B.V."));
            s.country = Some(g.pick(&COUNTRIES).to_string());
            s.tier = 1 + (g.below(3)) as u8;
            s
        })
        .collect();
    let risks = (0..size.risks)
        .map(|i| {
            let theme = *g.pick(Theme::ALL);
            let assessment = Assessment {
                scale: 1 + g.below(5) as u8,
                scope: 1 + g.below(5) as u8,
                irremediability: 1 + g.below(5) as u8,
                likelihood: 1 + g.below(5) as u8,
            };
            let decision = match g.below(10) {
                0 => Decision::Deferred,
                1 => Decision::Open,
                _ => Decision::Prioritised,
            };
            RiskJson {
                risk: Risk {
                    id: 0,
                    title: format!("Risico {i}: {} in de keten", theme.as_str()),
                    theme,
                    description: Some("Gevonden bij de jaarlijkse analyse van de keten.".into()),
                    location: Location::Supplier,
                    country: Some(g.pick(&COUNTRIES).to_string()),
                    item: None,
                    item_id: None,
                    supplier_id: Some(1 + g.below(size.suppliers.max(1) as u64) as i64),
                    sold_item_id: None,
                    actual: g.below(8) == 0,
                    affected_groups: vec![AffectedGroup::Workers],
                    sources: vec![InformationSource::RiskChecker],
                    own_contribution: None,
                    assessment: Some(assessment),
                    involvement: Some(*g.pick(Involvement::ALL)),
                    consulted: None,
                    decision,
                    decision_reason: (decision == Decision::Deferred)
                        .then(|| "Eerst de ernstigere risico's.".into()),
                    review_date: (decision == Decision::Deferred)
                        .then(|| format!("{}-06-30", year + 1)),
                    rank_override: None,
                    decision_confirmed: false,
                    sensitive: g.below(50) == 0,
                },
                priority: None,
            }
        })
        .collect();
    let kpis: Vec<Kpi> = (0..size.kpis)
        .map(|i| Kpi {
            id: 0,
            name: format!("Doel {i}: aandeel leveranciers met verbeterplan"),
            unit: "%".into(),
            baseline: Some(10.0),
            target: 90.0,
            deadline: Some(format!("{}-12-31", year + 2)),
            owner: Some("Inkoop".into()),
            risk_id: Some(1 + g.below(size.risks.max(1) as u64) as i64),
        })
        .collect();
    let mut kpi_measurements = Vec::new();
    for k in 0..size.kpis {
        for y in first..=year {
            for q in ["03-31", "06-30", "09-30", "12-31"] {
                kpi_measurements.push(KpiMeasurement {
                    id: 0,
                    kpi_id: k as i64 + 1,
                    measured_on: format!("{y}-{q}"),
                    value: (10 + g.below(80)) as f64,
                    note: None,
                });
            }
        }
    }
    // A responsible disengagement carries its exit plan, answered in full (one that is
    // done needs every answer).
    let exit = |measure: MeasureType| {
        (measure == MeasureType::ResponsibleDisengagement).then(|| ExitPlan {
            reason: Some("De verbeterplannen leverden niets op.".into()),
            severity: Some("Ernstig.".into()),
            crucial: Some("Vervangbaar.".into()),
            notice: Some("Drie maanden.".into()),
            workers: Some("Werk blijft bij andere afnemers.".into()),
            informed: Some("Via de vakbond ter plaatse.".into()),
            ends_on: Some(format!("{year}-12-31")),
        })
    };
    let actions: Vec<Action> = (0..size.actions)
        .map(|i| {
            // Drawn in the order the fields were always drawn, so the data stay the same.
            let risk_id = 1 + g.below(size.risks.max(1) as u64) as i64;
            let measure = *g.pick(MeasureType::ALL);
            Action {
                id: 0,
                risk_id,
                title: format!("Maatregel {i}: verbeterplan met de leverancier"),
                measure,
                owner: Some("Inkoop".into()),
                people: None,
                budget_eur: Some(500 + g.below(20_000)),
                start_on: Some(format!("{year}-01-15")),
                deadline: Some(format!(
                    "{}-{:02}-28",
                    year + g.below(2) as i32,
                    1 + g.below(12)
                )),
                status: *g.pick(ActionStatus::ALL),
                goal: None,
                kpi_id: (g.below(3) == 0).then(|| 1 + g.below(size.kpis.max(1) as u64) as i64),
                stakeholders: None,
                supplier_id: None,
                sensitive: false,
                exit: exit(measure),
            }
        })
        .collect();
    let action_updates = (0..size.actions)
        .map(|i| ActionUpdate {
            id: 0,
            action_id: i as i64 + 1,
            written_on: format!("{year}-{:02}-15", 1 + g.below(12)),
            progress: "Voortgang besproken met de leverancier.".into(),
            effectiveness: *g.pick(Effectiveness::ALL),
        })
        .collect();
    let grievances = (0..size.grievances)
        .map(|i| {
            let day = 1 + g.below(28);
            let month = 1 + g.below(12);
            let received_on = format!("{year}-{month:02}-{day:02}");
            let stage = g.below(4);
            let later = |n: u64| Some(format!("{year}-{month:02}-{:02}", (day + n).min(28)));
            let decision = (stage >= 2).then(|| {
                if g.below(3) == 0 {
                    GrievanceDecision::NotUpheld
                } else {
                    GrievanceDecision::Upheld
                }
            });
            Grievance {
                id: 0,
                received_on: received_on.clone(),
                channel: *g.pick(GrievanceChannel::ALL),
                reporter: Reporter::Anonymous,
                reporter_contact: None,
                theme: Some(*g.pick(Theme::ALL)),
                supplier_id: Some(1 + g.below(size.suppliers.max(1) as u64) as i64),
                risk_id: None,
                country: Some(g.pick(&COUNTRIES).to_string()),
                description: format!("Melding {i} over de arbeidsomstandigheden."),
                assessed_by: (stage >= 1).then(|| "Externe vertrouwenspersoon".into()),
                assessment: None,
                acknowledged_on: (stage >= 1).then(|| received_on.clone()),
                assessment_started_on: (stage >= 1).then(|| received_on.clone()),
                decided_on: if stage >= 2 { later(0) } else { None },
                decision,
                closed_on: if stage >= 3 { later(0) } else { None },
                // Closed upheld complaints were resolved; closed others not.
                resolved: (stage >= 3).then_some(decision == Some(GrievanceDecision::Upheld)),
                outcome: decision.map(|_| "Besproken met de leverancier.".into()),
                remedy: None,
                lessons: None,
            }
        })
        .collect();
    // A current policy that leaves some themes out, so that the risks outside it are
    // looked for, as in a real dossier.
    let policy = serde_json::json!({
        "label": year.to_string(),
        "body": "Ons beleid voor verantwoord ondernemen in de keten.",
        "document_ref": null,
        "elements": [],
        "themes": ["child_labour", "forced_labour", "living_wage", "health_safety"],
        "approved_by": "Directie",
        "approved_on": format!("{year}-02-01"),
        "published_where": null,
        "published_on": null,
        "next_review": format!("{}-02-01", year + 1),
    });
    DossierJson {
        policy_versions: vec![serde_json::from_value(policy).expect("policy version")],
        grievances,
        format: json::FORMAT.into(),
        format_version: json::FORMAT_VERSION,
        company: CompanyProfile {
            name: "Groot Textiel B.V.".into(),
            employees: Some(240),
            ..CompanyProfile::default()
        },
        years: (first..=year)
            .map(|y| ReportingYear {
                year: y,
                status: YearStatus::Open,
            })
            .collect(),
        active_year: Some(year),
        suppliers,
        risks,
        kpis,
        kpi_measurements,
        actions,
        action_updates,
        ..DossierJson::default()
    }
}

/// Writes the generated dossier of `size` to `path`.
pub fn create(path: &Path, size: Size, year: i32) -> Dossier {
    json::import_new(path, &document(size, year)).expect("generated dossier is valid")
}
