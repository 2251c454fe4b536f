//! Looking for, and installing, a newer version of the app (only when asked).

use ketenkompas::updates::UpdateCheck;
use ketenkompas::ErrorPayload;
use tauri::{AppHandle, State};

use crate::state::{lock, AppState};

#[tauri::command]
pub async fn check_for_update(app: AppHandle) -> Result<UpdateCheck, ErrorPayload> {
    crate::updates::check(&app).await.map_err(|e| e.payload())
}

/// The weekly check at start-up; `None` when it is off or not due.
#[tauri::command]
pub async fn check_for_update_if_due(app: AppHandle) -> Result<Option<UpdateCheck>, ErrorPayload> {
    crate::updates::check_if_due(&app)
        .await
        .map_err(|e| e.payload())
}

#[tauri::command]
pub async fn install_update(app: AppHandle) -> Result<(), ErrorPayload> {
    crate::updates::install(&app).await.map_err(|e| e.payload())
}

#[tauri::command]
pub fn set_weekly_update_check(state: State<'_, AppState>, on: bool) -> Result<(), ErrorPayload> {
    let mut s = lock(&state.settings);
    s.update_weekly = on;
    state.save_settings(&s).map_err(|e| e.payload())
}
