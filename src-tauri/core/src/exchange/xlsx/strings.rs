//! Text in a workbook: the shared-string table and the text items of cells (rich text
//! runs without phonetic guides, XML entities, Excel's own `_xHHHH_` escapes), each
//! bounded to the longest text a cell may hold.

use std::io::BufRead;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::{bad, with_part, xml_error, Archive, Budget};
use crate::error::Result;
use crate::exchange::limits::{self, Limit};

/// The text of a string item (`<si>` or `<is>`): its `<t>` runs, without phonetic
/// guides, read up to the end tag `end`.
pub(super) fn read_text_item<R: BufRead>(r: &mut Reader<R>, end: &str) -> Result<String> {
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

pub(super) fn push_bounded(text: &mut String, more: &str) -> Result<()> {
    // Bytes bound characters from above; count characters only near the limit.
    if text.len() + more.len() > limits::CELL_CHARS
        && text.chars().count() + more.chars().count() > limits::CELL_CHARS
    {
        return Err(Limit::CellChars.exceeded());
    }
    text.push_str(more);
    Ok(())
}

pub(super) fn resolve_ref(e: &quick_xml::events::BytesRef<'_>) -> Result<String> {
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
pub(super) fn unescape_excel(text: &str) -> String {
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

pub(super) fn read_shared_strings(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_escapes_become_their_characters() {
        assert_eq!(unescape_excel("a_x000D_b"), "a\rb");
        assert_eq!(unescape_excel("_xD83D__xDCF7_"), "\u{1F4F7}");
        assert_eq!(unescape_excel("_x005F_x000D_"), "_x000D_");
        assert_eq!(unescape_excel("gewoon_xy"), "gewoon_xy");
    }
}
