//! A spreadsheet as rows of text cells, read from CSV (see [`super::text_file`]) or from
//! the first sheet of an XLSX workbook, and written back as XLSX. Importers work on this
//! shape, so every format gets the same checks.

use super::grid::{as_typed, neutralised, number_text};
pub use super::grid::{Table, TableRow};
use super::limits::{self, Limit};
use super::text_file::{decode, detect_delimiter};
use crate::error::{Error, Result};

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// File types a user may pick by mistake, by their first bytes, with the name the
/// refusal gives them (a file type's own name, the same in both languages).
const OTHER_FORMATS: &[(&[u8], &str)] = &[
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xFF\xD8\xFF", "JPEG"),
    (b"GIF8", "GIF"),
    (b"{\\rtf", "RTF"),
];

/// A file that is neither CSV nor XLSX: a known file type by its first bytes, or a file
/// with NUL bytes near its start, which no CSV has (UTF-16 text aside).
fn other_format(bytes: &[u8]) -> Option<Error> {
    if let Some((_, name)) = OTHER_FORMATS.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(Error::ImportFormat {
            format: (*name).into(),
        });
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let head = &bytes[..bytes.len().min(4096)];
    let workbook = bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(super::xls::MAGIC);
    (!utf16 && !workbook && head.contains(&0)).then_some(Error::ImportBinary)
}

/// Reads CSV, XLSX or XLS (Excel 97-2003), told apart by their first bytes. Blank rows are left out. Another
/// known file type, or a binary file, is refused by what it is.
pub fn read(bytes: &[u8]) -> Result<Table> {
    limits::check_file_size(bytes.len() as u64, limits::FILE_BYTES)?;
    if let Some(refused) = other_format(bytes) {
        return Err(refused);
    }
    let table = if bytes.starts_with(ZIP_MAGIC) {
        super::xlsx::read(bytes)?
    } else if bytes.starts_with(super::xls::MAGIC) {
        super::xls::read(bytes)?
    } else {
        read_csv(bytes)?
    };
    if table.headers.iter().all(|h| h.trim().is_empty()) {
        return Err(Error::ImportEmpty);
    }
    Ok(table)
}

