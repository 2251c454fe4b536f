//! Step 6: the grievance mechanism (S6.1, S6.3) and remedy for actual impacts (S6.2).
//!
//! A grievance moves through fixed steps — received, acknowledged, under assessment,
//! decided (upheld, partly upheld or not upheld), closed — each one recorded with its
//! date, so the status is never out of step with the record. Whether a complaint was
//! upheld and whether the matter was resolved for the people who raised it are two
//! separate facts: the first is decided, the second is recorded when it is closed. The mechanism sets how many days the company
//! gives itself to acknowledge and to decide; a step past its deadline is overdue.
//!
//! Confidential by design: the reporter's contact, the description, the assessment,
//! the outcome, the remedy and the lessons are only read on request
//! ([`Grievance::summary`] leaves them out) and no report or table export shows them.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::date::add_days;
use super::date::check_date;
use super::risk::Theme;
use super::text;
use super::vocab::vocabulary;
use crate::error::{Error, Result};

mod mechanism;
mod remedy;

pub use mechanism::{Criterion, CriterionAssessment, CriterionCheck, GrievanceMechanism, Ungp31};
pub use remedy::{Remedy, RemedyForm, RemedyRole, RemedyStatus};

pub const TEXT_MAX: usize = 4000;

vocabulary! {
    /// How a grievance came in.
    GrievanceChannel {
        Hotline = "hotline",
        Email = "email",
        Letter = "letter",
        InPerson = "in_person",
        Supplier = "supplier",
        NgoUnion = "ngo_union",
        IndustryMechanism = "industry_mechanism",
        Other = "other",
    }
}

vocabulary! {
    /// Who reported: nobody knows (anonymous) or only the company knows (confidential).
    Reporter {
        Anonymous = "anonymous",
        Confidential = "confidential",
    }
}

vocabulary! {
    /// Where a grievance is in the procedure, in order.
    GrievanceStatus {
        Received = "received",
        Acknowledged = "acknowledged",
        UnderAssessment = "under_assessment",
        Upheld = "upheld",
        PartlyUpheld = "partly_upheld",
        NotUpheld = "not_upheld",
        Closed = "closed",
    }
}

vocabulary! {
    /// What the assessment concluded: was the complaint justified?
    GrievanceDecision {
        Upheld = "upheld",
        PartlyUpheld = "partly_upheld",
        NotUpheld = "not_upheld",
    }
}

vocabulary! {
    /// A deadline of the procedure.
    GrievanceDeadline {
        Acknowledge = "acknowledge",
        Decide = "decide",
    }
}

fn is_unsaved(id: &i64) -> bool {
    *id == 0
}

/// A grievance with everything in it. In the dossier JSON `supplier_id` and `risk_id`
/// are positions in their lists.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Grievance {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub received_on: String,
    pub channel: GrievanceChannel,
    pub reporter: Reporter,
    /// How to reach a confidential reporter. Confidential.
    pub reporter_contact: Option<String>,
    pub theme: Option<Theme>,
    #[ts(type = "number | null")]
    pub supplier_id: Option<i64>,
    #[ts(type = "number | null")]
    pub risk_id: Option<i64>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// What the grievance is about. Confidential.
    pub description: String,
    /// Who assessed it independently. Confidential.
    pub assessed_by: Option<String>,
    /// What the assessment found. Confidential.
    pub assessment: Option<String>,
    pub acknowledged_on: Option<String>,
    pub assessment_started_on: Option<String>,
    pub decided_on: Option<String>,
    pub decision: Option<GrievanceDecision>,
    pub closed_on: Option<String>,
    /// Whether the matter was resolved for the people who raised it, whatever the
    /// decision: asked when the grievance is closed (format 11; `None` for one closed
    /// before it was asked, or not closed).
    #[serde(default)]
    pub resolved: Option<bool>,
    /// Confidential, like the two below.
    pub outcome: Option<String>,
    pub remedy: Option<String>,
    pub lessons: Option<String>,
}

/// A grievance without its confidential parts, with its status and deadlines: what a
/// list shows.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct GrievanceSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub received_on: String,
    pub channel: GrievanceChannel,
    pub reporter: Reporter,
    pub theme: Option<Theme>,
    #[ts(type = "number | null")]
    pub supplier_id: Option<i64>,
    #[ts(type = "number | null")]
    pub risk_id: Option<i64>,
    pub country: Option<String>,
    pub status: GrievanceStatus,
    /// The date of the current status.
    pub status_on: String,
    pub acknowledge_by: String,
    pub decide_by: String,
    /// Deadlines passed without the step being taken.
    pub overdue: Vec<GrievanceDeadline>,
    /// Steps that were taken, but after their deadline.
    pub late: Vec<GrievanceDeadline>,
    /// The statuses it may move to next.
    pub next: Vec<GrievanceStatus>,
}

