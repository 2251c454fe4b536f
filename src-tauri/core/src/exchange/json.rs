//! The whole dossier as one JSON document (R5). Exporting, importing into a new file
//! and exporting again gives the same bytes. See `docs/dossier-json.md`.

use std::path::Path;

use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Lang, Messages};
use crate::model::year::check_year;
use crate::model::{CompanyProfile, ReportingYear, Risk, Supplier};
use crate::prioritisation::{self, Level};
use crate::store::risk::{load_all, register_of, write_risk};
use crate::store::supplier::write_supplier;
use crate::Dossier;

pub const FORMAT: &str = "ketenkompas-dossier";
/// Version 2 added `risks`, version 3 `suppliers`; older documents still import.
pub const FORMAT_VERSION: i64 = 3;
/// A dossier JSON larger than this is refused before it is parsed.
pub const MAX_BYTES: usize = 256 * 1024 * 1024;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
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

impl DossierJson {
    /// Checks and cleans the document the way the app checks a form.
    pub fn validated(&self) -> Result<DossierJson> {
        let company = self.company.validated()?;
        let mut years = self.years.clone();
        years.sort_by_key(|y| y.year);
        for pair in years.windows(2) {
            if pair[0].year == pair[1].year {
                return Err(Error::YearExists { year: pair[0].year });
            }
        }
        for y in &years {
            check_year(y.year)?;
        }
        if let Some(a) = self.active_year {
            if !years.iter().any(|y| y.year == a) {
                return Err(Error::YearNotFound { year: a });
            }
        }
        let risks = self
            .risks
            .iter()
            .map(|r| {
                let mut risk = r.risk.validated()?;
                risk.id = 0;
                Ok(RiskJson {
                    risk,
                    priority: None,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let suppliers = self
            .suppliers
            .iter()
            .map(|s| {
                let mut s = s.validated()?;
                s.id = 0;
                Ok(s)
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(DossierJson {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            company,
            years,
            active_year: self.active_year,
            suppliers,
            risks,
        })
    }
}

/// The whole dossier as a document.
pub fn export(d: &Dossier) -> Result<DossierJson> {
    Ok(DossierJson {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        company: d.company()?,
        years: d.years()?,
        active_year: d.active_year()?,
        suppliers: d
            .suppliers()?
            .into_iter()
            .map(|mut s| {
                s.id = 0;
                s
            })
            .collect(),
        risks: export_risks(d)?,
    })
}

fn export_risks(d: &Dossier) -> Result<Vec<RiskJson>> {
    let risks = load_all(d.conn())?;
    let register = register_of(risks.clone(), None);
    let (nl, en) = (Messages::new(Lang::Nl), Messages::new(Lang::En));
    Ok(risks
        .into_iter()
        .map(|mut risk| {
            let reason = risk.rank_override.as_ref().map(|o| o.reason.as_str());
            let priority = register
                .rows
                .iter()
                .find(|row| row.risk.id == risk.id)
                .and_then(|row| row.ranked.as_ref())
                .map(|k| PriorityJson {
                    rank: k.rank,
                    computed_rank: k.computed_rank,
                    severity: k.severity,
                    likelihood: k.likelihood,
                    rationale: RationaleJson {
                        nl: prioritisation::rationale(&nl, k, reason),
                        en: prioritisation::rationale(&en, k, reason),
                    },
                });
            risk.id = 0;
            RiskJson { risk, priority }
        })
        .collect())
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
    if text.len() > MAX_BYTES {
        return Err(Error::TooLong {
            field: "json".into(),
            max: MAX_BYTES,
        });
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(invalid)?;
    let format = value.get("format").and_then(|v| v.as_str());
    if format != Some(FORMAT) {
        return Err(Error::JsonInvalid {
            detail: format!("\"format\" must be \"{FORMAT}\""),
        });
    }
    let version = value
        .get("format_version")
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
    let doc: DossierJson = serde_json::from_value(value).map_err(invalid)?;
    doc.validated()
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

fn write_content(tx: &Transaction<'_>, doc: &DossierJson) -> Result<()> {
    tx.execute("DELETE FROM reporting_year", [])?;
    tx.execute("DELETE FROM risk", [])?;
    tx.execute("DELETE FROM supplier", [])?;
    tx.execute("DELETE FROM dossier_meta WHERE key = 'active_year'", [])?;
    crate::store::company::write_company(tx, &doc.company)?;
    for y in &doc.years {
        tx.execute(
            "INSERT INTO reporting_year (year, status) VALUES (?1, ?2)",
            params![y.year, y.status.as_str()],
        )?;
    }
    for s in &doc.suppliers {
        write_supplier(tx, s)?;
    }
    for r in &doc.risks {
        write_risk(tx, &r.risk)?;
    }
    if let Some(a) = doc.active_year {
        tx.execute(
            "INSERT INTO dossier_meta (key, value) VALUES ('active_year', ?1)",
            [a.to_string()],
        )?;
    }
    Ok(())
}
