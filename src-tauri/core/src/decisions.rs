//! Decisions on risks must be explained (S2.7, `docs/prioritisation.md`).
//!
//! Deferring is postponing, never dropping: a deferral says why, and when the risk will
//! be looked at again, at most a year after the end of the reporting year. A decision
//! that goes against the order of the method — deferring an actual impact or a risk of
//! the highest severity, or prioritising a risk while a more severe one has no decision
//! yet — is confirmed explicitly, with a reason. Pure functions: saving a risk refuses
//! what [`check`] refuses; [`warnings`] names what was stored before these rules (older
//! dossiers) or has come due since.

use crate::error::{Error, Result};
use crate::model::risk::{Decision, Level, Risk};
use crate::model::vocab::vocabulary;

/// The highest severity: deferring such a risk asks for a confirmation.
pub const HIGHEST_SEVERITY: Level = 5;

vocabulary! {
    /// Why a decision asks for an explicit confirmation with a reason: deferring an
    /// impact that is happening now, deferring a risk of the highest severity, or
    /// prioritising a risk while a more severe one has no decision yet.
    Confirmation {
        DeferActual = "defer_actual",
        DeferSevere = "defer_severe",
        SkipsMoreSevere = "skips_more_severe",
    }
}

vocabulary! {
    /// A decision to look at again; the register and `ketenkompas-cli risks --json` give
    /// these codes per risk: deferred without a reason (possible in dossiers from before
    /// that rule), a decision that asks for a confirmation stored without one, a review
    /// date more than a year past the end of the reporting year, a deferred risk
    /// whose review date has come, and an involvement to look at again
    /// ([`involvement_questioned`]).
    DecisionWarning {
        DeferralUnexplained = "deferral_unexplained",
        Unconfirmed = "unconfirmed",
        ReviewTooLate = "review_too_late",
        ReviewDue = "review_due",
        InvolvementQuestioned = "involvement_questioned",
    }
}

/// What the rules need to know besides the risk itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The latest review date allowed ([`latest_review`] of the reporting year), if the
    /// dossier has a reporting year.
    pub latest_review: Option<String>,
    /// The highest severity among the other assessed risks without a decision.
    pub most_severe_undecided: Option<Level>,
}

/// What the rules look at in one risk: its decision and what makes a decision weighty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    pub decision: Decision,
    pub actual: bool,
    /// The highest of the three severity scores; `None` while not assessed.
    pub severity: Option<Level>,
    /// The decision has a reason that is more than white space.
    pub explained: bool,
    pub review_date: Option<String>,
    pub confirmed: bool,
}

impl Risk {
    /// The severity the ranking uses (`prioritisation`), once assessed.
    pub fn severity(&self) -> Option<Level> {
        self.assessed().map(|a| a.severity())
    }

    /// The risk as the rules on decisions look at it.
    pub fn decided(&self) -> Decided {
        Decided {
            decision: self.decision,
            actual: self.actual,
            severity: self.severity(),
            explained: self
                .decision_reason
                .as_deref()
                .is_some_and(|r| !r.trim().is_empty()),
            review_date: self.review_date.clone(),
            confirmed: self.decision_confirmed,
        }
    }
}

/// The last day a review may be planned for: the end of the year after `reporting_year`.
pub fn latest_review(reporting_year: i32) -> String {
    format!("{:04}-12-31", reporting_year + 1)
}

/// One risk as [`most_severe_undecided`] needs it: its id, decision and severity.
pub type DecisionFacts = (i64, Decision, Option<Level>);

/// The highest severity among assessed risks without a decision, leaving out `except`
/// (the risk being decided on).
pub fn most_severe_undecided(
    risks: impl IntoIterator<Item = DecisionFacts>,
    except: i64,
) -> Option<Level> {
    risks
        .into_iter()
        .filter(|(id, decision, _)| *id != except && *decision == Decision::Open)
        .filter_map(|(_, _, severity)| severity)
        .max()
}

/// Why the risk's decision asks for a confirmation (empty when it does not).
pub fn confirmations(risk: &Decided, most_severe_undecided: Option<Level>) -> Vec<Confirmation> {
    let severity = risk.severity;
    let mut out = Vec::new();
    match risk.decision {
        Decision::Open => {}
        Decision::Deferred => {
            if risk.actual {
                out.push(Confirmation::DeferActual);
            }
            if severity == Some(HIGHEST_SEVERITY) {
                out.push(Confirmation::DeferSevere);
            }
        }
        Decision::Prioritised => {
            if let (Some(own), Some(other)) = (severity, most_severe_undecided) {
                if other > own {
                    out.push(Confirmation::SkipsMoreSevere);
                }
            }
        }
    }
    out
}

