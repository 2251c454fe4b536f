//! Checks shared by every free-text field: trimmed, bounded in length, never silently cut.

use crate::error::{Error, Result};

/// Trims `value` and fails when it is longer than `max` characters.
/// `name` made safe to suggest as a file name on every platform: characters that mean
/// a folder, a drive or a pattern become `-`, and leading and trailing dots and spaces go,
/// so a name can never point outside the folder it is saved in.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    cleaned
        .trim_matches(|c: char| c == '.' || c.is_whitespace())
        .to_string()
}

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
}
