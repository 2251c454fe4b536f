//! Reads the first sheet of an XLSX workbook as rows of text cells, within the limits of
//! [`super::limits`]. A workbook is a zip archive of XML parts; this reader streams each
//! part through a counter of unpacked bytes and keeps only the cells that hold a value,
//! so that what a file *declares* (a table of four billion strings, a cell at XFD1048576)
//! never sizes an allocation. Only what an import needs is read: the first sheet, the
//! shared strings, and which cell styles are dates.

use std::cell::Cell;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::rc::Rc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

use super::grid::{Table, TableRow};
use super::limits::{self, Limit};
use crate::error::{Error, Result};

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// The first sheet of the workbook in `bytes`.
pub(super) fn read(bytes: &[u8]) -> Result<Table> {
    check_directory(bytes)?;
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let budget = Budget::new(limits::UNPACKED_BYTES);
    let book = read_workbook(&mut archive, &budget)?;
    let strings = match &book.shared_strings {
        Some(name) => read_shared_strings(&mut archive, name, &budget)?,
        None => Vec::new(),
    };
    let dates = match &book.styles {
        Some(name) => read_date_styles(&mut archive, name, &budget)?,
        None => Vec::new(),
    };
    let sheet = SheetContext {
        strings: &strings,
        dates: &dates,
        date1904: book.date1904,
    };
    read_sheet(&mut archive, &book.first_sheet, &sheet, &budget)
}

fn bad(detail: String) -> Error {
    Error::ImportMalformed { line: 0, detail }
}

/// Refuses an archive whose central directory declares more entries than a workbook
/// has, or more bytes than the file, before the zip reader sizes anything by it. Every
/// end-of-directory record in the last 64 KiB is checked, since a reader may try each.
fn check_directory(bytes: &[u8]) -> Result<()> {
    const EOCD: &[u8] = b"PK\x05\x06";
    const EOCD64: &[u8] = b"PK\x06\x06";
    let le16 = |at: usize| u64::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let le32 = |at: usize| {
        u64::from(u32::from_le_bytes([
            bytes[at],
            bytes[at + 1],
            bytes[at + 2],
            bytes[at + 3],
        ]))
    };
    let le64 = |at: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[at..at + 8]);
        u64::from_le_bytes(b)
    };
    let len = bytes.len() as u64;
    let from = bytes.len().saturating_sub(65_535 + 22 + 56 + 20);
    for at in from..bytes.len().saturating_sub(3) {
        let sig = &bytes[at..at + 4];
        if sig == EOCD && at + 22 <= bytes.len() {
            let entries = le16(at + 10);
            let size = le32(at + 12);
            // 0xFFFF and 0xFFFFFFFF defer to a zip64 record, checked below.
            if (entries != 0xFFFF && entries > limits::ARCHIVE_ENTRIES)
                || (size != 0xFFFF_FFFF && size > len)
            {
                return Err(Limit::ArchiveEntries.exceeded());
            }
        } else if sig == EOCD64
            && at + 56 <= bytes.len()
            && (le64(at + 32) > limits::ARCHIVE_ENTRIES || le64(at + 40) > len)
        {
            return Err(Limit::ArchiveEntries.exceeded());
        }
    }
    Ok(())
}

/// Unpacked bytes left for all parts of one workbook together, and the limit a part
/// went past, if any.
#[derive(Clone)]
struct Budget {
    left: Rc<Cell<u64>>,
    hit: Rc<Cell<Option<Limit>>>,
}

impl Budget {
    fn new(bytes: u64) -> Budget {
        Budget {
            left: Rc::new(Cell::new(bytes)),
            hit: Rc::new(Cell::new(None)),
        }
    }
}

/// The longest run of bytes between two markup characters (`<`, `>`): one tag or one
/// text. The XML reader holds a whole run in memory, so a run is bounded too; a cell of
/// the longest text, with every character escaped, stays well under it.
const RUN_BYTES: usize = 1024 * 1024;

/// A reader that stops (as if the part ended) when the budget is spent or a run gets
/// too long, and says which.
struct Counted<R> {
    inner: R,
    budget: Budget,
    run: usize,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.budget.hit.get().is_some() {
            return Ok(0);
        }
        let left = self.budget.left.get();
        if left == 0 {
            // One more byte would be over the limit: peek for it.
            let mut probe = [0u8; 1];
            if self.inner.read(&mut probe)? > 0 {
                self.budget.hit.set(Some(Limit::Unpacked));
            }
            return Ok(0);
        }
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.budget.left.set(left - n as u64);
        for &b in &buf[..n] {
            if b == b'<' || b == b'>' {
                self.run = 0;
            } else {
                self.run += 1;
            }
        }
        if self.run > RUN_BYTES {
            self.budget.hit.set(Some(Limit::CellChars));
            return Ok(0);
        }
        Ok(n)
    }
}

