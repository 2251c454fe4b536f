//! Reads and writes the actions of steps 3 and 4, with their updates and evidence files.
//! Purchasing practices, corrective-action-plan items and the context log are in
//! `monitoring.rs`.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::model::action::{check_evidence, ActionStatus, Effectiveness, ExitPlan, MeasureType};
use crate::model::{Action, ActionUpdate, EvidenceFile};
use crate::Dossier;

use super::{delete, require};

const ACTION_COLUMNS: &str = "id, risk_id, title, measure, owner, people, budget_eur, start_on,
    deadline, status, goal, kpi_id, stakeholders, supplier_id, sensitive";

fn action_from_row(r: &Row<'_>) -> rusqlite::Result<(Action, String, String)> {
    Ok((
        Action {
            id: r.get(0)?,
            risk_id: r.get(1)?,
            title: r.get(2)?,
            measure: MeasureType::UseLeverage,
            owner: r.get(4)?,
            people: r.get(5)?,
            budget_eur: r.get(6)?,
            start_on: r.get(7)?,
            deadline: r.get(8)?,
            status: ActionStatus::Planned,
            goal: r.get(10)?,
            kpi_id: r.get(11)?,
            stakeholders: r.get(12)?,
            supplier_id: r.get(13)?,
            sensitive: r.get(14)?,
            exit: None,
        },
        r.get(3)?,
        r.get(9)?,
    ))
}

