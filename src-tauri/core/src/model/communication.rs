//! The communication log of step 5 (S5.1): what the company told whom about its due
//! diligence — inside the company or outside it — when, through which channel, and
//! which report it shared.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::date::check_date;
use super::policy::Audience;
use super::vocab::vocabulary;
use crate::error::{Error, Result};

pub const CONTENT_MAX: usize = 4000;

vocabulary! {
    /// How it was communicated.
    Channel {
        Website = "website",
        Report = "report",
        Meeting = "meeting",
        Email = "email",
        Newsletter = "newsletter",
        SocialMedia = "social_media",
        Intranet = "intranet",
        Other = "other",
    }
}

vocabulary! {
    /// The report a communication shared.
    SharedReport {
        Yearly = "yearly",
        ActionPlan = "action_plan",
        Communication = "communication",
    }
}

fn is_unsaved(id: &i64) -> bool {
    *id == 0
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CommunicationEntry {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    /// YYYY-MM-DD.
    pub held_on: String,
    pub audience: Audience,
    /// Who exactly: "customers", "the works council", "all staff".
    pub recipients: String,
    pub channel: Channel,
    /// What was said or shared.
    pub content: String,
    pub report_kind: Option<SharedReport>,
    /// The year of that report.
    pub report_year: Option<i32>,
    /// Never shown in a public output (S5.3).
    #[serde(default)]
    pub sensitive: bool,
}

impl CommunicationEntry {
    pub fn validated(&self) -> Result<CommunicationEntry> {
        let held_on = limits::COMMUNICATION_LOG_HELD_ON.required(&self.held_on)?;
        let report_year = match (self.report_kind, self.report_year) {
            (None, _) => None,
            (Some(_), None) => {
                return Err(Error::Required {
                    field: "communication_log.report_year".into(),
                })
            }
            (Some(_), Some(y)) => {
                super::year::check_year(y).map_err(|_| Error::Invalid {
                    field: "communication_log.report_year".into(),
                    value: y.to_string(),
                })?;
                Some(y)
            }
        };
        Ok(CommunicationEntry {
            id: self.id,
            held_on: check_date("communication_log.held_on", &held_on)?,
            audience: self.audience,
            recipients: limits::COMMUNICATION_LOG_RECIPIENTS.required(&self.recipients)?,
            channel: self.channel,
            content: limits::COMMUNICATION_LOG_CONTENT.required(&self.content)?,
            report_kind: self.report_kind,
            report_year,
            sensitive: self.sensitive,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> CommunicationEntry {
        CommunicationEntry {
            id: 0,
            held_on: "2026-05-12".into(),
            audience: Audience::External,
            recipients: "Klanten".into(),
            channel: Channel::Website,
            content: "Jaarverslag gepubliceerd".into(),
            report_kind: Some(SharedReport::Communication),
            report_year: Some(2025),
            sensitive: false,
        }
    }

    #[test]
    fn an_entry_needs_recipients_content_a_real_date_and_the_year_of_its_report() {
        assert!(entry().validated().is_ok());
        let e = CommunicationEntry {
            recipients: " ".into(),
            ..entry()
        };
        assert_eq!(e.validated().expect_err("empty").code(), "input.required");
        let e = CommunicationEntry {
            held_on: "2026-02-30".into(),
            ..entry()
        };
        assert_eq!(e.validated().expect_err("date").code(), "input.invalid");
        let e = CommunicationEntry {
            report_year: None,
            ..entry()
        };
        assert_eq!(e.validated().expect_err("year").code(), "input.required");
        let e = CommunicationEntry {
            content: "x".repeat(CONTENT_MAX + 1),
            ..entry()
        };
        assert_eq!(e.validated().expect_err("long").code(), "input.too_long");
        // Without a report, a stray year is dropped.
        let e = CommunicationEntry {
            report_kind: None,
            ..entry()
        }
        .validated()
        .expect("valid");
        assert_eq!(e.report_year, None);
    }
}
