//! Remediation per actual impact (S6.2): what the company is expected to do about harm
//! that has happened follows from how it is involved. Causing the harm means providing
//! for full remedy; contributing means taking its share and stopping the contribution;
//! being directly linked through a business partner means using leverage so that the
//! one who caused it provides remedy (it may still choose to take part).

pub use crate::model::grievance::RemedyRole;
use crate::model::grievance::{Criterion, CriterionAssessment, GrievanceMechanism, Ungp31};
use crate::model::risk::Involvement;

/// How the mechanism measures up to one effectiveness criterion of principle 31.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS, PartialEq, Eq)]
pub struct Ungp31Coverage {
    pub principle: Ungp31,
    /// Its letter in principle 31, (a) to (h).
    pub letter: char,
    /// The company's criteria that give body to it.
    pub criteria: Vec<Criterion>,
    /// The weakest judgement among those criteria that were judged; `None` when none
    /// of them was.
    pub weakest: Option<CriterionAssessment>,
    /// Some of those criteria were not judged yet.
    pub incomplete: bool,
}

/// The mechanism against each of the eight effectiveness criteria of principle 31: a
/// principle is only as well met as the weakest of the company's criteria behind it.
pub fn ungp31_coverage(m: &GrievanceMechanism) -> Vec<Ungp31Coverage> {
    Ungp31::ALL
        .iter()
        .map(|&principle| {
            let criteria: Vec<Criterion> = Criterion::ALL
                .iter()
                .copied()
                .filter(|c| c.ungp31().contains(&principle))
                .collect();
            let judged: Vec<CriterionAssessment> = criteria
                .iter()
                .filter_map(|c| m.check(*c).map(|x| x.assessment))
                .collect();
            Ungp31Coverage {
                principle,
                letter: principle.letter(),
                incomplete: judged.len() < criteria.len(),
                // Met < Partly < NotMet in the vocabulary's order: the highest is weakest.
                weakest: judged.iter().copied().max(),
                criteria,
            }
        })
        .collect()
}

/// A risk as the remedy register needs it: an actual impact (or one that already has
/// a remedy) with the role its involvement calls for.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS, PartialEq, Eq)]
pub struct ImpactForRemedy {
    #[ts(type = "number")]
    pub risk_id: i64,
    pub title: String,
    /// The harm has happened; only these take a new remedy.
    pub actual: bool,
    /// `None` while the involvement is not determined.
    pub expected_role: Option<RemedyRole>,
    /// The roles that take on less than expected: choosing one asks for a reason.
    pub roles_needing_reason: Vec<RemedyRole>,
}

/// The roles that take on less than `expected` (none while it is unknown).
pub fn roles_needing_reason(expected: Option<RemedyRole>) -> Vec<RemedyRole> {
    match expected {
        None => Vec::new(),
        Some(e) => RemedyRole::ALL
            .iter()
            .copied()
            .filter(|r| r.is_less_than(e))
            .collect(),
    }
}

/// The role the guidance expects for an actual impact with this involvement.
pub fn expected_role(involvement: Involvement) -> RemedyRole {
    match involvement {
        Involvement::Causes => RemedyRole::ProvideFull,
        Involvement::Contributes => RemedyRole::ShareOfRemedy,
        Involvement::DirectlyLinked => RemedyRole::UseLeverage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_role_in_remedy_follows_the_involvement() {
        assert_eq!(expected_role(Involvement::Causes), RemedyRole::ProvideFull);
        assert_eq!(
            expected_role(Involvement::Contributes),
            RemedyRole::ShareOfRemedy
        );
        assert_eq!(
            expected_role(Involvement::DirectlyLinked),
            RemedyRole::UseLeverage
        );
        // Every involvement has a role, and the roles differ.
        let roles: Vec<RemedyRole> = Involvement::ALL.iter().map(|i| expected_role(*i)).collect();
        assert_eq!(roles.len(), 3);
        assert!(roles[0] != roles[1] && roles[1] != roles[2] && roles[0] != roles[2]);
    }

    #[test]
    fn only_a_role_below_the_expected_one_asks_for_a_reason() {
        use RemedyRole::*;
        assert_eq!(
            roles_needing_reason(Some(ProvideFull)),
            [ShareOfRemedy, UseLeverage]
        );
        assert_eq!(roles_needing_reason(Some(ShareOfRemedy)), [UseLeverage]);
        assert!(roles_needing_reason(Some(UseLeverage)).is_empty());
        assert!(roles_needing_reason(None).is_empty());
    }

    #[test]
    fn every_principle_31_criterion_is_covered_and_judged_by_its_weakest_criterion() {
        use crate::model::grievance::CriterionCheck;
        let empty = GrievanceMechanism::default();
        let none = ungp31_coverage(&empty);
        assert_eq!(none.len(), 8);
        for c in &none {
            assert!(!c.criteria.is_empty(), "{:?} has no criterion", c.principle);
            assert_eq!((c.weakest, c.incomplete), (None, true));
        }
        let judge = |criterion, assessment| CriterionCheck {
            criterion,
            assessment,
            explanation: None,
        };
        let m = GrievanceMechanism {
            criteria: vec![
                judge(Criterion::Trusted, CriterionAssessment::Met),
                judge(Criterion::Confidential, CriterionAssessment::Partly),
                judge(Criterion::Equitable, CriterionAssessment::NotMet),
            ],
            ..GrievanceMechanism::default()
        };
        let of = |p: Ungp31| {
            ungp31_coverage(&m)
                .into_iter()
                .find(|c| c.principle == p)
                .expect("principle")
        };
        // Legitimate rests on trusted, confidential and dialogue: partly is the weakest
        // judged, and dialogue is still open.
        let legitimate = of(Ungp31::Legitimate);
        assert_eq!(legitimate.weakest, Some(CriterionAssessment::Partly));
        assert!(legitimate.incomplete);
        let equitable = of(Ungp31::Equitable);
        assert_eq!(
            (equitable.weakest, equitable.incomplete),
            (Some(CriterionAssessment::NotMet), false)
        );
        assert_eq!(of(Ungp31::Predictable).weakest, None);
    }
}
