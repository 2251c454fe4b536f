//! Reads the first worksheet of an Excel 97-2003 workbook (`.xls`, BIFF8) as rows of
//! text cells, within the same limits as the XLSX reader (ADR 0018). The workbook is a
//! stream of records inside a compound file ([`cfb`]); only the records that hold cell
//! values, the shared strings, and what tells a date from a number are read. Counts a
//! record declares are never used to size an allocation: a string is as long as the
//! bytes that are there, a table only grows by what was read.

mod cfb;

use std::collections::BTreeMap;

use super::grid::{CellKind, SheetRows, Table};
use super::limits::{self, Limit};
use super::xlsx::NumberStyle;
use crate::error::{Error, Result};

pub(in crate::exchange) use cfb::MAGIC;

fn bad(detail: String) -> Error {
    Error::ImportMalformed { line: 0, detail }
}

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const CONTINUE: u16 = 0x003C;
const FILEPASS: u16 = 0x002F;
const DATEMODE: u16 = 0x0022;
const FORMAT: u16 = 0x041E;
const XF: u16 = 0x00E0;
const BOUNDSHEET: u16 = 0x0085;
const SST: u16 = 0x00FC;
const LABELSST: u16 = 0x00FD;
const LABEL: u16 = 0x0204;
const RSTRING: u16 = 0x00D6;
const NUMBER: u16 = 0x0203;
const RK: u16 = 0x027E;
const MULRK: u16 = 0x00BD;
const FORMULA: u16 = 0x0006;
const STRING: u16 = 0x0207;
const BOOLERR: u16 = 0x0205;

/// A compound file that is not an Excel 97-2003 workbook we can read, named by what it
/// is; or the workbook stream.
pub(super) fn read(bytes: &[u8]) -> Result<Table> {
    let file = cfb::Compound::open(bytes)?;
    if file.has("EncryptionInfo") || file.has("EncryptedPackage") {
        return Err(Error::ImportEncrypted);
    }
    // Excel 97-2003 names the stream Workbook, Excel 5 Book; some programs write a
    // BIFF8 workbook under the old name. The version in its first record decides.
    let stream = match file.stream("Workbook")? {
        Some(s) => Some(s),
        None => file.stream("Book")?,
    };
    let Some(stream) = stream else {
        let format = if file.has("WordDocument") {
            "Word 97-2003 (.doc)"
        } else if file.has("PowerPoint Document") {
            "PowerPoint 97-2003 (.ppt)"
        } else {
            "OLE / Compound File"
        };
        return Err(Error::ImportFormat {
            format: format.into(),
        });
    };
    read_workbook(&stream)
}

struct Record<'a> {
    kind: u16,
    /// Where the record starts in the stream.
    at: usize,
    data: &'a [u8],
}

/// The records from `at` on; a record cut off by the end of the stream ends them.
fn records(stream: &[u8], mut at: usize) -> impl Iterator<Item = Record<'_>> {
    std::iter::from_fn(move || {
        let head = stream.get(at..at + 4)?;
        let kind = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        let data = stream.get(at + 4..at + 4 + len)?;
        let record = Record { kind, at, data };
        at += 4 + len;
        Some(record)
    })
}

fn u16_at(b: &[u8], at: usize) -> Result<u16> {
    b.get(at..at + 2)
        .map(|s| u16::from_le_bytes([s[0], s[1]]))
        .ok_or_else(|| bad("a record is too short".into()))
}

fn u32_at(b: &[u8], at: usize) -> Result<u32> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or_else(|| bad("a record is too short".into()))
}

fn f64_at(b: &[u8], at: usize) -> Result<f64> {
    let s = b
        .get(at..at + 8)
        .ok_or_else(|| bad("a record is too short".into()))?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Ok(f64::from_le_bytes(a))
}

/// What the workbook's global records say.
struct Globals {
    date1904: bool,
    /// Per cell format (XF): what its number format shows.
    styles: Vec<NumberStyle>,
    strings: Vec<String>,
    /// Where the first worksheet's records start.
    first_sheet: Option<usize>,
}

fn read_workbook(stream: &[u8]) -> Result<Table> {
    let mut all = records(stream, 0);
    match all.next() {
        Some(r) if r.kind == BOF && u16_at(r.data, 0)? == 0x0600 => {}
        Some(r) if r.kind == BOF => {
            return Err(Error::ImportFormat {
                format: "Excel 5.0/95 (.xls)".into(),
            })
        }
        _ => return Err(bad("the workbook does not start with BOF".into())),
    }
    let globals = read_globals(stream)?;
    let at = globals
        .first_sheet
        .ok_or_else(|| bad("the workbook has no worksheet".into()))?;
    read_sheet(stream, at, &globals)
}

