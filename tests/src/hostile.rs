//! Files made to exhaust a reader: small on disk, huge in what they declare or unpack to.
//! The scenario tests check that each is refused with its code; `make bench` measures
//! the peak memory of refusing them (docs/PERFORMANCE.md).

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
const SHEET_OPEN: &str = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#;
const SHEET_CLOSE: &str = "</sheetData></worksheet>";

/// A workbook from its sheet XML and shared-strings XML, every part deflated (or
/// stored, for fuzzing, so that the XML stays visible to the fuzzer).
pub fn workbook(sheet: &[u8], shared_strings: Option<&[u8]>, deflate: bool) -> Vec<u8> {
    workbook_with_styles(sheet, shared_strings, None, deflate)
}

/// [`workbook`] with a styles part too (which cell styles are dates).
pub fn workbook_with_styles(
    sheet: &[u8],
    shared_strings: Option<&[u8]>,
    styles: Option<&[u8]>,
    deflate: bool,
) -> Vec<u8> {
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    if let Some(s) = shared_strings {
        parts.push(("xl/sharedStrings.xml", s));
    }
    if let Some(s) = styles {
        parts.push(("xl/styles.xml", s));
    }
    zip_of(&parts, deflate)
}

/// A zip archive of `parts`.
pub fn zip_of(parts: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    let method = if deflate {
        CompressionMethod::Deflated
    } else {
        CompressionMethod::Stored
    };
    let options = SimpleFileOptions::default()
        .compression_method(method)
        .large_file(false);
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        w.start_file(*name, options).expect("start part");
        w.write_all(bytes).expect("write part");
    }
    w.finish().expect("finish zip").into_inner()
}

fn sheet_of(rows: &str) -> Vec<u8> {
    format!("{SHEET_OPEN}{rows}{SHEET_CLOSE}").into_bytes()
}

/// Two cells: `A1` and `XFD1048576`, the first and the last cell of a sheet. A reader
/// that holds the sheet as a grid needs 17 billion cells.
pub fn far_apart_cells() -> Vec<u8> {
    workbook(
        &sheet_of(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>naam</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ver weg</t></is></c></row>"#,
        ),
        None,
        true,
    )
}

/// A shared-strings table that declares four billion entries and holds two.
pub fn declared_strings() -> Vec<u8> {
    let strings = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4294967295" uniqueCount="4294967295"><si><t>naam</t></si><si><t>Fabriek Oost</t></si></sst>"#;
    workbook(
        &sheet_of(
            r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>"#,
        ),
        Some(strings),
        true,
    )
}

