//! A dossier is one SQLite file per company (D1).
//!
//! Opening is careful: a file is first inspected without writing to it (header, then a
//! read-only connection, through the write-ahead log when there is one, for the
//! application id, schema version and an integrity check). Only a healthy dossier of a version we understand is opened for
//! writing; older ones are backed up next to the file before they are migrated. So a
//! wrong, damaged, newer or read-only file is reported and left byte-for-byte as it was.

pub mod backup;
pub mod lock;
mod migrate;
mod probe;

use crate::model::limits;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::ReportingYear;

pub use migrate::SCHEMA_VERSION;

/// Every connection is used by one thread at a time (a `Connection` is not `Sync`), so
/// SQLite need not lock its own mutex around each call: that lock cost a tenth of the
/// time of reading a large dossier.
pub(crate) const NO_MUTEX: OpenFlags = OpenFlags::SQLITE_OPEN_NO_MUTEX;

/// `PRAGMA application_id` of every dossier: "KKDS".
pub const APPLICATION_ID: i32 = 0x4B4B_4453;
/// The file extension that the app registers.
pub const EXTENSION: &str = "kkdossier";

/// An open dossier. Every method that changes it commits before it returns.
pub struct Dossier {
    conn: Connection,
    path: PathBuf,
    /// Opened for reading only: the file, its folder or its disk cannot be written, or
    /// another program writes it.
    read_only: bool,
    /// The write lock, held while the dossier is open for writing (ADR 0021).
    _lock: Option<std::sync::Arc<lock::WriterLock>>,
    /// Who writes the dossier when it was opened for reading because it is in use.
    in_use_by: Option<lock::Holder>,
}

/// A short description of a dossier, as the CLI's `info` prints it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct DossierInfo {
    pub path: String,
    pub company_name: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    pub years: Vec<ReportingYear>,
    pub active_year: Option<i32>,
    /// Rows per register, in a fixed order.
    pub registers: Vec<RegisterCount>,
    /// Opened for reading only (the file, its folder or its disk is write-protected, or
    /// another program writes it): every change is refused with `dossier.read_only_write`.
    pub read_only: bool,
    /// Who writes the dossier, when it was opened for reading because it is in use.
    pub in_use_by: Option<InUseBy>,
}

/// Who holds a dossier another program writes, as the screens show it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct InUseBy {
    /// "Ketenkompas (anna, LAPTOP-3)"; empty when the holder could not be read.
    pub by: String,
    /// YYYY-MM-DDTHH:MM:SSZ.
    pub since: String,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RegisterCount {
    pub register: String,
    #[ts(type = "number")]
    pub rows: i64,
}

impl Dossier {
    /// Creates a new dossier at `path` for company `company_name`, with the current
    /// calendar year as its first, active reporting year. Fails if anything is there.
    pub fn create(path: &Path, company_name: &str, first_year: i32) -> Result<Dossier> {
        let name = limits::COMPANY_NAME.required(company_name)?;
        crate::model::year::check_year(first_year)?;
        Dossier::create_with(path, |tx| {
            tx.execute("INSERT INTO company (id, name) VALUES (1, ?1)", [&name])?;
            tx.execute(
                "INSERT INTO reporting_year (year, status) VALUES (?1, 'open')",
                [first_year],
            )?;
            tx.execute(
                "INSERT INTO dossier_meta (key, value) VALUES ('active_year', ?1)",
                [first_year.to_string()],
            )?;
            Ok(())
        })
    }

    /// Creates the file with the current schema and lets `fill` write its first content
    /// in one transaction. If anything fails, no file is left behind.
    pub(crate) fn create_with(
        path: &Path,
        fill: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<()>,
    ) -> Result<Dossier> {
        crate::files::check_length(path)?;
        if std::fs::symlink_metadata(path).is_ok() {
            return Err(Error::AlreadyExists {
                path: path.display().to_string(),
            });
        }
        let held = lock::acquire(path, false)?;
        let result = (|| {
            let flags =
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | NO_MUTEX;
            let conn = Connection::open_with_flags(path, flags).map_err(|e| Error::Io {
                path: path.display().to_string(),
                detail: e.to_string(),
            })?;
            let mut d = Dossier::configure(conn, path, held.clone())?;
            d.conn
                .pragma_update(None, "application_id", APPLICATION_ID)?;
            migrate::run(&mut d.conn, 0)?;
            let tx = d.conn.transaction()?;
            fill(&tx)?;
            tx.commit()?;
            Ok(d)
        })();
        if result.is_err() {
            // Nothing confirmed was in it: remove the half-made file and its side files.
            for suffix in ["", "-wal", "-shm"] {
                let mut p = path.as_os_str().to_owned();
                p.push(suffix);
                let _ = std::fs::remove_file(std::path::PathBuf::from(p));
            }
        }
        result
    }