/// Streams the part `name` through `parse`; a part that spends the budget is refused
/// whatever the parser made of its cut-off end.
fn with_part<T>(
    archive: &mut Archive<'_>,
    name: &str,
    budget: &Budget,
    parse: impl FnOnce(&mut Reader<Box<dyn BufRead + '_>>) -> Result<T>,
) -> Result<Option<T>> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(bad(e.to_string())),
    };
    let counted = Counted {
        inner: file,
        budget: budget.clone(),
        run: 0,
    };
    let boxed: Box<dyn BufRead + '_> = Box::new(BufReader::new(counted));
    let mut reader = Reader::from_reader(boxed);
    let parsed = parse(&mut reader);
    if let Some(limit) = budget.hit.get() {
        return Err(limit.exceeded());
    }
    parsed.map(Some)
}

fn xml_error(e: quick_xml::Error) -> Error {
    bad(e.to_string())
}

/// The value of the attribute with local name `local` (any prefix), unescaped.
fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_default()
        })
    })
}

/// Where the parts of the workbook are.
struct Book {
    first_sheet: String,
    shared_strings: Option<String>,
    styles: Option<String>,
    /// Dates count from 1904 (old Mac workbooks) instead of 1900.
    date1904: bool,
}

fn read_workbook(archive: &mut Archive<'_>, budget: &Budget) -> Result<Book> {
    let mut first_rel: Option<String> = None;
    let mut date1904 = false;
    with_part(archive, "xl/workbook.xml", budget, |r| {
        let mut buf = Vec::new();
        loop {
            match r.read_event_into(&mut buf).map_err(xml_error)? {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "sheet" if first_rel.is_none() => first_rel = attr(&e, "id"),
                    "workbookPr" => {
                        date1904 = matches!(attr(&e, "date1904").as_deref(), Some("1" | "true"))
                    }
                    _ => {}
                },
                Event::Eof => return Ok(()),
                _ => {}
            }
            buf.clear();
        }
    })?
    .ok_or_else(|| bad("xl/workbook.xml is missing".into()))?;

    // Relationship id -> (type, target), from the workbook's relationships.
    let mut rels: Vec<(String, String, String)> = Vec::new();
    with_part(archive, "xl/_rels/workbook.xml.rels", budget, |r| {
        let mut buf = Vec::new();
        loop {
            match r.read_event_into(&mut buf).map_err(xml_error)? {
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                    if rels.len() >= limits::ARCHIVE_ENTRIES as usize {
                        return Err(Limit::ArchiveEntries.exceeded());
                    }
                    rels.push((
                        attr(&e, "Id").unwrap_or_default(),
                        attr(&e, "Type").unwrap_or_default(),
                        attr(&e, "Target").unwrap_or_default(),
                    ));
                }
                Event::Eof => return Ok(()),
                _ => {}
            }
            buf.clear();
        }
    })?;
    let part_of_type = |suffix: &str| {
        rels.iter()
            .find(|(_, kind, _)| kind.ends_with(suffix))
            .map(|(_, _, target)| part_name(target))
    };
    let first_sheet = first_rel
        .and_then(|id| rels.iter().find(|(rid, _, _)| *rid == id))
        .map(|(_, _, target)| part_name(target))
        .unwrap_or_else(|| "xl/worksheets/sheet1.xml".into());
    Ok(Book {
        first_sheet,
        shared_strings: part_of_type("/sharedStrings")
            .or_else(|| Some("xl/sharedStrings.xml".into())),
        styles: part_of_type("/styles").or_else(|| Some("xl/styles.xml".into())),
        date1904,
    })
}

/// A relationship target as a part name in the archive: relative to `xl/`, or absolute.
fn part_name(target: &str) -> String {
    match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{}", target.trim_start_matches("./")),
    }
}

/// The text of a string item (`<si>` or `<is>`): its `<t>` runs, without phonetic
/// guides, read up to the end tag `end`.
fn read_text_item<R: BufRead>(r: &mut Reader<R>, end: &str) -> Result<String> {
    let mut text = String::new();
    let mut buf = Vec::new();
    let mut in_t = false;
    let mut in_phonetic = false;
    loop {
        match r.read_event_into(&mut buf).map_err(xml_error)? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" if !in_phonetic => in_t = true,
                "rPh" => in_phonetic = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_t = false,
                "rPh" => in_phonetic = false,
                name if name == end => return Ok(unescape_excel(&text)),
                _ => {}
            },
            Event::Text(t) if in_t => push_bounded(&mut text, &t.xml10_content())?,
            Event::CData(t) if in_t => push_bounded(&mut text, &t.xml10_content())?,
            Event::GeneralRef(e) if in_t => push_bounded(&mut text, &resolve_ref(&e)?)?,
            Event::Eof => return Err(bad("unexpected end of a text".into())),
            _ => {}
        }
        buf.clear();
    }
}

