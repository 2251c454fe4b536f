//! New, open, recent, sample, save a copy, close. Files are chosen in native dialogs
//! opened here, so the web view never names a path it was not given.

use std::path::PathBuf;

use ketenkompas::dossier::backup::{self, BackupEntry, BackupList};
use ketenkompas::model::text::safe_file_name;
use ketenkompas::{sample, Dossier, DossierInfo, Error, ErrorPayload};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::{lock, no_dossier, AppState};
use ketenkompas::model::date::now_secs;

const FILTER_NAME: &str = "Ketenkompas";

fn pick_new_path(app: &AppHandle, suggested: &str) -> Option<PathBuf> {
    app.dialog()
        .file()
        .add_filter(FILTER_NAME, &[ketenkompas::dossier::EXTENSION])
        .set_file_name(format!(
            "{}.{}",
            safe_file_name(suggested),
            ketenkompas::dossier::EXTENSION
        ))
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
        .map(with_extension)
}

fn with_extension(p: PathBuf) -> PathBuf {
    if p.extension()
        .is_some_and(|e| e == ketenkompas::dossier::EXTENSION)
    {
        p
    } else {
        let mut s = p.into_os_string();
        s.push(".");
        s.push(ketenkompas::dossier::EXTENSION);
        PathBuf::from(s)
    }
}

fn opened(state: &AppState, d: Dossier) -> Result<DossierInfo, ErrorPayload> {
    let info = d.info().map_err(|e| e.payload())?;
    state.replace(d);
    Ok(info)
}

/// Asks where to save, then creates a dossier for `company_name`. `None`: cancelled.
#[tauri::command]
pub async fn new_dossier(
    app: AppHandle,
    state: State<'_, AppState>,
    company_name: String,
    first_year: i32,
) -> Result<Option<DossierInfo>, ErrorPayload> {
    // Check the name before the user picks a file, so a bad name is told at once.
    let max = ketenkompas::model::company::NAME_MAX;
    ketenkompas::model::text::required("company.name", &company_name, max)
        .map_err(|e| e.payload())?;
    let Some(path) = pick_new_path(&app, company_name.trim()) else {
        return Ok(None);
    };
    // The dialog already asked whether to overwrite; we still never replace a file.
    let d = Dossier::create(&path, &company_name, first_year).map_err(|e| e.payload())?;
    opened(&state, d).map(Some)
}

#[tauri::command]
pub async fn open_dossier(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<DossierInfo>, ErrorPayload> {
    let picked = app
        .dialog()
        .file()
        .add_filter(FILTER_NAME, &[ketenkompas::dossier::EXTENSION])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok());
    let Some(path) = picked else { return Ok(None) };
    let d = Dossier::open_for_reading(&path).map_err(|e| e.payload())?;
    opened(&state, d).map(Some)
}

/// Opens the dossier handed to the app (a second launch, a drop, macOS's Opened event),
/// once the interface has asked about unsaved changes.
#[tauri::command]
pub async fn open_handed(state: State<'_, AppState>) -> Result<Option<DossierInfo>, ErrorPayload> {
    let Some(path) = lock(&state.handed).take() else {
        return Ok(None);
    };
    let d = Dossier::open_for_reading(&path).map_err(|e| e.payload())?;
    opened(&state, d).map(Some)
}

/// Opens a dossier from the recent list; any other path is refused.
#[tauri::command]
pub async fn open_recent(
    state: State<'_, AppState>,
    path: String,
) -> Result<DossierInfo, ErrorPayload> {
    if !lock(&state.settings).is_recent(&path) {
        return Err(Error::Invalid {
            field: "path".into(),
            value: path,
        }
        .payload());
    }
    let d = Dossier::open_for_reading(&PathBuf::from(path)).map_err(|e| e.payload())?;
    opened(&state, d)
}

/// Opens the sample dossier, writing it first if it is not there yet.
#[tauri::command]
pub async fn open_sample(state: State<'_, AppState>) -> Result<DossierInfo, ErrorPayload> {
    let path = state.sample_path();
    let d = if path.exists() {
        Dossier::open(&path)
    } else {
        std::fs::create_dir_all(&state.data_dir)
            .map_err(|e| Error::Io {
                path: state.data_dir.display().to_string(),
                detail: e.to_string(),
            })
            .and_then(|_| sample::create(&path))
    }
    .map_err(|e| e.payload())?;
    opened(&state, d)
}