fn read_globals(stream: &[u8]) -> Result<Globals> {
    let mut g = Globals {
        date1904: false,
        styles: Vec::new(),
        strings: Vec::new(),
        first_sheet: None,
    };
    let mut formats: Vec<(u16, NumberStyle)> = Vec::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut all = records(stream, 0).skip(1).peekable();
    while let Some(r) = all.next() {
        match r.kind {
            EOF => break,
            FILEPASS => return Err(Error::ImportEncrypted),
            DATEMODE => g.date1904 = u16_at(r.data, 0)? == 1,
            FORMAT if formats.len() < 65_536 => {
                let id = u16_at(r.data, 0)?;
                let mut chars = Chars::new(vec![&r.data[2.min(r.data.len())..]]);
                let code = chars.unicode_string(true)?;
                formats.push((id, NumberStyle::of_code(&code)));
            }
            XF => {
                if xf_formats.len() >= 65_536 {
                    return Err(bad("too many cell styles".into()));
                }
                xf_formats.push(u16_at(r.data, 2)?);
            }
            // A worksheet (type 0), not a chart or a macro sheet.
            BOUNDSHEET if g.first_sheet.is_none() && r.data.get(5) == Some(&0) => {
                g.first_sheet = Some(u32_at(r.data, 0)? as usize);
            }
            SST => {
                let mut parts = vec![r.data];
                while let Some(next) = all.peek() {
                    if next.kind != CONTINUE {
                        break;
                    }
                    parts.push(next.data);
                    all.next();
                }
                g.strings = read_strings(parts)?;
            }
            _ => {}
        }
    }
    g.styles = xf_formats
        .iter()
        .map(|id| {
            formats
                .iter()
                .find(|(f, _)| f == id)
                .map(|(_, d)| *d)
                .unwrap_or_else(|| NumberStyle::builtin(u32::from(*id)))
        })
        .collect();
    Ok(g)
}

/// The shared strings: the SST record and its CONTINUE records. Its declared count is
/// not trusted; strings are read while there are bytes.
fn read_strings(parts: Vec<&[u8]>) -> Result<Vec<String>> {
    let mut chars = Chars::new(parts);
    chars.skip(8)?;
    let mut strings = Vec::new();
    while !chars.at_end() {
        if strings.len() >= limits::SHARED_STRINGS {
            return Err(Limit::SharedStrings.exceeded());
        }
        strings.push(chars.unicode_string(true)?);
    }
    Ok(strings)
}

/// Reads the strings of BIFF8 records, which may run on from one record into the
/// CONTINUE records after it; where the characters of a string go on in the next record,
/// that record starts with a new flag for their width.
struct Chars<'a> {
    parts: Vec<&'a [u8]>,
    part: usize,
    at: usize,
}

impl<'a> Chars<'a> {
    fn new(parts: Vec<&'a [u8]>) -> Chars<'a> {
        Chars {
            parts,
            part: 0,
            at: 0,
        }
    }

    fn at_end(&mut self) -> bool {
        while self.part < self.parts.len() && self.at >= self.parts[self.part].len() {
            self.part += 1;
            self.at = 0;
        }
        self.part >= self.parts.len()
    }

    fn byte(&mut self) -> Result<u8> {
        if self.at_end() {
            return Err(bad("a string runs past its record".into()));
        }
        let b = self.parts[self.part][self.at];
        self.at += 1;
        Ok(b)
    }

    fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes([self.byte()?, self.byte()?]))
    }

    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes([
            self.byte()?,
            self.byte()?,
            self.byte()?,
            self.byte()?,
        ]))
    }

    fn skip(&mut self, mut n: usize) -> Result<()> {
        while n > 0 {
            if self.at_end() {
                return Err(bad("a string runs past its record".into()));
            }
            let take = n.min(self.parts[self.part].len() - self.at);
            self.at += take;
            n -= take;
        }
        Ok(())
    }

    /// An XLUnicodeString (with a 16-bit length) or its short form (8-bit length).
    fn unicode_string(&mut self, long: bool) -> Result<String> {
        let count = if long {
            usize::from(self.u16()?)
        } else {
            usize::from(self.byte()?)
        };
        let flags = self.byte()?;
        let runs = if flags & 0x08 != 0 {
            usize::from(self.u16()?)
        } else {
            0
        };
        let extra = if flags & 0x04 != 0 {
            self.u32()? as usize
        } else {
            0
        };
        let mut wide = flags & 0x01 != 0;
        let mut units: Vec<u16> = Vec::with_capacity(count.min(limits::CELL_CHARS));
        for _ in 0..count {
            if self.at >= self.parts.get(self.part).map_or(0, |p| p.len()) {
                // The characters go on in the next record, after a new width flag.
                if self.at_end() {
                    return Err(bad("a string runs past its record".into()));
                }
                wide = self.byte()? & 0x01 != 0;
            }
            units.push(if wide {
                self.u16()?
            } else {
                u16::from(self.byte()?)
            });
        }
        self.skip(4 * runs)?;
        self.skip(extra)?;
        let text = String::from_utf16_lossy(&units);
        if text.chars().count() > limits::CELL_CHARS {
            return Err(Limit::CellChars.exceeded());
        }
        Ok(text)
    }
}