/// Whether the risk's decision may be stored. Returns whether it stands confirmed: true
/// only when a confirmation is asked for and given, so that a confirmation never
/// outlives the decision it was given for.
pub fn check(risk: &Decided, cx: &Context) -> Result<bool> {
    if risk.decision == Decision::Deferred && !risk.explained {
        return Err(Error::DeferralUnexplained);
    }
    if let (Some(date), Some(latest)) = (&risk.review_date, &cx.latest_review) {
        if date > latest {
            return Err(Error::ReviewTooLate {
                latest: latest.clone(),
            });
        }
    }
    let asked = confirmations(risk, cx.most_severe_undecided);
    if asked.is_empty() {
        return Ok(false);
    }
    if !risk.confirmed {
        return Err(Error::DecisionUnconfirmed {
            reasons: asked.iter().map(|c| c.as_str().to_string()).collect(),
        });
    }
    if !risk.explained {
        return Err(Error::Required {
            field: "risk.decision_reason".into(),
        });
    }
    Ok(true)
}

/// The company describes its own part in the harm (its purchasing, design or
/// distribution) but calls itself only directly linked: its own part may make it a
/// contributor, with more expected of it in the plan and in remedy.
pub fn involvement_questioned(risk: &Risk) -> bool {
    risk.involvement == Some(crate::model::risk::Involvement::DirectlyLinked)
        && risk
            .own_contribution
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty())
}

