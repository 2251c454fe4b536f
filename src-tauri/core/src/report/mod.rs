//! Reports (R1–R4): a small layout engine on printpdf. [`layout`] places text and
//! [`chart`]s (heat map, KPI line, bars) on A4 pages and is tested without any PDF;
//! [`pdf`] writes the pages with embedded, subset fonts and bookmarks; [`fonts`] holds
//! the fonts and their metrics.

pub mod chart;
pub mod fonts;
pub mod layout;
pub mod pdf;

use crate::error::{Error, Result};

/// Lays out and writes a document as PDF.
pub fn to_pdf(title: &str, doc: &layout::Document) -> Result<Vec<u8>> {
    let metrics = fonts::Metrics::load().ok_or_else(|| Error::Io {
        path: "font".into(),
        detail: "the embedded font cannot be read".into(),
    })?;
    let laid = layout::layout(doc, &metrics);
    pdf::render(title, &laid)
}
