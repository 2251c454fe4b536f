//! Country fields of the model: an ISO 3166-1 alpha-2 code in upper case, checked
//! against the built-in country list.

use super::text;
use crate::error::{Error, Result};
use crate::reference::countries;

/// An ISO alpha-2 code in upper case, or an error naming `field` and the value.
pub(crate) fn country_code(field: &str, value: &str) -> Result<String> {
    let code = value.trim().to_uppercase();
    if countries::by_alpha2(&code).is_none() {
        return Err(Error::Invalid {
            field: field.into(),
            value: value.to_string(),
        });
    }
    Ok(code)
}

/// An optional country field (at most 3 characters) as an upper-case ISO code.
pub(crate) fn optional_country(field: &str, value: &Option<String>) -> Result<Option<String>> {
    match text::optional(field, value, 3)? {
        None => Ok(None),
        Some(c) => Ok(Some(country_code(field, &c)?)),
    }
}

/// Country codes checked, upper-cased, sorted and without repeats.
pub(crate) fn country_list(field: &str, list: &[String]) -> Result<Vec<String>> {
    let mut out = list
        .iter()
        .map(|c| country_code(field, c))
        .collect::<Result<Vec<_>>>()?;
    out.sort();
    out.dedup();
    Ok(out)
}
