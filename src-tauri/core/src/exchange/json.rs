//! The whole dossier as one JSON document (R5). Exporting, importing into a new file
//! and exporting again gives the same bytes. See `docs/dossier-json.md`.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Lang, Messages};
use crate::model::risk::check_date;
use crate::model::year::check_year;
use crate::model::{
    Action, ActionUpdate, Audit, CapItem, Certification, CompanyProfile, ContextEntry, Department,
    Kpi, KpiMeasurement, PolicyCommunication, PolicyVersion, PracticeCheck, Preconditions,
    PurchasedItem, ReportingYear, Risk, SoldItem, Supplier,
};
use crate::prioritisation::{self, Level};
use crate::store::action::{
    insert_evidence, load_actions, load_cap_items, load_context, load_practices, load_updates,
    write_action, write_cap_item, write_context, write_practice, write_update,
};
use crate::store::chain::{load_items, load_sold, write_item, write_sold};
use crate::store::policy::{
    load_communications, load_departments, load_kpis, load_measurements, load_policies,
    load_preconditions, write_communication, write_department, write_kpi, write_measurement,
    write_policy, write_preconditions,
};
use crate::store::risk::{load_all, register_of, write_risk};
use crate::store::suggestion::{load_decisions, write_decision};
use crate::store::supplier::write_supplier;
use crate::store::supplier::{load_audits, load_certifications, write_audit, write_certification};
use crate::suggestions::SuggestionDecision;
use crate::Dossier;
use base64::Engine;

