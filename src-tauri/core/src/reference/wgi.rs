//! World Bank, Worldwide Governance Indicators, 2024 update (years 2014–2023), CC BY 4.0:
//! attribute "World Bank, Worldwide Governance Indicators". Six indicators per economy,
//! each an estimate and a percentile rank (0–100, higher is better governance).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

use super::countries;
use super::csv_rows;

/// The columns the app reads of `reference-data/world-bank-wgi/wgi_2014_2023.csv` (code,
/// year, indicator, percentile rank), taken out when the core is built (`build.rs`).
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/wgi.csv"));

/// The publication year of the edition shipped.
pub const EDITION: i32 = 2024;

/// One indicator of one economy in one year.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct Indicator {
    /// `va`, `pv`, `ge`, `rq`, `rl` or `cc`.
    pub indicator: String,
    pub year: i32,
    /// Percentile rank among all economies, 0–100; `None` where the source has "..".
    pub percentile: Option<f64>,
}

fn by_country() -> &'static HashMap<String, Vec<Indicator>> {
    static INDEX: OnceLock<HashMap<String, Vec<Indicator>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let alpha3: HashMap<&str, &str> = countries::all()
            .iter()
            .map(|c| (c.alpha3.as_str(), c.alpha2.as_str()))
            .collect();
        let mut m: HashMap<String, Vec<Indicator>> = HashMap::new();
        for r in csv_rows(DATA).into_iter().filter(|r| r.len() >= 4) {
            let Some(code) = alpha3.get(r[0].as_str()) else {
                continue;
            };
            let Ok(year) = r[1].parse::<i32>() else {
                continue;
            };
            m.entry(code.to_string()).or_default().push(Indicator {
                indicator: r[2].clone(),
                year,
                percentile: r[3].parse::<f64>().ok(),
            });
        }
        m
    })
}

/// The latest year's six indicators for a country (ISO alpha-2), in the source's order
/// va, pv, ge, rq, rl, cc.
pub fn latest(alpha2: &str) -> Vec<Indicator> {
    let Some(all) = by_country().get(alpha2) else {
        return Vec::new();
    };
    let year = all.iter().map(|i| i.year).max().unwrap_or(0);
    let order = ["va", "pv", "ge", "rq", "rl", "cc"];
    let mut v: Vec<Indicator> = all.iter().filter(|i| i.year == year).cloned().collect();
    v.sort_by_key(|i| order.iter().position(|o| *o == i.indicator).unwrap_or(9));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_year_is_2023_with_six_indicators() {
        let bd = latest("BD");
        assert_eq!(bd.len(), 6);
        assert!(bd.iter().all(|i| i.year == 2023));
        assert_eq!(bd[0].indicator, "va");
        assert!(bd
            .iter()
            .all(|i| i.percentile.is_some_and(|p| (0.0..=100.0).contains(&p))));
        assert!(latest("XX").is_empty());
    }

    #[test]
    fn the_extract_in_the_binary_holds_the_published_file_s_values() {
        let published = include_str!("../../reference-data/world-bank-wgi/wgi_2014_2023.csv");
        let full = csv_rows(published);
        let extract = csv_rows(DATA);
        assert_eq!(full.len(), extract.len());
        assert!(full.len() > 10_000);
        for (f, e) in full.iter().zip(&extract) {
            assert_eq!([&f[1], &f[3], &f[4], &f[8]], [&e[0], &e[1], &e[2], &e[3]]);
        }
    }
}
