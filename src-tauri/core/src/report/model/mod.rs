//! What a report says, as plain data built from a dossier document and a year; no
//! words and no layout. The yearly report and the action plan use the whole model;
//! the communication report uses [`ReportModel::public`], which leaves out everything
//! marked sensitive and every field that may name a person (S5.3).

use std::collections::{BTreeMap, HashMap};

use crate::exchange::json::DossierJson;
use crate::model::action::{ActionStatus, Effectiveness, MeasureType};
use crate::model::policy::PolicyElementCode;
use crate::model::risk::{Decision, Involvement, Theme};
use crate::model::stakeholder::StakeholderKind;
use crate::model::supplier::CodeOfConduct;
use crate::model::year::YearReview;
use crate::model::{
    Audit, CompanyProfile, ContextEntry, Department, ItemKind, PolicyCommunication, PolicyVersion,
    Preconditions,
};
use crate::model::{CommunicationEntry, GrievanceMechanism};

#[derive(Debug, Clone, PartialEq)]
pub struct ReportModel {
    pub year: i32,
    /// When the year was closed; `None` for a report of the live dossier.
    pub closed_at: Option<String>,
    /// The date the facts are taken at: the closing date of a closed year, otherwise
    /// the day the report is made. Overdue means overdue on this date.
    pub as_of: String,
    pub company: CompanyProfile,
    pub policy: Option<PolicySummary>,
    pub departments: Vec<Department>,
    pub communications: Vec<PolicyCommunication>,
    pub code_of_conduct: CodeOfConductSummary,
    pub preconditions: Option<Preconditions>,
    pub chains: Vec<ChainLine>,
    pub suppliers: SupplierSummary,
    pub risks: Vec<RiskLine>,
    /// Assessed risks per severity x likelihood: `heat[s - 1][l - 1]`.
    pub heat: [[u32; 5]; 5],
    pub actions: Vec<ActionLine>,
    pub kpis: Vec<KpiLine>,
    pub audits: Vec<Audit>,
    pub cap_open: u32,
    pub cap_done: u32,
    pub practices_checked: u32,
    pub practices_applied: u32,
    pub context: Vec<ContextEntry>,
    /// Engagements with stakeholders held in the year, oldest first.
    pub engagements: Vec<EngagementLine>,
    /// The communication log of the year (step 5), oldest first.
    pub communication_log: Vec<CommunicationEntry>,
    pub mechanism: Option<GrievanceMechanism>,
    /// Grievances received in the year: counts only.
    pub grievances: GrievanceFigures,
    /// Remedies for actual impacts, in the order they were recorded.
    pub remedies: Vec<RemedyLine>,
    pub review: YearReview,
    /// True for the public version: sensitive items and names are gone.
    pub public: bool,
    /// How many risks and actions the public version leaves out.
    pub withheld: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PolicySummary {
    pub version: PolicyVersion,
    pub covered: Vec<PolicyElementCode>,
    pub missing: Vec<PolicyElementCode>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodeOfConductSummary {
    pub active_suppliers: u32,
    pub sent: u32,
    pub signed: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChainLine {
    pub name: String,
    pub kind: ItemKind,
    pub suppliers: u32,
    pub countries: Vec<String>,
    pub origin_unknown: bool,
    pub completeness: u32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SupplierSummary {
    pub active: u32,
    pub ended: u32,
    /// Active suppliers per country (ISO code), most first.
    pub by_country: Vec<(String, u32)>,
    pub tier1: u32,
    pub deeper: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RiskLine {
    /// Position in the dossier's risk list (1 = first); actions and KPIs refer to it.
    pub position: usize,
    pub rank: Option<u32>,
    pub title: String,
    pub theme: Theme,
    pub country: Option<String>,
    pub actual: bool,
    pub severity: Option<u8>,
    pub likelihood: Option<u8>,
    pub involvement: Option<Involvement>,
    pub decision: Decision,
    pub decision_reason: Option<String>,
    pub review_date: Option<String>,
    pub rationale_nl: Option<String>,
    pub rationale_en: Option<String>,
    pub consulted: Option<String>,
    pub sensitive: bool,
}

impl RiskLine {
    /// Ranked and chosen to be tackled.
    pub fn prioritised(&self) -> bool {
        self.rank.is_some() && self.decision == Decision::Prioritised
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionLine {
    pub risk_position: usize,
    pub title: String,
    pub measure: MeasureType,
    pub owner: Option<String>,
    pub budget_eur: Option<u64>,
    pub start_on: Option<String>,
    pub deadline: Option<String>,
    pub status: ActionStatus,
    pub goal: Option<String>,
    pub overdue: bool,
    /// The newest update written on or before the as-of date.
    pub last_effectiveness: Option<Effectiveness>,
    pub updates_in_year: u32,
    pub evidence_files: u32,
    /// Position of the KPI that measures the action (1 = first).
    pub kpi: Option<usize>,
    pub sensitive: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EngagementLine {
    pub held_on: String,
    /// Empty in the public model.
    pub stakeholder: String,
    pub kind: StakeholderKind,
    pub step: u8,
    pub about: String,
    pub said: Option<String>,
    pub follow_up: Option<String>,
    pub sensitive: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KpiLine {
    pub position: usize,
    pub name: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: f64,
    pub deadline: Option<String>,
    pub owner: Option<String>,
    pub risk_position: Option<usize>,
    /// Measurements up to the end of the year, oldest first.
    pub points: Vec<(String, f64)>,
}

impl KpiLine {
    pub fn latest(&self) -> Option<f64> {
        self.points.last().map(|p| p.1)
    }
}

/// Assessed risks per severity x likelihood: `heat[s - 1][l - 1]`.
fn heat_of(risks: &[RiskLine]) -> [[u32; 5]; 5] {
    let mut heat = [[0u32; 5]; 5];
    for r in risks {
        if let (Some(s), Some(l)) = (r.severity, r.likelihood) {
            if (1..=5).contains(&s) && (1..=5).contains(&l) {
                heat[s as usize - 1][l as usize - 1] += 1;
            }
        }
    }
    heat
}

fn in_year(date: &str, year: i32) -> bool {
    date.get(0..4) == Some(year.to_string().as_str())
}

/// Builds the model of `year` from a dossier document. `as_of` is a `YYYY-MM-DD` date.
pub fn build(doc: &DossierJson, year: i32, closed_at: Option<String>, as_of: &str) -> ReportModel {
    let year_end = format!("{year}-12-31");
    let until = if as_of < year_end.as_str() {
        as_of.to_string()
    } else {
        year_end.clone()
    };
    let policy = doc
        .policy_versions
        .iter()
        .rfind(|p| p.approved_on.as_deref().is_none_or(|d| d <= until.as_str()))
        .or(doc.policy_versions.last())
        .map(|v| PolicySummary {
            version: v.clone(),
            covered: v
                .elements
                .iter()
                .filter(|e| e.covered)
                .map(|e| e.element)
                .collect(),
            missing: PolicyElementCode::ALL
                .iter()
                .copied()
                .filter(|c| !v.elements.iter().any(|e| e.element == *c && e.covered))
                .collect(),
        });
    let active: Vec<_> = doc
        .suppliers
        .iter()
        .filter(|s| s.ended_on.as_deref().is_none_or(|d| d > until.as_str()))
        .collect();
    let mut by_country: BTreeMap<String, u32> = BTreeMap::new();
    for s in &active {
        if let Some(c) = &s.country {
            *by_country.entry(c.clone()).or_default() += 1;
        }
    }
    let mut by_country: Vec<(String, u32)> = by_country.into_iter().collect();
    by_country.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let suppliers = SupplierSummary {
        active: active.len() as u32,
        ended: (doc.suppliers.len() - active.len()) as u32,
        by_country,
        tier1: active.iter().filter(|s| s.tier <= 1).count() as u32,
        deeper: active.iter().filter(|s| s.tier > 1).count() as u32,
    };
    let code_of_conduct = CodeOfConductSummary {
        active_suppliers: active.len() as u32,
        sent: active
            .iter()
            .filter(|s| s.code_of_conduct == CodeOfConduct::Sent)
            .count() as u32,
        signed: active
            .iter()
            .filter(|s| s.code_of_conduct == CodeOfConduct::Signed)
            .count() as u32,
    };
    // In the document suppliers are referred to by position (1 = first).
    let by_pos: HashMap<i64, &crate::model::Supplier> = doc
        .suppliers
        .iter()
        .enumerate()
        .map(|(i, s)| (i as i64 + 1, s))
        .collect();
    let chains = doc
        .purchased_items
        .iter()
        .map(|i| ChainLine {
            name: i.name.clone(),
            kind: i.kind,
            suppliers: i.suppliers.len() as u32,
            countries: crate::mapping::chain_countries(i, &by_pos),
            origin_unknown: i.origin_unknown,
            completeness: crate::mapping::completeness(i, &by_pos).percent,
        })
        .collect();
    let mut risks: Vec<RiskLine> = doc
        .risks
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let p = r.priority.as_ref();
            RiskLine {
                position: i + 1,
                rank: p.map(|p| p.rank),
                title: r.risk.title.clone(),
                theme: r.risk.theme,
                country: r.risk.country.clone(),
                actual: r.risk.actual,
                severity: p.map(|p| p.severity),
                likelihood: p.map(|p| p.likelihood),
                involvement: r.risk.involvement,
                decision: r.risk.decision,
                decision_reason: r.risk.decision_reason.clone(),
                review_date: r.risk.review_date.clone(),
                rationale_nl: p.map(|p| p.rationale.nl.clone()),
                rationale_en: p.map(|p| p.rationale.en.clone()),
                consulted: r.risk.consulted.clone(),
                sensitive: r.risk.sensitive,
            }
        })
        .collect();
    risks.sort_by_key(|r| (r.rank.is_none(), r.rank, r.position));
    let heat = heat_of(&risks);
    let actions = doc
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let pos = i as i64 + 1;
            let mut updates: Vec<_> = doc
                .action_updates
                .iter()
                .filter(|u| u.action_id == pos && u.written_on.as_str() <= until.as_str())
                .collect();
            updates.sort_by(|a, b| a.written_on.cmp(&b.written_on));
            ActionLine {
                risk_position: a.risk_id as usize,
                title: a.title.clone(),
                measure: a.measure,
                owner: a.owner.clone(),
                budget_eur: a.budget_eur,
                start_on: a.start_on.clone(),
                deadline: a.deadline.clone(),
                status: a.status,
                goal: a.goal.clone(),
                overdue: a.is_overdue(as_of),
                last_effectiveness: updates.last().map(|u| u.effectiveness),
                updates_in_year: updates
                    .iter()
                    .filter(|u| in_year(&u.written_on, year))
                    .count() as u32,
                evidence_files: doc.evidence.iter().filter(|e| e.action_id == pos).count() as u32,
                kpi: a.kpi_id.map(|k| k as usize),
                sensitive: a.sensitive,
            }
        })
        .collect();
    let kpis = doc
        .kpis
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let pos = i as i64 + 1;
            let mut points: Vec<(String, f64)> = doc
                .kpi_measurements
                .iter()
                .filter(|m| m.kpi_id == pos && m.measured_on.as_str() <= until.as_str())
                .map(|m| (m.measured_on.clone(), m.value))
                .collect();
            points.sort_by(|a, b| a.0.cmp(&b.0));
            KpiLine {
                position: i + 1,
                name: k.name.clone(),
                unit: k.unit.clone(),
                baseline: k.baseline,
                target: k.target,
                deadline: k.deadline.clone(),
                owner: k.owner.clone(),
                risk_position: k.risk_id.map(|r| r as usize),
                points,
            }
        })
        .collect();
    let audits: Vec<Audit> = doc
        .audits
        .iter()
        .filter(|a| in_year(&a.held_on, year))
        .cloned()
        .collect();
    let cap_open = doc
        .cap_items
        .iter()
        .filter(|c| c.done_on.as_deref().is_none_or(|d| d > until.as_str()))
        .count() as u32;
    let cap_done = doc
        .cap_items
        .iter()
        .filter(|c| c.done_on.as_deref().is_some_and(|d| in_year(d, year)))
        .count() as u32;
    let review = doc
        .year_reviews
        .iter()
        .find(|r| r.year == year)
        .cloned()
        .unwrap_or(YearReview {
            year,
            ..YearReview::default()
        });
    ReportModel {
        year,
        closed_at,
        as_of: as_of.to_string(),
        company: doc.company.clone(),
        policy,
        departments: doc.departments.clone(),
        communications: doc
            .policy_communications
            .iter()
            .filter(|c| in_year(&c.held_on, year))
            .cloned()
            .collect(),
        code_of_conduct,
        preconditions: doc.preconditions.clone(),
        chains,
        suppliers,
        risks,
        heat,
        actions,
        kpis,
        audits,
        cap_open,
        cap_done,
        practices_checked: doc
            .purchasing_practices
            .iter()
            .map(|p| p.supplier_id)
            .collect::<std::collections::BTreeSet<_>>()
            .len() as u32,
        practices_applied: doc
            .purchasing_practices
            .iter()
            .filter(|p| p.applied)
            .count() as u32,
        context: doc
            .context_log
            .iter()
            .filter(|c| in_year(&c.noted_on, year))
            .cloned()
            .collect(),
        engagements: doc
            .engagements
            .iter()
            .filter(|e| in_year(&e.held_on, year))
            .filter_map(|e| {
                let s = doc
                    .stakeholders
                    .get((e.stakeholder_id - 1).max(0) as usize)?;
                Some(EngagementLine {
                    held_on: e.held_on.clone(),
                    stakeholder: s.name.clone(),
                    kind: s.kind,
                    step: e.step,
                    about: e.about.clone(),
                    said: e.said.clone(),
                    follow_up: e.follow_up.clone(),
                    sensitive: s.sensitive,
                })
            })
            .collect(),
        communication_log: grievances::communication_log(doc, year),
        mechanism: grievances::mechanism(doc),
        grievances: grievances::figures(doc, year, &until),
        remedies: grievances::remedies(doc),
        review,
        public: false,
        withheld: 0,
    }
}

impl ReportModel {
    /// The risk at a position in the dossier's list.
    pub fn risk(&self, position: usize) -> Option<&RiskLine> {
        self.risks.iter().find(|r| r.position == position)
    }

    pub fn kpi(&self, position: usize) -> Option<&KpiLine> {
        self.kpis.iter().find(|k| k.position == position)
    }
}

mod grievances;
mod public;

pub use grievances::{tally, GrievanceFigures, RemedyLine};

#[cfg(test)]
mod tests;