fn push_bounded(text: &mut String, more: &str) -> Result<()> {
    // Bytes bound characters from above; count characters only near the limit.
    if text.len() + more.len() > limits::CELL_CHARS
        && text.chars().count() + more.chars().count() > limits::CELL_CHARS
    {
        return Err(Limit::CellChars.exceeded());
    }
    text.push_str(more);
    Ok(())
}

fn resolve_ref(e: &quick_xml::events::BytesRef<'_>) -> Result<String> {
    if let Some(c) = e.resolve_char_ref().map_err(xml_error)? {
        return Ok(c.to_string());
    }
    let name = e.as_ref();
    Ok(match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "apos" => "'",
        "quot" => "\"",
        _ => return Err(bad(format!("unknown entity &{name};"))),
    }
    .to_string())
}

/// Excel writes characters that XML cannot hold as `_xHHHH_` (a UTF-16 unit), and a
/// literal `_x` as `_x005F_x`.
fn unescape_excel(text: &str) -> String {
    if !text.contains("_x") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut units: Vec<u16> = Vec::new();
    let mut rest = text;
    let unit_at = |s: &str| -> Option<u16> {
        let b = s.as_bytes();
        if b.len() >= 7 && s.starts_with("_x") && b[6] == b'_' {
            u16::from_str_radix(s.get(2..6)?, 16).ok()
        } else {
            None
        }
    };
    while !rest.is_empty() {
        if let Some(u) = unit_at(rest) {
            units.push(u);
            rest = &rest[7..];
            continue;
        }
        if !units.is_empty() {
            out.extend(char::decode_utf16(units.drain(..)).map(|c| c.unwrap_or('\u{FFFD}')));
        }
        let c = rest.chars().next().unwrap_or('\u{FFFD}');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out.extend(char::decode_utf16(units.drain(..)).map(|c| c.unwrap_or('\u{FFFD}')));
    out
}

fn read_shared_strings(
    archive: &mut Archive<'_>,
    name: &str,
    budget: &Budget,
) -> Result<Vec<String>> {
    let mut strings = Vec::new();
    // The declared `count` and `uniqueCount` are not read: the table grows with what
    // it holds, and stops at the limit.
    with_part(archive, name, budget, |r| {
        let mut buf = Vec::new();
        loop {
            match r.read_event_into(&mut buf).map_err(xml_error)? {
                Event::Start(e) if e.local_name().as_ref() == "si" => {
                    if strings.len() >= limits::SHARED_STRINGS {
                        return Err(Limit::SharedStrings.exceeded());
                    }
                    strings.push(read_text_item(r, "si")?);
                }
                Event::Empty(e) if e.local_name().as_ref() == "si" => {
                    if strings.len() >= limits::SHARED_STRINGS {
                        return Err(Limit::SharedStrings.exceeded());
                    }
                    strings.push(String::new());
                }
                Event::Eof => return Ok(()),
                _ => {}
            }
            buf.clear();
        }
    })?;
    Ok(strings)
}

/// Per cell style (`s` of a cell): whether its number format shows a date.
fn read_date_styles(archive: &mut Archive<'_>, name: &str, budget: &Budget) -> Result<Vec<bool>> {
    let mut custom: Vec<(u32, bool)> = Vec::new();
    let mut styles: Vec<bool> = Vec::new();
    with_part(archive, name, budget, |r| {
        let mut buf = Vec::new();
        let mut in_cell_xfs = false;
        loop {
            match r.read_event_into(&mut buf).map_err(xml_error)? {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "numFmt" if custom.len() < 65_536 => {
                        if let Some(id) = attr(&e, "numFmtId").and_then(|v| v.parse().ok()) {
                            let code = attr(&e, "formatCode").unwrap_or_default();
                            custom.push((id, is_date_format(&code)));
                        }
                    }
                    "cellXfs" => in_cell_xfs = true,
                    "xf" if in_cell_xfs => {
                        // Excel allows 64,000 cell formats.
                        if styles.len() >= 65_536 {
                            return Err(bad("too many cell styles".into()));
                        }
                        let id: u32 = attr(&e, "numFmtId")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(0);
                        let date = custom
                            .iter()
                            .find(|(c, _)| *c == id)
                            .map(|(_, d)| *d)
                            .unwrap_or_else(|| is_builtin_date_format(id));
                        styles.push(date);
                    }
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == "cellXfs" => in_cell_xfs = false,
                Event::Eof => return Ok(()),
                _ => {}
            }
            buf.clear();
        }
    })?;
    Ok(styles)
}

/// The built-in number formats of the standard that show a date (ECMA-376, 18.8.30).
fn is_builtin_date_format(id: u32) -> bool {
    matches!(id, 14..=17 | 22 | 27..=36 | 50..=58)
}

/// Whether a custom number format shows a date: it has a day, month or year part
/// outside quoted text, escapes and `[...]` sections (colours, elapsed time).
fn is_date_format(code: &str) -> bool {
    let mut quoted = false;
    let mut bracket = false;
    let mut escaped = false;
    for c in code.chars() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            'd' | 'D' | 'y' | 'Y' if !quoted && !bracket => return true,
            // `m` alone may be minutes; with a day or year it was found above.
            _ => {}
        }
    }
    false
}

