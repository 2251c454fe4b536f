//! The communication log (S5.1), the grievance mechanism and register (S6.1, S6.3) and
//! remedies (S6.2). The grievance list carries no confidential part; the whole record
//! is fetched one at a time, when the user asks to see it.

use ketenkompas::model::date::today;
use ketenkompas::model::grievance::{GrievanceStatus, GrievanceSummary};
use ketenkompas::model::{CommunicationEntry, Grievance, GrievanceMechanism, Remedy};
use ketenkompas::remediation::ImpactForRemedy;
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn list_communication_log(
    state: State<'_, AppState>,
) -> Result<Vec<CommunicationEntry>, ErrorPayload> {
    state.with_dossier(|d| d.communication_log())
}

#[tauri::command]
pub fn save_communication_entry(
    state: State<'_, AppState>,
    entry: CommunicationEntry,
) -> Result<CommunicationEntry, ErrorPayload> {
    state.with_dossier(|d| d.save_communication_entry(&entry))
}

#[tauri::command]
pub fn delete_communication_entry(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_communication_entry(id))
}

#[tauri::command]
pub fn get_grievance_mechanism(
    state: State<'_, AppState>,
) -> Result<GrievanceMechanism, ErrorPayload> {
    state.with_dossier(|d| d.grievance_mechanism())
}

#[tauri::command]
pub fn save_grievance_mechanism(
    state: State<'_, AppState>,
    mechanism: GrievanceMechanism,
) -> Result<GrievanceMechanism, ErrorPayload> {
    state.with_dossier(|d| d.save_grievance_mechanism(&mechanism))
}

/// The mechanism as it is being edited against the effectiveness criteria of principle
/// 31 of the UN Guiding Principles.
#[tauri::command]
pub fn check_mechanism(
    mechanism: GrievanceMechanism,
) -> Vec<ketenkompas::remediation::Ungp31Coverage> {
    ketenkompas::remediation::ungp31_coverage(&mechanism)
}

#[tauri::command]
pub fn list_grievances(state: State<'_, AppState>) -> Result<Vec<GrievanceSummary>, ErrorPayload> {
    state.with_dossier(|d| d.grievance_summaries(&today()))
}

#[tauri::command]
pub fn get_grievance(state: State<'_, AppState>, id: i64) -> Result<Grievance, ErrorPayload> {
    state.with_dossier(|d| d.grievance(id))
}

#[tauri::command]
pub fn save_grievance(
    state: State<'_, AppState>,
    grievance: Grievance,
) -> Result<Grievance, ErrorPayload> {
    state.with_dossier(|d| d.save_grievance(&grievance))
}

#[tauri::command]
pub fn advance_grievance(
    state: State<'_, AppState>,
    id: i64,
    to: GrievanceStatus,
    on: String,
    outcome: Option<String>,
    resolved: Option<bool>,
) -> Result<Grievance, ErrorPayload> {
    state.with_dossier(|d| d.advance_grievance(id, to, &on, outcome, resolved))
}

#[tauri::command]
pub fn delete_grievance(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_grievance(id))
}

#[tauri::command]
pub fn list_remedies(state: State<'_, AppState>) -> Result<Vec<Remedy>, ErrorPayload> {
    state.with_dossier(|d| d.remedies())
}

#[tauri::command]
pub fn list_impacts_for_remedy(
    state: State<'_, AppState>,
) -> Result<Vec<ImpactForRemedy>, ErrorPayload> {
    state.with_dossier(|d| d.impacts_for_remedy())
}

#[tauri::command]
pub fn save_remedy(state: State<'_, AppState>, remedy: Remedy) -> Result<Remedy, ErrorPayload> {
    state.with_dossier(|d| d.save_remedy(&remedy))
}

#[tauri::command]
pub fn delete_remedy(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_remedy(id))
}
