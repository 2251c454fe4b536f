//! `laws`: which laws on due diligence and reporting may apply (B1), as text or JSON,
//! with answers to the questions the dossier cannot answer given as `--answer q=yes`
//! (kept in the dossier with `--save`).

use std::path::Path;

use ketenkompas::laws::{LawVerdict, Question};
use ketenkompas::messages::Lang;
use ketenkompas::Dossier;
use serde::Serialize;

use crate::messages::Messages;
use crate::outcome::{fail, Failure, Outcome};

/// One `--answer` as given: `question=yes`, `question=no` or `question=open`.
pub fn parse_answer(text: &str) -> Result<(Question, Option<bool>), String> {
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
        "yes" | "ja" | "y" | "j" | "true" | "1" => Some(true),
        "no" | "nee" | "n" | "false" | "0" => Some(false),
        "open" | "unknown" | "onbekend" | "?" => None,
        other => return Err(format!("{other}: answer yes, no or open")),
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

fn line(v: &LawVerdict, lang: Lang, m: &Messages) -> Line {
    let params = v.params_in(lang);
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
    answers: &[(Question, Option<bool>)],
    save: bool,
    as_json: bool,
    lang: Lang,
    m: &Messages,
) -> Outcome {
    let verdicts = if save {
        let mut d = Dossier::open(file).map_err(|e| fail(m, e))?;
        d.set_law_answers(answers).map_err(|e| fail(m, e))?;
        d.laws(&[]).map_err(|e| fail(m, e))?
    } else {
        let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
        d.laws(answers).map_err(|e| fail(m, e))?
    };
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
            Ok((Question::SellsInUk, Some(true)))
        );
        assert_eq!(
            parse_answer(" places_batteries = No"),
            Ok((Question::PlacesBatteries, Some(false)))
        );
        assert_eq!(
            parse_answer("part_of_group=open"),
            Ok((Question::PartOfGroup, None))
        );
        assert!(parse_answer("sells_in_uk").is_err());
        assert!(parse_answer("unknown=yes").is_err());
        assert!(parse_answer("sells_in_uk=maybe").is_err());
    }
}
