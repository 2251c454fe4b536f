//! The supplier register as a table (CSV or XLSX), with the same columns the import reads.

use super::*;

/// Every supplier as a row of text cells, in [`EXPORT_HEADERS`] order; the importer
/// reads these rows back to the same suppliers.
fn export_rows(d: &Dossier) -> Result<Vec<Vec<String>>> {
    Ok(load_all(d.conn())?
        .into_iter()
        .map(|s| {
            let workers = match s.workers {
                None => String::new(),
                Some(WorkerCount { min, max: None }) => format!("{min}+"),
                Some(WorkerCount {
                    min,
                    max: Some(max),
                }) if max == min => min.to_string(),
                Some(WorkerCount {
                    min,
                    max: Some(max),
                }) => format!("{min}-{max}"),
            };
            let opt = |v: &Option<String>| v.clone().unwrap_or_default();
            vec![
                opt(&s.country),
                s.name.clone(),
                opt(&s.address),
                opt(&s.sector),
                opt(&s.products),
                opt(&s.facility_type),
                workers,
                opt(&s.parent_company),
                s.lat.map(|x| x.to_string()).unwrap_or_default(),
                s.lng.map(|x| x.to_string()).unwrap_or_default(),
                s.tier.to_string(),
                s.has_contract
                    .map(|b| if b { "yes" } else { "no" }.to_string())
                    .unwrap_or_default(),
                s.code_of_conduct.as_str().to_string(),
                opt(&s.code_of_conduct_on),
                opt(&s.notes),
                opt(&s.ended_on),
                opt(&s.exit_impact),
            ]
        })
        .collect())
}

/// All suppliers as one sheet.
pub(crate) fn sheet(d: &Dossier) -> Result<crate::exchange::Sheet> {
    Ok(crate::exchange::Sheet {
        name: "suppliers",
        headers: EXPORT_HEADERS.to_vec(),
        rows: export_rows(d)?,
    })
}

/// All suppliers as CSV (UTF-8, comma-separated).
pub fn export_csv(d: &Dossier) -> Result<String> {
    sheet(d)?.csv()
}

/// All suppliers as an XLSX workbook with one sheet.
pub fn export_xlsx(d: &Dossier) -> Result<Vec<u8>> {
    sheet(d)?.xlsx()
}