fn opt_date(field: &str, v: &Option<String>) -> Result<Option<String>> {
    match text::optional(field, v, 10)? {
        None => Ok(None),
        Some(d) => Ok(Some(check_date(field, &d)?)),
    }
}

impl Grievance {
    /// A new grievance received on `received_on`.
    pub fn new(received_on: &str, channel: GrievanceChannel, description: &str) -> Grievance {
        Grievance {
            id: 0,
            received_on: received_on.into(),
            channel,
            reporter: Reporter::Anonymous,
            reporter_contact: None,
            theme: None,
            supplier_id: None,
            risk_id: None,
            country: None,
            description: description.into(),
            assessed_by: None,
            assessment: None,
            acknowledged_on: None,
            assessment_started_on: None,
            decided_on: None,
            decision: None,
            closed_on: None,
            resolved: None,
            outcome: None,
            remedy: None,
            lessons: None,
        }
    }

    /// Returns the grievance cleaned up, or the first problem. The dates of the steps
    /// must follow each other: a step needs the one before it, and cannot be earlier.
    pub fn validated(&self) -> Result<Grievance> {
        let received_on = limits::GRIEVANCE_RECEIVED_ON.required(&self.received_on)?;
        let received_on = check_date("grievance.received_on", &received_on)?;
        let reporter_contact =
            limits::GRIEVANCE_REPORTER_CONTACT.optional(&self.reporter_contact)?;
        if self.reporter == Reporter::Anonymous && reporter_contact.is_some() {
            // An anonymous reporter has no contact on record; keeping one would break
            // the promise.
            return Err(Error::Invalid {
                field: "grievance.reporter_contact".into(),
                value: String::new(),
            });
        }
        let country = super::country::optional_country("grievance.country", &self.country)?;
        let steps = [
            (
                "grievance.acknowledged_on",
                opt_date("grievance.acknowledged_on", &self.acknowledged_on)?,
            ),
            (
                "grievance.assessment_started_on",
                opt_date(
                    "grievance.assessment_started_on",
                    &self.assessment_started_on,
                )?,
            ),
            (
                "grievance.decided_on",
                opt_date("grievance.decided_on", &self.decided_on)?,
            ),
            (
                "grievance.closed_on",
                opt_date("grievance.closed_on", &self.closed_on)?,
            ),
        ];
        let mut before = Some(received_on.clone());
        for (field, date) in &steps {
            if let Some(d) = date {
                match &before {
                    // A step without the one before it.
                    None => {
                        return Err(Error::Invalid {
                            field: (*field).into(),
                            value: d.clone(),
                        })
                    }
                    Some(b) if d < b => {
                        return Err(Error::Invalid {
                            field: (*field).into(),
                            value: d.clone(),
                        })
                    }
                    _ => {}
                }
            }
            before = date.clone();
        }
        let outcome = limits::GRIEVANCE_OUTCOME.optional(&self.outcome)?;
        let decided = steps[2].1.is_some();
        if decided && self.decision.is_none() {
            return Err(Error::Required {
                field: "grievance.decision".into(),
            });
        }
        if decided && outcome.is_none() {
            return Err(Error::Required {
                field: "grievance.outcome".into(),
            });
        }
        let [acknowledged_on, assessment_started_on, decided_on, closed_on] = steps.map(|(_, d)| d);
        Ok(Grievance {
            id: self.id,
            received_on,
            channel: self.channel,
            reporter: self.reporter,
            reporter_contact,
            theme: self.theme,
            supplier_id: self.supplier_id,
            risk_id: self.risk_id,
            country,
            description: limits::GRIEVANCE_DESCRIPTION.required(&self.description)?,
            assessed_by: limits::GRIEVANCE_ASSESSED_BY.optional(&self.assessed_by)?,
            assessment: limits::GRIEVANCE_ASSESSMENT.optional(&self.assessment)?,
            acknowledged_on,
            assessment_started_on,
            decision: if decided { self.decision } else { None },
            decided_on,
            resolved: if closed_on.is_some() {
                self.resolved
            } else {
                None
            },
            closed_on,
            outcome,
            remedy: limits::GRIEVANCE_REMEDY.optional(&self.remedy)?,
            lessons: limits::GRIEVANCE_LESSONS.optional(&self.lessons)?,
        })
    }

    pub fn status(&self) -> GrievanceStatus {
        if self.closed_on.is_some() {
            GrievanceStatus::Closed
        } else if self.decided_on.is_some() {
            match self.decision {
                Some(GrievanceDecision::NotUpheld) => GrievanceStatus::NotUpheld,
                Some(GrievanceDecision::PartlyUpheld) => GrievanceStatus::PartlyUpheld,
                _ => GrievanceStatus::Upheld,
            }
        } else if self.assessment_started_on.is_some() {
            GrievanceStatus::UnderAssessment
        } else if self.acknowledged_on.is_some() {
            GrievanceStatus::Acknowledged
        } else {
            GrievanceStatus::Received
        }
    }