    /// Opens an existing dossier after checking that it is one, that it is healthy and
    /// that we understand its version. Migrates older dossiers after a backup.
    pub fn open(path: &Path) -> Result<Dossier> {
        Dossier::open_waiting(path, lock::waits_for_the_cli())
    }

    fn open_waiting(path: &Path, wait: bool) -> Result<Dossier> {
        crate::files::check_length(path)?;
        let found = probe::inspect(path)?;
        // One writer at a time: nothing below (a backup, an update) happens while
        // another program has the dossier open.
        let held = lock::acquire(path, wait)?;
        let backup = if found.schema_version < SCHEMA_VERSION {
            Some(backup_before_migration(path, found.schema_version)?)
        } else {
            None
        };
        let opened = Dossier::open_checked(path, held);
        if opened.is_err() {
            // The file was left as it was, so its copy is not needed.
            if let Some(b) = backup {
                let _ = std::fs::remove_file(b);
            }
        }
        opened
    }

    /// Opens a dossier to work with it when it can be written, and read-only when the
    /// file, its folder or its disk is write-protected (for reading, reports and
    /// exports; every change is then refused with a sentence that says why).
    /// The same when another program writes it: then it says who and since when.
    pub fn open_for_reading(path: &Path) -> Result<Dossier> {
        match Dossier::open_waiting(path, false) {
            Err(Error::ReadOnly { .. }) => Dossier::open_read_only(path),
            Err(e @ Error::InUse { .. }) => {
                // Another program writes it: read through SQLite's locks and the log,
                // never as a file that cannot change.
                let mut d = Dossier::open_read_only_with(path, true).map_err(|_| e)?;
                d.in_use_by = Some(lock::holder(path).unwrap_or_else(lock::Holder::unknown));
                Ok(d)
            }
            other => other,
        }
    }

    /// Opens a healthy dossier of the current version for reading only, through its
    /// write-ahead log if it has one; nothing is written to it. A dossier of an older
    /// version needs updating first, which a read-only file does not allow.
    pub fn open_read_only(path: &Path) -> Result<Dossier> {
        Dossier::open_read_only_with(path, false)
    }

    /// [`Dossier::open_read_only`]; with `writer`, for a dossier another process writes:
    /// always through SQLite's locks.
    fn open_read_only_with(path: &Path, writer: bool) -> Result<Dossier> {
        crate::files::check_length(path)?;
        let found = probe::inspect_readable(path)?;
        if found.schema_version < SCHEMA_VERSION {
            return Err(Error::ReadOnly {
                path: path.display().to_string(),
            });
        }
        let conn = if writer {
            probe::open_locked_reading(path)?
        } else {
            probe::open_reading(path)?
        };
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(128);
        Ok(Dossier {
            conn,
            path: path.to_path_buf(),
            read_only: true,
            _lock: None,
            in_use_by: None,
        })
    }

