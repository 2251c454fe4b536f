//! The cells of a sheet, read row by row and kept only where they hold a value, within
//! the limits on rows, columns and cells.

use std::io::BufRead;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::strings::{push_bounded, read_text_item, resolve_ref, unescape_excel};
use super::{attr, bad, with_part, xml_error, Archive, Budget};
use crate::error::Result;
use crate::exchange::grid::{CellKind, SheetRows, Table};
use crate::exchange::limits::{self, Limit};

pub(super) struct SheetContext<'a> {
    pub strings: &'a [String],
    pub styles: &'a [super::NumberStyle],
    pub date1904: bool,
}

pub(super) fn read_sheet(
    archive: &mut Archive<'_>,
    name: &str,
    ctx: &SheetContext<'_>,
    budget: &Budget,
    mut rows: SheetRows,
) -> Result<Table> {
    with_part(archive, name, budget, |r| {
        let mut buf = Vec::new();
        let mut line: u32 = 0;
        let mut row: Vec<(usize, String, CellKind)> = Vec::new();
        let mut next_column = 0usize;
        loop {
            match r.read_event_into(&mut buf).map_err(xml_error)? {
                Event::Start(e) if e.local_name().as_ref() == "row" => {
                    line = row_number(&e, line)?;
                    next_column = 0;
                }
                Event::Empty(e) if e.local_name().as_ref() == "row" => {
                    line = row_number(&e, line)?;
                }
                Event::End(e) if e.local_name().as_ref() == "row" => {
                    rows.push(line, std::mem::take(&mut row))?;
                }
                Event::Start(e) if e.local_name().as_ref() == "c" => {
                    let cell = CellStart::of(&e, next_column)?;
                    next_column = cell.column + 1;
                    let (value, kind) = read_cell(r, &cell, ctx)?;
                    // Charged before it is kept: a cell may copy a long shared string.
                    rows.charge(value.len())?;
                    // A row has at most one cell per column; more is a file made to grow.
                    if row.len() >= limits::COLUMNS {
                        return Err(Limit::Columns.exceeded());
                    }
                    row.push((cell.column, value, kind));
                }
                Event::Empty(e) if e.local_name().as_ref() == "c" => {
                    next_column = CellStart::of(&e, next_column)?.column + 1;
                }
                Event::Eof => return Ok(()),
                _ => {}
            }
            buf.clear();
        }
    })?
    .ok_or_else(|| bad(format!("{name} is missing")))?;
    rows.finish("xlsx")
}

/// The row number of `<row r="…">`, or the one after the previous row.
fn row_number(e: &BytesStart<'_>, previous: u32) -> Result<u32> {
    match attr(e, "r") {
        Some(v) => v
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=1_048_576).contains(n))
            .ok_or_else(|| bad(format!("row number {v}"))),
        None => Ok(previous.saturating_add(1)),
    }
}

struct CellStart {
    column: usize,
    kind: Option<String>,
    style: Option<usize>,
}

impl CellStart {
    fn of(e: &BytesStart<'_>, next_column: usize) -> Result<CellStart> {
        let column = match attr(e, "r") {
            Some(reference) => column_of(&reference)?,
            None => next_column,
        };
        if column >= limits::COLUMNS {
            return Err(Limit::Columns.exceeded());
        }
        Ok(CellStart {
            column,
            kind: attr(e, "t"),
            style: attr(e, "s").and_then(|s| s.parse().ok()),
        })
    }
}

/// The zero-based column of a cell reference such as `B7` or `XFD1048576`.
fn column_of(reference: &str) -> Result<usize> {
    let letters = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .take(4)
        .try_fold(0usize, |n, b| {
            Some(n * 26 + usize::from(b.to_ascii_uppercase() - b'A') + 1)
        })
        .unwrap_or(0);
    if letters == 0 {
        return Err(bad(format!("cell reference {reference}")));
    }
    Ok(letters - 1)
}

