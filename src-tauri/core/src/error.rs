//! The one error type of the core. Every variant has a stable code (`dossier.corrupt`, …)
//! and named parameters; the UI and the CLI turn those into Dutch or English sentences.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("file not found: {path}")]
    NotFound { path: String },
    #[error("a file already exists at {path}")]
    AlreadyExists { path: String },
    #[error("not a Ketenkompas dossier: {path}")]
    NotADossier { path: String },
    #[error("the file is empty: {path}")]
    EmptyFile { path: String },
    #[error("the dossier is damaged: {path} ({detail})")]
    Corrupt { path: String, detail: String },
    #[error("dossier {path} has schema version {found}; this version supports up to {supported}")]
    NewerVersion {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("the file is read-only: {path}")]
    ReadOnly { path: String },
    #[error("the dossier is open in {by} since {since}: {path}")]
    InUse {
        path: String,
        /// The program, with the user and computer when known: "Ketenkompas (anna, LAPTOP-3)".
        by: String,
        /// "2026-12-07 09:15 UTC".
        since: String,
    },
    #[error("the dossier is opened read-only; nothing was written")]
    ReadOnlyWrite,
    #[error("the dossier is in use by another program; nothing was written")]
    Busy,
    #[error("the disk is full: {path}")]
    DiskFull { path: String },
    #[error("the path is too long for the file system: {path}")]
    PathTooLong { path: String },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: String, max: usize },
    #[error("{field} is required")]
    Required { field: String },
    #[error("{field} has an invalid value: {value}")]
    Invalid { field: String, value: String },
    #[error("reporting year {year} already exists")]
    YearExists { year: i32 },
    #[error("reporting year {year} does not exist")]
    YearNotFound { year: i32 },
    #[error("reporting year {year} is closed")]
    YearClosed { year: i32 },
    #[error("the JSON is not a valid dossier: {detail}")]
    JsonInvalid { detail: String },
    #[error("dossier JSON format version {found} is not supported (up to {supported})")]
    JsonUnsupportedVersion { found: i64, supported: i64 },
    #[error("HTML is only for the communication report")]
    HtmlOnlyForCommunication,
    #[error("the file to import is empty")]
    ImportEmpty,
    #[error("the file to import is {format}, not CSV, XLSX or XLS")]
    ImportFormat { format: String },
    #[error("the file to import is binary, not CSV, XLSX or XLS")]
    ImportBinary,
    #[error("the file to import is protected with a password")]
    ImportEncrypted,
    #[error("the workbook is not a Ketenkompas questionnaire")]
    SurveyNotQuestionnaire,
    #[error("the questionnaire belongs to another dossier or round")]
    SurveyForeign,
    #[error("the questionnaire's identification was changed: it was sent to another supplier")]
    SurveyAltered,
    #[error("a second questionnaire of {supplier} in the same read")]
    SurveyTwice { supplier: String },
    #[error("these files cannot be dropped here: {names}")]
    DropUnsupported { names: String },
    #[error("these dropped files could not be read: {names}")]
    DropUnreadable { names: String },
    #[error("the questionnaire came back without any answer")]
    SurveyEmpty,
    #[error("the file is {size} bytes; at most {max} can be read")]
    FileTooLarge { size: u64, max: u64 },
    #[error("the file to import has more {field} than {max}")]
    ImportTooLarge { field: String, max: u64 },
    #[error("the file to import has no column {column}")]
    ImportMissingColumn { column: String },
    #[error("the file to import cannot be read at line {line}: {detail}")]
    ImportMalformed { line: i64, detail: String },
    #[error("{what} {id} does not exist")]
    NotFoundRecord { what: String, id: i64 },
    #[error("the evidence file is {size} bytes; at most {max} fit in the dossier")]
    EvidenceTooLarge { size: u64, max: u64 },
    #[error("a deferred risk needs a reason")]
    DeferralUnexplained,
    #[error("step {step}: a level other than the suggested one needs a reason")]
    MaturityUnexplained { step: u8 },
    #[error("the review date lies after {latest}")]
    ReviewTooLate { latest: String },
    #[error("the decision needs an explicit confirmation ({reasons:?})")]
    DecisionUnconfirmed { reasons: Vec<String> },
    #[error("a responsible disengagement is done only with the exit questions answered")]
    ExitIncomplete,
    #[error("this copy of the app has no update address")]
    UpdateNoChannel,
    #[error("the update address could not be reached: {detail}")]
    UpdateUnreachable { detail: String },
    #[error("the update address gave no usable answer: {detail}")]
    UpdateInvalid { detail: String },
    #[error("the update file is not signed with the app's key; nothing was installed")]
    UpdateUnsigned,
    #[error("the update could not be installed: {detail}")]
    UpdateFailed { detail: String },
    #[error("file error at {path}: {detail}")]
    Io { path: String, detail: String },
    #[error("database error: {0}")]
    Database(rusqlite::Error),
}

