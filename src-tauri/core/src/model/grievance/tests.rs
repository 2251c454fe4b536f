use super::*;

fn received() -> Grievance {
    Grievance::new(
        "2026-03-02",
        GrievanceChannel::Hotline,
        "Lonen te laat betaald",
    )
}

fn mechanism() -> GrievanceMechanism {
    GrievanceMechanism::default()
}

#[test]
fn a_grievance_moves_through_its_steps_in_order_and_only_forward() {
    use GrievanceStatus::*;
    let g = received().validated().expect("valid");
    assert_eq!(g.status(), Received);
    // Skipping a step is refused.
    let err = g
        .advance(UnderAssessment, "2026-03-03", None, None)
        .expect_err("skip");
    assert_eq!(err.code(), "input.invalid");
    let g = g
        .advance(Acknowledged, "2026-03-04", None, None)
        .expect("ack");
    assert_eq!((g.status(), g.status_on()), (Acknowledged, "2026-03-04"));
    // A step dated before the previous one is refused.
    let err = g
        .advance(UnderAssessment, "2026-03-01", None, None)
        .expect_err("earlier");
    assert_eq!(err.code(), "input.invalid");
    let g = g
        .advance(UnderAssessment, "2026-03-10", None, None)
        .expect("assess");
    // A decision needs an outcome.
    let err = g
        .advance(Upheld, "2026-04-20", None, None)
        .expect_err("no outcome");
    assert_eq!(err.code(), "input.required");
    let g = g
        .advance(
            Upheld,
            "2026-04-20",
            Some("Achterstallig loon betaald".into()),
            None,
        )
        .expect("decide");
    assert_eq!(g.status(), Upheld);
    assert_eq!(g.decision, Some(GrievanceDecision::Upheld));
    assert_eq!(g.next_statuses(), &[Closed]);
    // Closing says whether the matter was resolved for the reporter: a separate fact.
    let err = g
        .advance(Closed, "2026-05-01", None, None)
        .expect_err("resolved unsaid");
    assert_eq!(err.code(), "input.required");
    let g = g
        .advance(Closed, "2026-05-01", None, Some(false))
        .expect("close");
    assert_eq!(g.status(), Closed);
    assert_eq!(g.resolved, Some(false));
    assert_eq!(g.decision, Some(GrievanceDecision::Upheld));
    assert!(g.next_statuses().is_empty());
    assert_eq!(
        g.advance(Closed, "2026-05-02", None, Some(true))
            .expect_err("closed twice")
            .code(),
        "input.invalid"
    );
}

#[test]
fn not_upheld_is_a_decision_too() {
    use GrievanceStatus::*;
    let g = received()
        .advance(Acknowledged, "2026-03-02", None, None)
        .and_then(|g| g.advance(UnderAssessment, "2026-03-02", None, None))
        .and_then(|g| {
            g.advance(
                NotUpheld,
                "2026-03-30",
                Some("Geen bewijs gevonden".into()),
                None,
            )
        })
        .expect("steps");
    assert_eq!(g.status(), NotUpheld);
    assert_eq!(g.decision, Some(GrievanceDecision::NotUpheld));
    // Not upheld, and still resolved: the reporter got an explanation and agreed.
    let closed = g
        .advance(Closed, "2026-04-02", None, Some(true))
        .expect("close");
    assert_eq!(
        (closed.decision, closed.resolved),
        (Some(GrievanceDecision::NotUpheld), Some(true))
    );
    // Partly upheld is a decision of its own.
    let partly = received()
        .advance(Acknowledged, "2026-03-02", None, None)
        .and_then(|g| g.advance(UnderAssessment, "2026-03-02", None, None))
        .and_then(|g| g.advance(PartlyUpheld, "2026-03-30", Some("Deels".into()), None))
        .expect("partly");
    assert_eq!(partly.status(), PartlyUpheld);
}

#[test]
fn deadlines_count_from_the_day_it_came_in() {
    let m = mechanism();
    let g = received();
    assert_eq!(
        g.deadlines(&m),
        ("2026-03-09".to_string(), "2026-05-01".to_string())
    );
    // The day of the deadline is still in time.
    assert!(g.overdue(&m, "2026-03-09").is_empty());
    assert_eq!(
        g.overdue(&m, "2026-03-10"),
        vec![GrievanceDeadline::Acknowledge]
    );
    assert_eq!(
        g.overdue(&m, "2026-05-02"),
        vec![GrievanceDeadline::Acknowledge, GrievanceDeadline::Decide]
    );
    // Acknowledged late: no longer overdue, but counted as late.
    let g = g
        .advance(GrievanceStatus::Acknowledged, "2026-03-12", None, None)
        .expect("ack");
    assert_eq!(g.overdue(&m, "2026-03-20"), vec![]);
    assert_eq!(g.late(&m), vec![GrievanceDeadline::Acknowledge]);
    // Configurable: with 14 days to acknowledge it was in time.
    let generous = GrievanceMechanism {
        acknowledge_days: 14,
        ..m
    };
    assert!(g.late(&generous).is_empty());
    let s = g.summary(&generous, "2026-03-20");
    assert_eq!(s.acknowledge_by, "2026-03-16");
    assert_eq!(s.status, GrievanceStatus::Acknowledged);
}

