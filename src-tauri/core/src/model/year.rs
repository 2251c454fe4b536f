//! Reporting years (D3). A dossier grows year by year; one year is active at a time.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2100;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum YearStatus {
    Open,
    Closed,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ReportingYear {
    pub year: i32,
    pub status: YearStatus,
}

/// What the company writes about a year in its own words (public: it goes into the
/// communication report).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct YearReview {
    pub year: i32,
    /// Dilemmas met and how they were weighed.
    pub dilemmas: Option<String>,
    /// What did not work, or not as hoped.
    pub not_worked: Option<String>,
    /// Plans for the next year.
    pub next_year: Option<String>,
}

/// A closed year: when it was closed and its content at that moment, as the text of a
/// dossier JSON document (without evidence files and without other closed years).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ClosedYear {
    pub year: i32,
    pub closed_at: String,
    pub content: String,
}

impl YearReview {
    pub fn validated(&self) -> Result<YearReview> {
        Ok(YearReview {
            year: check_year(self.year)?,
            dilemmas: limits::YEAR_REVIEW_DILEMMAS.optional(&self.dilemmas)?,
            not_worked: limits::YEAR_REVIEW_NOT_WORKED.optional(&self.not_worked)?,
            next_year: limits::YEAR_REVIEW_NEXT_YEAR.optional(&self.next_year)?,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.dilemmas.is_none() && self.not_worked.is_none() && self.next_year.is_none()
    }
}

/// Checks that a year lies in the range a dossier accepts.
pub fn check_year(year: i32) -> Result<i32> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(year)
    } else {
        Err(Error::Invalid {
            field: "year".into(),
            value: year.to_string(),
        })
    }
}

impl YearStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            YearStatus::Open => "open",
            YearStatus::Closed => "closed",
        }
    }
    pub fn parse(s: &str) -> Option<YearStatus> {
        match s {
            "open" => Some(YearStatus::Open),
            "closed" => Some(YearStatus::Closed),
            _ => None,
        }
    }
}
