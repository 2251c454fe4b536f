//! The supplier and production-location register (S2.3).

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::date::check_date;
use super::vocab::vocabulary;
use crate::error::{Error, Result};

pub const NAME_MAX: usize = 200;
pub const TEXT_MAX: usize = 500;

vocabulary! {
    /// Where the supplier code of conduct stands (S1.4).
    CodeOfConduct {
        NotSent = "not_sent",
        Sent = "sent",
        Signed = "signed",
    }
}

/// Number of workers as given: exact (`min == max`), a range, or open-ended ("1000+").
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct WorkerCount {
    pub min: u32,
    pub max: Option<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Supplier {
    /// Left out of the dossier JSON, where the order of the list is the identity.
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub name: String,
    pub address: Option<String>,
    /// ISO 3166-1 alpha-2; `None` when unknown.
    pub country: Option<String>,
    pub sector: Option<String>,
    pub products: Option<String>,
    pub workers: Option<WorkerCount>,
    pub parent_company: Option<String>,
    pub facility_type: Option<String>,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    /// 1 = direct supplier, 2 = its supplier, and so on.
    pub tier: u8,
    pub has_contract: Option<bool>,
    pub code_of_conduct: CodeOfConduct,
    /// When the code of conduct was sent or signed (YYYY-MM-DD).
    #[serde(default)]
    pub code_of_conduct_on: Option<String>,
    pub notes: Option<String>,
    /// When the relationship ended (YYYY-MM-DD); then `exit_impact` is required (S3.4).
    #[serde(default)]
    pub ended_on: Option<String>,
    /// The assessment of what ending the relationship means for the workers.
    #[serde(default)]
    pub exit_impact: Option<String>,
}

fn is_unsaved(id: &i64) -> bool {
    *id == 0
}

impl Supplier {
    /// A new supplier with only a name.
    pub fn named(name: &str) -> Supplier {
        Supplier {
            id: 0,
            name: name.to_string(),
            address: None,
            country: None,
            sector: None,
            products: None,
            workers: None,
            parent_company: None,
            facility_type: None,
            lat: None,
            lng: None,
            tier: 1,
            has_contract: None,
            code_of_conduct: CodeOfConduct::NotSent,
            code_of_conduct_on: None,
            notes: None,
            ended_on: None,
            exit_impact: None,
        }
    }

    /// Returns the supplier cleaned up, or the first problem.
    pub fn validated(&self) -> Result<Supplier> {
        let invalid = |field: &str, value: String| Error::Invalid {
            field: field.into(),
            value,
        };
        let country = super::country::optional_country("supplier.country", &self.country)?;
        if let Some(w) = self.workers {
            if w.max.is_some_and(|max| max < w.min) {
                return Err(invalid(
                    "supplier.workers",
                    format!("{}-{:?}", w.min, w.max),
                ));
            }
        }
        if self
            .lat
            .is_some_and(|v| !(-90.0..=90.0).contains(&v) || !v.is_finite())
        {
            return Err(invalid("supplier.lat", format!("{:?}", self.lat)));
        }
        if self
            .lng
            .is_some_and(|v| !(-180.0..=180.0).contains(&v) || !v.is_finite())
        {
            return Err(invalid("supplier.lng", format!("{:?}", self.lng)));
        }
        if !(1..=10).contains(&self.tier) {
            return Err(invalid("supplier.tier", self.tier.to_string()));
        }
        let ended_on = match limits::SUPPLIER_ENDED_ON.optional(&self.ended_on)? {
            None => None,
            Some(d) => Some(check_date("supplier.ended_on", &d)?),
        };
        let exit_impact = limits::SUPPLIER_EXIT_IMPACT.optional(&self.exit_impact)?;
        if ended_on.is_some() && exit_impact.is_none() {
            return Err(Error::Required {
                field: "supplier.exit_impact".into(),
            });
        }
        Ok(Supplier {
            id: self.id,
            name: limits::SUPPLIER_NAME.required(&self.name)?,
            address: limits::SUPPLIER_ADDRESS.optional(&self.address)?,
            country,
            sector: limits::SUPPLIER_SECTOR.optional(&self.sector)?,
            products: limits::SUPPLIER_PRODUCTS.optional(&self.products)?,
            workers: self.workers,
            parent_company: limits::SUPPLIER_PARENT_COMPANY.optional(&self.parent_company)?,
            facility_type: limits::SUPPLIER_FACILITY_TYPE.optional(&self.facility_type)?,
            lat: self.lat,
            lng: self.lng,
            tier: self.tier,
            has_contract: self.has_contract,
            code_of_conduct: self.code_of_conduct,
            code_of_conduct_on: match limits::SUPPLIER_CODE_OF_CONDUCT_ON
                .optional(&self.code_of_conduct_on)?
            {
                None => None,
                Some(d) => Some(check_date("supplier.code_of_conduct_on", &d)?),
            },
            notes: limits::SUPPLIER_NOTES.optional(&self.notes)?,
            ended_on,
            exit_impact,
        })
    }

    /// The key under which two records count as the same supplier: the name without
    /// legal form and punctuation, in lower case.
    pub fn name_key(&self) -> String {
        normalise(&self.name, true)
    }

    /// The address in lower case without punctuation; `None` when there is none.
    pub fn address_key(&self) -> Option<String> {
        self.address
            .as_deref()
            .map(|a| normalise(a, false))
            .filter(|k| k.len() >= 8)
    }
}

vocabulary! {
    /// How a supplier was checked.
    AuditKind {
        SocialAudit = "social_audit",
        EnvironmentalAudit = "environmental_audit",
        SelfAssessment = "self_assessment",
        SiteVisit = "site_visit",
        Other = "other",
    }
}

vocabulary! {
    /// The scheme an audit followed (S4.3).
    AuditScheme {
        Smeta = "smeta",
        AmforiBsci = "amfori_bsci",
        Sa8000 = "sa8000",
        Rba = "rba",
        Ics = "ics",
        Own = "own",
        Other = "other",
    }
}

vocabulary! {
    /// What an audit found, from nothing to an issue that allows no delay.
    AuditResult {
        NoFindings = "no_findings",
        MinorFindings = "minor_findings",
        MajorFindings = "major_findings",
        CriticalFindings = "critical_findings",
    }
}

/// A certificate a supplier holds, such as a social or environmental standard.
/// In the dossier JSON `supplier_id` is the supplier's position (1 = first).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    #[ts(type = "number")]
    pub supplier_id: i64,
    pub scheme: String,
    pub reference: Option<String>,
    /// Expiry date (YYYY-MM-DD); `None` when it does not expire or is not known.
    pub valid_until: Option<String>,
}

