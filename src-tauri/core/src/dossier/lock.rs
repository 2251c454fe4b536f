//! One writer per dossier (ADR 0021). A process that opens a dossier to write it holds
//! an exclusive lock on a small file beside it (`<file>-lock`) for as long as it has the
//! dossier open, and writes who holds it and since when into another (`<file>-holder`:
//! Windows does not let others read a locked file). Another process that
//! wants to write gets `dossier.in_use` with those words and may open the dossier for
//! reading. The lock is the operating system's (`File::try_lock`), so a process that
//! crashes or is killed lets go of it at once: a lock file left behind holds no lock and
//! is taken over. Within one process the lock is shared: opening the same dossier twice
//! is not a second writer.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// Who holds a dossier, as written in its lock file.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct Holder {
    /// "app" or "cli".
    pub program: String,
    /// The user's login name, when the system says it.
    pub user: Option<String>,
    /// The computer's name, when the system says it.
    pub host: Option<String>,
    #[ts(type = "number")]
    pub pid: u32,
    /// When the lock was taken: YYYY-MM-DDTHH:MM:SSZ.
    pub since: String,
}

/// Which program takes the lock; set once at start by the app and the CLI.
static PROGRAM: OnceLock<&'static str> = OnceLock::new();

/// Names the program that takes locks in this process: "app" or "cli".
pub fn set_program(name: &'static str) {
    let _ = PROGRAM.set(name);
}

/// How long a writing command of the CLI waits for another command of the CLI that
/// holds the dossier (an app holding it is answered at once).
pub const CLI_WAIT: Duration = Duration::from_secs(60);

/// The lock file of the dossier at `path`: `<file>-lock` beside it.
pub fn lock_path(path: &Path) -> PathBuf {
    beside(path, "-lock")
}

/// The file that says who holds the dossier at `path`: `<file>-holder` beside it.
pub fn holder_path(path: &Path) -> PathBuf {
    beside(path, "-holder")
}

/// Beside the file the path leads to (through links), so that two names of one dossier
/// share one lock.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut p = real.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Options for a side file: hidden on Windows, where a name does not hide it.
fn side_file() -> OpenOptions {
    #[cfg_attr(not(windows), allow(unused_mut))]
    let mut o = OpenOptions::new();
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        // FILE_ATTRIBUTE_HIDDEN
        o.attributes(0x2);
    }
    o
}

/// A held lock; let go when the last dossier of this process that shares it closes.
#[derive(Debug)]
pub struct WriterLock {
    file: File,
    path: PathBuf,
    holder: PathBuf,
    key: PathBuf,
}

impl Drop for WriterLock {
    fn drop(&mut self) {
        // The files go while the lock is still held. A process that opened the lock
        // file just before sees afterwards that its file is no longer the one by that
        // name (see `take`). Windows, where that cannot be seen without more than the
        // standard library, keeps its (hidden, empty) lock file.
        let _ = std::fs::remove_file(&self.holder);
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
        if let Ok(mut held) = registry().lock() {
            held.retain(|(k, w)| k != &self.key || w.strong_count() > 0);
        }
    }
}

type Registry = Mutex<Vec<(PathBuf, Weak<WriterLock>)>>;

fn registry() -> &'static Registry {
    static HELD: OnceLock<Registry> = OnceLock::new();
    HELD.get_or_init(|| Mutex::new(Vec::new()))
}

/// The same dossier by whatever path it was named: its folder made absolute.
fn key_of(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    match path.file_name() {
        Some(name) => folder.join(name),
        None => folder,
    }
}

fn env(names: &[&str]) -> Option<String> {
    names
        .iter()
        .filter_map(|n| std::env::var(n).ok())
        .map(|v| v.trim().chars().take(100).collect::<String>())
        .find(|v| !v.is_empty())
}

fn me() -> Holder {
    Holder {
        program: PROGRAM.get().copied().unwrap_or("cli").to_string(),
        user: env(&["USER", "USERNAME", "LOGNAME"]),
        host: env(&["COMPUTERNAME", "HOSTNAME"]),
        pid: std::process::id(),
        since: crate::model::date::now_timestamp(),
    }
}