pub const FORMAT: &str = "ketenkompas-dossier";
/// Version 2 added `risks`, version 3 `suppliers`, version 4 the value chain,
/// certificates, audits and answers to suggestions, version 5 step 1 (departments,
/// policy versions, communication, preconditions) and KPIs, version 6 steps 3 and 4
/// (actions with updates and evidence, purchasing practices, CAP items, context log);
/// older documents still import.
pub const FORMAT_VERSION: i64 = 6;
/// A dossier JSON larger than this is refused before it is parsed.
pub const MAX_BYTES: usize = 256 * 1024 * 1024;

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
    /// `audit_id` is a position in `audits`.
    #[serde(default)]
    pub cap_items: Vec<CapItem>,
    /// `item_id` is a position in `purchased_items`.
    #[serde(default)]
    pub context_log: Vec<ContextEntry>,
}

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
        let positions = |what: &str, pos: i64, len: usize| -> Result<()> {
            if pos < 1 || pos as usize > len {
                return Err(Error::JsonInvalid {
                    detail: format!("{what} {pos} does not exist (there are {len})"),
                });
            }
            Ok(())
        };
        let (n_sup, n_item, n_sold, n_risk) = (
            suppliers.len(),
            self.purchased_items.len(),
            self.sold_items.len(),
            risks.len(),
        );
        let purchased_items = self
            .purchased_items
            .iter()
            .map(|i| {
                let mut i = i.validated()?;
                i.id = 0;
                for l in &i.suppliers {
                    positions("supplier", l.supplier_id, n_sup)?;
                    if let Some(v) = l.via_id {
                        positions("supplier", v, n_sup)?;
                    }
                }
                Ok(i)
            })
            .collect::<Result<Vec<_>>>()?;
        let sold_items = self
            .sold_items
            .iter()
            .map(|i| {
                let mut i = i.validated()?;
                i.id = 0;
                Ok(i)
            })
            .collect::<Result<Vec<_>>>()?;
        for r in &risks {
            if let Some(p) = r.risk.item_id {
                positions("purchased item", p, n_item)?;
            }
            if let Some(p) = r.risk.supplier_id {
                positions("supplier", p, n_sup)?;
            }
            if let Some(p) = r.risk.sold_item_id {
                positions("sold item", p, n_sold)?;
            }
        }
        let certifications = self
            .certifications
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                positions("supplier", c.supplier_id, n_sup)?;
                Ok(c)
            })
            .collect::<Result<Vec<_>>>()?;
        let audits = self
            .audits
            .iter()
            .map(|a| {
                let mut a = a.validated()?;
                a.id = 0;
                positions("supplier", a.supplier_id, n_sup)?;
                Ok(a)
            })
            .collect::<Result<Vec<_>>>()?;
        let mut suggestion_decisions = Vec::new();
        for d in &self.suggestion_decisions {
            if let Some(p) = d.risk_id {
                positions("risk", p, n_risk)?;
            }
            let reason = crate::model::text::required(
                "suggestion.reason",
                &d.reason,
                crate::store::suggestion::REASON_MAX,
            )?;
            let decided_on = check_date("suggestion.decided_on", &d.decided_on)?;
            if suggestion_decisions
                .iter()
                .any(|x: &SuggestionDecision| x.key == d.key)
            {
                return Err(Error::JsonInvalid {
                    detail: format!("suggestion {:?} is answered twice", d.key),
                });
            }
            suggestion_decisions.push(SuggestionDecision {
                reason,
                decided_on,
                ..d.clone()
            });
        }
        let mut departments: Vec<Department> = Vec::new();
        for d in &self.departments {
            if departments.iter().any(|x| x.code == d.code) {
                return Err(Error::JsonInvalid {
                    detail: format!("department {:?} appears twice", d.code.as_str()),
                });
            }
            let d = d.validated()?;
            if !d.is_empty() {
                departments.push(d);
            }
        }
        departments.sort_by_key(|d| d.code);
        let policy_versions = self
            .policy_versions
            .iter()
            .map(|p| {
                let mut p = p.validated()?;
                p.id = 0;
                Ok(p)
            })
            .collect::<Result<Vec<_>>>()?;
        let policy_communications = self
            .policy_communications
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                Ok(c)
            })
            .collect::<Result<Vec<_>>>()?;
        let preconditions = self
            .preconditions
            .as_ref()
            .map(|p| p.validated())
            .transpose()?;
        let kpis = self
            .kpis
            .iter()
            .map(|k| {
                let mut k = k.validated()?;
                k.id = 0;
                if let Some(p) = k.risk_id {
                    positions("risk", p, n_risk)?;
                }
                Ok(k)
            })
            .collect::<Result<Vec<_>>>()?;
        let kpi_measurements = self
            .kpi_measurements
            .iter()
            .map(|m| {
                let mut m = m.validated()?;
                m.id = 0;
                positions("kpi", m.kpi_id, kpis.len())?;
                Ok(m)
            })
            .collect::<Result<Vec<_>>>()?;
        let n_audits = audits.len();
        let actions = self
            .actions
            .iter()
            .map(|a| {
                let mut a = a.validated()?;
                a.id = 0;
                positions("risk", a.risk_id, n_risk)?;
                if let Some(k) = a.kpi_id {
                    positions("kpi", k, kpis.len())?;
                }
                if let Some(p) = a.supplier_id {
                    positions("supplier", p, n_sup)?;
                }
                Ok(a)
            })
            .collect::<Result<Vec<_>>>()?;
        let action_updates = self
            .action_updates
            .iter()
            .map(|u| {
                let mut u = u.validated()?;
                u.id = 0;
                positions("action", u.action_id, actions.len())?;
                Ok(u)
            })
            .collect::<Result<Vec<_>>>()?;
        let evidence = self
            .evidence
            .iter()
            .map(|e| {
                positions("action", e.action_id, actions.len())?;
                let bytes = decode(&e.content_base64)?;
                let file_name = crate::model::action::check_evidence(&e.file_name, bytes.len())?;
                Ok(EvidenceJson {
                    action_id: e.action_id,
                    file_name,
                    added_on: check_date("evidence.added_on", &e.added_on)?,
                    content_base64: e.content_base64.trim().to_string(),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut purchasing_practices: Vec<PracticeCheck> = Vec::new();
        for p in &self.purchasing_practices {
            positions("supplier", p.supplier_id, n_sup)?;
            if purchasing_practices
                .iter()
                .any(|x| x.supplier_id == p.supplier_id && x.practice == p.practice)
            {
                return Err(Error::JsonInvalid {
                    detail: format!("practice {:?} appears twice", p.practice.as_str()),
                });
            }
            purchasing_practices.push(p.validated()?);
        }
        purchasing_practices.sort_by_key(|p| (p.supplier_id, p.practice));
        let cap_items = self
            .cap_items
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                positions("audit", c.audit_id, n_audits)?;
                Ok(c)
            })
            .collect::<Result<Vec<_>>>()?;
        let context_log = self
            .context_log
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                if let Some(i) = c.item_id {
                    positions("purchased item", i, n_item)?;
                }
                Ok(c)
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
            purchased_items,
            sold_items,
            certifications,
            audits,
            suggestion_decisions,
            departments,
            policy_versions,
            policy_communications,
            preconditions,
            kpis,
            kpi_measurements,
            actions,
            action_updates,
            evidence,
            purchasing_practices,
            cap_items,
            context_log,
        })
    }
}