/// An audit, self-assessment or visit of a supplier.
/// In the dossier JSON `supplier_id` is the supplier's position (1 = first).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Audit {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    #[ts(type = "number")]
    pub supplier_id: i64,
    pub kind: AuditKind,
    /// YYYY-MM-DD.
    pub held_on: String,
    pub auditor: Option<String>,
    pub findings: Option<String>,
    /// The scheme it followed; `None` for a visit or when not known.
    #[serde(default)]
    pub scheme: Option<AuditScheme>,
    #[serde(default)]
    pub result: Option<AuditResult>,
    /// A self-assessment's score, 0–100.
    #[serde(default)]
    pub score: Option<u8>,
}

impl Certification {
    pub fn validated(&self) -> Result<Certification> {
        let valid_until = match limits::CERTIFICATION_VALID_UNTIL.optional(&self.valid_until)? {
            None => None,
            Some(d) => Some(check_date("certification.valid_until", &d)?),
        };
        Ok(Certification {
            id: self.id,
            supplier_id: self.supplier_id,
            scheme: limits::CERTIFICATION_SCHEME.required(&self.scheme)?,
            reference: limits::CERTIFICATION_REFERENCE.optional(&self.reference)?,
            valid_until,
        })
    }

    /// True when the certificate has expired on `today` (YYYY-MM-DD).
    pub fn expired_on(&self, today: &str) -> bool {
        self.valid_until.as_deref().is_some_and(|d| d < today)
    }
}

impl Audit {
    pub fn validated(&self) -> Result<Audit> {
        let held_on = limits::AUDIT_HELD_ON.required(&self.held_on)?;
        Ok(Audit {
            id: self.id,
            supplier_id: self.supplier_id,
            kind: self.kind,
            held_on: check_date("audit.held_on", &held_on)?,
            auditor: limits::AUDIT_AUDITOR.optional(&self.auditor)?,
            findings: limits::AUDIT_FINDINGS.optional(&self.findings)?,
            scheme: self.scheme,
            result: self.result,
            score: match self.score {
                Some(s) if s > 100 => {
                    return Err(Error::Invalid {
                        field: "audit.score".into(),
                        value: s.to_string(),
                    })
                }
                s => s,
            },
        })
    }

