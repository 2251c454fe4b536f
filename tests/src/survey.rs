//! Questionnaires as suppliers send them back: the workbook Ketenkompas wrote with its
//! answer cells filled in, or the same answers in a workbook another program saved
//! again (other sheet names, shared strings, numbers and dates as numbers, a column
//! added).

use std::io::{Cursor, Read, Write};

use ketenkompas::exchange::survey::{self, FileOutcome};
use ketenkompas::model::Supplier;
use ketenkompas::survey::Value;
use ketenkompas::Dossier;

use crate::Scratch;

/// One filled-in row: question id, answer as typed, explanation.
pub type Filled<'a> = (&'a str, &'a str, &'a str);

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The workbook `bytes` (as Ketenkompas wrote it) with the answers filled in, as a
/// person typing in Excel would: each answer and explanation an inline text in its
/// cell of the answer sheet, found by the question id in column A.
pub fn fill(bytes: &[u8], answers: &[Filled<'_>]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("workbook");
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).expect("part");
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("read part");
        parts.push((f.name().expect("name").to_string(), data));
    }
    let strings = shared_strings(&parts);
    for (name, data) in parts.iter_mut() {
        if name != "xl/worksheets/sheet2.xml" {
            continue;
        }
        let mut xml = String::from_utf8(data.clone()).expect("utf-8");
        for (id, answer, explanation) in answers {
            let index = strings
                .iter()
                .position(|s| s == id)
                .unwrap_or_else(|| panic!("{id} is in the workbook"));
            // The row whose A cell is the shared string of this id.
            let marker = format!("<v>{index}</v>");
            let at = xml
                .match_indices(&marker)
                .map(|(at, _)| at)
                .find(|at| {
                    xml[..*at]
                        .rfind("<c r=\"A")
                        .is_some_and(|c| xml[c..*at].contains("t=\"s\""))
                })
                .unwrap_or_else(|| panic!("row of {id}"));
            let row_start = xml[..at].rfind("<row ").expect("row start");
            let r: String = xml[row_start..]
                .split("r=\"")
                .nth(1)
                .expect("row number")
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            for (col, text) in [("C", answer), ("D", explanation)] {
                let cell = format!("r=\"{col}{r}\"");
                let start = xml
                    .find(&format!("<c {cell}"))
                    .unwrap_or_else(|| panic!("{col}{r}"));
                let end = start + xml[start..].find("/>").expect("an empty cell") + 2;
                let style = xml[start..end]
                    .split("s=\"")
                    .nth(1)
                    .map(|s| s.split('"').next().unwrap_or("0").to_string())
                    .unwrap_or_else(|| "0".into());
                let filled = if text.is_empty() {
                    xml[start..end].to_string()
                } else {
                    format!(
                        "<c {cell} s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                        escape(text)
                    )
                };
                xml.replace_range(start..end, &filled);
            }
        }
        *data = xml.into_bytes();
    }
    let mut out = Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut out);
        for (name, data) in &parts {
            z.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
                .expect("entry");
            z.write_all(data).expect("write");
        }
        z.finish().expect("zip");
    }
    out.into_inner()
}

/// The texts of the shared-string table, in order (plain `<t>` items only).
fn shared_strings(parts: &[(String, Vec<u8>)]) -> Vec<String> {
    let Some((_, data)) = parts.iter().find(|(n, _)| n == "xl/sharedStrings.xml") else {
        return Vec::new();
    };
    let xml = String::from_utf8_lossy(data);
    xml.split("<si>")
        .skip(1)
        .map(|si| {
            let t = si.split("<t").nth(1).unwrap_or("");
            let t = t.split_once('>').map(|(_, rest)| rest).unwrap_or("");
            t.split("</t>").next().unwrap_or("").to_string()
        })
        .collect()
}

