//! Reporting years and which one is active.

use rusqlite::{params, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::year::check_year;
use crate::model::{ReportingYear, YearStatus};
use crate::Dossier;

impl Dossier {
    /// All reporting years, oldest first.
    pub fn years(&self) -> Result<Vec<ReportingYear>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT year, status FROM reporting_year ORDER BY year")?;
        let rows = stmt.query_map([], |r| {
            let status: String = r.get(1)?;
            Ok(ReportingYear {
                year: r.get(0)?,
                status: YearStatus::parse(&status).unwrap_or(YearStatus::Open),
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Adds an open reporting year.
    pub fn add_year(&mut self, year: i32) -> Result<ReportingYear> {
        let year = check_year(year)?;
        let tx = self.conn_mut().transaction()?;
        let exists: Option<i32> = tx
            .query_row(
                "SELECT year FROM reporting_year WHERE year = ?1",
                [year],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_some() {
            return Err(Error::YearExists { year });
        }
        tx.execute(
            "INSERT INTO reporting_year (year, status) VALUES (?1, 'open')",
            [year],
        )?;
        // The first year of a dossier becomes active by itself.
        tx.execute(
            "INSERT INTO dossier_meta (key, value) VALUES ('active_year', ?1)
             ON CONFLICT (key) DO NOTHING",
            [year.to_string()],
        )?;
        tx.commit()?;
        Ok(ReportingYear {
            year,
            status: YearStatus::Open,
        })
    }

    pub fn active_year(&self) -> Result<Option<i32>> {
        let v: Option<String> = self
            .conn()
            .query_row(
                "SELECT value FROM dossier_meta WHERE key = 'active_year'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(v.and_then(|s| s.parse().ok()))
    }

    pub fn set_active_year(&mut self, year: i32) -> Result<()> {
        let tx = self.conn_mut().transaction()?;
        let exists: Option<i32> = tx
            .query_row(
                "SELECT year FROM reporting_year WHERE year = ?1",
                [year],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_none() {
            return Err(Error::YearNotFound { year });
        }
        tx.execute(
            "INSERT INTO dossier_meta (key, value) VALUES ('active_year', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![year.to_string()],
        )?;
        tx.commit()?;
        Ok(())
    }
}
