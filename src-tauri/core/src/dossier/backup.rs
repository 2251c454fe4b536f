//! Automatic, rotating backups of a dossier (D1), and putting one back.
//!
//! Backups live outside the dossier's folder, in a folder of their own per dossier under
//! a root the caller chooses (the app uses its local data folder), so a broken USB stick
//! or a deleted folder does not take them along. Each backup is a complete, compact
//! dossier written with `VACUUM INTO` from a read-only connection, named after the moment
//! it was taken (`20261123T120501Z.kkdossier`). A backup is first written under a
//! temporary name and renamed when complete, so a crash never leaves half a backup that
//! looks whole. Only the newest [`KEEP`] are kept.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::probe;
use crate::error::{Error, Result};
use crate::model::date;

/// How many backups of one dossier are kept.
pub const KEEP: usize = 10;
/// An automatic backup is taken when a dossier is opened and the newest is older than
/// this (six hours: about two a working day, so ten reach back a week).
pub const INTERVAL_SECS: i64 = 6 * 3600;

const EXT: &str = ".kkdossier";
const PART: &str = ".part";

/// One backup of the open dossier, as the settings screen lists it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct BackupEntry {
    /// The file name inside the dossier's backup folder; the only handle the UI gets.
    pub name: String,
    /// When it was taken, `YYYY-MM-DDTHH:MM:SSZ`.
    pub taken_at: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The backups of the open dossier, and why the last automatic one failed, if it did.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct BackupList {
    /// The folder they are in, so the user can find them outside the app.
    pub folder: String,
    pub entries: Vec<BackupEntry>,
    pub last_error: Option<crate::error::ErrorPayload>,
}

/// The backup folder of `dossier` under `root`: its file name plus a short fingerprint
/// of its full path, so two dossiers with the same name in other folders stay apart.
pub fn folder(root: &Path, dossier: &Path) -> PathBuf {
    let full = std::fs::canonicalize(dossier).unwrap_or_else(|_| dossier.to_path_buf());
    let stem = dossier
        .file_stem()
        .map(|s| crate::model::text::safe_file_name(&s.to_string_lossy()))
        .unwrap_or_default();
    let stem: String = stem.chars().take(60).collect();
    root.join(format!(
        "{stem}-{:016x}",
        fnv1a(full.to_string_lossy().as_bytes())
    ))
}

/// FNV-1a, 64 bits: stable across runs and platforms (unlike the std hasher).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `2026-11-23T12:05:01Z` as `20261123T120501Z`, which sorts the same and is a valid
/// file name everywhere.
fn stamp(ts: &str) -> String {
    ts.chars().filter(|c| *c != '-' && *c != ':').collect()
}

fn unstamp(name: &str) -> Option<String> {
    let s = name.strip_suffix(EXT)?;
    let s = s.split('_').next()?;
    let b = s.as_bytes();
    if s.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let ts = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &s[0..4],
        &s[4..6],
        &s[6..8],
        &s[9..11],
        &s[11..13],
        &s[13..15]
    );
    date::check_timestamp(&ts).map(|_| ts)
}

/// The backups of `dossier`, newest first.
pub fn list(root: &Path, dossier: &Path) -> Result<Vec<BackupEntry>> {
    let dir = folder(root, dossier);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(taken_at) = unstamp(&name) else {
            continue;
        };
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(BackupEntry {
            name,
            taken_at,
            bytes,
        });
    }
    out.sort_by(|a, b| b.name.cmp(&a.name));
    Ok(out)
}

/// Takes a backup of `dossier` now (`now` in seconds since 1970) and drops the oldest
/// beyond [`KEEP`]. The dossier may be open for writing elsewhere in this process: the
/// copy is read through its own read-only connection and is one consistent state.
pub fn take(root: &Path, dossier: &Path, now: i64) -> Result<BackupEntry> {
    let dir = folder(root, dossier);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let taken_at = date::timestamp(now);
    let mut name = format!("{}{EXT}", stamp(&taken_at));
    let mut n = 2;
    while dir.join(&name).exists() {
        name = format!("{}_{n}{EXT}", stamp(&taken_at));
        n += 1;
    }
    let part = dir.join(format!("{name}{PART}"));
    let _ = std::fs::remove_file(&part);
    let conn = probe::open_locked_reading(dossier)?;
    let written = super::vacuum_into(&conn, &part);
    drop(conn);
    if let Err(e) = written {
        let _ = std::fs::remove_file(&part);
        return Err(e);
    }
    let path = dir.join(&name);
    std::fs::rename(&part, &path).map_err(|e| Error::io(&path, e))?;
    rotate(&dir)?;
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Ok(BackupEntry {
        name,
        taken_at,
        bytes,
    })
}

