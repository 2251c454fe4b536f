//! The laws on due diligence and sustainability reporting that the legislation check
//! knows (B1), one record per law in `reference-data/laws/laws.json`: the official
//! reference, the amendments and the version read, where it was read and when, whether
//! the facts were confirmed in an official text, whether the law is final, and the
//! thresholds and dates the rules in `crate::laws` use. Names and what each law asks are
//! in the message files under `law.<id>.*`. See SOURCES.md for the sources.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

const LAWS: &str = include_str!("../../reference-data/laws/laws.json");

/// One law as the check knows it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct Law {
    pub id: String,
    /// The official reference, e.g. "Regulation (EU) 2023/1115 (EUDR)".
    pub reference: String,
    pub amended_by: Vec<String>,
    /// The version of the text the facts were read from.
    pub version: String,
    /// Where the facts were read (an address to show, never opened by the app).
    pub source: String,
    /// YYYY-MM-DD.
    pub checked_on: String,
    /// Every threshold and date below was read in an official text or on an official
    /// page; `false` means some were found only in summaries and must be checked again.
    pub confirmed: bool,
    /// The law is adopted and its dates are set; `false` for a bill, or a date that is
    /// not fixed yet.
    #[serde(rename = "final")]
    pub is_final: bool,
    /// More employees than this (in scope above).
    #[serde(default)]
    pub employees_over: Option<u32>,
    /// At most this many employees (a protection that holds up to it).
    #[serde(default)]
    pub employees_at_most: Option<u32>,
    /// At least this many employees (worldwide, with subsidiaries).
    #[serde(default)]
    pub employees_from: Option<u32>,
    /// At least this many employees in the law's own country.
    #[serde(default)]
    pub employees_in_country_from: Option<u32>,
    /// More net turnover than this, in euros.
    #[serde(default)]
    pub turnover_over_eur: Option<u64>,
    /// At least this net turnover, in euros.
    #[serde(default)]
    pub turnover_from_eur: Option<u64>,
    /// At least this total turnover, in pounds sterling (never converted).
    #[serde(default)]
    pub turnover_from_gbp: Option<u64>,
    /// From when the duties apply (YYYY-MM-DD); `None` when not set.
    pub from: Option<String>,
    /// For micro and small undertakings, when later.
    #[serde(default)]
    pub from_micro_small: Option<String>,
}

/// Every law, in the order the check lists them.
pub fn laws() -> &'static [Law] {
    static ALL: OnceLock<Vec<Law>> = OnceLock::new();
    ALL.get_or_init(|| serde_json::from_str(LAWS).unwrap_or_default())
}

/// The law with this id.
pub fn law(id: &str) -> Option<&'static Law> {
    laws().iter().find(|l| l.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_law_reads_with_its_source_and_date() {
        let is_date = |d: &str| {
            d.len() == 10
                && d.char_indices().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                })
        };
        let all = laws();
        assert_eq!(all.len(), 12, "the file parses whole");
        for l in all {
            assert!(!l.reference.is_empty() && !l.source.is_empty(), "{}", l.id);
            assert!(is_date(&l.checked_on), "{}: {}", l.id, l.checked_on);
            for d in l.from.iter().chain(&l.from_micro_small) {
                assert!(is_date(d), "{}: {d}", l.id);
            }
        }
        let ids: std::collections::BTreeSet<&str> = all.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids.len(), all.len(), "ids are unique");
    }
}
