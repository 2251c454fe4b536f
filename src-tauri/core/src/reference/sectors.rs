//! Commodities regulated by EU law (the Deforestation Regulation and the Conflict
//! Minerals Regulation) and the sectors that the Dutch government's sector risk analysis
//! (KPMG, 2014) named as having the highest risks.

use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

use super::csv_rows;

const COMMODITIES: &str = include_str!("../../reference-data/sectors/eu_regulated_commodities.csv");
const KPMG: &str = include_str!("../../reference-data/sectors/kpmg_mvo_risicosectoren_2014.csv");

/// Year of the newest regulation in the commodity list.
pub const COMMODITIES_YEAR: i32 = 2023;
/// Year of the KPMG sector risk analysis.
pub const KPMG_YEAR: i32 = 2014;

/// A commodity in scope of an EU regulation.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Commodity {
    /// `EUDR` or `3TG`.
    pub regulation: String,
    pub name_en: String,
    pub name_nl: String,
    pub legal_basis: String,
}

/// A sector of the KPMG analysis, in Dutch and English.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RiskSector {
    pub name_nl: String,
    pub name_en: String,
}

pub fn commodities() -> &'static [Commodity] {
    static ALL: OnceLock<Vec<Commodity>> = OnceLock::new();
    ALL.get_or_init(|| {
        csv_rows(COMMODITIES)
            .into_iter()
            .filter(|r| r.len() >= 4)
            .map(|r| Commodity {
                regulation: if r[0] == "EUDR" { "EUDR" } else { "3TG" }.into(),
                name_en: r[1].clone(),
                name_nl: r[2].clone(),
                legal_basis: r[3].clone(),
            })
            .collect()
    })
}

pub fn risk_sectors() -> &'static [RiskSector] {
    static ALL: OnceLock<Vec<RiskSector>> = OnceLock::new();
    ALL.get_or_init(|| {
        csv_rows(KPMG)
            .into_iter()
            .filter(|r| r.len() >= 2)
            .map(|r| RiskSector {
                name_nl: r[0].clone(),
                name_en: r[1].clone(),
            })
            .collect()
    })
}

/// The commodity a good's name refers to, in English or Dutch, any letter case.
pub fn commodity(name: &str) -> Option<&'static Commodity> {
    let n = name.trim().to_lowercase();
    commodities()
        .iter()
        .find(|c| c.name_en == n || c.name_nl == n)
}

/// The KPMG risk sector a free-text sector name falls in: equal to, or containing, the
/// Dutch or English name or one of its words of five letters or more ("Textiel" finds
/// "Textiel en kleding").
pub fn risk_sector(text: &str) -> Option<&'static RiskSector> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    risk_sectors().iter().find(|s| {
        [&s.name_nl, &s.name_en].iter().any(|name| {
            let name = name.to_lowercase();
            t == name
                || t.contains(&name)
                || name
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 5)
                    .any(|w| t.split(|c: char| !c.is_alphanumeric()).any(|x| x == w))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_have_their_published_size() {
        assert_eq!(commodities().len(), 11);
        assert_eq!(risk_sectors().len(), 13);
        assert_eq!(
            commodity("Cacao").map(|c| c.name_en.as_str()),
            Some("cocoa")
        );
        assert_eq!(commodity("TIN").map(|c| c.regulation.as_str()), Some("3TG"));
        assert_eq!(commodity("cotton"), None);
    }

    #[test]
    fn sector_names_are_found_in_free_text() {
        let name = |t: &str| risk_sector(t).map(|s| s.name_en.as_str());
        assert_eq!(name("Textiel"), Some("Textiles and clothing"));
        assert_eq!(name("Apparel, textiles"), Some("Textiles and clothing"));
        assert_eq!(name("chemie"), Some("Chemicals"));
        assert_eq!(name("Logistics"), None);
        assert_eq!(name(""), None);
    }
}
