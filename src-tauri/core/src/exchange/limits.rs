//! How much a file that is read in may hold. Every reader checks these before it
//! allocates for what a file declares or contains, so that a broken or hostile file is
//! refused with a clear error instead of exhausting memory or taking minutes. The limits
//! are far above any real supplier list (the largest tested import has 50,000 rows) and
//! far below what would strain an office laptop (docs/QUALITY.md).

use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};

/// The largest spreadsheet file (CSV or XLSX) an import reads.
pub const FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The largest dossier JSON file an import reads.
pub const JSON_BYTES: u64 = 256 * 1024 * 1024;
/// All parts of a workbook together, unpacked: what a small file can inflate to.
pub const UNPACKED_BYTES: u64 = 160 * 1024 * 1024;
/// Rows with content, the header included.
pub const ROWS: usize = 100_000;
/// Columns of a sheet (Excel allows 16,384; a supplier list has about 20).
pub const COLUMNS: usize = 256;
/// Cells of a sheet, counted as rows times their width, so that a row with one far
/// cell counts as wide as it is.
pub const CELLS: usize = 3_000_000;
/// Characters in one cell (Excel's own limit).
pub const CELL_CHARS: usize = 32_767;
/// Strings in a workbook's shared-string table, whatever it declares.
pub const SHARED_STRINGS: usize = 1_000_000;
/// Entries in a workbook's archive (a workbook has a dozen or so).
pub const ARCHIVE_ENTRIES: u64 = 10_000;

/// The file sizes a shell checks before it reads a file and hands it to the core, so
/// that a file that would be refused is not read or sent at all.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct FileLimits {
    /// A supplier list (CSV or XLSX).
    #[ts(type = "number")]
    pub import_bytes: u64,
    /// One evidence file.
    #[ts(type = "number")]
    pub evidence_bytes: u64,
}

pub fn file_limits() -> FileLimits {
    FileLimits {
        import_bytes: FILE_BYTES,
        evidence_bytes: crate::model::action::EVIDENCE_MAX_BYTES as u64,
    }
}

/// What a limit counts, for the error: `field.import_limit.<what>` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Unpacked,
    Rows,
    Columns,
    Cells,
    CellChars,
    SharedStrings,
    ArchiveEntries,
}

impl Limit {
    pub fn as_str(self) -> &'static str {
        match self {
            Limit::Unpacked => "import_limit.unpacked_mb",
            Limit::Rows => "import_limit.rows",
            Limit::Columns => "import_limit.columns",
            Limit::Cells => "import_limit.cells",
            Limit::CellChars => "import_limit.cell_chars",
            Limit::SharedStrings => "import_limit.shared_strings",
            Limit::ArchiveEntries => "import_limit.archive_entries",
        }
    }

    pub const ALL: [Limit; 7] = [
        Limit::Unpacked,
        Limit::Rows,
        Limit::Columns,
        Limit::Cells,
        Limit::CellChars,
        Limit::SharedStrings,
        Limit::ArchiveEntries,
    ];

    /// The error for going past this limit.
    pub fn exceeded(self) -> Error {
        let max = match self {
            Limit::Unpacked => UNPACKED_BYTES / (1024 * 1024),
            Limit::Rows => ROWS as u64,
            Limit::Columns => COLUMNS as u64,
            Limit::Cells => CELLS as u64,
            Limit::CellChars => CELL_CHARS as u64,
            Limit::SharedStrings => SHARED_STRINGS as u64,
            Limit::ArchiveEntries => ARCHIVE_ENTRIES,
        };
        Error::ImportTooLarge {
            field: self.as_str().to_string(),
            max,
        }
    }
}

/// Refuses a file of `size` bytes when it is larger than `max`, before it is read.
pub fn check_file_size(size: u64, max: u64) -> Result<()> {
    if size > max {
        return Err(Error::FileTooLarge { size, max });
    }
    Ok(())
}

/// Reads a whole file, refusing it before reading when it is larger than `max` bytes
/// (and again while reading, should it grow meanwhile).
pub fn read_file(path: &std::path::Path, max: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let size = file.metadata().map_err(|e| Error::io(path, e))?.len();
    check_file_size(size, max)?;
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    check_file_size(bytes.len() as u64, max)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().expect("dir");
        let p = dir.path().join("groot.csv");
        let f = std::fs::File::create(&p).expect("create");
        // A sparse file: 3 GB by its length, nothing on disk to read.
        f.set_len(3 * 1024 * 1024 * 1024).expect("set_len");
        let err = read_file(&p, FILE_BYTES).expect_err("refused");
        assert_eq!(err.code(), "import.file_too_large");
        let small = dir.path().join("klein.csv");
        std::fs::write(&small, "naam\nA\n").expect("write");
        assert_eq!(read_file(&small, FILE_BYTES).expect("read"), b"naam\nA\n");
    }

    #[test]
    fn every_limit_names_a_field_with_a_text() {
        let nl = crate::messages::Messages::new(crate::messages::Lang::Nl);
        let en = crate::messages::Messages::new(crate::messages::Lang::En);
        for l in Limit::ALL {
            let key = format!("field.{}", l.as_str());
            assert!(nl.has(&key) && en.has(&key), "{key}");
        }
    }
}
