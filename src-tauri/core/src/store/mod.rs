//! The SQL of each aggregate, as methods on [`crate::Dossier`]; one file per aggregate.

pub mod action;
pub mod cascade;
pub(crate) mod chain;
pub(crate) mod company;
pub mod grievance;
pub mod kpi;
pub(crate) mod laws;
pub(crate) mod maturity;
pub mod monitoring;
pub mod policy;
pub mod risk;
pub mod stakeholder;
pub mod suggestion;
pub mod supplier;
pub mod survey;
pub mod tables;
pub mod year;

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};

/// Runs one statement through the connection's statement cache: the writers run the same
/// few statements many times (an import, a JSON restore), and preparing them once each
/// saves most of the time.
pub(crate) fn exec(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
    Ok(conn.prepare_cached(sql)?.execute(params)?)
}

/// A stored code of a closed list read back as its value; an unknown code means the
/// file was changed outside the app.
pub(crate) fn decode<T>(
    field: &str,
    code: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    parse(code).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unknown {field} code {code:?}").into(),
        )
    })
}

/// Column `i` of a row as text, borrowed from the row: no copy for a value that is
/// only compared or decoded.
pub(crate) fn text_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

/// Like [`text_at`] for a column that may be NULL.
pub(crate) fn opt_text_at<'r>(
    r: &'r rusqlite::Row<'_>,
    i: usize,
) -> rusqlite::Result<Option<&'r str>> {
    r.get_ref(i)?.as_str_or_null().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

/// Fails with "record not found" unless `table` has a row with this id. `table` is
/// always a literal from this crate.
pub(crate) fn require(conn: &Connection, table: &str, id: i64) -> Result<()> {
    let found: Option<i64> = conn
        .prepare_cached(&format!("SELECT id FROM {table} WHERE id = ?1"))?
        .query_row([id], |r| r.get(0))
        .optional()?;
    match found {
        Some(_) => Ok(()),
        None => Err(Error::NotFoundRecord {
            what: table.into(),
            id,
        }),
    }
}

/// Updates a row by id, or says it is not there.
pub(crate) fn update(
    conn: &Connection,
    sql: &str,
    values: &[&dyn rusqlite::ToSql],
    what: &str,
    id: i64,
) -> Result<i64> {
    let changed = exec(
        conn,
        sql,
        rusqlite::params_from_iter(values.iter().copied().chain([&id as &dyn rusqlite::ToSql])),
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: what.into(),
            id,
        });
    }
    Ok(id)
}

/// Deletes one row by id, or fails with "record not found" under the name `what`.
pub(crate) fn delete(conn: &Connection, table: &str, what: &str, id: i64) -> Result<()> {
    if exec(conn, &format!("DELETE FROM {table} WHERE id = ?1"), [id])? == 0 {
        return Err(Error::NotFoundRecord {
            what: what.into(),
            id,
        });
    }
    Ok(())
}
