//! Questionnaire rounds (B4): the round of a year, the request to each supplier and the
//! answers that came back.

use std::hash::{BuildHasher, Hasher};

use rusqlite::{Connection, OptionalExtension};

use super::exec;
use crate::error::{Error, Result};
use crate::model::YearStatus;
use crate::survey::{SurveyAnswer, SurveyRequest, SurveyRound};
use crate::Dossier;

/// A round from a row of `year, token, started_on, due_on`.
fn round_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<SurveyRound> {
    Ok(SurveyRound {
        year: r.get(0)?,
        token: r.get(1)?,
        started_on: r.get(2)?,
        due_on: r.get(3)?,
    })
}

pub(crate) fn load_rounds(conn: &Connection) -> Result<Vec<SurveyRound>> {
    let mut stmt = conn
        .prepare_cached("SELECT year, token, started_on, due_on FROM survey_round ORDER BY year")?;
    let rows = stmt.query_map([], round_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn write_round(conn: &Connection, r: &SurveyRound) -> Result<()> {
    exec(
        conn,
        "INSERT INTO survey_round (year, token, started_on, due_on) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (year) DO UPDATE SET due_on = excluded.due_on",
        rusqlite::params![r.year, r.token, r.started_on, r.due_on],
    )?;
    Ok(())
}

/// The requests of `year`, or of every year; by year, then supplier.
pub(crate) fn load_requests(conn: &Connection, year: Option<i32>) -> Result<Vec<SurveyRequest>> {
    let mut stmt = conn.prepare_cached(
        "SELECT year, supplier_id, lang, sent_on, reminded_on, returned_on, key
         FROM survey_request WHERE ?1 IS NULL OR year = ?1 ORDER BY year, supplier_id",
    )?;
    let rows = stmt.query_map([year], |r| {
        Ok(SurveyRequest {
            year: r.get(0)?,
            supplier_id: r.get(1)?,
            lang: r.get(2)?,
            sent_on: r.get(3)?,
            reminded_on: r.get(4)?,
            returned_on: r.get(5)?,
            key: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn write_request(conn: &Connection, r: &SurveyRequest) -> Result<()> {
    exec(
        conn,
        "INSERT INTO survey_request (year, supplier_id, lang, sent_on, reminded_on, returned_on,
             key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (year, supplier_id) DO UPDATE SET lang = excluded.lang,
             sent_on = excluded.sent_on, reminded_on = excluded.reminded_on,
             returned_on = excluded.returned_on, key = excluded.key",
        rusqlite::params![
            r.year,
            r.supplier_id,
            r.lang,
            r.sent_on,
            r.reminded_on,
            r.returned_on,
            r.key
        ],
    )?;
    Ok(())
}

/// The answers of `year` (or every year), by year, supplier and question.
pub(crate) fn load_answers(conn: &Connection, year: Option<i32>) -> Result<Vec<SurveyAnswer>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.year, r.supplier_id, a.question, a.value, a.raw, a.explanation
         FROM survey_answer a JOIN survey_request r ON r.id = a.request_id
         WHERE ?1 IS NULL OR r.year = ?1 ORDER BY r.year, r.supplier_id, a.question",
    )?;
    let rows = stmt.query_map([year], |r| {
        Ok(SurveyAnswer {
            year: r.get(0)?,
            supplier_id: r.get(1)?,
            question: r.get(2)?,
            value: r.get(3)?,
            raw: r.get(4)?,
            explanation: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes an answer to the request of its year and supplier, which must exist.
pub(crate) fn write_answer(conn: &Connection, a: &SurveyAnswer) -> Result<()> {
    let written = exec(
        conn,
        "INSERT INTO survey_answer (request_id, question, value, raw, explanation)
         SELECT id, ?3, ?4, ?5, ?6 FROM survey_request WHERE year = ?1 AND supplier_id = ?2
         ON CONFLICT (request_id, question) DO UPDATE SET value = excluded.value,
             raw = excluded.raw, explanation = excluded.explanation",
        rusqlite::params![
            a.year,
            a.supplier_id,
            a.question,
            a.value,
            a.raw,
            a.explanation
        ],
    )?;
    if written == 0 {
        return Err(Error::NotFoundRecord {
            what: "survey_request".into(),
            id: a.supplier_id,
        });
    }
    Ok(())
}

/// 128 random bits as 32 hex digits from the operating system's random source: a
/// round's token, which only has to differ between dossiers, and a request's key, which
/// a supplier who holds another supplier's workbook of the same round cannot guess.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // No random source (not seen on the desktop platforms): the standard library's
        // per-process hash keys with the time.
        for (i, chunk) in bytes.chunks_mut(8).enumerate() {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(i);
            h.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0),
            );
            chunk.copy_from_slice(&h.finish().to_le_bytes());
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Answers that came back from one supplier, as one unit to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    pub year: i32,
    pub supplier_id: i64,
    pub returned_on: String,
    pub answers: Vec<SurveyAnswer>,
}

impl Dossier {
    pub fn survey_rounds(&self) -> Result<Vec<SurveyRound>> {
        load_rounds(self.conn())
    }

    pub fn survey_round(&self, year: i32) -> Result<Option<SurveyRound>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT year, token, started_on, due_on FROM survey_round WHERE year = ?1",
            )?
            .query_row([year], round_of)
            .optional()?)
    }

    pub fn survey_requests(&self, year: i32) -> Result<Vec<SurveyRequest>> {
        load_requests(self.conn(), Some(year))
    }

    /// The answers of `year` (every year with `None`).
    pub fn survey_answers(&self, year: Option<i32>) -> Result<Vec<SurveyAnswer>> {
        load_answers(self.conn(), year)
    }

    fn require_open(&self, year: i32) -> Result<()> {
        if self.year_status(year)? == YearStatus::Closed {
            return Err(Error::YearClosed { year });
        }
        Ok(())
    }

    /// Starts the round of `year` (or keeps the one there, with the new due date) and
    /// adds a request, sent `today`, for each supplier given that has none yet in it,
    /// with the code of its questionnaire language and a key of its own. Returns the
    /// round and the requests that were added.
    pub fn start_survey(
        &mut self,
        year: i32,
        due_on: &str,
        today: &str,
        suppliers: &[(i64, String)],
    ) -> Result<(SurveyRound, Vec<SurveyRequest>)> {
        self.require_open(year)?;
        let existing = self.survey_round(year)?;
        let round = match existing {
            Some(r) => SurveyRound {
                due_on: due_on.to_string(),
                ..r
            },
            None => SurveyRound {
                year,
                token: new_token(),
                started_on: today.to_string(),
                due_on: due_on.to_string(),
            },
        }
        .validated()?;
        let known: Vec<i64> = self
            .survey_requests(year)?
            .into_iter()
            .map(|r| r.supplier_id)
            .collect();
        let tx = self.conn_mut().transaction()?;
        write_round(&tx, &round)?;
        let mut added = Vec::new();
        for (supplier_id, lang) in suppliers {
            if known.contains(supplier_id)
                || added
                    .iter()
                    .any(|r: &SurveyRequest| r.supplier_id == *supplier_id)
            {
                continue;
            }
            super::require(&tx, "supplier", *supplier_id)?;
            let request = SurveyRequest {
                year,
                supplier_id: *supplier_id,
                lang: lang.clone(),
                sent_on: today.to_string(),
                reminded_on: None,
                returned_on: None,
                key: Some(new_token()),
            }
            .validated()?;
            write_request(&tx, &request)?;
            added.push(request);
        }
        tx.commit()?;
        Ok((self.survey_round(year)?.unwrap_or(round), added))
    }

    /// Notes that the suppliers given were reminded `today`; returned requests are left
    /// as they are. Returns how many were marked.
    pub fn remind_survey(&mut self, year: i32, suppliers: &[i64], today: &str) -> Result<usize> {
        self.require_open(year)?;
        let today = crate::model::date::check_date("survey.reminded_on", today)?;
        let tx = self.conn_mut().transaction()?;
        let mut n = 0;
        for id in suppliers {
            n += exec(
                &tx,
                "UPDATE survey_request SET reminded_on = ?3
                 WHERE year = ?1 AND supplier_id = ?2 AND returned_on IS NULL",
                rusqlite::params![year, id, today],
            )?;
        }
        tx.commit()?;
        Ok(n)
    }

    /// Stores what came back, all of it or, when one part is refused, none. A second
    /// return of the same supplier replaces the answers of the first.
    pub fn store_returned(&mut self, returned: &[Returned]) -> Result<()> {
        for r in returned {
            self.require_open(r.year)?;
        }
        let checked = returned
            .iter()
            .map(|r| {
                Ok(Returned {
                    returned_on: crate::model::date::check_date(
                        "survey.returned_on",
                        &r.returned_on,
                    )?,
                    answers: r
                        .answers
                        .iter()
                        .map(|a| {
                            if (a.year, a.supplier_id) != (r.year, r.supplier_id) {
                                return Err(Error::Invalid {
                                    field: "survey.supplier".into(),
                                    value: a.supplier_id.to_string(),
                                });
                            }
                            a.validated()
                        })
                        .collect::<Result<Vec<_>>>()?,
                    ..r.clone()
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let tx = self.conn_mut().transaction()?;
        for r in &checked {
            let updated = exec(
                &tx,
                "UPDATE survey_request SET returned_on = ?3 WHERE year = ?1 AND supplier_id = ?2",
                rusqlite::params![r.year, r.supplier_id, r.returned_on],
            )?;
            if updated == 0 {
                return Err(Error::NotFoundRecord {
                    what: "survey_request".into(),
                    id: r.supplier_id,
                });
            }
            exec(
                &tx,
                "DELETE FROM survey_answer WHERE request_id =
                     (SELECT id FROM survey_request WHERE year = ?1 AND supplier_id = ?2)",
                rusqlite::params![r.year, r.supplier_id],
            )?;
            for a in &r.answers {
                write_answer(&tx, a)?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