/// Reads who holds the lock file (also while another process holds it: the lock is
/// advisory). None when it cannot be read or says nothing.
pub fn holder(path: &Path) -> Option<Holder> {
    let mut text = String::new();
    File::open(holder_path(path))
        .ok()?
        .take(4096)
        .read_to_string(&mut text)
        .ok()?;
    let mut h: Holder = serde_json::from_str(&text).ok()?;
    let short = |v: Option<String>| v.map(|s| s.chars().take(100).collect::<String>());
    h.user = short(h.user);
    h.host = short(h.host);
    h.program = h.program.chars().take(10).collect();
    h.since = h.since.chars().take(20).collect();
    Some(h)
}

impl Holder {
    /// A holder whose file could not be read (being written, or gone).
    pub fn unknown() -> Holder {
        Holder {
            program: String::new(),
            user: None,
            host: None,
            pid: 0,
            since: String::new(),
        }
    }

    /// The program, with the user and the computer when known; empty for an unknown
    /// holder.
    pub fn by(&self) -> String {
        if self.program.is_empty() {
            return String::new();
        }
        let program = match self.program.as_str() {
            "app" => "Ketenkompas",
            _ => "ketenkompas-cli",
        };
        let who: Vec<&str> = [self.user.as_deref(), self.host.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if who.is_empty() {
            format!("{program} (pid {})", self.pid)
        } else {
            format!("{program} ({})", who.join(", "))
        }
    }

    /// When the lock was taken, as people read it: "2026-12-07 09:15 UTC".
    pub fn since_shown(&self) -> String {
        match (self.since.get(0..10), self.since.get(11..16)) {
            (Some(d), Some(t)) => format!("{d} {t} UTC"),
            _ => self.since.clone(),
        }
    }
}

fn in_use(path: &Path, h: Option<Holder>) -> Error {
    Error::InUse {
        path: path.display().to_string(),
        by: h.as_ref().map(Holder::by).unwrap_or_else(|| "?".into()),
        since: h
            .as_ref()
            .map(Holder::since_shown)
            .unwrap_or_else(|| "?".into()),
    }
}

/// True when this process waits for another command of the CLI to let go of a dossier:
/// the CLI's writing commands do, so that two scripts run one after the other.
pub fn waits_for_the_cli() -> bool {
    PROGRAM.get().copied() == Some("cli")
}

/// Takes the write lock of the dossier at `path`, or shares the one this process holds.
/// Another process's lock gives `dossier.in_use`; with `wait`, a lock of the CLI is
/// waited for up to [`CLI_WAIT`]. A folder where the lock file cannot be made gives
/// `dossier.read_only`.
pub fn acquire(path: &Path, wait: bool) -> Result<Arc<WriterLock>> {
    let key = key_of(path);
    let mut held = registry().lock().map_err(|_| in_use(path, None))?;
    held.retain(|(_, w)| w.strong_count() > 0);
    if let Some(lock) = held
        .iter()
        .find(|(k, _)| k == &key)
        .and_then(|(_, w)| w.upgrade())
    {
        return Ok(lock);
    }
    let started = Instant::now();
    let until = started + CLI_WAIT;
    let lock = loop {
        match take(path, &key)? {
            Ok(lock) => break lock,
            // Locked, but not yet saying by whom: the other is writing its name.
            Err(None) if started.elapsed() < Duration::from_secs(1) => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(h) => {
                let other_cli = h.as_ref().is_some_and(|h| h.program == "cli");
                if !(wait && other_cli) || Instant::now() >= until {
                    return Err(in_use(path, h));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    };
    let lock = Arc::new(lock);
    held.push((key, Arc::downgrade(&lock)));
    Ok(lock)
}

/// One attempt: the lock, or who holds it.
fn take(path: &Path, key: &Path) -> Result<std::result::Result<WriterLock, Option<Holder>>> {
    let lock_file = lock_path(path);
    let holder_file = holder_path(path);
    for _ in 0..20 {
        // A lock file another user left behind may not be writable for us; a lock
        // needs only reading.
        let file = match side_file()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_file)
        {
            Ok(f) => f,
            Err(e) => match File::open(&lock_file) {
                Ok(f) => f,
                Err(_) => return Err(lock_file_error(path, &lock_file, &e)),
            },
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(Err(holder(path))),
            // A file system without locks (some network and virtual mounts): SQLite's
            // own locking still keeps the file whole; the dossier opens unprotected.
            Err(TryLockError::Error(e)) if unsupported(&e) => {
                return Ok(Ok(WriterLock {
                    file,
                    path: lock_file,
                    holder: holder_file,
                    key: key.to_path_buf(),
                }));
            }
            Err(TryLockError::Error(e)) => return Err(lock_file_error(path, &lock_file, &e)),
        }
        // The holder before may have removed the file between our open and our lock:
        // then the lock is on a file nobody else sees; start again.
        if !still_named(&file, &lock_file) {
            let _ = file.unlock();
            std::thread::sleep(Duration::from_millis(5));
            continue;
        }
        // Ours now; say who we are: in a new file (not through a link someone left,
        // not into a file of another user). Without it the lock holds all the same.
        let text = serde_json::to_string(&me()).unwrap_or_default();
        let _ = std::fs::remove_file(&holder_file);
        let _ = side_file()
            .write(true)
            .create_new(true)
            .open(&holder_file)
            .and_then(|mut f| {
                f.write_all(text.as_bytes())?;
                f.flush()
            });
        return Ok(Ok(WriterLock {
            file,
            path: lock_file,
            holder: holder_file,
            key: key.to_path_buf(),
        }));
    }
    Ok(Err(holder(path)))
}

/// True for an error that says the file system has no locks.
fn unsupported(e: &std::io::Error) -> bool {
    if e.kind() == std::io::ErrorKind::Unsupported {
        return true;
    }
    // ENOLCK: no locks available.
    #[cfg(target_os = "linux")]
    let enolck = Some(37);
    #[cfg(target_os = "macos")]
    let enolck = Some(77);
    #[cfg(not(any(target_os = "linux", target_os = "macos")))]
    let enolck: Option<i32> = None;
    enolck.is_some() && e.raw_os_error() == enolck
}

/// True when `name` still names the file `file` is open on.
#[cfg(unix)]
fn still_named(file: &File, name: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(name)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere the lock file is never removed, so a name that exists is the file.
#[cfg(not(unix))]
fn still_named(_file: &File, name: &Path) -> bool {
    name.exists()
}

fn lock_file_error(path: &Path, lock_file: &Path, e: &std::io::Error) -> Error {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Error::ReadOnly {
                path: path.display().to_string(),
            }
        }
        _ => Error::from_io(lock_file, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_process_shares_its_lock_and_lets_go_when_the_last_one_closes() {
        let dir = tempfile::tempdir().expect("dir");
        let p = dir.path().join("d.kkdossier");
        let a = acquire(&p, false).expect("first");
        let b = acquire(&dir.path().join(".").join("d.kkdossier"), false).expect("shared");
        assert!(Arc::ptr_eq(&a, &b));
        let h = holder(&p).expect("holder written");
        assert_eq!(h.pid, std::process::id());
        assert_eq!(h.since.len(), 20, "{}", h.since);
        drop(a);
        assert!(lock_path(&p).exists(), "still held by the second");
        drop(b);
        assert!(!holder_path(&p).exists(), "who held it goes with the lock");
        #[cfg(unix)]
        assert!(!lock_path(&p).exists(), "the lock file goes with the lock");
    }

    #[test]
    fn a_lock_file_left_behind_without_a_lock_is_taken_over() {
        let dir = tempfile::tempdir().expect("dir");
        let p = dir.path().join("d.kkdossier");
        std::fs::write(lock_path(&p), b"").expect("stale lock file");
        std::fs::write(
            holder_path(&p),
            r#"{"program":"app","user":"weg","host":"oud","pid":1,"since":"2020-01-01T00:00:00Z"}"#,
        )
        .expect("stale holder");
        let lock = acquire(&p, false).expect("taken over");
        assert_eq!(holder(&p).expect("ours").pid, std::process::id());
        drop(lock);
    }

    #[test]
    fn a_lock_file_opened_by_another_handle_is_refused_with_its_holder() {
        let dir = tempfile::tempdir().expect("dir");
        let p = dir.path().join("d.kkdossier");
        // Another process, as far as the operating system is concerned: a second
        // handle of its own that holds the lock.
        let other = File::create(lock_path(&p)).expect("other");
        other.try_lock().expect("other locks");
        std::fs::write(
            holder_path(&p),
            r#"{"program":"app","user":"anna","host":"LAPTOP-3","pid":4242,"since":"2026-12-07T09:15:00Z"}"#,
        )
        .expect("holder");
        match acquire(&p, false) {
            Err(Error::InUse { by, since, .. }) => {
                assert_eq!(by, "Ketenkompas (anna, LAPTOP-3)");
                assert_eq!(since, "2026-12-07 09:15 UTC");
            }
            other => panic!("{other:?}"),
        }
    }
}
