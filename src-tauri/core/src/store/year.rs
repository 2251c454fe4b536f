//! Reporting years, which one is active, what the company wrote about each year, and
//! closing a year (its content frozen inside the dossier, D3).

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::year::ClosedYear as ClosedYearJson;
use crate::model::year::{check_year, YearReview};
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
        crate::store::exec(
            &tx,
            "INSERT INTO reporting_year (year, status) VALUES (?1, 'open')",
            [year],
        )?;
        // The first year of a dossier becomes active by itself.
        crate::store::exec(
            &tx,
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
        crate::store::exec(
            &tx,
            "INSERT INTO dossier_meta (key, value) VALUES ('active_year', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![year.to_string()],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// All year reviews with some text, by year.
pub(crate) fn load_reviews(conn: &Connection) -> Result<Vec<YearReview>> {
    let mut stmt = conn
        .prepare("SELECT year, dilemmas, not_worked, next_year FROM year_review ORDER BY year")?;
    let rows = stmt.query_map([], |r| {
        Ok(YearReview {
            year: r.get(0)?,
            dilemmas: r.get(1)?,
            not_worked: r.get(2)?,
            next_year: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

pub(crate) fn write_review(conn: &Connection, r: &YearReview) -> Result<()> {
    crate::store::exec(
        conn,
        "INSERT INTO year_review (year, dilemmas, not_worked, next_year)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (year) DO UPDATE SET dilemmas = excluded.dilemmas,
            not_worked = excluded.not_worked, next_year = excluded.next_year",
        params![r.year, r.dilemmas, r.not_worked, r.next_year],
    )?;
    Ok(())
}

/// The frozen content of every closed year.
pub(crate) fn load_snapshots(conn: &Connection) -> Result<Vec<ClosedYearJson>> {
    let mut stmt =
        conn.prepare("SELECT year, closed_at, content FROM year_snapshot ORDER BY year")?;
    let rows = stmt.query_map([], |r| {
        Ok(ClosedYearJson {
            year: r.get(0)?,
            closed_at: r.get(1)?,
            content: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

pub(crate) fn write_snapshot(conn: &Connection, c: &ClosedYearJson) -> Result<()> {
    crate::store::exec(
        conn,
        "INSERT INTO year_snapshot (year, closed_at, content) VALUES (?1, ?2, ?3)",
        params![c.year, c.closed_at, c.content],
    )?;
    crate::store::exec(
        conn,
        "UPDATE reporting_year SET closed_at = ?2 WHERE year = ?1",
        params![c.year, c.closed_at],
    )?;
    Ok(())
}

impl Dossier {
    pub(crate) fn year_status(&self, year: i32) -> Result<YearStatus> {
        self.years()?
            .into_iter()
            .find(|y| y.year == year)
            .map(|y| y.status)
            .ok_or(Error::YearNotFound { year })
    }

    /// What the company wrote about `year` (empty texts when nothing yet).
    pub fn year_review(&self, year: i32) -> Result<YearReview> {
        self.year_status(year)?;
        Ok(load_reviews(self.conn())?
            .into_iter()
            .find(|r| r.year == year)
            .unwrap_or(YearReview {
                year,
                ..YearReview::default()
            }))
    }

    /// Saves the review of an open year; a closed year's review is part of its frozen
    /// content and cannot change.
    pub fn save_year_review(&mut self, review: &YearReview) -> Result<YearReview> {
        let review = review.validated()?;
        if self.year_status(review.year)? == YearStatus::Closed {
            return Err(Error::YearClosed { year: review.year });
        }
        write_review(self.conn(), &review)?;
        Ok(review)
    }

    /// The frozen content of a closed year: when it was closed and the document.
    pub fn frozen_year(&self, year: i32) -> Result<Option<ClosedYearJson>> {
        Ok(load_snapshots(self.conn())?
            .into_iter()
            .find(|c| c.year == year))
    }
}
