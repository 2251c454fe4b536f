//! Reads and writes what steps 3 and 4 follow besides the actions: purchasing practices
//! per supplier, the items of corrective action plans, and the context log.

use rusqlite::{params, Connection};

use crate::error::{Error, Result};
use crate::model::action::Practice;
use crate::model::follow_up::Compliance;
use crate::model::{AgreementCheck, CapItem, ContextEntry, PracticeCheck};
use crate::Dossier;

use super::{delete, require};

pub(crate) fn load_practices(conn: &Connection) -> Result<Vec<PracticeCheck>> {
    let rows: Vec<(i64, String, bool, Option<String>)> = conn
        .prepare(
            "SELECT supplier_id, practice, applied, note FROM purchasing_practice
             ORDER BY supplier_id, practice",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(supplier_id, p, applied, note)| {
            Practice::parse(&p).map(|practice| PracticeCheck {
                supplier_id,
                practice,
                applied,
                note,
            })
        })
        .collect())
}

pub(crate) fn write_practice(conn: &Connection, p: &PracticeCheck) -> Result<()> {
    require(conn, "supplier", p.supplier_id)?;
    crate::store::exec(
        conn,
        "INSERT OR REPLACE INTO purchasing_practice (supplier_id, practice, applied, note)
         VALUES (?1, ?2, ?3, ?4)",
        params![p.supplier_id, p.practice.as_str(), p.applied, p.note],
    )?;
    Ok(())
}

