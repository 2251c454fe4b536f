//! Forward-only schema migrations, numbered by `PRAGMA user_version`.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// Migrations in order; index + 1 is the schema version each one produces.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_risks.sql"),
    include_str!("migrations/0003_suppliers.sql"),
    include_str!("migrations/0004_chain.sql"),
    include_str!("migrations/0005_policy.sql"),
    include_str!("migrations/0006_actions.sql"),
    include_str!("migrations/0007_reports.sql"),
    include_str!("migrations/0008_stakeholders.sql"),
    include_str!("migrations/0009_grievances.sql"),
    include_str!("migrations/0010_decisions.sql"),
    include_str!("migrations/0011_measures.sql"),
    include_str!("migrations/0012_follow_up.sql"),
    include_str!("migrations/0013_department_not_applicable.sql"),
    include_str!("migrations/0014_law_answers.sql"),
    include_str!("migrations/0015_maturity.sql"),
    include_str!("migrations/0016_survey.sql"),
    include_str!("migrations/0017_survey_keys.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings a dossier from `from` to [`SCHEMA_VERSION`] in one transaction: a step that
/// fails leaves the file as it was, never half migrated. A step may rebuild a table
/// (SQLite cannot change a constraint in place), so foreign keys are off while the
/// steps run and are checked before the transaction commits (ADR 0012).
pub fn run(conn: &mut Connection, from: i64) -> Result<()> {
    // A current dossier has nothing to do: its references are not checked again (that
    // reads every row, tens of milliseconds at XL, on every open).
    if from >= SCHEMA_VERSION {
        return Ok(());
    }
    let was_on: bool = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = steps(conn, from);
    conn.pragma_update(None, "foreign_keys", was_on)?;
    result
}

fn steps(conn: &mut Connection, from: i64) -> Result<()> {
    let tx = conn.transaction()?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    if broken > 0 {
        return Err(Error::Corrupt {
            path: String::new(),
            detail: format!("{broken} references point at nothing after the update"),
        });
    }
    tx.commit()?;
    Ok(())
}
