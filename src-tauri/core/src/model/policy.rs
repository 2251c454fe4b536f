//! Step 1 (S1.1–S1.5): what each department already does, the policy in versions with
//! the checklist of a good policy, how the policy is communicated and trained, and the
//! preconditions for the work.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::date::check_date;
use super::risk::Theme;
use super::text;
use super::vocab::vocabulary;
use crate::error::{Error, Result};

vocabulary! {
    /// The twelve departments of the current-state check (S1.1).
    DepartmentCode {
        Management = "management",
        Purchasing = "purchasing",
        Sales = "sales",
        Legal = "legal",
        Finance = "finance",
        Hr = "hr",
        MarketingCommunication = "marketing_communication",
        It = "it",
        Quality = "quality",
        ResearchDevelopment = "research_development",
        Logistics = "logistics",
        Sustainability = "sustainability",
    }
}

vocabulary! {
    /// The elements a good policy has (S1.2), apart from approval, publication and
    /// review, which are fields of the version, and the themes, which are a list.
    PolicyElementCode {
        Frameworks = "frameworks",
        Commitment = "commitment",
        WholeChain = "whole_chain",
        Expectations = "expectations",
        Responsibilities = "responsibilities",
        CertificationsAgreements = "certifications_agreements",
        Stakeholders = "stakeholders",
        PrioritiesGoals = "priorities_goals",
        Remediation = "remediation",
        PurchasingPractices = "purchasing_practices",
    }
}

vocabulary! {
    CommunicationKind {
        Communication = "communication",
        Training = "training",
    }
}

vocabulary! {
    Audience {
        Internal = "internal",
        External = "external",
    }
}

/// One department's row of the current-state check.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub code: DepartmentCode,
    /// What it already does that counts towards due diligence.
    pub current_practice: Option<String>,
    /// Its part in due diligence from now on.
    pub role: Option<String>,
    /// Who is responsible.
    pub responsible: Option<String>,
    /// The company has no such department, or it has no part in due diligence: the
    /// department counts as looked at (S1.1). Older exports lack the field.
    #[serde(default)]
    pub not_applicable: bool,
}

/// One element of the checklist: covered or not, and where in the policy.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PolicyElement {
    pub element: PolicyElementCode,
    pub covered: bool,
    /// Where in the policy (a section or page).
    pub location: Option<String>,
}

/// A version of the policy. A new version starts as a copy of the last one.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PolicyVersion {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    /// "2026", "versie 2", …
    pub label: String,
    /// The text of the policy.
    pub body: Option<String>,
    /// Or a reference to the published document (a file name or web address).
    pub document_ref: Option<String>,
    /// The checklist, one entry per element (missing elements count as not covered).
    pub elements: Vec<PolicyElement>,
    /// The themes the policy covers.
    pub themes: Vec<Theme>,
    pub approved_by: Option<String>,
    pub approved_on: Option<String>,
    pub published_where: Option<String>,
    pub published_on: Option<String>,
    pub next_review: Option<String>,
}

/// A moment the policy was communicated or trained.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PolicyCommunication {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub held_on: String,
    pub kind: CommunicationKind,
    pub audience: Audience,
    pub description: String,
    /// How many people were reached, when known.
    pub reached: Option<u32>,
}

/// Management commitment, budget and hours reserved, and the skills needed (S1.5).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Preconditions {
    pub commitment: Option<String>,
    #[ts(type = "number | null")]
    pub budget_eur: Option<u64>,
    pub hours_per_year: Option<u32>,
    pub skills: Option<String>,
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

/// The themes a policy checklist asks about: the core themes of S1.2 plus climate.
pub fn policy_themes() -> Vec<Theme> {
    Theme::ALL
        .iter()
        .copied()
        .filter(|t| !matches!(t, Theme::Environment | Theme::Other))
        .collect()
}

impl Department {
    pub fn validated(&self) -> Result<Department> {
        Ok(Department {
            code: self.code,
            current_practice: limits::DEPARTMENT_CURRENT_PRACTICE
                .optional(&self.current_practice)?,
            // A department that does not apply has no part and no one responsible; what
            // it does now may say why it does not apply.
            role: if self.not_applicable {
                None
            } else {
                limits::DEPARTMENT_ROLE.optional(&self.role)?
            },
            responsible: if self.not_applicable {
                None
            } else {
                limits::DEPARTMENT_RESPONSIBLE.optional(&self.responsible)?
            },
            not_applicable: self.not_applicable,
        })
    }

    /// Nothing written and not marked "not applicable": the department is still open.
    pub fn is_empty(&self) -> bool {
        !self.not_applicable
            && self.current_practice.is_none()
            && self.role.is_none()
            && self.responsible.is_none()
    }

