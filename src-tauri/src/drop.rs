//! Files dropped on the window (the platform hands the shell their paths): a dossier is
//! opened, a supplier list waits for its import preview, returned questionnaires wait
//! for theirs, anything else is named back as refused. What each file is, the core
//! says (`ketenkompas::exchange::dropped`); the interface is told what happened.

use std::path::{Path, PathBuf};

use ketenkompas::exchange::dropped::{kind_by_name, kind_of, DropKind, Dropped};
use ketenkompas::exchange::limits;
use ketenkompas::exchange::survey::MAX_FILES;
use ketenkompas::Error;

use crate::state::{lock, AppState};

fn name_of(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

/// Takes the files of one drop. A dossier is handed to the interface to open (after it
/// asked about unsaved changes); the other files of that drop are refused, to be
/// dropped again once it is open. Otherwise one supplier list is kept for its preview
/// and questionnaires are gathered for theirs.
pub fn handle(state: &AppState, paths: &[PathBuf]) -> Dropped {
    let mut out = Dropped::default();
    let mut questionnaires: Vec<(String, Vec<u8>)> = Vec::new();
    let dossier = paths
        .iter()
        .find(|p| kind_by_name(&name_of(p)) == Some(DropKind::Dossier));
    if let Some(p) = dossier {
        *lock(&state.handed) = Some(p.clone());
        out.dossier = true;
    }
    let open = lock(&state.dossier).is_some();
    let mut unreadable: Vec<String> = Vec::new();
    // Refused for their kind (or because no dossier is open), named in one error.
    let mut unsupported: Vec<String> = Vec::new();
    let mut first_reason = None;
    for p in paths.iter().take(MAX_FILES) {
        let name = name_of(p);
        if Some(p) == dossier {
            continue;
        }
        // By name: a list, or a workbook that its bytes will tell apart.
        let takeable = matches!(kind_by_name(&name), None | Some(DropKind::SupplierList));
        if dossier.is_some() || !takeable || !open {
            unsupported.push(name.clone());
            out.refused.push(name);
            continue;
        }
        let bytes = match limits::read_file(p, limits::FILE_BYTES) {
            Ok(b) => b,
            Err(e) => {
                // The reason of the first (the others are named with it below).
                if unreadable.is_empty() {
                    first_reason = Some(e.payload());
                }
                unreadable.push(name.clone());
                out.refused.push(name);
                continue;
            }
        };
        match kind_of(&name, &bytes) {
            DropKind::Questionnaire => questionnaires.push((name, bytes)),
            DropKind::SupplierList if out.supplier_list.is_none() => {
                *lock(&state.dropped_list) = Some(bytes);
                out.supplier_list = Some(name);
            }
            _ => {
                unsupported.push(name.clone());
                out.refused.push(name);
            }
        }
    }
    if !questionnaires.is_empty() {
        out.questionnaires = questionnaires.len() as u32;
        *lock(&state.pending_survey) = questionnaires;
    }
    if !unreadable.is_empty() {
        out.errors.push(
            Error::DropUnreadable {
                names: unreadable.join(", "),
            }
            .payload(),
        );
        out.errors.extend(first_reason);
    }
    if !unsupported.is_empty() {
        out.errors.push(
            Error::DropUnsupported {
                names: unsupported.join(", "),
            }
            .payload(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ketenkompas::exchange::survey;
    use ketenkompas::model::Supplier;
    use ketenkompas::Dossier;

    #[allow(clippy::expect_used)]
    fn setup(dir: &Path) -> (AppState, PathBuf, Vec<u8>) {
        let state = AppState::new(dir.join("config"), dir.join("data"));
        let path = dir.join("gesleept.kkdossier");
        let mut d = Dossier::create(&path, "Sleep B.V.", 2026).expect("dossier");
        let id = d
            .save_supplier(&Supplier::named("Atelier Noord"))
            .expect("supplier")
            .id;
        let book = survey::create(
            &mut d,
            2026,
            "2026-04-30",
            "2026-03-01",
            &[(id, "nl".into())],
        )
        .expect("round")
        .remove(0)
        .bytes;
        drop(d);
        (state, path, book)
    }

    #[test]
    #[allow(clippy::expect_used)]
    fn a_dropped_dossier_is_handed_over_and_the_files_dropped_with_it_are_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, dossier, _) = setup(dir.path());
        let list = dir.path().join("lijst.csv");
        std::fs::write(&list, "naam;land\nAtelier Zuid;Portugal\n").expect("list");
        let second = dir.path().join("tweede.kkdossier");
        std::fs::write(&second, b"x").expect("second");
        let out = handle(&state, &[list, dossier.clone(), second]);
        assert!(out.dossier);
        assert_eq!(lock(&state.handed).as_deref(), Some(dossier.as_path()));
        assert!(
            lock(&state.dossier).is_none(),
            "opened only when the interface asks"
        );
        assert_eq!(out.refused, ["lijst.csv", "tweede.kkdossier"]);
        assert!(lock(&state.dropped_list).is_none());
    }

    #[test]
    #[allow(clippy::expect_used)]
    fn with_a_dossier_open_a_list_and_questionnaires_wait_for_their_previews() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, dossier, book) = setup(dir.path());
        // Opened as the app holds it, without the background backup of `open_at_start`
        // (whose thread would outlive the test's folder).
        *lock(&state.dossier) = Some(Dossier::open(&dossier).expect("open"));
        let list = dir.path().join("lijst.csv");
        std::fs::write(&list, "naam;land\nAtelier Zuid;Portugal\n").expect("list");
        let returned = dir.path().join("terug van Noord.xlsx");
        std::fs::write(&returned, &book).expect("questionnaire");
        let photo = dir.path().join("foto.jpg");
        std::fs::write(&photo, b"\xff\xd8\xff").expect("photo");
        let out = handle(&state, &[list, returned, photo]);
        assert!(!out.dossier);
        assert_eq!(out.supplier_list.as_deref(), Some("lijst.csv"));
        assert_eq!(out.questionnaires, 1);
        assert_eq!(out.refused, ["foto.jpg"]);
        let codes: Vec<&str> = out.errors.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["drop.unsupported"]);
        assert_eq!(lock(&state.pending_survey)[0].0, "terug van Noord.xlsx");
        // The list's preview reads the bytes that were dropped.
        let bytes = lock(&state.dropped_list).take().expect("kept");
        let report = state
            .with_dossier(|d| ketenkompas::exchange::suppliers::preview(d, &bytes))
            .expect("preview");
        assert_eq!(report.new, 1);
    }

    #[test]
    #[allow(clippy::expect_used)]
    fn without_an_open_dossier_only_a_dossier_is_taken() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, _, _) = setup(dir.path());
        let list = dir.path().join("lijst.xlsx");
        std::fs::write(&list, b"PK\x03\x04").expect("list");
        let out = handle(&state, &[list]);
        assert!(!out.dossier);
        assert_eq!(out.refused, ["lijst.xlsx"]);
        assert!(lock(&state.dropped_list).is_none());
    }

    #[test]
    #[allow(clippy::expect_used)]
    fn a_file_that_cannot_be_read_does_not_hide_the_files_refused_for_their_kind() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, dossier, _) = setup(dir.path());
        *lock(&state.dossier) = Some(Dossier::open(&dossier).expect("open"));
        let photo = dir.path().join("foto.jpg");
        std::fs::write(&photo, b"\xff\xd8\xff").expect("photo");
        // A list that is gone by the time it is read (or cannot be read at all).
        let gone = dir.path().join("weg.csv");
        let also_gone = dir.path().join("ook weg.csv");
        let out = handle(&state, &[gone, photo, also_gone]);
        assert_eq!(out.refused, ["weg.csv", "foto.jpg", "ook weg.csv"]);
        let codes: Vec<&str> = out.errors.iter().map(|e| e.code.as_str()).collect();
        // Both unread files named, the first one's reason, and the file of a wrong kind.
        assert_eq!(codes, ["drop.unreadable", "io.failed", "drop.unsupported"]);
        let names = |i: usize| out.errors[i].params.get("names").cloned();
        assert_eq!(names(0).as_deref(), Some("weg.csv, ook weg.csv"));
        assert_eq!(names(2).as_deref(), Some("foto.jpg"));
        assert!(lock(&state.dropped_list).is_none());
    }
}
