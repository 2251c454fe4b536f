//! Which cell styles of a workbook show a date, so that a date cell reads as a date
//! instead of a day count.

use quick_xml::events::Event;

use super::{attr, bad, with_part, xml_error, Archive, Budget};
use crate::error::Result;

/// What a cell's number format shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::exchange) enum NumberStyle {
    Plain,
    Date,
    Percent,
}

impl NumberStyle {
    /// The style of a custom number format.
    pub(in crate::exchange) fn of_code(code: &str) -> NumberStyle {
        if is_date_format(code) {
            NumberStyle::Date
        } else if code.contains('%') {
            NumberStyle::Percent
        } else {
            NumberStyle::Plain
        }
    }

    /// The style of a built-in number format (ECMA-376, 18.8.30).
    pub(in crate::exchange) fn builtin(id: u32) -> NumberStyle {
        if is_builtin_date_format(id) {
            NumberStyle::Date
        } else if matches!(id, 9 | 10) {
            NumberStyle::Percent
        } else {
            NumberStyle::Plain
        }
    }
}

/// Per cell style (`s` of a cell): what its number format shows.
pub(super) fn read_number_styles(
    archive: &mut Archive<'_>,
    name: &str,
    budget: &Budget,
) -> Result<Vec<NumberStyle>> {
    let mut custom: Vec<(u32, NumberStyle)> = Vec::new();
    let mut styles: Vec<NumberStyle> = Vec::new();
    with_part(archive, name, budget, |r| {
        let mut buf = Vec::new();
        let mut in_cell_xfs = false;
        loop {
            match r.read_event_into(&mut buf).map_err(xml_error)? {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "numFmt" if custom.len() < 65_536 => {
                        if let Some(id) = attr(&e, "numFmtId").and_then(|v| v.parse().ok()) {
                            let code = attr(&e, "formatCode").unwrap_or_default();
                            custom.push((id, NumberStyle::of_code(&code)));
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
                        let style = custom
                            .iter()
                            .find(|(c, _)| *c == id)
                            .map(|(_, d)| *d)
                            .unwrap_or_else(|| NumberStyle::builtin(id));
                        styles.push(style);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_formats_are_told_from_numbers_and_times() {
        assert!(is_date_format("dd/mm/yyyy"));
        assert!(is_date_format("[$-413]d mmmm yyyy"));
        assert!(!is_date_format("0.00"));
        assert!(!is_date_format("[h]:mm:ss"));
        assert!(!is_date_format("\"day\" 0"));
        assert!(is_builtin_date_format(14) && !is_builtin_date_format(2));
        assert_eq!(NumberStyle::of_code("0.0%"), NumberStyle::Percent);
        assert_eq!(NumberStyle::of_code("\"%\" dd-mm-yy"), NumberStyle::Date);
        assert_eq!(NumberStyle::builtin(10), NumberStyle::Percent);
        assert_eq!(NumberStyle::builtin(3), NumberStyle::Plain);
    }
}
