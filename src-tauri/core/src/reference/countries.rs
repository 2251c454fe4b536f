//! ISO 3166-1 countries with Dutch and English names (i18n-iso-countries and the
//! umpirsky country list, both MIT). Dossiers store countries as alpha-2 codes.

use std::collections::HashMap;
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

/// Finds a country as people write it: ISO alpha-2 or alpha-3 code, English name, or a
/// Dutch name (short, official or CLDR), in any letter case, with surrounding spaces.
pub fn resolve(text: &str) -> Option<&'static Country> {
    static INDEX: OnceLock<HashMap<String, usize>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut m = HashMap::new();
        for (i, line) in CSV
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .enumerate()
        {
            for name in split_csv_line(line) {
                if !name.trim().is_empty() {
                    m.entry(fold(&name)).or_insert(i);
                }
            }
        }
        for (alias, code) in aliases() {
            if let Some(i) = all().iter().position(|c| c.alpha2 == code) {
                m.entry(fold(&alias)).or_insert(i);
            }
        }
        m
    });
    index.get(&fold(text)).and_then(|&i| all().get(i))
}

/// Other spellings: the UN's and the World Bank's names, former names, and everyday
/// English and Dutch forms, each with where it comes from (see SOURCES.md).
const ALIASES: &str = include_str!("../../reference-data/countries/aliases.csv");

/// The (spelling, alpha-2) pairs of [`ALIASES`].
fn aliases() -> impl Iterator<Item = (String, String)> {
    ALIASES.lines().skip(1).filter_map(|line| {
        let cols = split_csv_line(line);
        (cols.len() >= 2).then(|| (cols[0].clone(), cols[1].clone()))
    })
}

/// Lower case without accents or apostrophes, other punctuation as spaces, so that
/// "België", "belgie" and "BELGIË" meet, and "Guinea-Bissau" and "Guinea Bissau",
/// "Côte d’Ivoire" and "Cote d'Ivoire", "St. Lucia" and "St Lucia".
fn fold(s: &str) -> String {
    s.trim()
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | 'ʼ' | '`' | '´'))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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
    fn countries_resolve_from_codes_and_names_in_both_languages() {
        for (text, code) in [
            ("NL", "NL"),
            (" nld ", "NL"),
            ("Netherlands", "NL"),
            ("nederland", "NL"),
            ("BELGIË", "BE"),
            ("belgie", "BE"),
            ("Bangladesh", "BD"),
            ("Turkije", "TR"),
            ("Ivoorkust", "CI"),
            ("Cote d'Ivoire", "CI"),
            ("Duitsland", "DE"),
            ("Turkey", "TR"),
            ("usa", "US"),
        ] {
            assert_eq!(
                resolve(text).map(|c| c.alpha2.as_str()),
                Some(code),
                "{text}"
            );
        }
        assert!(resolve("Atlantis").is_none());
        assert!(resolve("").is_none());
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