/// Reads a cell's content up to `</c>` and returns it as the text a person would type,
/// with what the cell held.
fn read_cell<R: BufRead>(
    r: &mut Reader<R>,
    cell: &CellStart,
    ctx: &SheetContext<'_>,
) -> Result<(String, CellKind)> {
    let mut value = String::new();
    let mut inline: Option<String> = None;
    let mut in_v = false;
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf).map_err(xml_error)? {
            Event::Start(e) => match e.local_name().as_ref() {
                "v" => in_v = true,
                "is" => inline = Some(read_text_item(r, "is")?),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "v" => in_v = false,
                "c" => break,
                _ => {}
            },
            Event::Text(t) if in_v => push_bounded(&mut value, &t.xml10_content())?,
            Event::GeneralRef(e) if in_v => push_bounded(&mut value, &resolve_ref(&e)?)?,
            Event::Eof => return Err(bad("unexpected end of a cell".into())),
            _ => {}
        }
        buf.clear();
    }
    let text = match cell.kind.as_deref() {
        Some("inlineStr") => inline.unwrap_or_default(),
        Some("s") => {
            let index: usize = value
                .trim()
                .parse()
                .map_err(|_| bad(format!("shared string {value}")))?;
            ctx.strings
                .get(index)
                .cloned()
                .ok_or_else(|| bad(format!("shared string {index} does not exist")))?
        }
        Some("str") => unescape_excel(&value),
        Some("b") => match value.trim() {
            "1" => "true".into(),
            "0" => "false".into(),
            other => other.to_string(),
        },
        Some("e") | Some("d") => value,
        _ => {
            let style = cell
                .style
                .and_then(|s| ctx.styles.get(s))
                .copied()
                .unwrap_or(super::NumberStyle::Plain);
            return Ok(number_cell(&value, style, ctx.date1904));
        }
    };
    Ok((text, CellKind::Text))
}

/// A number cell: a date as text, otherwise the number with its kind.
pub(in crate::exchange) fn number_cell(
    value: &str,
    style: super::NumberStyle,
    date1904: bool,
) -> (String, CellKind) {
    let is_date = style == super::NumberStyle::Date;
    let text = number_text(value, is_date, date1904);
    let kind = match style {
        _ if text.parse::<f64>().is_err() => CellKind::Text,
        super::NumberStyle::Date => CellKind::Text,
        super::NumberStyle::Percent => CellKind::Percent,
        super::NumberStyle::Plain => CellKind::Number,
    };
    (text, kind)
}

/// A number cell as a person would type it: whole numbers without ".0", dates as
/// `YYYY-MM-DD`, anything unreadable as it was written.
pub(in crate::exchange) fn number_text(value: &str, is_date: bool, date1904: bool) -> String {
    let Ok(n) = value.trim().parse::<f64>() else {
        return value.to_string();
    };
    // Serials of the years 1900 to 9999.
    if is_date && (1.0..2_958_466.0).contains(&n) {
        let serial = if date1904 { n + 1462.0 } else { n };
        return crate::model::date::from_spreadsheet_serial(serial);
    }
    crate::exchange::grid::number_text(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_count_from_a() {
        assert_eq!(column_of("A1").expect("A"), 0);
        assert_eq!(column_of("Z9").expect("Z"), 25);
        assert_eq!(column_of("AA10").expect("AA"), 26);
        assert_eq!(column_of("XFD1048576").expect("XFD"), 16_383);
        assert!(column_of("12").is_err());
    }

    #[test]
    fn numbers_read_as_typed_and_date_styles_as_dates() {
        assert_eq!(number_text("42", false, false), "42");
        assert_eq!(number_text("1.5", false, false), "1.5");
        assert_eq!(number_text("45658", true, false), "2025-01-01");
        assert_eq!(number_text("44196", true, true), "2025-01-01");
        assert_eq!(number_text("2958466", true, false), "2958466");
    }
}
