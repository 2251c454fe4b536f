//! An answer as a supplier types it into a spreadsheet cell, read as the value it means:
//! "Ja", "yes", "Y" and "x" are yes; "1.200" is twelve hundred in a Dutch questionnaire
//! and "1,200" in an English one; "1,5" is one and a half; "31-12-2025" is a date.
//! What cannot be read is not guessed: it is returned as unreadable, to be quoted back.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::language::{languages, SurveyLanguage};
use super::{AnswerKind, Question, ANSWER_CHARS};
use crate::messages::{Lang, Messages};
use crate::model::vocab::vocabulary;

vocabulary! {
    /// A yes/no answer, with the two answers in between.
    Yn {
        Yes = "yes",
        No = "no",
        Partly = "partly",
        Unknown = "unknown",
    }
}

/// An answer as it is kept.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Value {
    YesNo(Yn),
    /// Numbers and percentages (0 to 100).
    Number(f64),
    /// YYYY-MM-DD.
    Date(String),
    /// The code of the choice.
    Choice(String),
    Text(String),
}

impl Value {
    /// The value as one text, as the dossier stores it.
    pub fn to_text(&self) -> String {
        match self {
            Value::YesNo(y) => y.as_str().to_string(),
            Value::Number(n) => format_number(*n),
            Value::Date(d) | Value::Choice(d) | Value::Text(d) => d.clone(),
        }
    }

    /// A value stored by [`Value::to_text`] for a question of `kind`.
    pub fn from_text(kind: AnswerKind, text: &str) -> Option<Value> {
        Some(match kind {
            AnswerKind::YesNo => Value::YesNo(Yn::parse(text)?),
            AnswerKind::Number | AnswerKind::Percent => {
                Value::Number(text.parse().ok().filter(|n: &f64| n.is_finite())?)
            }
            AnswerKind::Date => Value::Date(text.to_string()),
            AnswerKind::Choice => Value::Choice(text.to_string()),
            AnswerKind::Text => Value::Text(text.to_string()),
        })
    }

