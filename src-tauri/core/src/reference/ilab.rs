//! US Department of Labor, ILAB: the 2022 "List of Goods Produced by Child Labor or
//! Forced Labor" and the 2022 country profiles on the worst forms of child labour.
//! Public domain in the US; attribute "US Department of Labor, ILAB". Country names are
//! in English and are mapped to ISO codes with [`super::countries::resolve`].

use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

use super::countries;
use super::csv_rows;

const GOODS: &str =
    include_str!("../../reference-data/us-dol-ilab/goods_child_forced_labour_2022.csv");
const PROFILES: &str =
    include_str!("../../reference-data/us-dol-ilab/country_child_labour_profiles_2022.csv");
/// Our Dutch name for each good of the list (not the source's: see SOURCES.md).
const GOODS_NL: &str = include_str!("../../reference-data/us-dol-ilab/goods_nl.csv");

/// The edition year of both ILAB data sets shipped.
pub const YEAR: i32 = 2022;

/// A good found to be produced with child or forced labour in a country.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct GoodFinding {
    /// The name as the source writes it, in English: the key that items refer to.
    pub good: String,
    /// Our Dutch name for it.
    pub good_nl: String,
    pub sector: String,
    /// ISO alpha-2, or `None` for a territory without an ISO code.
    pub country: Option<String>,
    pub country_name: String,
    pub child_labour: bool,
    pub forced_labour: bool,
    pub forced_child_labour: bool,
    pub year: i32,
}

/// Facts from a country's child labour profile, as published (text where the source
/// gives text, such as "Unavailable").
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct ChildLabourProfile {
    pub country: Option<String>,
    pub country_name: String,
    pub advancement_level: String,
    pub working_children_5_14_pct: String,
    pub c138_ratified: String,
    pub c182_ratified: String,
    pub minimum_work_age: String,
    pub webpage: String,
    pub year: i32,
}

fn yes(s: &str) -> bool {
    s.trim().eq_ignore_ascii_case("yes")
}

fn code_of(name: &str) -> Option<String> {
    countries::resolve(name).map(|c| c.alpha2.clone())
}

pub fn goods() -> &'static [GoodFinding] {
    static ALL: OnceLock<Vec<GoodFinding>> = OnceLock::new();
    ALL.get_or_init(|| {
        csv_rows(GOODS)
            .into_iter()
            .filter(|r| r.len() >= 7)
            .map(|r| GoodFinding {
                good: r[0].clone(),
                good_nl: good_nl(&r[0]).unwrap_or(&r[0]).to_string(),
                sector: r[1].clone(),
                country: code_of(&r[2]),
                country_name: r[2].clone(),
                child_labour: yes(&r[4]),
                forced_labour: yes(&r[5]),
                forced_child_labour: yes(&r[6]),
                year: YEAR,
            })
            .collect()
    })
}

/// Our Dutch name for a good of the list (any letter case), if it is on the list.
pub fn good_nl(good: &str) -> Option<&'static str> {
    static ALL: OnceLock<Vec<(String, String)>> = OnceLock::new();
    ALL.get_or_init(|| {
        csv_rows(GOODS_NL)
            .into_iter()
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect()
    })
    .iter()
    .find(|(en, _)| en.eq_ignore_ascii_case(good.trim()))
    .map(|(_, nl)| nl.as_str())
}

