//! The dashboard (D4).

use ketenkompas::dashboard::Dashboard;
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn get_dashboard(state: State<'_, AppState>) -> Result<Dashboard, ErrorPayload> {
    state.with_dossier(|d| d.dashboard())
}
