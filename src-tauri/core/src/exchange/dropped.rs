//! Files dropped on the window: what each one is, by its name and, for a workbook, by
//! what it holds. A dossier is opened, a supplier list (CSV, XLSX or XLS) goes to the
//! import preview, a returned questionnaire to the questionnaires' preview; anything
//! else is refused with a message that says what the window accepts.

use serde::Serialize;
use ts_rs::TS;

use crate::error::ErrorPayload;
use crate::model::vocab::vocabulary;

vocabulary! {
    /// What a dropped file is.
    DropKind {
        Dossier = "dossier",
        SupplierList = "supplier_list",
        Questionnaire = "questionnaire",
        Unsupported = "unsupported",
    }
}

/// What was done with the files of one drop, for the interface.
#[derive(Debug, Clone, Default, Serialize, TS, PartialEq, Eq)]
pub struct Dropped {
    /// A dossier was opened.
    pub dossier: bool,
    /// The name of the supplier list waiting for its preview.
    pub supplier_list: Option<String>,
    /// Returned questionnaires waiting for their preview.
    pub questionnaires: u32,
    /// Files that were not taken, by name.
    pub refused: Vec<String>,
    /// Why files could not be taken: the files that could not be read (named in one
    /// error) and the first one's reason, then the files of a kind the app does not take
    /// (named in one error).
    pub errors: Vec<ErrorPayload>,
}

/// The kind of file its name says; a workbook (`.xlsx`) needs its bytes to tell a
/// returned questionnaire from a supplier list.
pub fn kind_by_name(name: &str) -> Option<DropKind> {
    let Some((_, ext)) = name.rsplit_once('.') else {
        return Some(DropKind::Unsupported);
    };
    match ext.to_ascii_lowercase().as_str() {
        "kkdossier" => Some(DropKind::Dossier),
        "csv" | "tsv" | "txt" | "xls" => Some(DropKind::SupplierList),
        "xlsx" => None,
        _ => Some(DropKind::Unsupported),
    }
}

/// The kind of a dropped file from its name and, where the name does not settle it,
/// its bytes.
pub fn kind_of(name: &str, bytes: &[u8]) -> DropKind {
    kind_by_name(name).unwrap_or_else(|| {
        if super::survey::is_questionnaire(bytes) {
            DropKind::Questionnaire
        } else {
            DropKind::SupplierList
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_known_by_its_name_and_a_workbook_by_what_it_holds() {
        assert_eq!(kind_by_name("Bedrijf.KKDOSSIER"), Some(DropKind::Dossier));
        assert_eq!(kind_by_name("lijst.csv"), Some(DropKind::SupplierList));
        assert_eq!(kind_by_name("oud.xls"), Some(DropKind::SupplierList));
        assert_eq!(kind_by_name("foto.jpg"), Some(DropKind::Unsupported));
        assert_eq!(kind_by_name("zonder-punt"), Some(DropKind::Unsupported));
        assert_eq!(kind_by_name("lijst.xlsx"), None);
        // A workbook that is not a questionnaire is a supplier list (its preview says
        // whether it can be read as one).
        assert_eq!(
            kind_of("lijst.xlsx", b"PK\x03\x04 not really"),
            DropKind::SupplierList
        );
        assert_eq!(kind_of("notitie.docx", b""), DropKind::Unsupported);
    }
}