pub(crate) fn load_actions(conn: &Connection, only: Option<i64>) -> Result<Vec<Action>> {
    let rows: Vec<(Action, String, String)> = conn
        .prepare(&format!(
            "SELECT {ACTION_COLUMNS} FROM action WHERE ?1 IS NULL OR id = ?1 ORDER BY id"
        ))?
        .query_map([only], action_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut exits = load_exits(conn, only)?.into_iter().peekable();
    Ok(rows
        .into_iter()
        .map(|(mut a, measure, status)| {
            a.measure = MeasureType::parse(&measure).unwrap_or(MeasureType::UseLeverage);
            a.status = ActionStatus::parse(&status).unwrap_or(ActionStatus::Planned);
            while exits.next_if(|(id, _)| *id < a.id).is_some() {}
            a.exit = exits.next_if(|(id, _)| *id == a.id).map(|(_, e)| e);
            a
        })
        .collect())
}

/// The exit plans of responsible disengagements, by action id in id order.
fn load_exits(conn: &Connection, only: Option<i64>) -> Result<Vec<(i64, ExitPlan)>> {
    Ok(conn
        .prepare_cached(
            "SELECT action_id, reason, severity, crucial, notice, workers, informed, ends_on
               FROM action_exit WHERE ?1 IS NULL OR action_id = ?1 ORDER BY action_id",
        )?
        .query_map([only], |r| {
            Ok((
                r.get(0)?,
                ExitPlan {
                    reason: r.get(1)?,
                    severity: r.get(2)?,
                    crucial: r.get(3)?,
                    notice: r.get(4)?,
                    workers: r.get(5)?,
                    informed: r.get(6)?,
                    ends_on: r.get(7)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Replaces the exit plan of action `id` (none for `None`); the caller owns the
/// transaction.
fn write_exit(conn: &Connection, id: i64, exit: Option<&ExitPlan>) -> Result<()> {
    crate::store::exec(conn, "DELETE FROM action_exit WHERE action_id = ?1", [id])?;
    if let Some(e) = exit {
        crate::store::exec(
            conn,
            "INSERT INTO action_exit
                    (action_id, reason, severity, crucial, notice, workers, informed, ends_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id, e.reason, e.severity, e.crucial, e.notice, e.workers, e.informed, e.ends_on
            ],
        )?;
    }
    Ok(())
}

/// A responsible disengagement that is done ends the relationship with its supplier:
/// the supplier's end date and the exit's effect on workers (S3.4) come from the exit
/// plan where the supplier's record has none yet.
fn end_relationship(conn: &Connection, a: &Action) -> Result<()> {
    let (Some(supplier), Some(exit)) = (a.supplier_id, &a.exit) else {
        return Ok(());
    };
    if a.measure != MeasureType::ResponsibleDisengagement || a.status != ActionStatus::Done {
        return Ok(());
    }
    crate::store::exec(
        conn,
        "UPDATE supplier SET ended_on = coalesce(ended_on, ?2),
                             exit_impact = coalesce(exit_impact, ?3)
          WHERE id = ?1",
        params![supplier, exit.ends_on, exit.workers],
    )?;
    Ok(())
}

pub(crate) fn write_action(conn: &Connection, a: &Action) -> Result<i64> {
    require(conn, "risk", a.risk_id)?;
    if let Some(k) = a.kpi_id {
        require(conn, "kpi", k)?;
    }
    if let Some(s) = a.supplier_id {
        require(conn, "supplier", s)?;
    }
    let values = params![
        a.risk_id,
        a.title,
        a.measure.as_str(),
        a.owner,
        a.people,
        a.budget_eur,
        a.start_on,
        a.deadline,
        a.status.as_str(),
        a.goal,
        a.kpi_id,
        a.stakeholders,
        a.supplier_id,
        a.sensitive,
    ];
    if a.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO action (risk_id, title, measure, owner, people, budget_eur, start_on,
                deadline, status, goal, kpi_id, stakeholders, supplier_id, sensitive)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            values,
        )?;
        let id = conn.last_insert_rowid();
        write_exit(conn, id, a.exit.as_ref())?;
        end_relationship(conn, a)?;
        return Ok(id);
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE action SET risk_id = ?1, title = ?2, measure = ?3, owner = ?4, people = ?5,
            budget_eur = ?6, start_on = ?7, deadline = ?8, status = ?9, goal = ?10,
            kpi_id = ?11, stakeholders = ?12, supplier_id = ?13, sensitive = ?14
         WHERE id = ?15",
        rusqlite::params_from_iter(
            values
                .iter()
                .copied()
                .chain([&a.id as &dyn rusqlite::ToSql]),
        ),
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "action".into(),
            id: a.id,
        });
    }
    write_exit(conn, a.id, a.exit.as_ref())?;
    end_relationship(conn, a)?;
    Ok(a.id)
}

pub(crate) fn load_updates(conn: &Connection) -> Result<Vec<ActionUpdate>> {
    let rows: Vec<(ActionUpdate, String)> = conn
        .prepare(
            "SELECT id, action_id, written_on, progress, effectiveness FROM action_update
             ORDER BY id",
        )?
        .query_map([], |r| {
            Ok((
                ActionUpdate {
                    id: r.get(0)?,
                    action_id: r.get(1)?,
                    written_on: r.get(2)?,
                    progress: r.get(3)?,
                    effectiveness: Effectiveness::NotJudged,
                },
                r.get(4)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .map(|(mut u, e)| {
            u.effectiveness = Effectiveness::parse(&e).unwrap_or(Effectiveness::NotJudged);
            u
        })
        .collect())
}

pub(crate) fn write_update(conn: &Connection, u: &ActionUpdate) -> Result<i64> {
    require(conn, "action", u.action_id)?;
    if u.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO action_update (action_id, written_on, progress, effectiveness)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                u.action_id,
                u.written_on,
                u.progress,
                u.effectiveness.as_str()
            ],
        )?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE action_update SET action_id = ?1, written_on = ?2, progress = ?3,
            effectiveness = ?4 WHERE id = ?5",
        params![
            u.action_id,
            u.written_on,
            u.progress,
            u.effectiveness.as_str(),
            u.id
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "update".into(),
            id: u.id,
        });
    }
    Ok(u.id)
}

/// Of an action only what the reminders look at: its id, title, status and deadline.
/// Much lighter than whole actions in a large dossier.
pub(crate) struct LightAction {
    pub id: i64,
    pub title: String,
    pub status: ActionStatus,
    pub deadline: Option<String>,
}

impl LightAction {
    pub fn is_overdue(&self, today: &str) -> bool {
        crate::model::action::overdue(self.status, self.deadline.as_deref(), today)
    }
}

/// Every action as a [`LightAction`], in the order they were recorded.
pub(crate) fn load_light(conn: &Connection) -> Result<Vec<LightAction>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, title, status, deadline FROM action ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(LightAction {
            id: r.get(0)?,
            title: r.get(1)?,
            status: super::decode("status", &r.get::<_, String>(2)?, ActionStatus::parse)?,
            deadline: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Of an action what the dashboard's steps 3 and 4 look at.
pub(crate) struct PlanRow {
    pub risk_id: i64,
    pub measure: MeasureType,
    pub status: ActionStatus,
    /// Past its deadline on the day asked for (see [`crate::model::action::overdue`]).
    pub overdue: bool,
    /// In progress, and no update recorded.
    pub without_update: bool,
    /// The two latest judged notes' judgements, newest first (`not_judged` if fewer).
    pub recent: [Effectiveness; 2],
    /// A disengagement with a written reason (see [`Action::exit_explained`]).
    pub explained: bool,
}

/// Every action as a [`PlanRow`] on `today`, in the order they were recorded.
pub(crate) fn load_plan_rows(conn: &Connection, today: &str) -> Result<Vec<PlanRow>> {
    // One walk over the notes, by action and newest first (the index
    // `action_update_by_action`): which actions have a note, and the judgements of the
    // two latest judged ones. Both lists come in id order, so they are merged, not hashed.
    let mut noted: Vec<(i64, [Effectiveness; 2])> = Vec::new();
    let mut filled = 0;
    let mut notes = conn.prepare_cached(
        "SELECT action_id, effectiveness FROM action_update
         ORDER BY action_id, written_on DESC, id DESC",
    )?;
    let mut rows = notes.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        if noted.last().is_none_or(|(last, _)| *last != id) {
            noted.push((id, [Effectiveness::NotJudged; 2]));
            filled = 0;
        }
        let e = super::decode("effectiveness", super::text_at(r, 1)?, Effectiveness::parse)?;
        if filled < 2 && e != Effectiveness::NotJudged {
            if let Some((_, recent)) = noted.last_mut() {
                recent[filled] = e;
            }
            filled += 1;
        }
    }
    // The few disengagements with a written reason, in id order, merged like the notes.
    let explained: Vec<i64> = conn
        .prepare_cached(
            "SELECT action_id FROM action_exit WHERE reason IS NOT NULL ORDER BY action_id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut next_explained = explained.iter().peekable();
    let mut next = noted.iter().peekable();
    let mut stmt = conn
        .prepare_cached("SELECT id, risk_id, measure, status, deadline FROM action ORDER BY id")?;
    let mut out = Vec::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        while next.next_if(|(a, _)| *a < id).is_some() {}
        let notes = next.next_if(|(a, _)| *a == id).map(|(_, recent)| *recent);
        while next_explained.next_if(|a| **a < id).is_some() {}
        let explained = next_explained.next_if(|a| **a == id).is_some();
        let status = super::decode("status", super::text_at(r, 3)?, ActionStatus::parse)?;
        out.push(PlanRow {
            risk_id: r.get(1)?,
            measure: super::decode("measure", super::text_at(r, 2)?, MeasureType::parse)?,
            status,
            overdue: crate::model::action::overdue(status, super::opt_text_at(r, 4)?, today),
            without_update: status == ActionStatus::InProgress && notes.is_none(),
            recent: notes.unwrap_or([Effectiveness::NotJudged; 2]),
            explained,
        });
    }
    Ok(out)
}

pub(crate) fn load_evidence_list(conn: &Connection) -> Result<Vec<EvidenceFile>> {
    Ok(conn
        .prepare(
            "SELECT id, action_id, file_name, size, added_on FROM evidence ORDER BY action_id, id",
        )?
        .query_map([], |r| {
            Ok(EvidenceFile {
                id: r.get(0)?,
                action_id: r.get(1)?,
                file_name: r.get(2)?,
                size: r.get(3)?,
                added_on: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn insert_evidence(
    conn: &Connection,
    action_id: i64,
    file_name: &str,
    content: &[u8],
    added_on: &str,
) -> Result<i64> {
    let name = check_evidence(file_name, content.len())?;
    require(conn, "action", action_id)?;
    crate::store::exec(
        conn,
        "INSERT INTO evidence (action_id, file_name, size, content, added_on)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![action_id, name, content.len() as i64, content, added_on],
    )?;
    Ok(conn.last_insert_rowid())
}

impl Dossier {
    pub fn actions(&self) -> Result<Vec<Action>> {
        load_actions(self.conn(), None)
    }

    /// Saves an action with its exit plan, in one transaction; a responsible
    /// disengagement that is done also ends the supplier relationship.
    pub fn save_action(&mut self, a: &Action) -> Result<Action> {
        let a = a.validated()?;
        let tx = self.conn_mut().transaction()?;
        let id = write_action(&tx, &a)?;
        tx.commit()?;
        load_actions(self.conn(), Some(id))?
            .pop()
            .ok_or(Error::NotFoundRecord {
                what: "action".into(),
                id,
            })
    }

    /// Deletes an action with its updates and evidence files.
    pub fn delete_action(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "action", "action", id)
    }

    pub fn save_action_update(&mut self, u: &ActionUpdate) -> Result<ActionUpdate> {
        let u = u.validated()?;
        let id = write_update(self.conn(), &u)?;
        Ok(ActionUpdate { id, ..u })
    }

    pub fn delete_action_update(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "action_update", "update", id)
    }

    /// Stores an evidence file inside the dossier; refused above the size limit.
    pub fn add_evidence(
        &mut self,
        action_id: i64,
        file_name: &str,
        content: &[u8],
        today: &str,
    ) -> Result<EvidenceFile> {
        let id = insert_evidence(self.conn(), action_id, file_name, content, today)?;
        load_evidence_list(self.conn())?
            .into_iter()
            .find(|e| e.id == id)
            .ok_or(Error::NotFoundRecord {
                what: "evidence".into(),
                id,
            })
    }

    /// The name and bytes of an evidence file.
    pub fn evidence_content(&self, id: i64) -> Result<(String, Vec<u8>)> {
        self.conn()
            .query_row(
                "SELECT file_name, content FROM evidence WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFoundRecord {
                what: "evidence".into(),
                id,
            })
    }

    pub fn delete_evidence(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "evidence", "evidence", id)
    }
}
