//! The maturity suggestion (B3) from what a year's report model holds: per step the
//! checks of each level (see `crate::maturity`), read from the year as its report has
//! it, so that a closed year is judged on its frozen content. Each check is a fact a
//! reader can verify in the dossier.

use serde::Serialize;
use ts_rs::TS;

use super::model::{reached, ReportModel};
use super::sections::escalation_of;
use crate::maturity::{Assessment, Check, Suggestion};
use crate::model::action::Effectiveness;
use crate::model::grievance::CriterionAssessment;
use crate::model::policy::Audience;
use crate::model::risk::Decision;

fn check(code: &str, level: u8, holds: bool) -> Check {
    Check {
        code: code.into(),
        level,
        holds,
    }
}

/// At least half of `total`, and at least one.
fn half(part: u32, total: u32) -> bool {
    total > 0 && part * 2 >= total
}

fn policy(m: &ReportModel) -> Vec<Check> {
    let policy = m.policy.as_ref();
    let c = &m.code_of_conduct;
    let reviewed = policy
        .and_then(|p| p.version.next_review.as_deref())
        .is_some_and(|next| next >= m.as_of.as_str());
    vec![
        check("policy_recorded", 2, policy.is_some()),
        check(
            "policy_complete",
            3,
            policy.is_some_and(|p| p.missing.is_empty()),
        ),
        check("policy_communicated", 3, !m.communications.is_empty()),
        check(
            "roles_assigned",
            4,
            m.departments
                .iter()
                .any(|d| !d.not_applicable && d.responsible.is_some()),
        ),
        check(
            "resources_set",
            4,
            m.preconditions
                .as_ref()
                .is_some_and(|p| p.budget_eur.is_some() || p.hours_per_year.is_some()),
        ),
        check("code_signed_half", 4, half(c.signed, c.active_suppliers)),
        check("policy_review_planned", 5, reviewed),
        check(
            "code_signed_most",
            5,
            c.active_suppliers > 0 && c.signed * 10 >= c.active_suppliers * 9,
        ),
    ]
}

fn risks(m: &ReportModel) -> Vec<Check> {
    let assessed: Vec<_> = m.risks.iter().filter(|r| r.severity.is_some()).collect();
    let complete = m.chains.iter().filter(|c| c.completeness >= 100).count() as u32;
    vec![
        check("risks_recorded", 2, !m.risks.is_empty()),
        // Without a chain on the map, the risks are guesses about unknown suppliers: a
        // purchased item counts once a supplier is linked to it.
        check("chain_mapped", 3, m.chains.iter().any(|c| c.suppliers > 0)),
        check(
            "risks_decided",
            3,
            assessed.iter().any(|r| r.decision != Decision::Open),
        ),
        check(
            "chains_complete_half",
            4,
            half(complete, m.chains.len() as u32),
        ),
        check(
            "stakeholders_consulted",
            4,
            m.risks.iter().any(|r| r.consulted.is_some()),
        ),
        check(
            "all_decided",
            5,
            !assessed.is_empty() && assessed.iter().all(|r| r.decision != Decision::Open),
        ),
        check(
            "reviews_on_time",
            5,
            m.risks.iter().all(|r| {
                r.decision != Decision::Deferred
                    || r.review_date
                        .as_deref()
                        .is_some_and(|d| d >= m.as_of.as_str())
            }),
        ),
    ]
}

fn measures(m: &ReportModel) -> Vec<Check> {
    let by_risk = m.actions_by_risk();
    let prioritised: Vec<_> = m.risks.iter().filter(|r| r.prioritised()).collect();
    let plan = |position: usize| -> Vec<&super::model::ActionLine> {
        by_risk
            .get(position.wrapping_sub(1))
            .map(|list| list.iter().map(|i| &m.actions[*i]).collect())
            .unwrap_or_default()
    };
    vec![
        check("measures_planned", 2, !m.actions.is_empty()),
        check(
            "every_prioritised_has_measure",
            3,
            !prioritised.is_empty() && prioritised.iter().all(|r| !plan(r.position).is_empty()),
        ),
        check("practices_checked", 4, m.practices_checked > 0),
        check("none_overdue", 4, m.actions.iter().all(|a| !a.overdue)),
        check(
            "measures_work",
            5,
            m.actions
                .iter()
                .any(|a| a.last_effectiveness == Some(Effectiveness::Effective)),
        ),
        check(
            "no_escalation_waiting",
            5,
            prioritised
                .iter()
                .all(|r| escalation_of(&plan(r.position)).is_none()),
        ),
    ]
}

fn monitoring(m: &ReportModel) -> Vec<Check> {
    let measured: Vec<_> = m.kpis.iter().filter(|k| !k.points.is_empty()).collect();
    let year = m.year.to_string();
    let this_year = |d: &str| d.starts_with(&year);
    vec![
        check(
            "progress_recorded",
            2,
            m.actions.iter().any(|a| a.updates_in_year > 0) || !measured.is_empty(),
        ),
        check(
            "kpis_measured",
            3,
            m.kpis
                .iter()
                .any(|k| k.points.iter().any(|(on, _)| this_year(on))),
        ),
        check(
            "effectiveness_judged",
            3,
            m.actions.iter().any(|a| {
                a.last_effectiveness
                    .is_some_and(|e| e != Effectiveness::NotJudged)
            }),
        ),
        check(
            "suppliers_checked",
            4,
            !m.audits.is_empty() || m.agreements.checked > 0,
        ),
        check(
            "kpis_reached_half",
            5,
            half(
                measured.iter().filter(|k| reached(k)).count() as u32,
                measured.len() as u32,
            ),
        ),
    ]
}

