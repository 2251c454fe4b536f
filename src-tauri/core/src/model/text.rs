//! Checks shared by every free-text field: trimmed, bounded in length, never silently cut.

use crate::error::{Error, Result};

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