fn decode(text: &str) -> Result<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| Error::JsonInvalid {
            detail: format!("evidence content is not base64: {e}"),
        })
}

/// Maps record ids to positions in a list (1 = first).
fn position_map(ids: impl Iterator<Item = i64>) -> HashMap<i64, i64> {
    ids.enumerate().map(|(i, id)| (id, i as i64 + 1)).collect()
}

/// The whole dossier as a document; references between records become positions.
pub fn export(d: &Dossier) -> Result<DossierJson> {
    let conn = d.conn();
    let suppliers = d.suppliers()?;
    let items = load_items(conn, None)?;
    let sold = load_sold(conn, None)?;
    let risks = load_all(conn)?;
    let sup = position_map(suppliers.iter().map(|s| s.id));
    let item_pos = position_map(items.iter().map(|i| i.id));
    let sold_pos = position_map(sold.iter().map(|i| i.id));
    let risk_pos = position_map(risks.iter().map(|r| r.id));
    let kpis = load_kpis(conn)?;
    let kpi_pos = position_map(kpis.iter().map(|k| k.id));
    let actions = load_actions(conn, None)?;
    let action_pos = position_map(actions.iter().map(|a| a.id));
    let audit_pos = position_map(load_audits(conn, None)?.iter().map(|a| a.id));
    let pos = |m: &HashMap<i64, i64>, id: i64| m.get(&id).copied().unwrap_or(0);
    let opt = |m: &HashMap<i64, i64>, id: Option<i64>| id.and_then(|id| m.get(&id).copied());
    Ok(DossierJson {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        company: d.company()?,
        years: d.years()?,
        active_year: d.active_year()?,
        suppliers: suppliers
            .into_iter()
            .map(|mut s| {
                s.id = 0;
                s
            })
            .collect(),
        risks: export_risks(risks, |r| {
            r.item_id = opt(&item_pos, r.item_id);
            r.supplier_id = opt(&sup, r.supplier_id);
            r.sold_item_id = opt(&sold_pos, r.sold_item_id);
        }),
        purchased_items: items
            .into_iter()
            .map(|mut i| {
                i.id = 0;
                for l in &mut i.suppliers {
                    l.supplier_id = pos(&sup, l.supplier_id);
                    l.via_id = opt(&sup, l.via_id);
                }
                i
            })
            .collect(),
        sold_items: sold
            .into_iter()
            .map(|mut i| {
                i.id = 0;
                i
            })
            .collect(),
        certifications: load_certifications(conn, None)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.supplier_id = pos(&sup, c.supplier_id);
                c
            })
            .collect(),
        audits: load_audits(conn, None)?
            .into_iter()
            .map(|mut a| {
                a.id = 0;
                a.supplier_id = pos(&sup, a.supplier_id);
                a
            })
            .collect(),
        suggestion_decisions: load_decisions(conn)?
            .into_iter()
            .map(|mut x| {
                x.risk_id = opt(&risk_pos, x.risk_id);
                x
            })
            .collect(),
        departments: load_departments(conn)?
            .into_iter()
            .filter(|d| !d.is_empty())
            .collect(),
        policy_versions: load_policies(conn, None)?
            .into_iter()
            .map(|mut p| {
                p.id = 0;
                p
            })
            .collect(),
        policy_communications: load_communications(conn)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c
            })
            .collect(),
        preconditions: {
            let p = load_preconditions(conn)?;
            (p != Preconditions::default()).then_some(p)
        },
        kpis: kpis
            .into_iter()
            .map(|mut k| {
                k.id = 0;
                k.risk_id = opt(&risk_pos, k.risk_id);
                k
            })
            .collect(),
        kpi_measurements: load_measurements(conn)?
            .into_iter()
            .map(|mut m| {
                m.id = 0;
                m.kpi_id = pos(&kpi_pos, m.kpi_id);
                m
            })
            .collect(),
        action_updates: load_updates(conn)?
            .into_iter()
            .map(|mut u| {
                u.id = 0;
                u.action_id = pos(&action_pos, u.action_id);
                u
            })
            .collect(),
        evidence: export_evidence(d, &action_pos)?,
        actions: actions
            .into_iter()
            .map(|mut a| {
                a.id = 0;
                a.risk_id = pos(&risk_pos, a.risk_id);
                a.kpi_id = opt(&kpi_pos, a.kpi_id);
                a.supplier_id = opt(&sup, a.supplier_id);
                a
            })
            .collect(),
        purchasing_practices: load_practices(conn)?
            .into_iter()
            .map(|mut p| {
                p.supplier_id = pos(&sup, p.supplier_id);
                p
            })
            .collect(),
        cap_items: load_cap_items(conn)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.audit_id = pos(&audit_pos, c.audit_id);
                c
            })
            .collect(),
        context_log: load_context(conn)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.item_id = opt(&item_pos, c.item_id);
                c
            })
            .collect(),
    })
}