/// An advancement level of the country profiles in Dutch: the level, and the reason the
/// source adds after a dash ("Minimal Advancement – Efforts Made but …"). An empty
/// level is "not assessed"; a text we do not know is returned as the source wrote it.
pub fn advancement_nl(level: &str) -> String {
    let (main, why) = match level.split_once('–') {
        Some((m, w)) => (m.trim(), Some(w.trim())),
        None => (level.trim(), None),
    };
    let main_nl = match main {
        "No Advancement" => "geen vooruitgang",
        "Minimal Advancement" => "minimale vooruitgang",
        "Moderate Advancement" => "redelijke vooruitgang",
        "Significant Advancement" => "aanzienlijke vooruitgang",
        "No Assessment" | "" => "niet beoordeeld",
        _ => return level.to_string(),
    };
    let why_nl = match why {
        None => return main_nl.to_string(),
        Some("Efforts Made but Continued Practice that Delayed Advancement") => {
            "wel inspanningen, maar de praktijk hield de vooruitgang tegen"
        }
        Some("Efforts Made but Continued Law that Delayed Advancement") => {
            "wel inspanningen, maar de wetgeving hield de vooruitgang tegen"
        }
        Some("Efforts Made but Continued Law and Practice that Delayed Advancement") => {
            "wel inspanningen, maar wetgeving en praktijk hielden de vooruitgang tegen"
        }
        Some(
            "Efforts Made but Regression in Practice that Delayed Advancement"
            | "Efforts Made but Regression in Practices that Delayed Advancement",
        ) => "wel inspanningen, maar de praktijk ging achteruit",
        Some("Efforts Made but Complicit in Forced Child Labor") => {
            "wel inspanningen, maar de overheid was betrokken bij gedwongen kinderarbeid"
        }
        Some(_) => return level.to_string(),
    };
    format!("{main_nl} ({why_nl})")
}

pub fn profiles() -> &'static [ChildLabourProfile] {
    static ALL: OnceLock<Vec<ChildLabourProfile>> = OnceLock::new();
    ALL.get_or_init(|| {
        csv_rows(PROFILES)
            .into_iter()
            .filter(|r| r.len() >= 24)
            .map(|r| ChildLabourProfile {
                country: code_of(&r[0]),
                country_name: r[0].clone(),
                advancement_level: r[3].clone(),
                working_children_5_14_pct: r[4].clone(),
                c138_ratified: r[12].clone(),
                c182_ratified: r[13].clone(),
                minimum_work_age: r[18].clone(),
                webpage: r[23].clone(),
                year: YEAR,
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_goods_list_has_its_467_findings_and_names_map_to_codes() {
        assert_eq!(goods().len(), 467);
        let unmapped: std::collections::BTreeSet<&str> = goods()
            .iter()
            .filter(|g| g.country.is_none())
            .map(|g| g.country_name.as_str())
            .collect();
        assert!(unmapped.is_empty(), "unmapped: {unmapped:?}");
        let bd_garments = goods()
            .iter()
            .find(|g| g.country.as_deref() == Some("BD") && g.good == "Garments")
            .expect("Bangladesh garments are on the 2022 list");
        assert!(bd_garments.child_labour);
    }

    #[test]
    fn every_good_and_every_advancement_level_has_a_dutch_name() {
        for g in goods() {
            let nl = good_nl(&g.good).unwrap_or_else(|| panic!("no Dutch name: {}", g.good));
            assert!(!nl.is_empty());
            assert_eq!(g.good_nl, nl);
        }
        assert_eq!(good_nl("garments"), Some("Kleding"));
        assert_eq!(good_nl("Not a good"), None);
        for p in profiles() {
            let nl = advancement_nl(&p.advancement_level);
            assert!(
                !nl.contains("Advancement") && !nl.contains("Efforts"),
                "untranslated: {}",
                p.advancement_level
            );
        }
        assert_eq!(
            advancement_nl(
                "Minimal Advancement – Efforts Made but Continued Law that Delayed Advancement"
            ),
            "minimale vooruitgang (wel inspanningen, maar de wetgeving hield de vooruitgang tegen)"
        );
        assert_eq!(advancement_nl("Something New"), "Something New");
    }

    #[test]
    fn country_profiles_carry_the_published_text() {
        assert!(profiles().len() >= 140);
        let unmapped: Vec<&str> = profiles()
            .iter()
            .filter(|p| p.country.is_none())
            .map(|p| p.country_name.as_str())
            .collect();
        assert!(unmapped.is_empty(), "unmapped: {unmapped:?}");
        let af = profiles()
            .iter()
            .find(|p| p.country.as_deref() == Some("AF"))
            .expect("Afghanistan");
        assert_eq!(af.advancement_level, "No Advancement");
        assert_eq!(af.c182_ratified, "Yes");
    }
}
