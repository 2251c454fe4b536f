//! The whole dossier as one JSON document (R5). Exporting, importing into a new file
//! and exporting again gives the same bytes. See `docs/dossier-json.md`.
//!
//! This file holds the document types, parsing and the entry points; `validate.rs`
//! checks a document the way the app checks a form, `export.rs` turns a dossier into a
//! document and `write.rs` writes a document into a dossier. Each does the company and
//! its years itself and leaves every register to its part in `parts/`.

mod close;
mod export;
mod parts;
mod validate;
mod write;

pub use close::law_check_of;
pub use export::{export, prioritise};
use write::write_content;

use std::path::Path;

use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::laws::{LawAnswer, LawVerdict};
use crate::model::year::check_year;
use crate::model::year::YearReview;
use crate::model::{
    Action, ActionUpdate, AgreementCheck, Audit, CapItem, Certification, CompanyProfile,
    ContextEntry, Department, Kpi, KpiMeasurement, PolicyCommunication, PolicyVersion,
    PracticeCheck, Preconditions, PurchasedItem, ReportingYear, Risk, SoldItem, Supplier,
};
use crate::model::{CommunicationEntry, Grievance, GrievanceMechanism, Remedy};
use crate::model::{Engagement, Stakeholder};
use crate::prioritisation::Level;
use crate::suggestions::SuggestionDecision;
use crate::Dossier;

pub const FORMAT: &str = "ketenkompas-dossier";
/// Version 2 added `risks`, version 3 `suppliers`, version 4 the value chain,
/// certificates, audits and answers to suggestions, version 5 step 1 (departments,
/// policy versions, communication, preconditions) and KPIs, version 6 steps 3 and 4
/// (actions with updates and evidence, purchasing practices, CAP items, context log),
/// version 7 sensitivity marks, year reviews and closed years, version 8 stakeholders and
/// engagements, version 9 the communication log, the grievance mechanism, grievances and
/// remedies, version 10 confirmed decisions on risks, version 11 audit schemes, results
/// and scores, the yearly agreement checks, the company's initiatives and the exit plans
/// of responsible disengagements, version 12 departments marked not applicable, version
/// 13 the answers to the legislation check and, in a closed year's frozen content, the
/// verdicts as they stood when it was closed, and the maturity judgements per year and step,
/// version 14 the questionnaire rounds with their requests and answers, version 15 a
/// request's own key and any questionnaire language; older documents still import.
pub const FORMAT_VERSION: i64 = 15;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DossierJson {
    pub format: String,
    pub format_version: i64,
    pub company: CompanyProfile,
    pub years: Vec<ReportingYear>,
    pub active_year: Option<i32>,
    /// In the order they were recorded.
    #[serde(default)]
    pub suppliers: Vec<Supplier>,
    /// In the order they were recorded.
    #[serde(default)]
    pub risks: Vec<RiskJson>,
    /// Chains; supplier references are positions in `suppliers` (1 = first).
    #[serde(default)]
    pub purchased_items: Vec<PurchasedItem>,
    #[serde(default)]
    pub sold_items: Vec<SoldItem>,
    #[serde(default)]
    pub certifications: Vec<Certification>,
    #[serde(default)]
    pub audits: Vec<Audit>,
    #[serde(default)]
    pub suggestion_decisions: Vec<SuggestionDecision>,
    /// Only the departments that were filled in.
    #[serde(default)]
    pub departments: Vec<Department>,
    /// Oldest first.
    #[serde(default)]
    pub policy_versions: Vec<PolicyVersion>,
    #[serde(default)]
    pub policy_communications: Vec<PolicyCommunication>,
    #[serde(default)]
    pub preconditions: Option<Preconditions>,
    /// `risk_id` is a position in `risks`.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
    /// `kpi_id` is a position in `kpis`.
    #[serde(default)]
    pub kpi_measurements: Vec<KpiMeasurement>,
    /// `risk_id`, `kpi_id` and `supplier_id` are positions.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// `action_id` is a position in `actions`.
    #[serde(default)]
    pub action_updates: Vec<ActionUpdate>,
    #[serde(default)]
    pub evidence: Vec<EvidenceJson>,
    /// `supplier_id` is a position in `suppliers`.
    #[serde(default)]
    pub purchasing_practices: Vec<PracticeCheck>,
    /// Format 11: `supplier_id` is a position in `suppliers`.
    #[serde(default)]
    pub agreement_checks: Vec<AgreementCheck>,
    /// `audit_id` is a position in `audits`.
    #[serde(default)]
    pub cap_items: Vec<CapItem>,
    /// `item_id` is a position in `purchased_items`.
    #[serde(default)]
    pub context_log: Vec<ContextEntry>,
    /// Format 7: what the company wrote about each year, and the frozen content of
    /// every closed year.
    #[serde(default)]
    pub year_reviews: Vec<YearReview>,
    #[serde(default)]
    pub closed_years: Vec<ClosedYearJson>,
    /// Format 8: stakeholders and the engagement log.
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    pub engagements: Vec<Engagement>,
    /// Format 9: the communication log of step 5.
    #[serde(default)]
    pub communication_log: Vec<CommunicationEntry>,
    /// Format 9: the grievance mechanism, absent when never described.
    #[serde(default)]
    pub grievance_mechanism: Option<GrievanceMechanism>,
    /// Format 9: grievances with all their confidential parts (this document is the full
    /// backup); `supplier_id` and `risk_id` are positions.
    #[serde(default)]
    pub grievances: Vec<Grievance>,
    /// Format 9: `risk_id` and `grievance_id` are positions.
    #[serde(default)]
    pub remedies: Vec<Remedy>,
    /// Format 13: the questions of the legislation check the company answered.
    #[serde(default)]
    pub law_answers: Vec<LawAnswer>,
    /// Format 13, only in the frozen content of a closed year: the legislation check as
    /// it stood when the year was closed, so that the year's report keeps saying what it
    /// said then when the law data of a later version changes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub law_check: Vec<LawVerdict>,
    /// Format 13: the company's maturity judgement per year and step.
    #[serde(default)]
    pub maturity: Vec<crate::maturity::Assessment>,
    /// Format 13, only in the frozen content of a closed year: the maturity suggested
    /// per step when the year was closed, with the checks behind it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maturity_check: Vec<crate::maturity::Suggestion>,
    /// Format 14: the questionnaire round of each year, left out when there is none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub survey_rounds: Vec<crate::survey::SurveyRound>,
    /// Format 14: `supplier_id` is a position in `suppliers`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub survey_requests: Vec<crate::survey::SurveyRequest>,
    /// Format 14: the answers that came back; `supplier_id` is a position.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub survey_answers: Vec<crate::survey::SurveyAnswer>,
}