/// Asks where to, then writes a copy of the open dossier. `None`: cancelled.
#[tauri::command]
pub async fn save_copy(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>, ErrorPayload> {
    let name = state.with_dossier(|d| Ok(d.company()?.name))?;
    let Some(path) = pick_new_path(&app, &format!("{name} (kopie)")) else {
        return Ok(None);
    };
    state.with_dossier(|d| d.save_copy(&path))?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
pub fn close_dossier(state: State<'_, AppState>) {
    *lock(&state.dossier) = None;
}

#[tauri::command]
pub fn get_dossier_info(state: State<'_, AppState>) -> Result<DossierInfo, ErrorPayload> {
    match lock(&state.dossier).as_ref() {
        Some(d) => d.info().map_err(|e| e.payload()),
        None => Err(no_dossier()),
    }
}

/// Asks where to, then writes the whole dossier as JSON (R5). `None`: cancelled.
#[tauri::command]
pub async fn export_dossier_json(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>, ErrorPayload> {
    let name = state.with_dossier(|d| Ok(d.company()?.name))?;
    let picked = app
        .dialog()
        .file()
        .add_filter("JSON", &["json"])
        .set_file_name(format!("{}.json", safe_file_name(&name)))
        .blocking_save_file()
        .and_then(|p| p.into_path().ok());
    let Some(path) = picked else { return Ok(None) };
    let text = state.with_dossier(|d| {
        Ok(ketenkompas::exchange::json::to_text(
            &ketenkompas::exchange::json::export(d)?,
        ))
    })?;
    // The native dialog has already asked before replacing an existing file; the old
    // file stays whole until the new one is completely written.
    ketenkompas::files::replace(&path, text.as_bytes()).map_err(|e| e.payload())?;
    Ok(Some(path.display().to_string()))
}

/// The backups of the open dossier, newest first.
#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<BackupList, ErrorPayload> {
    let root = state.backup_root();
    let path = state.with_dossier(|d| Ok(d.path().to_path_buf()))?;
    let entries = backup::list(&root, &path).map_err(|e| e.payload())?;
    Ok(BackupList {
        folder: backup::folder(&root, &path).display().to_string(),
        entries,
        last_error: lock(&state.backup_error).clone(),
    })
}

/// Takes a backup of the open dossier now.
#[tauri::command]
pub async fn take_backup(state: State<'_, AppState>) -> Result<BackupEntry, ErrorPayload> {
    let root = state.backup_root();
    let path = state.with_dossier(|d| Ok(d.path().to_path_buf()))?;
    let taken = backup::take(&root, &path, now_secs()).map_err(|e| e.payload())?;
    *lock(&state.backup_error) = None;
    Ok(taken)
}

/// Puts backup `name` of the open dossier back: the dossier is closed, its current state
/// is backed up, the backup takes its place, and it is opened again.
#[tauri::command]
pub async fn restore_backup(
    state: State<'_, AppState>,
    name: String,
) -> Result<DossierInfo, ErrorPayload> {
    let root = state.backup_root();
    let mut guard = lock(&state.dossier);
    // A dossier opened for reading (write-protected, or another program writes it) is
    // not replaced under its writer.
    if guard.as_ref().is_some_and(|d| d.is_read_only()) {
        return Err(Error::ReadOnlyWrite.payload());
    }
    let Some(d) = guard.take() else {
        return Err(no_dossier());
    };
    let path = d.path().to_path_buf();
    // The write lock is held through the restore, so no other program takes the
    // dossier between closing it and opening it again (ADR 0021).
    let held = ketenkompas::dossier::lock::acquire(&path, false).map_err(|e| e.payload())?;
    drop(d);
    let restored = backup::restore(&root, &path, &name, now_secs());
    // Whatever happened, the dossier at `path` is opened again.
    let reopened = Dossier::open(&path);
    drop(held);
    match (restored, reopened) {
        (Ok(_), Ok(d)) => {
            let info = d.info().map_err(|e| e.payload());
            *guard = Some(d);
            info
        }
        (Err(e), Ok(d)) => {
            *guard = Some(d);
            Err(e.payload())
        }
        (_, Err(e)) => Err(e.payload()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_file_name_gets_the_dossier_extension_once() {
        assert_eq!(
            with_extension(PathBuf::from("/d/Bedrijf")),
            PathBuf::from("/d/Bedrijf.kkdossier")
        );
        assert_eq!(
            with_extension(PathBuf::from("/d/Bedrijf.kkdossier")),
            PathBuf::from("/d/Bedrijf.kkdossier")
        );
        assert_eq!(
            with_extension(PathBuf::from("/d/Bedrijf v2.0")),
            PathBuf::from("/d/Bedrijf v2.0.kkdossier")
        );
    }
}

/// What deleting a record would take along, to name before it is deleted.
#[tauri::command]
pub fn delete_preview(
    state: State<'_, AppState>,
    table: String,
    id: i64,
) -> Result<Vec<ketenkompas::store::cascade::GoesAlong>, ErrorPayload> {
    state.with_dossier(|d| d.delete_preview(&table, id))
}
