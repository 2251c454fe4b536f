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
            Block::Heading { level, text } => {
                let size = heading_size(*level);
                let lines = wrap(m, text, true, size, text_w).len() as f32;
                let space_above = if c.at_top() { 0.0 } else { size * 0.9 };
                let need = space_above
                    + lines * size * 1.25
                    + size * 0.4
                    + c.keep_after_heading(&doc.blocks, i + 1, text_w);
                if *level == 1 && !c.at_top() {
                    c.new_page();
                } else {
                    c.ensure(need);
                    if !c.at_top() {
                        c.y -= space_above;
                    }
                }
                c.headings.push(Placed {
                    level: *level,
                    text: text.clone(),
                    page: c.pages.len(),
                });
                for line in wrap(m, text, true, size, text_w) {
                    c.text(MARGIN_X, size, true, &line);
                    c.y -= size * 1.25;
                }
                c.y -= size * 0.4;
            }
            Block::Paragraph(text) => {
                // A paragraph that introduces a chart stays with it.
                if matches!(
                    doc.blocks.get(i + 1),
                    Some(Block::Bars(_) | Block::HeatMap { .. } | Block::LineChart { .. })
                ) {
                    let lines = wrap(m, text, false, BODY_SIZE, text_w).len() as f32;
                    c.ensure(lines * BODY_SIZE * LEADING + c.first_lines(doc.blocks.get(i + 1)));
                }
                c.lines(MARGIN_X, text_w, BODY_SIZE, false, text);
                c.y -= BODY_SIZE * 0.6;
            }
            Block::Muted(text) => {
                for line in text.split('\n') {
                    for l in wrap(m, line, false, BODY_SIZE, text_w) {
                        c.ensure(BODY_SIZE * LEADING);
                        c.push(Item::Text {
                            x: MARGIN_X,
                            y: c.y - BODY_SIZE,
                            size: BODY_SIZE,
                            bold: false,
                            grey: true,
                            text: l,
                        });
                        c.y -= BODY_SIZE * LEADING;
                    }
                }
                c.y -= BODY_SIZE * 0.6;
            }
            Block::Cover {
                title,
                subtitle,
                lines,
            } => {
                if !c.at_top() {
                    c.new_page();
                }
                cover = Some(c.pages.len());
                let band = 330.0;
                c.push(Item::Fill {
                    x: 0.0,
                    y: PAGE_H - band,
                    w: PAGE_W,
                    h: band,
                    rgb: chart::ACCENT,
                });
                let white = (1.0, 1.0, 1.0);
                let title_lines = wrap(m, title, true, 28.0, text_w);
                let sub_lines = wrap(m, subtitle, false, 14.0, text_w);
                // Title and subtitle sit at the bottom of the band.
                let mut y = PAGE_H - band
                    + 40.0
                    + sub_lines.len() as f32 * 14.0 * 1.35
                    + 10.0
                    + title_lines.len() as f32 * 28.0 * 1.15;
                for l in title_lines {
                    y -= 28.0 * 1.15;
                    c.push(Item::ColorText {
                        x: MARGIN_X,
                        y,
                        size: 28.0,
                        bold: true,
                        rgb: white,
                        text: l,
                    });
                }
                y -= 10.0;
                for l in sub_lines {
                    y -= 14.0 * 1.35;
                    c.push(Item::ColorText {
                        x: MARGIN_X,
                        y,
                        size: 14.0,
                        bold: false,
                        rgb: white,
                        text: l,
                    });
                }
                c.y = PAGE_H - band - 48.0;
                for line in lines {
                    for l in wrap(m, line, false, BODY_SIZE, text_w) {
                        c.push(Item::Text {
                            x: MARGIN_X,
                            y: c.y - BODY_SIZE,
                            size: BODY_SIZE,
                            bold: false,
                            grey: true,
                            text: l,
                        });
                        c.y -= BODY_SIZE * LEADING;
                    }
                }
                c.new_page();
            }
            Block::Bullets(items) => {
                for item in items {
                    c.ensure(BODY_SIZE * LEADING);
                    c.text(MARGIN_X + 4.0, BODY_SIZE, false, "•");
                    c.lines(MARGIN_X + 16.0, text_w - 16.0, BODY_SIZE, false, item);
                }
                c.y -= BODY_SIZE * 0.6;
            }
            Block::Table {
                header,
                rows,
                widths,
            } => {
                // The header goes with at least its first row.
                let first = rows
                    .first()
                    .map_or(BODY_SIZE * 2.0, |r| c.row_height(r, widths, false));
                c.ensure(c.row_height(header, widths, true) + first);
                c.row(header, widths, true);
                for r in rows {
                    let h = c.row_height(r, widths, false);
                    if c.room() < h {
                        c.new_page();
                        c.row(header, widths, true);
                    }
                    c.row(r, widths, false);
                }
                c.y -= BODY_SIZE;
            }
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
            Block::Contents { title } => {
                c.ensure(40.0);
                c.text(MARGIN_X, heading_size(1), true, title);
                c.y -= heading_size(1) * 1.8;
                let entries: Vec<&Block> = doc
                    .blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Heading { level, .. } if *level <= 2))
                    .collect();
                for (n, b) in entries.into_iter().enumerate() {
                    let Block::Heading { level, text } = b else {
                        continue;
                    };
                    let page = contents.get(n).map(|p| p.page).unwrap_or(0);
                    let number = if page == 0 {
                        "00".to_string()
                    } else {
                        page.to_string()
                    };
                    let bold = *level == 1;
                    let indent = if *level == 1 { 0.0 } else { 14.0 };
                    let nw = m.width(&number, bold, BODY_SIZE);
                    let avail = text_w - indent - nw - 24.0;
                    let shown = wrap(m, text, bold, BODY_SIZE, avail)
                        .into_iter()
                        .next()
                        .unwrap_or_default();
                    c.ensure(BODY_SIZE * LEADING);
                    c.text(MARGIN_X + indent, BODY_SIZE, bold, &shown);
                    c.text(MARGIN_X + text_w - nw, BODY_SIZE, bold, &number);
                    c.y -= BODY_SIZE * LEADING * if bold { 1.25 } else { 1.0 };
                }
                c.new_page();
            }
        }
    }
    // Drop a trailing empty page (after a final page break or contents).
    if c.pages.len() > 1 && c.pages.last().is_some_and(|p| p.items.is_empty()) {
        c.pages.pop();
    }
    let total = c.pages.len();
    for (i, page) in c.pages.iter_mut().enumerate() {
        if cover != Some(i + 1) {
            page.items.push(Item::Text {
                x: MARGIN_X,
                y: PAGE_H - 40.0,
                size: 8.0,
                bold: false,
                grey: true,
                text: fit(m, &doc.header, false, 8.0, PAGE_W - 2.0 * MARGIN_X),
            });
            page.items.push(Item::Line {
                x1: MARGIN_X,
                y1: PAGE_H - 46.0,
                x2: PAGE_W - MARGIN_X,
                y2: PAGE_H - 46.0,
                width: 0.3,
            });
        }
        let footer = doc
            .footer
            .replace("{page}", &(i + 1).to_string())
            .replace("{pages}", &total.to_string());
        let w = m.width(&footer, false, 8.0);
        page.items.push(Item::Text {
            x: PAGE_W - MARGIN_X - w,
            y: 36.0,
            size: 8.0,
            bold: false,
            grey: true,
            text: footer,
        });
    }
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
