//! What a report says, as plain data built from a dossier document and a year; no
//! words and no layout. The yearly report and the action plan use the whole model;
//! the communication report uses [`ReportModel::public`], which leaves out everything
//! marked sensitive and every field that may name a person (S5.3).

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
    /// Every supplier, active or ended, in the dossier's order, for the annex that lists
    /// them; empty in the public model.
    pub supplier_lines: Vec<SupplierLine>,
    pub risks: Vec<RiskLine>,
    /// Where each risk is in `risks`, by its position in the dossier's list:
    /// `risks[risk_at[position - 1]]`.
    pub risk_at: Vec<usize>,
    /// Assessed risks per severity x likelihood: `heat[s - 1][l - 1]`.
    pub heat: [[u32; 5]; 5],
    pub actions: Vec<ActionLine>,
    pub kpis: Vec<KpiLine>,
    pub audits: Vec<Audit>,
    /// The year's checks of the purchasing agreements over all suppliers (S4.1).
    pub agreements: crate::trends::AgreementSummary,
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
    /// The year before in counts, when it was closed.
    pub previous: Option<Previous>,
    /// The legislation check (B1): for a closed year as it stood when the year was
    /// closed, otherwise as it stands now; `None` for a year closed before the check
    /// was kept with it.
    pub laws: Option<Vec<crate::laws::LawVerdict>>,
    /// Maturity per step (B3): the suggestion from this year's content and the
    /// company's own judgement of the year.
    pub maturity: Vec<super::maturity::MaturityLine>,
    /// The questionnaire round of the year (B4) in counts; `None` without a round.
    pub surveys: Option<SurveyFigures>,
}

/// A year's questionnaire round in counts: nothing in here names a supplier.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SurveyFigures {
    pub asked: u32,
    pub returned: u32,
    /// Not returned by the due date, on the as-of date.
    pub overdue: u32,
    /// Returned questionnaires with at least one red flag.
    pub flagged: u32,
    /// How many returned questionnaires raised each red flag, most first.
    pub flags: Vec<(String, u32)>,
    /// The areas with the lowest average score over the returned questionnaires, lowest
    /// first (at most three), with that average.
    pub weakest: Vec<(String, u32)>,
}

