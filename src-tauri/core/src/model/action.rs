//! Step 3 and 4: actions per risk with their measure type (S3.1), progress updates and
//! evidence (S4.2), responsible purchasing practices (S3.3), corrective-action-plan items
//! of audits (S4.3) and the context log (S4.5).

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::date::check_date;
use super::text;
use super::vocab::vocabulary;
use crate::error::{Error, Result};

/// The largest evidence file the dossier accepts.
pub const EVIDENCE_MAX_BYTES: usize = 10 * 1024 * 1024;

vocabulary! {
    /// The kinds of measure of S3.1, from acting on one's own conduct to leaving.
    MeasureType {
        StopActivity = "stop_activity",
        StopContribution = "stop_contribution",
        ChangeOwnPractice = "change_own_practice",
        UseLeverage = "use_leverage",
        IncreaseLeverage = "increase_leverage",
        CorrectiveActionPlan = "corrective_action_plan",
        SupplierTraining = "supplier_training",
        ChainProject = "chain_project",
        SectorInitiative = "sector_initiative",
        Certification = "certification",
        AlternativeSourcing = "alternative_sourcing",
        SuspendWithConditions = "suspend_with_conditions",
        ResponsibleDisengagement = "responsible_disengagement",
    }
}

vocabulary! {
    ActionStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Stopped = "stopped",
    }
}

vocabulary! {
    /// How well an action works, as judged at an update.
    Effectiveness {
        NotJudged = "not_judged",
        NotEffective = "not_effective",
        PartlyEffective = "partly_effective",
        Effective = "effective",
    }
}

vocabulary! {
    /// Responsible purchasing practices towards a supplier (S3.3).
    Practice {
        PayOnTime = "pay_on_time",
        KeepAgreements = "keep_agreements",
        AnnounceChangesEarly = "announce_changes_early",
        RealisticLeadTimes = "realistic_lead_times",
        PricesCoverWages = "prices_cover_wages",
        MultiYearAgreements = "multi_year_agreements",
        InvolveInSpecifications = "involve_in_specifications",
    }
}

impl MeasureType {
    /// Measures that use or build leverage over the party that causes the harm
    /// (suspending a relationship on conditions is leverage too).
    pub fn is_leverage(self) -> bool {
        matches!(
            self,
            MeasureType::UseLeverage
                | MeasureType::SuspendWithConditions
                | MeasureType::IncreaseLeverage
                | MeasureType::CorrectiveActionPlan
                | MeasureType::SupplierTraining
                | MeasureType::ChainProject
                | MeasureType::SectorInitiative
        )
    }
}

/// One measure in the plan for a risk. In the dossier JSON `risk_id`, `kpi_id` and
/// `supplier_id` are positions in their lists.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Action {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    #[ts(type = "number")]
    pub risk_id: i64,
    pub title: String,
    pub measure: MeasureType,
    pub owner: Option<String>,
    /// Who else is needed.
    pub people: Option<String>,
    #[ts(type = "number | null")]
    pub budget_eur: Option<u64>,
    pub start_on: Option<String>,
    pub deadline: Option<String>,
    pub status: ActionStatus,
    /// The goal in words; `kpi_id` links the KPI that measures it.
    pub goal: Option<String>,
    #[ts(type = "number | null")]
    pub kpi_id: Option<i64>,
    /// Stakeholders involved (workers, unions, NGOs, …).
    pub stakeholders: Option<String>,
    #[ts(type = "number | null")]
    pub supplier_id: Option<i64>,
    /// Never shown in a public output (S5.3).
    #[serde(default)]
    pub sensitive: bool,
    /// For a responsible disengagement only: why now, and the questions of a responsible
    /// exit (format 11).
    #[serde(default)]
    pub exit: Option<ExitPlan>,
}

/// Leaving a supplier responsibly (S3.1, S3.4): why now, when a leverage measure has
/// not (yet) been judged not to work, and what the guidance asks before a relationship
/// ends. Answered while the measure is planned; all answered before it is done.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ExitPlan {
    /// Why leaving now, while no leverage measure has run and been judged not (enough)
    /// effective.
    pub reason: Option<String>,
    /// How severe the impact is, and whether leaving could make it worse.
    pub severity: Option<String>,
    /// How crucial the supplier is: to the company, and whether others can do the work.
    pub crucial: Option<String>,
    /// The notice period, and how orders are phased out.
    pub notice: Option<String>,
    /// What leaving means for the supplier's workers.
    pub workers: Option<String>,
    /// How the workers and their unions are told, and when.
    pub informed: Option<String>,
    /// The day the relationship ends (YYYY-MM-DD).
    pub ends_on: Option<String>,
}

impl ExitPlan {
    pub fn validated(&self) -> Result<ExitPlan> {
        Ok(ExitPlan {
            reason: limits::EXIT_REASON.optional(&self.reason)?,
            severity: limits::EXIT_SEVERITY.optional(&self.severity)?,
            crucial: limits::EXIT_CRUCIAL.optional(&self.crucial)?,
            notice: limits::EXIT_NOTICE.optional(&self.notice)?,
            workers: limits::EXIT_WORKERS.optional(&self.workers)?,
            informed: limits::EXIT_INFORMED.optional(&self.informed)?,
            ends_on: date("exit.ends_on", &self.ends_on)?,
        })
    }