#[test]
fn the_summary_leaves_out_every_confidential_part() {
    let g = Grievance {
        reporter: Reporter::Confidential,
        reporter_contact: Some("GEHEIM-contact".into()),
        assessed_by: Some("GEHEIM-beoordelaar".into()),
        assessment: Some("GEHEIM-bevinding".into()),
        description: "GEHEIM-omschrijving".into(),
        ..received()
    }
    .validated()
    .expect("valid");
    let text = serde_json::to_string(&g.summary(&mechanism(), "2026-03-05")).expect("json");
    assert!(!text.contains("GEHEIM"), "{text}");
}

#[test]
fn bad_grievances_are_refused_with_their_field() {
    let field = |g: Grievance| match g.validated().expect_err("refused") {
        Error::Invalid { field, .. } | Error::Required { field } => field,
        e => panic!("{e:?}"),
    };
    let anonymous_with_contact = Grievance {
        reporter_contact: Some("06-12345678".into()),
        ..received()
    };
    assert_eq!(field(anonymous_with_contact), "grievance.reporter_contact");
    let closed_without_decision = Grievance {
        acknowledged_on: Some("2026-03-03".into()),
        closed_on: Some("2026-03-05".into()),
        ..received()
    };
    assert_eq!(field(closed_without_decision), "grievance.closed_on");
    let ack_before_received = Grievance {
        acknowledged_on: Some("2026-03-01".into()),
        ..received()
    };
    assert_eq!(field(ack_before_received), "grievance.acknowledged_on");
    let country = Grievance {
        country: Some("XX".into()),
        ..received()
    };
    assert_eq!(field(country), "grievance.country");
    let long = Grievance {
        description: "x".repeat(TEXT_MAX + 1),
        ..received()
    };
    assert_eq!(long.validated().expect_err("long").code(), "input.too_long");
}

#[test]
fn the_mechanism_keeps_its_deadlines_sensible_and_each_criterion_once() {
    let m = GrievanceMechanism {
        decide_days: 5,
        ..mechanism()
    };
    assert_eq!(m.validated().expect_err("short").code(), "input.invalid");
    let check = |c| CriterionCheck {
        criterion: c,
        assessment: CriterionAssessment::Met,
        explanation: None,
    };
    let twice = GrievanceMechanism {
        criteria: vec![check(Criterion::Known), check(Criterion::Known)],
        ..mechanism()
    };
    assert_eq!(
        twice.validated().expect_err("twice").code(),
        "input.invalid"
    );
    let sorted = GrievanceMechanism {
        criteria: vec![check(Criterion::InternationalLaw), check(Criterion::Known)],
        ..mechanism()
    }
    .validated()
    .expect("valid");
    assert_eq!(sorted.criteria[0].criterion, Criterion::Known);
    assert!(sorted.check(Criterion::Trusted).is_none());
}

#[test]
fn a_remedy_role_that_takes_on_less_than_the_involvement_calls_for_needs_a_reason() {
    let remedy = Remedy {
        id: 0,
        risk_id: 1,
        grievance_id: None,
        form: RemedyForm::Compensation,
        description: "Achterstallig loon".into(),
        role: RemedyRole::UseLeverage,
        role_reason: None,
        consulted: None,
        status: RemedyStatus::Planned,
        started_on: None,
        completed_on: None,
    };
    // Directly linked (leverage expected): using leverage is what is expected.
    assert!(remedy.validated(Some(RemedyRole::UseLeverage)).is_ok());
    // Contributing (its share expected): leverage alone needs a reason.
    let err = remedy
        .validated(Some(RemedyRole::ShareOfRemedy))
        .expect_err("reason");
    assert_eq!(err.code(), "input.required");
    let with_reason = Remedy {
        role_reason: Some("Bijdrage via de fabriek wordt nog onderzocht".into()),
        ..remedy.clone()
    };
    assert!(with_reason
        .validated(Some(RemedyRole::ShareOfRemedy))
        .is_ok());
    // Involvement not yet known: no expectation to differ from.
    assert!(remedy.validated(None).is_ok());
    // Taking on more than expected needs no reason: a directly linked company may
    // contribute to remedy, a contributing one may provide it in full.
    for (role, expected) in [
        (RemedyRole::ShareOfRemedy, RemedyRole::UseLeverage),
        (RemedyRole::ProvideFull, RemedyRole::UseLeverage),
        (RemedyRole::ProvideFull, RemedyRole::ShareOfRemedy),
    ] {
        let more = Remedy {
            role,
            ..remedy.clone()
        };
        assert!(more.validated(Some(expected)).is_ok(), "{role:?}");
    }
    // Causing the harm and taking only a share: less than expected, so a reason.
    let share = Remedy {
        role: RemedyRole::ShareOfRemedy,
        ..remedy.clone()
    };
    assert_eq!(
        share
            .validated(Some(RemedyRole::ProvideFull))
            .expect_err("less")
            .code(),
        "input.required"
    );
    let backwards = Remedy {
        started_on: Some("2026-05-01".into()),
        completed_on: Some("2026-04-01".into()),
        ..remedy
    };
    assert_eq!(
        backwards.validated(None).expect_err("backwards").code(),
        "input.invalid"
    );
}
