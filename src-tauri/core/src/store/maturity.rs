//! The company's own maturity judgement per step and year (B3).

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::maturity::Assessment;
use crate::model::YearStatus;
use crate::Dossier;

/// Every kept judgement, by year and step.
pub(crate) fn load_maturity(conn: &Connection) -> Result<Vec<Assessment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT year, step, level, suggested, reason, assessed_on FROM maturity
         ORDER BY year, step",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Assessment {
            year: r.get(0)?,
            step: r.get(1)?,
            level: r.get(2)?,
            suggested: r.get(3)?,
            reason: r.get(4)?,
            assessed_on: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Keeps a judgement, replacing the one of the same year and step.
pub(crate) fn write_maturity(conn: &Connection, a: &Assessment) -> Result<()> {
    super::exec(
        conn,
        "INSERT INTO maturity (year, step, level, suggested, reason, assessed_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (year, step) DO UPDATE SET level = excluded.level,
             suggested = excluded.suggested, reason = excluded.reason,
             assessed_on = excluded.assessed_on",
        rusqlite::params![
            a.year,
            a.step,
            a.level,
            a.suggested,
            a.reason,
            a.assessed_on
        ],
    )?;
    Ok(())
}

impl Dossier {
    /// The judgements kept for `year`, by step.
    pub fn maturity_assessments(&self, year: i32) -> Result<Vec<Assessment>> {
        Ok(load_maturity(self.conn())?
            .into_iter()
            .filter(|a| a.year == year)
            .collect())
    }

    /// Keeps the judgements of open years, all or none; a closed year's are frozen.
    pub fn save_maturity(&mut self, list: &[Assessment]) -> Result<Vec<Assessment>> {
        let list = list
            .iter()
            .map(Assessment::validated)
            .collect::<Result<Vec<_>>>()?;
        for a in &list {
            if self.year_status(a.year)? == YearStatus::Closed {
                return Err(Error::YearClosed { year: a.year });
            }
        }
        let tx = self.conn_mut().transaction()?;
        for a in &list {
            write_maturity(&tx, a)?;
        }
        tx.commit()?;
        Ok(list)
    }
}