    /// The exit questions with their answers, by field key, in the order they are
    /// asked; the reason is not one of them (it is asked only when no leverage measure
    /// was judged not to work).
    pub fn questions(&self) -> [(&'static str, &Option<String>); 6] {
        [
            ("exit.severity", &self.severity),
            ("exit.crucial", &self.crucial),
            ("exit.notice", &self.notice),
            ("exit.workers", &self.workers),
            ("exit.informed", &self.informed),
            ("exit.ends_on", &self.ends_on),
        ]
    }

    /// The exit questions still open, by field key.
    pub fn open_questions(&self) -> Vec<&'static str> {
        self.questions()
            .into_iter()
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| k)
            .collect()
    }

    /// Nothing filled in.
    pub fn is_empty(&self) -> bool {
        self.reason.is_none() && self.open_questions().len() == 6
    }
}

/// A dated progress note on an action.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ActionUpdate {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    #[ts(type = "number")]
    pub action_id: i64,
    pub written_on: String,
    pub progress: String,
    pub effectiveness: Effectiveness,
}

/// An evidence file as listed (the content is fetched on its own).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct EvidenceFile {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub action_id: i64,
    pub file_name: String,
    #[ts(type = "number")]
    pub size: u64,
    pub added_on: String,
}

/// One practice towards one supplier: applied or not, with a note.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PracticeCheck {
    #[ts(type = "number")]
    pub supplier_id: i64,
    pub practice: Practice,
    pub applied: bool,
    pub note: Option<String>,
}

/// An item of a corrective action plan that follows an audit.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CapItem {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    /// In the dossier JSON the position in `audits`.
    #[ts(type = "number")]
    pub audit_id: i64,
    pub description: String,
    pub deadline: Option<String>,
    pub done_on: Option<String>,
}

/// A note about what happens in a country or around a chain.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ContextEntry {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub noted_on: String,
    pub country: Option<String>,
    /// In the dossier JSON the position in `purchased_items`.
    #[ts(type = "number | null")]
    pub item_id: Option<i64>,
    pub description: String,
}

fn is_unsaved(id: &i64) -> bool {
    *id == 0
}

fn date(field: &str, v: &Option<String>) -> Result<Option<String>> {
    match text::optional(field, v, 10)? {
        None => Ok(None),
        Some(d) => Ok(Some(check_date(field, &d)?)),
    }
}

fn required_date(field: &str, v: &str) -> Result<String> {
    let v = text::required(field, v, 10)?;
    check_date(field, &v)
}

impl Action {
    pub fn validated(&self) -> Result<Action> {
        let start_on = date("action.start_on", &self.start_on)?;
        let deadline = date("action.deadline", &self.deadline)?;
        if let (Some(s), Some(d)) = (&start_on, &deadline) {
            if d < s {
                return Err(Error::Invalid {
                    field: "action.deadline".into(),
                    value: d.clone(),
                });
            }
        }
        Ok(Action {
            id: self.id,
            risk_id: self.risk_id,
            title: limits::ACTION_TITLE.required(&self.title)?,
            measure: self.measure,
            owner: limits::ACTION_OWNER.optional(&self.owner)?,
            people: limits::ACTION_PEOPLE.optional(&self.people)?,
            budget_eur: self.budget_eur,
            start_on,
            deadline,
            status: self.status,
            goal: limits::ACTION_GOAL.optional(&self.goal)?,
            kpi_id: self.kpi_id,
            stakeholders: limits::ACTION_STAKEHOLDERS.optional(&self.stakeholders)?,
            supplier_id: self.supplier_id,
            sensitive: self.sensitive,
            exit: self.validated_exit()?,
        })
    }

    /// The exit plan of a responsible disengagement (`None` for any other measure, or
    /// when nothing is filled in); a disengagement is done only with every question
    /// answered.
    fn validated_exit(&self) -> Result<Option<ExitPlan>> {
        if self.measure != MeasureType::ResponsibleDisengagement {
            return Ok(None);
        }
        let exit = match &self.exit {
            Some(e) => Some(e.validated()?).filter(|e| !e.is_empty()),
            None => None,
        };
        let complete = exit.as_ref().is_some_and(|e| e.open_questions().is_empty());
        if self.status == ActionStatus::Done && !complete {
            return Err(Error::ExitIncomplete);
        }
        Ok(exit)
    }

    /// A responsible disengagement that says in writing why it leaves now.
    pub fn exit_explained(&self) -> bool {
        self.exit.as_ref().is_some_and(|e| e.reason.is_some())
    }

    /// Not done and not stopped while its deadline has passed on `today`.
    pub fn is_overdue(&self, today: &str) -> bool {
        overdue(self.status, self.deadline.as_deref(), today)
    }
}