fn communication(m: &ReportModel) -> Vec<Check> {
    let log = &m.communication_log;
    vec![
        check(
            "communicated",
            2,
            !log.is_empty() || !m.communications.is_empty(),
        ),
        check(
            "told_outside",
            3,
            log.iter().any(|c| c.audience == Audience::External),
        ),
        check("stakeholders_engaged", 4, !m.engagements.is_empty()),
        check(
            "report_shared",
            4,
            log.iter().any(|c| c.report_kind.is_some()),
        ),
        check(
            "honest_review",
            5,
            m.review.dilemmas.is_some() && m.review.not_worked.is_some(),
        ),
    ]
}

fn remedy(m: &ReportModel) -> Vec<Check> {
    let criteria = m
        .mechanism
        .as_ref()
        .map(|x| x.criteria.as_slice())
        .unwrap_or(&[]);
    let all = crate::model::grievance::Criterion::ALL.len();
    let actual: Vec<_> = m.risks.iter().filter(|r| r.actual).collect();
    vec![
        check(
            "mechanism_described",
            2,
            m.mechanism
                .as_ref()
                .is_some_and(|x| x.description.is_some()),
        ),
        check("criteria_judged", 3, criteria.len() >= all),
        check("grievances_on_time", 3, m.grievances.overdue == 0),
        check(
            "actual_remedied",
            4,
            actual
                .iter()
                .all(|r| m.remedies.iter().any(|x| x.risk_position == r.position)),
        ),
        check(
            "criteria_met",
            5,
            criteria.len() >= all
                && criteria
                    .iter()
                    .all(|c| c.assessment == CriterionAssessment::Met),
        ),
    ]
}

/// The suggested level of each step for the year of `m`.
pub fn suggestions(m: &ReportModel) -> Vec<Suggestion> {
    [
        policy(m),
        risks(m),
        measures(m),
        monitoring(m),
        communication(m),
        remedy(m),
    ]
    .into_iter()
    .zip(1u8..)
    .map(|(checks, step)| Suggestion::of(step, checks))
    .collect()
}

/// One step in a year: the suggestion and the company's own judgement, if it gave one.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct MaturityLine {
    pub suggestion: Suggestion,
    pub assessment: Option<Assessment>,
}

impl MaturityLine {
    /// The level in force: the company's own, or else the suggestion.
    pub fn level(&self) -> u8 {
        self.assessment
            .as_ref()
            .map_or(self.suggestion.level, |a| a.level)
    }

    pub fn confirmed(&self) -> bool {
        self.assessment.is_some()
    }
}

/// The steps of the year of `m` with their suggestions, each with the judgement kept
/// for it in `kept`.
pub fn lines(
    m: &ReportModel,
    suggested: Vec<Suggestion>,
    kept: &[Assessment],
) -> Vec<MaturityLine> {
    suggested
        .into_iter()
        .map(|s| MaturityLine {
            assessment: kept
                .iter()
                .find(|a| a.year == m.year && a.step == s.step)
                .cloned(),
            suggestion: s,
        })
        .collect()
}

/// The levels in force of every step in one year (`None`: not known for that year), and
/// whether each was confirmed.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct YearLevels {
    pub year: i32,
    pub levels: Vec<Option<u8>>,
    pub confirmed: Vec<bool>,
}

impl YearLevels {
    pub fn of(m: &ReportModel) -> YearLevels {
        Self::from_lines(m.year, &m.maturity)
    }

    fn from_lines(year: i32, lines: &[MaturityLine]) -> YearLevels {
        YearLevels {
            year,
            levels: lines.iter().map(|l| Some(l.level())).collect(),
            confirmed: lines.iter().map(MaturityLine::confirmed).collect(),
        }
    }

    /// An open year other than the one shown: only the levels the company judged (its
    /// suggestions would be made from today's registers, which are the shown year's).
    pub fn judged(year: i32, kept: &[Assessment]) -> YearLevels {
        let step = |s: u8| kept.iter().find(|a| a.year == year && a.step == s);
        YearLevels {
            year,
            levels: crate::maturity::STEPS
                .iter()
                .map(|s| step(*s).map(|a| a.level))
                .collect(),
            confirmed: crate::maturity::STEPS
                .iter()
                .map(|s| step(*s).is_some())
                .collect(),
        }
    }

    /// A closed year from its frozen content, reading only the suggestions and
    /// judgements kept in it (the rest of the document is skipped, not checked).
    pub fn frozen(year: i32, content: &str) -> crate::error::Result<YearLevels> {
        #[derive(serde::Deserialize)]
        struct Kept {
            #[serde(default)]
            maturity: Vec<Assessment>,
            #[serde(default)]
            maturity_check: Vec<Suggestion>,
        }
        let kept: Kept =
            serde_json::from_str(content).map_err(|e| crate::error::Error::JsonInvalid {
                detail: e.to_string(),
            })?;
        let m_year: Vec<Assessment> = kept
            .maturity
            .into_iter()
            .filter(|a| a.year == year)
            .collect();
        let lines: Vec<MaturityLine> = kept
            .maturity_check
            .into_iter()
            .filter(Suggestion::plausible)
            .map(|s| MaturityLine {
                assessment: m_year.iter().find(|a| a.step == s.step).cloned(),
                suggestion: s,
            })
            .collect();
        Ok(Self::from_lines(year, &lines))
    }
}

/// A year's maturity as the screen shows it, with every year's levels for the chart.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct MaturityView {
    pub year: i32,
    pub closed: bool,
    pub lines: Vec<MaturityLine>,
    /// Oldest first.
    pub history: Vec<YearLevels>,
}
