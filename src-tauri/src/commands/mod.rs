//! Tauri commands, one module per domain. Each parses its input, calls the core and
//! returns data or an error code; none holds product logic.

pub mod action;
pub mod chain;
pub mod company;
pub mod dashboard;
pub mod dossier;
pub mod grievance;
pub mod policy;
pub mod report;
pub mod risk;
pub mod session;
pub mod stakeholder;
pub mod supplier;
pub mod survey;
pub mod update;
pub mod year;
