//! How each kind of block goes onto the pages: one method of the cursor per block, and
//! the running header and footer that every page gets at the end.

use super::*;

/// The width between the margins.
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

impl Cursor<'_> {
    /// A heading; a level-1 heading starts a page, any other is kept with what follows.
    /// `after` holds the blocks after it.
    pub(super) fn heading(&mut self, level: u8, text: &str, after: &[Block]) {
        let size = heading_size(level);
        let lines = wrap(self.m, text, true, size, TEXT_W);
        let space_above = if self.at_top() { 0.0 } else { size * 0.9 };
        let need = space_above
            + lines.len() as f32 * size * 1.25
            + size * 0.4
            + self.keep_after_heading(after, 0, TEXT_W);
        if level == 1 && !self.at_top() {
            self.new_page();
        } else {
            self.ensure(need);
            if !self.at_top() {
                self.y -= space_above;
            }
        }
        self.headings.push(Placed {
            level,
            text: text.to_string(),
            page: self.pages.len(),
        });
        for line in lines {
            self.text(MARGIN_X, size, true, &line);
            self.y -= size * 1.25;
        }
        self.y -= size * 0.4;
    }

    /// A paragraph; one that introduces a chart stays with it, one that introduces a
    /// table with its header and first row.
    pub(super) fn paragraph(&mut self, text: &str, next: Option<&Block>) {
        if matches!(
            next,
            Some(
                Block::Bars(_)
                    | Block::HeatMap { .. }
                    | Block::LineChart { .. }
                    | Block::Table { .. }
            )
        ) {
            let lines = wrap(self.m, text, false, BODY_SIZE, TEXT_W).len() as f32;
            let need = lines * BODY_SIZE * LEADING + self.first_lines(next);
            self.ensure(need);
        }
        self.lines(MARGIN_X, TEXT_W, BODY_SIZE, false, text);
        self.y -= BODY_SIZE * 0.6;
    }

    /// Grey text, line by line.
    pub(super) fn muted(&mut self, text: &str) {
        for line in text.split('\n') {
            for l in wrap(self.m, line, false, BODY_SIZE, TEXT_W) {
                self.ensure(BODY_SIZE * LEADING);
                self.grey_line(l);
            }
        }
        self.y -= BODY_SIZE * 0.6;
    }

    /// The cover: a coloured band with the title and subtitle at its foot, grey lines
    /// below it, then a new page. Returns the cover's page (1 = first).
    pub(super) fn cover(&mut self, title: &str, subtitle: &str, lines: &[String]) -> usize {
        if !self.at_top() {
            self.new_page();
        }
        let page = self.pages.len();
        let band = 330.0;
        self.push(Item::Fill {
            x: 0.0,
            y: PAGE_H - band,
            w: PAGE_W,
            h: band,
            rgb: chart::ACCENT,
        });
        let title_lines = wrap(self.m, title, true, 28.0, TEXT_W);
        let sub_lines = wrap(self.m, subtitle, false, 14.0, TEXT_W);
        let mut y = PAGE_H - band
            + 40.0
            + sub_lines.len() as f32 * 14.0 * 1.35
            + 10.0
            + title_lines.len() as f32 * 28.0 * 1.15;
        for l in title_lines {
            y -= 28.0 * 1.15;
            self.white_text(y, 28.0, true, l);
        }
        y -= 10.0;
        for l in sub_lines {
            y -= 14.0 * 1.35;
            self.white_text(y, 14.0, false, l);
        }
        self.y = PAGE_H - band - 48.0;
        for line in lines {
            for l in wrap(self.m, line, false, BODY_SIZE, TEXT_W) {
                self.grey_line(l);
            }
        }
        self.new_page();
        page
    }

    pub(super) fn bullets(&mut self, items: &[String]) {
        for item in items {
            self.ensure(BODY_SIZE * LEADING);
            self.text(MARGIN_X + 4.0, BODY_SIZE, false, "•");
            self.lines(MARGIN_X + 16.0, TEXT_W - 16.0, BODY_SIZE, false, item);
        }
        self.y -= BODY_SIZE * 0.6;
    }

    /// A table: rows are never cut, and the header is repeated on every page and goes
    /// with at least the first row.
    pub(super) fn table(&mut self, header: &[String], rows: &[Vec<String>], widths: &[f32]) {
        let first = rows
            .first()
            .map_or(BODY_SIZE * 2.0, |r| self.row_height(r, widths, false));
        let need = self.row_height(header, widths, true) + first;
        self.ensure(need);
        self.row(header, widths, true);
        for r in rows {
            let h = self.row_height(r, widths, false);
            if self.room() < h {
                self.new_page();
                self.row(header, widths, true);
            }
            self.row(r, widths, false);
        }
        self.y -= BODY_SIZE;
    }

    /// The table of contents: the headings of levels 1 and 2 of `blocks`, with the pages
    /// of `placed` (from an earlier pass; "00" until known), then a new page.
    pub(super) fn contents(&mut self, title: &str, blocks: &[Block], placed: &[Placed]) {
        self.ensure(40.0);
        self.text(MARGIN_X, heading_size(1), true, title);
        self.y -= heading_size(1) * 1.8;
        let entries = blocks.iter().filter_map(|b| match b {
            Block::Heading { level, text } if *level <= 2 => Some((*level, text)),
            _ => None,
        });
        for (n, (level, text)) in entries.enumerate() {
            let page = placed.get(n).map(|p| p.page).unwrap_or(0);
            let number = if page == 0 {
                "00".to_string()
            } else {
                page.to_string()
            };
            // Sections in a slightly smaller, closer type than chapters: the contents of
            // a yearly report stays on one page.
            let bold = level == 1;
            let (indent, size, advance) = if bold {
                (0.0, BODY_SIZE, BODY_SIZE * LEADING * 1.15)
            } else {
                (14.0, BODY_SIZE - 1.0, (BODY_SIZE - 1.0) * 1.4)
            };
            let nw = self.m.width(&number, bold, size);
            let avail = TEXT_W - indent - nw - 24.0;
            let shown = wrap(self.m, text, bold, size, avail)
                .into_iter()
                .next()
                .unwrap_or_default();
            self.ensure(advance);
            self.text(MARGIN_X + indent, size, bold, &shown);
            self.text(MARGIN_X + TEXT_W - nw, size, bold, &number);
            self.y -= advance;
        }
        self.new_page();
    }

    /// The running header (not on the cover) and the footer "page X of Y" of every page.
    pub(super) fn running_texts(&mut self, header: &str, footer: &str, cover: Option<usize>) {
        let total = self.pages.len();
        let header = fit(self.m, header, false, 8.0, TEXT_W);
        for (i, page) in self.pages.iter_mut().enumerate() {
            if cover != Some(i + 1) {
                page.items.push(Item::Text {
                    x: MARGIN_X,
                    y: PAGE_H - 40.0,
                    size: 8.0,
                    bold: false,
                    grey: true,
                    text: header.clone(),
                });
                page.items.push(Item::Line {
                    x1: MARGIN_X,
                    y1: PAGE_H - 46.0,
                    x2: PAGE_W - MARGIN_X,
                    y2: PAGE_H - 46.0,
                    width: 0.3,
                });
            }
            let footer = footer
                .replace("{page}", &(i + 1).to_string())
                .replace("{pages}", &total.to_string());
            let w = self.m.width(&footer, false, 8.0);
            page.items.push(Item::Text {
                x: PAGE_W - MARGIN_X - w,
                y: 36.0,
                size: 8.0,
                bold: false,
                grey: true,
                text: footer,
            });
        }
    }

    /// One grey line of body text at the cursor, which moves down a line.
    fn grey_line(&mut self, text: String) {
        self.push(Item::Text {
            x: MARGIN_X,
            y: self.y - BODY_SIZE,
            size: BODY_SIZE,
            bold: false,
            grey: true,
            text,
        });
        self.y -= BODY_SIZE * LEADING;
    }

    /// White text on the cover band.
    fn white_text(&mut self, y: f32, size: f32, bold: bool, text: String) {
        self.push(Item::ColorText {
            x: MARGIN_X,
            y,
            size,
            bold,
            rgb: (1.0, 1.0, 1.0),
            text,
        });
    }
}
