//! The CLI's language choice; texts come from the core's shared message files.

pub use ketenkompas::messages::Messages;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    /// Dutch for a Dutch or unknown locale, English for any other.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            None => Lang::Nl,
            Some(l) if l.to_lowercase().starts_with("nl") => Lang::Nl,
            Some(_) => Lang::En,
        }
    }

    pub fn core(self) -> ketenkompas::messages::Lang {
        match self {
            Lang::Nl => ketenkompas::messages::Lang::Nl,
            Lang::En => ketenkompas::messages::Lang::En,
        }
    }

    pub fn messages(self) -> Messages {
        Messages::new(self.core())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_dutch_by_default() {
        assert_eq!(Lang::from_locale(None), Lang::Nl);
        assert_eq!(Lang::from_locale(Some("nl-NL")), Lang::Nl);
        assert_eq!(Lang::from_locale(Some("en-GB")), Lang::En);
    }
}
