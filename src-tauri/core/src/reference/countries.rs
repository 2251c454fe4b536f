//! ISO 3166-1 countries with Dutch and English names (i18n-iso-countries and the
//! umpirsky country list, both MIT). Dossiers store countries as alpha-2 codes.

use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

const CSV: &str = include_str!("../../reference-data/countries/iso3166_nl_en.csv");

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name_nl: String,
    pub name_en: String,
}

/// All countries, in the order of the source file.
pub fn all() -> &'static [Country] {
    static ALL: OnceLock<Vec<Country>> = OnceLock::new();
    ALL.get_or_init(|| {
        CSV.lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .filter_map(parse_line)
            .collect()
    })
}

fn parse_line(line: &str) -> Option<Country> {
    let cols = split_csv_line(line);
    if cols.len() < 7 {
        return None;
    }
    // The CLDR Dutch name is preferred where the two sources differ (see SOURCES.md).
    let name_nl = if cols[6].is_empty() {
        cols[3].clone()
    } else {
        cols[6].clone()
    };
    Some(Country {
        alpha2: cols[0].clone(),
        alpha3: cols[1].clone(),
        name_nl,
        name_en: cols[5].clone(),
    })
}

/// A minimal CSV splitter for this one well-formed, embedded file (quotes allowed).
fn split_csv_line(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// The country with this alpha-2 code (exact, upper case).
pub fn by_alpha2(code: &str) -> Option<&'static Country> {
    all().iter().find(|c| c.alpha2 == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_list_has_all_249_or_more_countries_with_both_names() {
        assert!(all().len() >= 249, "only {} countries", all().len());
        assert!(all()
            .iter()
            .all(|c| c.alpha2.len() == 2 && !c.name_nl.is_empty()));
    }

    #[test]
    fn eswatini_uses_the_cldr_dutch_name() {
        let sz = by_alpha2("SZ").expect("SZ exists");
        assert_eq!(sz.name_nl, "eSwatini");
        assert_eq!(
            by_alpha2("NL").map(|c| c.name_nl.as_str()),
            Some("Nederland")
        );
    }
}
