//! Writes a validated document into a dossier, in the caller's transaction: the company
//! and its years here, every register in its part (see [`super::parts`]); positions
//! become the new record ids.

use super::parts::{Write, PARTS};
use super::*;

pub(super) fn write_content(tx: &Transaction<'_>, doc: &DossierJson) -> Result<()> {
    crate::store::tables::clear_content(tx)?;
    crate::store::exec(tx, "DELETE FROM dossier_meta WHERE key = 'active_year'", [])?;
    crate::store::company::write_company(tx, &doc.company)?;
    for y in &doc.years {
        crate::store::exec(
            tx,
            "INSERT INTO reporting_year (year, status) VALUES (?1, ?2)",
            params![y.year, y.status.as_str()],
        )?;
    }
    let mut x = Write::new(tx, doc);
    for part in PARTS {
        part.write(&mut x)?;
    }
    if let Some(a) = doc.active_year {
        crate::store::exec(
            tx,
            "INSERT INTO dossier_meta (key, value) VALUES ('active_year', ?1)",
            [a.to_string()],
        )?;
    }
    Ok(())
}
