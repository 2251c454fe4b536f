//! Supplier questionnaires (B4): a round's workbooks written into a folder, returned
//! workbooks gathered, previewed and stored, reminders noted.

use std::path::PathBuf;

use ketenkompas::exchange::survey::{self, SurveyImport};
use ketenkompas::messages::{Lang, Messages};
use ketenkompas::model::date::today;
use ketenkompas::survey::language::language_infos;
use ketenkompas::survey::{question_infos, QuestionInfo, SurveyLanguageInfo};
use ketenkompas::views::survey::{SurveyCandidate, SurveyView};
use ketenkompas::{Error, ErrorPayload};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::{lock, AppState};

#[tauri::command]
pub async fn survey_view(
    state: State<'_, AppState>,
    year: i32,
) -> Result<SurveyView, ErrorPayload> {
    state.with_dossier(|d| d.survey_view(year, &today()))
}

/// The suppliers the round of `year` can ask, with their default language and risks.
#[tauri::command]
pub fn survey_candidates(
    state: State<'_, AppState>,
    year: i32,
) -> Result<Vec<SurveyCandidate>, ErrorPayload> {
    state.with_dossier(|d| d.survey_candidates(year))
}

/// The languages a questionnaire can be sent in.
#[tauri::command]
pub fn survey_languages() -> Vec<SurveyLanguageInfo> {
    language_infos()
}

#[tauri::command]
pub fn survey_questions() -> Vec<QuestionInfo> {
    question_infos()
}

/// Starts or extends the round of `year` and writes a workbook per supplier asked into a
/// new folder beside the dossier, or into a folder the user picks when `choose`; the
/// folder's path comes back (none when the user cancelled), and may then be opened.
#[tauri::command]
pub async fn create_survey(
    app: AppHandle,
    state: State<'_, AppState>,
    year: i32,
    due_on: String,
    asked: Vec<(i64, String)>,
    lang: Lang,
    choose: bool,
) -> Result<Option<String>, ErrorPayload> {
    let beside = state.with_dossier(|d| {
        Ok(d.path()
            .parent()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(".")))
    })?;
    // The folder is picked first (the user may cancel) but made only once the round and
    // its workbooks are, so that a refused round leaves no empty folder behind.
    let picked = if choose {
        let picked = app
            .dialog()
            .file()
            .set_directory(&beside)
            .blocking_pick_folder()
            .and_then(|p| p.into_path().ok());
        let Some(folder) = picked else {
            return Ok(None);
        };
        Some(folder)
    } else {
        None
    };
    let created = state.with_dossier(|d| survey::create(d, year, &due_on, &today(), &asked))?;
    let folder = match picked {
        Some(folder) => folder,
        None => {
            let name = Messages::new(lang).get("survey.folder", &[("year", year.to_string())]);
            ketenkompas::files::new_folder_in(&beside, &name).map_err(|e| e.payload())?
        }
    };
    for w in &created {
        ketenkompas::files::write_new_in(&folder, &w.file_name, &w.bytes)
            .map_err(|e| e.payload())?;
    }
    lock(&state.saved_reports).push(folder.clone());
    Ok(Some(folder.display().to_string()))
}

/// Adds a returned workbook (the raw body; its URL-encoded name in `x-file-name`) to
/// the files waiting for the preview; returns how many wait.
#[tauri::command]
pub async fn add_survey_file(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<usize, ErrorPayload> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(Error::ImportEmpty.payload());
    };
    let name = request
        .headers()
        .get("x-file-name")
        .and_then(|v| v.to_str().ok())
        .map(super::action::percent_decode)
        .unwrap_or_default();
    let mut pending = lock(&state.pending_survey);
    if pending.len() >= survey::MAX_FILES {
        return Err(Error::ImportTooLarge {
            field: "import_limit.files".into(),
            max: survey::MAX_FILES as u64,
        }
        .payload());
    }
    pending.push((name, bytes.clone()));
    Ok(pending.len())
}

#[tauri::command]
pub async fn preview_survey_import(
    state: State<'_, AppState>,
) -> Result<SurveyImport, ErrorPayload> {
    let files = lock(&state.pending_survey).clone();
    state.with_dossier(|d| survey::preview(d, &files))
}

/// Stores every waiting file that was read; refused files are left out.
#[tauri::command]
pub async fn commit_survey_import(
    state: State<'_, AppState>,
) -> Result<SurveyImport, ErrorPayload> {
    let files = std::mem::take(&mut *lock(&state.pending_survey));
    state.with_dossier(|d| survey::import(d, &files, &today()))
}

#[tauri::command]
pub fn discard_survey_import(state: State<'_, AppState>) {
    lock(&state.pending_survey).clear();
}

#[tauri::command]
pub fn remind_survey(
    state: State<'_, AppState>,
    year: i32,
    suppliers: Vec<i64>,
) -> Result<usize, ErrorPayload> {
    state.with_dossier(|d| d.remind_survey(year, &suppliers, &today()))
}
