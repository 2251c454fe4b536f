//! Reads the first sheet of an XLSX workbook as rows of text cells, within the limits of
//! [`super::limits`]. A workbook is a zip archive of XML parts; this reader streams each
//! part through a counter of unpacked bytes and keeps only the cells that hold a value,
//! so that what a file *declares* (a table of four billion strings, a cell at XFD1048576)
//! never sizes an allocation. Only what an import needs is read: the first sheet, the
//! shared strings, and which cell styles are dates.

mod sheet;
mod strings;
mod styles;

pub(super) use sheet::number_cell;
pub(super) use styles::NumberStyle;

use std::cell::Cell;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::rc::Rc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

use super::grid::Table;
use super::limits::{self, Limit};
use crate::error::{Error, Result};

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// The first sheet of the workbook in `bytes`.
pub(super) fn read(bytes: &[u8]) -> Result<Table> {
    let mut sheets = read_sheets(bytes, 1)?;
    match sheets.pop() {
        Some((_, table)) => table,
        None => Err(Error::ImportEmpty),
    }
}

/// The first `max` sheets of the workbook in `bytes`, each with its name; a sheet
/// without any value is an empty-table error in its place. All sheets share one budget
/// of unpacked bytes and one of the text their cells hold.
pub(super) fn read_sheets(bytes: &[u8], max: usize) -> Result<Vec<(String, Result<Table>)>> {
    check_directory(bytes)?;
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let budget = Budget::new(limits::UNPACKED_BYTES);
    let book = read_workbook(&mut archive, &budget)?;
    let strings = match &book.shared_strings {
        Some(name) => strings::read_shared_strings(&mut archive, name, &budget)?,
        None => Vec::new(),
    };
    let styles = match &book.styles {
        Some(name) => styles::read_number_styles(&mut archive, name, &budget)?,
        None => Vec::new(),
    };
    let sheet = sheet::SheetContext {
        strings: &strings,
        styles: &styles,
        date1904: book.date1904,
    };
    // The text the cells of all sheets hold together, whatever the parts unpack to.
    let text = Rc::new(Cell::new(limits::UNPACKED_BYTES));
    let mut out = Vec::new();
    for (name, part) in book.sheets.into_iter().take(max) {
        let rows = crate::exchange::grid::SheetRows::sharing(&text);
        let table = match sheet::read_sheet(&mut archive, &part, &sheet, &budget, rows) {
            Err(Error::ImportEmpty) => Err(Error::ImportEmpty),
            Err(other) => return Err(other),
            Ok(t) => Ok(t),
        };
        out.push((name, table));
    }
    Ok(out)
}

pub(super) fn bad(detail: String) -> Error {
    Error::ImportMalformed { line: 0, detail }
}

/// A zip archive without a workbook: another Office or OpenDocument file is named as
/// such, anything else is a broken workbook.
fn not_a_workbook(archive: &Archive<'_>) -> Error {
    let has = |name: &str| archive.index_for_name(name).is_some();
    let format = if has("word/document.xml") {
        "Word (.docx)"
    } else if has("ppt/presentation.xml") {
        "PowerPoint (.pptx)"
    } else if has("content.xml") && has("mimetype") {
        "OpenDocument (.ods / .odt)"
    } else {
        return bad("xl/workbook.xml is missing".into());
    };
    Error::ImportFormat {
        format: format.into(),
    }
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
pub(super) struct Budget {
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
pub(super) fn with_part<T>(
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

pub(super) fn xml_error(e: quick_xml::Error) -> Error {
    bad(e.to_string())
}

/// The value of the attribute with local name `local` (any prefix), unescaped.
pub(super) fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
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
    /// Each sheet's name and part, in the workbook's order.
    sheets: Vec<(String, String)>,
    shared_strings: Option<String>,
    styles: Option<String>,
    /// Dates count from 1904 (old Mac workbooks) instead of 1900.
    date1904: bool,
}

fn read_workbook(archive: &mut Archive<'_>, budget: &Budget) -> Result<Book> {
    let mut sheet_rels: Vec<(String, String)> = Vec::new();
    let mut date1904 = false;
    with_part(archive, "xl/workbook.xml", budget, |r| {
        let mut buf = Vec::new();
        loop {
            match r.read_event_into(&mut buf).map_err(xml_error)? {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "sheet" => {
                        if sheet_rels.len() >= limits::ARCHIVE_ENTRIES as usize {
                            return Err(Limit::ArchiveEntries.exceeded());
                        }
                        sheet_rels.push((
                            attr(&e, "name").unwrap_or_default(),
                            attr(&e, "id").unwrap_or_default(),
                        ));
                    }
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
    .ok_or_else(|| not_a_workbook(archive))?;

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
    let mut sheets: Vec<(String, String)> = sheet_rels
        .into_iter()
        .filter_map(|(name, id)| {
            rels.iter()
                .find(|(rid, _, _)| *rid == id)
                .map(|(_, _, target)| (name, part_name(target)))
        })
        .collect();
    if sheets.is_empty() {
        sheets.push((String::new(), "xl/worksheets/sheet1.xml".into()));
    }
    Ok(Book {
        sheets,
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
