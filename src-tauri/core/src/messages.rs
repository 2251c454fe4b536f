//! Dutch and English texts, read from the message files that the UI reads too
//! (`i18n/` at the top of the repository), so that every text is written in one place. The core
//! uses them only for texts that leave it as documents (rationales, reports); errors
//! leave the core as codes.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// `i18n/nl.json` and `i18n/en.json`, compressed when the core is built (`build.rs`).
const NL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/nl.json.deflate"));
const EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/en.json.deflate"));

/// The two languages of the app and its documents; Dutch is the default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
#[ts(rename = "Language")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language's code: "nl", "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language tag (BCP 47) documents in this language carry.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl-NL",
            Lang::En => "en-GB",
        }
    }
}

/// `text` with its `{name}` placeholders filled in.
pub fn fill(text: &str, params: &[(&str, String)]) -> String {
    let mut text = text.to_string();
    for (name, value) in params {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

pub struct Messages {
    texts: &'static BTreeMap<String, String>,
}

fn catalog(lang: Lang) -> &'static BTreeMap<String, String> {
    static NL_MAP: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    static EN_MAP: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    let (cell, source) = match lang {
        Lang::Nl => (&NL_MAP, NL),
        Lang::En => (&EN_MAP, EN),
    };
    cell.get_or_init(|| serde_json::from_slice(&crate::files::inflate(source)).unwrap_or_default())
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        Messages {
            texts: catalog(lang),
        }
    }

    /// The text for `key` with `{name}` placeholders filled in; the key itself if absent.
    pub fn get(&self, key: &str, params: &[(&str, String)]) -> String {
        fill(
            self.texts.get(key).map(String::as_str).unwrap_or(key),
            params,
        )
    }

    pub fn has(&self, key: &str) -> bool {
        self.texts.contains_key(key)
    }

    /// A core error as a sentence; field names are translated too.
    pub fn error(&self, e: &crate::Error) -> String {
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
            for code in crate::Error::ALL_CODES {
                assert!(
                    m.has(&format!("error.{code}")),
                    "{lang:?} lacks error.{code}"
                );
            }
        }
    }

    #[test]
    fn field_names_in_errors_are_translated() {
        let e = crate::Error::TooLong {
            field: "company.name".into(),
            max: 200,
        };
        let nl = Messages::new(Lang::Nl).error(&e);
        assert!(nl.contains("Bedrijfsnaam") && nl.contains("200"), "{nl}");
        assert!(Messages::new(Lang::En).error(&e).contains("Company name"));
    }
}
