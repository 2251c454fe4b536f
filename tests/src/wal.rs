//! Reads SQLite's write-ahead log the way SQLite's file format describes it, to see in
//! what state a kill left a dossier and to build the states a checkpoint passes through
//! (<https://www.sqlite.org/fileformat2.html#walformat>).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const WAL_HEADER: usize = 32;
const FRAME_HEADER: usize = 24;

/// The log beside a dossier.
pub fn log_path(dossier: &Path) -> PathBuf {
    let mut p = dossier.as_os_str().to_owned();
    p.push("-wal");
    PathBuf::from(p)
}

/// What a dossier and its log look like on disk.
pub struct State {
    /// Committed frames in the log that belong to its current generation.
    pub log_frames: usize,
    /// The main file's header counts more pages than the file holds: a checkpoint
    /// wrote the first page and stopped before it wrote the last.
    pub header_pages_beyond_file: bool,
}

pub fn state_of(dossier: &Path) -> State {
    let main = std::fs::read(dossier).unwrap_or_default();
    let log = std::fs::read(log_path(dossier)).unwrap_or_default();
    let header_pages_beyond_file = main.len() >= 100 && {
        let page_size = match u16::from_be_bytes([main[16], main[17]]) {
            1 => 65_536usize,
            n => usize::from(n),
        };
        let pages = u32::from_be_bytes([main[28], main[29], main[30], main[31]]) as usize;
        pages * page_size > main.len()
    };
    State {
        log_frames: committed_pages(&log).map(|(_, n)| n).unwrap_or(0),
        header_pages_beyond_file,
    }
}

/// Like [`state_of`] from the dossier's header alone (cheap enough to poll); the log
/// is not read, so `log_frames` is 0.
pub fn state_of_header(dossier: &Path) -> State {
    use std::io::Read;
    let mut header = [0u8; 100];
    let read = std::fs::File::open(dossier)
        .and_then(|mut f| f.read_exact(&mut header).map(|_| f.metadata()))
        .and_then(|m| m);
    let header_pages_beyond_file = match read {
        Ok(meta) => {
            let page_size = match u16::from_be_bytes([header[16], header[17]]) {
                1 => 65_536u64,
                n => u64::from(n),
            };
            let pages = u64::from(u32::from_be_bytes([
                header[28], header[29], header[30], header[31],
            ]));
            pages * page_size > meta.len()
        }
        Err(_) => false,
    };
    State {
        log_frames: 0,
        header_pages_beyond_file,
    }
}

/// The newest committed content of every page in the log, by page number, and the
/// number of committed frames; `None` when the log has no valid header.
fn committed_pages(log: &[u8]) -> Option<(BTreeMap<u32, Vec<u8>>, usize)> {
    if log.len() < WAL_HEADER {
        return None;
    }
    let be = |b: &[u8], at: usize| u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
    let magic = be(log, 0);
    if magic != 0x377f_0682 && magic != 0x377f_0683 {
        return None;
    }
    let page_size = be(log, 8) as usize;
    let (salt1, salt2) = (be(log, 16), be(log, 20));
    let mut pending: BTreeMap<u32, Vec<u8>> = BTreeMap::new();
    let mut committed: BTreeMap<u32, Vec<u8>> = BTreeMap::new();
    let (mut frames, mut frames_committed) = (0, 0);
    let mut at = WAL_HEADER;
    while at + FRAME_HEADER + page_size <= log.len() {
        // Frames of an earlier generation of the log carry other salts.
        if be(log, at + 8) != salt1 || be(log, at + 12) != salt2 {
            break;
        }
        let page = be(log, at);
        let commit_size = be(log, at + 4);
        let data = &log[at + FRAME_HEADER..at + FRAME_HEADER + page_size];
        pending.insert(page, data.to_vec());
        frames += 1;
        if commit_size != 0 {
            committed.append(&mut pending);
            frames_committed = frames;
        }
        at += FRAME_HEADER + page_size;
    }
    Some((committed, frames_committed))
}

/// The states a checkpoint of `dossier`'s log passes through: SQLite copies the newest
/// committed pages into the main file in ascending page order. Entry `k` holds the main
/// file after the first `k + 1` pages were copied; the log stays as it is.
pub fn checkpoint_states(dossier: &Path) -> Vec<Vec<u8>> {
    let main = std::fs::read(dossier).expect("read dossier");
    let log = std::fs::read(log_path(dossier)).expect("read log");
    let (pages, _) = committed_pages(&log).expect("a log with a valid header");
    let mut file = main;
    let mut states = Vec::new();
    for (page, data) in pages {
        let at = (page as usize - 1) * data.len();
        if file.len() < at + data.len() {
            file.resize(at + data.len(), 0);
        }
        file[at..at + data.len()].copy_from_slice(&data);
        states.push(file.clone());
    }
    states
}