/// Evidence files in recording order, content as base64.
fn export_evidence(d: &Dossier, action_pos: &HashMap<i64, i64>) -> Result<Vec<EvidenceJson>> {
    let mut stmt = d
        .conn()
        .prepare("SELECT action_id, file_name, added_on, content FROM evidence ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Vec<u8>>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (action, file_name, added_on, content) = row?;
        out.push(EvidenceJson {
            action_id: action_pos.get(&action).copied().unwrap_or(0),
            file_name,
            added_on,
            content_base64: base64::engine::general_purpose::STANDARD.encode(content),
        });
    }
    Ok(out)
}

fn export_risks(risks: Vec<Risk>, relink: impl Fn(&mut Risk)) -> Vec<RiskJson> {
    let register = register_of(risks.clone(), None);
    let (nl, en) = (Messages::new(Lang::Nl), Messages::new(Lang::En));
    risks
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
            relink(&mut risk);
            RiskJson { risk, priority }
        })
        .collect()
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
    for table in [
        "context_entry",
        "action",
        "reporting_year",
        "department",
        "policy_version",
        "policy_communication",
        "preconditions",
        "kpi",
        "suggestion_decision",
        "risk",
        "purchased_item",
        "sold_item",
        "supplier",
    ] {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    tx.execute("DELETE FROM dossier_meta WHERE key = 'active_year'", [])?;
    crate::store::company::write_company(tx, &doc.company)?;
    for y in &doc.years {
        tx.execute(
            "INSERT INTO reporting_year (year, status) VALUES (?1, ?2)",
            params![y.year, y.status.as_str()],
        )?;
    }
    let ids = |written: &[i64], pos: i64| written[(pos - 1) as usize];
    let mut sup = Vec::new();
    for s in &doc.suppliers {
        sup.push(write_supplier(tx, s)?);
    }
    let mut items = Vec::new();
    for i in &doc.purchased_items {
        let mut i = i.clone();
        for l in &mut i.suppliers {
            l.supplier_id = ids(&sup, l.supplier_id);
            l.via_id = l.via_id.map(|v| ids(&sup, v));
        }
        items.push(write_item(tx, &i)?);
    }
    let mut sold = Vec::new();
    for i in &doc.sold_items {
        sold.push(write_sold(tx, i)?);
    }
    let mut risks = Vec::new();
    for r in &doc.risks {
        let mut risk = r.risk.clone();
        risk.item_id = risk.item_id.map(|p| ids(&items, p));
        risk.supplier_id = risk.supplier_id.map(|p| ids(&sup, p));
        risk.sold_item_id = risk.sold_item_id.map(|p| ids(&sold, p));
        risks.push(write_risk(tx, &risk)?);
    }
    for c in &doc.certifications {
        write_certification(
            tx,
            &Certification {
                supplier_id: ids(&sup, c.supplier_id),
                ..c.clone()
            },
        )?;
    }
    for a in &doc.audits {
        write_audit(
            tx,
            &Audit {
                supplier_id: ids(&sup, a.supplier_id),
                ..a.clone()
            },
        )?;
    }
    for d in &doc.suggestion_decisions {
        write_decision(
            tx,
            &SuggestionDecision {
                risk_id: d.risk_id.map(|p| ids(&risks, p)),
                ..d.clone()
            },
        )?;
    }
    for d in &doc.departments {
        write_department(tx, d)?;
    }
    for p in &doc.policy_versions {
        write_policy(tx, p)?;
    }
    for c in &doc.policy_communications {
        write_communication(tx, c)?;
    }
    if let Some(p) = &doc.preconditions {
        write_preconditions(tx, p)?;
    }
    let mut kpis = Vec::new();
    for k in &doc.kpis {
        kpis.push(write_kpi(
            tx,
            &Kpi {
                risk_id: k.risk_id.map(|p| ids(&risks, p)),
                ..k.clone()
            },
        )?);
    }
    for m in &doc.kpi_measurements {
        write_measurement(
            tx,
            &KpiMeasurement {
                kpi_id: ids(&kpis, m.kpi_id),
                ..m.clone()
            },
        )?;
    }
    let mut actions = Vec::new();
    for a in &doc.actions {
        actions.push(write_action(
            tx,
            &Action {
                risk_id: ids(&risks, a.risk_id),
                kpi_id: a.kpi_id.map(|p| ids(&kpis, p)),
                supplier_id: a.supplier_id.map(|p| ids(&sup, p)),
                ..a.clone()
            },
        )?);
    }
    for u in &doc.action_updates {
        write_update(
            tx,
            &ActionUpdate {
                action_id: ids(&actions, u.action_id),
                ..u.clone()
            },
        )?;
    }
    for e in &doc.evidence {
        let bytes = decode(&e.content_base64)?;
        insert_evidence(
            tx,
            ids(&actions, e.action_id),
            &e.file_name,
            &bytes,
            &e.added_on,
        )?;
    }
    for p in &doc.purchasing_practices {
        write_practice(
            tx,
            &PracticeCheck {
                supplier_id: ids(&sup, p.supplier_id),
                ..p.clone()
            },
        )?;
    }
    // Audits were written in document order; their new ids are read back in that order.
    let audit_ids: Vec<i64> = tx
        .prepare("SELECT id FROM supplier_audit ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for c in &doc.cap_items {
        write_cap_item(
            tx,
            &CapItem {
                audit_id: ids(&audit_ids, c.audit_id),
                ..c.clone()
            },
        )?;
    }
    for c in &doc.context_log {
        write_context(
            tx,
            &ContextEntry {
                item_id: c.item_id.map(|p| ids(&items, p)),
                ..c.clone()
            },
        )?;
    }
    if let Some(a) = doc.active_year {
        tx.execute(
            "INSERT INTO dossier_meta (key, value) VALUES ('active_year', ?1)",
            [a.to_string()],
        )?;
    }
    Ok(())
}
