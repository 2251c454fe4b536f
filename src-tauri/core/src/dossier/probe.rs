//! Looks at a file without changing it, and says whether it is a dossier we can open.

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

pub fn inspect(path: &Path) -> Result<Found> {
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
    if meta.permissions().readonly() {
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

/// A read-only connection that takes no locks and creates no side files, so that the
/// file cannot change while we look at it.
pub fn open_immutable(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | super::NO_MUTEX;
    Connection::open_with_flags(file_uri(path), flags).map_err(|e| corrupt(path, &e.to_string()))
}

/// `file:` URI for SQLite: every byte outside a small safe set is percent-encoded.
fn file_uri(path: &Path) -> String {
    let raw = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    // Windows drive paths ("C:/…") need a leading slash in a URI.
    if raw.as_bytes().get(1) == Some(&b':') {
        uri.push('/');
    }
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~' | b':') {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    uri
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
        let uri = file_uri(Path::new("/tmp/a b?c#d%.kkdossier"));
        assert_eq!(
            uri,
            "file:/tmp/a%20b%3Fc%23d%25.kkdossier?mode=ro&immutable=1"
        );
    }

    #[test]
    fn windows_drive_paths_get_a_leading_slash() {
        assert!(file_uri(Path::new("C:\\Users\\x.kkdossier")).starts_with("file:/C:/Users/x"));
    }
}
