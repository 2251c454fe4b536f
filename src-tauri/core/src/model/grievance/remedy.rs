//! Remedy for an actual impact (S6.2): the role the company takes next to the one its
//! involvement calls for, the form, who was consulted, and how far it got.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{is_unsaved, opt_date};
use crate::error::{Error, Result};
use crate::model::vocab::vocabulary;
vocabulary! {
    /// The part a company plays in remedying an actual impact: provide for full remedy
    /// itself, take its share in proportion to its contribution, or use its leverage so
    /// that the one who caused the harm provides remedy (which one is expected follows
    /// from the involvement: `crate::remediation`).
    RemedyRole {
        ProvideFull = "provide_full",
        ShareOfRemedy = "share_of_remedy",
        UseLeverage = "use_leverage",
    }
}

vocabulary! {
    /// Forms of remedy.
    RemedyForm {
        Apology = "apology",
        Restitution = "restitution",
        Rehabilitation = "rehabilitation",
        Compensation = "compensation",
        NonRepetition = "non_repetition",
        Other = "other",
    }
}

vocabulary! {
    RemedyStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Provided = "provided",
        NotPossible = "not_possible",
    }
}

/// Remedy for an actual impact (S6.2). In the dossier JSON `risk_id` and `grievance_id`
/// are positions in their lists.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Remedy {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    #[ts(type = "number")]
    pub risk_id: i64,
    #[ts(type = "number | null")]
    pub grievance_id: Option<i64>,
    pub form: RemedyForm,
    pub description: String,
    /// The role the company takes.
    pub role: RemedyRole,
    /// Why, when it takes on less than the role its involvement calls for.
    pub role_reason: Option<String>,
    /// Who of the affected people or their representatives was consulted.
    pub consulted: Option<String>,
    pub status: RemedyStatus,
    pub started_on: Option<String>,
    pub completed_on: Option<String>,
}

impl RemedyRole {
    /// How much of the remedy the company takes on itself: full remedy, its share,
    /// or leverage on the one who caused the harm.
    fn weight(self) -> u8 {
        match self {
            RemedyRole::ProvideFull => 3,
            RemedyRole::ShareOfRemedy => 2,
            RemedyRole::UseLeverage => 1,
        }
    }

    /// Whether this role takes on less than `expected`: a company that causes or
    /// contributes and does less than its part must say why. Taking on more (a directly
    /// linked company that contributes to remedy) is simply allowed.
    pub fn is_less_than(self, expected: RemedyRole) -> bool {
        self.weight() < expected.weight()
    }
}

impl Remedy {
    /// Checks the remedy against the role its impact's involvement calls for (when
    /// known): a role that takes on less than expected needs a reason.
    pub fn validated(&self, expected: Option<RemedyRole>) -> Result<Remedy> {
        let role_reason = limits::REMEDY_ROLE_REASON.optional(&self.role_reason)?;
        if expected.is_some_and(|e| self.role.is_less_than(e)) && role_reason.is_none() {
            return Err(Error::Required {
                field: "remedy.role_reason".into(),
            });
        }
        let started_on = opt_date("remedy.started_on", &self.started_on)?;
        let completed_on = opt_date("remedy.completed_on", &self.completed_on)?;
        if let (Some(s), Some(c)) = (&started_on, &completed_on) {
            if c < s {
                return Err(Error::Invalid {
                    field: "remedy.completed_on".into(),
                    value: c.clone(),
                });
            }
        }
        Ok(Remedy {
            id: self.id,
            risk_id: self.risk_id,
            grievance_id: self.grievance_id,
            form: self.form,
            description: limits::REMEDY_DESCRIPTION.required(&self.description)?,
            role: self.role,
            role_reason,
            consulted: limits::REMEDY_CONSULTED.optional(&self.consulted)?,
            status: self.status,
            started_on,
            completed_on,
        })
    }
}