fn read_csv(bytes: &[u8]) -> Result<Table> {
    let decoded = decode(bytes);
    if decoded.text.trim().is_empty() {
        return Err(Error::ImportEmpty);
    }
    let delimiter = detect_delimiter(&decoded.text);
    // Checked before the parser makes a field of every delimiter.
    if widest_record(decoded.text.as_bytes(), delimiter) > limits::COLUMNS {
        return Err(Limit::Columns.exceeded());
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(decoded.text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(malformed)?
        .iter()
        .map(|h| as_typed(h.to_string()))
        .collect();
    // Line numbers as an editor shows them, counting breaks inside quoted fields too,
    // counted on from one record to the next.
    let text = decoded.text.as_bytes();
    let (mut line, mut counted) = (1u32, 0usize);
    let mut line_of = |byte: u64| {
        // The reader may place a record's start on the line break before it (CRLF).
        let mut at = (byte as usize).min(text.len());
        while at < text.len() && matches!(text[at], b'\r' | b'\n') {
            at += 1;
        }
        if at > counted {
            let breaks = text[counted..at].iter().filter(|b| **b == b'\n').count();
            line = line.saturating_add(breaks as u32);
            counted = at;
        }
        line
    };
    let mut rows = Vec::new();
    let mut cells = headers.len();
    for record in reader.records() {
        let record = record.map_err(malformed)?;
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        if rows.len() + 1 >= limits::ROWS {
            return Err(Limit::Rows.exceeded());
        }
        cells += record.len();
        if cells > limits::CELLS {
            return Err(Limit::Cells.exceeded());
        }
        rows.push(TableRow {
            line: record.position().map(|p| line_of(p.byte())).unwrap_or(0),
            cells: record.iter().map(|c| as_typed(c.to_string())).collect(),
            kinds: Vec::new(),
        });
    }
    Ok(Table {
        headers,
        rows,
        encoding: decoded.encoding.to_string(),
        delimiter: match delimiter {
            b'\t' => "tab".to_string(),
            d => (d as char).to_string(),
        },
    })
}

/// The most fields in one record of CSV `text`, read as the CSV parser reads it (a quote
/// opens a quoted field only at the start of a field; `""` inside is a quote; CR, LF
/// and CRLF end a record), without allocating. Stops counting past the column limit.
fn widest_record(text: &[u8], delimiter: u8) -> usize {
    #[derive(Clone, Copy, PartialEq)]
    enum At {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let (mut state, mut fields, mut widest) = (At::FieldStart, 1usize, 0usize);
    for &b in text {
        state = match (state, b) {
            (At::Quoted, b'"') => At::QuoteInQuoted,
            (At::Quoted, _) => At::Quoted,
            (At::QuoteInQuoted, b'"') => At::Quoted,
            (At::FieldStart, b'"') => At::Quoted,
            (_, b'\r' | b'\n') => {
                widest = widest.max(fields);
                fields = 1;
                At::FieldStart
            }
            (_, d) if d == delimiter => {
                fields += 1;
                if fields > limits::COLUMNS {
                    return fields;
                }
                At::FieldStart
            }
            _ => At::Unquoted,
        };
    }
    widest.max(fields)
}

fn malformed(e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    Error::ImportMalformed {
        line: line as i64,
        detail: e.to_string(),
    }
}

/// Rows as CSV (UTF-8, comma-separated) under a header row; every cell neutralised.
pub fn write_csv(headers: &[&str], rows: &[Vec<String>]) -> Result<String> {
    let io = |e: csv::Error| Error::Io {
        path: "csv".into(),
        detail: e.to_string(),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(headers.iter().map(|h| neutralised(h).into_owned()))
        .map_err(io)?;
    for row in rows {
        w.write_record(row.iter().map(|c| neutralised(c).into_owned()))
            .map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::Io {
        path: "csv".into(),
        detail: e.to_string(),
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The columns of the exported tables that hold numbers (counts, amounts, scores,
/// coordinates, record numbers); every other column is text, whatever it looks like.
const NUMBER_COLUMNS: &[&str] = &[
    "id",
    "risk_id",
    "action_id",
    "audit_id",
    "kpi_id",
    "rank",
    "override_position",
    "report_year",
    "severity",
    "scale",
    "scope",
    "irremediability",
    "likelihood",
    "volume",
    "value",
    "baseline",
    "target",
    "spend_eur",
    "budget_eur",
    "people",
    "cap_items",
    "cap_items_done",
    "lat",
    "lng",
    "tier",
];

/// One sheet with a bold header row. A cell is written as a number only in a number
/// column and only when the number reads back as the same text; everything else is
/// written as text, so that `+31201234567`, `0012` or `1e5` stay as they were typed.
pub fn write_xlsx(sheet: &str, headers: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let fail = |e: rust_xlsxwriter::XlsxError| Error::Io {
        path: "xlsx".into(),
        detail: e.to_string(),
    };
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = book.add_worksheet();
    ws.set_name(sheet).map_err(fail)?;
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)
            .map_err(fail)?;
    }
    let numeric: Vec<bool> = headers.iter().map(|h| NUMBER_COLUMNS.contains(h)).collect();
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            if v.is_empty() {
                continue;
            }
            let number = numeric
                .get(c)
                .copied()
                .unwrap_or(false)
                .then(|| v.parse::<f64>().ok())
                .flatten()
                .filter(|n| n.is_finite() && number_text(*n) == *v);
            match number {
                Some(n) => ws.write_number(r, c as u16, n).map_err(fail)?,
                None => ws.write_string(r, c as u16, v).map_err(fail)?,
            };
        }
    }
    ws.set_freeze_panes(1, 0).map_err(fail)?;
    ws.autofit();
    book.save_to_buffer().map_err(fail)
}