impl Error {
    /// The stable code of this error; message files have a text per code.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound { .. } => "dossier.not_found",
            Error::AlreadyExists { .. } => "dossier.already_exists",
            Error::NotADossier { .. } => "dossier.not_a_dossier",
            Error::EmptyFile { .. } => "dossier.empty_file",
            Error::Corrupt { .. } => "dossier.corrupt",
            Error::NewerVersion { .. } => "dossier.newer_version",
            Error::ReadOnly { .. } => "dossier.read_only",
            Error::InUse { .. } => "dossier.in_use",
            Error::ReadOnlyWrite => "dossier.read_only_write",
            Error::Busy => "dossier.busy",
            Error::DiskFull { .. } => "disk.full",
            Error::PathTooLong { .. } => "path.too_long",
            Error::TooLong { .. } => "input.too_long",
            Error::Required { .. } => "input.required",
            Error::Invalid { .. } => "input.invalid",
            Error::YearExists { .. } => "year.exists",
            Error::YearNotFound { .. } => "year.not_found",
            Error::YearClosed { .. } => "year.closed",
            Error::JsonInvalid { .. } => "json.invalid",
            Error::JsonUnsupportedVersion { .. } => "json.unsupported_version",
            Error::HtmlOnlyForCommunication => "report.html_only_communication",
            Error::ImportEmpty => "import.empty",
            Error::ImportFormat { .. } => "import.format",
            Error::ImportBinary => "import.binary",
            Error::ImportEncrypted => "import.encrypted",
            Error::SurveyNotQuestionnaire => "survey.not_questionnaire",
            Error::SurveyForeign => "survey.foreign",
            Error::SurveyAltered => "survey.altered",
            Error::SurveyTwice { .. } => "survey.twice",
            Error::SurveyEmpty => "survey.empty",
            Error::DropUnsupported { .. } => "drop.unsupported",
            Error::DropUnreadable { .. } => "drop.unreadable",
            Error::FileTooLarge { .. } => "import.file_too_large",
            Error::ImportTooLarge { .. } => "import.too_large",
            Error::ImportMissingColumn { .. } => "import.missing_column",
            Error::ImportMalformed { .. } => "import.malformed",
            Error::NotFoundRecord { .. } => "record.not_found",
            Error::EvidenceTooLarge { .. } => "evidence.too_large",
            Error::DeferralUnexplained => "risk.deferral_unexplained",
            Error::MaturityUnexplained { .. } => "maturity.unexplained",
            Error::ReviewTooLate { .. } => "risk.review_too_late",
            Error::DecisionUnconfirmed { .. } => "risk.decision_unconfirmed",
            Error::ExitIncomplete => "action.exit_incomplete",
            Error::UpdateNoChannel => "update.no_channel",
            Error::UpdateUnreachable { .. } => "update.unreachable",
            Error::UpdateInvalid { .. } => "update.invalid",
            Error::UpdateUnsigned => "update.unsigned",
            Error::UpdateFailed { .. } => "update.failed",
            Error::Io { .. } => "io.failed",
            Error::Database(_) => "internal.database",
        }
    }

    /// Every code the core can produce; a test checks each has a text in both languages.
    pub const ALL_CODES: &'static [&'static str] = &[
        "dossier.not_found",
        "dossier.already_exists",
        "dossier.not_a_dossier",
        "dossier.empty_file",
        "dossier.corrupt",
        "dossier.newer_version",
        "dossier.read_only",
        "dossier.in_use",
        "dossier.read_only_write",
        "dossier.busy",
        "disk.full",
        "path.too_long",
        "input.too_long",
        "input.required",
        "input.invalid",
        "year.exists",
        "year.not_found",
        "year.closed",
        "json.invalid",
        "json.unsupported_version",
        "report.html_only_communication",
        "import.empty",
        "import.format",
        "import.binary",
        "import.encrypted",
        "survey.not_questionnaire",
        "survey.foreign",
        "survey.altered",
        "survey.twice",
        "survey.empty",
        "drop.unsupported",
        "drop.unreadable",
        "import.file_too_large",
        "import.too_large",
        "import.missing_column",
        "import.malformed",
        "record.not_found",
        "evidence.too_large",
        "risk.deferral_unexplained",
        "maturity.unexplained",
        "risk.review_too_late",
        "risk.decision_unconfirmed",
        "action.exit_incomplete",
        "update.no_channel",
        "update.unreachable",
        "update.invalid",
        "update.unsigned",
        "update.failed",
        "io.failed",
        "internal.database",
    ];

    /// True when the user can do something about it (wrong file, bad input);
    /// false for faults inside the program.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, Error::Database(_))
    }

    /// The named parameters that message texts may use.
    pub fn params(&self) -> BTreeMap<String, String> {
        let mut p = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            p.insert(k.to_string(), v);
        };
        match self {
            Error::NotFound { path }
            | Error::AlreadyExists { path }
            | Error::NotADossier { path }
            | Error::EmptyFile { path }
            | Error::ReadOnly { path }
            | Error::DiskFull { path }
            | Error::PathTooLong { path } => put("path", path.clone()),
            Error::ReadOnlyWrite
            | Error::Busy
            | Error::DeferralUnexplained
            | Error::ExitIncomplete
            | Error::UpdateNoChannel
            | Error::UpdateUnsigned => {}
            Error::UpdateUnreachable { detail }
            | Error::UpdateInvalid { detail }
            | Error::UpdateFailed { detail } => put("detail", detail.clone()),
            Error::InUse { path, by, since } => {
                put("path", path.clone());
                put("by", by.clone());
                put("since", since.clone());
            }
            Error::ReviewTooLate { latest } => put("latest", latest.clone()),
            Error::MaturityUnexplained { step } => put("step", step.to_string()),
            Error::DecisionUnconfirmed { reasons } => put("reasons", reasons.join(",")),
            Error::Corrupt { path, detail } | Error::Io { path, detail } => {
                put("path", path.clone());
                put("detail", detail.clone());
            }
            Error::NewerVersion {
                path,
                found,
                supported,
            } => {
                put("path", path.clone());
                put("found", found.to_string());
                put("supported", supported.to_string());
            }
            Error::TooLong { field, max } => {
                put("field", field.clone());
                put("max", max.to_string());
            }
            Error::Required { field } => put("field", field.clone()),
            Error::Invalid { field, value } => {
                put("field", field.clone());
                put("value", value.clone());
            }
            Error::YearExists { year }
            | Error::YearNotFound { year }
            | Error::YearClosed { year } => put("year", year.to_string()),
            Error::JsonInvalid { detail } => put("detail", detail.clone()),
            Error::ImportEmpty
            | Error::ImportBinary
            | Error::ImportEncrypted
            | Error::SurveyNotQuestionnaire
            | Error::SurveyForeign
            | Error::SurveyAltered
            | Error::SurveyEmpty
            | Error::HtmlOnlyForCommunication => {}
            Error::SurveyTwice { supplier } => put("supplier", supplier.clone()),
            Error::DropUnsupported { names } | Error::DropUnreadable { names } => {
                put("names", names.clone())
            }
            Error::ImportFormat { format } => put("format", format.clone()),
            Error::FileTooLarge { size, max } => {
                put("size_mb", format!("{:.1}", *size as f64 / 1_048_576.0));
                put("max_mb", format!("{:.0}", *max as f64 / 1_048_576.0));
            }
            Error::ImportTooLarge { field, max } => {
                put("field", field.clone());
                put("max", max.to_string());
            }
            Error::ImportMissingColumn { column } => put("column", column.clone()),
            Error::ImportMalformed { line, detail } => {
                put("line", line.to_string());
                put("detail", detail.clone());
            }
            Error::NotFoundRecord { what, id } => {
                put("what", what.clone());
                put("id", id.to_string());
            }
            Error::EvidenceTooLarge { size, max } => {
                put("size_mb", format!("{:.1}", *size as f64 / 1_048_576.0));
                put("max_mb", format!("{:.0}", *max as f64 / 1_048_576.0));
            }
            Error::JsonUnsupportedVersion { found, supported } => {
                put("found", found.to_string());
                put("supported", supported.to_string());
            }
            Error::Database(e) => put("detail", e.to_string()),
        }
        p
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code().to_string(),
            params: self.params(),
        }
    }

    /// An I/O error at `path`; a full disk gets its own code.
    pub(crate) fn io(path: &std::path::Path, e: std::io::Error) -> Error {
        Error::from_io(path, &e)
    }

    /// An I/O error as the error the user gets: a full disk, a name too long and a place
    /// that may not be written have their own codes.
    pub fn from_io(path: &std::path::Path, e: &std::io::Error) -> Error {
        let shown = path.display().to_string();
        match e.kind() {
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                Error::DiskFull { path: shown }
            }
            std::io::ErrorKind::InvalidFilename => Error::PathTooLong { path: shown },
            std::io::ErrorKind::ReadOnlyFilesystem => Error::ReadOnly { path: shown },
            _ => Error::Io {
                path: shown,
                detail: e.to_string(),
            },
        }
    }
}