struct SheetContext<'a> {
    strings: &'a [String],
    dates: &'a [bool],
    date1904: bool,
}

/// Cells and rows read so far, held to the limits.
struct Rows {
    rows: Vec<TableRow>,
    cells: usize,
    first_column: usize,
}

impl Rows {
    fn push(&mut self, line: u32, mut cells: Vec<(usize, String)>) -> Result<()> {
        cells.retain(|(_, v)| !v.is_empty());
        let Some(width) = cells.iter().map(|(c, _)| c + 1).max() else {
            return Ok(());
        };
        if self.rows.len() >= limits::ROWS {
            return Err(Limit::Rows.exceeded());
        }
        self.cells += width;
        if self.cells > limits::CELLS {
            return Err(Limit::Cells.exceeded());
        }
        let first = cells.iter().map(|(c, _)| *c).min().unwrap_or(0);
        self.first_column = self.first_column.min(first);
        let mut row = vec![String::new(); width];
        for (c, v) in cells {
            row[c] = super::grid::as_typed(v);
        }
        self.rows.push(TableRow { line, cells: row });
        Ok(())
    }
}

fn read_sheet(
    archive: &mut Archive<'_>,
    name: &str,
    ctx: &SheetContext<'_>,
    budget: &Budget,
) -> Result<Table> {
    let mut rows = Rows {
        rows: Vec::new(),
        cells: 0,
        first_column: usize::MAX,
    };
    with_part(archive, name, budget, |r| {
        let mut buf = Vec::new();
        let mut line: u32 = 0;
        let mut row: Vec<(usize, String)> = Vec::new();
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
                    let value = read_cell(r, &cell, ctx)?;
                    row.push((cell.column, value));
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
    let first_column = rows.first_column.min(limits::COLUMNS);
    let mut all = rows.rows.into_iter();
    let Some(header) = all.next() else {
        return Err(Error::ImportEmpty);
    };
    let strip = |mut cells: Vec<String>| {
        cells.drain(..first_column.min(cells.len()));
        cells
    };
    Ok(Table {
        headers: strip(header.cells),
        rows: all
            .map(|r| TableRow {
                line: r.line,
                cells: strip(r.cells),
            })
            .collect(),
        encoding: "xlsx".into(),
        delimiter: String::new(),
    })
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

/// Reads a cell's content up to `</c>` and returns it as the text a person would type.
fn read_cell<R: BufRead>(
    r: &mut Reader<R>,
    cell: &CellStart,
    ctx: &SheetContext<'_>,
) -> Result<String> {
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
    Ok(match cell.kind.as_deref() {
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
            let is_date = cell
                .style
                .and_then(|s| ctx.dates.get(s))
                .copied()
                .unwrap_or(false);
            number_text(&value, is_date, ctx.date1904)
        }
    })
}

/// A number cell as a person would type it: whole numbers without ".0", dates as
/// `YYYY-MM-DD`, anything unreadable as it was written.
fn number_text(value: &str, is_date: bool, date1904: bool) -> String {
    let Ok(n) = value.trim().parse::<f64>() else {
        return value.to_string();
    };
    // Serials of the years 1900 to 9999.
    if is_date && (1.0..2_958_466.0).contains(&n) {
        let serial = if date1904 { n + 1462.0 } else { n };
        return crate::model::date::from_spreadsheet_serial(serial);
    }
    super::grid::number_text(n)
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
    fn date_formats_are_told_from_numbers_and_times() {
        assert!(is_date_format("dd/mm/yyyy"));
        assert!(is_date_format("[$-413]d mmmm yyyy"));
        assert!(!is_date_format("0.00"));
        assert!(!is_date_format("[h]:mm:ss"));
        assert!(!is_date_format("\"day\" 0"));
        assert!(is_builtin_date_format(14) && !is_builtin_date_format(2));
    }

    #[test]
    fn excel_escapes_become_their_characters() {
        assert_eq!(unescape_excel("a_x000D_b"), "a\rb");
        assert_eq!(unescape_excel("_xD83D__xDCF7_"), "\u{1F4F7}");
        assert_eq!(unescape_excel("_x005F_x000D_"), "_x000D_");
        assert_eq!(unescape_excel("gewoon_xy"), "gewoon_xy");
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
