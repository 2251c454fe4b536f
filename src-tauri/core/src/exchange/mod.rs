//! Exchange formats. [`json`]: the whole dossier, documented in `docs/dossier-json.md`.

pub mod json;
