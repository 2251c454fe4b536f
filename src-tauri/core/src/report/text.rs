//! The words of the reports: sentences and headings from the Fluent files in `i18n/`
//! (one per language, the same keys), names of codes (themes, measures, statuses) from
//! the app's message files, and dates, amounts and numbers written the way each
//! language writes them.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::messages::{Lang, Messages};
use crate::reference::countries;

pub const NL_FTL: &str = include_str!("i18n/nl.ftl");
pub const EN_FTL: &str = include_str!("i18n/en.ftl");

pub struct Texts {
    pub lang: Lang,
    bundle: FluentBundle<FluentResource>,
    vocab: Messages,
}

impl Texts {
    pub fn new(lang: Lang) -> Texts {
        let (source, tag) = match lang {
            Lang::Nl => (NL_FTL, "nl"),
            Lang::En => (EN_FTL, "en"),
        };
        let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Isolation marks would end up as stray characters in the PDF text.
        bundle.set_use_isolating(false);
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            // A file with a syntax error still yields every message that parsed; the
            // key tests catch the rest.
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
        Texts {
            lang,
            bundle,
            vocab: Messages::new(lang),
        }
    }

    /// The message `key` with its `{ $name }` variables filled in; the key itself if
    /// the message is missing (the key tests make sure none is).
    pub fn get(&self, key: &str, args: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            // Counts go in as numbers, so that the messages can choose singular or plural.
            let number = matches!(*name, "count" | "total" | "done" | "n")
                .then(|| value.parse::<i64>().ok())
                .flatten();
            match number {
                Some(n) => fa.set(*name, FluentValue::from(n)),
                None => fa.set(*name, FluentValue::from(value.clone())),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    }

    pub fn t(&self, key: &str) -> String {
        self.get(key, &[])
    }

    /// The name of a code from the app's message files (`theme.child_labour`, …).
    pub fn code(&self, prefix: &str, code: &str) -> String {
        self.vocab.get(&format!("{prefix}.{code}"), &[])
    }

    /// A text of the app's message files with its `{name}` placeholders filled in.
    pub fn app(&self, key: &str, params: &[(&str, String)]) -> String {
        self.vocab.get(key, params)
    }

    /// A country by its ISO code, in the report's language.
    pub fn country(&self, alpha2: &str) -> String {
        match countries::by_alpha2(&alpha2.to_uppercase()) {
            Some(c) => match self.lang {
                Lang::Nl => c.name_nl.clone(),
                Lang::En => c.name_en.clone(),
            },
            None => alpha2.to_uppercase(),
        }
    }

    /// `2026-03-01` as "1 maart 2026" or "1 March 2026"; other text unchanged.
    pub fn date(&self, iso: &str) -> String {
        const NL: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let parts = (
            iso.get(0..4).and_then(|y| y.parse::<i32>().ok()),
            iso.get(5..7).and_then(|m| m.parse::<usize>().ok()),
            iso.get(8..10).and_then(|d| d.parse::<u32>().ok()),
        );
        match parts {
            (Some(y), Some(m @ 1..=12), Some(d)) => {
                let month = match self.lang {
                    Lang::Nl => NL[m - 1],
                    Lang::En => EN[m - 1],
                };
                format!("{d} {month} {y}")
            }
            _ => iso.to_string(),
        }
    }

    /// Whole euros with thousands separators: "€ 6.000" or "€6,000".
    pub fn money(&self, eur: u64) -> String {
        let digits = group(eur, if self.lang == Lang::Nl { '.' } else { ',' });
        match self.lang {
            Lang::Nl => format!("€ {digits}"),
            Lang::En => format!("€{digits}"),
        }
    }

    /// A measured value: at most two decimals, no trailing zeros, the language's
    /// decimal sign.
    pub fn number(&self, v: f64) -> String {
        let mut s = format!("{v:.2}");
        while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
            s.pop();
        }
        if self.lang == Lang::Nl {
            s = s.replace('.', ",");
        }
        s
    }

    /// "ja"/"nee" or "yes"/"no".
    pub fn yes_no(&self, v: bool) -> String {
        self.t(if v { "word-yes" } else { "word-no" })
    }
}

