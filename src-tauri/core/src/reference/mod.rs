//! Built-in reference data, embedded at compile time, each data set with its source.

pub mod countries;
pub mod ilab;
pub mod laws;
pub mod sectors;
pub mod support;
pub mod wgi;

use serde::Serialize;
use ts_rs::TS;

/// A data set the app ships: who publishes it, which year, under which licence.
/// Names and descriptions are translated in the UI by `id`.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct DataSource {
    pub id: String,
    pub publisher: String,
    /// Publication year of the edition shipped; `None` for a continuously kept list.
    pub year: Option<i32>,
    /// A code, translated in the UI as `licence.<code>`.
    pub licence: String,
}

/// One figure or finding from a data set, shown with its source and year. The UI writes
/// it out with the message `fact.<code>` and the parameters; `source` is a [`DataSource`]
/// id.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Fact {
    pub code: String,
    pub source: String,
    pub year: i32,
    pub params: std::collections::BTreeMap<String, String>,
}

impl Fact {
    pub fn new(code: &str, source: &str, year: i32, params: &[(&str, String)]) -> Fact {
        Fact {
            code: code.into(),
            source: source.into(),
            year,
            params: params
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }
}

/// Every data set the app ships, for the Sources screen and the report annex.
/// What the built-in data say about one country, each part from its own edition.
pub struct CountryFacts {
    pub country: &'static countries::Country,
    /// The ILAB child-labour profile (edition [`ilab::YEAR`]).
    pub profile: Option<&'static ilab::ChildLabourProfile>,
    /// Goods on the ILAB list for this country.
    pub goods: Vec<&'static ilab::GoodFinding>,
    /// The latest World Governance Indicators (edition [`wgi::EDITION`]).
    pub governance: Vec<wgi::Indicator>,
}

/// The facts about the country written as `text` (a code or a name in English or
/// Dutch); `None` when no country is called that.
pub fn country_facts(text: &str) -> Option<CountryFacts> {
    let country = countries::resolve(text)?;
    let code = Some(country.alpha2.as_str());
    Some(CountryFacts {
        country,
        profile: ilab::profiles()
            .iter()
            .find(|p| p.country.as_deref() == code),
        goods: ilab::goods()
            .iter()
            .filter(|g| g.country.as_deref() == code)
            .collect(),
        governance: wgi::latest(&country.alpha2),
    })
}

/// A share as ILAB writes it ("0.092") as a percentage ("9.2%"); text such as
/// "Unavailable" stays as it is.
pub fn share_as_percent(v: &str) -> String {
    match v.parse::<f64>() {
        Ok(f) => format!("{:.1}%", f * 100.0),
        Err(_) => v.to_string(),
    }
}

pub fn sources() -> Vec<DataSource> {
    let source = |id: &str, publisher: &str, year: Option<i32>, licence: &str| DataSource {
        id: id.into(),
        publisher: publisher.into(),
        year,
        licence: licence.into(),
    };
    vec![
        source(
            "ilab_goods",
            "US Department of Labor, ILAB",
            Some(ilab::YEAR),
            "public_domain_us",
        ),
        source(
            "ilab_profiles",
            "US Department of Labor, ILAB",
            Some(ilab::YEAR),
            "public_domain_us",
        ),
        source(
            "wgi",
            "World Bank, Worldwide Governance Indicators",
            Some(wgi::EDITION),
            "cc_by_4",
        ),
        source(
            "eu_commodities",
            "EUR-Lex: Regulation (EU) 2023/1115; Regulation (EU) 2017/821",
            Some(sectors::COMMODITIES_YEAR),
            "eu_law",
        ),
        source(
            "kpmg_sectors",
            "KPMG for the Dutch Ministry of Foreign Affairs",
            Some(sectors::KPMG_YEAR),
            "facts",
        ),
        source(
            "countries",
            "i18n-iso-countries; umpirsky/country-list (CLDR)",
            None,
            "mit",
        ),
        source(
            "country_names",
            "UN Statistics Division (M49); World Bank data API; Ketenkompas (2026-12-07)",
            None,
            "facts",
        ),
    ]
}

/// Rows of an embedded, well-formed CSV file without its header (quotes allowed).
pub(crate) fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .filter_map(|r| r.ok())
        .map(|r| r.iter().map(String::from).collect())
        .collect()
}
