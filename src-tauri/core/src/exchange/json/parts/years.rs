//! What the company wrote about each year, and the frozen content of every closed year.

use super::{Check, Export, Part, Write};
use crate::error::{Error, Result};
use crate::exchange::json::parse_frozen;
use crate::model::date::check_timestamp;
use crate::model::YearStatus;
use crate::store::year::{load_reviews, load_snapshots, write_review, write_snapshot};

/// Fails unless the year is one of the document's years.
fn known(x: &Check<'_>, year: i32) -> Result<()> {
    if x.out.years.iter().any(|y| y.year == year) {
        Ok(())
    } else {
        Err(Error::YearNotFound { year })
    }
}

pub(super) struct YearReviews;

impl Part for YearReviews {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.year_reviews = load_reviews(x.conn())?;
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out = Vec::new();
        for r in &x.input.year_reviews {
            known(x, r.year)?;
            let r = r.validated()?;
            if !r.is_empty() {
                out.push(r);
            }
        }
        out.sort_by_key(|r| r.year);
        out.dedup_by_key(|r| r.year);
        x.out.year_reviews = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for r in &x.doc.year_reviews {
            write_review(x.tx, r)?;
        }
        Ok(())
    }
}

pub(super) struct ClosedYears;

impl Part for ClosedYears {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.closed_years = load_snapshots(x.conn())?;
        Ok(())
    }

    /// Only a closed year has frozen content, and that content is itself a document
    /// without closed years of its own.
    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out = Vec::new();
        for c in &x.input.closed_years {
            known(x, c.year)?;
            if !x
                .out
                .years
                .iter()
                .any(|y| y.year == c.year && y.status == YearStatus::Closed)
            {
                return Err(Error::JsonInvalid {
                    detail: format!("year {} has frozen content but is not closed", c.year),
                });
            }
            if check_timestamp(&c.closed_at).is_none() {
                return Err(Error::Invalid {
                    field: "closed_years.closed_at".into(),
                    value: c.closed_at.clone(),
                });
            }
            let inner = parse_frozen(&c.content)?;
            if !inner.closed_years.is_empty() {
                return Err(Error::JsonInvalid {
                    detail: "frozen content may not hold closed years itself".into(),
                });
            }
            out.push(c.clone());
        }
        out.sort_by_key(|c| c.year);
        x.out.closed_years = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for c in &x.doc.closed_years {
            write_snapshot(x.tx, c)?;
        }
        Ok(())
    }
}