fn group(n: u64, sep: char) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The message keys of a Fluent file, in order.
pub fn keys(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|l| {
            l.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() && l.contains(" ="))
        })
        .filter_map(|l| l.split(" =").next().map(|k| k.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_and_english_have_the_same_keys() {
        let mut nl = keys(NL_FTL);
        let mut en = keys(EN_FTL);
        assert!(nl.len() > 50, "the Dutch file has only {} keys", nl.len());
        nl.sort();
        en.sort();
        let only_nl: Vec<_> = nl.iter().filter(|k| !en.contains(k)).collect();
        let only_en: Vec<_> = en.iter().filter(|k| !nl.contains(k)).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "only in nl: {only_nl:?}; only in en: {only_en:?}"
        );
        let mut dedup = nl.clone();
        dedup.dedup();
        assert_eq!(dedup.len(), nl.len(), "a key appears twice");
    }

    #[test]
    fn both_fluent_files_parse_without_errors() {
        for (name, src) in [("nl", NL_FTL), ("en", EN_FTL)] {
            if let Err((_, errors)) = FluentResource::try_new(src.to_string()) {
                panic!("{name}.ftl has syntax errors: {errors:?}");
            }
        }
    }

    #[test]
    fn every_key_formats_without_an_unfilled_variable() {
        for lang in [Lang::Nl, Lang::En] {
            let t = Texts::new(lang);
            let src = if lang == Lang::Nl { NL_FTL } else { EN_FTL };
            for key in keys(src) {
                let args: Vec<(&str, String)> = [
                    "year",
                    "date",
                    "count",
                    "total",
                    "name",
                    "company",
                    "value",
                    "target",
                    "unit",
                    "page",
                    "pages",
                    "percent",
                    "budget",
                    "rank",
                    "kvk",
                    "severity",
                    "likelihood",
                    "deadline",
                    "done",
                    "planned",
                    "n",
                    "country",
                    "size",
                    "employees",
                    "from",
                    "to",
                    "what",
                    "reason",
                    "external",
                    "ack",
                    "decide",
                    "anonymous",
                    "ackok",
                    "decok",
                    "dec",
                    "script",
                    "scripts",
                    "example",
                    "list",
                    "suppliers",
                    "countries",
                    "chains",
                    "complete",
                    "risks",
                    "assessed",
                    "prioritised",
                    "deferred",
                    "running",
                    "overdue",
                    "reached",
                    "measured",
                    "kpis",
                    "received",
                    "closed",
                    "total",
                    "due",
                    "reviews",
                    "letter",
                    "next",
                    "status",
                    "deeper",
                    "verdict",
                    "level",
                    "name",
                    "suggested",
                    "step",
                    "then",
                    "now",
                ]
                .iter()
                .map(|n| (*n, "X".to_string()))
                .collect();
                let text = t.get(&key, &args);
                assert!(!text.is_empty(), "{lang:?} {key} is empty");
                assert!(text != key, "{lang:?} {key} did not resolve");
                assert!(!text.contains('{'), "{lang:?} {key} keeps a brace: {text}");
            }
        }
    }

    #[test]
    fn counts_choose_singular_or_plural() {
        let en = Texts::new(Lang::En);
        let one = en.get("public-withheld", &[("count", "1".into())]);
        let two = en.get("public-withheld", &[("count", "2".into())]);
        assert!(
            one.contains("one item") && !one.contains("1 items"),
            "{one}"
        );
        assert!(two.contains("2 items"), "{two}");
        let nl = Texts::new(Lang::Nl);
        assert!(nl
            .get("risks-unassessed", &[("count", "1".into())])
            .contains("1 risico."));
        assert!(nl
            .get("risks-unassessed", &[("count", "3".into())])
            .contains("3 risico's"));
    }

    #[test]
    fn dates_amounts_and_numbers_follow_the_language() {
        let nl = Texts::new(Lang::Nl);
        let en = Texts::new(Lang::En);
        assert_eq!(nl.date("2026-03-01"), "1 maart 2026");
        assert_eq!(en.date("2026-12-31"), "31 December 2026");
        assert_eq!(nl.date("onbekend"), "onbekend");
        assert_eq!(nl.money(1_234_567), "€ 1.234.567");
        assert_eq!(en.money(6000), "€6,000");
        assert_eq!(en.money(600), "€600");
        assert_eq!(nl.number(12.5), "12,5");
        assert_eq!(en.number(3.0), "3");
        assert_eq!(en.number(0.126), "0.13");
        assert_eq!(nl.country("bd"), "Bangladesh");
        assert_eq!(en.country("de"), "Germany");
    }
}