/// A number stored in 30 bits (RK): an integer or the top of a double, maybe divided by
/// 100.
fn rk_number(rk: u32) -> f64 {
    let n = if rk & 0x02 != 0 {
        f64::from((rk as i32) >> 2)
    } else {
        f64::from_bits(u64::from(rk & 0xFFFF_FFFC) << 32)
    };
    if rk & 0x01 != 0 {
        n / 100.0
    } else {
        n
    }
}

/// The cells of the worksheet whose records start at `at`.
fn read_sheet(stream: &[u8], at: usize, g: &Globals) -> Result<Table> {
    let mut rows = SheetRows::new();
    let mut cells: BTreeMap<u32, Vec<(usize, String, CellKind)>> = BTreeMap::new();
    let mut count = 0usize;
    let mut put = |row: u16, col: u16, (value, kind): (String, CellKind)| -> Result<()> {
        let col = usize::from(col);
        if col >= limits::COLUMNS {
            return Err(Limit::Columns.exceeded());
        }
        if value.is_empty() {
            return Ok(());
        }
        count += 1;
        if count > limits::CELLS {
            return Err(Limit::Cells.exceeded());
        }
        // Charged as it is read: a cell may copy a long shared string.
        rows.charge(value.len())?;
        cells
            .entry(u32::from(row) + 1)
            .or_default()
            .push((col, value, kind));
        Ok(())
    };
    let number = |xf: u16, n: f64| -> (String, CellKind) {
        let style = g
            .styles
            .get(usize::from(xf))
            .copied()
            .unwrap_or(NumberStyle::Plain);
        super::xlsx::number_cell(&n.to_string(), style, g.date1904)
    };
    let text = |s: String| (s, CellKind::Text);
    let mut all = records(stream, at);
    match all.next() {
        Some(r) if r.kind == BOF => {}
        _ => return Err(bad("the worksheet does not start with BOF".into())),
    }
    // A formula whose text result follows in a STRING record.
    let mut pending: Option<(u16, u16)> = None;
    // Charts and other objects embedded in the sheet have their own BOF … EOF.
    let mut depth = 0usize;
    for r in all {
        if depth > 0 {
            match r.kind {
                BOF => depth += 1,
                EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        let d = r.data;
        match r.kind {
            EOF => break,
            BOF => depth = 1,
            LABELSST => {
                let index = u32_at(d, 6)? as usize;
                let shared = g.strings.get(index).cloned().ok_or_else(|| {
                    bad(format!(
                        "shared string {index} does not exist (at {})",
                        r.at
                    ))
                })?;
                put(u16_at(d, 0)?, u16_at(d, 2)?, text(shared))?;
            }
            LABEL | RSTRING => {
                let label = Chars::new(vec![&d[6.min(d.len())..]]).unicode_string(true)?;
                put(u16_at(d, 0)?, u16_at(d, 2)?, text(label))?;
            }
            NUMBER => put(
                u16_at(d, 0)?,
                u16_at(d, 2)?,
                number(u16_at(d, 4)?, f64_at(d, 6)?),
            )?,
            RK => put(
                u16_at(d, 0)?,
                u16_at(d, 2)?,
                number(u16_at(d, 4)?, rk_number(u32_at(d, 6)?)),
            )?,
            MULRK => {
                let row = u16_at(d, 0)?;
                let first = u16_at(d, 2)?;
                let n = d.len().saturating_sub(6) / 6;
                for i in 0..n {
                    let xf = u16_at(d, 4 + 6 * i)?;
                    let rk = u32_at(d, 6 + 6 * i)?;
                    put(
                        row,
                        first.saturating_add(i as u16),
                        number(xf, rk_number(rk)),
                    )?;
                }
            }
            BOOLERR => {
                let (value, error) = (d.get(6).copied(), d.get(7).copied());
                if error == Some(0) {
                    let b = if value == Some(1) { "true" } else { "false" };
                    put(u16_at(d, 0)?, u16_at(d, 2)?, text(b.into()))?;
                }
            }
            FORMULA => {
                let (row, col, xf) = (u16_at(d, 0)?, u16_at(d, 2)?, u16_at(d, 4)?);
                let result = d
                    .get(6..14)
                    .ok_or_else(|| bad("a record is too short".into()))?;
                if result[6..8] == [0xFF, 0xFF] {
                    match result[0] {
                        0 => pending = Some((row, col)),
                        1 => put(
                            row,
                            col,
                            text(if result[2] == 1 { "true" } else { "false" }.into()),
                        )?,
                        _ => {}
                    }
                } else {
                    put(row, col, number(xf, f64_at(d, 6)?))?;
                }
            }
            STRING => {
                if let Some((row, col)) = pending.take() {
                    put(row, col, text(Chars::new(vec![d]).unicode_string(true)?))?;
                }
            }
            _ => {}
        }
    }
    for (line, row) in cells {
        rows.push(line, row)?;
    }
    rows.finish("xls")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rk_numbers_are_integers_or_doubles_maybe_in_hundredths() {
        assert_eq!(rk_number((42 << 2) | 0x02), 42.0);
        assert_eq!(rk_number((1234 << 2) | 0x03), 12.34);
        assert_eq!(rk_number(((-7i32 << 2) as u32) | 0x02), -7.0);
        let top = (1.5f64.to_bits() >> 32) as u32;
        assert_eq!(rk_number(top), 1.5);
    }

    #[test]
    fn a_string_goes_on_in_the_next_record_with_its_own_width() {
        // "abcd": two one-byte characters, then two two-byte ones after a CONTINUE.
        let first: &[u8] = &[4, 0, 0, b'a', b'b'];
        let second: &[u8] = &[1, b'c', 0, b'd', 0];
        let text = Chars::new(vec![first, second])
            .unicode_string(true)
            .expect("read");
        assert_eq!(text, "abcd");
    }

    fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut r = kind.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    /// A workbook stream with one shared string of `chars` characters and a sheet that
    /// names it in `cells` cells.
    fn one_string_many_cells(chars: usize, cells: u16) -> Vec<u8> {
        let bof = [0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0];
        // The string: 8 bytes of counts, its length, a one-byte-per-character flag,
        // then the characters, cut into records of at most 8,224 bytes.
        let mut sst = vec![1, 0, 0, 0, 1, 0, 0, 0];
        sst.extend((chars as u16).to_le_bytes());
        sst.push(0);
        sst.extend(std::iter::repeat_n(b'x', chars));
        let mut globals = record(BOF, &bof);
        let mut chunks = sst.chunks(8224);
        globals.extend(record(SST, chunks.next().expect("sst")));
        for more in chunks {
            // A CONTINUE inside the characters starts with their width flag.
            let mut data = vec![0u8];
            data.extend(more);
            globals.extend(record(CONTINUE, &data));
        }
        let sheet_at = globals.len() + 4 + 9 + 4;
        let mut boundsheet = (sheet_at as u32).to_le_bytes().to_vec();
        boundsheet.extend([0, 0, 1, 0, b'S']);
        globals.extend(record(BOUNDSHEET, &boundsheet));
        globals.extend(record(EOF, &[]));
        assert_eq!(globals.len(), sheet_at);
        globals.extend(record(BOF, &[0x00, 0x06, 0x10, 0x00, 0, 0, 0, 0]));
        for row in 0..cells {
            let mut cell = row.to_le_bytes().to_vec();
            cell.extend([0, 0, 15, 0, 0, 0, 0, 0]);
            globals.extend(record(LABELSST, &cell));
        }
        globals.extend(record(EOF, &[]));
        globals
    }

    #[test]
    fn a_shared_string_is_read_across_continue_records() {
        let table = read_workbook(&one_string_many_cells(20_000, 3)).expect("read");
        assert_eq!(table.headers, vec!["x".repeat(20_000)]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.encoding, "xls");
    }

    #[test]
    fn one_long_string_in_many_cells_cannot_grow_past_the_unpacked_limit() {
        // 30,000 characters named by 6,000 cells: a stream of 120 KB that would be
        // 180 MB of text.
        let err = read_workbook(&one_string_many_cells(30_000, 6_000)).expect_err("refused");
        assert_eq!(
            err.params().get("field").map(String::as_str),
            Some("import_limit.unpacked_mb")
        );
    }

    #[test]
    fn a_file_shorter_than_its_declared_sectors_is_refused() {
        // A header that declares 4,096-byte sectors, in a file of 1,000 bytes.
        let mut small = MAGIC.to_vec();
        small.resize(1_000, 0);
        small[30] = 12;
        small[32] = 6;
        let err = read(&small).expect_err("refused");
        assert_eq!(err.code(), "import.malformed");
    }

    #[test]
    fn a_declared_length_beyond_the_bytes_is_refused_not_allocated() {
        let huge: &[u8] = &[0xFF, 0xFF, 0x01, b'a', 0];
        assert!(Chars::new(vec![huge]).unicode_string(true).is_err());
    }
}
