//! The languages a questionnaire can be sent in. Each is a file `i18n/survey/<code>.json`,
//! found when the core is built (`build.rs`): the language's own name, whether a second
//! speaker has read the translation, how it writes decimals and dates, the countries
//! where it is a supplier's default, the words people type for yes, no, partly and
//! unknown, and, for a language the app itself is not in, every text of the workbook.
//! The app's own languages take their texts from the app's message files. A translator
//! adds a language by adding a file; the tests check that it is complete.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::answer::Yn;
use crate::messages::{Lang, Messages};

include!(concat!(env!("OUT_DIR"), "/survey_languages.rs"));

/// The language a supplier gets when its country names none.
pub const FALLBACK: &str = "en";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    name: String,
    reviewed: bool,
    decimal_sign: char,
    date_format: String,
    countries: Vec<String>,
    yes: Vec<String>,
    no: Vec<String>,
    partly: Vec<String>,
    unknown: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    language: Meta,
    #[serde(default)]
    texts: BTreeMap<String, String>,
}

/// One questionnaire language.
#[derive(Debug, Clone)]
pub struct SurveyLanguage {
    pub code: &'static str,
    meta: Meta,
    texts: BTreeMap<String, String>,
    /// The app's language of the same code, whose message files hold the texts.
    app: Option<Lang>,
}

/// A questionnaire language as the screens and the CLI list it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct SurveyLanguageInfo {
    pub code: String,
    /// In the language itself: "Français".
    pub name: String,
    /// False while no second speaker has read the translation; the screen says so.
    pub reviewed: bool,
}

/// A language file that does not parse; the tests name it.
#[derive(Debug)]
pub struct BadFile {
    pub code: &'static str,
    pub detail: String,
}

fn parse(code: &'static str, text: &str) -> Result<SurveyLanguage, BadFile> {
    let file: File = serde_json::from_str(text).map_err(|e| BadFile {
        code,
        detail: e.to_string(),
    })?;
    let app = Lang::ALL.into_iter().find(|l| l.code() == code);
    Ok(SurveyLanguage {
        code,
        meta: file.language,
        texts: file.texts,
        app,
    })
}

/// Every language file, read; a file that does not parse is left out (and fails the
/// tests).
pub fn languages() -> &'static [SurveyLanguage] {
    static ALL: OnceLock<Vec<SurveyLanguage>> = OnceLock::new();
    ALL.get_or_init(|| {
        FILES
            .iter()
            .filter_map(|(code, text)| parse(code, text).ok())
            .collect()
    })
}

/// The files that do not parse, for the tests.
pub fn bad_files() -> Vec<BadFile> {
    FILES
        .iter()
        .filter_map(|(code, text)| parse(code, text).err())
        .collect()
}

/// The language with this code.
pub fn language(code: &str) -> Option<&'static SurveyLanguage> {
    languages().iter().find(|l| l.code == code)
}

/// The language with this code, or the fallback for a code this version does not know
/// (a dossier of a newer version).
pub fn language_or_fallback(code: &str) -> &'static SurveyLanguage {
    language(code)
        .or_else(|| language(FALLBACK))
        .unwrap_or_else(|| &languages()[0])
}

/// The language a supplier's questionnaire gets unless another is chosen: the one whose
/// file names the supplier's country, else English.
pub fn default_for(country: Option<&str>) -> &'static SurveyLanguage {
    country
        .and_then(|c| {
            languages()
                .iter()
                .find(|l| l.meta.countries.iter().any(|x| x == c))
        })
        .unwrap_or_else(|| language_or_fallback(FALLBACK))
}

/// Every language, for a choice list.
pub fn language_infos() -> Vec<SurveyLanguageInfo> {
    languages().iter().map(SurveyLanguage::info).collect()
}

impl SurveyLanguage {
    pub fn info(&self) -> SurveyLanguageInfo {
        SurveyLanguageInfo {
            code: self.code.to_string(),
            name: self.meta.name.clone(),
            reviewed: self.meta.reviewed,
        }
    }

    /// The workbook text for `key` with its placeholders filled in; the key itself if
    /// absent.
    pub fn text(&self, key: &str, params: &[(&str, String)]) -> String {
        match self.app {
            Some(lang) => Messages::new(lang).get(key, params),
            None => crate::messages::fill(
                self.texts.get(key).map(String::as_str).unwrap_or(key),
                params,
            ),
        }
    }

    pub fn has(&self, key: &str) -> bool {
        match self.app {
            Some(lang) => Messages::new(lang).has(key),
            None => self.texts.contains_key(key),
        }
    }

