//! Steps 3 and 4 (S3.1–S3.4, S4.2–S4.6): action plans with guidance, progress updates,
//! evidence files kept in the dossier, purchasing practices, CAP items, the context log
//! and the reminders.

use ketenkompas::guidance::{self, Advice, PlannedMeasure};
use ketenkompas::model::date::today;
use ketenkompas::model::risk::Involvement;
use ketenkompas::model::{
    Action, ActionUpdate, CapItem, ContextEntry, EvidenceFile, PracticeCheck,
};
use ketenkompas::reminders::{Reminder, ReminderCount};
use ketenkompas::settings::Language;
use ketenkompas::views::action_plans::RiskPlan;
use ketenkompas::views::monitoring::CapItemRow;
use ketenkompas::{Error, ErrorPayload};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

#[tauri::command]
pub fn get_action_plans(
    state: State<'_, AppState>,
    language: Language,
) -> Result<Vec<RiskPlan>, ErrorPayload> {
    state.with_dossier(|d| d.action_plans(&today(), language))
}

/// The advice for a plan that is being edited: the measures as they would be after
/// saving, for a risk with this involvement, actual or not.
#[tauri::command]
pub fn check_plan(
    involvement: Option<Involvement>,
    actual: bool,
    plan: Vec<PlannedMeasure>,
) -> Vec<Advice> {
    guidance::advise(involvement, actual, &plan)
}

#[tauri::command]
pub fn save_action(state: State<'_, AppState>, action: Action) -> Result<Action, ErrorPayload> {
    state.with_dossier(|d| d.save_action(&action))
}

#[tauri::command]
pub fn delete_action(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_action(id))
}

#[tauri::command]
pub fn save_action_update(
    state: State<'_, AppState>,
    update: ActionUpdate,
) -> Result<ActionUpdate, ErrorPayload> {
    state.with_dossier(|d| d.save_action_update(&update))
}

#[tauri::command]
pub fn delete_action_update(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_action_update(id))
}

/// Stores the file sent as the raw request body as evidence of an action. The action id
/// and the URL-encoded file name come as the headers `x-action-id` and `x-file-name`.
#[tauri::command]
pub fn add_evidence(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<EvidenceFile, ErrorPayload> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(Error::Required {
            field: "evidence.content".into(),
        }
        .payload());
    };
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
            .unwrap_or_default()
    };
    let action_id: i64 = header("x-action-id").parse().map_err(|_| {
        Error::Invalid {
            field: "evidence.action".into(),
            value: header("x-action-id"),
        }
        .payload()
    })?;
    let name = percent_decode(&header("x-file-name"));
    state.with_dossier(|d| d.add_evidence(action_id, &name, bytes, &today()))
}

/// Decodes `%XX` escapes (as `encodeURIComponent` writes them) into UTF-8 text.
pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Asks where to save an evidence file and writes it there.
#[tauri::command]
pub async fn save_evidence_as(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
) -> Result<Option<String>, ErrorPayload> {
    let (name, content) = state.with_dossier(|d| d.evidence_content(id))?;
    let picked = app
        .dialog()
        .file()
        .set_file_name(ketenkompas::model::text::safe_file_name(&name))
        .blocking_save_file()
        .and_then(|p| p.into_path().ok());
    let Some(path) = picked else { return Ok(None) };
    ketenkompas::files::replace(&path, &content).map_err(|e| e.payload())?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
pub fn delete_evidence(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_evidence(id))
}

#[tauri::command]
pub fn list_practices(state: State<'_, AppState>) -> Result<Vec<PracticeCheck>, ErrorPayload> {
    state.with_dossier(|d| d.purchasing_practices())
}

#[tauri::command]
pub fn save_practices(
    state: State<'_, AppState>,
    practices: Vec<PracticeCheck>,
) -> Result<Vec<PracticeCheck>, ErrorPayload> {
    state.with_dossier(|d| d.save_practices(&practices))
}

/// Every CAP item, each with whether it is overdue today.
#[tauri::command]
pub fn list_cap_items(state: State<'_, AppState>) -> Result<Vec<CapItemRow>, ErrorPayload> {
    state.with_dossier(|d| d.cap_item_rows(&today()))
}

#[tauri::command]
pub fn save_cap_item(state: State<'_, AppState>, item: CapItem) -> Result<CapItem, ErrorPayload> {
    state.with_dossier(|d| d.save_cap_item(&item))
}

#[tauri::command]
pub fn delete_cap_item(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_cap_item(id))
}

#[tauri::command]
pub fn list_context(state: State<'_, AppState>) -> Result<Vec<ContextEntry>, ErrorPayload> {
    state.with_dossier(|d| d.context_log())
}

#[tauri::command]
pub fn save_context_entry(
    state: State<'_, AppState>,
    entry: ContextEntry,
) -> Result<ContextEntry, ErrorPayload> {
    state.with_dossier(|d| d.save_context_entry(&entry))
}

#[tauri::command]
pub fn delete_context_entry(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_context_entry(id))
}

#[tauri::command]
pub async fn get_reminders(state: State<'_, AppState>) -> Result<Vec<Reminder>, ErrorPayload> {
    state.with_dossier(|d| d.reminders(&today()))
}

/// The number of reminders per step, for the navigation.
#[tauri::command]
pub async fn get_reminder_counts(
    state: State<'_, AppState>,
) -> Result<Vec<ReminderCount>, ErrorPayload> {
    state.with_dossier(|d| d.reminder_counts(&today()))
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn file_names_are_decoded_from_the_header() {
        assert_eq!(percent_decode("rapport%20maart.pdf"), "rapport maart.pdf");
        assert_eq!(percent_decode("caf%C3%A9.txt"), "café.txt");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz.txt"), "%zz.txt");
    }
}
