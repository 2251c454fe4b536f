//! The legislation check (B1) over a dossier: the company profile, the goods of its
//! chains and what it sells become the input of `crate::laws::check`, with the answers
//! the user gave to what the dossier cannot know.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::laws::{self, LawAnswer, LawInput, LawVerdict, Question};
use crate::messages::Lang;
use crate::Dossier;

/// The legislation check as a screen shows it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct LawCheck {
    pub lines: Vec<LawLine>,
    /// The answers kept in the dossier.
    pub answers: Vec<LawAnswer>,
    /// The questions to show: the open ones a verdict waits for, and every one answered
    /// (so that an answer can be changed), in the order of [`Question::ALL`].
    pub questions: Vec<Question>,
}

/// One law's verdict with its reason's parameters as a reader in the screen's language
/// reads them.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct LawLine {
    pub verdict: LawVerdict,
    pub params: BTreeMap<String, String>,
}

impl Dossier {
    /// What the legislation check knows of this company: its profile, its chain and
    /// the answers kept in the dossier, overridden by `answers` where given (`None`:
    /// taken as open).
    pub fn law_input(&self, answers: &[(Question, Option<bool>)]) -> Result<LawInput> {
        let company = self.company()?;
        let goods: Vec<String> = self
            .conn()
            .prepare_cached("SELECT DISTINCT good FROM purchased_item_good")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let sells: bool =
            self.conn()
                .query_row("SELECT EXISTS (SELECT 1 FROM sold_item)", [], |r| r.get(0))?;
        let sells_to: Vec<String> = self
            .conn()
            .prepare_cached("SELECT DISTINCT country FROM sold_item_country")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut kept = self.law_answers()?;
        for (question, answer) in answers {
            kept.retain(|k| k.question != *question);
            if let Some(answer) = answer {
                kept.push(laws::LawAnswer {
                    question: *question,
                    answer: *answer,
                });
            }
        }
        Ok(LawInput::of(
            &company,
            goods.iter().map(String::as_str),
            sells_to.iter().map(String::as_str),
            sells,
            &kept,
        ))
    }

    /// Every law the check knows, with its verdict for this company.
    pub fn laws(&self, answers: &[(Question, Option<bool>)]) -> Result<Vec<LawVerdict>> {
        Ok(laws::check(&self.law_input(answers)?))
    }

    /// The legislation check with the kept answers, for a screen in `lang`.
    pub fn law_check(&self, lang: Lang) -> Result<LawCheck> {
        let verdicts = self.laws(&[])?;
        let answers = self.law_answers()?;
        let questions = Question::ALL
            .into_iter()
            .filter(|q| {
                answers.iter().any(|a| a.question == *q)
                    || verdicts.iter().any(|v| v.questions.contains(q))
            })
            .collect();
        let lines = verdicts
            .into_iter()
            .map(|v| LawLine {
                params: v
                    .params_in(lang)
                    .into_iter()
                    .map(|(k, x)| (k.to_string(), x))
                    .collect(),
                verdict: v,
            })
            .collect();
        Ok(LawCheck {
            lines,
            answers,
            questions,
        })
    }
}
