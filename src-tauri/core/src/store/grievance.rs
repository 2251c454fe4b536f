//! Reads and writes the communication log (S5.1), the grievance mechanism and register
//! (S6.1, S6.3) and remedies (S6.2).

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::model::communication::{Channel, SharedReport};
use crate::model::grievance::RemedyRole;
use crate::model::grievance::{
    Criterion, CriterionAssessment, CriterionCheck, GrievanceChannel, GrievanceDecision,
    GrievanceStatus, GrievanceSummary, RemedyForm, RemedyStatus, Reporter,
};
use crate::model::policy::Audience;
use crate::model::risk::Theme;
use crate::model::{CommunicationEntry, Grievance, GrievanceMechanism, Remedy};
use crate::Dossier;

use super::{delete, require, update};

/// A stored code read back into its vocabulary; the schema's CHECK keeps it valid.
fn code<T>(r: &Row, i: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let s: String = r.get(i)?;
    parse(&s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("unknown code {s}").into(),
        )
    })
}

fn opt_code<T>(r: &Row, i: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<Option<T>> {
    let s: Option<String> = r.get(i)?;
    Ok(s.as_deref().and_then(parse))
}

pub(crate) fn load_communication_log(conn: &Connection) -> Result<Vec<CommunicationEntry>> {
    let rows = conn
        .prepare(
            "SELECT id, held_on, audience, recipients, channel, content, report_kind,
                report_year, sensitive
             FROM communication_log ORDER BY held_on, id",
        )?
        .query_map([], |r| {
            Ok(CommunicationEntry {
                id: r.get(0)?,
                held_on: r.get(1)?,
                audience: code(r, 2, Audience::parse)?,
                recipients: r.get(3)?,
                channel: code(r, 4, Channel::parse)?,
                content: r.get(5)?,
                report_kind: opt_code(r, 6, SharedReport::parse)?,
                report_year: r.get(7)?,
                sensitive: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(crate) fn write_communication_entry(conn: &Connection, c: &CommunicationEntry) -> Result<i64> {
    let values = params![
        c.held_on,
        c.audience.as_str(),
        c.recipients,
        c.channel.as_str(),
        c.content,
        c.report_kind.map(|k| k.as_str()),
        c.report_year,
        c.sensitive,
    ];
    if c.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO communication_log (held_on, audience, recipients, channel, content,
                report_kind, report_year, sensitive)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    update(
        conn,
        "UPDATE communication_log SET held_on = ?1, audience = ?2, recipients = ?3,
            channel = ?4, content = ?5, report_kind = ?6, report_year = ?7, sensitive = ?8
         WHERE id = ?9",
        values,
        "communication_log",
        c.id,
    )
}

pub(crate) fn load_mechanism(conn: &Connection) -> Result<GrievanceMechanism> {
    let mut m = conn
        .query_row(
            "SELECT description, acknowledge_days, decide_days FROM grievance_mechanism
             WHERE id = 1",
            [],
            |r| {
                Ok(GrievanceMechanism {
                    description: r.get(0)?,
                    acknowledge_days: r.get(1)?,
                    decide_days: r.get(2)?,
                    criteria: Vec::new(),
                })
            },
        )
        .optional()?
        .unwrap_or_default();
    m.criteria = conn
        .prepare("SELECT code, assessment, explanation FROM mechanism_criterion")?
        .query_map([], |r| {
            Ok(CriterionCheck {
                criterion: code(r, 0, Criterion::parse)?,
                assessment: code(r, 1, CriterionAssessment::parse)?,
                explanation: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    m.criteria.sort_by_key(|c| c.criterion);
    Ok(m)
}

/// Whether the mechanism was ever described or judged (for the JSON document).
pub(crate) fn mechanism_recorded(conn: &Connection) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT (SELECT count(*) FROM grievance_mechanism)
              + (SELECT count(*) FROM mechanism_criterion)",
        [],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

pub(crate) fn write_mechanism(conn: &Connection, m: &GrievanceMechanism) -> Result<()> {
    crate::store::exec(
        conn,
        "INSERT INTO grievance_mechanism (id, description, acknowledge_days, decide_days)
         VALUES (1, ?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET description = ?1, acknowledge_days = ?2,
            decide_days = ?3",
        params![m.description, m.acknowledge_days, m.decide_days],
    )?;
    crate::store::exec(conn, "DELETE FROM mechanism_criterion", [])?;
    for c in &m.criteria {
        crate::store::exec(
            conn,
            "INSERT INTO mechanism_criterion (code, assessment, explanation)
             VALUES (?1, ?2, ?3)",
            params![c.criterion.as_str(), c.assessment.as_str(), c.explanation],
        )?;
    }
    Ok(())
}

const GRIEVANCE_COLUMNS: &str = "id, received_on, channel, reporter, reporter_contact, theme,
    supplier_id, risk_id, country, description, assessed_by, assessment, acknowledged_on,
    assessment_started_on, decided_on, decision, closed_on, outcome, remedy, lessons, resolved";

fn grievance_of(r: &Row) -> rusqlite::Result<Grievance> {
    Ok(Grievance {
        id: r.get(0)?,
        received_on: r.get(1)?,
        channel: code(r, 2, GrievanceChannel::parse)?,
        reporter: code(r, 3, Reporter::parse)?,
        reporter_contact: r.get(4)?,
        theme: opt_code(r, 5, Theme::parse)?,
        supplier_id: r.get(6)?,
        risk_id: r.get(7)?,
        country: r.get(8)?,
        description: r.get(9)?,
        assessed_by: r.get(10)?,
        assessment: r.get(11)?,
        acknowledged_on: r.get(12)?,
        assessment_started_on: r.get(13)?,
        decided_on: r.get(14)?,
        decision: opt_code(r, 15, GrievanceDecision::parse)?,
        closed_on: r.get(16)?,
        outcome: r.get(17)?,
        remedy: r.get(18)?,
        lessons: r.get(19)?,
        resolved: r.get(20)?,
    })
}

pub(crate) fn load_grievances(conn: &Connection) -> Result<Vec<Grievance>> {
    let rows = conn
        .prepare(&format!(
            "SELECT {GRIEVANCE_COLUMNS} FROM grievance ORDER BY received_on, id"
        ))?
        .query_map([], grievance_of)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(crate) fn write_grievance(conn: &Connection, g: &Grievance) -> Result<i64> {
    if let Some(s) = g.supplier_id {
        require(conn, "supplier", s)?;
    }
    if let Some(r) = g.risk_id {
        require(conn, "risk", r)?;
    }
    let values = params![
        g.received_on,
        g.channel.as_str(),
        g.reporter.as_str(),
        g.reporter_contact,
        g.theme.map(|t| t.as_str()),
        g.supplier_id,
        g.risk_id,
        g.country,
        g.description,
        g.assessed_by,
        g.assessment,
        g.acknowledged_on,
        g.assessment_started_on,
        g.decided_on,
        g.decision.map(|d| d.as_str()),
        g.closed_on,
        g.outcome,
        g.remedy,
        g.lessons,
        g.resolved,
    ];
    if g.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO grievance (received_on, channel, reporter, reporter_contact, theme,
                supplier_id, risk_id, country, description, assessed_by, assessment,
                acknowledged_on, assessment_started_on, decided_on, decision, closed_on,
                outcome, remedy, lessons, resolved)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                ?17, ?18, ?19, ?20)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    update(
        conn,
        "UPDATE grievance SET received_on = ?1, channel = ?2, reporter = ?3,
            reporter_contact = ?4, theme = ?5, supplier_id = ?6, risk_id = ?7, country = ?8,
            description = ?9, assessed_by = ?10, assessment = ?11, acknowledged_on = ?12,
            assessment_started_on = ?13, decided_on = ?14, decision = ?15, closed_on = ?16,
            outcome = ?17, remedy = ?18, lessons = ?19, resolved = ?20
         WHERE id = ?21",
        values,
        "grievance",
        g.id,
    )
}

pub(crate) fn load_remedies(conn: &Connection) -> Result<Vec<Remedy>> {
    let rows = conn
        .prepare(
            "SELECT id, risk_id, grievance_id, form, description, role, role_reason,
                consulted, status, started_on, completed_on
             FROM remedy ORDER BY id",
        )?
        .query_map([], |r| {
            Ok(Remedy {
                id: r.get(0)?,
                risk_id: r.get(1)?,
                grievance_id: r.get(2)?,
                form: code(r, 3, RemedyForm::parse)?,
                description: r.get(4)?,
                role: code(r, 5, RemedyRole::parse)?,
                role_reason: r.get(6)?,
                consulted: r.get(7)?,
                status: code(r, 8, RemedyStatus::parse)?,
                started_on: r.get(9)?,
                completed_on: r.get(10)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Checks the remedy against its risk (which must be an actual impact) and writes it.
pub(crate) fn write_remedy(conn: &Connection, r: &Remedy) -> Result<(i64, Remedy)> {
    let risk: Option<(bool, Option<String>)> = conn
        .query_row(
            "SELECT actual, involvement FROM risk WHERE id = ?1",
            [r.risk_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let Some((actual, involvement)) = risk else {
        return Err(Error::NotFoundRecord {
            what: "risk".into(),
            id: r.risk_id,
        });
    };
    if !actual {
        // Remedy is for harm that happened; a potential impact is prevented instead.
        return Err(Error::Invalid {
            field: "remedy.risk_id".into(),
            value: r.risk_id.to_string(),
        });
    }
    let r = r.validated(
        involvement
            .as_deref()
            .and_then(crate::model::risk::Involvement::parse)
            .map(crate::remediation::expected_role),
    )?;
    if let Some(g) = r.grievance_id {
        require(conn, "grievance", g)?;
    }
    let values = params![
        r.risk_id,
        r.grievance_id,
        r.form.as_str(),
        r.description,
        r.role.as_str(),
        r.role_reason,
        r.consulted,
        r.status.as_str(),
        r.started_on,
        r.completed_on,
    ];
    let id = if r.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO remedy (risk_id, grievance_id, form, description, role, role_reason,
                consulted, status, started_on, completed_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        update(
            conn,
            "UPDATE remedy SET risk_id = ?1, grievance_id = ?2, form = ?3, description = ?4,
                role = ?5, role_reason = ?6, consulted = ?7, status = ?8, started_on = ?9,
                completed_on = ?10
             WHERE id = ?11",
            values,
            "remedy",
            r.id,
        )?
    };
    Ok((id, r))
}

impl Dossier {
    /// The communication log, oldest first.
    pub fn communication_log(&self) -> Result<Vec<CommunicationEntry>> {
        load_communication_log(self.conn())
    }

    pub fn save_communication_entry(
        &mut self,
        c: &CommunicationEntry,
    ) -> Result<CommunicationEntry> {
        let c = c.validated()?;
        let id = write_communication_entry(self.conn(), &c)?;
        Ok(CommunicationEntry { id, ..c })
    }

    pub fn delete_communication_entry(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "communication_log", "communication_log", id)
    }

    /// The mechanism; its defaults when nothing was recorded.
    pub fn grievance_mechanism(&self) -> Result<GrievanceMechanism> {
        load_mechanism(self.conn())
    }

    pub fn save_grievance_mechanism(
        &mut self,
        m: &GrievanceMechanism,
    ) -> Result<GrievanceMechanism> {
        let m = m.validated()?;
        let tx = self.conn_mut().transaction()?;
        write_mechanism(&tx, &m)?;
        tx.commit()?;
        Ok(m)
    }

    /// Every grievance, without its confidential parts, oldest first.
    pub fn grievance_summaries(&self, today: &str) -> Result<Vec<GrievanceSummary>> {
        let m = self.grievance_mechanism()?;
        Ok(load_grievances(self.conn())?
            .iter()
            .map(|g| g.summary(&m, today))
            .collect())
    }

    /// Every grievance with everything in it.
    pub fn grievances(&self) -> Result<Vec<Grievance>> {
        load_grievances(self.conn())
    }

    /// One grievance with everything in it: what the user asks to see.
    pub fn grievance(&self, id: i64) -> Result<Grievance> {
        self.conn()
            .query_row(
                &format!("SELECT {GRIEVANCE_COLUMNS} FROM grievance WHERE id = ?1"),
                [id],
                grievance_of,
            )
            .optional()?
            .ok_or_else(|| Error::NotFoundRecord {
                what: "grievance".into(),
                id,
            })
    }

    pub fn save_grievance(&mut self, g: &Grievance) -> Result<Grievance> {
        let g = g.validated()?;
        let id = write_grievance(self.conn(), &g)?;
        Ok(Grievance { id, ..g })
    }

    /// Moves a grievance to its next status on `on` (see [`Grievance::advance`]).
    pub fn advance_grievance(
        &mut self,
        id: i64,
        to: GrievanceStatus,
        on: &str,
        outcome: Option<String>,
        resolved: Option<bool>,
    ) -> Result<Grievance> {
        let g = self.grievance(id)?.advance(to, on, outcome, resolved)?;
        write_grievance(self.conn(), &g)?;
        Ok(g)
    }

    pub fn delete_grievance(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "grievance", "grievance", id)
    }

    pub fn remedies(&self) -> Result<Vec<Remedy>> {
        load_remedies(self.conn())
    }

    pub fn save_remedy(&mut self, r: &Remedy) -> Result<Remedy> {
        let (id, r) = write_remedy(self.conn(), r)?;
        Ok(Remedy { id, ..r })
    }

    pub fn delete_remedy(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "remedy", "remedy", id)
    }
}