/// What is wrong with a stored decision on `today` (ISO date).
pub fn warnings(risk: &Decided, cx: &Context, today: &str) -> Vec<DecisionWarning> {
    let mut out = Vec::new();
    if risk.decision == Decision::Deferred && !risk.explained {
        out.push(DecisionWarning::DeferralUnexplained);
    }
    if !confirmations(risk, cx.most_severe_undecided).is_empty() && !risk.confirmed {
        out.push(DecisionWarning::Unconfirmed);
    }
    if let Some(date) = &risk.review_date {
        if cx
            .latest_review
            .as_ref()
            .is_some_and(|latest| date > latest)
        {
            out.push(DecisionWarning::ReviewTooLate);
        }
        if risk.decision == Decision::Deferred && date.as_str() <= today {
            out.push(DecisionWarning::ReviewDue);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::risk::tests::minimal;
    use crate::model::risk::Assessment;

    fn risk(decision: Decision, severity: Level, actual: bool) -> Risk {
        let mut r = minimal();
        r.id = 7;
        r.decision = decision;
        r.actual = actual;
        r.assessment = Some(Assessment {
            scale: severity,
            scope: 1,
            irremediability: 1,
            likelihood: 3,
        });
        if decision == Decision::Deferred {
            r.decision_reason = Some("Eerst de leveranciers met de meeste omzet.".into());
            r.review_date = Some("2027-06-30".into());
        }
        r
    }

    fn cx(most_severe_undecided: Option<Level>) -> Context {
        Context {
            latest_review: Some(latest_review(2026)),
            most_severe_undecided,
        }
    }

    #[test]
    fn a_review_may_lie_until_the_end_of_the_year_after_the_reporting_year() {
        assert_eq!(latest_review(2026), "2027-12-31");
        let mut r = risk(Decision::Deferred, 3, false);
        r.review_date = Some("2027-12-31".into());
        assert!(!check(&r.decided(), &cx(None)).expect("last day"));
        r.review_date = Some("2028-01-01".into());
        let e = check(&r.decided(), &cx(None)).expect_err("too late");
        assert_eq!(e.code(), "risk.review_too_late");
        assert_eq!(e.params()["latest"], "2027-12-31");
        r.review_date = Some("2200-01-01".into());
        assert_eq!(
            warnings(&r.decided(), &cx(None), "2026-12-06"),
            vec![DecisionWarning::ReviewTooLate]
        );
    }

    #[test]
    fn deferring_needs_a_reason() {
        let mut r = risk(Decision::Deferred, 3, false);
        r.decision_reason = Some("   ".into());
        assert_eq!(
            check(&r.decided(), &cx(None))
                .expect_err("no reason")
                .code(),
            "risk.deferral_unexplained"
        );
        assert_eq!(
            warnings(&r.decided(), &cx(None), "2026-12-06"),
            vec![DecisionWarning::DeferralUnexplained]
        );
        r.decision_reason = Some("Eerst de kleding, dan de schoenen.".into());
        assert!(!check(&r.decided(), &cx(None)).expect("explained"));
    }

    #[test]
    fn deferring_an_actual_impact_or_a_severity_five_risk_asks_for_a_confirmation() {
        for (severity, actual, asked) in [
            (5, false, vec![Confirmation::DeferSevere]),
            (3, true, vec![Confirmation::DeferActual]),
            (
                5,
                true,
                vec![Confirmation::DeferActual, Confirmation::DeferSevere],
            ),
            (4, false, vec![]),
        ] {
            let mut r = risk(Decision::Deferred, severity, actual);
            assert_eq!(
                confirmations(&r.decided(), None),
                asked,
                "{severity} {actual}"
            );
            if asked.is_empty() {
                assert!(!check(&r.decided(), &cx(None)).expect("no confirmation asked"));
                r.decision_confirmed = true;
                // A confirmation where none is asked is not kept.
                assert!(!check(&r.decided(), &cx(None)).expect("kept false"));
                continue;
            }
            let e = check(&r.decided(), &cx(None)).expect_err("unconfirmed");
            assert_eq!(e.code(), "risk.decision_unconfirmed");
            let codes: Vec<&str> = asked.iter().map(|c| c.as_str()).collect();
            assert_eq!(e.params()["reasons"], codes.join(","));
            assert_eq!(
                warnings(&r.decided(), &cx(None), "2026-12-06"),
                vec![DecisionWarning::Unconfirmed]
            );
            r.decision_confirmed = true;
            assert!(check(&r.decided(), &cx(None)).expect("confirmed"));
            assert!(warnings(&r.decided(), &cx(None), "2026-12-06").is_empty());
        }
    }

    #[test]
    fn prioritising_while_a_more_severe_risk_has_no_decision_asks_for_a_confirmation() {
        let mut r = risk(Decision::Prioritised, 3, false);
        // Another risk of severity 3 or lower without a decision: no question.
        assert!(confirmations(&r.decided(), Some(3)).is_empty());
        assert!(confirmations(&r.decided(), None).is_empty());
        assert_eq!(
            confirmations(&r.decided(), Some(4)),
            vec![Confirmation::SkipsMoreSevere]
        );
        assert_eq!(
            check(&r.decided(), &cx(Some(4)))
                .expect_err("unconfirmed")
                .code(),
            "risk.decision_unconfirmed"
        );
        r.decision_confirmed = true;
        // Confirmed, but a confirmation needs its reason.
        assert_eq!(
            check(&r.decided(), &cx(Some(4)))
                .expect_err("reason")
                .code(),
            "input.required"
        );
        r.decision_reason = Some("Onze grootste klant vraagt hier eerst om.".into());
        assert!(check(&r.decided(), &cx(Some(4))).expect("confirmed"));
        // An unassessed risk has no severity to compare.
        r.assessment = None;
        assert!(confirmations(&r.decided(), Some(5)).is_empty());
    }

    #[test]
    fn the_most_severe_undecided_risk_leaves_out_the_one_being_decided() {
        let facts = [
            (1, Decision::Open, Some(5)),
            (2, Decision::Open, Some(3)),
            (3, Decision::Prioritised, Some(5)),
            (4, Decision::Open, None),
        ];
        assert_eq!(most_severe_undecided(facts, 2), Some(5));
        assert_eq!(most_severe_undecided(facts, 1), Some(3));
        assert_eq!(most_severe_undecided(facts[2..].to_vec(), 0), None);
    }

    #[test]
    fn an_own_contribution_with_a_directly_linked_involvement_is_questioned() {
        use crate::model::risk::Involvement;
        let mut r = risk(Decision::Prioritised, 3, false);
        r.involvement = Some(Involvement::DirectlyLinked);
        assert!(!involvement_questioned(&r));
        r.own_contribution = Some("Wij wijzigen orders vlak voor de levering.".into());
        assert!(involvement_questioned(&r));
        r.involvement = Some(Involvement::Contributes);
        assert!(!involvement_questioned(&r));
    }

    #[test]
    fn a_deferral_whose_review_date_has_come_is_due() {
        let r = risk(Decision::Deferred, 3, false);
        assert!(warnings(&r.decided(), &cx(None), "2027-06-29").is_empty());
        assert_eq!(
            warnings(&r.decided(), &cx(None), "2027-06-30"),
            vec![DecisionWarning::ReviewDue]
        );
        // A dossier without a reporting year has no limit to check.
        let open = Context {
            latest_review: None,
            most_severe_undecided: None,
        };
        let mut far = r.clone();
        far.review_date = Some("2200-01-01".into());
        assert!(!check(&far.decided(), &open).expect("no year"));
    }
}