/// The yearly agreement checks of one supplier (or all), oldest year first.
pub(crate) fn load_agreement_checks(
    conn: &Connection,
    supplier: Option<i64>,
) -> Result<Vec<AgreementCheck>> {
    Ok(conn
        .prepare(
            "SELECT supplier_id, year, paid_on_time, order_changes, code_followed_up, note
               FROM agreement_check WHERE ?1 IS NULL OR supplier_id = ?1
              ORDER BY supplier_id, year",
        )?
        .query_map([supplier], |r| {
            let answer = |i: usize, field: &str| -> rusqlite::Result<Compliance> {
                super::decode(field, &r.get::<_, String>(i)?, Compliance::parse)
            };
            Ok(AgreementCheck {
                supplier_id: r.get(0)?,
                year: r.get(1)?,
                paid_on_time: answer(2, "agreement_check.paid_on_time")?,
                order_changes: answer(3, "agreement_check.order_changes")?,
                code_followed_up: answer(4, "agreement_check.code_followed_up")?,
                note: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn write_agreement_check(conn: &Connection, c: &AgreementCheck) -> Result<()> {
    require(conn, "supplier", c.supplier_id)?;
    crate::store::exec(
        conn,
        "INSERT OR REPLACE INTO agreement_check
                (supplier_id, year, paid_on_time, order_changes, code_followed_up, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            c.supplier_id,
            c.year,
            c.paid_on_time.as_str(),
            c.order_changes.as_str(),
            c.code_followed_up.as_str(),
            c.note
        ],
    )?;
    Ok(())
}

fn delete_agreement_check(conn: &Connection, supplier_id: i64, year: i32) -> Result<()> {
    let changed = crate::store::exec(
        conn,
        "DELETE FROM agreement_check WHERE supplier_id = ?1 AND year = ?2",
        params![supplier_id, year],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "agreement_check".into(),
            id: supplier_id,
        });
    }
    Ok(())
}

pub(crate) fn load_cap_items(conn: &Connection) -> Result<Vec<CapItem>> {
    Ok(conn
        .prepare(
            "SELECT id, audit_id, description, deadline, done_on FROM cap_item
             ORDER BY audit_id, deadline IS NULL, deadline, id",
        )?
        .query_map([], |r| {
            Ok(CapItem {
                id: r.get(0)?,
                audit_id: r.get(1)?,
                description: r.get(2)?,
                deadline: r.get(3)?,
                done_on: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn write_cap_item(conn: &Connection, c: &CapItem) -> Result<i64> {
    require(conn, "supplier_audit", c.audit_id)?;
    if c.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO cap_item (audit_id, description, deadline, done_on)
             VALUES (?1, ?2, ?3, ?4)",
            params![c.audit_id, c.description, c.deadline, c.done_on],
        )?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE cap_item SET audit_id = ?1, description = ?2, deadline = ?3, done_on = ?4
         WHERE id = ?5",
        params![c.audit_id, c.description, c.deadline, c.done_on, c.id],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "cap_item".into(),
            id: c.id,
        });
    }
    Ok(c.id)
}

pub(crate) fn load_context(conn: &Connection) -> Result<Vec<ContextEntry>> {
    Ok(conn
        .prepare(
            "SELECT id, noted_on, country, item_id, description FROM context_entry
             ORDER BY id",
        )?
        .query_map([], |r| {
            Ok(ContextEntry {
                id: r.get(0)?,
                noted_on: r.get(1)?,
                country: r.get(2)?,
                item_id: r.get(3)?,
                description: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn write_context(conn: &Connection, c: &ContextEntry) -> Result<i64> {
    if let Some(i) = c.item_id {
        require(conn, "purchased_item", i)?;
    }
    if c.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO context_entry (noted_on, country, item_id, description)
             VALUES (?1, ?2, ?3, ?4)",
            params![c.noted_on, c.country, c.item_id, c.description],
        )?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE context_entry SET noted_on = ?1, country = ?2, item_id = ?3, description = ?4
         WHERE id = ?5",
        params![c.noted_on, c.country, c.item_id, c.description, c.id],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "context".into(),
            id: c.id,
        });
    }
    Ok(c.id)
}

impl Dossier {
    /// The practices of every supplier relationship that has any recorded.
    pub fn purchasing_practices(&self) -> Result<Vec<PracticeCheck>> {
        load_practices(self.conn())
    }

    /// Saves the practices of one form together: all of them, or none when any is
    /// refused (the error names the first).
    pub fn save_practices(&mut self, ps: &[PracticeCheck]) -> Result<Vec<PracticeCheck>> {
        let ps = ps
            .iter()
            .map(PracticeCheck::validated)
            .collect::<Result<Vec<_>>>()?;
        let tx = self.conn_mut().transaction()?;
        for p in &ps {
            write_practice(&tx, p)?;
        }
        tx.commit()?;
        Ok(ps)
    }

    /// The yearly agreement checks of one supplier or (with `None`) of all.
    pub fn agreement_checks(&self, supplier: Option<i64>) -> Result<Vec<AgreementCheck>> {
        load_agreement_checks(self.conn(), supplier)
    }

    /// Saves the check of one supplier for one year, replacing an earlier one of that
    /// year. `stored_year` is the year the check was stored under when the form changed
    /// its year: it moves, in one transaction.
    pub fn save_agreement_check(
        &mut self,
        c: &AgreementCheck,
        stored_year: Option<i32>,
    ) -> Result<AgreementCheck> {
        let c = c.validated()?;
        let tx = self.conn_mut().transaction()?;
        if let Some(year) = stored_year.filter(|y| *y != c.year) {
            delete_agreement_check(&tx, c.supplier_id, year)?;
        }
        write_agreement_check(&tx, &c)?;
        tx.commit()?;
        Ok(c)
    }

    pub fn delete_agreement_check(&mut self, supplier_id: i64, year: i32) -> Result<()> {
        delete_agreement_check(self.conn(), supplier_id, year)
    }

    pub fn cap_items(&self) -> Result<Vec<CapItem>> {
        load_cap_items(self.conn())
    }

    pub fn save_cap_item(&mut self, c: &CapItem) -> Result<CapItem> {
        let c = c.validated()?;
        let id = write_cap_item(self.conn(), &c)?;
        Ok(CapItem { id, ..c })
    }

    pub fn delete_cap_item(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "cap_item", "cap_item", id)
    }

    /// The context log, newest first.
    pub fn context_log(&self) -> Result<Vec<ContextEntry>> {
        let mut log = load_context(self.conn())?;
        log.sort_by(|a, b| b.noted_on.cmp(&a.noted_on).then(b.id.cmp(&a.id)));
        Ok(log)
    }

    pub fn save_context_entry(&mut self, c: &ContextEntry) -> Result<ContextEntry> {
        let c = c.validated()?;
        let id = write_context(self.conn(), &c)?;
        Ok(ContextEntry { id, ..c })
    }

    pub fn delete_context_entry(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "context_entry", "context", id)
    }
}