pub use crate::model::year::ClosedYear as ClosedYearJson;

/// An evidence file: `action_id` is a position in `actions`, the content is base64.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct EvidenceJson {
    pub action_id: i64,
    pub file_name: String,
    pub added_on: String,
    pub content_base64: String,
}

/// A risk, and on export its place in the ranking (ignored on import: it is computed).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RiskJson {
    pub risk: Risk,
    #[serde(default)]
    pub priority: Option<PriorityJson>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PriorityJson {
    /// 1 = first.
    pub rank: u32,
    pub computed_rank: u32,
    pub severity: Level,
    /// As used in ranking: 5 for an actual impact.
    pub likelihood: Level,
    pub rationale: RationaleJson,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RationaleJson {
    pub nl: String,
    pub en: String,
}

/// Pretty-printed, with a final newline; stable for the same dossier.
pub fn to_text(doc: &DossierJson) -> String {
    let mut s = serde_json::to_string_pretty(doc).unwrap_or_default();
    s.push('\n');
    s
}

/// Parses and validates a document; the format name and version are checked first so
/// that a newer document gets the right message.
pub fn parse(text: &str) -> Result<DossierJson> {
    crate::exchange::limits::check_file_size(
        text.len() as u64,
        crate::exchange::limits::JSON_BYTES,
    )?;
    // The name and version are read first, skipping everything else, so that a newer
    // document is told as such rather than as a broken one.
    #[derive(Deserialize)]
    struct Header {
        format: Option<serde_json::Value>,
        format_version: Option<serde_json::Value>,
    }
    let header: Header = serde_json::from_str(text).map_err(invalid)?;
    let format = header.format.as_ref().and_then(|v| v.as_str());
    if format != Some(FORMAT) {
        return Err(Error::JsonInvalid {
            detail: format!("\"format\" must be \"{FORMAT}\""),
        });
    }
    let version = header
        .format_version
        .as_ref()
        .and_then(|v| v.as_i64())
        .ok_or_else(|| Error::JsonInvalid {
            detail: "\"format_version\" is missing".into(),
        })?;
    if !(1..=FORMAT_VERSION).contains(&version) {
        return Err(Error::JsonUnsupportedVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    document(text, version)?.validated()
}

/// Reads a document of format `version`; one older than format 11 is brought up to date
/// first: a grievance decision "resolved" meant upheld, and, when closed, resolved.
fn document(text: &str, version: i64) -> Result<DossierJson> {
    if version >= 11 {
        return serde_json::from_str(text).map_err(invalid);
    }
    let mut value: serde_json::Value = serde_json::from_str(text).map_err(invalid)?;
    if let Some(list) = value.get_mut("grievances").and_then(|g| g.as_array_mut()) {
        for g in list.iter_mut().filter_map(|g| g.as_object_mut()) {
            if g.get("decision").and_then(|d| d.as_str()) == Some("resolved") {
                g.insert("decision".into(), "upheld".into());
                if g.get("closed_on").is_some_and(|c| !c.is_null()) {
                    g.insert("resolved".into(), true.into());
                }
            }
        }
    }
    serde_json::from_value(value).map_err(invalid)
}

/// Parses the frozen content of a closed year (see [`ClosedYearJson`]).
pub fn parse_frozen(text: &str) -> Result<DossierJson> {
    #[derive(Deserialize)]
    struct Version {
        format_version: Option<i64>,
    }
    let version: Version = serde_json::from_str(text).map_err(invalid)?;
    let doc = document(text, version.format_version.unwrap_or(FORMAT_VERSION))?;
    if doc.format != FORMAT || !(1..=FORMAT_VERSION).contains(&doc.format_version) {
        return Err(Error::JsonInvalid {
            detail: "the frozen content of a year is not a dossier document".into(),
        });
    }
    doc.checked(true)
}

fn invalid(e: serde_json::Error) -> Error {
    Error::JsonInvalid {
        detail: e.to_string(),
    }
}

/// Creates a new dossier at `path` holding exactly the document.
pub fn import_new(path: &Path, doc: &DossierJson) -> Result<Dossier> {
    let doc = doc.validated()?;
    Dossier::create_with(path, |tx| write_content(tx, &doc))
}

/// Replaces the content of an open dossier with the document, in one transaction.
pub fn import_replace(d: &mut Dossier, doc: &DossierJson) -> Result<()> {
    let doc = doc.validated()?;
    let tx = d.conn_mut().transaction()?;
    write_content(&tx, &doc)?;
    tx.commit()?;
    Ok(())
}