/// The same answers in a workbook saved again by another program: the answer table on
/// a sheet called "Blad1" with an extra first column, numbers as numbers, dates as day
/// numbers with a date format, and the identification copied from `original`.
pub fn resaved(original: &[u8], answers: &[Filled<'_>]) -> Vec<u8> {
    resaved_as(&identification_rows(original), answers)
}

/// [`resaved`] with the identification `ident` (a copy, perhaps changed by hand).
pub fn resaved_as(ident: &[(String, String)], answers: &[Filled<'_>]) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let ws = book.add_worksheet();
    ws.set_name("Blad1").expect("name");
    for (c, h) in ["", "id", "vraag", "antwoord", "toelichting"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).expect("head");
    }
    for (i, (id, answer, explanation)) in answers.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, "·").expect("extra");
        ws.write_string(r, 1, *id).expect("id");
        if let Some((y, m, d)) = iso_date(answer) {
            let dt = ExcelDateTime::from_ymd(y, m, d).expect("date");
            ws.write_datetime_with_format(r, 3, &dt, &date)
                .expect("date");
        } else if let Ok(n) = answer.parse::<f64>() {
            ws.write_number(r, 3, n).expect("number");
        } else if !answer.is_empty() {
            ws.write_string(r, 3, *answer).expect("answer");
        }
        if !explanation.is_empty() {
            ws.write_string(r, 4, *explanation).expect("explanation");
        }
    }
    let id = book.add_worksheet();
    id.set_name("Sheet3").expect("name");
    for (r, (k, v)) in ident.iter().enumerate() {
        id.write_string(r as u32, 0, k).expect("key");
        id.write_string(r as u32, 1, v).expect("value");
    }
    id.set_hidden(true);
    book.save_to_buffer().expect("save")
}

fn iso_date(s: &str) -> Option<(u16, u8, u8)> {
    let p: Vec<&str> = s.split('-').collect();
    match p.as_slice() {
        [y, m, d] if y.len() == 4 => Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)),
        _ => None,
    }
}

/// The names of a workbook's sheets, in order.
pub fn sheet_names(bytes: &[u8]) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("workbook");
    let mut xml = String::new();
    archive
        .by_name("xl/workbook.xml")
        .expect("workbook part")
        .read_to_string(&mut xml)
        .expect("read");
    xml.split("<sheet ")
        .skip(1)
        .filter_map(|s| {
            let name = s.split("name=\"").nth(1)?.split('"').next()?;
            Some(name.replace("&amp;", "&"))
        })
        .collect()
}

/// The key/value rows of the hidden identification sheet of a workbook Ketenkompas
/// wrote (sheet 3, strings shared).
pub fn identification_rows(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("workbook");
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for name in ["xl/sharedStrings.xml", "xl/worksheets/sheet3.xml"] {
        let mut data = Vec::new();
        archive
            .by_name(name)
            .expect("part")
            .read_to_end(&mut data)
            .expect("read");
        parts.push((name.to_string(), data));
    }
    let strings = shared_strings(&parts);
    let xml = String::from_utf8_lossy(&parts[1].1).to_string();
    xml.split("<row ")
        .skip(1)
        .filter_map(|row| {
            let values: Vec<String> = row
                .split("<v>")
                .skip(1)
                .filter_map(|v| v.split("</v>").next()?.parse::<usize>().ok())
                .filter_map(|i| strings.get(i).cloned())
                .collect();
            match values.as_slice() {
                [k, v, ..] => Some((k.clone(), v.clone())),
                _ => None,
            }
        })
        .collect()
}

/// A round of 2026 in a new dossier: three suppliers asked, their workbooks written.
pub struct Round {
    pub _s: Scratch,
    pub d: Dossier,
    /// Supplier ids: Noord (Dutch), Sul (English), Derde (Dutch).
    pub ids: [i64; 3],
    pub books: Vec<Vec<u8>>,
}

pub fn round() -> Round {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("d.kkdossier"), "Vraag B.V.", 2026).expect("create");
    let mut ids = [0; 3];
    for (i, name) in ["Atelier Noord", "Fábrica Sul", "Derde Weverij"]
        .iter()
        .enumerate()
    {
        ids[i] = d
            .save_supplier(&Supplier::named(name))
            .expect("supplier")
            .id;
    }
    let langs = ["nl", "en", "nl"];
    let asked: Vec<(i64, String)> = ids.iter().copied().zip(langs.map(String::from)).collect();
    let (r, added) = d
        .start_survey(2026, "2026-04-30", "2026-03-01", &asked)
        .expect("start");
    assert_eq!(added.len(), 3);
    assert_eq!(r.year, 2026);
    let books = ids
        .iter()
        .map(|id| survey::workbook(&d, 2026, *id).expect("workbook").bytes)
        .collect();
    Round {
        _s: s,
        d,
        ids,
        books,
    }
}

pub fn read(outcome: &FileOutcome) -> (&str, &[survey::ReadAnswer], u32) {
    match outcome {
        FileOutcome::Read {
            supplier,
            answers,
            unreadable,
            ..
        } => (supplier.as_str(), answers.as_slice(), *unreadable),
        FileOutcome::Refused { error } => panic!("refused: {}", error.code),
    }
}

pub fn value_of(answers: &[survey::ReadAnswer], q: &str) -> Option<Value> {
    answers
        .iter()
        .find(|a| a.question == q)
        .and_then(|a| a.value.clone())
}
