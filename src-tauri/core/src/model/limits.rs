//! The longest text each field takes, in one list. The model checks text with these
//! (`limits::RISK_TITLE.required(&title)`), and the user interface's fields get the same
//! numbers from the generated bindings, so a form never accepts what the core refuses.
//! Dates and country codes have their own checks in `date.rs` and `country.rs`.

use crate::error::Result;

use super::text;

/// A text field: its key (as in error messages) and the most characters it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub max: usize,
}

impl Field {
    /// The text trimmed; an error when it is empty or too long.
    pub fn required(self, value: &str) -> Result<String> {
        text::required(self.key, value, self.max)
    }

    /// The text trimmed; an error when it is too long.
    pub fn bounded(self, value: &str) -> Result<String> {
        text::bounded(self.key, value, self.max)
    }

    /// The text trimmed, an empty text as `None`; an error when it is too long.
    pub fn optional(self, value: &Option<String>) -> Result<Option<String>> {
        text::optional(self.key, value, self.max)
    }
}

macro_rules! fields {
    ($($name:ident = $key:literal, $max:expr;)+) => {
        $(pub const $name: Field = Field { key: $key, max: $max };)+
        /// Every field, in key order.
        pub const ALL: &[Field] = &[$($name),+];
    };
}

fields! {
    ACTION_GOAL = "action.goal", 4000;
    ACTION_OWNER = "action.owner", 200;
    ACTION_PEOPLE = "action.people", 4000;
    ACTION_STAKEHOLDERS = "action.stakeholders", 4000;
    ACTION_TITLE = "action.title", 200;
    AGREEMENT_CHECK_NOTE = "agreement_check.note", 1000;
    AUDIT_AUDITOR = "audit.auditor", 200;
    AUDIT_FINDINGS = "audit.findings", 4000;
    AUDIT_HELD_ON = "audit.held_on", 10;
    CAP_DESCRIPTION = "cap.description", 4000;
    CERTIFICATION_REFERENCE = "certification.reference", 200;
    CERTIFICATION_SCHEME = "certification.scheme", 200;
    CERTIFICATION_VALID_UNTIL = "certification.valid_until", 10;
    COMMUNICATION_DESCRIPTION = "communication.description", 4000;
    COMMUNICATION_HELD_ON = "communication.held_on", 10;
    COMMUNICATION_LOG_CONTENT = "communication_log.content", 4000;
    COMMUNICATION_LOG_HELD_ON = "communication_log.held_on", 10;
    COMMUNICATION_LOG_RECIPIENTS = "communication_log.recipients", 200;
    COMPANY_CONTACT_EMAIL = "company.contact_email", 254;
    COMPANY_CONTACT_NAME = "company.contact_name", 200;
    COMPANY_CONTACT_PHONE = "company.contact_phone", 50;
    COMPANY_DESCRIPTION = "company.description", 4000;
    COMPANY_INITIATIVES = "company.initiatives", 200;
    COMPANY_KVK_NUMBER = "company.kvk_number", 20;
    COMPANY_NAME = "company.name", 200;
    COMPANY_SECTORS = "company.sectors", 200;
    CONTEXT_DESCRIPTION = "context.description", 4000;
    DEPARTMENT_CURRENT_PRACTICE = "department.current_practice", 4000;
    DEPARTMENT_RESPONSIBLE = "department.responsible", 200;
    DEPARTMENT_ROLE = "department.role", 4000;
    ENGAGEMENT_ABOUT = "engagement.about", 4000;
    ENGAGEMENT_FOLLOW_UP = "engagement.follow_up", 4000;
    ENGAGEMENT_HELD_ON = "engagement.held_on", 10;
    ENGAGEMENT_SAID = "engagement.said", 4000;
    EVIDENCE_FILE_NAME = "evidence.file_name", 255;
    EXIT_CRUCIAL = "exit.crucial", 4000;
    EXIT_ENDS_ON = "exit.ends_on", 10;
    EXIT_INFORMED = "exit.informed", 4000;
    EXIT_NOTICE = "exit.notice", 4000;
    EXIT_REASON = "exit.reason", 4000;
    EXIT_SEVERITY = "exit.severity", 4000;
    EXIT_WORKERS = "exit.workers", 4000;
    GRIEVANCE_ASSESSED_BY = "grievance.assessed_by", 200;
    GRIEVANCE_ASSESSMENT = "grievance.assessment", 4000;
    GRIEVANCE_DESCRIPTION = "grievance.description", 4000;
    GRIEVANCE_LESSONS = "grievance.lessons", 4000;
    GRIEVANCE_OUTCOME = "grievance.outcome", 4000;
    GRIEVANCE_RECEIVED_ON = "grievance.received_on", 10;
    GRIEVANCE_REMEDY = "grievance.remedy", 4000;
    GRIEVANCE_REPORTER_CONTACT = "grievance.reporter_contact", 200;
    ITEM_NAME = "item.name", 200;
    ITEM_NOTES = "item.notes", 4000;
    ITEM_PLANNED_COMPLETION = "item.planned_completion", 10;
    ITEM_REFERENCE_GOODS = "item.reference_goods", 200;
    ITEM_VOLUME_UNIT = "item.volume_unit", 40;
    KPI_DEADLINE = "kpi.deadline", 10;
    KPI_NAME = "kpi.name", 200;
    KPI_OWNER = "kpi.owner", 200;
    KPI_UNIT = "kpi.unit", 40;
    MATURITY_REASON = "maturity.reason", 2000;
    MEASUREMENT_MEASURED_ON = "measurement.measured_on", 10;
    MEASUREMENT_NOTE = "measurement.note", 2000;
    MECHANISM_DESCRIPTION = "mechanism.description", 4000;
    MECHANISM_EXPLANATION = "mechanism.explanation", 4000;
    POLICY_APPROVED_BY = "policy.approved_by", 200;
    POLICY_BODY = "policy.body", 100_000;
    POLICY_DOCUMENT_REF = "policy.document_ref", 500;
    POLICY_ELEMENT_LOCATION = "policy.element_location", 200;
    POLICY_LABEL = "policy.label", 100;
    POLICY_PUBLISHED_WHERE = "policy.published_where", 500;
    PRACTICE_NOTE = "practice.note", 1000;
    PRECONDITIONS_COMMITMENT = "preconditions.commitment", 4000;
    PRECONDITIONS_SKILLS = "preconditions.skills", 4000;
    REMEDY_CONSULTED = "remedy.consulted", 4000;
    REMEDY_DESCRIPTION = "remedy.description", 4000;
    REMEDY_ROLE_REASON = "remedy.role_reason", 4000;
    RISK_CONSULTED = "risk.consulted", 4000;
    RISK_DECISION_REASON = "risk.decision_reason", 4000;
    RISK_DESCRIPTION = "risk.description", 4000;
    RISK_ITEM = "risk.item", 200;
    RISK_OVERRIDE_REASON = "risk.override_reason", 4000;
    RISK_OWN_CONTRIBUTION = "risk.own_contribution", 4000;
    RISK_REVIEW_DATE = "risk.review_date", 10;
    RISK_TITLE = "risk.title", 200;
    SOLD_CUSTOMERS = "sold.customers", 4000;
    SOLD_END_OF_LIFE = "sold.end_of_life", 4000;
    SOLD_NAME = "sold.name", 200;
    SOLD_NOTES = "sold.notes", 4000;
    SOLD_USE_PHASE = "sold.use_phase", 4000;
    STAKEHOLDER_CONTACT = "stakeholder.contact", 200;
    STAKEHOLDER_INTEREST = "stakeholder.interest", 4000;
    STAKEHOLDER_NAME = "stakeholder.name", 200;
    SUGGESTION_REASON = "suggestion.reason", 2000;
    SUPPLIER_ADDRESS = "supplier.address", 500;
    SUPPLIER_CODE_OF_CONDUCT_ON = "supplier.code_of_conduct_on", 10;
    SUPPLIER_ENDED_ON = "supplier.ended_on", 10;
    SUPPLIER_EXIT_IMPACT = "supplier.exit_impact", 4000;
    SUPPLIER_FACILITY_TYPE = "supplier.facility_type", 500;
    SUPPLIER_NAME = "supplier.name", 200;
    SUPPLIER_NOTES = "supplier.notes", 4000;
    SUPPLIER_PARENT_COMPANY = "supplier.parent_company", 500;
    SUPPLIER_PRODUCTS = "supplier.products", 500;
    SUPPLIER_SECTOR = "supplier.sector", 500;
    UPDATE_PROGRESS = "update.progress", 4000;
    YEAR_REVIEW_DILEMMAS = "year_review.dilemmas", 8000;
    YEAR_REVIEW_NEXT_YEAR = "year_review.next_year", 8000;
    YEAR_REVIEW_NOT_WORKED = "year_review.not_worked", 8000;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_in_order() {
        for pair in ALL.windows(2) {
            assert!(
                pair[0].key < pair[1].key,
                "{} / {}",
                pair[0].key,
                pair[1].key
            );
        }
    }
}
