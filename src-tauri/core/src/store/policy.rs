//! Reads and writes step 1: departments, policy versions, communication and training,
//! preconditions and the code of conduct per supplier. KPIs are in `kpi.rs`.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::policy::{
    Audience, CommunicationKind, DepartmentCode, PolicyElement, PolicyElementCode,
};
use crate::model::risk::{Decision, Theme};
use crate::model::supplier::CodeOfConduct;
use crate::model::{Department, PolicyCommunication, PolicyVersion, Preconditions};
use crate::Dossier;

use super::{delete, require};

/// The policy as the Step 1 screen shows it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct PolicyOverview {
    /// All versions, newest first; the first is the current one.
    pub versions: Vec<PolicyVersion>,
    /// Prioritised risks whose theme the current version does not cover.
    pub uncovered_risks: Vec<UncoveredRisk>,
    /// The current version's review date has come.
    pub review_due: bool,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct UncoveredRisk {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    pub theme: Theme,
}

pub(crate) fn load_departments(conn: &Connection) -> Result<Vec<Department>> {
    let mut stored: Vec<Department> = conn
        .prepare(
            "SELECT code, current_practice, role, responsible, not_applicable FROM department",
        )?
        .query_map([], |r| {
            let code: String = r.get(0)?;
            Ok((code, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .filter_map(|row| {
            row.ok().and_then(
                |(code, current_practice, role, responsible, not_applicable)| {
                    DepartmentCode::parse(&code).map(|code| Department {
                        code,
                        current_practice,
                        role,
                        responsible,
                        not_applicable,
                    })
                },
            )
        })
        .collect();
    Ok(DepartmentCode::ALL
        .iter()
        .map(|code| {
            stored
                .iter()
                .position(|d| d.code == *code)
                .map(|i| stored.swap_remove(i))
                .unwrap_or(Department::open(*code))
        })
        .collect())
}

pub(crate) fn write_department(conn: &Connection, d: &Department) -> Result<()> {
    if d.is_empty() {
        crate::store::exec(
            conn,
            "DELETE FROM department WHERE code = ?1",
            [d.code.as_str()],
        )?;
        return Ok(());
    }
    crate::store::exec(
        conn,
        "INSERT OR REPLACE INTO department
             (code, current_practice, role, responsible, not_applicable)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            d.code.as_str(),
            d.current_practice,
            d.role,
            d.responsible,
            d.not_applicable
        ],
    )?;
    Ok(())
}

/// Policy versions, oldest first (the JSON order), or only one.
pub(crate) fn load_policies(conn: &Connection, only: Option<i64>) -> Result<Vec<PolicyVersion>> {
    let mut versions: Vec<PolicyVersion> = conn
        .prepare(
            "SELECT id, label, body, document_ref, approved_by, approved_on, published_where,
                published_on, next_review
             FROM policy_version WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
        )?
        .query_map([only], |r| {
            Ok(PolicyVersion {
                id: r.get(0)?,
                label: r.get(1)?,
                body: r.get(2)?,
                document_ref: r.get(3)?,
                elements: Vec::new(),
                themes: Vec::new(),
                approved_by: r.get(4)?,
                approved_on: r.get(5)?,
                published_where: r.get(6)?,
                published_on: r.get(7)?,
                next_review: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for v in &mut versions {
        v.elements = conn
            .prepare_cached(
                "SELECT element, covered, location FROM policy_element WHERE policy_id = ?1",
            )?
            .query_map([v.id], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?))
            })?
            .filter_map(|row| {
                row.ok().and_then(|(code, covered, location)| {
                    PolicyElementCode::parse(&code).map(|element| PolicyElement {
                        element,
                        covered,
                        location,
                    })
                })
            })
            .collect();
        v.elements.sort_by_key(|e| e.element);
        v.themes = conn
            .prepare_cached("SELECT theme FROM policy_theme WHERE policy_id = ?1")?
            .query_map([v.id], |r| r.get::<_, String>(0))?
            .filter_map(|t| t.ok().and_then(|t| Theme::parse(&t)))
            .collect();
        v.themes.sort();
    }
    Ok(versions)
}

pub(crate) fn write_policy(conn: &Connection, p: &PolicyVersion) -> Result<i64> {
    let values = params![
        p.label,
        p.body,
        p.document_ref,
        p.approved_by,
        p.approved_on,
        p.published_where,
        p.published_on,
        p.next_review,
    ];
    let id = if p.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO policy_version (label, body, document_ref, approved_by, approved_on,
                published_where, published_on, next_review)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        let changed = crate::store::exec(
            conn,
            "UPDATE policy_version SET label = ?1, body = ?2, document_ref = ?3,
                approved_by = ?4, approved_on = ?5, published_where = ?6, published_on = ?7,
                next_review = ?8
             WHERE id = ?9",
            rusqlite::params_from_iter(
                values
                    .iter()
                    .copied()
                    .chain([&p.id as &dyn rusqlite::ToSql]),
            ),
        )?;
        if changed == 0 {
            return Err(Error::NotFoundRecord {
                what: "policy".into(),
                id: p.id,
            });
        }
        crate::store::exec(
            conn,
            "DELETE FROM policy_element WHERE policy_id = ?1",
            [p.id],
        )?;
        crate::store::exec(
            conn,
            "DELETE FROM policy_theme WHERE policy_id = ?1",
            [p.id],
        )?;
        p.id
    };
    for e in &p.elements {
        crate::store::exec(
            conn,
            "INSERT INTO policy_element (policy_id, element, covered, location)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, e.element.as_str(), e.covered, e.location],
        )?;
    }
    for t in &p.themes {
        crate::store::exec(
            conn,
            "INSERT INTO policy_theme (policy_id, theme) VALUES (?1, ?2)",
            params![id, t.as_str()],
        )?;
    }
    Ok(id)
}

pub(crate) fn load_communications(conn: &Connection) -> Result<Vec<PolicyCommunication>> {
    let rows: Vec<(PolicyCommunication, String, String)> = conn
        .prepare(
            "SELECT id, held_on, kind, audience, description, reached
             FROM policy_communication ORDER BY held_on, id",
        )?
        .query_map([], |r| {
            Ok((
                PolicyCommunication {
                    id: r.get(0)?,
                    held_on: r.get(1)?,
                    kind: CommunicationKind::Communication,
                    audience: Audience::Internal,
                    description: r.get(4)?,
                    reached: r.get(5)?,
                },
                r.get(2)?,
                r.get(3)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .map(|(mut c, kind, audience)| {
            c.kind = CommunicationKind::parse(&kind).unwrap_or(CommunicationKind::Communication);
            c.audience = Audience::parse(&audience).unwrap_or(Audience::Internal);
            c
        })
        .collect())
}

pub(crate) fn write_communication(conn: &Connection, c: &PolicyCommunication) -> Result<i64> {
    let values = params![
        c.held_on,
        c.kind.as_str(),
        c.audience.as_str(),
        c.description,
        c.reached
    ];
    if c.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO policy_communication (held_on, kind, audience, description, reached)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE policy_communication SET held_on = ?1, kind = ?2, audience = ?3,
            description = ?4, reached = ?5 WHERE id = ?6",
        params![
            c.held_on,
            c.kind.as_str(),
            c.audience.as_str(),
            c.description,
            c.reached,
            c.id
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "communication".into(),
            id: c.id,
        });
    }
    Ok(c.id)
}

pub(crate) fn load_preconditions(conn: &Connection) -> Result<Preconditions> {
    Ok(conn
        .query_row(
            "SELECT commitment, budget_eur, hours_per_year, skills FROM preconditions",
            [],
            |r| {
                Ok(Preconditions {
                    commitment: r.get(0)?,
                    budget_eur: r.get(1)?,
                    hours_per_year: r.get(2)?,
                    skills: r.get(3)?,
                })
            },
        )
        .optional()?
        .unwrap_or_default())
}

pub(crate) fn write_preconditions(conn: &Connection, p: &Preconditions) -> Result<()> {
    crate::store::exec(
        conn,
        "INSERT OR REPLACE INTO preconditions (id, commitment, budget_eur, hours_per_year, skills)
         VALUES (1, ?1, ?2, ?3, ?4)",
        params![p.commitment, p.budget_eur, p.hours_per_year, p.skills],
    )?;
    Ok(())
}

impl Dossier {
    /// All twelve departments in a fixed order, filled in or not.
    pub fn departments(&self) -> Result<Vec<Department>> {
        load_departments(self.conn())
    }

    /// Saves the departments of one form together: all of them, or none when any is
    /// refused (the error names the first).
    pub fn save_departments(&mut self, ds: &[Department]) -> Result<Vec<Department>> {
        let ds = ds
            .iter()
            .map(Department::validated)
            .collect::<Result<Vec<_>>>()?;
        let tx = self.conn_mut().transaction()?;
        for d in &ds {
            write_department(&tx, d)?;
        }
        tx.commit()?;
        Ok(ds)
    }

    /// The policy versions (newest first), prioritised risks outside the current
    /// version's themes, and whether its review is due on `today`.
    /// The policy versions, newest (current) first, and whether the current one is due
    /// for review on `today`.
    pub(crate) fn policy_versions_on(&self, today: &str) -> Result<(Vec<PolicyVersion>, bool)> {
        let mut versions = load_policies(self.conn(), None)?;
        versions.reverse();
        let review_due = versions
            .first()
            .and_then(|p| p.next_review.as_deref())
            .is_some_and(|d| d <= today);
        Ok((versions, review_due))
    }

    pub fn policy_overview(&self, today: &str) -> Result<PolicyOverview> {
        let (versions, review_due) = self.policy_versions_on(today)?;
        let current = versions.first();
        let uncovered_risks = match current {
            None => Vec::new(),
            // Three columns of the prioritised risks only: a large dossier has many.
            Some(p) => {
                let mut stmt = self.conn().prepare_cached(
                    "SELECT id, title, theme FROM risk WHERE decision = ?1 ORDER BY id",
                )?;
                let rows = stmt.query_map([Decision::Prioritised.as_str()], |r| {
                    Ok(UncoveredRisk {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        theme: super::decode("theme", &r.get::<_, String>(2)?, Theme::parse)?,
                    })
                })?;
                let mut out = Vec::new();
                for row in rows {
                    let risk = row?;
                    if !p.themes.contains(&risk.theme) {
                        out.push(risk);
                    }
                }
                out
            }
        };
        Ok(PolicyOverview {
            versions,
            uncovered_risks,
            review_due,
        })
    }

    pub fn policy_version(&self, id: i64) -> Result<PolicyVersion> {
        load_policies(self.conn(), Some(id))?
            .pop()
            .ok_or(Error::NotFoundRecord {
                what: "policy".into(),
                id,
            })
    }

    /// Validates and stores a policy version (new when `id` is 0).
    pub fn save_policy_version(&mut self, p: &PolicyVersion) -> Result<PolicyVersion> {
        let p = p.validated()?;
        let tx = self.conn_mut().transaction()?;
        let id = write_policy(&tx, &p)?;
        tx.commit()?;
        self.policy_version(id)
    }

    /// A new version that starts as a copy of the newest one (or empty), not yet
    /// approved or published.
    pub fn new_policy_version(&mut self, label: &str) -> Result<PolicyVersion> {
        let base = load_policies(self.conn(), None)?.pop();
        let p = match base {
            Some(b) => PolicyVersion {
                id: 0,
                label: label.into(),
                approved_by: None,
                approved_on: None,
                published_where: None,
                published_on: None,
                ..b
            },
            None => PolicyVersion::blank(label),
        };
        self.save_policy_version(&p)
    }

    pub fn delete_policy_version(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "policy_version", "policy", id)
    }

    pub fn policy_communications(&self) -> Result<Vec<PolicyCommunication>> {
        load_communications(self.conn())
    }

    pub fn save_policy_communication(
        &mut self,
        c: &PolicyCommunication,
    ) -> Result<PolicyCommunication> {
        let c = c.validated()?;
        let id = write_communication(self.conn(), &c)?;
        Ok(PolicyCommunication { id, ..c })
    }

    pub fn delete_policy_communication(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "policy_communication", "communication", id)
    }

    pub fn preconditions(&self) -> Result<Preconditions> {
        load_preconditions(self.conn())
    }

    pub fn save_preconditions(&mut self, p: &Preconditions) -> Result<Preconditions> {
        let p = p.validated()?;
        write_preconditions(self.conn(), &p)?;
        Ok(p)
    }

    /// Sets the code-of-conduct status and date of several suppliers at once, in one
    /// transaction; an unknown supplier changes nothing.
    pub fn set_code_of_conduct(
        &mut self,
        suppliers: &[i64],
        status: CodeOfConduct,
        on: Option<&str>,
    ) -> Result<usize> {
        let on = match on.map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) => Some(crate::model::risk::check_date(
                "supplier.code_of_conduct_on",
                d,
            )?),
        };
        let tx = self.conn_mut().transaction()?;
        for id in suppliers {
            require(&tx, "supplier", *id)?;
            crate::store::exec(
                &tx,
                "UPDATE supplier SET code_of_conduct = ?1, code_of_conduct_on = ?2 WHERE id = ?3",
                params![status.as_str(), on, id],
            )?;
        }
        tx.commit()?;
        Ok(suppliers.len())
    }
}
