//! Looks at a file without changing it, and says whether it is a dossier we can open.
//!
//! A dossier whose write-ahead log holds frames is read the way SQLite reads it: through
//! a read-only connection that sees the main file and the log together (ADR 0002). Its
//! main file alone may be out of date, or half old and half new when a crash or another
//! process caught it in a checkpoint, and must not be judged on its own.

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::{APPLICATION_ID, SCHEMA_VERSION};
use crate::error::{Error, Result};

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the inspection found in a healthy dossier.
pub struct Found {
    pub schema_version: i64,
}

/// Checks that `path` is a healthy dossier of a version we can open, and that its
/// permissions allow writing, writing nothing to it or its log.
pub fn inspect(path: &Path) -> Result<Found> {
    inspect_with(path, true)
}

/// Like [`inspect`] for a dossier that will only be read: write protection is fine.
pub fn inspect_readable(path: &Path) -> Result<Found> {
    inspect_with(path, false)
}

fn inspect_with(path: &Path, writable: bool) -> Result<Found> {
    let shown = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::NotFound { path: shown })
        }
        Err(e) => return Err(Error::io(path, e)),
    };
    if !meta.is_file() {
        return Err(Error::NotADossier { path: shown });
    }
    if meta.len() == 0 {
        return Err(Error::EmptyFile { path: shown });
    }
    // Checked on the permission bits, so that the answer is the same for every user.
    if writable && meta.permissions().readonly() {
        return Err(Error::ReadOnly { path: shown });
    }
    let mut header = [0u8; 100];
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let read = read_up_to(&mut f, &mut header).map_err(|e| Error::io(path, e))?;
    if read < 16 || &header[..16] != SQLITE_MAGIC {
        return Err(Error::NotADossier { path: shown });
    }
    if read < 100 {
        return Err(corrupt(path, "header truncated"));
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536u64,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    if page_size < 512 || !page_size.is_power_of_two() {
        return Err(corrupt(path, "invalid page size"));
    }
    if log_holds_frames(path) {
        // The log may hold committed writes that the main file does not have yet, and
        // during a checkpoint the main file is half old, half new: only SQLite, reading
        // both, sees the dossier as it is. Its header bytes are read through SQLite too.
        return check_through_log(path).or_else(|e| retry_if_log_went(path, e));
    }
    if meta.len() < page_size || meta.len() % page_size != 0 || meta.len() < pages * page_size {
        return Err(corrupt(path, "file truncated"));
    }
    let app_id = i32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if app_id != APPLICATION_ID {
        return Err(Error::NotADossier { path: shown });
    }
    // Every dossier is written in UTF-8 (text encoding 1 at offset 56).
    if u32::from_be_bytes([header[56], header[57], header[58], header[59]]) != 1 {
        return Err(corrupt(path, "unexpected text encoding"));
    }
    let conn = open_immutable(path)?;
    check_contents(path, &conn).or_else(|e| {
        // A writer that started after the look above keeps its changes in a new log and
        // may be checkpointing them into the file we read without locks: read again, the
        // way SQLite does.
        if log_holds_frames(path) {
            check_through_log(path)
        } else {
            Err(e)
        }
    })
}

/// After a failed read through the log: the log may have been checkpointed and removed
/// by its writer meanwhile, leaving a whole main file to read on its own.
fn retry_if_log_went(path: &Path, e: Error) -> Result<Found> {
    if log_holds_frames(path) {
        return Err(e);
    }
    check_contents(path, &open_immutable(path)?)
}

/// Reads the dossier through SQLite with its write-ahead log, read-only: SQLite takes a
/// shared lock and a consistent snapshot, writes nothing to the dossier or its log, and
/// at most creates the log's index file (`-shm`) beside them.
fn check_through_log(path: &Path) -> Result<Found> {
    let conn = open_with_log(path)?;
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|e| corrupt(path, &e.to_string()))?;
    if app_id != APPLICATION_ID {
        return Err(Error::NotADossier {
            path: path.display().to_string(),
        });
    }
    let encoding: String = conn
        .pragma_query_value(None, "encoding", |r| r.get(0))
        .map_err(|e| corrupt(path, &e.to_string()))?;
    if encoding != "UTF-8" {
        return Err(corrupt(path, "unexpected text encoding"));
    }
    check_contents(path, &conn)
}

