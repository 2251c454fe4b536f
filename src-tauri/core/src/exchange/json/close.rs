//! Closing a reporting year (D3): the dossier's content as a JSON document, frozen
//! inside the dossier, so that the year's reports come out the same every time after
//! (ADR 0005). An operation on top of the store and the JSON export.

use crate::error::{Error, Result};
use crate::model::date::check_timestamp;
use crate::model::year::check_year;
use crate::model::YearStatus;
use crate::store::year::write_snapshot;
use crate::Dossier;

use super::{ClosedYearJson, DossierJson};
use crate::laws::{self, LawInput, LawVerdict};

/// The maturity suggested per step for `year` of a document, as on `as_of`.
fn maturity_of(doc: &DossierJson, year: i32, as_of: &str) -> Vec<crate::maturity::Suggestion> {
    let mut ranked = doc.clone();
    super::prioritise(&mut ranked);
    let m = crate::report::model::build(&ranked, year, None, as_of);
    crate::report::maturity::suggestions(&m)
}

/// The legislation check over a document: its company, the goods of its chains, whether
/// it sells products and its answers.
pub fn law_check_of(doc: &DossierJson) -> Vec<LawVerdict> {
    let goods = doc
        .purchased_items
        .iter()
        .flat_map(|i| i.reference_goods.iter().map(String::as_str));
    let sells_to = doc
        .sold_items
        .iter()
        .flat_map(|i| i.countries.iter().map(String::as_str));
    laws::check(&LawInput::of(
        &doc.company,
        goods,
        sells_to,
        !doc.sold_items.is_empty(),
        &doc.law_answers,
    ))
}

impl Dossier {
    /// Closes `year` at `closed_at` (`YYYY-MM-DDTHH:MM:SSZ`): its content is frozen
    /// inside the dossier, its status becomes closed, and the next year exists and
    /// becomes active if this one was. Risks, actions, KPIs and the policy are not
    /// bound to a year, so everything still open simply carries over.
    pub fn close_year(&mut self, year: i32, closed_at: &str) -> Result<()> {
        if check_timestamp(closed_at).is_none() {
            return Err(Error::Invalid {
                field: "closed_at".into(),
                value: closed_at.into(),
            });
        }
        // The state is frozen and the year closed in one write transaction, taken
        // before anything is read: a write by another process (an import) lands wholly
        // before or wholly after the snapshot, and a second close of the same year waits
        // and then finds it closed.
        let tx = rusqlite::Transaction::new_unchecked(
            self.conn(),
            rusqlite::TransactionBehavior::Immediate,
        )?;
        if self.year_status(year)? == YearStatus::Closed {
            return Err(Error::YearClosed { year });
        }
        let mut doc = super::export(self)?;
        doc.closed_years.clear();
        for e in &mut doc.evidence {
            // The file stays in the dossier; the frozen year keeps its name and date.
            e.content_base64.clear();
        }
        for y in &mut doc.years {
            if y.year == year {
                y.status = YearStatus::Closed;
            }
        }
        doc.law_check = law_check_of(&doc);
        doc.maturity_check = maturity_of(&doc, year, &closed_at[..10]);
        let snapshot = ClosedYearJson {
            year,
            closed_at: closed_at.into(),
            content: super::to_text(&doc),
        };
        let was_active = self.active_year()? == Some(year);
        let next = year + 1;
        let next_exists = self.years()?.iter().any(|y| y.year == next);
        write_snapshot(&tx, &snapshot)?;
        crate::store::exec(
            &tx,
            "UPDATE reporting_year SET status = 'closed' WHERE year = ?1",
            [year],
        )?;
        if !next_exists && check_year(next).is_ok() {
            crate::store::exec(
                &tx,
                "INSERT INTO reporting_year (year, status) VALUES (?1, 'open')",
                [next],
            )?;
        }
        if was_active && check_year(next).is_ok() {
            crate::store::exec(
                &tx,
                "UPDATE dossier_meta SET value = ?1 WHERE key = 'active_year'",
                [next.to_string()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
