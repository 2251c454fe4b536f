//! Reminders (S4.6): what is overdue or about to expire on a given day — actions and
//! corrective-action-plan items past their deadline, certificates that expire within
//! 60 days (or have expired), a policy whose review date has come, and deferred risks
//! that are due for review.

use serde::Serialize;
use ts_rs::TS;

use crate::dashboard::place::{place_of, Place};
use crate::error::Result;
use crate::model::date::add_days;
use crate::Dossier;

/// How many days ahead an expiring certificate is announced.
pub const CERTIFICATE_NOTICE_DAYS: i64 = 60;

#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// A deferred risk whose review date has come: deferring is not dropping.
    RiskReviewDue,
    ActionOverdue,
    CapOverdue,
    CertificateExpired,
    CertificateExpiring,
    PolicyReviewDue,
    /// An engagement whose input the company has not yet said what it did with.
    EngagementFollowUp,
    /// A grievance not acknowledged within the mechanism's deadline.
    GrievanceAcknowledge,
    /// A grievance not decided within the mechanism's deadline.
    GrievanceDecide,
    /// Questionnaires of a round not returned by its due date (B4); the subject is how
    /// many.
    SurveyOverdue,
}

/// How many reminders a step has (for the counts in the navigation).
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
pub struct ReminderCount {
    pub step: u8,
    pub count: u32,
}

/// One reminder; the UI writes it as `reminder.<kind>` with the subject and date.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Reminder {
    pub kind: ReminderKind,
    /// The step whose page deals with it.
    pub step: u8,
    /// What it is about: an action title, a CAP item, "scheme — supplier", a version.
    pub subject: String,
    /// The deadline, expiry or review date.
    pub date: String,
    /// Where it is dealt with: the step's tab, and the record where its tab opens one.
    pub place: Place,
    /// Past its date (a deadline missed, an expiry passed), as against coming up (a
    /// certificate that will expire) or waiting for an answer (an engagement).
    pub overdue: bool,
}

impl Reminder {
    fn new(kind: ReminderKind, step: u8, subject: String, date: String) -> Reminder {
        Reminder {
            kind,
            step,
            subject,
            date,
            place: kind.place(),
            overdue: kind.is_overdue(),
        }
    }

    /// The same reminder, landing on one record of its tab.
    fn on(self, record: i64) -> Reminder {
        Reminder {
            place: self.place.clone().with_record(Some(record)),
            ..self
        }
    }
}

impl ReminderKind {
    /// Every kind, in the order above.
    pub const ALL: [ReminderKind; 10] = [
        ReminderKind::RiskReviewDue,
        ReminderKind::ActionOverdue,
        ReminderKind::CapOverdue,
        ReminderKind::CertificateExpired,
        ReminderKind::CertificateExpiring,
        ReminderKind::PolicyReviewDue,
        ReminderKind::EngagementFollowUp,
        ReminderKind::GrievanceAcknowledge,
        ReminderKind::GrievanceDecide,
        ReminderKind::SurveyOverdue,
    ];

    /// The tab of its step that deals with a reminder of this kind, as a finding code
    /// of that step would name it.
    fn finding(self) -> &'static str {
        match self {
            ReminderKind::RiskReviewDue => "step2.review_due",
            ReminderKind::ActionOverdue => "step3.actions_overdue",
            ReminderKind::CapOverdue => "step4.audits",
            // Certificates are kept with their supplier.
            ReminderKind::CertificateExpired | ReminderKind::CertificateExpiring => {
                "step2.suppliers_recorded"
            }
            ReminderKind::PolicyReviewDue => "step1.review_due",
            ReminderKind::EngagementFollowUp => "step5.engagements_waiting",
            ReminderKind::GrievanceAcknowledge | ReminderKind::GrievanceDecide => {
                "step6.grievances_decided"
            }
            ReminderKind::SurveyOverdue => "surveys",
        }
    }

    fn place(self) -> Place {
        place_of(self.finding())
    }

    /// Whether a reminder of this kind is about something past its date.
    pub fn is_overdue(self) -> bool {
        !matches!(
            self,
            ReminderKind::CertificateExpiring | ReminderKind::EngagementFollowUp
        )
    }
}

impl Dossier {
    /// Every reminder on `today`, the most urgent (earliest date) first.
    pub fn reminders(&self, today: &str) -> Result<Vec<Reminder>> {
        let mut out = Vec::new();
        for (id, title, date) in crate::store::risk::load_reviews_due(self.conn(), today)? {
            out.push(Reminder::new(ReminderKind::RiskReviewDue, 2, title, date).on(id));
        }
        for a in crate::store::action::load_light(self.conn())? {
            if a.is_overdue(today) {
                let date = a.deadline.clone().unwrap_or_default();
                out.push(Reminder::new(ReminderKind::ActionOverdue, 3, a.title, date).on(a.id));
            }
        }
        out.extend(self.monitoring_reminders(today)?);
        let stakeholders = self.stakeholders()?;
        for e in self.engagements()? {
            if e.waits_on(today) {
                let who = stakeholders
                    .iter()
                    .find(|s| s.id == e.stakeholder_id)
                    .map(|s| s.name.as_str())
                    .unwrap_or("");
                out.push(
                    Reminder::new(
                        ReminderKind::EngagementFollowUp,
                        5,
                        format!("{who}: {}", e.about),
                        e.held_on.clone(),
                    )
                    .on(e.id),
                );
            }
        }
        for g in self.grievance_summaries(today)? {
            for late in &g.overdue {
                use crate::model::grievance::GrievanceDeadline;
                let (kind, date) = match late {
                    GrievanceDeadline::Acknowledge => {
                        (ReminderKind::GrievanceAcknowledge, &g.acknowledge_by)
                    }
                    GrievanceDeadline::Decide => (ReminderKind::GrievanceDecide, &g.decide_by),
                };
                // The number only: a reminder shows nothing confidential.
                out.push(Reminder::new(kind, 6, format!("#{}", g.id), date.clone()).on(g.id));
            }
        }
        let (versions, review_due) = self.policy_versions_on(today)?;
        if review_due {
            if let Some(p) = versions.first() {
                out.push(Reminder::new(
                    ReminderKind::PolicyReviewDue,
                    1,
                    p.label.clone(),
                    p.next_review.clone().unwrap_or_default(),
                ));
            }
        }
        out.sort_by(|a, b| a.date.cmp(&b.date).then(a.kind.cmp(&b.kind)));
        Ok(out)
    }

