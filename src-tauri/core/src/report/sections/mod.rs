//! Sections that more than one report shares, written from the report model into
//! layout blocks. A section with nothing recorded says so instead of disappearing.
//! Steps 1 and 2 (policy, chains, risks) are in `steps12.rs`, steps 3 and 4 (actions,
//! KPIs, results) in `steps34.rs`, the year's own texts and engagements in `year.rs`, and
//! the legislation check in `laws.rs`.

mod changes;
mod in_full;
mod laws;
mod maturity;
mod steps12;
mod steps34;
mod year;

pub use changes::changes;
pub use in_full::risks_in_full;
pub use laws::laws;
pub use maturity::maturity;
pub use steps12::{
    chains, deferred, policy, risk_breakdown, risk_overview, risk_title, risks, score,
};
pub use steps34::{
    action_rows, action_table, actions_summary, kpis, made_line, measure_cell, results,
    status_text, surveys, KPI_CHARTS,
};
pub use year::{dilemmas, due_next_year, engagements, next_year};

pub use super::writer::{footer, opt, opt_date, opt_money, Writer};

use super::annex::BODY_ROWS;
use super::layout::Block;
use super::model::{ActionLine, KpiLine, ReportModel, RiskLine};
use super::text::Texts;
use crate::exchange::Register;
use crate::messages::Lang;
use crate::model::action::ActionStatus;
use crate::model::action::MeasureType;
use crate::model::risk::Decision;
use crate::model::risk::Theme;

/// What the guidance proposes when a measure of a risk's plan does not work.
pub fn escalation_of(actions: &[&ActionLine]) -> Option<crate::guidance::Escalation> {
    let plan: Vec<crate::guidance::PlannedMeasure> = actions
        .iter()
        .map(|a| crate::guidance::PlannedMeasure {
            measure: a.measure,
            status: a.status,
            recent: a.recent,
            // Only the escalation is read here, which does not look at it.
            explained: false,
        })
        .collect();
    crate::guidance::escalation(&plan)
}

pub(super) fn rationale(t: &Texts, r: &RiskLine) -> Option<String> {
    match t.lang {
        Lang::Nl => r.rationale_nl.clone(),
        Lang::En => r.rationale_en.clone(),
    }
}

pub fn country_or_dash(t: &Texts, c: &Option<String>) -> String {
    c.as_deref()
        .map(|c| t.country(c))
        .unwrap_or_else(|| t.t("cell-empty"))
}
