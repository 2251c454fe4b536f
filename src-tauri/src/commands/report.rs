//! Reports (R1–R4): preview, claims check, saving, opening what was saved; the year
//! review and closing a year (D3).

use std::path::PathBuf;

use ketenkompas::exchange::{self, Register, TableFormat};
use ketenkompas::maturity::Assessment;
use ketenkompas::messages::Lang;
use ketenkompas::model::date::{now_timestamp, today};
use ketenkompas::model::year::YearReview;
use ketenkompas::report::annex::AnnexOffer;
use ketenkompas::report::claims::Claim;
use ketenkompas::report::compare::Comparison;
use ketenkompas::report::layout::{Outline, Page};
use ketenkompas::report::maturity::MaturityView;
use ketenkompas::report::{self, ReportFormat, ReportKind, ReportOptions};
use ketenkompas::{Error, ErrorPayload};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::state::{lock, AppState};

/// Lays the report out and keeps it; returns its outline, the pages follow on request.
#[tauri::command]
pub async fn preview_report(
    state: State<'_, AppState>,
    kind: ReportKind,
    year: i32,
    lang: Lang,
    options: ReportOptions,
) -> Result<Outline, ErrorPayload> {
    let laid = state
        .with_dossier(|d| report::preview(d, kind, year, lang, &now_timestamp(), Some(&options)))?;
    Ok(state.keep_preview(laid))
}

/// The registers a yearly report of `year` can carry as annexes, with their sizes and
/// which the user's limit includes.
#[tauri::command]
pub async fn report_annexes(
    state: State<'_, AppState>,
    year: i32,
) -> Result<AnnexOffer, ErrorPayload> {
    let limit = lock(&state.settings).annex_limit;
    state.with_dossier(|d| report::annex_offer(d, year, &now_timestamp(), limit))
}

/// Two reporting years side by side (B2).
#[tauri::command]
pub async fn compare_years(
    state: State<'_, AppState>,
    from: i32,
    to: i32,
) -> Result<Comparison, ErrorPayload> {
    state.with_dossier(|d| report::compare_years(d, from, to, &now_timestamp()))
}

/// The maturity of `year` per step (B3), with every year's levels.
#[tauri::command]
pub async fn get_maturity(
    state: State<'_, AppState>,
    year: i32,
) -> Result<MaturityView, ErrorPayload> {
    state.with_dossier(|d| report::maturity_of(d, year, &now_timestamp()))
}

/// Keeps the company's maturity judgements of an open year.
#[tauri::command]
pub fn save_maturity(
    state: State<'_, AppState>,
    list: Vec<Assessment>,
) -> Result<Vec<Assessment>, ErrorPayload> {
    state.with_dossier(|d| report::judge_maturity(d, &list, &now_timestamp()))
}

/// Pages of the kept preview `id`; none when a newer preview replaced it.
#[tauri::command]
pub fn preview_pages(state: State<'_, AppState>, id: u64, from: usize, count: usize) -> Vec<Page> {
    state.preview_pages(id, from, count)
}

#[tauri::command]
pub async fn report_claims(
    state: State<'_, AppState>,
    year: i32,
) -> Result<Vec<Claim>, ErrorPayload> {
    state.with_dossier(|d| report::claims(d, year, &now_timestamp()))
}

/// Makes the report and writes it: next to the dossier under its own name (never
/// replacing a file), or where the user chooses. `None`: the dialog was cancelled.
#[tauri::command]
// The interface names each argument; a struct would only wrap them.
#[allow(clippy::too_many_arguments)]
pub async fn save_report(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: ReportKind,
    year: i32,
    lang: Lang,
    format: ReportFormat,
    options: ReportOptions,
    choose: bool,
) -> Result<Option<String>, ErrorPayload> {
    let (bytes, name, dir) = state.with_dossier(|d| {
        let bytes = report::make_with(d, kind, year, lang, format, &now_timestamp(), &options)?;
        let name = report::file_name(kind, &d.company()?.name, year, lang, format);
        Ok((bytes, name, dossier_dir(d)))
    })?;
    let ext = format.extension();
    write_out(&app, &state, &bytes, &name, &dir, ext, choose)
}

/// Exports a register as CSV or XLSX (R5), written like a report. `None`: cancelled.
#[tauri::command]
pub async fn export_register(
    app: AppHandle,
    state: State<'_, AppState>,
    register: Register,
    format: TableFormat,
    lang: Lang,
    choose: bool,
) -> Result<Option<String>, ErrorPayload> {
    let (bytes, name, dir) = state.with_dossier(|d| {
        let bytes = exchange::export_register(d, register, format, &today())?;
        let name = exchange::register_file_name(register, &d.company()?.name, lang, format);
        Ok((bytes, name, dossier_dir(d)))
    })?;
    write_out(
        &app,
        &state,
        &bytes,
        &name,
        &dir,
        format.extension(),
        choose,
    )
}

fn dossier_dir(d: &ketenkompas::Dossier) -> PathBuf {
    d.path()
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Writes `bytes` as a new file `name` in `dir` (never replacing one), or where the user
/// chooses when `choose`; remembers the path so that it may be opened.
fn write_out(
    app: &AppHandle,
    state: &State<'_, AppState>,
    bytes: &[u8],
    name: &str,
    dir: &std::path::Path,
    ext: &str,
    choose: bool,
) -> Result<Option<String>, ErrorPayload> {
    let path = if choose {
        let picked = app
            .dialog()
            .file()
            .add_filter(ext.to_uppercase(), &[ext])
            .set_directory(dir)
            .set_file_name(name)
            .blocking_save_file()
            .and_then(|p| p.into_path().ok());
        let Some(path) = picked else { return Ok(None) };
        // The native dialog has already asked before replacing an existing file.
        ketenkompas::files::replace(&path, bytes).map_err(|e| e.payload())?;
        path
    } else {
        ketenkompas::files::write_new_in(dir, name, bytes).map_err(|e| e.payload())?
    };
    lock(&state.saved_reports).push(path.clone());
    Ok(Some(path.display().to_string()))
}

/// Opens a report or table saved in this session with the system's viewer. Only those paths:
/// the interface cannot make the app open anything else.
#[tauri::command]
pub fn open_saved_report(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<(), ErrorPayload> {
    let path = PathBuf::from(path);
    if !lock(&state.saved_reports).contains(&path) {
        return Err(Error::Invalid {
            field: "path".into(),
            value: path.display().to_string(),
        }
        .payload());
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| {
            Error::Io {
                path: path.display().to_string(),
                detail: e.to_string(),
            }
            .payload()
        })
}

// Async, as everything on the reports screen: a preview of a large dossier holds the
// dossier for a moment, and waiting for it must not stop the window from painting.
#[tauri::command]
pub async fn get_year_review(
    state: State<'_, AppState>,
    year: i32,
) -> Result<YearReview, ErrorPayload> {
    state.with_dossier(|d| d.year_review(year))
}

#[tauri::command]
pub async fn save_year_review(
    state: State<'_, AppState>,
    review: YearReview,
) -> Result<YearReview, ErrorPayload> {
    state.with_dossier(|d| d.save_year_review(&review))
}

#[tauri::command]
pub async fn close_year(state: State<'_, AppState>, year: i32) -> Result<(), ErrorPayload> {
    // Closing a year cannot be undone in the app; a backup first keeps the way back.
    let root = state.backup_root();
    state.with_dossier(|d| {
        ketenkompas::dossier::backup::take(&root, d.path(), ketenkompas::model::date::now_secs())?;
        d.close_year(year, &now_timestamp())
    })
}