    /// The year it was held in.
    pub fn year(&self) -> i32 {
        self.held_on
            .get(..4)
            .and_then(|y| y.parse().ok())
            .unwrap_or_default()
    }
}

/// Legal forms left out when names are compared ("Anvil Ltd" = "ANVIL LIMITED").
const LEGAL_FORMS: &[&str] = &[
    "bv",
    "nv",
    "vof",
    "ltd",
    "limited",
    "llc",
    "inc",
    "gmbh",
    "ag",
    "sa",
    "sas",
    "srl",
    "spa",
    "plc",
    "pvt",
    "private",
    "co",
    "company",
    "corp",
    "corporation",
    "as",
    "ab",
    "oy",
    "sl",
    "lda",
    "ltda",
    "sti",
    "tic",
    "as",
    "kg",
    "pte",
    "jsc",
];

fn normalise(s: &str, drop_legal_forms: bool) -> String {
    let cleaned: String = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    // "B.V." became "b v": join single letters so the legal form is one word again.
    let mut words: Vec<String> = Vec::new();
    for w in cleaned.split_whitespace() {
        match words.last_mut() {
            Some(last)
                if w.chars().count() == 1
                    && last.chars().all(char::is_alphabetic)
                    && last.chars().count() == 1 =>
            {
                last.push_str(w)
            }
            _ => words.push(w.to_string()),
        }
    }
    words
        .into_iter()
        .filter(|w| !(drop_legal_forms && LEGAL_FORMS.contains(&w.as_str())))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_differ_in_case_punctuation_and_legal_form_share_a_key() {
        let a = Supplier::named("Dhaka Garments Ltd.");
        let b = Supplier::named("DHAKA GARMENTS LIMITED");
        let c = Supplier::named("dhaka-garments");
        assert_eq!(a.name_key(), "dhaka garments");
        assert_eq!(a.name_key(), b.name_key());
        assert_eq!(a.name_key(), c.name_key());
        assert_eq!(Supplier::named("Van Dijk B.V.").name_key(), "van dijk");
    }

    #[test]
    fn a_bad_range_or_coordinate_is_refused() {
        let mut s = Supplier::named("X");
        s.workers = Some(WorkerCount {
            min: 500,
            max: Some(100),
        });
        assert_eq!(s.validated().expect_err("range").code(), "input.invalid");
        let mut s = Supplier::named("X");
        s.lat = Some(91.0);
        assert_eq!(s.validated().expect_err("lat").code(), "input.invalid");
    }

    #[test]
    fn ending_a_relationship_needs_the_assessment_of_its_impact_on_workers() {
        let mut s = Supplier::named("Atelier");
        s.ended_on = Some("2026-09-01".into());
        assert_eq!(s.validated().expect_err("impact").code(), "input.required");
        s.exit_impact =
            Some("Werk overgedragen aan de nieuwe afnemer; zes maanden opzegtermijn.".into());
        assert!(s.validated().is_ok());
    }

    #[test]
    fn certificates_need_a_scheme_and_a_real_date() {
        let c = Certification {
            id: 0,
            supplier_id: 1,
            scheme: "SA8000".into(),
            reference: None,
            valid_until: Some("2026-02-30".into()),
        };
        assert_eq!(c.validated().expect_err("date").code(), "input.invalid");
        let c = Certification {
            valid_until: Some("2026-03-01".into()),
            ..c
        };
        assert!(c.validated().expect("valid").expired_on("2026-03-02"));
        assert!(!c.expired_on("2026-03-01"));
        let c = Certification {
            scheme: " ".into(),
            ..c
        };
        assert_eq!(c.validated().expect_err("scheme").code(), "input.required");
        let a = Audit {
            id: 0,
            supplier_id: 1,
            kind: AuditKind::SiteVisit,
            held_on: "".into(),
            auditor: None,
            findings: None,
            scheme: None,
            result: None,
            score: None,
        };
        assert_eq!(a.validated().expect_err("date").code(), "input.required");
        let over = Audit {
            held_on: "2026-01-01".into(),
            score: Some(101),
            ..a.clone()
        };
        assert_eq!(over.validated().expect_err("score").code(), "input.invalid");
        let fine = Audit {
            score: Some(100),
            ..over
        };
        assert_eq!(fine.validated().unwrap().year(), 2026);
    }
}
