//! The company profile (D2): who the dossier is about, and the size class that drives
//! proportionality hints.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

pub const NAME_MAX: usize = 200;
pub const SHORT_TEXT_MAX: usize = 200;
pub const SECTORS_MAX: usize = 20;
pub const EMPLOYEES_MAX: u32 = 10_000_000;
pub const TURNOVER_MAX: u64 = 1_000_000_000_000_000;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CompanyProfile {
    pub name: String,
    /// Dutch Chamber of Commerce number: eight digits.
    pub kvk_number: Option<String>,
    pub sectors: Vec<String>,
    pub employees: Option<u32>,
    /// Annual turnover in whole euros.
    #[ts(type = "number | null")]
    pub annual_turnover_eur: Option<u64>,
    /// Countries where the company itself operates, ISO 3166-1 alpha-2.
    pub countries: Vec<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// What the company does, in a few sentences.
    pub description: Option<String>,
    /// Sector agreements and initiatives the company takes part in (format 11).
    #[serde(default)]
    pub initiatives: Vec<String>,
}

/// A list of names (sectors, initiatives): each trimmed, empty ones and repeats (in any
/// case) left out, at most [`SECTORS_MAX`].
fn names(list: &[String], limit: &limits::Field) -> Result<Vec<String>> {
    if list.len() > SECTORS_MAX {
        return Err(Error::TooLong {
            field: limit.key.into(),
            max: SECTORS_MAX,
        });
    }
    let mut out: Vec<String> = Vec::new();
    for s in list {
        let s = limit.bounded(s)?;
        if !s.is_empty() && !out.iter().any(|x| x.to_lowercase() == s.to_lowercase()) {
            out.push(s);
        }
    }
    Ok(out)
}

/// Size class after the EU SME definition (Recommendation 2003/361/EC), using headcount
/// and turnover only; the balance-sheet alternative is not asked.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    Micro,
    Small,
    Medium,
    Large,
}

impl CompanyProfile {
    /// Returns the profile cleaned up (trimmed, codes upper-cased) or the first problem.
    pub fn validated(&self) -> Result<CompanyProfile> {
        let name = limits::COMPANY_NAME.required(&self.name)?;
        let kvk_number = match limits::COMPANY_KVK_NUMBER.optional(&self.kvk_number)? {
            None => None,
            Some(k) => {
                let digits: String = k.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
                if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_digit()) {
                    return Err(Error::Invalid {
                        field: "company.kvk_number".into(),
                        value: k,
                    });
                }
                Some(digits)
            }
        };
        let sectors = names(&self.sectors, &limits::COMPANY_SECTORS)?;
        let initiatives = names(&self.initiatives, &limits::COMPANY_INITIATIVES)?;
        if let Some(e) = self.employees {
            if e > EMPLOYEES_MAX {
                return Err(Error::Invalid {
                    field: "company.employees".into(),
                    value: e.to_string(),
                });
            }
        }
        if let Some(t) = self.annual_turnover_eur {
            if t > TURNOVER_MAX {
                return Err(Error::Invalid {
                    field: "company.annual_turnover_eur".into(),
                    value: t.to_string(),
                });
            }
        }
        let mut countries_out: Vec<String> = Vec::new();
        for c in &self.countries {
            let code = super::country::country_code("company.countries", c)?;
            if !countries_out.contains(&code) {
                countries_out.push(code);
            }
        }
        let contact_email = limits::COMPANY_CONTACT_EMAIL.optional(&self.contact_email)?;
        if let Some(e) = &contact_email {
            let ok = e.contains('@') && !e.contains(char::is_whitespace) && e.len() >= 3;
            if !ok {
                return Err(Error::Invalid {
                    field: "company.contact_email".into(),
                    value: e.clone(),
                });
            }
        }
        Ok(CompanyProfile {
            name,
            kvk_number,
            sectors,
            employees: self.employees,
            annual_turnover_eur: self.annual_turnover_eur,
            countries: countries_out,
            contact_name: limits::COMPANY_CONTACT_NAME.optional(&self.contact_name)?,
            contact_email,
            contact_phone: limits::COMPANY_CONTACT_PHONE.optional(&self.contact_phone)?,
            description: limits::COMPANY_DESCRIPTION.optional(&self.description)?,
            initiatives,
        })
    }

    /// The EU size class, when headcount is known. Turnover moves a company up a class
    /// when it exceeds the ceiling of the class its headcount suggests.
    pub fn size_class(&self) -> Option<SizeClass> {
        let by_staff = match self.employees? {
            0..=9 => SizeClass::Micro,
            10..=49 => SizeClass::Small,
            50..=249 => SizeClass::Medium,
            _ => SizeClass::Large,
        };
        let by_turnover = match self.annual_turnover_eur {
            None => SizeClass::Micro,
            Some(0..=2_000_000) => SizeClass::Micro,
            Some(2_000_001..=10_000_000) => SizeClass::Small,
            Some(10_000_001..=50_000_000) => SizeClass::Medium,
            Some(_) => SizeClass::Large,
        };
        Some(by_staff.max_with(by_turnover))
    }

    /// The fields that a complete profile has and this one lacks (field names).
    pub fn missing_fields(&self) -> Vec<&'static str> {
        let mut m = Vec::new();
        if self.kvk_number.is_none() {
            m.push("company.kvk_number");
        }
        if self.sectors.is_empty() {
            m.push("company.sectors");
        }
        if self.employees.is_none() {
            m.push("company.employees");
        }
        if self.annual_turnover_eur.is_none() {
            m.push("company.annual_turnover_eur");
        }
        if self.countries.is_empty() {
            m.push("company.countries");
        }
        if self.contact_name.is_none() {
            m.push("company.contact_name");
        }
        m
    }
}

