//! Involvement-driven guidance for action plans (S3.2), as a small rule set. What the
//! OECD guidance expects depends on how the company is involved in an impact:
//!
//! - it **causes** the impact: stop the activity and prevent it from happening again
//!   (for an impact that may happen, changing its own practice prevents it as well);
//! - it **contributes**: stop its own contribution (its purchasing, design or
//!   distribution practices) *and* use its leverage on the others involved;
//! - it is **directly linked** through a business relationship: use and, where needed,
//!   increase its leverage.
//!
//! Ending the relationship is the last resort: only after leverage was tried and judged
//! not (enough) effective, and with an eye on what leaving does to the workers. A
//! measure that does not work calls for the next step up (`escalation`). Each rule is
//! one function with its test.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::action::{ActionStatus, Effectiveness, MeasureType};
use crate::model::risk::Involvement;
use crate::model::vocab::vocabulary;

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
    /// Disengagement planned while no leverage measure has run and been judged not (or
    /// only partly) effective.
    DisengagementTooEarly,
    /// Switching to another supplier leaves the harm where it is; it is seldom the best
    /// answer.
    SwitchingNotBest,
}

/// A measure in a plan, with its status (a stopped measure does not count for the fit)
/// and the judgements of its two latest judged progress notes, newest first
/// (`not_judged` where there are fewer).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct PlannedMeasure {
    pub measure: MeasureType,
    pub status: ActionStatus,
    pub recent: [Effectiveness; 2],
    /// A responsible disengagement with a written reason for leaving before leverage
    /// was judged not to work.
    #[serde(default)]
    pub explained: bool,
}

impl PlannedMeasure {
    /// A measure without judged progress notes yet.
    pub fn new(measure: MeasureType, status: ActionStatus) -> PlannedMeasure {
        PlannedMeasure {
            measure,
            status,
            recent: [Effectiveness::NotJudged; 2],
            explained: false,
        }
    }

    /// The measure does not work: its latest note judges it not effective, or its two
    /// latest judge it only partly effective.
    pub fn fails(&self) -> bool {
        use Effectiveness::*;
        matches!(
            self.recent,
            [NotEffective, _] | [PartlyEffective, PartlyEffective]
        )
    }

    /// The measure has run and its latest note judges it not, or only partly, effective.
    fn judged_insufficient(&self) -> bool {
        matches!(
            self.recent[0],
            Effectiveness::NotEffective | Effectiveness::PartlyEffective
        )
    }
}

/// The two latest judgements among progress notes given newest first.
pub fn recent_judgements(
    newest_first: impl IntoIterator<Item = Effectiveness>,
) -> [Effectiveness; 2] {
    let mut out = [Effectiveness::NotJudged; 2];
    for (slot, e) in out.iter_mut().zip(
        newest_first
            .into_iter()
            .filter(|e| *e != Effectiveness::NotJudged),
    ) {
        *slot = e;
    }
    out
}

vocabulary! {
    /// The steps up when leverage does not work (S3.4), in order: more or shared
    /// leverage, collaboration with others (a chain project, a sector initiative),
    /// suspending the relationship on conditions, and as the last resort ending it
    /// responsibly.
    EscalationStep {
        IncreaseLeverage = "increase_leverage",
        Collaborate = "collaborate",
        SuspendWithConditions = "suspend_with_conditions",
        ResponsiblyDisengage = "responsibly_disengage",
    }
}

/// A plan that needs escalation: the measure that does not work and the steps up that
/// remain, nearest first. No steps: it was the company's own measure, which must change.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Escalation {
    pub failed: MeasureType,
    pub next: Vec<EscalationStep>,
}

/// Where a measure stands on the ladder of S3.4: 0 the company's own conduct, 1 using
/// leverage, 2 more leverage, 3 collaboration, 5 leaving. Switching supplier is not on it.
fn rung(m: MeasureType) -> Option<u8> {
    use MeasureType::*;
    match m {
        StopActivity | StopContribution | ChangeOwnPractice => Some(0),
        UseLeverage | CorrectiveActionPlan | SupplierTraining | Certification => Some(1),
        IncreaseLeverage => Some(2),
        ChainProject | SectorInitiative => Some(3),
        SuspendWithConditions => Some(4),
        ResponsibleDisengagement => Some(5),
        AlternativeSourcing => None,
    }
}

const STEPS: [(u8, EscalationStep); 4] = [
    (2, EscalationStep::IncreaseLeverage),
    (3, EscalationStep::Collaborate),
    (4, EscalationStep::SuspendWithConditions),
    (5, EscalationStep::ResponsiblyDisengage),
];

