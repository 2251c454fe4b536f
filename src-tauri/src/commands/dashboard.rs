//! The dashboard (D4).

use ketenkompas::dashboard::Dashboard;
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

/// Async, like the reminders: what every start asks for runs off the main thread, so the
/// window paints and answers while a large dossier is read.
#[tauri::command]
pub async fn get_dashboard(state: State<'_, AppState>) -> Result<Dashboard, ErrorPayload> {
    state.with_dossier(|d| d.dashboard())
}

/// The records of the whole dossier that hold `query`, each with its place. Async: at XL
/// a search reads every register.
#[tauri::command]
pub async fn search_dossier(
    state: State<'_, AppState>,
    query: String,
) -> Result<ketenkompas::views::search::SearchResult, ErrorPayload> {
    state.with_dossier(|d| d.search(&query))
}