    /// The statuses it may move to next.
    pub fn next_statuses(&self) -> &'static [GrievanceStatus] {
        use GrievanceStatus::*;
        match self.status() {
            Received => &[Acknowledged],
            Acknowledged => &[UnderAssessment],
            UnderAssessment => &[Upheld, PartlyUpheld, NotUpheld],
            Upheld | PartlyUpheld | NotUpheld => &[Closed],
            Closed => &[],
        }
    }

    /// Moves to the next status on `on`. A decision needs the outcome, given here or
    /// already recorded; closing needs to say whether the matter was resolved.
    pub fn advance(
        &self,
        to: GrievanceStatus,
        on: &str,
        outcome: Option<String>,
        resolved: Option<bool>,
    ) -> Result<Grievance> {
        if !self.next_statuses().contains(&to) {
            return Err(Error::Invalid {
                field: "grievance.status".into(),
                value: to.as_str().into(),
            });
        }
        let mut g = self.clone();
        let on = Some(on.to_string());
        match to {
            GrievanceStatus::Acknowledged => g.acknowledged_on = on,
            GrievanceStatus::UnderAssessment => g.assessment_started_on = on,
            GrievanceStatus::Upheld
            | GrievanceStatus::PartlyUpheld
            | GrievanceStatus::NotUpheld => {
                g.decided_on = on;
                g.decision = Some(match to {
                    GrievanceStatus::Upheld => GrievanceDecision::Upheld,
                    GrievanceStatus::PartlyUpheld => GrievanceDecision::PartlyUpheld,
                    _ => GrievanceDecision::NotUpheld,
                });
                if outcome.as_deref().is_some_and(|o| !o.trim().is_empty()) {
                    g.outcome = outcome;
                }
            }
            GrievanceStatus::Closed => {
                // Grievances closed before this was asked may not say; closing now must.
                if resolved.is_none() {
                    return Err(Error::Required {
                        field: "grievance.resolved".into(),
                    });
                }
                g.closed_on = on;
                g.resolved = resolved;
            }
            GrievanceStatus::Received => {}
        }
        g.validated()
    }

    /// The date by which it must be acknowledged and by which it must be decided.
    pub fn deadlines(&self, m: &GrievanceMechanism) -> (String, String) {
        let due = |days: u16| add_days(&self.received_on, days as i64).unwrap_or_default();
        (due(m.acknowledge_days), due(m.decide_days))
    }

    /// Deadlines passed on `today` without the step taken (the day itself is in time).
    pub fn overdue(&self, m: &GrievanceMechanism, today: &str) -> Vec<GrievanceDeadline> {
        let (ack, decide) = self.deadlines(m);
        let mut out = Vec::new();
        if self.acknowledged_on.is_none() && today > ack.as_str() {
            out.push(GrievanceDeadline::Acknowledge);
        }
        if self.decided_on.is_none() && today > decide.as_str() {
            out.push(GrievanceDeadline::Decide);
        }
        out
    }

    /// Steps that were taken after their deadline.
    pub fn late(&self, m: &GrievanceMechanism) -> Vec<GrievanceDeadline> {
        let (ack, decide) = self.deadlines(m);
        let mut out = Vec::new();
        if self
            .acknowledged_on
            .as_deref()
            .is_some_and(|d| d > ack.as_str())
        {
            out.push(GrievanceDeadline::Acknowledge);
        }
        if self
            .decided_on
            .as_deref()
            .is_some_and(|d| d > decide.as_str())
        {
            out.push(GrievanceDeadline::Decide);
        }
        out
    }

    /// The date of the current status.
    pub fn status_on(&self) -> &str {
        [
            &self.closed_on,
            &self.decided_on,
            &self.assessment_started_on,
            &self.acknowledged_on,
        ]
        .into_iter()
        .find_map(|d| d.as_deref())
        .unwrap_or(&self.received_on)
    }

    /// What a list shows: no confidential part.
    pub fn summary(&self, m: &GrievanceMechanism, today: &str) -> GrievanceSummary {
        let (acknowledge_by, decide_by) = self.deadlines(m);
        GrievanceSummary {
            id: self.id,
            received_on: self.received_on.clone(),
            channel: self.channel,
            reporter: self.reporter,
            theme: self.theme,
            supplier_id: self.supplier_id,
            risk_id: self.risk_id,
            country: self.country.clone(),
            status: self.status(),
            status_on: self.status_on().to_string(),
            acknowledge_by,
            decide_by,
            overdue: self.overdue(m, today),
            late: self.late(m),
            next: self.next_statuses().to_vec(),
        }
    }
}

#[cfg(test)]
mod tests;