    /// The value as a person reads it in `lang`: "ja", "1.200", "25 %", "31-12-2025".
    pub fn shown(&self, kind: AnswerKind, m: &Messages, lang: Lang) -> String {
        match self {
            Value::YesNo(y) => m.get(&format!("survey.yn.{}", y.as_str()), &[]),
            Value::Number(n) => {
                let text = match lang {
                    Lang::Nl => format_number(*n).replace('.', ","),
                    Lang::En => format_number(*n),
                };
                if kind == AnswerKind::Percent {
                    format!("{text} %")
                } else {
                    text
                }
            }
            Value::Date(d) => match lang {
                Lang::Nl => d.split('-').rev().collect::<Vec<_>>().join("-"),
                Lang::En => d.clone(),
            },
            Value::Choice(c) => m.get(&format!("survey.choice.{c}"), &[]),
            Value::Text(t) => t.clone(),
        }
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A cell that is not an answer of its question's kind; quoted back as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

/// The cell `raw` as an answer to `q` in a questionnaire in `lang`: `Ok(None)` for an
/// empty cell, [`Unreadable`] for text that is not an answer of this kind.
pub fn read_answer(
    q: &Question,
    raw: &str,
    lang: &SurveyLanguage,
) -> Result<Option<Value>, Unreadable> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > ANSWER_CHARS {
        return Err(Unreadable);
    }
    let value = match q.kind {
        AnswerKind::YesNo => Value::YesNo(yes_no(text, lang).ok_or(Unreadable)?),
        AnswerKind::Number => Value::Number(number(text, lang).ok_or(Unreadable)?),
        AnswerKind::Percent => Value::Number(percent(text, lang).ok_or(Unreadable)?),
        AnswerKind::Date => Value::Date(date(text).ok_or(Unreadable)?),
        AnswerKind::Choice => Value::Choice(choice(q, text).ok_or(Unreadable)?),
        AnswerKind::Text => Value::Text(text.to_string()),
    };
    Ok(Some(value))
}

/// A number a spreadsheet stored as a number (not as text), as an answer to `q`: read as
/// it is, without the language's separators; in a cell shown as a percentage it is the
/// fraction (0.025 for 2.5 %). Questions that are not about a number read its text.
pub fn read_number(
    q: &Question,
    n: f64,
    shown_as_percent: bool,
    lang: &SurveyLanguage,
) -> Result<Option<Value>, Unreadable> {
    if !n.is_finite() {
        return Err(Unreadable);
    }
    match q.kind {
        AnswerKind::Number => Ok(Some(Value::Number(n))),
        AnswerKind::Percent => {
            let share = if shown_as_percent {
                n * 100.0
            } else {
                as_share(n, false)
            };
            (0.0..=100.0)
                .contains(&share)
                .then(|| Some(Value::Number((share * 100.0).round() / 100.0)))
                .ok_or(Unreadable)
        }
        _ => read_answer(q, &format_number(n), lang),
    }
}

/// A number given for a percentage: a fraction below 1 (0.25) is read as the share it
/// is in a spreadsheet (25 %), unless it was written with a percent sign.
fn as_share(n: f64, with_sign: bool) -> f64 {
    if !with_sign && n > 0.0 && n < 1.0 {
        n * 100.0
    } else {
        n
    }
}

/// Lower case, without accents and surrounding punctuation.
fn fold(s: &str) -> String {
    s.trim()
        .trim_matches(|c: char| matches!(c, '.' | '!' | '"' | '\'' | '“' | '”'))
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ï' | 'í' | 'î' => 'i',
            'ö' | 'ó' | 'ô' => 'o',
            'ü' | 'ú' | 'û' | 'ù' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Yes, no, partly or unknown: a mark that means the same in every language, a word of
/// the questionnaire's language, or one of the app's languages (suppliers often answer
/// in English whatever the questionnaire's language).
fn yes_no(text: &str, lang: &SurveyLanguage) -> Option<Yn> {
    let word = fold(text);
    let mark = match word.as_str() {
        "x" | "v" | "✓" | "✔" | "☑" | "1" => Some(Yn::Yes),
        "0" | "✗" | "✘" => Some(Yn::No),
        "½" => Some(Yn::Partly),
        "?" | "-" => Some(Yn::Unknown),
        _ => None,
    };
    mark.or_else(|| lang.yes_no(&word, fold)).or_else(|| {
        languages()
            .iter()
            .filter(|l| Lang::ALL.iter().any(|a| a.code() == l.code))
            .find_map(|l| l.yes_no(&word, fold))
    })
}

/// A number as written in `lang`, with thousands separators, a currency or unit around
/// it. A single separator followed by exactly three digits groups thousands in the
/// language's own way ("1.200" in Dutch, "1,200" in English); any other single
/// separator is the decimal one, so "1,5" and "1.5" both read as one and a half.
fn number(text: &str, lang: &SurveyLanguage) -> Option<f64> {
    let comma = lang.decimal_comma();
    let core: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\'' | '’'))
        .collect();
    let numeric = |c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | ',');
    let start = core.find(numeric)?;
    let end = core.rfind(|c: char| c.is_ascii_digit())? + 1;
    // Around the number only a currency or a unit: a symbol, or a code of up to three
    // letters ("BDT", "uur"); "ongeveer 300" is not a number.
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    if start >= end || letters(&core[..start]) > 3 || letters(&core[end..]) > 3 {
        return None;
    }
    let core = core[start..end].to_string();
    if core.chars().any(|c| !numeric(c)) {
        return None;
    }
    let dots = core.matches('.').count();
    let commas = core.matches(',').count();
    let three_after = |sep: char| core.rsplit(sep).next().is_some_and(|t| t.len() == 3);
    let normal = match (dots, commas) {
        (0, 0) => core.clone(),
        (d, c) if d > 0 && c > 0 => {
            // Both: the last one is the decimal separator.
            let last_dot = core.rfind('.').unwrap_or(0);
            let last_comma = core.rfind(',').unwrap_or(0);
            if last_comma > last_dot {
                core.replace('.', "").replace(',', ".")
            } else {
                core.replace(',', "")
            }
        }
        (0, 1) if comma || !three_after(',') => core.replace(',', "."),
        (0, _) => core.replace(',', ""),
        (1, 0) if !(comma && three_after('.')) => core.clone(),
        _ => core.replace('.', ""),
    };
    normal.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A percentage: "25 %", "25", or a fraction such as 0.25 as a cell formatted as a
