//! Step 1 (S1.1–S1.6): departments, policy versions, communication and training,
//! preconditions, the code of conduct per supplier, and KPIs with measurements.

use ketenkompas::model::date::today;
use ketenkompas::model::supplier::CodeOfConduct;
use ketenkompas::model::{
    Department, Kpi, KpiMeasurement, PolicyCommunication, PolicyVersion, Preconditions,
};
use ketenkompas::store::kpi::KpiWithMeasurements;
use ketenkompas::store::policy::PolicyOverview;
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn list_departments(state: State<'_, AppState>) -> Result<Vec<Department>, ErrorPayload> {
    state.with_dossier(|d| d.departments())
}

#[tauri::command]
pub fn save_departments(
    state: State<'_, AppState>,
    departments: Vec<Department>,
) -> Result<Vec<Department>, ErrorPayload> {
    state.with_dossier(|d| d.save_departments(&departments))
}

#[tauri::command]
pub fn get_policy(state: State<'_, AppState>) -> Result<PolicyOverview, ErrorPayload> {
    state.with_dossier(|d| d.policy_overview(&today()))
}

#[tauri::command]
pub fn save_policy_version(
    state: State<'_, AppState>,
    policy: PolicyVersion,
) -> Result<PolicyVersion, ErrorPayload> {
    state.with_dossier(|d| d.save_policy_version(&policy))
}

/// A new version, copied from the newest one.
#[tauri::command]
pub fn new_policy_version(
    state: State<'_, AppState>,
    label: String,
) -> Result<PolicyVersion, ErrorPayload> {
    state.with_dossier(|d| d.new_policy_version(&label))
}

#[tauri::command]
pub fn delete_policy_version(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_policy_version(id))
}

#[tauri::command]
pub fn list_policy_communications(
    state: State<'_, AppState>,
) -> Result<Vec<PolicyCommunication>, ErrorPayload> {
    state.with_dossier(|d| d.policy_communications())
}

#[tauri::command]
pub fn save_policy_communication(
    state: State<'_, AppState>,
    communication: PolicyCommunication,
) -> Result<PolicyCommunication, ErrorPayload> {
    state.with_dossier(|d| d.save_policy_communication(&communication))
}

#[tauri::command]
pub fn delete_policy_communication(
    state: State<'_, AppState>,
    id: i64,
) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_policy_communication(id))
}

#[tauri::command]
pub fn get_preconditions(state: State<'_, AppState>) -> Result<Preconditions, ErrorPayload> {
    state.with_dossier(|d| d.preconditions())
}

#[tauri::command]
pub fn save_preconditions(
    state: State<'_, AppState>,
    preconditions: Preconditions,
) -> Result<Preconditions, ErrorPayload> {
    state.with_dossier(|d| d.save_preconditions(&preconditions))
}

/// Sets the code-of-conduct status (and date) of the chosen suppliers at once.
#[tauri::command]
pub fn set_code_of_conduct(
    state: State<'_, AppState>,
    suppliers: Vec<i64>,
    status: CodeOfConduct,
    on: Option<String>,
) -> Result<usize, ErrorPayload> {
    state.with_dossier(|d| d.set_code_of_conduct(&suppliers, status, on.as_deref()))
}

#[tauri::command]
pub fn list_kpis(state: State<'_, AppState>) -> Result<Vec<KpiWithMeasurements>, ErrorPayload> {
    state.with_dossier(|d| d.kpis())
}

#[tauri::command]
pub fn save_kpi(state: State<'_, AppState>, kpi: Kpi) -> Result<Kpi, ErrorPayload> {
    state.with_dossier(|d| d.save_kpi(&kpi))
}

#[tauri::command]
pub fn delete_kpi(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_kpi(id))
}

#[tauri::command]
pub fn save_measurement(
    state: State<'_, AppState>,
    measurement: KpiMeasurement,
) -> Result<KpiMeasurement, ErrorPayload> {
    state.with_dossier(|d| d.save_measurement(&measurement))
}

#[tauri::command]
pub fn delete_measurement(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_measurement(id))
}