/// An action is overdue when it is still to be done and its deadline has passed.
pub fn overdue(status: ActionStatus, deadline: Option<&str>, today: &str) -> bool {
    matches!(status, ActionStatus::Planned | ActionStatus::InProgress)
        && deadline.is_some_and(|d| d < today)
}

impl ActionUpdate {
    pub fn validated(&self) -> Result<ActionUpdate> {
        Ok(ActionUpdate {
            id: self.id,
            action_id: self.action_id,
            written_on: required_date("update.written_on", &self.written_on)?,
            progress: limits::UPDATE_PROGRESS.required(&self.progress)?,
            effectiveness: self.effectiveness,
        })
    }
}

impl PracticeCheck {
    pub fn validated(&self) -> Result<PracticeCheck> {
        Ok(PracticeCheck {
            note: limits::PRACTICE_NOTE.optional(&self.note)?,
            ..self.clone()
        })
    }
}

impl CapItem {
    pub fn validated(&self) -> Result<CapItem> {
        Ok(CapItem {
            id: self.id,
            audit_id: self.audit_id,
            description: limits::CAP_DESCRIPTION.required(&self.description)?,
            deadline: date("cap.deadline", &self.deadline)?,
            done_on: date("cap.done_on", &self.done_on)?,
        })
    }

    pub fn is_overdue(&self, today: &str) -> bool {
        self.done_on.is_none() && self.deadline.as_deref().is_some_and(|d| d < today)
    }
}

impl ContextEntry {
    pub fn validated(&self) -> Result<ContextEntry> {
        let country = super::country::optional_country("context.country", &self.country)?;
        Ok(ContextEntry {
            id: self.id,
            noted_on: required_date("context.noted_on", &self.noted_on)?,
            country,
            item_id: self.item_id,
            description: limits::CONTEXT_DESCRIPTION.required(&self.description)?,
        })
    }
}

/// Checks an evidence file before it is stored: a name, not empty, not too large.
pub fn check_evidence(file_name: &str, size: usize) -> Result<String> {
    // Only the name, never a folder: it is offered again when the file is saved out.
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or_default();
    let name = limits::EVIDENCE_FILE_NAME.required(&text::safe_file_name(base))?;
    if size == 0 {
        return Err(Error::Required {
            field: "evidence.content".into(),
        });
    }
    if size > EVIDENCE_MAX_BYTES {
        return Err(Error::EvidenceTooLarge {
            size: size as u64,
            max: EVIDENCE_MAX_BYTES as u64,
        });
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_evidence_file_keeps_only_its_own_name() {
        assert_eq!(
            check_evidence("../../home/u/.bashrc", 10).expect("name"),
            "bashrc"
        );
        assert_eq!(
            check_evidence("C:\\Users\\x\\verslag.pdf", 10).expect("name"),
            "verslag.pdf"
        );
        assert_eq!(
            check_evidence("..", 10).expect_err("no name").code(),
            "input.required"
        );
    }

    fn action() -> Action {
        Action {
            id: 0,
            risk_id: 1,
            title: "Corrigerend actieplan brandveiligheid".into(),
            measure: MeasureType::CorrectiveActionPlan,
            owner: None,
            people: None,
            budget_eur: None,
            start_on: Some("2026-03-01".into()),
            deadline: Some("2026-02-01".into()),
            status: ActionStatus::Planned,
            goal: None,
            kpi_id: None,
            stakeholders: None,
            supplier_id: None,
            sensitive: false,
            exit: None,
        }
    }

    #[test]
    fn a_deadline_before_the_start_is_refused_and_overdue_needs_an_open_status() {
        assert_eq!(
            action().validated().expect_err("order").code(),
            "input.invalid"
        );
        let mut a = action();
        a.deadline = Some("2026-06-30".into());
        let a = a.validated().expect("valid");
        assert!(a.is_overdue("2026-07-01"));
        assert!(!a.is_overdue("2026-06-30"));
        let done = Action {
            status: ActionStatus::Done,
            ..a
        };
        assert!(!done.is_overdue("2027-01-01"));
    }

    #[test]
    fn evidence_must_have_content_and_stay_under_the_limit() {
        assert!(check_evidence("foto.jpg", 1).is_ok());
        assert_eq!(
            check_evidence("leeg.pdf", 0).expect_err("empty").code(),
            "input.required"
        );
        assert_eq!(
            check_evidence("groot.pdf", EVIDENCE_MAX_BYTES + 1)
                .expect_err("large")
                .code(),
            "evidence.too_large"
        );
        assert!(check_evidence("precies.pdf", EVIDENCE_MAX_BYTES).is_ok());
    }

    #[test]
    fn leverage_measures_are_the_ones_that_work_through_others() {
        assert!(MeasureType::CorrectiveActionPlan.is_leverage());
        assert!(!MeasureType::StopContribution.is_leverage());
        assert!(!MeasureType::ResponsibleDisengagement.is_leverage());
    }
}
