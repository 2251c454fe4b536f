//! Start-up state and per-installation settings.

use ketenkompas::menu::HelpInfo;
use ketenkompas::session::Startup;
use ketenkompas::settings::Language;
use ketenkompas::{Error, ErrorPayload};
use tauri::{AppHandle, State};

use crate::state::{lock, AppState};

#[tauri::command]
pub fn get_startup(state: State<'_, AppState>) -> Result<Startup, ErrorPayload> {
    let dossier = match lock(&state.dossier).as_ref() {
        Some(d) => Some(d.info().map_err(|e| e.payload())?),
        None => None,
    };
    Ok(Startup {
        settings: lock(&state.settings).clone(),
        dossier,
        open_error: lock(&state.start_error).take(),
    })
}

#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), ErrorPayload> {
    let mut s = lock(&state.settings);
    s.language = language;
    state.save_settings(&s).map_err(|e| e.payload())
}

/// Registers up to `limit` rows go into the yearly report as annexes by default.
#[tauri::command]
pub fn set_annex_limit(state: State<'_, AppState>, limit: u32) -> Result<(), ErrorPayload> {
    let mut s = lock(&state.settings);
    s.set_annex_limit(limit).map_err(|e| e.payload())?;
    state.save_settings(&s).map_err(|e| e.payload())
}

/// Builds the menu bar again: after the language, the open dossier or the recent list
/// changed.
#[tauri::command]
pub fn refresh_menu(app: AppHandle) -> Result<(), ErrorPayload> {
    crate::menu::install(&app).map_err(|e| {
        Error::Io {
            path: "menu".into(),
            detail: e.to_string(),
        }
        .payload()
    })
}

/// The version and the keyboard shortcuts, for the Help screen.
#[tauri::command]
pub fn get_help(state: State<'_, AppState>) -> HelpInfo {
    ketenkompas::menu::help(lock(&state.settings).language)
}