/// The round of `year` in `doc`, as it stood on `as_of`.
fn survey_figures(doc: &DossierJson, year: i32, as_of: &str) -> Option<SurveyFigures> {
    let round = doc.survey_rounds.iter().find(|r| r.year == year)?;
    let requests: Vec<_> = doc
        .survey_requests
        .iter()
        .filter(|r| r.year == year)
        .collect();
    let mut f = SurveyFigures {
        asked: requests.len() as u32,
        ..SurveyFigures::default()
    };
    let mut sums: std::collections::BTreeMap<String, (u32, u32)> = Default::default();
    for r in &requests {
        let back = r.returned_on.as_deref().is_some_and(|d| d <= as_of);
        if !back {
            if as_of > round.due_on.as_str() {
                f.overdue += 1;
            }
            continue;
        }
        f.returned += 1;
        let values = doc
            .survey_answers
            .iter()
            .filter(|a| a.year == year && a.supplier_id == r.supplier_id)
            .filter_map(|a| Some((a.question.clone(), a.value()?)))
            .collect();
        let flags = crate::survey::red_flags(&values);
        if !flags.is_empty() {
            f.flagged += 1;
        }
        for flag in flags {
            tally(&mut f.flags, flag.code);
        }
        for s in crate::survey::scores(&values) {
            if let Some(score) = s.score {
                let e = sums.entry(s.area).or_default();
                e.0 += u32::from(score);
                e.1 += 1;
            }
        }
    }
    f.flags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut averages: Vec<(String, u32)> = sums
        .into_iter()
        .map(|(area, (sum, n))| (area, (f64::from(sum) / f64::from(n)).round() as u32))
        .filter(|(_, avg)| *avg < 100)
        .collect();
    averages.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    averages.truncate(3);
    f.weakest = averages;
    Some(f)
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

/// One supplier as the annex of suppliers lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct SupplierLine {
    pub name: String,
    pub country: Option<String>,
    pub tier: u8,
    pub code_of_conduct: CodeOfConduct,
    /// Risks recorded at this supplier.
    pub risks: u32,
    pub ended: bool,
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
    /// A decision against the method's order, confirmed explicitly with its reason.
    pub decision_confirmed: bool,
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
    /// The two latest judged notes on or before the as-of date, newest first.
    pub recent: [Effectiveness; 2],
    pub updates_in_year: u32,
    pub evidence_files: u32,
    /// Position of the KPI that measures the action (1 = first).
    pub kpi: Option<usize>,
    pub sensitive: bool,
    /// A responsible disengagement's reason and exit questions; never public.
    pub exit: Option<crate::model::action::ExitPlan>,
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
    let (suppliers, code_of_conduct) = lines::suppliers(doc, &until);
    let risks = lines::risks(doc);
    let risk_at = risk_index(&risks);
    let heat = heat_of(&risks);
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
    let laws = if closed_at.is_none() {
        Some(crate::exchange::json::law_check_of(doc))
    } else if doc.law_check.is_empty() {
        None
    } else {
        Some(doc.law_check.clone())
    };
    let mut m = ReportModel {
        year,
        closed_at,
        as_of: as_of.to_string(),
        company: doc.company.clone(),
        policy: lines::policy(doc, &until),
        departments: doc.departments.clone(),
        communications: doc
            .policy_communications
            .iter()
            .filter(|c| in_year(&c.held_on, year))
            .cloned()
            .collect(),
        code_of_conduct,
        preconditions: doc.preconditions.clone(),
        chains: lines::chains(doc),
        suppliers,
        supplier_lines: lines::supplier_lines(doc, &until),
        risks,
        risk_at,
        heat,
        actions: lines::actions(doc, year, &until, as_of),
        kpis: lines::kpis(doc, &until),
        audits,
        agreements: crate::trends::agreement_summary(&doc.agreement_checks, year),
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
        engagements: lines::engagements(doc, year),
        communication_log: grievances::communication_log(doc, year),
        mechanism: grievances::mechanism(doc),
        grievances: grievances::figures(doc, year, &until),
        remedies: grievances::remedies(doc),
        review,
        public: false,
        withheld: 0,
        previous: None,
        laws,
        maturity: Vec::new(),
        surveys: survey_figures(doc, year, &until),
    };
    // A closed year shows the suggestions as they stood when it was closed (none for a
    // year closed before they were kept); an open year's are made now.
    let suggested = if m.closed_at.is_some() {
        doc.maturity_check.clone()
    } else {
        super::maturity::suggestions(&m)
    };
    m.maturity = super::maturity::lines(&m, suggested, &doc.maturity);
    m
}

/// Where each risk is in `risks`, by its position in the dossier's list (see
/// [`ReportModel::risk_at`]).
pub(super) fn risk_index(risks: &[RiskLine]) -> Vec<usize> {
    let mut at = vec![usize::MAX; risks.iter().map(|r| r.position).max().unwrap_or(0)];
    for (i, r) in risks.iter().enumerate() {
        if let Some(slot) = r.position.checked_sub(1).and_then(|p| at.get_mut(p)) {
            *slot = i;
        }
    }
    at
}

impl ReportModel {
    /// The risk at a position in the dossier's list.
    pub fn risk(&self, position: usize) -> Option<&RiskLine> {
        let i = *self.risk_at.get(position.checked_sub(1)?)?;
        self.risks.get(i)
    }

    /// The actions of each risk, by the risk's position: `[position - 1]` holds the
    /// indexes in `actions`, in the order recorded.
    pub fn actions_by_risk(&self) -> Vec<Vec<usize>> {
        let mut by = vec![Vec::new(); self.risk_at.len()];
        for (i, a) in self.actions.iter().enumerate() {
            if let Some(list) = a.risk_position.checked_sub(1).and_then(|p| by.get_mut(p)) {
                list.push(i);
            }
        }
        by
    }

    pub fn kpi(&self, position: usize) -> Option<&KpiLine> {
        self.kpis.iter().find(|k| k.position == position)
    }
}

mod figures;
mod grievances;
mod lines;
mod public;

pub use figures::{reached, Figures, Previous};
pub use grievances::{tally, GrievanceFigures, RemedyLine};

#[cfg(test)]
mod tests;
