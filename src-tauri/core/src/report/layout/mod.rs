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

/// One thing a report says, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 starts a chapter (and a bookmark); level 2 a section.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    /// A quieter paragraph in grey, e.g. "nothing recorded".
    Muted(String),
    Bullets(Vec<String>),
    /// Column widths are shares of the text width and should add up to 1.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        widths: Vec<f32>,
    },
    /// The table of contents: one line per level-1 and level-2 heading.
    Contents {
        title: String,
    },
    /// The severity x likelihood heat map: `counts[s - 1][l - 1]`.
    HeatMap {
        counts: [[u32; 5]; 5],
        severity_label: String,
        likelihood_label: String,
    },
    /// Measured values over time (date, value) against a target; `labels` are the
    /// dates as the report writes them.
    LineChart {
        points: Vec<(String, f64)>,
        labels: Vec<String>,
        target: f64,
        target_label: String,
        decimal_comma: bool,
    },
    /// Horizontal bars: label, value, and the value as written in the report.
    Bars(Vec<(String, f64, String)>),
    PageBreak,
    /// A title page: the title, a subtitle and a few lines; the running header is left
    /// off this page and the next block starts on a new page.
    Cover {
        title: String,
        subtitle: String,
        lines: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The running header on every page.
    pub header: String,
    /// The footer with `{page}` and `{pages}`, in the report's language.
    pub footer: String,
    pub blocks: Vec<Block>,
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

/// Splits `text` into lines no wider than `width`; a word wider than a line is cut.
/// Widths add up (the fonts are measured without kerning), so a line's width is kept as
/// a running sum instead of measuring the whole line again for every word.
pub fn wrap(m: &dyn Measure, text: &str, bold: bool, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let space = m.width(" ", bold, size);
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in para.split_whitespace() {
            let word_w = m.width(word, bold, size);
            if line.is_empty() && word_w <= width {
                line.push_str(word);
                line_w = word_w;
                continue;
            }
            if !line.is_empty() && line_w + space + word_w <= width {
                line.push(' ');
                line.push_str(word);
                line_w += space + word_w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word that does not fit on a line of its own is cut where it must.
            let mut rest = word.to_string();
            while m.width(&rest, bold, size) > width {
                let mut cut = String::new();
                let mut cut_w = 0.0;
                for c in rest.chars() {
                    let mut buf = [0u8; 4];
                    let c_w = m.width(c.encode_utf8(&mut buf), bold, size);
                    if cut_w + c_w > width && !cut.is_empty() {
                        break;
                    }
                    cut.push(c);
                    cut_w += c_w;
                }
                rest = rest[cut.len()..].to_string();
                lines.push(cut);
            }
            line_w = m.width(&rest, bold, size);
            line = rest;
        }
        lines.push(line);
    }
    lines
}

struct Cursor<'a> {
    m: &'a dyn Measure,
    pages: Vec<Page>,
    y: f32,
    headings: Vec<Placed>,
}

