//! Reads and writes the stakeholder register and the engagement log (SH1).

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::model::stakeholder::{Influence, StakeholderKind};
use crate::model::{Engagement, Stakeholder};
use crate::Dossier;

use super::{delete, require, update};

pub(crate) fn load_stakeholders(conn: &Connection) -> Result<Vec<Stakeholder>> {
    let rows: Vec<(Stakeholder, String, Option<String>)> = conn
        .prepare(
            "SELECT id, name, kind, interest, influence, contact, vulnerable, sensitive
             FROM stakeholder ORDER BY id",
        )?
        .query_map([], |r| {
            Ok((
                Stakeholder {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: StakeholderKind::Other,
                    interest: r.get(3)?,
                    influence: None,
                    contact: r.get(5)?,
                    vulnerable: r.get(6)?,
                    sensitive: r.get(7)?,
                },
                r.get(2)?,
                r.get(4)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .map(|(mut s, kind, influence)| {
            s.kind = StakeholderKind::parse(&kind).unwrap_or(StakeholderKind::Other);
            s.influence = influence.as_deref().and_then(Influence::parse);
            s
        })
        .collect())
}

pub(crate) fn write_stakeholder(conn: &Connection, s: &Stakeholder) -> Result<i64> {
    let values = params![
        s.name,
        s.kind.as_str(),
        s.interest,
        s.influence.map(|i| i.as_str()),
        s.contact,
        s.vulnerable,
        s.sensitive,
    ];
    if s.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO stakeholder (name, kind, interest, influence, contact, vulnerable,
                sensitive) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    update(
        conn,
        "UPDATE stakeholder SET name = ?1, kind = ?2, interest = ?3, influence = ?4,
            contact = ?5, vulnerable = ?6, sensitive = ?7 WHERE id = ?8",
        values,
        "stakeholder",
        s.id,
    )
}

pub(crate) fn load_engagements(conn: &Connection) -> Result<Vec<Engagement>> {
    let rows = conn
        .prepare(
            "SELECT id, stakeholder_id, held_on, step, about, risk_id, action_id, said,
                follow_up, followed_up_on
             FROM engagement ORDER BY held_on, id",
        )?
        .query_map([], |r| {
            Ok(Engagement {
                id: r.get(0)?,
                stakeholder_id: r.get(1)?,
                held_on: r.get(2)?,
                step: r.get(3)?,
                about: r.get(4)?,
                risk_id: r.get(5)?,
                action_id: r.get(6)?,
                said: r.get(7)?,
                follow_up: r.get(8)?,
                followed_up_on: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(crate) fn write_engagement(conn: &Connection, e: &Engagement) -> Result<i64> {
    require(conn, "stakeholder", e.stakeholder_id)?;
    if let Some(r) = e.risk_id {
        require(conn, "risk", r)?;
    }
    if let Some(a) = e.action_id {
        require(conn, "action", a)?;
    }
    let values = params![
        e.stakeholder_id,
        e.held_on,
        e.step,
        e.about,
        e.risk_id,
        e.action_id,
        e.said,
        e.follow_up,
        e.followed_up_on,
    ];
    if e.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO engagement (stakeholder_id, held_on, step, about, risk_id, action_id,
                said, follow_up, followed_up_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    update(
        conn,
        "UPDATE engagement SET stakeholder_id = ?1, held_on = ?2, step = ?3, about = ?4,
            risk_id = ?5, action_id = ?6, said = ?7, follow_up = ?8, followed_up_on = ?9
         WHERE id = ?10",
        values,
        "engagement",
        e.id,
    )
}

impl Dossier {
    pub fn stakeholders(&self) -> Result<Vec<Stakeholder>> {
        load_stakeholders(self.conn())
    }

    pub fn save_stakeholder(&mut self, s: &Stakeholder) -> Result<Stakeholder> {
        let s = s.validated()?;
        let id = write_stakeholder(self.conn(), &s)?;
        Ok(Stakeholder { id, ..s })
    }

    /// Deletes a stakeholder and its engagements.
    pub fn delete_stakeholder(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "stakeholder", "stakeholder", id)
    }

    /// The engagement log, oldest first.
    pub fn engagements(&self) -> Result<Vec<Engagement>> {
        load_engagements(self.conn())
    }

    pub fn save_engagement(&mut self, e: &Engagement) -> Result<Engagement> {
        let e = e.validated()?;
        let id = write_engagement(self.conn(), &e)?;
        Ok(Engagement { id, ..e })
    }

    pub fn delete_engagement(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "engagement", "engagement", id)
    }
}