/// A sheet whose XML unpacks to `unpacked` bytes of empty rows: small on disk.
pub fn zip_bomb(unpacked: usize) -> Vec<u8> {
    let row = format!(r#"<row r="1" spans="1:1" x="{}"/>"#, "a".repeat(2000));
    let row = row.as_bytes();
    let mut sheet = Vec::with_capacity(unpacked + 200);
    sheet.extend_from_slice(SHEET_OPEN.as_bytes());
    while sheet.len() + row.len() + SHEET_CLOSE.len() < unpacked {
        sheet.extend_from_slice(row);
    }
    sheet.extend_from_slice(SHEET_CLOSE.as_bytes());
    workbook(&sheet, None, true)
}

/// A sheet with `rows` rows of one small cell each.
pub fn many_rows(rows: usize) -> Vec<u8> {
    let mut xml =
        String::from(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>naam</t></is></c></row>"#);
    for r in 2..=rows + 1 {
        xml.push_str(&format!(r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#));
    }
    workbook(&sheet_of(&xml), None, true)
}

/// One cell with `chars` characters of text.
pub fn long_cell(chars: usize) -> Vec<u8> {
    let text = "x".repeat(chars);
    workbook(
        &sheet_of(&format!(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>naam</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>{text}</t></is></c></row>"#
        )),
        None,
        true,
    )
}

/// A text of `bytes` bytes between two tags, far longer than any cell may be.
pub fn long_run(bytes: usize) -> Vec<u8> {
    let mut sheet = SHEET_OPEN.as_bytes().to_vec();
    sheet.extend_from_slice(b"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
    sheet.resize(sheet.len() + bytes, b' ');
    sheet.extend_from_slice(b"</t></is></c></row>");
    sheet.extend_from_slice(SHEET_CLOSE.as_bytes());
    workbook(&sheet, None, true)
}

/// One shared string of `chars` characters named by `cells` cells: a small file that
/// would be `chars * cells` bytes of text once every cell holds its copy.
pub fn one_string_many_cells(chars: usize, cells: usize) -> Vec<u8> {
    let strings = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{}</t></si></sst>"#,
        "x".repeat(chars)
    );
    let mut xml = String::new();
    for r in 1..=cells {
        xml.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#
        ));
    }
    workbook(&sheet_of(&xml), Some(strings.as_bytes()), true)
}

/// One row that names the same cell `cells` times: a row that would grow without
/// ever passing a column limit if repeated cells were not counted.
pub fn one_cell_repeated(cells: usize) -> Vec<u8> {
    let mut xml = String::from(r#"<row r="1">"#);
    for _ in 0..cells {
        xml.push_str(r#"<c r="A1" t="inlineStr"><is><t>naam</t></is></c>"#);
    }
    xml.push_str("</row>");
    workbook(&sheet_of(&xml), None, true)
}

/// An archive of `entries` empty parts besides a valid workbook.
pub fn many_entries(entries: usize) -> Vec<u8> {
    let names: Vec<String> = (0..entries).map(|i| format!("extra/{i}.xml")).collect();
    let sheet = sheet_of(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>naam</t></is></c></row>"#);
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", &sheet),
    ];
    parts.extend(names.iter().map(|n| (n.as_str(), &b""[..])));
    zip_of(&parts, false)
}

/// `bytes` of semicolons: one CSV record with `bytes + 1` fields.
pub fn csv_of_delimiters(bytes: usize) -> Vec<u8> {
    let mut v = b"naam;".to_vec();
    v.resize(bytes, b';');
    v
}

/// A CSV of `rows` rows of `columns` one-letter cells: many cells in a small file.
pub fn csv_of_cells(rows: usize, columns: usize) -> Vec<u8> {
    let line = vec!["x"; columns].join(";");
    let mut v = Vec::with_capacity((rows + 1) * (line.len() + 1));
    v.extend_from_slice(format!("naam{}\n", ";x".repeat(columns - 1)).as_bytes());
    for _ in 0..rows {
        v.extend_from_slice(line.as_bytes());
        v.push(b'\n');
    }
    v
}

/// Every hostile input with a name, for the benchmark.
pub fn all() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("XLSX met cellen op A1 en XFD1048576", far_apart_cells()),
        (
            "XLSX met 4 miljard gedeelde teksten aangekondigd",
            declared_strings(),
        ),
        ("XLSX dat uitpakt tot 500 MB", zip_bomb(500 * 1024 * 1024)),
        ("XLSX met 150.000 rijen", many_rows(150_000)),
        ("XLSX met een cel van 100.000 tekens", long_cell(100_000)),
        (
            "XLSX met 150 MB spaties in één cel",
            long_run(150 * 1024 * 1024),
        ),
        ("XLSX met 20.000 onderdelen", many_entries(20_000)),
        (
            "XLSX met één tekst van 30.000 tekens in 10.000 cellen",
            one_string_many_cells(30_000, 10_000),
        ),
        (
            "CSV van 63 MB puntkomma's",
            csv_of_delimiters(63 * 1024 * 1024),
        ),
        (
            "CSV met 72.000 rijen van 41 cellen",
            csv_of_cells(72_000, 41),
        ),
        (
            "CSV met 99.000 rijen van 41 cellen",
            csv_of_cells(99_000, 41),
        ),
    ]
}
