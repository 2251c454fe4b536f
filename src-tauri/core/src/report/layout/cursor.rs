//! Placing lines, table rows and charts on pages: line wrapping with real widths and
//! the cursor that moves down a page and starts the next one when something does not fit.

use super::super::script;
use super::*;

/// Splits `text` into lines no wider than `width`; a word wider than a line is cut.
/// Lines break at spaces, and also between the characters of Chinese, Japanese and
/// Korean text, which has no spaces between its words (never before closing or after
/// opening punctuation). Widths add up (the fonts are measured without kerning), so a
/// line's width is kept as a running sum instead of measuring the whole line again for
/// every word.
pub fn wrap(m: &dyn Measure, text: &str, bold: bool, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let space = m.width(" ", bold, size);
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in para.split_whitespace() {
            for (i, piece) in pieces(word).into_iter().enumerate() {
                // The first piece of a word follows a space; the others follow on.
                let gap = if i == 0 { space } else { 0.0 };
                let piece_w = m.width(piece, bold, size);
                if line.is_empty() && piece_w <= width {
                    line.push_str(piece);
                    line_w = piece_w;
                    continue;
                }
                if !line.is_empty() && line_w + gap + piece_w <= width {
                    if i == 0 {
                        line.push(' ');
                    }
                    line.push_str(piece);
                    line_w += gap + piece_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A piece that does not fit on a line of its own is cut where it must.
                let mut rest = piece.to_string();
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
        }
        lines.push(line);
    }
    lines
}

/// The pieces of a word between which a line may break: a word without Chinese,
/// Japanese or Korean characters is one piece; such characters are a piece each, with
/// closing punctuation kept on the piece before it and opening punctuation on the
/// piece after it.
pub(super) fn pieces(word: &str) -> Vec<&str> {
    if !word.chars().any(script::breaks_between) {
        return vec![word];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (at, c) in word.char_indices() {
        if let Some(p) = prev {
            let may_break = (script::breaks_between(p) || script::breaks_between(c))
                && !script::no_break_before(c)
                && !script::no_break_after(p);
            if may_break {
                out.push(&word[start..at]);
                start = at;
            }
        }
        prev = Some(c);
    }
    out.push(&word[start..]);
    out
}

/// `text` in one line of at most `width`: as it is when it fits, otherwise cut between
/// characters and ended with "…" (a long company name in the running header).
pub fn fit(m: &dyn Measure, text: &str, bold: bool, size: f32, width: f32) -> String {
    if m.width(text, bold, size) <= width {
        return text.to_string();
    }
    let room = width - m.width("…", bold, size);
    let mut out = String::new();
    let mut w = 0.0;
    for c in text.chars() {
        let mut buf = [0u8; 4];
        let c_w = m.width(c.encode_utf8(&mut buf), bold, size);
        if w + c_w > room {
            break;
        }
        out.push(c);
        w += c_w;
    }
    format!("{}…", out.trim_end())
}

pub(super) struct Cursor<'a> {
    pub(super) m: &'a dyn Measure,
    pub(super) pages: Vec<Page>,
    pub(super) y: f32,
    pub(super) headings: Vec<Placed>,
}

impl Cursor<'_> {
    pub(super) fn top() -> f32 {
        PAGE_H - MARGIN_TOP
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = Self::top();
    }

    pub(super) fn room(&self) -> f32 {
        self.y - MARGIN_BOTTOM
    }

    pub(super) fn at_top(&self) -> bool {
        (self.y - Self::top()).abs() < 0.01
    }

    pub(super) fn ensure(&mut self, h: f32) {
        if self.room() < h && !self.at_top() {
            self.new_page();
        }
    }

    pub(super) fn push(&mut self, item: Item) {
        if let Some(p) = self.pages.last_mut() {
            p.items.push(item);
        }
    }

    pub(super) fn text(&mut self, x: f32, size: f32, bold: bool, text: &str) {
        self.push(Item::Text {
            x,
            y: self.y - size,
            size,
            bold,
            grey: false,
            text: text.to_string(),
        });
    }

    pub(super) fn lines(&mut self, x: f32, width: f32, size: f32, bold: bool, text: &str) {
        let lh = size * LEADING;
        for line in wrap(self.m, text, bold, size, width) {
            self.ensure(lh);
            self.text(x, size, bold, &line);
            self.y -= lh;
        }
    }

    /// Places a chart laid out for the current position; when it does not fit, moves
    /// it whole to the next page.
    pub(super) fn chart(&mut self, items: Vec<Item>, height: f32) {
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
    pub(super) fn keep_after_heading(&self, blocks: &[Block], next: usize, text_w: f32) -> f32 {
        match (blocks.get(next), blocks.get(next + 1)) {
            (
                Some(Block::Paragraph(text)),
                Some(
                    next @ (Block::Bars(_)
                    | Block::HeatMap { .. }
                    | Block::LineChart { .. }
                    | Block::Table { .. }),
                ),
            ) => {
                wrap(self.m, text, false, BODY_SIZE, text_w).len() as f32 * BODY_SIZE * LEADING
                    + self.first_lines(Some(next))
            }
            (block, _) => self.first_lines(block),
        }
    }

    /// Height of the first lines of a block, for keep-with-next.
    pub(super) fn first_lines(&self, block: Option<&Block>) -> f32 {
        let body = BODY_SIZE * LEADING;
        match block {
            Some(Block::Paragraph(_)) | Some(Block::Muted(_)) => 2.0 * body,
            Some(Block::Bullets(_)) => body,
            Some(Block::Table {
                header,
                rows,
                widths,
            }) => {
                self.row_height(header, widths, true)
                    + rows
                        .first()
                        .map_or(0.0, |r| self.row_height(r, widths, false))
            }
            Some(Block::HeatMap { .. }) => 210.0,
            Some(Block::LineChart { .. }) => 150.0,
            Some(Block::Bars(b)) => b.len() as f32 * 16.0 + 6.0,
            _ => 0.0,
        }
    }

    pub(super) fn row_height(&self, cells: &[String], widths: &[f32], bold: bool) -> f32 {
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

    pub(super) fn row(&mut self, cells: &[String], widths: &[f32], bold: bool) {
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
