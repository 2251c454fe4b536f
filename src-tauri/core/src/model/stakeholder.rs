//! Stakeholders and the engagement log (SH1): who the company talks with in each of the
//! six steps, what they said, and — what the guidance insists on — what the company did
//! with their input.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::date::check_date;
use super::vocab::vocabulary;
use crate::error::{Error, Result};

vocabulary! {
    /// What kind of stakeholder.
    StakeholderKind {
        Supplier = "supplier",
        Customer = "customer",
        Investor = "investor",
        Employee = "employee",
        WorksCouncil = "works_council",
        Union = "union",
        Ngo = "ngo",
        Community = "community",
        Expert = "expert",
        Government = "government",
        Other = "other",
    }
}

vocabulary! {
    /// How much a stakeholder can influence the company or the issue.
    Influence {
        Low = "low",
        Medium = "medium",
        High = "high",
    }
}

fn is_unsaved(id: &i64) -> bool {
    *id == 0
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub name: String,
    pub kind: StakeholderKind,
    /// What they care about, in the user's words.
    pub interest: Option<String>,
    pub influence: Option<Influence>,
    pub contact: Option<String>,
    /// Speaks for people in a vulnerable position.
    pub vulnerable: bool,
    /// Never named in a public output (S5.3).
    #[serde(default)]
    pub sensitive: bool,
}

/// One engagement. In the dossier JSON `stakeholder_id`, `risk_id` and `action_id` are
/// positions in their lists.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Engagement {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    #[ts(type = "number")]
    pub stakeholder_id: i64,
    /// YYYY-MM-DD.
    pub held_on: String,
    /// The step of the cycle it belongs to, 1–6.
    pub step: u8,
    /// About what (a risk, an action, the policy…), in words.
    pub about: String,
    #[ts(type = "number | null")]
    pub risk_id: Option<i64>,
    #[ts(type = "number | null")]
    pub action_id: Option<i64>,
    /// What they said.
    pub said: Option<String>,
    /// What the company did with it.
    pub follow_up: Option<String>,
    pub followed_up_on: Option<String>,
}

impl Stakeholder {
    pub fn validated(&self) -> Result<Stakeholder> {
        Ok(Stakeholder {
            id: self.id,
            name: limits::STAKEHOLDER_NAME.required(&self.name)?,
            kind: self.kind,
            interest: limits::STAKEHOLDER_INTEREST.optional(&self.interest)?,
            influence: self.influence,
            contact: limits::STAKEHOLDER_CONTACT.optional(&self.contact)?,
            vulnerable: self.vulnerable,
            sensitive: self.sensitive,
        })
    }
}

impl Engagement {
    pub fn validated(&self) -> Result<Engagement> {
        if !(1..=6).contains(&self.step) {
            return Err(Error::Invalid {
                field: "engagement.step".into(),
                value: self.step.to_string(),
            });
        }
        let held_on = limits::ENGAGEMENT_HELD_ON.required(&self.held_on)?;
        let follow_up = limits::ENGAGEMENT_FOLLOW_UP.optional(&self.follow_up)?;
        let followed_up_on = match &self.followed_up_on {
            None => None,
            Some(d) if d.trim().is_empty() => None,
            Some(d) => Some(check_date("engagement.followed_up_on", d.trim())?),
        };
        if followed_up_on.is_some() && follow_up.is_none() {
            // A date alone says nothing about what was done.
            return Err(Error::Required {
                field: "engagement.follow_up".into(),
            });
        }
        Ok(Engagement {
            id: self.id,
            stakeholder_id: self.stakeholder_id,
            held_on: check_date("engagement.held_on", &held_on)?,
            step: self.step,
            about: limits::ENGAGEMENT_ABOUT.required(&self.about)?,
            risk_id: self.risk_id,
            action_id: self.action_id,
            said: limits::ENGAGEMENT_SAID.optional(&self.said)?,
            follow_up,
            followed_up_on,
        })
    }

    /// Still waiting for the company to say what it did with the input.
    pub fn awaits_follow_up(&self) -> bool {
        self.follow_up.is_none()
    }

    /// Held by `today` and still waiting for a follow-up: what the dashboard shows.
    pub fn waits_on(&self, today: &str) -> bool {
        self.awaits_follow_up() && self.held_on.as_str() <= today
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engagement() -> Engagement {
        Engagement {
            id: 0,
            stakeholder_id: 1,
            held_on: "2026-03-04".into(),
            step: 2,
            about: "Risico's in de katoenketen".into(),
            risk_id: None,
            action_id: None,
            said: Some("Kinderarbeid bij de pluk is in deze regio bekend.".into()),
            follow_up: None,
            followed_up_on: None,
        }
    }

    #[test]
    fn an_engagement_without_follow_up_waits_for_one() {
        let e = engagement().validated().expect("valid");
        assert!(e.awaits_follow_up());
        let done = Engagement {
            follow_up: Some("Risico opgenomen en hoog beoordeeld.".into()),
            followed_up_on: Some("2026-03-20".into()),
            ..engagement()
        }
        .validated()
        .expect("valid");
        assert!(!done.awaits_follow_up());
    }

    #[test]
    fn bad_engagements_are_refused_with_their_field() {
        let step = Engagement {
            step: 7,
            ..engagement()
        }
        .validated()
        .expect_err("step 7");
        assert_eq!(step.code(), "input.invalid");
        let date_only = Engagement {
            followed_up_on: Some("2026-03-20".into()),
            ..engagement()
        }
        .validated()
        .expect_err("a date without what was done");
        assert_eq!(date_only.code(), "input.required");
        let long = Stakeholder {
            id: 0,
            name: "x".repeat(201),
            kind: StakeholderKind::Ngo,
            interest: None,
            influence: None,
            contact: None,
            vulnerable: false,
            sensitive: false,
        }
        .validated()
        .expect_err("too long");
        assert_eq!(long.code(), "input.too_long");
    }
}