/// The schema version and the quick check, in one read transaction.
fn check_contents(path: &Path, conn: &Connection) -> Result<Found> {
    let shown = path.display().to_string();
    conn.execute_batch("BEGIN")
        .map_err(|e| corrupt(path, &e.to_string()))?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| corrupt(path, &e.to_string()))?;
    if version > SCHEMA_VERSION {
        return Err(Error::NewerVersion {
            path: shown,
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version < 1 {
        return Err(Error::NotADossier { path: shown });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| corrupt(path, &e.to_string()))?;
    if check != "ok" {
        return Err(corrupt(path, &check));
    }
    Ok(Found {
        schema_version: version,
    })
}

/// The path of the write-ahead log beside `path`.
pub(crate) fn log_path(path: &Path) -> std::path::PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push("-wal");
    std::path::PathBuf::from(p)
}

/// True when a write-ahead log with at least one frame lies beside the dossier (its
/// header alone is 32 bytes).
fn log_holds_frames(path: &Path) -> bool {
    std::fs::metadata(log_path(path)).is_ok_and(|m| m.is_file() && m.len() > 32)
}

/// A read-only connection that sees what SQLite sees: the main file and, when there is
/// one, its write-ahead log. Used to read a dossier that is not opened for writing.
pub fn open_reading(path: &Path) -> Result<Connection> {
    if log_holds_frames(path) {
        open_with_log(path)
    } else {
        open_immutable(path)
    }
}

/// A read-only connection for reading a dossier that this or another process may be
/// writing (a backup). A writer in write-ahead-log mode always has the log file open,
/// so with a log beside the dossier SQLite's locks are taken; without one nobody is
/// writing, and the lock-free reading of [`open_reading`] leaves no side files behind
/// (a read-only connection would create an empty log and its index and leave them).
pub fn open_locked_reading(path: &Path) -> Result<Connection> {
    if std::fs::metadata(log_path(path)).is_ok_and(|m| m.is_file()) {
        open_with_log(path)
    } else {
        open_immutable(path)
    }
}

fn open_with_log(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | super::NO_MUTEX;
    let conn = Connection::open_with_flags(file_uri(path, "mode=ro"), flags)
        .map_err(|e| corrupt(path, &e.to_string()))?;
    // A writer may hold the lock for a moment (a checkpoint, a commit).
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(|e| corrupt(path, &e.to_string()))?;
    Ok(conn)
}

/// A read-only connection that takes no locks and creates no side files, so that the
/// file cannot change while we look at it.
fn open_immutable(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | super::NO_MUTEX;
    Connection::open_with_flags(file_uri(path, "mode=ro&immutable=1"), flags)
        .map_err(|e| corrupt(path, &e.to_string()))
}

/// `file:` URI for SQLite: every byte outside a small safe set is percent-encoded, so
/// that the URI names exactly the file of `path`, whatever bytes its name holds.
fn file_uri(path: &Path, query: &str) -> String {
    let raw = path_bytes(path);
    let mut uri = String::from("file:");
    // Windows drive paths ("C:/…") need a leading slash in a URI.
    if raw.get(1) == Some(&b':') {
        uri.push('/');
    }
    for b in raw {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~' | b':') {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

/// The bytes of a path as the file system has them. On Unix a name may hold any byte
/// but `/`, `\\` included, and need not be UTF-8.
#[cfg(unix)]
fn path_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

/// On Windows both `\\` and `/` separate folders; a URI wants `/`.
#[cfg(not(unix))]
fn path_bytes(path: &Path) -> Vec<u8> {
    path.to_string_lossy().replace('\\', "/").into_bytes()
}

fn read_up_to(f: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut total = 0;
    while total < buf.len() {
        let n = f.read(&mut buf[total..])?;
        if n == 0 {
            break;
        }
        total += n;
    }
    Ok(total)
}

fn corrupt(path: &Path, detail: &str) -> Error {
    Error::Corrupt {
        path: path.display().to_string(),
        detail: detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_escapes_spaces_and_query_characters() {
        let uri = file_uri(Path::new("/tmp/a b?c#d%.kkdossier"), "mode=ro");
        assert_eq!(uri, "file:/tmp/a%20b%3Fc%23d%25.kkdossier?mode=ro");
    }

    #[cfg(unix)]
    #[test]
    fn a_backslash_and_bytes_outside_utf8_stay_part_of_the_name_on_unix() {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"/tmp/a\\b\xff.kkdossier");
        assert_eq!(
            file_uri(Path::new(name), "mode=ro"),
            "file:/tmp/a%5Cb%FF.kkdossier?mode=ro"
        );
    }

    #[cfg(windows)]
    #[test]
    fn windows_drive_paths_get_a_leading_slash() {
        assert!(file_uri(Path::new("C:\\Users\\x.kkdossier"), "mode=ro")
            .starts_with("file:/C:/Users/x"));
    }
}
