//! Sections that more than one report shares, written from the report model into
//! layout blocks. A section with nothing recorded says so instead of disappearing.
//! Steps 1 and 2 (policy, chains, risks) are in `steps12.rs`, steps 3 and 4 (actions,
//! KPIs, results) in `steps34.rs`, and the year's own texts and engagements in `year.rs`.

mod steps12;
mod steps34;
mod year;

pub use steps12::{chains, policy, risks};
pub use steps34::{action_table, kpis, made_line, measure_cell, results, status_text};
pub use year::{dilemmas, due_next_year, engagements, next_year};

pub use super::writer::{footer, opt, opt_date, opt_money, Writer};

use super::layout::Block;
use super::model::{ActionLine, ReportModel, RiskLine};
use super::text::Texts;
use crate::messages::Lang;
use crate::model::action::ActionStatus;
use crate::model::risk::Decision;

pub(super) fn rationale(t: &Texts, r: &RiskLine) -> Option<String> {
    match t.lang {
        Lang::Nl => r.rationale_nl.clone(),
        Lang::En => r.rationale_en.clone(),
    }
}

pub(super) fn country_or_dash(t: &Texts, c: &Option<String>) -> String {
    c.as_deref()
        .map(|c| t.country(c))
        .unwrap_or_else(|| t.t("cell-empty"))
}