/// percentage holds it.
fn percent(text: &str, lang: &SurveyLanguage) -> Option<f64> {
    let n = number(text, lang)?;
    let share = as_share(n, text.contains('%'));
    (0.0..=100.0)
        .contains(&share)
        .then_some((share * 100.0).round() / 100.0)
}

/// A date: ISO, day first with `-`, `/` or `.`, month first when the day cannot be
/// first ("12/31/2025"), or a spreadsheet's day number.
fn date(text: &str) -> Option<String> {
    let t = text.trim();
    if let Ok(serial) = t.parse::<f64>() {
        // Day numbers of the years 1955 to 2118.
        return (20_000.0..80_000.0)
            .contains(&serial)
            .then(|| crate::model::date::from_spreadsheet_serial(serial));
    }
    let parts: Vec<&str> = t
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let iso = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => format!("{y}-{m:0>2}-{d:0>2}"),
        [a, b, y] if y.len() == 4 => {
            let (a_n, b_n) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
            let month_first = a_n <= 12 && b_n > 12;
            if month_first {
                format!("{y}-{a:0>2}-{b:0>2}")
            } else {
                format!("{y}-{b:0>2}-{a:0>2}")
            }
        }
        _ => return None,
    };
    crate::model::date::check_date("date", &iso).ok()
}

