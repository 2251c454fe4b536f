//! A dossier as a document: the company and its years, then every register as its part
//! fills it in (see [`super::parts`]).

use super::parts::{export_risks, Export, PARTS};
use super::*;

/// The whole dossier as a document; references between records become positions.
pub fn export(d: &Dossier) -> Result<DossierJson> {
    let head = DossierJson {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        company: d.company()?,
        years: d.years()?,
        active_year: d.active_year()?,
        ..DossierJson::default()
    };
    let mut x = Export::new(d, head);
    for part in PARTS {
        part.export(&mut x)?;
    }
    Ok(x.doc)
}

/// Fills in the place of every risk in the ranking, as an export does; for a document
/// that was read back, where the ranking is left out because it is computed.
pub fn prioritise(doc: &mut DossierJson) {
    let risks: Vec<Risk> = doc
        .risks
        .iter()
        .enumerate()
        .map(|(i, r)| Risk {
            id: i as i64 + 1,
            ..r.risk.clone()
        })
        .collect();
    doc.risks = export_risks(risks, |_| {});
}