impl Cursor<'_> {
    fn top() -> f32 {
        PAGE_H - MARGIN_TOP
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = Self::top();
    }

    fn room(&self) -> f32 {
        self.y - MARGIN_BOTTOM
    }

    fn at_top(&self) -> bool {
        (self.y - Self::top()).abs() < 0.01
    }

    fn ensure(&mut self, h: f32) {
        if self.room() < h && !self.at_top() {
            self.new_page();
        }
    }

    fn push(&mut self, item: Item) {
        if let Some(p) = self.pages.last_mut() {
            p.items.push(item);
        }
    }

    fn text(&mut self, x: f32, size: f32, bold: bool, text: &str) {
        self.push(Item::Text {
            x,
            y: self.y - size,
            size,
            bold,
            grey: false,
            text: text.to_string(),
        });
    }

    fn lines(&mut self, x: f32, width: f32, size: f32, bold: bool, text: &str) {
        let lh = size * LEADING;
        for line in wrap(self.m, text, bold, size, width) {
            self.ensure(lh);
            self.text(x, size, bold, &line);
            self.y -= lh;
        }
    }

    /// Places a chart laid out for the current position; when it does not fit, moves
    /// it whole to the next page.
    fn chart(&mut self, items: Vec<Item>, height: f32) {
        let mut items = items;
        if self.room() < height && !self.at_top() {
            let shift = self.y - Self::top();
            self.new_page();
            for item in &mut items {
                shift_item(item, -shift);
            }
        }
        for item in items {
            self.push(item);
        }
        self.y -= height + BODY_SIZE;
    }

    /// What must fit below a heading with it: the first lines of the next block, or a
    /// whole introducing paragraph and its chart.
    fn keep_after_heading(&self, blocks: &[Block], next: usize, text_w: f32) -> f32 {
        match (blocks.get(next), blocks.get(next + 1)) {
            (
                Some(Block::Paragraph(text)),
                Some(chart @ (Block::Bars(_) | Block::HeatMap { .. } | Block::LineChart { .. })),
            ) => {
                wrap(self.m, text, false, BODY_SIZE, text_w).len() as f32 * BODY_SIZE * LEADING
                    + self.first_lines(Some(chart))
            }
            (block, _) => self.first_lines(block),
        }
    }

    /// Height of the first lines of a block, for keep-with-next.
    fn first_lines(&self, block: Option<&Block>) -> f32 {
        let body = BODY_SIZE * LEADING;
        match block {
            Some(Block::Paragraph(_)) | Some(Block::Muted(_)) => 2.0 * body,
            Some(Block::Bullets(_)) => body,
            Some(Block::Table { header, widths, .. }) => {
                2.0 * self.row_height(header, widths, true)
            }
            Some(Block::HeatMap { .. }) => 210.0,
            Some(Block::LineChart { .. }) => 150.0,
            Some(Block::Bars(b)) => b.len() as f32 * 16.0 + 6.0,
            _ => 0.0,
        }
    }

    fn row_height(&self, cells: &[String], widths: &[f32], bold: bool) -> f32 {
        let text_w = PAGE_W - 2.0 * MARGIN_X;
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| {
                wrap(
                    self.m,
                    c,
                    bold,
                    BODY_SIZE - 0.5,
                    w * text_w - 2.0 * CELL_PAD,
                )
                .len() as f32
            })
            .fold(1.0, f32::max)
            * (BODY_SIZE - 0.5)
            * LEADING
            + 2.0 * CELL_PAD
    }

    fn row(&mut self, cells: &[String], widths: &[f32], bold: bool) {
        let text_w = PAGE_W - 2.0 * MARGIN_X;
        let h = self.row_height(cells, widths, bold);
        let size = BODY_SIZE - 0.5;
        if bold {
            self.push(Item::Shade {
                x: MARGIN_X,
                y: self.y - h,
                w: text_w,
                h,
            });
        }
        let mut x = MARGIN_X;
        for (c, w) in cells.iter().zip(widths) {
            let mut y = self.y - CELL_PAD;
            for line in wrap(self.m, c, bold, size, w * text_w - 2.0 * CELL_PAD) {
                self.push(Item::Text {
                    x: x + CELL_PAD,
                    y: y - size,
                    size,
                    bold,
                    grey: false,
                    text: line,
                });
                y -= size * LEADING;
            }
            x += w * text_w;
        }
        self.y -= h;
        self.push(Item::Line {
            x1: MARGIN_X,
            y1: self.y,
            x2: MARGIN_X + text_w,
            y2: self.y,
            width: if bold { 0.8 } else { 0.3 },
        });
    }
}

/// Moves an item up by `dy` points.
fn shift_item(item: &mut Item, dy: f32) {
    match item {
        Item::Text { y, .. }
        | Item::ColorText { y, .. }
        | Item::Shade { y, .. }
        | Item::Fill { y, .. } => *y += dy,
        Item::Line { y1, y2, .. } => {
            *y1 += dy;
            *y2 += dy;
        }
        Item::Path { points, .. } => {
            for p in points {
                p.1 += dy;
            }
        }
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
                    rgb: super::chart::ACCENT,
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
                c.ensure(c.row_height(header, widths, true) + BODY_SIZE * 2.0);
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
                let (items, h) = super::chart::heat_map(
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
                let series = super::chart::Series {
                    points,
                    labels,
                    target: *target,
                    target_label,
                    decimal_comma: *decimal_comma,
                };
                let (items, h) =
                    super::chart::line_chart(m, MARGIN_X, c.y - 6.0, text_w * 0.8, &series);
                c.chart(items, h + 6.0);
            }
            Block::Bars(bars) => {
                let (items, h) = super::chart::bars(MARGIN_X, c.y, text_w, bars);
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
                text: doc.header.clone(),
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
/// the headings really land on.
pub fn layout(doc: &Document, m: &dyn Measure) -> Laid {
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