    /// True when the dossier was opened for reading only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn open_checked(path: &Path, held: std::sync::Arc<lock::WriterLock>) -> Result<Dossier> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| Error::Corrupt {
            path: path.display().to_string(),
            detail: e.to_string(),
        })?;
        // SQLite opens a file it may not write (a read-only disk) for reading instead.
        if conn.is_readonly(rusqlite::DatabaseName::Main)? {
            return Err(Error::ReadOnly {
                path: path.display().to_string(),
            });
        }
        // Look again with the writing connection before anything is written. The probe
        // could read the file, so failing to open now means that the side files (the
        // log and its index) cannot be made: a folder or disk that is read-only.
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| read_only_or(path, e))?;
        if version > SCHEMA_VERSION {
            return Err(Error::NewerVersion {
                path: path.display().to_string(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        // Migrated before the switch to write-ahead logging, which rewrites the header:
        // a migration that fails is rolled back and leaves the file as it was.
        let mut conn = conn;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrate::run(&mut conn, version).map_err(|e| Error::Corrupt {
            path: path.display().to_string(),
            detail: format!("cannot be brought to the current version: {e}"),
        })?;
        Dossier::configure(conn, path, held)
    }

    fn configure(
        conn: Connection,
        path: &Path,
        held: std::sync::Arc<lock::WriterLock>,
    ) -> Result<Dossier> {
        conn.pragma_update(None, "foreign_keys", true)?;
        // The log lives beside the dossier: a folder that cannot be written refuses it.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| read_only_or(path, e))?;
        // FULL: a transaction that returned is on disk, even after a power cut.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(128);
        Ok(Dossier {
            conn,
            path: path.to_path_buf(),
            read_only: false,
            _lock: Some(held),
            in_use_by: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Writes a consistent, compact copy of this dossier to `dest` ("Save a copy").
    pub fn save_copy(&self, dest: &Path) -> Result<()> {
        crate::files::write_new_with(dest, |tmp| vacuum_into(&self.conn, tmp))
    }

    /// Saves a copy beside the dossier named after why it was made
    /// (`<file>.<why>-1.bak`, `-2`, …; never replacing a file) and returns its path.
    pub fn save_copy_beside(&self, why: &str) -> Result<PathBuf> {
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "dossier".into());
        for n in 1..10_000 {
            let candidate = self.path.with_file_name(format!("{name}.{why}-{n}.bak"));
            match self.save_copy(&candidate) {
                Err(Error::AlreadyExists { .. }) => continue,
                other => return other.map(|()| candidate),
            }
        }
        Err(Error::AlreadyExists {
            path: self.path.display().to_string(),
        })
    }

    /// A full integrity check of the open dossier; `Ok` lists nothing when healthy.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        let mut problems: Vec<String> = rows.into_iter().filter(|r| r != "ok").collect();
        let mut fk = self.conn.prepare("PRAGMA foreign_key_check")?;
        let fk_rows: Vec<String> = fk
            .query_map([], |r| {
                let table: String = r.get(0)?;
                let rowid: Option<i64> = r.get(1)?;
                Ok(format!("foreign key: {table} row {}", rowid.unwrap_or(-1)))
            })?
            .collect::<std::result::Result<_, _>>()?;
        problems.extend(fk_rows);
        Ok(problems)
    }

    /// Company, years, schema version and row counts per register.
    pub fn info(&self) -> Result<DossierInfo> {
        let mut registers = Vec::new();
        for table in crate::store::tables::TABLES {
            let Some(register) = table.counted_as else {
                continue;
            };
            let rows: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {}", table.name), [], |r| {
                        r.get(0)
                    })?;
            registers.push(RegisterCount {
                register: register.to_string(),
                rows,
            });
        }
        Ok(DossierInfo {
            path: self.path.display().to_string(),
            company_name: self.company()?.name,
            schema_version: self.schema_version()?,
            years: self.years()?,
            active_year: self.active_year()?,
            registers,
            read_only: self.read_only,
            in_use_by: self.in_use_by.as_ref().map(|h| InUseBy {
                by: h.by(),
                since: h.since.clone(),
            }),
        })
    }
}

/// SQLite's "cannot open" and "read-only" for a file that could be read: it, its
/// folder or its disk may not be written.
fn read_only_or(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly {
            path: path.display().to_string(),
        },
        _ => Error::from(e),
    }
}

/// Copies the file aside as `<name>.v<version>.bak` (or `.bak2`, …) before a migration.
fn backup_before_migration(path: &Path, version: i64) -> Result<PathBuf> {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "dossier".into());
    let mut n = 1;
    let backup = loop {
        let suffix = if n == 1 { String::new() } else { n.to_string() };
        let candidate = path.with_file_name(format!("{file_name}.v{version}.bak{suffix}"));
        if !candidate.exists() {
            break candidate;
        }
        n += 1;
    };
    let reading = probe::open_reading(path)?;
    crate::files::write_new_with(&backup, |tmp| vacuum_into(&reading, tmp))?;
    Ok(backup)
}

/// Writes a consistent, compact copy of what `conn` reads to the new file `dest`.
/// Callers write it under a temporary name (see [`crate::files::write_new_with`]), so
/// that a full disk never leaves a partial copy under the real name.
pub(crate) fn vacuum_into(conn: &Connection, dest: &Path) -> Result<()> {
    let dest_str = dest.to_str().ok_or_else(|| Error::Invalid {
        field: "path".into(),
        value: dest.display().to_string(),
    })?;
    conn.execute("VACUUM INTO ?1", [dest_str])
        .map_err(|e| match Error::from(e) {
            Error::DiskFull { .. } => Error::DiskFull {
                path: dest.display().to_string(),
            },
            Error::Database(e) => Error::Io {
                path: dest.display().to_string(),
                detail: e.to_string(),
            },
            other => other,
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_register_that_info_counts_has_a_name_in_both_languages() {
        for lang in [crate::messages::Lang::Nl, crate::messages::Lang::En] {
            let m = crate::messages::Messages::new(lang);
            for register in crate::store::tables::TABLES
                .iter()
                .filter_map(|t| t.counted_as)
            {
                assert!(
                    m.has(&format!("register.{register}")),
                    "{lang:?}: {register}"
                );
            }
        }
    }

    #[test]
    fn a_backup_before_migration_is_a_complete_dossier_and_never_overwrites() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("d.kkdossier");
        drop(Dossier::create(&path, "Back-up B.V.", 2026).expect("create"));
        let first = backup_before_migration(&path, 1).expect("backup");
        let second = backup_before_migration(&path, 1).expect("second backup");
        assert_eq!(first, dir.path().join("d.kkdossier.v1.bak"));
        assert_eq!(second, dir.path().join("d.kkdossier.v1.bak2"));
        let copy = Dossier::open(&second).expect("backup opens");
        assert_eq!(copy.company().expect("company").name, "Back-up B.V.");
    }
}