    /// The number of reminders per step on `today`, steps without any left out: the
    /// navigation shows only these, and a large dossier has thousands of reminders.
    pub fn reminder_counts(&self, today: &str) -> Result<Vec<ReminderCount>> {
        let mut counts: Vec<ReminderCount> = Vec::new();
        for r in self.reminders(today)? {
            match counts.iter_mut().find(|c| c.step == r.step) {
                Some(c) => c.count += 1,
                None => counts.push(ReminderCount {
                    step: r.step,
                    count: 1,
                }),
            }
        }
        counts.sort_by_key(|c| c.step);
        Ok(counts)
    }

    /// The reminders of step 4 only (corrective-action-plan items and certificates), in
    /// no particular order: the dashboard counts them without the rest.
    pub(crate) fn monitoring_reminders(&self, today: &str) -> Result<Vec<Reminder>> {
        let mut out = Vec::new();
        // The questionnaires of an open year's round that are late, as one reminder: a
        // round of many suppliers must not bury the other reminders. A closed year is
        // not chased.
        for round in self.survey_rounds()? {
            if today <= round.due_on.as_str()
                || self.year_status(round.year)? == crate::model::YearStatus::Closed
            {
                continue;
            }
            let late = self
                .survey_requests(round.year)?
                .iter()
                .filter(|r| r.returned_on.is_none())
                .count();
            if late > 0 {
                out.push(Reminder::new(
                    ReminderKind::SurveyOverdue,
                    4,
                    late.to_string(),
                    round.due_on.clone(),
                ));
            }
        }
        for c in self.cap_items()? {
            if c.is_overdue(today) {
                out.push(Reminder::new(
                    ReminderKind::CapOverdue,
                    4,
                    c.description.clone(),
                    c.deadline.clone().unwrap_or_default(),
                ));
            }
        }
        let horizon = add_days(today, CERTIFICATE_NOTICE_DAYS).unwrap_or_default();
        let certifications = self.certifications(None)?;
        if certifications.is_empty() {
            return Ok(out);
        }
        let suppliers = crate::store::supplier::load_names(self.conn())?;
        for c in certifications {
            let Some(until) = c.valid_until.clone() else {
                continue;
            };
            let of = suppliers.get(&c.supplier_id);
            let supplier = of.map(|s| s.name.as_str()).unwrap_or("");
            // A relationship that has ended no longer needs its certificates followed.
            if of.is_some_and(|s| s.ended) {
                continue;
            }
            let kind = if until.as_str() < today {
                ReminderKind::CertificateExpired
            } else if until <= horizon {
                ReminderKind::CertificateExpiring
            } else {
                continue;
            };
            out.push(
                Reminder::new(kind, 4, format!("{} — {supplier}", c.scheme), until)
                    .on(c.supplier_id),
            );
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::{Reminder, ReminderKind as K};
    use crate::dashboard::place::TABS;

    #[test]
    fn every_reminder_lands_on_a_tab_of_its_step() {
        for kind in K::ALL {
            let place = kind.place();
            // Late questionnaires are dealt with on their own screen.
            if kind == K::SurveyOverdue {
                assert_eq!((place.screen.as_str(), place.tab), ("surveys", None));
                continue;
            }
            let step: usize = place.screen["step".len()..].parse().expect("a step");
            let tab = place.tab.expect("a tab");
            assert!(TABS[step - 1].contains(&tab.as_str()), "{kind:?} → {tab}");
        }
        assert_eq!(K::RiskReviewDue.place().tab.as_deref(), Some("risks"));
        assert_eq!(
            K::GrievanceDecide.place().tab.as_deref(),
            Some("grievances")
        );
        assert_eq!(
            K::CertificateExpiring.place().tab.as_deref(),
            Some("suppliers")
        );
        assert_eq!(K::CapOverdue.place().tab.as_deref(), Some("audits"));
    }

    #[test]
    fn what_is_past_its_date_is_overdue_and_what_comes_up_is_not() {
        let overdue: Vec<K> = K::ALL.into_iter().filter(|k| !k.is_overdue()).collect();
        assert_eq!(overdue, vec![K::CertificateExpiring, K::EngagementFollowUp]);
        let r = Reminder::new(K::ActionOverdue, 3, "Audit".into(), "2026-01-01".into()).on(7);
        assert!(r.overdue);
        assert_eq!(r.place.record, Some(7));
        assert_eq!(r.place.tab.as_deref(), Some("plans"));
    }
}
