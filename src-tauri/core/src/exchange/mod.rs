//! Exchange formats. [`json`]: the whole dossier, documented in `docs/dossier-json.md`.

mod cell;
pub mod grievances;
pub mod json;
pub mod suppliers;
pub mod table;
pub mod text_file;
