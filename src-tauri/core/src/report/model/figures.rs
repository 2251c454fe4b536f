//! The year in counts, as the first page of the yearly report gives them, so that a
//! year can be set beside the year before it.

use super::{KpiLine, ReportModel};
use crate::model::action::ActionStatus;
use crate::model::risk::Decision;

/// The counts of one year, from its report model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figures {
    pub suppliers: u32,
    pub countries: u32,
    pub chains: u32,
    pub chains_complete: u32,
    pub code_signed: u32,
    pub risks: u32,
    pub assessed: u32,
    pub prioritised: u32,
    pub deferred: u32,
    pub actual: u32,
    pub done: u32,
    pub running: u32,
    pub overdue: u32,
    pub kpis: u32,
    pub kpis_measured: u32,
    pub kpis_reached: u32,
    pub grievances: u32,
    pub grievances_closed: u32,
}

/// A closed year's counts and what changed since, for the comparison with the year
/// after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Previous {
    pub year: i32,
    pub figures: Figures,
    pub changes: crate::report::compare::Changes,
}

fn count<T>(items: &[T], f: impl Fn(&T) -> bool) -> u32 {
    items.iter().filter(|x| f(x)).count() as u32
}

impl Figures {
    pub fn of(m: &ReportModel) -> Figures {
        Figures {
            suppliers: m.suppliers.active,
            countries: m.suppliers.by_country.len() as u32,
            chains: m.chains.len() as u32,
            chains_complete: count(&m.chains, |c| c.completeness >= 100),
            code_signed: m.code_of_conduct.signed,
            risks: m.risks.len() as u32,
            assessed: count(&m.risks, |r| r.severity.is_some()),
            prioritised: count(&m.risks, |r| r.prioritised()),
            deferred: count(&m.risks, |r| r.decision == Decision::Deferred),
            actual: count(&m.risks, |r| r.actual),
            done: count(&m.actions, |a| a.status == ActionStatus::Done),
            running: count(&m.actions, |a| {
                matches!(a.status, ActionStatus::Planned | ActionStatus::InProgress)
            }),
            overdue: count(&m.actions, |a| a.overdue),
            kpis: m.kpis.len() as u32,
            kpis_measured: count(&m.kpis, |k| k.latest().is_some()),
            kpis_reached: count(&m.kpis, reached),
            grievances: m.grievances.received,
            grievances_closed: m.grievances.closed,
        }
    }
}

/// A KPI whose latest measurement reached its target, in the direction from its baseline
/// to its target (up when there is no baseline).
pub fn reached(k: &KpiLine) -> bool {
    let Some(latest) = k.latest() else {
        return false;
    };
    match k.baseline {
        Some(b) if b > k.target => latest <= k.target,
        _ => latest >= k.target,
    }
}
