//! A questionnaire round as the screen, the CLI and the reports show it: per supplier
//! where the questionnaire stands, the scores per area against the year before, and
//! the red flags.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::model::vocab::vocabulary;
use crate::survey::{
    red_flags, scores, RedFlag, RequestStatus, SurveyAnswer, SurveyRound, ThemeScore, Value,
};
use crate::Dossier;

/// A supplier a round can ask, with what the selection filters on.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct SurveyCandidate {
    #[ts(type = "number")]
    pub supplier_id: i64,
    pub name: String,
    pub country: Option<String>,
    pub tier: u8,
    /// The code of the language its questionnaire gets unless another is chosen.
    pub lang: String,
    /// Risks recorded at this supplier.
    pub risks: u32,
    /// The highest severity (1–5) among its assessed risks; none when none is assessed.
    pub severity: Option<u8>,
    /// Asked before in this year's round.
    pub asked: bool,
    /// The selections by risk that take it ([`SurveyCandidate::matches`]).
    pub risk_filters: Vec<RiskFilter>,
}

vocabulary! {
    /// Which suppliers a selection by risk takes: those with a risk of severity 4 or 5
    /// recorded at them, those with any risk, those with none.
    RiskFilter {
        Serious = "serious",
        Any = "any",
        NoRisk = "none",
    }
}

/// The severity from which a risk counts as serious for the selection.
pub const SERIOUS: u8 = 4;

impl SurveyCandidate {
    /// Whether the supplier is taken by a selection by risk.
    pub fn matches(&self, filter: RiskFilter) -> bool {
        match filter {
            RiskFilter::Serious => self.severity.is_some_and(|s| s >= SERIOUS),
            RiskFilter::Any => self.risks > 0,
            RiskFilter::NoRisk => self.risks == 0,
        }
    }
}

/// One supplier in a round.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct RequestView {
    #[ts(type = "number")]
    pub supplier_id: i64,
    pub supplier: String,
    pub country: Option<String>,
    /// The code of the questionnaire language.
    pub lang: String,
    /// That language's name in itself ("Français"); the code for a language this
    /// version has no file for.
    pub lang_name: String,
    pub sent_on: String,
    pub reminded_on: Option<String>,
    pub returned_on: Option<String>,
    pub status: RequestStatus,
    /// Questions answered with a value that was read.
    pub answered: u32,
    /// Answers that could not be read, kept as typed.
    pub unreadable: u32,
    pub scores: Vec<ThemeScore>,
    /// The scores of the supplier's questionnaire of the year before, if returned.
    pub previous: Option<Vec<ThemeScore>>,
    pub flags: Vec<RedFlag>,
}

/// The round of a year.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct SurveyView {
    pub year: i32,
    pub round: Option<SurveyRound>,
    pub requests: Vec<RequestView>,
    pub asked: u32,
    pub returned: u32,
    pub overdue: u32,
    /// Returned questionnaires with at least one red flag.
    pub flagged: u32,
    /// How often each red flag was raised, by code.
    pub flag_counts: BTreeMap<String, u32>,
}

/// The answers of each supplier in `answers`, as values.
pub(crate) fn values_by_supplier(
    answers: &[SurveyAnswer],
) -> BTreeMap<i64, BTreeMap<String, Value>> {
    let mut out: BTreeMap<i64, BTreeMap<String, Value>> = BTreeMap::new();
    for a in answers {
        if let Some(v) = a.value() {
            out.entry(a.supplier_id)
                .or_default()
                .insert(a.question.clone(), v);
        }
    }
    out
}

impl Dossier {
    /// The suppliers the round of `year` can ask (those whose relationship has not
    /// ended), each with its default language and the risks recorded at it.
    pub fn survey_candidates(&self, year: i32) -> Result<Vec<SurveyCandidate>> {
        let risks = crate::store::risk::load_all(self.conn())?;
        let asked: Vec<i64> = self
            .survey_requests(year)?
            .iter()
            .map(|r| r.supplier_id)
            .collect();
        Ok(self
            .suppliers()?
            .into_iter()
            .filter(|s| s.ended_on.is_none())
            .map(|s| {
                let own = risks.iter().filter(|r| r.supplier_id == Some(s.id));
                let mut c = SurveyCandidate {
                    supplier_id: s.id,
                    lang: crate::survey::language::default_for(s.country.as_deref())
                        .code
                        .to_string(),
                    risks: own.clone().count() as u32,
                    severity: own.filter_map(|r| r.assessed()).map(|a| a.severity()).max(),
                    asked: asked.contains(&s.id),
                    name: s.name,
                    country: s.country,
                    tier: s.tier,
                    risk_filters: Vec::new(),
                };
                c.risk_filters = RiskFilter::ALL
                    .iter()
                    .copied()
                    .filter(|f| c.matches(*f))
                    .collect();
                c
            })
            .collect())
    }

