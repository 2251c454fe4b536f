//! One test per rule of the plan guidance and the escalation ladder.

use super::*;
use MeasureType::*;

fn plan(measures: &[MeasureType]) -> Vec<PlannedMeasure> {
    measures
        .iter()
        .map(|m| PlannedMeasure::new(*m, ActionStatus::Planned))
        .collect()
}

fn judged(measure: MeasureType, status: ActionStatus, notes: &[Effectiveness]) -> PlannedMeasure {
    PlannedMeasure {
        recent: recent_judgements(notes.iter().copied()),
        ..PlannedMeasure::new(measure, status)
    }
}

#[test]
fn causing_a_potential_impact_is_also_answered_by_changing_the_own_practice() {
    let causes = Some(Involvement::Causes);
    assert!(advise(causes, false, &plan(&[ChangeOwnPractice])).is_empty());
    // Harm that is happening must stop.
    assert_eq!(
        advise(causes, true, &plan(&[ChangeOwnPractice])),
        [Advice::CausesNeedsStop]
    );
    assert!(advise(causes, true, &plan(&[StopActivity])).is_empty());
    // Changing the own practice is the own change a contributor needs too.
    assert_eq!(
        advise(
            Some(Involvement::Contributes),
            true,
            &plan(&[ChangeOwnPractice])
        ),
        [Advice::ContributesNeedsLeverage]
    );
}

#[test]
fn suspension_is_the_step_before_leaving() {
    use Effectiveness::*;
    let p = [judged(
        SuspendWithConditions,
        ActionStatus::InProgress,
        &[NotEffective],
    )];
    assert_eq!(
        escalation(&p).map(|e| e.next),
        Some(vec![EscalationStep::ResponsiblyDisengage])
    );
    // A suspension under way answers failed leverage.
    let answered = [
        judged(UseLeverage, ActionStatus::Stopped, &[NotEffective]),
        PlannedMeasure::new(SuspendWithConditions, ActionStatus::InProgress),
    ];
    assert_eq!(escalation(&answered), None);
}

#[test]
fn causing_needs_a_stop_of_the_own_activity() {
    assert_eq!(
        advise(Some(Involvement::Causes), false, &plan(&[SupplierTraining])),
        [Advice::CausesNeedsStop]
    );
    assert!(advise(Some(Involvement::Causes), false, &plan(&[StopActivity])).is_empty());
}

#[test]
fn contributing_needs_an_own_change_and_leverage() {
    assert_eq!(
        advise(Some(Involvement::Contributes), false, &plan(&[UseLeverage])),
        [Advice::ContributesNeedsOwnChange]
    );
    assert_eq!(
        advise(
            Some(Involvement::Contributes),
            false,
            &plan(&[StopContribution])
        ),
        [Advice::ContributesNeedsLeverage]
    );
    assert!(advise(
        Some(Involvement::Contributes),
        false,
        &plan(&[StopContribution, CorrectiveActionPlan])
    )
    .is_empty());
}

#[test]
fn directly_linked_needs_leverage_and_stopping_an_own_activity_does_not_fit() {
    assert_eq!(
        advise(
            Some(Involvement::DirectlyLinked),
            false,
            &plan(&[Certification])
        ),
        [Advice::LinkedNeedsLeverage]
    );
    assert_eq!(
        advise(
            Some(Involvement::DirectlyLinked),
            false,
            &plan(&[StopActivity, UseLeverage])
        ),
        [Advice::LinkedStopActivityMisfit]
    );
}

#[test]
fn disengagement_is_a_last_resort_after_leverage_was_judged_not_enough() {
    use Effectiveness::*;
    let linked = Some(Involvement::DirectlyLinked);
    let advice = advise(linked, false, &plan(&[ResponsibleDisengagement]));
    assert!(advice.contains(&Advice::DisengagementTooEarly));
    assert!(advice.contains(&Advice::LinkedNeedsLeverage));
    // Leverage merely planned is not enough.
    assert_eq!(
        advise(
            linked,
            false,
            &plan(&[IncreaseLeverage, ResponsibleDisengagement])
        ),
        [Advice::DisengagementTooEarly]
    );
    // Nor leverage that works.
    let working = [
        judged(IncreaseLeverage, ActionStatus::InProgress, &[Effective]),
        PlannedMeasure::new(ResponsibleDisengagement, ActionStatus::Planned),
    ];
    assert_eq!(
        advise(linked, false, &working),
        [Advice::DisengagementTooEarly]
    );
    // Leverage that ran and was judged not (or partly) effective, even when stopped.
    for (status, notes) in [
        (ActionStatus::Stopped, &[NotEffective][..]),
        (ActionStatus::InProgress, &[PartlyEffective, NotJudged][..]),
    ] {
        let tried = [
            judged(UseLeverage, status, notes),
            PlannedMeasure::new(ResponsibleDisengagement, ActionStatus::Planned),
        ];
        let advice = advise(linked, false, &tried);
        assert!(
            !advice.contains(&Advice::DisengagementTooEarly),
            "{status:?}"
        );
    }
    // Or a written reason for leaving before that.
    let explained = [
        PlannedMeasure::new(IncreaseLeverage, ActionStatus::Planned),
        PlannedMeasure {
            explained: true,
            ..PlannedMeasure::new(ResponsibleDisengagement, ActionStatus::Planned)
        },
    ];
    assert_eq!(advise(linked, false, &explained), Vec::<Advice>::new());
}

