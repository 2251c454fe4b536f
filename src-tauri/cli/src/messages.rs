//! The CLI's language choice; texts come from the core's shared message files.

pub use ketenkompas::messages::Messages;

pub use ketenkompas::messages::Lang;

/// The language of a locale such as `nl-NL`: Dutch for a Dutch or unknown locale,
/// English for any other.
pub fn lang_of_locale(locale: Option<&str>) -> Lang {
    match locale {
        None => Lang::Nl,
        Some(l) if l.to_lowercase().starts_with("nl") => Lang::Nl,
        Some(_) => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_dutch_by_default() {
        assert_eq!(lang_of_locale(None), Lang::Nl);
        assert_eq!(lang_of_locale(Some("nl-NL")), Lang::Nl);
        assert_eq!(lang_of_locale(Some("en-GB")), Lang::En);
    }
}
