//! A spreadsheet as rows of text cells, read from CSV (see [`super::text_file`]) or from
//! the first sheet of an XLSX workbook, and written back as XLSX. Importers work on this
//! shape, so every format gets the same checks.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

use super::text_file::{decode, detect_delimiter, MAX_BYTES};
use crate::error::{Error, Result};

pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<TableRow>,
    /// `utf-8`, `utf-8-bom`, `windows-1252` or `xlsx`.
    pub encoding: String,
    /// `;`, `,`, `tab`, or empty for XLSX.
    pub delimiter: String,
}

pub struct TableRow {
    /// The row's line in the file (CSV) or its row number (XLSX); 1 is the header.
    pub line: u32,
    pub cells: Vec<String>,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Reads CSV or XLSX, told apart by their first bytes. Blank rows are left out.
pub fn read(bytes: &[u8]) -> Result<Table> {
    if bytes.len() > MAX_BYTES {
        return Err(Error::TooLong {
            field: "import.file".into(),
            max: MAX_BYTES,
        });
    }
    let table = if bytes.starts_with(ZIP_MAGIC) {
        read_xlsx(bytes)?
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
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(decoded.text.as_bytes());
    let headers = reader
        .headers()
        .map_err(malformed)?
        .iter()
        .map(String::from)
        .collect();
    // Line numbers as an editor shows them, counting breaks inside quoted fields too.
    let text = decoded.text.as_bytes();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(decoded.text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    // The reader may place a record's start on the line break before it (CRLF files).
    let line_of = |byte: u64| {
        let mut at = byte as usize;
        while at < text.len() && matches!(text[at], b'\r' | b'\n') {
            at += 1;
        }
        line_starts.partition_point(|&start| start <= at) as u32
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(malformed)?;
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        rows.push(TableRow {
            line: record.position().map(|p| line_of(p.byte())).unwrap_or(0),
            cells: record.iter().map(String::from).collect(),
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

fn read_xlsx(bytes: &[u8]) -> Result<Table> {
    let bad = |detail: String| Error::ImportMalformed { line: 0, detail };
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| bad(e.to_string()))?;
    let range = match book.worksheet_range_at(0) {
        None => return Err(Error::ImportEmpty),
        Some(r) => r.map_err(|e| bad(e.to_string()))?,
    };
    let first_row = range.start().map(|(row, _)| row).unwrap_or(0);
    let mut lines = range.rows().enumerate().map(|(i, cells)| {
        (
            first_row + i as u32 + 1,
            cells.iter().map(cell_text).collect::<Vec<String>>(),
        )
    });
    let Some((_, headers)) = lines.next() else {
        return Err(Error::ImportEmpty);
    };
    let rows = lines
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(line, cells)| TableRow { line, cells })
        .collect();
    Ok(Table {
        headers,
        rows,
        encoding: "xlsx".into(),
        delimiter: String::new(),
    })
}

/// A cell as the text a person would type: whole numbers without ".0".
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(dt) if dt.is_datetime() => {
            crate::model::date::from_spreadsheet_serial(dt.as_f64())
        }
        other => other.to_string(),
    }
}

fn malformed(e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    Error::ImportMalformed {
        line: line as i64,
        detail: e.to_string(),
    }
}

/// One sheet with a bold header row; cells that are numbers are written as numbers.
/// Rows as CSV (UTF-8, comma-separated) under a header row.
pub fn write_csv(headers: &[&str], rows: &[Vec<String>]) -> Result<String> {
    let io = |e: csv::Error| Error::Io {
        path: "csv".into(),
        detail: e.to_string(),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(headers).map_err(io)?;
    for row in rows {
        w.write_record(row).map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::Io {
        path: "csv".into(),
        detail: e.to_string(),
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

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
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            if v.is_empty() {
                continue;
            }
            // Codes with a leading zero (postcodes, phone numbers) stay text.
            let leading_zero = v.len() > 1 && v.starts_with('0') && !v.starts_with("0.");
            match v
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite() && !leading_zero)
            {
                Some(n) => ws.write_number(r, c as u16, n).map_err(fail)?,
                None => ws.write_string(r, c as u16, v).map_err(fail)?,
            };
        }
    }
    ws.set_freeze_panes(1, 0).map_err(fail)?;
    ws.autofit();
    book.save_to_buffer().map_err(fail)
}
