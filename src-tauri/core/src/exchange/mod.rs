//! Exchange formats. [`json`]: the whole dossier, documented in `docs/dossier-json.md`.

mod cell;
pub mod dropped;
mod grid;
pub mod grievances;
pub mod json;
pub mod limits;
mod registers;

pub(crate) use registers::Sheet;
pub mod suppliers;
pub mod survey;
pub mod table;
pub mod text_file;
mod xls;
mod xlsx;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::messages::Lang;
use crate::Dossier;

/// A register that the app exports as a table (R5). The JSON export holds everything.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Register {
    Suppliers,
    /// In priority order, with the assessment and the decision.
    Risks,
    /// The actions of the action plans, with the risk each answers.
    Actions,
    /// One row per measurement.
    Kpis,
    /// The purchased goods and services with their chains.
    Chain,
    Audits,
    /// The items of the corrective action plans.
    CapItems,
    Certifications,
    /// The context log.
    Context,
    /// The communication log.
    Communications,
    Stakeholders,
    Engagements,
    /// Remedy for actual impacts.
    Remedies,
    /// The departments checked in step 1.
    Departments,
    /// How the policy was communicated and trained.
    PolicyCommunications,
    /// The progress notes on the actions.
    Updates,
    /// What the company sells.
    SoldItems,
    /// The purchasing practices checked per supplier.
    Practices,
    /// The versions of the policy.
    PolicyVersions,
    /// The answered risk suggestions.
    SuggestionAnswers,
    /// Without the confidential parts (see [`grievances`]).
    Grievances,
}

impl Register {
    pub const ALL: [Register; 21] = [
        Register::Suppliers,
        Register::Risks,
        Register::Actions,
        Register::Kpis,
        Register::Chain,
        Register::Audits,
        Register::CapItems,
        Register::Certifications,
        Register::Context,
        Register::Communications,
        Register::Stakeholders,
        Register::Engagements,
        Register::Remedies,
        Register::Departments,
        Register::PolicyCommunications,
        Register::Updates,
        Register::SoldItems,
        Register::Practices,
        Register::PolicyVersions,
        Register::SuggestionAnswers,
        Register::Grievances,
    ];

    /// The register's name on the command line and in its file-name text: `cap-items`.
    pub fn name(self) -> &'static str {
        match self {
            Register::Suppliers => "suppliers",
            Register::Risks => "risks",
            Register::Actions => "actions",
            Register::Kpis => "kpis",
            Register::Chain => "chain",
            Register::Audits => "audits",
            Register::CapItems => "cap-items",
            Register::Certifications => "certifications",
            Register::Context => "context",
            Register::Communications => "communications",
            Register::Stakeholders => "stakeholders",
            Register::Engagements => "engagements",
            Register::Remedies => "remedies",
            Register::Departments => "departments",
            Register::PolicyCommunications => "policy-communications",
            Register::Updates => "updates",
            Register::SoldItems => "sold-items",
            Register::Practices => "practices",
            Register::PolicyVersions => "policy-versions",
            Register::SuggestionAnswers => "suggestion-answers",
            Register::Grievances => "grievances",
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum TableFormat {
    Csv,
    Xlsx,
}

impl TableFormat {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            TableFormat::Csv => "csv",
            TableFormat::Xlsx => "xlsx",
        }
    }
}

/// The register as a file's bytes; statuses and deadlines as of `today`. Grievances go
/// without their confidential parts: a table leaves the app more easily than the dossier.
pub fn export_register(
    d: &Dossier,
    register: Register,
    format: TableFormat,
    today: &str,
) -> Result<Vec<u8>> {
    export_register_with(d, register, format, today, false)
}

/// [`export_register`]; with `confidential`, the grievance table includes the parts that
/// are confidential (reporter contact, description, assessment, outcome, remedy,
/// lessons). Only the command line offers that, on request.
pub fn export_register_with(
    d: &Dossier,
    register: Register,
    format: TableFormat,
    today: &str,
    confidential: bool,
) -> Result<Vec<u8>> {
    let sheet = match register {
        Register::Suppliers => suppliers::sheet(d)?,
        Register::Grievances => grievances::sheet(d, today, confidential)?,
        Register::Risks => registers::risks(d)?,
        Register::Actions => registers::actions(d, today)?,
        Register::Kpis => registers::kpis(d)?,
        Register::Chain => registers::chain(d)?,
        Register::Audits => registers::audits(d)?,
        Register::CapItems => registers::cap_items(d, today)?,
        Register::Certifications => registers::certifications(d)?,
        Register::Context => registers::context(d)?,
        Register::Communications => registers::communications(d)?,
        Register::Stakeholders => registers::stakeholders(d)?,
        Register::Engagements => registers::engagements(d)?,
        Register::Remedies => registers::remedies(d)?,
        Register::Departments => registers::departments(d)?,
        Register::PolicyCommunications => registers::policy_communications(d)?,
        Register::Updates => registers::updates(d)?,
        Register::SoldItems => registers::sold_items(d)?,
        Register::Practices => registers::practices(d)?,
        Register::PolicyVersions => registers::policy_versions(d, today)?,
        Register::SuggestionAnswers => registers::suggestion_answers(d)?,
    };
    match format {
        TableFormat::Csv => Ok(sheet.csv()?.into_bytes()),
        TableFormat::Xlsx => sheet.xlsx(),
    }
}

/// The file name for an exported register, in `lang`: "Leveranciers - Company.csv".
pub fn register_file_name(
    register: Register,
    company: &str,
    lang: Lang,
    format: TableFormat,
) -> String {
    let key = format!("file-{}", register.name());
    let t = crate::report::text::Texts::new(lang);
    let stem = crate::model::text::safe_file_name(&t.get(&key, &[("company", company.into())]));
    format!("{stem}.{}", format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_file_names_follow_the_language_and_are_safe() {
        // A trailing dot is dropped from the name (Windows does not keep it).
        assert_eq!(
            register_file_name(Register::Suppliers, "Post B.V.", Lang::Nl, TableFormat::Csv),
            "Leveranciers - Post B.V.csv"
        );
        assert_eq!(
            register_file_name(Register::Grievances, "Post", Lang::En, TableFormat::Xlsx),
            "Grievance register - Post.xlsx"
        );
        for r in Register::ALL {
            for lang in [Lang::Nl, Lang::En] {
                let name = register_file_name(r, "X", lang, TableFormat::Csv);
                assert!(
                    !name.starts_with("file-"),
                    "{} has no text in {lang:?}",
                    r.name()
                );
            }
        }
        let odd = register_file_name(Register::Suppliers, "A/B\\C:D", Lang::En, TableFormat::Csv);
        assert!(!odd.contains(['/', '\\', ':']), "{odd}");
    }
}
