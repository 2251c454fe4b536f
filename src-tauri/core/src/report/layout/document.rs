//! What a report says before it is laid out: a document of blocks (headings,
//! paragraphs, tables, charts, …) with its running header and footer, and the rule that
//! keeps control characters and direction overrides off every page.

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

impl Document {
    /// Every text made [`printable`].
    pub fn make_printable(&mut self) {
        self.for_each_text(&mut |t| {
            if let std::borrow::Cow::Owned(p) = printable(t) {
                *t = p;
            }
        });
    }

    /// Calls `f` on every text of the document: header, footer and every block.
    pub fn for_each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        f(&mut self.header);
        f(&mut self.footer);
        for block in &mut self.blocks {
            match block {
                Block::Heading { text, .. } | Block::Paragraph(text) | Block::Muted(text) => {
                    f(text)
                }
                Block::Bullets(items) => items.iter_mut().for_each(&mut *f),
                Block::Table { header, rows, .. } => {
                    header.iter_mut().for_each(&mut *f);
                    rows.iter_mut().flatten().for_each(&mut *f);
                }
                Block::Contents { title } => f(title),
                Block::HeatMap {
                    severity_label,
                    likelihood_label,
                    ..
                } => {
                    f(severity_label);
                    f(likelihood_label);
                }
                Block::LineChart {
                    points,
                    labels,
                    target_label,
                    ..
                } => {
                    points.iter_mut().for_each(|(p, _)| f(p));
                    labels.iter_mut().for_each(&mut *f);
                    f(target_label);
                }
                Block::Bars(bars) => bars.iter_mut().for_each(|(label, _, shown)| {
                    f(label);
                    f(shown);
                }),
                Block::PageBreak => {}
                Block::Cover {
                    title,
                    subtitle,
                    lines,
                } => {
                    f(title);
                    f(subtitle);
                    lines.iter_mut().for_each(&mut *f);
                }
            }
        }
    }
}

/// `text` without what must never reach a page: control characters become spaces (a
/// line break stays, it starts a new line), and overrides of the text direction go, so
/// that no name can show its letters in another order than they were typed.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(bad) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
            .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
            .collect(),
    )
}
