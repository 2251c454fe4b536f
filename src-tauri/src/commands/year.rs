//! Reporting years (D3).

use ketenkompas::model::ReportingYear;
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn add_year(state: State<'_, AppState>, year: i32) -> Result<ReportingYear, ErrorPayload> {
    state.with_dossier(|d| d.add_year(year))
}

#[tauri::command]
pub fn set_active_year(state: State<'_, AppState>, year: i32) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.set_active_year(year))
}
