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
