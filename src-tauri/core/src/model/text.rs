//! Checks shared by every free-text field: trimmed, bounded in length, never silently cut.

use crate::error::{Error, Result};

/// The longest name [`safe_file_name`] gives, in bytes: room is left for an extension
/// and a " (999)" after it within the 255 bytes every common file system allows.
pub const SAFE_NAME_BYTES: usize = 200;

/// `name` made safe to suggest as a file name on every platform:
/// - characters that mean a folder, a drive or a pattern become `-`, control characters
///   too, and leading and trailing dots and spaces go, so a name can never point
///   outside the folder it is saved in;
/// - direction marks and overrides go, so that no name can show its extension
///   reversed (`rapport\u{202E}fdp.exe` would look like `rapportexe.pdf`);
/// - a Windows device name (`CON`, `NUL`, `COM1.txt`, …) gets a `_` after it, since
///   Windows opens the device instead of a file;
/// - a name longer than [`SAFE_NAME_BYTES`] is shortened, keeping a short extension.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !is_direction_mark(*c))
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let shortened = shorten(trimmed, SAFE_NAME_BYTES);
    let trimmed = shortened.trim_matches(|c: char| c == '.' || c.is_whitespace());
    not_a_device(trimmed)
}

/// Marks that change the direction text is shown in (Unicode's bidirectional format
/// characters).
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Names that Windows reserves for devices, whatever the extension after them.
fn not_a_device(name: &str) -> String {
    const DEVICES: [&str; 6] = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"];
    let stem = name.split('.').next().unwrap_or("").trim_end();
    let upper = stem.to_uppercase();
    let numbered = ["COM", "LPT"].iter().any(|p| {
        upper.strip_prefix(p).is_some_and(|n| {
            let mut chars = n.chars();
            matches!(
                (chars.next(), chars.next()),
                (Some('0'..='9' | '\u{00B9}' | '\u{00B2}' | '\u{00B3}'), None)
            )
        })
    });
    if DEVICES.contains(&upper.as_str()) || numbered {
        format!("{stem}_{}", &name[stem.len()..])
    } else {
        name.to_string()
    }
}

/// At most `max` bytes, cut between characters; an extension of up to 10 letters or
/// digits is kept.
fn shorten(name: &str, max: usize) -> String {
    if name.len() <= max {
        return name.to_string();
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && e.len() <= 10 && e.chars().all(char::is_alphanumeric) => {
            (s, format!(".{e}"))
        }
        _ => (name, String::new()),
    };
    let mut end = max.saturating_sub(ext.len()).min(stem.len());
    while !stem.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{ext}", &stem[..end])
}

/// Trims `value` and fails when it is longer than `max` characters.
pub fn bounded(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.chars().count() > max {
        return Err(Error::TooLong {
            field: field.to_string(),
            max,
        });
    }
    Ok(v.to_string())
}

/// Like [`bounded`], and an empty result is an error.
pub fn required(field: &str, value: &str, max: usize) -> Result<String> {
    let v = bounded(field, value, max)?;
    if v.is_empty() {
        return Err(Error::Required {
            field: field.to_string(),
        });
    }
    Ok(v)
}

/// Like [`bounded`] for an optional field; an empty text becomes `None`.
pub fn optional(field: &str, value: &Option<String>, max: usize) -> Result<Option<String>> {
    match value {
        None => Ok(None),
        Some(v) => {
            let v = bounded(field, v, max)?;
            Ok(if v.is_empty() { None } else { Some(v) })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_safe_file_name_has_no_folder_drive_or_hidden_part() {
        assert_eq!(safe_file_name("../../etc/passwd"), "-..-etc-passwd");
        assert_eq!(safe_file_name("C:\\Windows\\x.pdf"), "C--Windows-x.pdf");
        assert_eq!(safe_file_name(" .bashrc "), "bashrc");
        assert_eq!(
            safe_file_name("Rapport 2026: A/B?.pdf"),
            "Rapport 2026- A-B-.pdf"
        );
        assert_eq!(safe_file_name("regel\nnieuw"), "regel-nieuw");
        assert_eq!(safe_file_name(".."), "");
    }

    #[test]
    fn a_safe_file_name_is_never_a_device_a_disguise_or_too_long() {
        assert_eq!(safe_file_name("CON"), "CON_");
        assert_eq!(safe_file_name("nul.pdf"), "nul_.pdf");
        assert_eq!(safe_file_name("COM1.txt"), "COM1_.txt");
        assert_eq!(safe_file_name("lpt9.tar.gz"), "lpt9_.tar.gz");
        assert_eq!(safe_file_name("COM\u{00B9}"), "COM\u{00B9}_");
        assert_eq!(safe_file_name("Console.pdf"), "Console.pdf");
        assert_eq!(safe_file_name("COM10.txt"), "COM10.txt");
        assert_eq!(safe_file_name("rapport\u{202E}fdp.exe"), "rapportfdp.exe");
        assert_eq!(safe_file_name("\u{2067}a\u{2069}.pdf"), "a.pdf");
        let long = format!("{}.pdf", "ë".repeat(300));
        let safe = safe_file_name(&long);
        assert!(
            safe.len() <= SAFE_NAME_BYTES && safe.ends_with(".pdf"),
            "{safe}"
        );
        assert!(safe_file_name(&"x".repeat(1000)).len() <= SAFE_NAME_BYTES);
    }
}