/// Whether the plan needs escalation: a measure does not work (`PlannedMeasure::fails`)
/// and no measure higher on the ladder is under way that works or is not yet judged.
/// The highest failing measure counts; a stopped failing measure still asks for the next
/// step.
pub fn escalation(plan: &[PlannedMeasure]) -> Option<Escalation> {
    let (failed, from) = plan
        .iter()
        .filter(|m| m.fails())
        .filter_map(|m| rung(m.measure).map(|r| (m.measure, r)))
        .max_by_key(|(_, r)| *r)?;
    let answered = plan.iter().any(|m| {
        m.status != ActionStatus::Stopped && !m.fails() && rung(m.measure).is_some_and(|r| r > from)
    });
    if answered || from == 5 {
        return None;
    }
    let next = if from == 0 {
        Vec::new()
    } else {
        STEPS
            .iter()
            .filter(|(r, _)| *r > from)
            .map(|(_, s)| *s)
            .collect()
    };
    Some(Escalation { failed, next })
}

/// The measure types that fit an involvement, most fitting first.
pub fn fitting_measures(involvement: Involvement) -> Vec<MeasureType> {
    use MeasureType::*;
    match involvement {
        Involvement::Causes => vec![
            StopActivity,
            ChangeOwnPractice,
            CorrectiveActionPlan,
            ChainProject,
        ],
        Involvement::Contributes => vec![
            StopContribution,
            ChangeOwnPractice,
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

/// The impact a plan is for: how the company is involved, and whether it is happening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Impact {
    pub involvement: Involvement,
    pub actual: bool,
}

fn causes_needs_stop(i: &Impact, plan: &[PlannedMeasure]) -> Option<Advice> {
    // Harm that may happen is prevented by changing the own practice as well as by
    // stopping the activity; harm that happens must stop.
    let stops =
        |m| m == MeasureType::StopActivity || (!i.actual && m == MeasureType::ChangeOwnPractice);
    (i.involvement == Involvement::Causes && !has(plan, stops)).then_some(Advice::CausesNeedsStop)
}

fn contributes_needs_own_change(i: &Impact, plan: &[PlannedMeasure]) -> Option<Advice> {
    (i.involvement == Involvement::Contributes
        && !has(plan, |m| {
            matches!(
                m,
                MeasureType::StopContribution
                    | MeasureType::ChangeOwnPractice
                    | MeasureType::StopActivity
            )
        }))
    .then_some(Advice::ContributesNeedsOwnChange)
}

fn contributes_needs_leverage(i: &Impact, plan: &[PlannedMeasure]) -> Option<Advice> {
    (i.involvement == Involvement::Contributes && !has(plan, MeasureType::is_leverage))
        .then_some(Advice::ContributesNeedsLeverage)
}

fn linked_needs_leverage(i: &Impact, plan: &[PlannedMeasure]) -> Option<Advice> {
    (i.involvement == Involvement::DirectlyLinked && !has(plan, MeasureType::is_leverage))
        .then_some(Advice::LinkedNeedsLeverage)
}

fn linked_stop_activity_misfit(i: &Impact, plan: &[PlannedMeasure]) -> Option<Advice> {
    (i.involvement == Involvement::DirectlyLinked && has(plan, |m| m == MeasureType::StopActivity))
        .then_some(Advice::LinkedStopActivityMisfit)
}

fn disengagement_too_early(_i: &Impact, plan: &[PlannedMeasure]) -> Option<Advice> {
    // Leverage that has run and was judged not (enough) effective, stopped or not.
    let tried = plan
        .iter()
        .any(|m| m.measure.is_leverage() && m.judged_insufficient());
    // A disengagement without a written reason for leaving before that.
    let unexplained = plan
        .iter()
        .any(|m| m.measure == MeasureType::ResponsibleDisengagement && !m.explained);
    (unexplained && !tried).then_some(Advice::DisengagementTooEarly)
}

fn switching_not_best(_i: &Impact, plan: &[PlannedMeasure]) -> Option<Advice> {
    has(plan, |m| m == MeasureType::AlternativeSourcing).then_some(Advice::SwitchingNotBest)
}

type Rule = fn(&Impact, &[PlannedMeasure]) -> Option<Advice>;

const RULES: [Rule; 7] = [
    causes_needs_stop,
    contributes_needs_own_change,
    contributes_needs_leverage,
    linked_needs_leverage,
    linked_stop_activity_misfit,
    disengagement_too_early,
    switching_not_best,
];

/// Everything that does not fit in a plan for a risk with this involvement. An empty
/// plan gets the advice too: it shows what the plan should hold.
pub fn advise(
    involvement: Option<Involvement>,
    actual: bool,
    plan: &[PlannedMeasure],
) -> Vec<Advice> {
    let Some(involvement) = involvement else {
        return vec![Advice::InvolvementUnknown];
    };
    let impact = Impact {
        involvement,
        actual,
    };
    let mut out: Vec<Advice> = RULES
        .iter()
        .filter_map(|rule| rule(&impact, plan))
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests;
