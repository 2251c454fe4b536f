//! The company profile (D2) and the country list it chooses from.

use ketenkompas::laws::LawAnswer;
use ketenkompas::messages::Lang;
use ketenkompas::model::CompanyProfile;
use ketenkompas::reference::countries::{self, Country};
use ketenkompas::views::laws::LawCheck;
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

/// The legislation check (B1) of the open dossier, its reasons worded for `lang`.
#[tauri::command]
pub fn get_law_check(state: State<'_, AppState>, lang: Lang) -> Result<LawCheck, ErrorPayload> {
    state.with_dossier(|d| d.law_check(lang))
}

/// Keeps exactly `answers` as the answers to the legislation check (a question left out
/// is open again), in one transaction, and returns the check as it now stands.
#[tauri::command]
pub fn save_law_answers(
    state: State<'_, AppState>,
    answers: Vec<LawAnswer>,
    lang: Lang,
) -> Result<LawCheck, ErrorPayload> {
    state.with_dossier(|d| {
        d.replace_law_answers(&answers)?;
        d.law_check(lang)
    })
}

/// The largest files the core reads, so the interface refuses bigger ones unread.
#[tauri::command]
pub fn get_file_limits() -> ketenkompas::exchange::limits::FileLimits {
    ketenkompas::exchange::limits::file_limits()
}
