//! Remediation per actual impact (S6.2): what the company is expected to do about harm
//! that has happened follows from how it is involved. Causing the harm means providing
//! for full remedy; contributing means taking its share and stopping the contribution;
//! being directly linked through a business partner means using leverage so that the
//! one who caused it provides remedy (it may still choose to take part).

pub use crate::model::grievance::RemedyRole;
use crate::model::risk::Involvement;

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
}