impl SizeClass {
    /// The code of the class, as in JSON and in the message keys (`size.<code>`).
    pub fn as_str(self) -> &'static str {
        match self {
            SizeClass::Micro => "micro",
            SizeClass::Small => "small",
            SizeClass::Medium => "medium",
            SizeClass::Large => "large",
        }
    }

    fn rank(self) -> u8 {
        match self {
            SizeClass::Micro => 0,
            SizeClass::Small => 1,
            SizeClass::Medium => 2,
            SizeClass::Large => 3,
        }
    }
    fn max_with(self, other: SizeClass) -> SizeClass {
        if other.rank() > self.rank() {
            other
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> CompanyProfile {
        CompanyProfile {
            name: "  Test B.V. ".into(),
            ..Default::default()
        }
    }

    #[test]
    fn validation_trims_text_and_normalises_kvk_and_countries() {
        let p = CompanyProfile {
            kvk_number: Some("1234 5678".into()),
            countries: vec![" nl".into(), "BE".into(), "NL".into()],
            ..profile()
        }
        .validated()
        .expect("valid");
        assert_eq!(p.name, "Test B.V.");
        assert_eq!(p.kvk_number.as_deref(), Some("12345678"));
        assert_eq!(p.countries, vec!["NL", "BE"]);
    }

    #[test]
    fn a_too_long_name_is_refused_not_cut() {
        let p = CompanyProfile {
            name: "x".repeat(NAME_MAX + 1),
            ..Default::default()
        };
        let e = p.validated().expect_err("too long");
        assert_eq!(e.code(), "input.too_long");
    }

    #[test]
    fn an_unknown_country_or_bad_kvk_is_invalid() {
        let bad_country = CompanyProfile {
            countries: vec!["XX".into()],
            ..profile()
        };
        assert_eq!(
            bad_country.validated().expect_err("bad").code(),
            "input.invalid"
        );
        let bad_kvk = CompanyProfile {
            kvk_number: Some("1234".into()),
            ..profile()
        };
        assert_eq!(
            bad_kvk.validated().expect_err("bad").code(),
            "input.invalid"
        );
    }

    #[test]
    fn size_class_follows_headcount_and_turnover() {
        let with = |e: u32, t: Option<u64>| CompanyProfile {
            employees: Some(e),
            annual_turnover_eur: t,
            ..profile()
        };
        assert_eq!(
            with(5, Some(1_000_000)).size_class(),
            Some(SizeClass::Micro)
        );
        assert_eq!(with(30, None).size_class(), Some(SizeClass::Small));
        assert_eq!(
            with(85, Some(14_500_000)).size_class(),
            Some(SizeClass::Medium)
        );
        assert_eq!(
            with(30, Some(60_000_000)).size_class(),
            Some(SizeClass::Large)
        );
        assert_eq!(with(300, Some(1)).size_class(), Some(SizeClass::Large));
        assert_eq!(profile().size_class(), None);
    }
}
