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

pub(super) fn join<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    codes.collect::<Vec<_>>().join(";")
}
