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

/// Takes the files of one drop; the first dossier is opened (and the rest of the drop
/// goes to it), one supplier list at a time is kept, questionnaires are gathered.
pub fn handle(state: &AppState, paths: &[PathBuf]) -> Dropped {
    let mut out = Dropped::default();
    let mut questionnaires: Vec<(String, Vec<u8>)> = Vec::new();
    // A dossier first, so that lists and questionnaires of the same drop land in it.
    if let Some(p) = paths
        .iter()
        .find(|p| kind_by_name(&name_of(p)) == Some(DropKind::Dossier))
    {
        state.open_at_start(p.clone());
        match lock(&state.start_error).take() {
            None => out.dossier = true,
            Some(e) => out.error = Some(e),
        }
    }
    let open = lock(&state.dossier).is_some();
    for p in paths.iter().take(MAX_FILES) {
        let name = name_of(p);
        if kind_by_name(&name) == Some(DropKind::Dossier) {
            if !out.dossier || out.error.is_some() {
                out.refused.push(name);
            }
            continue;
        }
        if kind_by_name(&name) == Some(DropKind::Unsupported) || !open {
            out.refused.push(name);
            continue;
        }
        let bytes = match limits::read_file(p, limits::FILE_BYTES) {
            Ok(b) => b,
            Err(e) => {
                out.error.get_or_insert(e.payload());
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
            _ => out.refused.push(name),
        }
    }
    if !questionnaires.is_empty() {
        out.questionnaires = questionnaires.len() as u32;
        *lock(&state.pending_survey) = questionnaires;
    }
    if out.error.is_none() && !out.refused.is_empty() {
        out.error = Some(
            Error::DropUnsupported {
                names: out.refused.join(", "),
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
    fn a_dropped_dossier_opens_and_the_files_dropped_with_it_go_to_their_previews() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, dossier, book) = setup(dir.path());
        let list = dir.path().join("lijst.csv");
        std::fs::write(&list, "naam;land\nAtelier Zuid;Portugal\n").expect("list");
        let returned = dir.path().join("terug van Noord.xlsx");
        std::fs::write(&returned, &book).expect("questionnaire");
        let photo = dir.path().join("foto.jpg");
        std::fs::write(&photo, b"\xff\xd8\xff").expect("photo");
        let out = handle(
            &state,
            &[
                list.clone(),
                returned.clone(),
                photo.clone(),
                dossier.clone(),
            ],
        );
        assert!(out.dossier, "{out:?}");
        assert_eq!(out.supplier_list.as_deref(), Some("lijst.csv"));
        assert_eq!(out.questionnaires, 1);
        assert_eq!(out.refused, ["foto.jpg"]);
        assert_eq!(
            out.error.as_ref().map(|e| e.code.as_str()),
            Some("drop.unsupported")
        );
        assert!(lock(&state.dropped_list).is_some());
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
    fn a_file_that_is_not_a_dossier_but_named_like_one_is_refused_and_nothing_opens() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, _, _) = setup(dir.path());
        let fake = dir.path().join("nep.kkdossier");
        std::fs::write(&fake, b"not a dossier at all").expect("fake");
        let out = handle(&state, &[fake]);
        assert!(!out.dossier);
        assert_eq!(
            out.error.as_ref().map(|e| e.code.as_str()),
            Some("dossier.not_a_dossier")
        );
        assert_eq!(out.refused, ["nep.kkdossier"]);
        assert!(lock(&state.dossier).is_none());
    }
}
