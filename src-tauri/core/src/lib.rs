//! Ketenkompas core: everything the product knows, free of any user interface.
//!
//! - [`dossier`]: one SQLite file per company — create, open (with every safety check),
//!   forward-only migrations, backups and copies.
//! - [`model`]: plain domain data with its invariants (company profile, reporting years).
//! - [`store`]: the SQL for each aggregate, as methods on [`Dossier`].
//! - [`prioritisation`]: the documented ranking method of adverse impacts (S2.7).
//! - [`mapping`]: chain completeness, origin risk and mapping order (S2.1, S2.2).
//! - [`suggestions`]: risks suggested by the reference data (S2.5).
//! - [`guidance`]: involvement-driven rules for action plans (S3.2).
//! - [`reminders`]: what is overdue or about to expire (S4.6).
//! - [`remediation`]: the role in remedy that follows from involvement (S6.2).
//! - [`report`]: the report model, layout, PDF and HTML of the reports (R1–R4).
//! - [`dashboard`]: per-step status computed from a dossier.
//! - [`exchange`]: the documented JSON format of a whole dossier.
//! - [`reference`]: built-in reference data (countries, ILAB, WGI, EU commodities,
//!   KPMG sectors), each figure as a [`reference::Fact`] with source and year.
//! - [`sample`]: the fictional demo company used as demo and as test fixture.
//! - [`settings`], [`session`]: per-installation settings and what a shell starts with.
//! - [`bindings`]: the TypeScript text of every type the UI receives.
//! - [`messages`]: Dutch and English texts shared with the UI, for documents.
//! - [`error`]: one error type whose variants carry stable codes; no sentences.

pub mod bindings;
pub mod dashboard;
pub mod decisions;
pub mod dossier;
pub mod error;
pub mod exchange;
pub mod files;
pub mod guidance;
pub mod laws;
pub mod mapping;
pub mod maturity;
pub mod menu;
pub mod messages;
pub mod model;
pub mod prioritisation;
pub mod reference;
pub mod remediation;
pub mod reminders;
pub mod report;
pub mod sample;
pub mod session;
pub mod settings;
pub mod store;
pub mod suggestions;
pub mod survey;
pub mod trends;
pub mod updates;
pub mod views;

pub use dossier::{Dossier, DossierInfo, SCHEMA_VERSION};
pub use error::{Error, ErrorPayload, Result};
