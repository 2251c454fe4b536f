//! Writing report blocks in one language: headings, paragraphs, "nothing recorded",
//! tables with translated headers, the user's own texts, and how empty cells, dates and
//! the footer are written.

use super::annex::{self, Annex, BODY_ROWS};
use super::layout::Block;
use super::text::Texts;
use crate::exchange::Register;

/// Blocks being written, with the words of one language.
pub struct Writer<'a> {
    pub t: &'a Texts,
    pub blocks: Vec<Block>,
    /// The heading level of the subsections the shared sections write.
    pub sub: u8,
    /// The registers this report carries as annexes.
    pub annexes: Vec<Annex>,
    /// A report for everyone: it points to no register of the app.
    pub public: bool,
}

impl<'a> Writer<'a> {
    pub fn new(t: &'a Texts) -> Writer<'a> {
        Writer {
            t,
            blocks: Vec::new(),
            sub: 2,
            annexes: Vec::new(),
            public: false,
        }
    }

    /// A table of a register that grows with the company: the first [`BODY_ROWS`] of
    /// `rows` (most important first) out of `total`, and where the rest is.
    pub fn capped_table(
        &mut self,
        header_keys: &[&str],
        total: usize,
        rows: impl Iterator<Item = Vec<String>>,
        widths: &[f32],
        register: Register,
    ) {
        self.table_up_to(header_keys, total, rows, widths, register, BODY_ROWS);
    }

    /// [`Writer::capped_table`] with at most `limit` rows.
    pub fn table_up_to(
        &mut self,
        header_keys: &[&str],
        total: usize,
        rows: impl Iterator<Item = Vec<String>>,
        widths: &[f32],
        register: Register,
        limit: usize,
    ) {
        let rows: Vec<Vec<String>> = rows.take(limit).collect();
        let shown = rows.len();
        self.table(header_keys, rows, widths);
        self.more(shown, total, register);
    }

    /// A bullet list of a register that grows, like [`Writer::capped_table`].
    pub fn capped_bullets(
        &mut self,
        total: usize,
        items: impl Iterator<Item = String>,
        register: Register,
    ) {
        self.bullets_up_to(total, items, register, BODY_ROWS);
    }

    /// [`Writer::capped_bullets`] with at most `limit` items.
    pub fn bullets_up_to(
        &mut self,
        total: usize,
        items: impl Iterator<Item = String>,
        register: Register,
        limit: usize,
    ) {
        let items: Vec<String> = items.take(limit).collect();
        let shown = items.len();
        self.bullets(items);
        self.more(shown, total, register);
    }

    /// "The first 25 of 1,200 are shown; the rest is in annex E" when `shown` is less
    /// than `total`.
    pub fn more(&mut self, shown: usize, total: usize, register: Register) {
        if shown >= total {
            return;
        }
        let t = self.t;
        let counts = [("count", shown.to_string()), ("total", total.to_string())];
        let head = t.get("capped-shown", &counts);
        let annex = Annex::ALL
            .into_iter()
            .find(|a| a.register() == register && self.annexes.contains(a));
        let rest = match annex.and_then(|a| annex::letter(&self.annexes, a)) {
            Some(letter) => t.get("capped-in-annex", &[("letter", letter.to_string())]),
            None if self.public => t.t("capped-public"),
            None => t.get(
                "capped-in-register",
                &[(
                    "what",
                    t.code("export.what", &register.name().replace('-', "_")),
                )],
            ),
        };
        self.blocks.push(Block::Muted(format!("{head} {rest}")));
    }

    /// A subsection heading inside a shared section.
    pub fn hs(&mut self, key: &str) {
        self.blocks.push(Block::Heading {
            level: self.sub,
            text: self.t.t(key),
        });
    }

    pub fn h1(&mut self, key: &str) {
        self.blocks.push(Block::Heading {
            level: 1,
            text: self.t.t(key),
        });
    }

    /// A heading of `level` with variables.
    pub fn heading_with(&mut self, level: u8, key: &str, args: &[(&str, String)]) {
        self.blocks.push(Block::Heading {
            level,
            text: self.t.get(key, args),
        });
    }

    pub fn h2(&mut self, key: &str) {
        self.blocks.push(Block::Heading {
            level: 2,
            text: self.t.t(key),
        });
    }

    pub fn p(&mut self, text: String) {
        self.blocks.push(Block::Paragraph(text));
    }

    pub fn pk(&mut self, key: &str, args: &[(&str, String)]) {
        let text = self.t.get(key, args);
        self.p(text);
    }

    /// "Nothing recorded" in the section's own words.
    pub fn nothing(&mut self, key: &str) {
        self.blocks.push(Block::Muted(self.t.t(key)));
    }

    pub fn bullets(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::Bullets(items));
        }
    }

    pub fn table(&mut self, header_keys: &[&str], rows: Vec<Vec<String>>, widths: &[f32]) {
        self.blocks.push(Block::Table {
            header: header_keys.iter().map(|k| self.t.t(k)).collect(),
            rows,
            widths: widths.to_vec(),
        });
    }

    /// A user's own text, paragraph by paragraph.
    pub fn own_text(&mut self, text: &str) {
        for para in text.split("\n\n") {
            let para = para.trim();
            if !para.is_empty() {
                self.p(para.replace('\n', " "));
            }
        }
    }
}

/// The footer with the placeholders the layout fills in per page.
pub fn footer(t: &Texts) -> String {
    t.get(
        "footer",
        &[("page", "{page}".into()), ("pages", "{pages}".into())],
    )
}

/// Counted items as "label (n), label (n)".
pub fn counted<K>(items: &[(K, u32)], label: impl Fn(&K) -> String) -> String {
    items
        .iter()
        .map(|(k, n)| format!("{} ({n})", label(k)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn opt(t: &Texts, v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| t.t("cell-empty"))
}

pub fn opt_money(t: &Texts, v: Option<u64>) -> String {
    v.map(|b| t.money(b)).unwrap_or_else(|| t.t("cell-empty"))
}

pub fn opt_date(t: &Texts, v: &Option<String>) -> String {
    v.as_deref()
        .map(|d| t.date(d))
        .unwrap_or_else(|| t.t("cell-empty"))
}
