//! Involvement-driven guidance for action plans (S3.2), as a small rule set. What the
//! OECD guidance expects depends on how the company is involved in an impact:
//!
//! - it **causes** the impact: stop the activity and prevent it from happening again;
//! - it **contributes**: stop its own contribution (its purchasing, design or
//!   distribution practices) *and* use its leverage on the others involved;
//! - it is **directly linked** through a business relationship: use and, where needed,
//!   increase its leverage.
//!
//! Ending the relationship is the last resort: only after leverage was tried, and with
//! an eye on what leaving does to the workers. Each rule is one function with its test.

use serde::Serialize;
use ts_rs::TS;

use crate::model::action::{ActionStatus, MeasureType};
use crate::model::risk::Involvement;

/// A remark on a plan; the UI writes it out as `guidance.<code>`.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Advice {
    /// The involvement is not assessed yet, so no fitting plan can be told.
    InvolvementUnknown,
    /// Causing: the plan has no measure that stops the company's own activity.
    CausesNeedsStop,
    /// Contributing: nothing changes the company's own practices.
    ContributesNeedsOwnChange,
    /// Contributing: nothing uses leverage on the others involved.
    ContributesNeedsLeverage,
    /// Directly linked: nothing uses or increases leverage.
    LinkedNeedsLeverage,
    /// Directly linked: stopping an own activity does not address someone else's harm.
    LinkedStopActivityMisfit,
    /// Disengagement planned while no leverage measure has been tried.
    DisengagementTooEarly,
}

/// A measure in a plan, with its status (a stopped measure does not count).
#[derive(Debug, Clone, Copy)]
pub struct PlannedMeasure {
    pub measure: MeasureType,
    pub status: ActionStatus,
}

/// The measure types that fit an involvement, most fitting first.
pub fn fitting_measures(involvement: Involvement) -> Vec<MeasureType> {
    use MeasureType::*;
    match involvement {
        Involvement::Causes => vec![StopActivity, CorrectiveActionPlan, ChainProject],
        Involvement::Contributes => vec![
            StopContribution,
            UseLeverage,
            IncreaseLeverage,
            CorrectiveActionPlan,
            SupplierTraining,
        ],
        Involvement::DirectlyLinked => vec![
            UseLeverage,
            IncreaseLeverage,
            CorrectiveActionPlan,
            SupplierTraining,
            ChainProject,
            SectorInitiative,
        ],
    }
}

fn live(plan: &[PlannedMeasure]) -> impl Iterator<Item = MeasureType> + '_ {
    plan.iter()
        .filter(|m| m.status != ActionStatus::Stopped)
        .map(|m| m.measure)
}

fn has(plan: &[PlannedMeasure], f: impl Fn(MeasureType) -> bool) -> bool {
    live(plan).any(f)
}

fn causes_needs_stop(inv: Involvement, plan: &[PlannedMeasure]) -> Option<Advice> {
    (inv == Involvement::Causes && !has(plan, |m| m == MeasureType::StopActivity))
        .then_some(Advice::CausesNeedsStop)
}

fn contributes_needs_own_change(inv: Involvement, plan: &[PlannedMeasure]) -> Option<Advice> {
    (inv == Involvement::Contributes
        && !has(plan, |m| {
            matches!(m, MeasureType::StopContribution | MeasureType::StopActivity)
        }))
    .then_some(Advice::ContributesNeedsOwnChange)
}

fn contributes_needs_leverage(inv: Involvement, plan: &[PlannedMeasure]) -> Option<Advice> {
    (inv == Involvement::Contributes && !has(plan, MeasureType::is_leverage))
        .then_some(Advice::ContributesNeedsLeverage)
}

fn linked_needs_leverage(inv: Involvement, plan: &[PlannedMeasure]) -> Option<Advice> {
    (inv == Involvement::DirectlyLinked && !has(plan, MeasureType::is_leverage))
        .then_some(Advice::LinkedNeedsLeverage)
}

