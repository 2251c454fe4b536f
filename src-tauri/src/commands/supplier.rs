//! The supplier register (S2.3) and its import: preview first, then commit.

use ketenkompas::exchange::suppliers::{self, ImportReport};
use ketenkompas::model::date::today;
use ketenkompas::model::{AgreementCheck, Audit, Certification, Supplier};
use ketenkompas::views::monitoring::{CertificationRow, SupplierFollowUp};
use ketenkompas::{Error, ErrorPayload};
use tauri::ipc::{InvokeBody, Request};
use tauri::State;

use crate::state::{lock, AppState};

#[tauri::command]
pub fn list_suppliers(state: State<'_, AppState>) -> Result<Vec<Supplier>, ErrorPayload> {
    state.with_dossier(|d| d.suppliers())
}

#[tauri::command]
pub fn save_supplier(
    state: State<'_, AppState>,
    supplier: Supplier,
) -> Result<Supplier, ErrorPayload> {
    state.with_dossier(|d| d.save_supplier(&supplier))
}

#[tauri::command]
pub fn delete_supplier(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_supplier(id))
}

/// The supplier's certificates, each with whether it has expired today.
#[tauri::command]
pub fn list_certifications(
    state: State<'_, AppState>,
    supplier_id: i64,
) -> Result<Vec<CertificationRow>, ErrorPayload> {
    state.with_dossier(|d| d.certification_rows(Some(supplier_id), &today()))
}

#[tauri::command]
pub fn save_certification(
    state: State<'_, AppState>,
    certification: Certification,
) -> Result<Certification, ErrorPayload> {
    state.with_dossier(|d| d.save_certification(&certification))
}

#[tauri::command]
pub fn delete_certification(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_certification(id))
}

#[tauri::command]
pub fn list_audits(
    state: State<'_, AppState>,
    supplier_id: i64,
) -> Result<Vec<Audit>, ErrorPayload> {
    state.with_dossier(|d| d.audits(Some(supplier_id)))
}

/// The audits of all suppliers, for following up their corrective action plans.
#[tauri::command]
pub fn list_all_audits(state: State<'_, AppState>) -> Result<Vec<Audit>, ErrorPayload> {
    state.with_dossier(|d| d.audits(None))
}

#[tauri::command]
pub fn save_audit(state: State<'_, AppState>, audit: Audit) -> Result<Audit, ErrorPayload> {
    state.with_dossier(|d| d.save_audit(&audit))
}

#[tauri::command]
pub fn delete_audit(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_audit(id))
}

/// One supplier's self-assessment scores and agreement checks over the years.
#[tauri::command]
pub fn supplier_follow_up(
    state: State<'_, AppState>,
    supplier_id: i64,
) -> Result<SupplierFollowUp, ErrorPayload> {
    state.with_dossier(|d| d.supplier_follow_up(supplier_id))
}

#[tauri::command]
pub fn save_agreement_check(
    state: State<'_, AppState>,
    check: AgreementCheck,
    stored_year: Option<i32>,
) -> Result<AgreementCheck, ErrorPayload> {
    state.with_dossier(|d| d.save_agreement_check(&check, stored_year))
}

#[tauri::command]
pub fn delete_agreement_check(
    state: State<'_, AppState>,
    supplier_id: i64,
    year: i32,
) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_agreement_check(supplier_id, year))
}

/// Reads the file's bytes (sent as the raw request body) into a preview and keeps them
/// until they are committed or discarded. Nothing is stored in the dossier yet.
#[tauri::command]
pub async fn preview_supplier_import(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ImportReport, ErrorPayload> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(Error::ImportEmpty.payload());
    };
    let report = state.with_dossier(|d| suppliers::preview(d, bytes))?;
    *lock(&state.pending_import) = Some(bytes.clone());
    Ok(report)
}

/// Stores the new rows of the previewed file, and the possible duplicates on the lines
/// the user kept, in one transaction. Duplicates are checked again at this moment.
#[tauri::command]
pub async fn commit_supplier_import(
    state: State<'_, AppState>,
    keep: Vec<u32>,
) -> Result<ImportReport, ErrorPayload> {
    let Some(bytes) = lock(&state.pending_import).take() else {
        return Err(Error::ImportEmpty.payload());
    };
    state.with_dossier(|d| suppliers::import_keeping(d, &bytes, false, &keep))
}

/// The preview of a supplier list dropped on the window; its bytes then wait for the
/// commit as a chosen file's do.
#[tauri::command]
pub async fn preview_dropped_list(
    state: State<'_, AppState>,
) -> Result<ImportReport, ErrorPayload> {
    let Some(bytes) = lock(&state.dropped_list).take() else {
        return Err(Error::ImportEmpty.payload());
    };
    let report = state.with_dossier(|d| suppliers::preview(d, &bytes))?;
    *lock(&state.pending_import) = Some(bytes);
    Ok(report)
}

#[tauri::command]
pub fn discard_supplier_import(state: State<'_, AppState>) {
    *lock(&state.pending_import) = None;
}
