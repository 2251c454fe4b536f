//! Writing report blocks in one language: headings, paragraphs, "nothing recorded",
//! tables with translated headers, the user's own texts, and how empty cells, dates and
//! the footer are written.

use super::layout::Block;
use super::text::Texts;

/// Blocks being written, with the words of one language.
pub struct Writer<'a> {
    pub t: &'a Texts,
    pub blocks: Vec<Block>,
    /// The heading level of the subsections the shared sections write.
    pub sub: u8,
}

impl<'a> Writer<'a> {
    pub fn new(t: &'a Texts) -> Writer<'a> {
        Writer {
            t,
            blocks: Vec::new(),
            sub: 2,
        }
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