fn linked_stop_activity_misfit(inv: Involvement, plan: &[PlannedMeasure]) -> Option<Advice> {
    (inv == Involvement::DirectlyLinked && has(plan, |m| m == MeasureType::StopActivity))
        .then_some(Advice::LinkedStopActivityMisfit)
}

fn disengagement_too_early(_inv: Involvement, plan: &[PlannedMeasure]) -> Option<Advice> {
    (has(plan, |m| m == MeasureType::ResponsibleDisengagement)
        && !has(plan, MeasureType::is_leverage))
    .then_some(Advice::DisengagementTooEarly)
}

type Rule = fn(Involvement, &[PlannedMeasure]) -> Option<Advice>;

const RULES: [Rule; 6] = [
    causes_needs_stop,
    contributes_needs_own_change,
    contributes_needs_leverage,
    linked_needs_leverage,
    linked_stop_activity_misfit,
    disengagement_too_early,
];

/// Everything that does not fit in a plan for a risk with this involvement. An empty
/// plan gets the advice too: it shows what the plan should hold.
pub fn advise(involvement: Option<Involvement>, plan: &[PlannedMeasure]) -> Vec<Advice> {
    let Some(inv) = involvement else {
        return vec![Advice::InvolvementUnknown];
    };
    let mut out: Vec<Advice> = RULES.iter().filter_map(|rule| rule(inv, plan)).collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use MeasureType::*;

    fn plan(measures: &[MeasureType]) -> Vec<PlannedMeasure> {
        measures
            .iter()
            .map(|m| PlannedMeasure {
                measure: *m,
                status: ActionStatus::Planned,
            })
            .collect()
    }

    #[test]
    fn causing_needs_a_stop_of_the_own_activity() {
        assert_eq!(
            advise(Some(Involvement::Causes), &plan(&[SupplierTraining])),
            [Advice::CausesNeedsStop]
        );
        assert!(advise(Some(Involvement::Causes), &plan(&[StopActivity])).is_empty());
    }

    #[test]
    fn contributing_needs_an_own_change_and_leverage() {
        assert_eq!(
            advise(Some(Involvement::Contributes), &plan(&[UseLeverage])),
            [Advice::ContributesNeedsOwnChange]
        );
        assert_eq!(
            advise(Some(Involvement::Contributes), &plan(&[StopContribution])),
            [Advice::ContributesNeedsLeverage]
        );
        assert!(advise(
            Some(Involvement::Contributes),
            &plan(&[StopContribution, CorrectiveActionPlan])
        )
        .is_empty());
    }

    #[test]
    fn directly_linked_needs_leverage_and_stopping_an_own_activity_does_not_fit() {
        assert_eq!(
            advise(Some(Involvement::DirectlyLinked), &plan(&[Certification])),
            [Advice::LinkedNeedsLeverage]
        );
        assert_eq!(
            advise(
                Some(Involvement::DirectlyLinked),
                &plan(&[StopActivity, UseLeverage])
            ),
            [Advice::LinkedStopActivityMisfit]
        );
    }

    #[test]
    fn disengagement_alone_is_a_last_resort_taken_too_early() {
        let advice = advise(
            Some(Involvement::DirectlyLinked),
            &plan(&[ResponsibleDisengagement]),
        );
        assert!(advice.contains(&Advice::DisengagementTooEarly));
        assert!(advice.contains(&Advice::LinkedNeedsLeverage));
        assert!(advise(
            Some(Involvement::DirectlyLinked),
            &plan(&[IncreaseLeverage, ResponsibleDisengagement])
        )
        .is_empty());
    }

    #[test]
    fn a_stopped_measure_does_not_count_and_unknown_involvement_is_said() {
        let stopped = [PlannedMeasure {
            measure: UseLeverage,
            status: ActionStatus::Stopped,
        }];
        assert_eq!(
            advise(Some(Involvement::DirectlyLinked), &stopped),
            [Advice::LinkedNeedsLeverage]
        );
        assert_eq!(
            advise(None, &plan(&[UseLeverage])),
            [Advice::InvolvementUnknown]
        );
        assert_eq!(
            fitting_measures(Involvement::Contributes)[0],
            StopContribution
        );
    }
}
