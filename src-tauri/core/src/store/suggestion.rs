//! Stores the answers to risk suggestions (the suggestions with their answers, and
//! accepting one, are a view: `crate::views::risk_suggestions`).

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::suggestions::{SuggestionAnswer, SuggestionDecision};
use crate::Dossier;

pub(crate) fn load_decisions(conn: &Connection) -> Result<Vec<SuggestionDecision>> {
    let rows: Vec<(SuggestionDecision, String)> = conn
        .prepare(
            "SELECT key, decision, reason, decided_on, risk_id FROM suggestion_decision
             ORDER BY decided_on, key",
        )?
        .query_map([], |r| {
            Ok((
                SuggestionDecision {
                    key: r.get(0)?,
                    answer: SuggestionAnswer::Dismissed,
                    reason: r.get(2)?,
                    decided_on: r.get(3)?,
                    risk_id: r.get(4)?,
                },
                r.get(1)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .map(|(mut d, answer)| {
            d.answer = SuggestionAnswer::parse(&answer).unwrap_or(SuggestionAnswer::Dismissed);
            d
        })
        .collect())
}

pub(crate) fn write_decision(conn: &Connection, d: &SuggestionDecision) -> Result<()> {
    crate::store::exec(
        conn,
        "INSERT OR REPLACE INTO suggestion_decision (key, decision, reason, decided_on, risk_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![d.key, d.answer.as_str(), d.reason, d.decided_on, d.risk_id],
    )?;
    Ok(())
}

impl Dossier {
    /// Takes back an answer; a risk created on accepting stays in the register.
    pub fn reopen_suggestion(&mut self, key: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM suggestion_decision WHERE key = ?1", [key])?;
        Ok(())
    }
}
