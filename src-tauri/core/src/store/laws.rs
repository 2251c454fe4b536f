//! The answers to the questions of the legislation check (B1).

use rusqlite::Connection;

use crate::error::Result;
use crate::laws::{LawAnswer, Question};
use crate::Dossier;

/// The answers kept in the dossier, in the order of [`Question::ALL`]. A question this
/// version does not know (none today) is passed over.
pub(crate) fn load_law_answers(conn: &Connection) -> Result<Vec<LawAnswer>> {
    let mut stmt = conn.prepare_cached("SELECT question, answer FROM law_answer")?;
    let mut out: Vec<LawAnswer> = stmt
        .query_map([], |r| {
            Ok((Question::parse(super::text_at(r, 0)?), r.get::<_, bool>(1)?))
        })?
        .filter_map(|row| match row {
            Ok((Some(question), answer)) => Some(Ok(LawAnswer { question, answer })),
            Ok((None, _)) => None,
            Err(e) => Some(Err(e)),
        })
        .collect::<rusqlite::Result<_>>()?;
    out.sort_by_key(|a| a.question);
    Ok(out)
}

/// Keeps one answer, or forgets it (`None`), in the caller's transaction.
pub(crate) fn write_law_answer(
    conn: &Connection,
    question: Question,
    answer: Option<bool>,
) -> Result<()> {
    match answer {
        Some(a) => super::exec(
            conn,
            "INSERT INTO law_answer (question, answer) VALUES (?1, ?2)
             ON CONFLICT (question) DO UPDATE SET answer = excluded.answer",
            rusqlite::params![question.as_str(), a],
        )?,
        None => super::exec(
            conn,
            "DELETE FROM law_answer WHERE question = ?1",
            [question.as_str()],
        )?,
    };
    Ok(())
}

impl Dossier {
    /// The questions of the legislation check the company answered.
    pub fn law_answers(&self) -> Result<Vec<LawAnswer>> {
        load_law_answers(self.conn())
    }

    /// Answers a question of the legislation check, or takes the answer back (`None`):
    /// the question is open again.
    pub fn set_law_answer(&mut self, question: Question, answer: Option<bool>) -> Result<()> {
        write_law_answer(self.conn(), question, answer)
    }

    /// Several answers in one transaction: all kept, or none.
    pub fn set_law_answers(&mut self, answers: &[(Question, Option<bool>)]) -> Result<()> {
        let tx = self.conn_mut().transaction()?;
        for (question, answer) in answers {
            write_law_answer(&tx, *question, *answer)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Keeps exactly `answers`: every question not among them is open again.
    pub fn replace_law_answers(&mut self, answers: &[LawAnswer]) -> Result<()> {
        let all: Vec<(Question, Option<bool>)> = Question::ALL
            .into_iter()
            .map(|q| {
                let answer = answers.iter().rev().find(|a| a.question == q);
                (q, answer.map(|a| a.answer))
            })
            .collect();
        self.set_law_answers(&all)
    }
}
