//! Built-in reference data, embedded at compile time, each data set with its source.

pub mod countries;

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
    pub licence: String,
}

/// Every data set the app ships, for the Sources screen and the report annex.
pub fn sources() -> Vec<DataSource> {
    vec![DataSource {
        id: "countries".into(),
        publisher: "i18n-iso-countries; umpirsky/country-list (CLDR)".into(),
        year: None,
        licence: "MIT".into(),
    }]
}