    /// The keys of the file's own texts (none for the app's languages).
    pub fn own_keys(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }

    /// True when the language writes a decimal comma ("1,5") and groups thousands with a
    /// point or a space.
    pub fn decimal_comma(&self) -> bool {
        self.meta.decimal_sign == ','
    }

    /// A date (YYYY-MM-DD) as the language writes it.
    pub fn date(&self, iso: &str) -> String {
        let mut parts = iso.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return iso.to_string();
        };
        self.meta
            .date_format
            .replace("yyyy", y)
            .replace("mm", m)
            .replace("dd", d)
    }

    /// The countries (ISO 3166-1 alpha-2) where this is the default language.
    pub fn countries(&self) -> &[String] {
        &self.meta.countries
    }

    /// The yes/no/partly/unknown a word of this language means; `word` folded.
    pub(crate) fn yes_no(&self, word: &str, fold: impl Fn(&str) -> String) -> Option<Yn> {
        [
            (&self.meta.yes, Yn::Yes),
            (&self.meta.no, Yn::No),
            (&self.meta.partly, Yn::Partly),
            (&self.meta.unknown, Yn::Unknown),
        ]
        .into_iter()
        .find(|(words, _)| words.iter().any(|w| fold(w) == word))
        .map(|(_, yn)| yn)
    }

    /// The file's date format, for the tests.
    pub fn date_format(&self) -> &str {
        &self.meta.date_format
    }

    /// Every word the file gives, for the tests.
    pub fn words(&self) -> impl Iterator<Item = (&str, Yn)> {
        [
            (&self.meta.yes, Yn::Yes),
            (&self.meta.no, Yn::No),
            (&self.meta.partly, Yn::Partly),
            (&self.meta.unknown, Yn::Unknown),
        ]
        .into_iter()
        .flat_map(|(words, yn)| words.iter().map(move |w| (w.as_str(), yn)))
    }

    pub fn decimal_sign(&self) -> char {
        self.meta.decimal_sign
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses_and_the_apps_languages_are_there() {
        let bad = bad_files();
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(languages().len(), FILES.len());
        for lang in Lang::ALL {
            assert!(language(lang.code()).is_some(), "{lang:?}");
        }
        assert!(language(FALLBACK).is_some());
    }

    #[test]
    fn a_country_has_one_default_language_and_codes_are_well_formed() {
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for l in languages() {
            // As the dossier keeps it: 2 to 8 lower-case letters or hyphens, a language
            // of 2 or 3 letters first ("fr", "pt-br").
            let lead = l.code.split('-').next().unwrap_or("");
            assert!(
                (2..=8).contains(&l.code.len())
                    && l.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && (2..=3).contains(&lead.len()),
                "{}",
                l.code
            );
            for c in l.countries() {
                assert!(
                    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()),
                    "{c} in {}",
                    l.code
                );
                if let Some(other) = seen.insert(c, l.code) {
                    panic!("{c} is the default of both {other} and {}", l.code);
                }
            }
            assert!(matches!(l.decimal_sign(), ',' | '.'), "{}", l.code);
            for part in ["dd", "mm", "yyyy"] {
                assert!(l.date_format().contains(part), "{} lacks {part}", l.code);
            }
        }
    }

    #[test]
    fn a_supplier_gets_the_language_of_its_country_or_english() {
        assert_eq!(default_for(Some("BE")).code, "nl");
        assert_eq!(default_for(Some("SR")).code, "nl");
        assert_eq!(default_for(Some("MA")).code, "fr");
        assert_eq!(default_for(Some("BD")).code, "en");
        assert_eq!(default_for(None).code, "en");
        assert_eq!(language_or_fallback("xx").code, "en");
    }

    #[test]
    fn a_language_writes_its_dates_and_reads_its_own_words() {
        let fold = |s: &str| s.to_lowercase();
        assert_eq!(language_or_fallback("nl").date("2026-05-31"), "31-05-2026");
        assert_eq!(language_or_fallback("en").date("2026-05-31"), "2026-05-31");
        assert_eq!(language_or_fallback("fr").date("2026-05-31"), "31/05/2026");
        assert_eq!(
            language_or_fallback("fr").yes_no("oui", fold),
            Some(Yn::Yes)
        );
        assert_eq!(language_or_fallback("nl").yes_no("oui", fold), None);
    }

    #[test]
    fn a_language_the_app_is_in_keeps_no_texts_of_its_own() {
        for l in languages().iter().filter(|l| l.app.is_some()) {
            assert_eq!(l.own_keys().count(), 0, "{} repeats app texts", l.code);
        }
    }
}