/// Takes a backup when none is younger than [`INTERVAL_SECS`]; `None` when not due.
pub fn take_if_due(root: &Path, dossier: &Path, now: i64) -> Result<Option<BackupEntry>> {
    let newest = list(root, dossier)?
        .into_iter()
        .find_map(|b| date::check_timestamp(&b.taken_at));
    match newest {
        Some(t) if now - t < INTERVAL_SECS && now >= t => Ok(None),
        _ => take(root, dossier, now).map(Some),
    }
}

fn raw_copy(root: &Path, dossier: &Path, now: i64) -> Result<BackupEntry> {
    let dir = folder(root, dossier);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let taken_at = date::timestamp(now);
    let name = format!("{}_damaged{EXT}", stamp(&taken_at));
    let path = dir.join(&name);
    let bytes = std::fs::copy(dossier, &path).map_err(|e| Error::io(&path, e))?;
    Ok(BackupEntry {
        name,
        taken_at,
        bytes,
    })
}

fn rotate(dir: &Path) -> Result<()> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| unstamp(n).is_some())
        .collect();
    names.sort();
    let surplus = names.len().saturating_sub(KEEP);
    for old in &names[..surplus] {
        std::fs::remove_file(dir.join(old)).map_err(|e| Error::io(&dir.join(old), e))?;
    }
    Ok(())
}

/// Puts backup `name` of `dossier` back in its place. The dossier must not be open. The
/// current file is backed up first (so a restore can itself be undone), then the backup
/// is copied next to it under a temporary name and renamed over it. Returns the backup of
/// the state before the restore.
pub fn restore(root: &Path, dossier: &Path, name: &str, now: i64) -> Result<BackupEntry> {
    // Only a plain name from the list: no folders, no way out of the backup folder.
    if unstamp(name).is_none() || name.contains(['/', '\\']) || name.contains("..") {
        return Err(Error::Invalid {
            field: "backup".into(),
            value: name.to_string(),
        });
    }
    let source = folder(root, dossier).join(name);
    probe::inspect(&source)?;
    let before = match take(root, dossier, now) {
        Ok(b) => b,
        // The file to replace cannot be read as a dossier (that may be why the user
        // restores): keep its bytes as they are.
        Err(_) => raw_copy(root, dossier, now)?,
    };
    let mut tmp = dossier.as_os_str().to_owned();
    tmp.push(".restoring");
    let tmp = PathBuf::from(tmp);
    std::fs::copy(&source, &tmp).map_err(|e| Error::io(&tmp, e))?;
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(&tmp, e))?;
    // A write-ahead log left by the replaced file must not be applied to the backup.
    for suffix in ["-wal", "-shm"] {
        let mut side = dossier.as_os_str().to_owned();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() {
            std::fs::remove_file(&side).map_err(|e| Error::io(&side, e))?;
        }
    }
    std::fs::rename(&tmp, dossier).map_err(|e| Error::io(dossier, e))?;
    Ok(before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_sort_like_time_and_read_back() {
        let ts = "2026-11-23T12:05:01Z";
        assert_eq!(stamp(ts), "20261123T120501Z");
        assert_eq!(unstamp("20261123T120501Z.kkdossier").as_deref(), Some(ts));
        assert_eq!(unstamp("20261123T120501Z_2.kkdossier").as_deref(), Some(ts));
        assert_eq!(unstamp("20261123T120501Z.kkdossier.part"), None);
        assert_eq!(unstamp("../x.kkdossier"), None);
        assert_eq!(unstamp("20261399T120501Z.kkdossier"), None);
    }

    #[test]
    fn folders_differ_by_full_path_and_are_stable() {
        let root = Path::new("/r");
        let a = folder(root, Path::new("/a/Bedrijf.kkdossier"));
        let b = folder(root, Path::new("/b/Bedrijf.kkdossier"));
        assert_ne!(a, b);
        assert_eq!(a, folder(root, Path::new("/a/Bedrijf.kkdossier")));
        assert!(a
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("Bedrijf-")));
    }
}
