//! The grievance register as CSV or XLSX. By default the table holds no confidential
//! part — no reporter contact, description, assessment, outcome, remedy or lessons — and
//! no title of a risk marked sensitive; `include_confidential` adds them, for a user
//! who explicitly asks. The dossier JSON (the full backup) always holds everything.

use crate::error::Result;
use crate::Dossier;

const HEADERS: [&str; 17] = [
    "number",
    "received_on",
    "channel",
    "reporter",
    "theme",
    "country",
    "supplier",
    "risk",
    "status",
    "status_on",
    "acknowledge_by",
    "decide_by",
    "acknowledged_on",
    "assessment_started_on",
    "decided_on",
    "closed_on",
    "overdue",
];

const CONFIDENTIAL_HEADERS: [&str; 7] = [
    "reporter_contact",
    "description",
    "assessed_by",
    "assessment",
    "outcome",
    "remedy",
    "lessons",
];

fn headers(include_confidential: bool) -> Vec<&'static str> {
    let mut h = HEADERS.to_vec();
    if include_confidential {
        h.extend(CONFIDENTIAL_HEADERS);
    }
    h
}

fn rows(d: &Dossier, today: &str, include_confidential: bool) -> Result<Vec<Vec<String>>> {
    let m = d.grievance_mechanism()?;
    let suppliers = d.suppliers()?;
    let risks = crate::store::risk::load_all(d.conn())?;
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    Ok(d.grievances()?
        .iter()
        .map(|g| {
            let s = g.summary(&m, today);
            let supplier = g
                .supplier_id
                .and_then(|id| suppliers.iter().find(|x| x.id == id))
                .map(|x| x.name.clone())
                .unwrap_or_default();
            let risk = g
                .risk_id
                .and_then(|id| risks.iter().find(|x| x.id == id))
                .filter(|r| include_confidential || !r.sensitive)
                .map(|r| r.title.clone())
                .unwrap_or_default();
            let mut row = vec![
                g.id.to_string(),
                g.received_on.clone(),
                g.channel.as_str().into(),
                g.reporter.as_str().into(),
                g.theme.map(|t| t.as_str().to_string()).unwrap_or_default(),
                opt(&g.country),
                supplier,
                risk,
                s.status.as_str().into(),
                s.status_on,
                s.acknowledge_by,
                s.decide_by,
                opt(&g.acknowledged_on),
                opt(&g.assessment_started_on),
                opt(&g.decided_on),
                opt(&g.closed_on),
                s.overdue
                    .iter()
                    .map(|o| o.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ];
            if include_confidential {
                row.extend([
                    opt(&g.reporter_contact),
                    g.description.clone(),
                    opt(&g.assessed_by),
                    opt(&g.assessment),
                    opt(&g.outcome),
                    opt(&g.remedy),
                    opt(&g.lessons),
                ]);
            }
            row
        })
        .collect())
}

/// The register as one sheet, status and deadlines as of `today`.
pub(crate) fn sheet(d: &Dossier, today: &str, include_confidential: bool) -> Result<super::Sheet> {
    Ok(super::Sheet {
        name: "grievances",
        headers: headers(include_confidential),
        rows: rows(d, today, include_confidential)?,
    })
}

/// The register as CSV (UTF-8, comma-separated), status and deadlines as of `today`.
pub fn export_csv(d: &Dossier, today: &str, include_confidential: bool) -> Result<String> {
    sheet(d, today, include_confidential)?.csv()
}

/// The register as an XLSX workbook with one sheet.
pub fn export_xlsx(d: &Dossier, today: &str, include_confidential: bool) -> Result<Vec<u8>> {
    sheet(d, today, include_confidential)?.xlsx()
}
