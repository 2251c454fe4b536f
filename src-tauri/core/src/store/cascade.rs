//! What a delete takes with it, read from the schema itself: every table whose foreign
//! key to the deleted row says `ON DELETE CASCADE`, and what cascades from those rows in
//! turn. The app names these before it deletes ("also 2 measures, 1 evidence file"), so
//! a click never loses more than the user was told; a test holds the counts equal to
//! what a delete really removes.

use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::tables::TABLES;
use crate::error::{Error, Result};
use crate::Dossier;

/// So many rows of one register go along with a delete.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct GoesAlong {
    /// The register's name as the dossier counts it (message `register.<name>`).
    pub register: String,
    #[ts(type = "number")]
    pub count: u64,
}

/// The tables that point at `parent` with `ON DELETE CASCADE`, with the column that
/// points.
fn cascading_children(conn: &Connection, parent: &str) -> Result<Vec<(&'static str, String)>> {
    let mut out = Vec::new();
    for t in TABLES {
        let mut stmt = conn.prepare_cached(
            "SELECT \"from\" FROM pragma_foreign_key_list(?1)
              WHERE \"table\" = ?2 AND on_delete = 'CASCADE'",
        )?;
        let cols: Vec<String> = stmt
            .query_map(params![t.name, parent], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        out.extend(cols.into_iter().map(|c| (t.name, c)));
    }
    Ok(out)
}

/// Adds to `out` every row that deleting the rows `ids` of `table` takes along.
fn walk(
    conn: &Connection,
    table: &str,
    ids: &[i64],
    out: &mut Vec<(&'static str, u64)>,
) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    for (child, column) in cascading_children(conn, table)? {
        // Table and column names come from the schema and the fixed list of tables.
        let sql = format!("SELECT rowid FROM \"{child}\" WHERE \"{column}\" = ?1");
        let mut rows: Vec<i64> = Vec::new();
        let mut stmt = conn.prepare(&sql)?;
        for id in ids {
            let found = stmt.query_map([id], |r| r.get::<_, i64>(0))?;
            rows.extend(found.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        if rows.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(t, _)| *t == child) {
            Some((_, n)) => *n += rows.len() as u64,
            None => out.push((child, rows.len() as u64)),
        }
        walk(conn, child, &rows, out)?;
    }
    Ok(())
}

impl Dossier {
    /// What deleting row `id` of `table` would take along, per register that the
    /// dossier counts (parts of a record, such as a risk's affected groups, are not
    /// named). Nothing is deleted.
    pub fn delete_preview(&self, table: &str, id: i64) -> Result<Vec<GoesAlong>> {
        if !TABLES.iter().any(|t| t.name == table && t.content) {
            return Err(Error::Invalid {
                field: "table".into(),
                value: table.chars().take(40).collect(),
            });
        }
        let mut rows = Vec::new();
        walk(self.conn(), table, &[id], &mut rows)?;
        Ok(rows
            .into_iter()
            .filter_map(|(name, count)| {
                let t = TABLES.iter().find(|t| t.name == name)?;
                Some(GoesAlong {
                    register: t.counted_as?.to_string(),
                    count,
                })
            })
            .collect())
    }
}
