//! The risk register and its ranking (S2.4–S2.7).

use ketenkompas::model::Risk;
use ketenkompas::settings::Language;
use ketenkompas::views::risk_register::{RiskRegister, RiskTitle};
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

/// The register in priority order, with each rationale in `language`.
#[tauri::command]
pub fn get_risk_register(
    state: State<'_, AppState>,
    language: Language,
) -> Result<RiskRegister, ErrorPayload> {
    state.with_dossier(|d| d.risk_register(language))
}

/// Every risk's title in the register's order, for the lists that pick a risk.
#[tauri::command]
pub fn list_risk_titles(state: State<'_, AppState>) -> Result<Vec<RiskTitle>, ErrorPayload> {
    state.with_dossier(|d| d.risk_titles())
}

/// Validates and stores a risk (new when its id is 0); returns it as stored.
#[tauri::command]
pub fn save_risk(state: State<'_, AppState>, risk: Risk) -> Result<Risk, ErrorPayload> {
    state.with_dossier(|d| d.save_risk(&risk))
}

#[tauri::command]
pub fn delete_risk(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_risk(id))
}
