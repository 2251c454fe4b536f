//! Views: what combines the records of the store with the rules, as the app and the
//! reports show it.

pub mod action_plans;
pub mod chain_overview;
pub mod laws;
pub mod monitoring;
pub mod remedies;
pub mod risk_decisions;
pub mod risk_register;
pub mod risk_suggestions;
pub mod search;
pub mod survey;