/// A choice by its code or its name in any questionnaire language.
fn choice(q: &Question, text: &str) -> Option<String> {
    let folded = fold(text);
    q.choices
        .iter()
        .find(|code| {
            fold(code) == folded
                || languages()
                    .iter()
                    .any(|l| fold(&l.text(&format!("survey.choice.{code}"), &[])) == folded)
        })
        .map(|c| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::language::language_or_fallback;
    use crate::survey::question;

    fn nl() -> &'static SurveyLanguage {
        language_or_fallback("nl")
    }

    fn en() -> &'static SurveyLanguage {
        language_or_fallback("en")
    }

    fn read(id: &str, raw: &str, lang: &SurveyLanguage) -> Result<Option<Value>, Unreadable> {
        read_answer(question(id).expect("question"), raw, lang)
    }

    #[test]
    fn yes_and_no_are_read_as_people_type_them() {
        for raw in ["Ja", "yes", "Y", "x", "X", "1", "ja.", " JA ", "✓", "waar"] {
            assert_eq!(
                read("age_check", raw, nl()),
                Ok(Some(Value::YesNo(Yn::Yes))),
                "{raw}"
            );
        }
        for raw in ["Nee", "no", "N", "0", "neen"] {
            assert_eq!(
                read("age_check", raw, nl()),
                Ok(Some(Value::YesNo(Yn::No))),
                "{raw}"
            );
        }
        for raw in ["deels", "Gedeeltelijk", "partly", "soms"] {
            assert_eq!(
                read("age_check", raw, en()),
                Ok(Some(Value::YesNo(Yn::Partly))),
                "{raw}"
            );
        }
        for raw in ["weet niet", "?", "n.v.t.", "Unknown"] {
            assert_eq!(
                read("age_check", raw, en()),
                Ok(Some(Value::YesNo(Yn::Unknown))),
                "{raw}"
            );
        }
        assert_eq!(read("age_check", "misschien wel", nl()), Err(Unreadable));
        assert_eq!(read("age_check", "  ", nl()), Ok(None));
    }

    #[test]
    fn a_third_language_reads_its_own_words_numbers_and_choices() {
        let fr = language_or_fallback("fr");
        assert_eq!(fr.code, "fr");
        let yn = |raw| read("age_check", raw, fr);
        assert_eq!(yn("Oui"), Ok(Some(Value::YesNo(Yn::Yes))));
        assert_eq!(yn("non."), Ok(Some(Value::YesNo(Yn::No))));
        assert_eq!(yn("En partie"), Ok(Some(Value::YesNo(Yn::Partly))));
        assert_eq!(yn("Je ne sais pas"), Ok(Some(Value::YesNo(Yn::Unknown))));
        // English and Dutch answers are read in any questionnaire.
        assert_eq!(yn("yes"), Ok(Some(Value::YesNo(Yn::Yes))));
        assert_eq!(yn("nee"), Ok(Some(Value::YesNo(Yn::No))));
        // A French word is not read in a Dutch questionnaire.
        assert_eq!(read("age_check", "oui", nl()), Err(Unreadable));
        let n = |raw| read("workers", raw, fr);
        assert_eq!(n("1 200,50"), Ok(Some(Value::Number(1200.5))));
        assert_eq!(n("1\u{202f}200"), Ok(Some(Value::Number(1200.0))));
        assert_eq!(n("1,500"), Ok(Some(Value::Number(1.5))));
        assert_eq!(
            read("audit_scheme", "pas encore d'audit social", fr),
            Ok(Some(Value::Choice("no_audit".into())))
        );
        assert_eq!(
            read("last_audit", "31/12/2025", fr),
            Ok(Some(Value::Date("2025-12-31".into())))
        );
    }

    #[test]
    fn numbers_follow_the_questionnaires_language() {
        let n = |raw, lang| read("workers", raw, lang);
        assert_eq!(n("1.200", nl()), Ok(Some(Value::Number(1200.0))));
        assert_eq!(n("1,200", en()), Ok(Some(Value::Number(1200.0))));
        assert_eq!(n("1,5", nl()), Ok(Some(Value::Number(1.5))));
        assert_eq!(n("1,5", en()), Ok(Some(Value::Number(1.5))));
        assert_eq!(n("1.5", nl()), Ok(Some(Value::Number(1.5))));
        assert_eq!(n("12.500,75", nl()), Ok(Some(Value::Number(12500.75))));
        assert_eq!(n("12,500.75", en()), Ok(Some(Value::Number(12500.75))));
        assert_eq!(n("1 250 000", nl()), Ok(Some(Value::Number(1_250_000.0))));
        assert_eq!(n("BDT 12.500", nl()), Ok(Some(Value::Number(12500.0))));
        assert_eq!(n("€ 1.750", nl()), Ok(Some(Value::Number(1750.0))));
        assert_eq!(n("ongeveer 300", nl()), Err(Unreadable));
        assert_eq!(n("veel", nl()), Err(Unreadable));
    }

    #[test]
    fn percentages_read_with_a_sign_as_a_number_or_as_a_fraction() {
        let p = |raw| read("temporary_share", raw, nl());
        assert_eq!(p("25%"), Ok(Some(Value::Number(25.0))));
        assert_eq!(p("25 %"), Ok(Some(Value::Number(25.0))));
        assert_eq!(p("25"), Ok(Some(Value::Number(25.0))));
        assert_eq!(p("0.25"), Ok(Some(Value::Number(25.0))));
        assert_eq!(p("12,5%"), Ok(Some(Value::Number(12.5))));
        assert_eq!(p("140%"), Err(Unreadable));
    }

    #[test]
    fn dates_read_day_first_iso_or_as_a_spreadsheet_day_number() {
        let d = |raw, lang| read("last_audit", raw, lang);
        let iso = |s: &str| Ok(Some(Value::Date(s.to_string())));
        assert_eq!(d("31-12-2025", nl()), iso("2025-12-31"));
        assert_eq!(d("31/12/2025", en()), iso("2025-12-31"));
        assert_eq!(d("31.12.2025", nl()), iso("2025-12-31"));
        assert_eq!(d("2025-12-31", nl()), iso("2025-12-31"));
        assert_eq!(d("12/31/2025", en()), iso("2025-12-31"));
        assert_eq!(d("3-4-2025", en()), iso("2025-04-03"));
        // Month first only where the day cannot be first, in any language.
        assert_eq!(d("12/31/2025", nl()), iso("2025-12-31"));
        assert_eq!(d("46022", nl()), iso("2025-12-31"));
        assert_eq!(d("31-02-2025", nl()), Err(Unreadable));
        assert_eq!(d("vorig jaar", nl()), Err(Unreadable));
    }

    #[test]
    fn a_choice_reads_by_its_name_in_either_language_or_its_code() {
        let c = |raw| read("audit_scheme", raw, nl());
        assert_eq!(c("SMETA"), Ok(Some(Value::Choice("smeta".into()))));
        assert_eq!(
            c("amfori BSCI"),
            Ok(Some(Value::Choice("amfori_bsci".into())))
        );
        let none_nl = Messages::new(Lang::Nl).get("survey.choice.no_audit", &[]);
        assert_eq!(c(&none_nl), Ok(Some(Value::Choice("no_audit".into()))));
        assert_eq!(c("ISO 9001"), Err(Unreadable));
    }

    #[test]
    fn a_number_stored_as_a_number_is_read_without_the_languages_separators() {
        let q = |id| question(id).expect("question");
        let n = |id, v, pct| read_number(q(id), v, pct, nl());
        // 1.125 in a number cell is one and an eighth, not 1,125 as Dutch text would be.
        assert_eq!(n("workers", 1.125, false), Ok(Some(Value::Number(1.125))));
        // 2.5 % and 100 % as a cell shown as a percentage holds them.
        assert_eq!(
            n("temporary_share", 0.025, true),
            Ok(Some(Value::Number(2.5)))
        );
        assert_eq!(
            n("temporary_share", 1.0, true),
            Ok(Some(Value::Number(100.0)))
        );
        assert_eq!(
            n("temporary_share", 0.125, true),
            Ok(Some(Value::Number(12.5)))
        );
        // A plain number below 1 is a fraction; 30 is 30 %.
        assert_eq!(
            n("temporary_share", 0.3, false),
            Ok(Some(Value::Number(30.0)))
        );
        assert_eq!(
            n("temporary_share", 30.0, false),
            Ok(Some(Value::Number(30.0)))
        );
        assert_eq!(n("temporary_share", 1.4, true), Err(Unreadable));
        // A yes/no question reads 1 as yes; a date question a day number as its date.
        assert_eq!(n("age_check", 1.0, false), Ok(Some(Value::YesNo(Yn::Yes))));
        assert_eq!(
            n("last_audit", 46022.0, false),
            Ok(Some(Value::Date("2025-12-31".into())))
        );
    }

    #[test]
    fn a_text_is_kept_as_written_up_to_its_limit() {
        let t = |raw: &str| read("certifications", raw, nl());
        assert_eq!(
            t(" GOTS tot 2027 "),
            Ok(Some(Value::Text("GOTS tot 2027".into())))
        );
        assert_eq!(t(&"x".repeat(ANSWER_CHARS + 1)), Err(Unreadable));
    }

    #[test]
    fn a_value_survives_its_stored_text() {
        for (kind, v) in [
            (AnswerKind::YesNo, Value::YesNo(Yn::Partly)),
            (AnswerKind::Number, Value::Number(1200.0)),
            (AnswerKind::Percent, Value::Number(12.5)),
            (AnswerKind::Date, Value::Date("2025-12-31".into())),
            (AnswerKind::Choice, Value::Choice("smeta".into())),
            (AnswerKind::Text, Value::Text("GOTS".into())),
        ] {
            assert_eq!(Value::from_text(kind, &v.to_text()), Some(v));
        }
    }
}
