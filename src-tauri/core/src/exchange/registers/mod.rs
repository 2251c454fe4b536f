//! The registers other than suppliers and grievances as tables (R5), one module per
//! part of the guidance. Columns carry codes, not words (like the supplier and grievance
//! tables), so that a table reads the same in any language and can be filtered on; these
//! are internal working files, so records marked sensitive are in them, with a
//! `sensitive` column that says which.

mod step1;
mod step2;
mod steps34;
mod steps56;

pub(crate) use step1::{departments, policy_communications, policy_versions};
pub(crate) use step2::{chain, risks, sold_items, suggestion_answers};
pub(crate) use steps34::{
    actions, audits, cap_items, certifications, context, kpis, practices, updates,
};
pub(crate) use steps56::{communications, engagements, remedies, stakeholders};

use std::collections::HashMap;

use crate::error::Result;
use crate::messages::Lang;
use crate::Dossier;

/// A register as one sheet: its name, column headers and rows of text cells.
pub(crate) struct Sheet {
    pub name: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Sheet {
    /// UTF-8, comma-separated.
    pub fn csv(&self) -> Result<String> {
        super::table::write_csv(&self.headers, &self.rows)
    }

    /// An XLSX workbook with this one sheet.
    pub fn xlsx(&self) -> Result<Vec<u8>> {
        super::table::write_xlsx(self.name, &self.headers, &self.rows)
    }
}

pub(super) fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

pub(super) fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

pub(super) fn num(v: Option<impl ToString>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

pub(super) fn supplier_names(d: &Dossier) -> Result<HashMap<i64, String>> {
    Ok(crate::store::supplier::load_names(d.conn())?
        .into_iter()
        .map(|(id, s)| (id, s.name))
        .collect())
}

/// Which records are sensitive, directly or through what they belong to: a risk marked
/// sensitive, an action marked sensitive or answering such a risk, a stakeholder marked
/// sensitive, a KPI that measures such a risk or action. A table row that names one of
/// them says `sensitive` = `yes`.
pub(super) struct Sensitive {
    risks: std::collections::HashSet<i64>,
    actions: std::collections::HashSet<i64>,
    stakeholders: std::collections::HashSet<i64>,
    kpis: std::collections::HashSet<i64>,
}

impl Sensitive {
    pub(super) fn of(d: &Dossier) -> Result<Sensitive> {
        let risks: std::collections::HashSet<i64> = crate::store::risk::load_all(d.conn())?
            .into_iter()
            .filter(|r| r.sensitive)
            .map(|r| r.id)
            .collect();
        let all_actions = d.actions()?;
        let actions: std::collections::HashSet<i64> = all_actions
            .iter()
            .filter(|a| a.sensitive || risks.contains(&a.risk_id))
            .map(|a| a.id)
            .collect();
        let stakeholders = d
            .stakeholders()?
            .into_iter()
            .filter(|s| s.sensitive)
            .map(|s| s.id)
            .collect();
        let mut kpis: std::collections::HashSet<i64> = all_actions
            .iter()
            .filter(|a| actions.contains(&a.id))
            .filter_map(|a| a.kpi_id)
            .collect();
        kpis.extend(
            d.kpis()?
                .into_iter()
                .filter(|k| k.kpi.risk_id.is_some_and(|r| risks.contains(&r)))
                .map(|k| k.kpi.id),
        );
        Ok(Sensitive {
            risks,
            actions,
            stakeholders,
            kpis,
        })
    }

    pub(super) fn risk(&self, id: Option<i64>) -> bool {
        id.is_some_and(|id| self.risks.contains(&id))
    }

    pub(super) fn action(&self, id: Option<i64>) -> bool {
        id.is_some_and(|id| self.actions.contains(&id))
    }

    pub(super) fn stakeholder(&self, id: i64) -> bool {
        self.stakeholders.contains(&id)
    }

    pub(super) fn kpi(&self, id: i64) -> bool {
        self.kpis.contains(&id)
    }
}

pub(super) fn join<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    codes.collect::<Vec<_>>().join(";")
}