#[test]
fn switching_supplier_is_flagged_as_seldom_the_best_answer() {
    assert_eq!(
        advise(
            Some(Involvement::DirectlyLinked),
            false,
            &plan(&[UseLeverage, AlternativeSourcing])
        ),
        [Advice::SwitchingNotBest]
    );
}

#[test]
fn the_two_latest_judged_notes_count() {
    use Effectiveness::*;
    assert_eq!(
        recent_judgements([
            NotJudged,
            PartlyEffective,
            NotJudged,
            Effective,
            NotEffective
        ]),
        [PartlyEffective, Effective]
    );
    assert_eq!(recent_judgements([NotJudged]), [NotJudged, NotJudged]);
}

#[test]
fn a_measure_judged_not_effective_or_twice_partly_needs_escalation() {
    use Effectiveness::*;
    let cases: [(&[Effectiveness], bool); 6] = [
        (&[NotEffective], true),
        (&[PartlyEffective, PartlyEffective], true),
        (&[PartlyEffective, NotJudged, PartlyEffective], true),
        (&[PartlyEffective], false),
        (&[PartlyEffective, Effective], false),
        (&[Effective, NotEffective], false),
    ];
    for (notes, fails) in cases {
        let p = [judged(UseLeverage, ActionStatus::InProgress, notes)];
        assert_eq!(escalation(&p).is_some(), fails, "{notes:?}");
    }
    let p = [judged(
        UseLeverage,
        ActionStatus::InProgress,
        &[NotEffective],
    )];
    assert_eq!(
        escalation(&p),
        Some(Escalation {
            failed: UseLeverage,
            next: vec![
                EscalationStep::IncreaseLeverage,
                EscalationStep::Collaborate,
                EscalationStep::SuspendWithConditions,
                EscalationStep::ResponsiblyDisengage,
            ],
        })
    );
}

#[test]
fn escalation_proposes_the_steps_above_the_highest_failing_measure_until_one_is_taken() {
    use Effectiveness::*;
    let failing_collaboration = [
        judged(UseLeverage, ActionStatus::Stopped, &[NotEffective]),
        judged(SectorInitiative, ActionStatus::InProgress, &[NotEffective]),
    ];
    assert_eq!(
        escalation(&failing_collaboration).map(|e| (e.failed, e.next)),
        Some((
            SectorInitiative,
            vec![
                EscalationStep::SuspendWithConditions,
                EscalationStep::ResponsiblyDisengage
            ]
        ))
    );
    // A step up under way answers it, as long as that one does not fail too.
    let answered = [
        judged(UseLeverage, ActionStatus::Stopped, &[NotEffective]),
        PlannedMeasure::new(IncreaseLeverage, ActionStatus::Planned),
    ];
    assert_eq!(escalation(&answered), None);
    // A stopped step up does not.
    let stopped = [
        judged(UseLeverage, ActionStatus::InProgress, &[NotEffective]),
        PlannedMeasure::new(ChainProject, ActionStatus::Stopped),
    ];
    assert!(escalation(&stopped).is_some());
    // The company's own measure that fails must change: no step up is proposed.
    let own = [judged(
        StopContribution,
        ActionStatus::InProgress,
        &[NotEffective],
    )];
    assert_eq!(
        escalation(&own),
        Some(Escalation {
            failed: StopContribution,
            next: vec![]
        })
    );
    // Switching supplier is not on the ladder, and leaving is its top.
    let off = [
        judged(
            AlternativeSourcing,
            ActionStatus::InProgress,
            &[NotEffective],
        ),
        judged(
            ResponsibleDisengagement,
            ActionStatus::InProgress,
            &[NotEffective],
        ),
    ];
    assert_eq!(escalation(&off), None);
}

#[test]
fn a_stopped_measure_does_not_count_and_unknown_involvement_is_said() {
    let stopped = [PlannedMeasure::new(UseLeverage, ActionStatus::Stopped)];
    assert_eq!(
        advise(Some(Involvement::DirectlyLinked), false, &stopped),
        [Advice::LinkedNeedsLeverage]
    );
    assert_eq!(
        advise(None, false, &plan(&[UseLeverage])),
        [Advice::InvolvementUnknown]
    );
    assert_eq!(
        fitting_measures(Involvement::Contributes)[0],
        StopContribution
    );
}
