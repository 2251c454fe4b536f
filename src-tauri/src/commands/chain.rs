//! The value chain (S2.1, S2.2) and the risk suggestions from the reference data (S2.5).

use ketenkompas::mapping::{self, ChainOverview};
use ketenkompas::model::date::today;
use ketenkompas::model::{PurchasedItem, SoldItem};
use ketenkompas::settings::Language;
use ketenkompas::suggestions::Suggestion;
use ketenkompas::views::risk_suggestions::AnswerInput;
use ketenkompas::ErrorPayload;
use tauri::State;

use crate::state::AppState;

/// Chains in mapping order with completeness and origin risk, and the sold items.
#[tauri::command]
pub fn get_chain(state: State<'_, AppState>) -> Result<ChainOverview, ErrorPayload> {
    state.with_dossier(|d| d.chain_overview(&today()))
}

#[tauri::command]
pub fn save_purchased_item(
    state: State<'_, AppState>,
    item: PurchasedItem,
) -> Result<PurchasedItem, ErrorPayload> {
    state.with_dossier(|d| d.save_purchased_item(&item))
}

#[tauri::command]
pub fn delete_purchased_item(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_purchased_item(id))
}

#[tauri::command]
pub fn save_sold_item(
    state: State<'_, AppState>,
    item: SoldItem,
) -> Result<SoldItem, ErrorPayload> {
    state.with_dossier(|d| d.save_sold_item(&item))
}

#[tauri::command]
pub fn delete_sold_item(state: State<'_, AppState>, id: i64) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.delete_sold_item(id))
}

/// Goods and commodities the reference data knows, with their Dutch names, for an
/// item's goods.
#[tauri::command]
pub fn list_reference_goods() -> Vec<mapping::ReferenceGood> {
    mapping::reference_goods()
}

#[tauri::command]
pub fn get_suggestions(state: State<'_, AppState>) -> Result<Vec<Suggestion>, ErrorPayload> {
    state.with_dossier(|d| d.suggestions())
}

/// Records an answer; on accepting returns the id of the risk that covers it.
#[tauri::command]
pub fn answer_suggestion(
    state: State<'_, AppState>,
    input: AnswerInput,
    language: Language,
) -> Result<Option<i64>, ErrorPayload> {
    state.with_dossier(|d| d.answer_suggestion(&input, &today(), language))
}

/// Records answers to several suggestions at once, all or none.
#[tauri::command]
pub fn answer_suggestions(
    state: State<'_, AppState>,
    inputs: Vec<AnswerInput>,
    language: Language,
) -> Result<Vec<Option<i64>>, ErrorPayload> {
    state.with_dossier(|d| d.answer_suggestions(&inputs, &today(), language))
}

#[tauri::command]
pub fn reopen_suggestion(state: State<'_, AppState>, key: String) -> Result<(), ErrorPayload> {
    state.with_dossier(|d| d.reopen_suggestion(&key))
}
