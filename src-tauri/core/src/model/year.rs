//! Reporting years (D3). A dossier grows year by year; one year is active at a time.

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
