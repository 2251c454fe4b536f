//! Stakeholders and the engagement log (SH1).

use ketenkompas::model::{Engagement, Stakeholder};
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn list_stakeholders(state: State<'_, AppState>) -> Result<Vec<Stakeholder>, ErrorPayload> {
    state.with_dossier(|d| d.stakeholders())
}

#[tauri::command]
pub fn save_stakeholder(
    state: State<'_, AppState>,
    stakeholder: Stakeholder,
) -> Result<Stakeholder, ErrorPayload> {
    state.with_dossier(|d| d.save_stakeholder(&stakeholder))
}

#[tauri::command]
pub fn delete_stakeholder(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_stakeholder(id))
}

#[tauri::command]
pub fn list_engagements(state: State<'_, AppState>) -> Result<Vec<Engagement>, ErrorPayload> {
    state.with_dossier(|d| d.engagements())
}

#[tauri::command]
pub fn save_engagement(
    state: State<'_, AppState>,
    engagement: Engagement,
) -> Result<Engagement, ErrorPayload> {
    state.with_dossier(|d| d.save_engagement(&engagement))
}

#[tauri::command]
pub fn delete_engagement(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_engagement(id))
}