    /// A blank row for a department nobody has looked at yet.
    pub fn open(code: DepartmentCode) -> Department {
        Department {
            code,
            current_practice: None,
            role: None,
            responsible: None,
            not_applicable: false,
        }
    }
}

impl PolicyVersion {
    pub fn blank(label: &str) -> PolicyVersion {
        PolicyVersion {
            id: 0,
            label: label.into(),
            body: None,
            document_ref: None,
            elements: Vec::new(),
            themes: Vec::new(),
            approved_by: None,
            approved_on: None,
            published_where: None,
            published_on: None,
            next_review: None,
        }
    }

    pub fn validated(&self) -> Result<PolicyVersion> {
        let mut elements: Vec<PolicyElement> = Vec::new();
        for e in &self.elements {
            if elements.iter().any(|x| x.element == e.element) {
                return Err(Error::Invalid {
                    field: "policy.elements".into(),
                    value: e.element.as_str().into(),
                });
            }
            elements.push(PolicyElement {
                element: e.element,
                covered: e.covered,
                location: limits::POLICY_ELEMENT_LOCATION.optional(&e.location)?,
            });
        }
        elements.sort_by_key(|e| e.element);
        let mut themes = self.themes.clone();
        themes.sort();
        themes.dedup();
        Ok(PolicyVersion {
            id: self.id,
            label: limits::POLICY_LABEL.required(&self.label)?,
            body: limits::POLICY_BODY.optional(&self.body)?,
            document_ref: limits::POLICY_DOCUMENT_REF.optional(&self.document_ref)?,
            elements,
            themes,
            approved_by: limits::POLICY_APPROVED_BY.optional(&self.approved_by)?,
            approved_on: date("policy.approved_on", &self.approved_on)?,
            published_where: limits::POLICY_PUBLISHED_WHERE.optional(&self.published_where)?,
            published_on: date("policy.published_on", &self.published_on)?,
            next_review: date("policy.next_review", &self.next_review)?,
        })
    }

    pub fn covers(&self, element: PolicyElementCode) -> bool {
        self.elements
            .iter()
            .any(|e| e.element == element && e.covered)
    }

    pub fn is_approved(&self) -> bool {
        self.approved_by.is_some() && self.approved_on.is_some()
    }

    pub fn is_published(&self) -> bool {
        self.published_where.is_some() && self.published_on.is_some()
    }
}

impl PolicyCommunication {
    pub fn validated(&self) -> Result<PolicyCommunication> {
        let held_on = limits::COMMUNICATION_HELD_ON.required(&self.held_on)?;
        Ok(PolicyCommunication {
            id: self.id,
            held_on: check_date("communication.held_on", &held_on)?,
            kind: self.kind,
            audience: self.audience,
            description: limits::COMMUNICATION_DESCRIPTION.required(&self.description)?,
            reached: self.reached,
        })
    }
}

impl Preconditions {
    pub fn validated(&self) -> Result<Preconditions> {
        if self.budget_eur.is_some_and(|b| b > 1_000_000_000_000) {
            return Err(Error::Invalid {
                field: "preconditions.budget_eur".into(),
                value: format!("{:?}", self.budget_eur),
            });
        }
        Ok(Preconditions {
            commitment: limits::PRECONDITIONS_COMMITMENT.optional(&self.commitment)?,
            budget_eur: self.budget_eur,
            hours_per_year: self.hours_per_year,
            skills: limits::PRECONDITIONS_SKILLS.optional(&self.skills)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_needs_a_label_real_dates_and_each_element_once() {
        let mut p = PolicyVersion::blank(" ");
        assert_eq!(p.validated().expect_err("label").code(), "input.required");
        p.label = "2026".into();
        p.approved_on = Some("2026-02-30".into());
        assert_eq!(p.validated().expect_err("date").code(), "input.invalid");
        p.approved_on = Some("2026-02-27".into());
        let e = PolicyElement {
            element: PolicyElementCode::Remediation,
            covered: true,
            location: None,
        };
        p.elements = vec![e.clone(), e];
        assert_eq!(p.validated().expect_err("twice").code(), "input.invalid");
        p.elements.pop();
        p.themes = vec![Theme::Climate, Theme::ChildLabour, Theme::Climate];
        let v = p.validated().expect("valid");
        assert_eq!(v.themes, vec![Theme::ChildLabour, Theme::Climate]);
        assert!(v.covers(PolicyElementCode::Remediation));
        assert!(!v.covers(PolicyElementCode::Frameworks));
        assert!(!v.is_approved());
    }

    #[test]
    fn the_policy_theme_list_is_the_core_themes_plus_climate() {
        let themes = policy_themes();
        assert_eq!(themes.len(), 10);
        assert!(themes.contains(&Theme::Climate));
        assert!(!themes.contains(&Theme::Other));
    }
}