    /// The round of `year` on `today`, with every supplier asked.
    pub fn survey_view(&self, year: i32, today: &str) -> Result<SurveyView> {
        let round = self.survey_round(year)?;
        let requests = self.survey_requests(year)?;
        let answers = self.survey_answers(Some(year))?;
        let values = values_by_supplier(&answers);
        let before = values_by_supplier(&self.survey_answers(Some(year - 1))?);
        let returned_before: Vec<i64> = self
            .survey_requests(year - 1)?
            .into_iter()
            .filter(|r| r.returned_on.is_some())
            .map(|r| r.supplier_id)
            .collect();
        let suppliers = self.suppliers()?;
        let due = round.as_ref().map(|r| r.due_on.clone()).unwrap_or_default();
        let mut view = SurveyView {
            year,
            round,
            requests: Vec::new(),
            asked: 0,
            returned: 0,
            overdue: 0,
            flagged: 0,
            flag_counts: BTreeMap::new(),
        };
        for r in requests {
            let supplier = suppliers.iter().find(|s| s.id == r.supplier_id);
            let empty = BTreeMap::new();
            let mine = values.get(&r.supplier_id).unwrap_or(&empty);
            let status = r.status(&due, today);
            let returned = r.returned_on.is_some();
            let flags = if returned {
                red_flags(mine)
            } else {
                Vec::new()
            };
            view.asked += 1;
            if returned {
                view.returned += 1;
            }
            if status == RequestStatus::Overdue {
                view.overdue += 1;
            }
            if !flags.is_empty() {
                view.flagged += 1;
            }
            for f in &flags {
                *view.flag_counts.entry(f.code.clone()).or_default() += 1;
            }
            view.requests.push(RequestView {
                supplier_id: r.supplier_id,
                supplier: supplier.map(|s| s.name.clone()).unwrap_or_default(),
                country: supplier.and_then(|s| s.country.clone()),
                lang: r.lang.clone(),
                lang_name: crate::survey::language::language(&r.lang)
                    .map(|l| l.info().name)
                    .unwrap_or_else(|| r.lang.clone()),
                sent_on: r.sent_on.clone(),
                reminded_on: r.reminded_on.clone(),
                returned_on: r.returned_on.clone(),
                status,
                answered: mine.len() as u32,
                unreadable: answers
                    .iter()
                    .filter(|a| {
                        a.supplier_id == r.supplier_id && a.value.is_none() && !a.raw.is_empty()
                    })
                    .count() as u32,
                scores: if returned { scores(mine) } else { Vec::new() },
                previous: returned_before
                    .contains(&r.supplier_id)
                    .then(|| scores(before.get(&r.supplier_id).unwrap_or(&empty))),
                flags,
            });
        }
        view.requests.sort_by(|a, b| {
            a.supplier
                .to_lowercase()
                .cmp(&b.supplier.to_lowercase())
                .then(a.supplier_id.cmp(&b.supplier_id))
        });
        Ok(view)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(risks: u32, severity: Option<u8>) -> SurveyCandidate {
        SurveyCandidate {
            supplier_id: 1,
            name: "A".into(),
            country: None,
            tier: 1,
            lang: "en".into(),
            risks,
            severity,
            asked: false,
            risk_filters: Vec::new(),
        }
    }

    #[test]
    fn a_selection_by_risk_takes_serious_any_or_no_recorded_risk() {
        let none = candidate(0, None);
        let unassessed = candidate(1, None);
        let moderate = candidate(2, Some(3));
        let serious = candidate(1, Some(SERIOUS));
        let f = |c: &SurveyCandidate| {
            RiskFilter::ALL
                .iter()
                .filter(|r| c.matches(**r))
                .copied()
                .collect::<Vec<_>>()
        };
        assert_eq!(f(&none), [RiskFilter::NoRisk]);
        assert_eq!(f(&unassessed), [RiskFilter::Any]);
        assert_eq!(f(&moderate), [RiskFilter::Any]);
        assert_eq!(f(&serious), [RiskFilter::Serious, RiskFilter::Any]);
    }
}
