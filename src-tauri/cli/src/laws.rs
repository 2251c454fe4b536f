//! `laws`: which laws on due diligence and reporting may apply (B1), as text or JSON,
//! with answers to the questions the dossier cannot answer given as `--answer q=yes`.

use std::collections::BTreeMap;
use std::path::Path;

use ketenkompas::laws::{LawVerdict, Question};
use ketenkompas::messages::Lang;
use ketenkompas::Dossier;
use serde::Serialize;

use crate::messages::Messages;
use crate::outcome::{fail, Failure, Outcome};

/// One `--answer` as given: `question=yes` or `question=no`.
pub fn parse_answer(text: &str) -> Result<(Question, bool), String> {
    let (q, a) = text
        .split_once('=')
        .ok_or_else(|| format!("{text}: use question=yes or question=no"))?;
    let question = Question::ALL
        .into_iter()
        .find(|x| x.as_str() == q.trim())
        .ok_or_else(|| {
            let known: Vec<&str> = Question::ALL.iter().map(|x| x.as_str()).collect();
            format!("{q}: not a question (one of {})", known.join(", "))
        })?;
    let answer = match a.trim().to_lowercase().as_str() {
        "yes" | "ja" | "y" | "j" | "true" | "1" => true,
        "no" | "nee" | "n" | "false" | "0" => false,
        other => return Err(format!("{other}: answer yes or no")),
    };
    Ok((question, answer))
}

/// A law's verdict as the JSON output gives it.
#[derive(Serialize)]
struct Line {
    id: String,
    name: String,
    verdict: &'static str,
    reason: String,
    from: Option<String>,
    reference: String,
    source: String,
    checked_on: String,
    confirmed: bool,
    #[serde(rename = "final")]
    is_final: bool,
    questions: Vec<&'static str>,
    indirect: Option<String>,
}

/// `450000000` as `450.000.000` or `450,000,000`.
fn grouped(digits: &str, lang: Lang) -> String {
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.to_string();
    }
    let sep = if lang == Lang::Nl { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn line(v: &LawVerdict, lang: Lang, m: &Messages) -> Line {
    let params: Vec<(&str, String)> = v
        .params
        .iter()
        .map(|(k, x)| {
            let shown = match (k.as_str(), lang) {
                // Commodities by their Dutch names in Dutch.
                ("goods", Lang::Nl) => x
                    .split(", ")
                    .map(|g| {
                        ketenkompas::reference::sectors::commodity(g)
                            .map_or_else(|| g.to_string(), |c| c.name_nl.clone())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => grouped(x, lang),
            };
            (k.as_str(), shown)
        })
        .collect();
    Line {
        id: v.law.id.clone(),
        name: m.get(&format!("law.{}.name", v.law.id), &[]),
        verdict: v.verdict.as_str(),
        reason: m.get(&format!("law.reason.{}", v.reason), &params),
        from: v.from.clone(),
        reference: v.law.reference.clone(),
        source: v.law.source.clone(),
        checked_on: v.law.checked_on.clone(),
        confirmed: v.law.confirmed,
        is_final: v.law.is_final,
        questions: v.questions.iter().map(|q| q.as_str()).collect(),
        indirect: v
            .indirect
            .as_ref()
            .map(|i| m.get(&format!("law.indirect.{i}"), &[])),
    }
}

pub fn laws(
    file: &Path,
    answers: &[(Question, bool)],
    as_json: bool,
    lang: Lang,
    m: &Messages,
) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let answers: BTreeMap<Question, bool> = answers.iter().copied().collect();
    let verdicts = d.laws(&answers).map_err(|e| fail(m, e))?;
    let lines: Vec<Line> = verdicts.iter().map(|v| line(v, lang, m)).collect();
    if as_json {
        let text =
            serde_json::to_string_pretty(&lines).map_err(|e| Failure::Internal(e.to_string()))?;
        println!("{text}");
        return Ok(());
    }
    println!("{}", m.get("law.notice", &[]));
    for l in &lines {
        println!();
        println!(
            "{} — {}",
            l.name,
            m.get(&format!("law.verdict.{}", l.verdict), &[])
        );
        println!("  {}", l.reason);
        match &l.from {
            Some(from) if l.verdict != "does_not_apply" => {
                println!("  {}", m.get("cli.laws.from", &[("date", from.clone())]));
            }
            _ => {}
        }
        for q in &l.questions {
            println!("  ? {}", m.get(&format!("law.question.{q}"), &[]));
        }
        if let Some(i) = &l.indirect {
            println!("  → {i}");
        }
        println!(
            "  {}",
            m.get(
                "cli.laws.source",
                &[
                    ("what", l.reference.clone()),
                    ("source", l.source.clone()),
                    ("date", l.checked_on.clone())
                ]
            )
        );
        if !l.confirmed {
            println!("  ! {}", m.get("law.not_confirmed", &[]));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_loosely_and_refused_clearly() {
        assert_eq!(
            parse_answer("sells_in_uk=ja"),
            Ok((Question::SellsInUk, true))
        );
        assert_eq!(
            parse_answer(" places_batteries = No"),
            Ok((Question::PlacesBatteries, false))
        );
        assert!(parse_answer("sells_in_uk").is_err());
        assert!(parse_answer("unknown=yes").is_err());
        assert!(parse_answer("sells_in_uk=maybe").is_err());
        assert_eq!(grouped("450000000", Lang::Nl), "450.000.000");
        assert_eq!(grouped("36000000", Lang::En), "36,000,000");
        assert_eq!(grouped("", Lang::En), "");
    }
}
