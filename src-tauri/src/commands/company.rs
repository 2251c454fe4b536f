//! The company profile (D2) and the country list it chooses from.

use ketenkompas::model::CompanyProfile;
use ketenkompas::reference::countries::{self, Country};
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn get_company(state: State<'_, AppState>) -> Result<CompanyProfile, ErrorPayload> {
    state.with_dossier(|d| d.company())
}

/// Validates and saves at once; returns the profile as stored.
#[tauri::command]
pub fn update_company(
    state: State<'_, AppState>,
    profile: CompanyProfile,
) -> Result<CompanyProfile, ErrorPayload> {
    state.with_dossier(|d| d.update_company(&profile))
}

#[tauri::command]
pub fn list_countries() -> Vec<Country> {
    countries::all().to_vec()
}

#[tauri::command]
pub fn list_sources() -> Vec<ketenkompas::reference::DataSource> {
    ketenkompas::reference::sources()
}

/// Where a company finds help with due diligence in the Netherlands.
#[tauri::command]
pub fn list_support() -> Vec<ketenkompas::reference::support::SupportOffice> {
    ketenkompas::reference::support::OFFICES.to_vec()
}

/// The laws the legislation check knows, with their references and sources.
#[tauri::command]
pub fn list_laws() -> Vec<ketenkompas::reference::laws::Law> {
    ketenkompas::reference::laws::laws().to_vec()
}

/// The largest files the core reads, so the interface refuses bigger ones unread.
#[tauri::command]
pub fn get_file_limits() -> ketenkompas::exchange::limits::FileLimits {
    ketenkompas::exchange::limits::file_limits()
}
