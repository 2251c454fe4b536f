//! The layout engine of the reports: turns a document (headings, paragraphs, bullet
//! lists, tables, a table of contents) into positioned items on A4 pages. Pure: the
//! only outside knowledge is text width, through [`Measure`]. Rules:
//!
//! - paragraphs wrap at word boundaries with the real widths of the font;
//! - a heading is never left alone at the bottom of a page (keep with next);
//! - a table row is never cut, and the header row is repeated on every page;
//! - every page gets the running header and a footer "page X of Y";
//! - the table of contents is laid out twice, so its page numbers are the real ones.
//!
//! Coordinates are points from the bottom left of the page, as in PDF.

mod blocks;
pub mod chart;
mod cursor;
mod document;

use cursor::Cursor;
pub use cursor::{fit, wrap};
pub use document::{printable, Block, Document};

use serde::Serialize;
use ts_rs::TS;

/// A4 in points.
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_X: f32 = 62.0;
pub const MARGIN_TOP: f32 = 72.0;
pub const MARGIN_BOTTOM: f32 = 68.0;

pub const BODY_SIZE: f32 = 10.0;
pub const LEADING: f32 = 1.45;
const CELL_PAD: f32 = 4.0;

/// Text width in points for a font weight and size.
pub trait Measure {
    fn width(&self, text: &str, bold: bool, size: f32) -> f32;
}

/// A positioned element of a page.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(rename = "PageItem")]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        grey: bool,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    /// A light filled box, behind table header rows.
    Shade { x: f32, y: f32, w: f32, h: f32 },
    /// A filled box in a colour (charts).
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        rgb: (f32, f32, f32),
    },
    /// Text in a colour of its own (on the cover band).
    ColorText {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        rgb: (f32, f32, f32),
        text: String,
    },
    /// A line through several points (charts).
    Path {
        points: Vec<(f32, f32)>,
        width: f32,
        rgb: (f32, f32, f32),
        dashed: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
pub struct Page {
    pub items: Vec<Item>,
}

/// A heading and the page (1 = first) it landed on.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Placed {
    pub level: u8,
    pub text: String,
    pub page: usize,
}

/// Laid-out pages, as the PDF writer and the in-app preview draw them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Laid {
    pub pages: Vec<Page>,
    pub headings: Vec<Placed>,
}

/// How many pages the app asks for at most at once.
pub const PAGES_PER_REQUEST: usize = 24;

/// What the app shows of a laid-out report before its pages: how many there are and
/// which heading is on which page. The pages follow a few at a time
/// ([`Laid::pages_from`]), so that a report of thousands of pages is never held whole in
/// the web view.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Outline {
    /// Which preview this is; the app asks for pages of this one only.
    #[ts(type = "number")]
    pub id: u64,
    #[ts(type = "number")]
    pub pages: usize,
    pub headings: Vec<Placed>,
}

impl Laid {
    pub fn outline(&self, id: u64) -> Outline {
        Outline {
            id,
            pages: self.pages.len(),
            headings: self.headings.clone(),
        }
    }

    /// Up to `count` pages (at most [`PAGES_PER_REQUEST`]) from page `from` (0 = first).
    pub fn pages_from(&self, from: usize, count: usize) -> Vec<Page> {
        let end = from
            .saturating_add(count.min(PAGES_PER_REQUEST))
            .min(self.pages.len());
        self.pages
            .get(from..end)
            .map(<[Page]>::to_vec)
            .unwrap_or_default()
    }
}

fn heading_size(level: u8) -> f32 {
    match level {
        1 => 17.0,
        2 => 13.0,
        _ => 11.0,
    }
}

/// Lays out `doc`; `contents` holds the page of every heading from an earlier pass.
fn pass(doc: &Document, m: &dyn Measure, contents: &[Placed]) -> Laid {
    let text_w = PAGE_W - 2.0 * MARGIN_X;
    let mut c = Cursor {
        m,
        pages: Vec::new(),
        y: 0.0,
        headings: Vec::new(),
    };
    c.new_page();
    let mut cover: Option<usize> = None;
    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::PageBreak => {
                if !c.at_top() {
                    c.new_page();
                }
            }
            Block::Heading { level, text } => c.heading(*level, text, &doc.blocks[i + 1..]),
            Block::Paragraph(text) => c.paragraph(text, doc.blocks.get(i + 1)),
            Block::Muted(text) => c.muted(text),
            Block::Cover {
                title,
                subtitle,
                lines,
            } => cover = Some(c.cover(title, subtitle, lines)),
            Block::Bullets(items) => c.bullets(items),
            Block::Table {
                header,
                rows,
                widths,
            } => c.table(header, rows, widths),
            Block::HeatMap {
                counts,
                severity_label,
                likelihood_label,
            } => {
                let (items, h) = chart::heat_map(
                    m,
                    MARGIN_X,
                    c.y - 14.0,
                    counts,
                    severity_label,
                    likelihood_label,
                );
                c.chart(items, h + 14.0);
            }
            Block::LineChart {
                points,
                labels,
                target,
                target_label,
                decimal_comma,
            } => {
                let series = chart::Series {
                    points,
                    labels,
                    target: *target,
                    target_label,
                    decimal_comma: *decimal_comma,
                };
                let (items, h) = chart::line_chart(m, MARGIN_X, c.y - 6.0, text_w * 0.8, &series);
                c.chart(items, h + 6.0);
            }
            Block::Bars(bars) => {
                let (items, h) = chart::bars(MARGIN_X, c.y, text_w, bars);
                c.chart(items, h);
            }
            Block::Contents { title } => c.contents(title, &doc.blocks, contents),
        }
    }
    // Drop a trailing empty page (after a final page break or contents).
    if c.pages.len() > 1 && c.pages.last().is_some_and(|p| p.items.is_empty()) {
        c.pages.pop();
    }
    c.running_texts(&doc.header, &doc.footer, cover);
    Laid {
        pages: c.pages,
        headings: c.headings,
    }
}

/// Lays out the document in two passes, so that the table of contents shows the pages
/// the headings really land on. Its texts are made [`printable`] first.
pub fn layout(doc: &Document, m: &dyn Measure) -> Laid {
    let mut clean = doc.clone();
    clean.make_printable();
    let doc = &clean;
    let first = pass(doc, m, &[]);
    let listed: Vec<Placed> = first
        .headings
        .iter()
        .filter(|h| h.level <= 2)
        .cloned()
        .collect();
    pass(doc, m, &listed)
}

#[cfg(test)]
mod tests;
