//! Dutch and English texts for the CLI, read from the same message files as the UI so
//! that every error code is translated in one place.

use std::collections::BTreeMap;

use ketenkompas::Error;

const NL: &str = include_str!("../../../ui/src/lib/i18n/messages/nl.json");
const EN: &str = include_str!("../../../ui/src/lib/i18n/messages/en.json");

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    /// Dutch for a Dutch or unknown locale, English for any other.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            None => Lang::Nl,
            Some(l) if l.to_lowercase().starts_with("nl") => Lang::Nl,
            Some(_) => Lang::En,
        }
    }
}

pub struct Messages {
    texts: BTreeMap<String, String>,
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        let source = match lang {
            Lang::Nl => NL,
            Lang::En => EN,
        };
        let texts = serde_json::from_str(source).unwrap_or_default();
        Messages { texts }
    }

    /// The text for `key` with `{name}` placeholders filled in; the key itself if absent.
    pub fn get(&self, key: &str, params: &[(&str, String)]) -> String {
        let mut text = self
            .texts
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string());
        for (name, value) in params {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    pub fn has(&self, key: &str) -> bool {
        self.texts.contains_key(key)
    }

    /// A core error as a sentence; field names are translated too.
    pub fn error(&self, e: &Error) -> String {
        let params: Vec<(String, String)> = e
            .params()
            .into_iter()
            .map(|(k, v)| {
                let field_key = format!("field.{v}");
                if k == "field" && self.has(&field_key) {
                    (k, self.get(&field_key, &[]))
                } else {
                    (k, v)
                }
            })
            .collect();
        let borrowed: Vec<(&str, String)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        self.get(&format!("error.{}", e.code()), &borrowed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_core_error_code_has_a_text_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let m = Messages::new(lang);
            for code in Error::ALL_CODES {
                assert!(
                    m.has(&format!("error.{code}")),
                    "{lang:?} lacks error.{code}"
                );
            }
        }
    }

    #[test]
    fn field_names_in_errors_are_translated() {
        let e = Error::TooLong {
            field: "company.name".into(),
            max: 200,
        };
        let nl = Messages::new(Lang::Nl).error(&e);
        assert!(nl.contains("Bedrijfsnaam") && nl.contains("200"), "{nl}");
        let en = Messages::new(Lang::En).error(&e);
        assert!(en.contains("Company name"), "{en}");
    }

    #[test]
    fn locale_picks_dutch_by_default() {
        assert_eq!(Lang::from_locale(None), Lang::Nl);
        assert_eq!(Lang::from_locale(Some("nl-NL")), Lang::Nl);
        assert_eq!(Lang::from_locale(Some("en-GB")), Lang::En);
    }
}