/// SQLite's errors that the user can do something about get their own code: another
/// program holding the dossier, a full disk, a dossier opened read-only. The rest are
/// faults inside the program.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode;
        // The shared-memory file next to the dossier could not grow: on a full disk
        // SQLite says so with this I/O error rather than with "full".
        let shm_full = matches!(&e, rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE);
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Busy,
            Some(ErrorCode::DiskFull) => Error::DiskFull {
                path: String::new(),
            },
            _ if shm_full => Error::DiskFull {
                path: String::new(),
            },
            Some(ErrorCode::ReadOnly) => Error::ReadOnlyWrite,
            _ => Error::Database(e),
        }
    }
}

/// What crosses the boundary to a shell: a code and its parameters, never a sentence.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct ErrorPayload {
    pub code: String,
    pub params: BTreeMap<String, String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_code_is_listed_in_all_codes() {
        let samples = [
            Error::NotFound { path: "p".into() },
            Error::AlreadyExists { path: "p".into() },
            Error::NotADossier { path: "p".into() },
            Error::EmptyFile { path: "p".into() },
            Error::Corrupt {
                path: "p".into(),
                detail: "d".into(),
            },
            Error::NewerVersion {
                path: "p".into(),
                found: 9,
                supported: 1,
            },
            Error::ReadOnly { path: "p".into() },
            Error::InUse {
                path: "p".into(),
                by: "Ketenkompas (anna, LAPTOP-3)".into(),
                since: "2026-12-07 09:15 UTC".into(),
            },
            Error::ReadOnlyWrite,
            Error::Busy,
            Error::DiskFull { path: "p".into() },
            Error::PathTooLong { path: "p".into() },
            Error::TooLong {
                field: "f".into(),
                max: 1,
            },
            Error::Required { field: "f".into() },
            Error::Invalid {
                field: "f".into(),
                value: "v".into(),
            },
            Error::YearExists { year: 2025 },
            Error::YearNotFound { year: 2025 },
            Error::YearClosed { year: 2025 },
            Error::JsonInvalid { detail: "d".into() },
            Error::JsonUnsupportedVersion {
                found: 2,
                supported: 1,
            },
            Error::ImportEmpty,
            Error::ImportFormat {
                format: "PDF".into(),
            },
            Error::ImportBinary,
            Error::ImportEncrypted,
            Error::SurveyNotQuestionnaire,
            Error::SurveyForeign,
            Error::SurveyAltered,
            Error::DropUnsupported {
                names: "foto.jpg".into(),
            },
            Error::DropUnreadable {
                names: "weg.csv".into(),
            },
            Error::SurveyTwice {
                supplier: "S".into(),
            },
            Error::SurveyEmpty,
            Error::HtmlOnlyForCommunication,
            Error::FileTooLarge { size: 9, max: 1 },
            Error::ImportTooLarge {
                field: "import_limit.rows".into(),
                max: 1,
            },
            Error::ImportMissingColumn {
                column: "name".into(),
            },
            Error::ImportMalformed {
                line: 3,
                detail: "d".into(),
            },
            Error::NotFoundRecord {
                what: "risk".into(),
                id: 1,
            },
            Error::EvidenceTooLarge { size: 11, max: 10 },
            Error::DeferralUnexplained,
            Error::MaturityUnexplained { step: 2 },
            Error::ReviewTooLate {
                latest: "2027-12-31".into(),
            },
            Error::DecisionUnconfirmed {
                reasons: vec!["defer_actual".into()],
            },
            Error::ExitIncomplete,
            Error::UpdateNoChannel,
            Error::UpdateUnreachable { detail: "d".into() },
            Error::UpdateInvalid { detail: "d".into() },
            Error::UpdateUnsigned,
            Error::UpdateFailed { detail: "d".into() },
            Error::Io {
                path: "p".into(),
                detail: "d".into(),
            },
            Error::Database(rusqlite::Error::InvalidQuery),
        ];
        assert_eq!(samples.len(), Error::ALL_CODES.len());
        for e in &samples {
            assert!(
                Error::ALL_CODES.contains(&e.code()),
                "{} not listed",
                e.code()
            );
        }
    }

    #[test]
    fn sqlite_errors_the_user_can_act_on_get_their_own_codes() {
        use rusqlite::{Connection, OpenFlags};
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("t.sqlite");
        let a = Connection::open(&path).expect("open");
        a.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .expect("fill");
        // A file that may not grow behaves as a full disk does.
        a.pragma_update(None, "max_page_count", 2).expect("cap");
        let full = a
            .execute("INSERT INTO t VALUES (randomblob(20000))", [])
            .expect_err("full");
        assert_eq!(Error::from(full).code(), "disk.full");

        let b = Connection::open(&path).expect("second");
        a.execute_batch("BEGIN IMMEDIATE").expect("lock");
        let busy = b.execute("INSERT INTO t VALUES (2)", []).expect_err("busy");
        assert_eq!(Error::from(busy).code(), "dossier.busy");
        a.execute_batch("ROLLBACK").expect("unlock");

        let ro = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("ro");
        let refused = ro.execute("INSERT INTO t VALUES (3)", []).expect_err("ro");
        assert_eq!(Error::from(refused).code(), "dossier.read_only_write");

        let other = a
            .execute("INSERT INTO nope VALUES (1)", [])
            .expect_err("no table");
        assert_eq!(Error::from(other).code(), "internal.database");
    }
}
