//! The risk register (S2.4–S2.6): potential and actual adverse impacts on people and
//! planet, where in the chain they arise, who is affected, and how they were assessed.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::vocab::vocabulary;
use crate::error::{Error, Result};

/// A level on an anchored 1–5 scale.
pub type Level = u8;

/// What ranking (`crate::prioritisation`) needs to know of one risk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessed {
    /// Stable identity; lower means recorded earlier.
    pub id: i64,
    pub scale: Level,
    pub scope: Level,
    pub irremediability: Level,
    pub likelihood: Level,
    /// An actual impact is happening now; its likelihood counts as 5.
    pub actual: bool,
    /// A position (1 = first) the user chose instead of the computed one.
    pub override_position: Option<u32>,
}

vocabulary! {
    /// The core themes of a policy (S1.2), plus climate, environment and other.
    Theme {
        DiscriminationGender = "discrimination_gender",
        ChildLabour = "child_labour",
        ForcedLabour = "forced_labour",
        FreedomOfAssociation = "freedom_of_association",
        LivingWage = "living_wage",
        HealthSafety = "health_safety",
        RawMaterials = "raw_materials",
        WaterChemicalsEnergy = "water_chemicals_energy",
        AnimalWelfare = "animal_welfare",
        Climate = "climate",
        Environment = "environment",
        Other = "other",
    }
}

vocabulary! {
    /// Where in the value chain the impact arises.
    Location {
        OwnOperations = "own_operations",
        Supplier = "supplier",
        Country = "country",
        Product = "product",
        CustomerUse = "customer_use",
    }
}

vocabulary! {
    /// People affected. The vulnerable groups are flagged by [`AffectedGroup::is_vulnerable`].
    AffectedGroup {
        Workers = "workers",
        Women = "women",
        Children = "children",
        Migrants = "migrants",
        PeopleWithDisabilities = "people_with_disabilities",
        IndigenousPeoples = "indigenous_peoples",
        LocalCommunities = "local_communities",
        Consumers = "consumers",
        Other = "other",
    }
}

vocabulary! {
    /// Where the company learned of the risk.
    InformationSource {
        RiskChecker = "risk_checker",
        Supplier = "supplier",
        AuditReport = "audit_report",
        NgoOrUnion = "ngo_or_union",
        Embassy = "embassy",
        Media = "media",
        Complaint = "complaint",
        SectorAssociation = "sector_association",
        SiteVisit = "site_visit",
    }
}

vocabulary! {
    /// How the company is involved (OECD): it causes, contributes to, or is directly
    /// linked to the impact through a business relationship.
    Involvement {
        Causes = "causes",
        Contributes = "contributes",
        DirectlyLinked = "directly_linked",
    }
}

vocabulary! {
    /// The prioritisation decision. Deferring means postponing, with a review date.
    Decision {
        Open = "open",
        Prioritised = "prioritised",
        Deferred = "deferred",
    }
}

impl AffectedGroup {
    pub fn is_vulnerable(self) -> bool {
        matches!(
            self,
            AffectedGroup::Women
                | AffectedGroup::Children
                | AffectedGroup::Migrants
                | AffectedGroup::PeopleWithDisabilities
                | AffectedGroup::IndigenousPeoples
        )
    }
}

/// Scores on the anchored 1–5 scales.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub scale: Level,
    pub scope: Level,
    pub irremediability: Level,
    pub likelihood: Level,
}

/// A user's choice of position instead of the computed one, with the reason.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RankOverride {
    pub position: u32,
    pub reason: String,
}

/// A risk as the user records it. `id` is 0 for a risk not yet stored.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct Risk {
    /// Left out of the dossier JSON, where the order of the list is the identity.
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub title: String,
    pub theme: Theme,
    pub description: Option<String>,
    pub location: Location,
    /// ISO 3166-1 alpha-2; `None` when unknown or not about a country.
    pub country: Option<String>,
    /// The product, material or service concerned, in the user's words.
    pub item: Option<String>,
    /// The purchased item the risk belongs to. Record ids in the app; in the dossier
    /// JSON the position in the item list (1 = first).
    #[ts(type = "number | null")]
    #[serde(default)]
    pub item_id: Option<i64>,
    /// The supplier concerned (id, or position in the dossier JSON).
    #[ts(type = "number | null")]
    #[serde(default)]
    pub supplier_id: Option<i64>,
    /// The sold item whose use or end of life is concerned (id, or position in JSON).
    #[ts(type = "number | null")]
    #[serde(default)]
    pub sold_item_id: Option<i64>,
    /// True when the impact is happening, false when it may happen.
    pub actual: bool,
    pub affected_groups: Vec<AffectedGroup>,
    pub sources: Vec<InformationSource>,
    /// The company's own part through its purchasing, design or distribution practices.
    pub own_contribution: Option<String>,
    pub assessment: Option<Assessment>,
    pub involvement: Option<Involvement>,
    /// Who was consulted for the assessment.
    pub consulted: Option<String>,
    pub decision: Decision,
    pub decision_reason: Option<String>,
    /// ISO date (YYYY-MM-DD); required when deferred.
    pub review_date: Option<String>,
    pub rank_override: Option<RankOverride>,
    /// The user confirmed explicitly a decision that goes against the method's order
    /// (`crate::decisions::confirmations`); the reason is `decision_reason`.
    #[serde(default)]
    pub decision_confirmed: bool,
    /// Never shown in a public output (S5.3).
    #[serde(default)]
    pub sensitive: bool,
}

fn is_unsaved(id: &i64) -> bool {
    *id == 0
}

fn level(field: &str, v: Level) -> Result<Level> {
    if (1..=5).contains(&v) {
        Ok(v)
    } else {
        Err(Error::Invalid {
            field: field.into(),
            value: v.to_string(),
        })
    }
}

pub use super::date::check_date;

impl Risk {
    /// A risk with only a title, a theme and where in the chain it lies: recorded, not
    /// yet described, assessed or decided.
    pub fn new(title: &str, theme: Theme, location: Location) -> Risk {
        Risk {
            id: 0,
            title: title.into(),
            theme,
            description: None,
            location,
            country: None,
            item: None,
            item_id: None,
            supplier_id: None,
            sold_item_id: None,
            actual: false,
            affected_groups: Vec::new(),
            sources: Vec::new(),
            own_contribution: None,
            assessment: None,
            involvement: None,
            consulted: None,
            decision: Decision::Open,
            decision_reason: None,
            review_date: None,
            rank_override: None,
            decision_confirmed: false,
            sensitive: false,
        }
    }

    /// Returns the risk cleaned up, or the first problem. A deferral needs its reason.
    pub fn validated(&self) -> Result<Risk> {
        let r = self.validated_as_kept()?;
        if r.decision == Decision::Deferred && r.decision_reason.is_none() {
            return Err(Error::DeferralUnexplained);
        }
        Ok(r)
    }

    /// As [`Risk::validated`], but accepting a deferral without a reason: for content
    /// kept from before that rule (the frozen content of a closed year).
    pub fn validated_as_kept(&self) -> Result<Risk> {
        let country = super::country::optional_country("risk.country", &self.country)?;
        let assessment = match self.assessment {
            None => None,
            Some(a) => Some(Assessment {
                scale: level("risk.scale", a.scale)?,
                scope: level("risk.scope", a.scope)?,
                irremediability: level("risk.irremediability", a.irremediability)?,
                likelihood: level("risk.likelihood", a.likelihood)?,
            }),
        };
        let review_date = match limits::RISK_REVIEW_DATE.optional(&self.review_date)? {
            None => None,
            Some(d) => Some(check_date("risk.review_date", &d)?),
        };
        if self.decision == Decision::Deferred && review_date.is_none() {
            return Err(Error::Required {
                field: "risk.review_date".into(),
            });
        }
        let rank_override = match &self.rank_override {
            None => None,
            Some(o) => {
                if o.position == 0 {
                    return Err(Error::Invalid {
                        field: "risk.override_position".into(),
                        value: "0".into(),
                    });
                }
                Some(RankOverride {
                    position: o.position,
                    reason: limits::RISK_OVERRIDE_REASON.required(&o.reason)?,
                })
            }
        };
        let mut affected_groups = self.affected_groups.clone();
        affected_groups.sort();
        affected_groups.dedup();
        let mut sources = self.sources.clone();
        sources.sort();
        sources.dedup();
        Ok(Risk {
            id: self.id,
            title: limits::RISK_TITLE.required(&self.title)?,
            theme: self.theme,
            description: limits::RISK_DESCRIPTION.optional(&self.description)?,
            location: self.location,
            country,
            item: limits::RISK_ITEM.optional(&self.item)?,
            item_id: self.item_id,
            supplier_id: self.supplier_id,
            sold_item_id: self.sold_item_id,
            actual: self.actual,
            affected_groups,
            sources,
            own_contribution: limits::RISK_OWN_CONTRIBUTION.optional(&self.own_contribution)?,
            assessment,
            involvement: self.involvement,
            consulted: limits::RISK_CONSULTED.optional(&self.consulted)?,
            decision: self.decision,
            decision_reason: limits::RISK_DECISION_REASON.optional(&self.decision_reason)?,
            review_date,
            rank_override,
            decision_confirmed: self.decision_confirmed,
            sensitive: self.sensitive,
        })
    }

    /// The input to ranking, for an assessed risk.
    pub fn assessed(&self) -> Option<Assessed> {
        let a = self.assessment?;
        Some(Assessed {
            id: self.id,
            scale: a.scale,
            scope: a.scope,
            irremediability: a.irremediability,
            likelihood: a.likelihood,
            actual: self.actual,
            override_position: self.rank_override.as_ref().map(|o| o.position),
        })
    }

    pub fn affects_vulnerable_groups(&self) -> bool {
        self.affected_groups.iter().any(|g| g.is_vulnerable())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn minimal() -> Risk {
        Risk {
            country: Some("in".into()),
            item: Some("Katoen".into()),
            affected_groups: vec![AffectedGroup::Children, AffectedGroup::Children],
            ..Risk::new(
                "Kinderarbeid bij katoenpluk",
                Theme::ChildLabour,
                Location::Country,
            )
        }
    }

    #[test]
    fn validation_normalises_country_and_deduplicates_groups() {
        let r = minimal().validated().expect("valid");
        assert_eq!(r.country.as_deref(), Some("IN"));
        assert_eq!(r.affected_groups, vec![AffectedGroup::Children]);
        assert!(r.affects_vulnerable_groups());
    }

    #[test]
    fn a_deferred_risk_needs_a_review_date() {
        let mut r = minimal();
        r.decision = Decision::Deferred;
        r.decision_reason = Some("Eerst de kleding.".into());
        assert_eq!(r.validated().expect_err("no date").code(), "input.required");
        r.review_date = Some("2027-02-30".into());
        assert_eq!(r.validated().expect_err("bad date").code(), "input.invalid");
        r.review_date = Some("2028-02-29".into());
        assert!(r.validated().is_ok());
        // Without a reason, refused; kept content from before the rule still reads.
        r.decision_reason = Some("  ".into());
        assert_eq!(
            r.validated().expect_err("no reason").code(),
            "risk.deferral_unexplained"
        );
        assert!(r.validated_as_kept().is_ok());
    }

    #[test]
    fn scores_outside_one_to_five_and_overrides_without_reason_are_refused() {
        let mut r = minimal();
        r.assessment = Some(Assessment {
            scale: 6,
            scope: 1,
            irremediability: 1,
            likelihood: 1,
        });
        assert_eq!(r.validated().expect_err("6").code(), "input.invalid");
        let mut r = minimal();
        r.rank_override = Some(RankOverride {
            position: 1,
            reason: "  ".into(),
        });
        assert_eq!(r.validated().expect_err("reason").code(), "input.required");
    }

    #[test]
    fn vocabulary_codes_round_trip() {
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.as_str()), Some(*t));
        }
        assert_eq!(
            Involvement::parse("directly_linked"),
            Some(Involvement::DirectlyLinked)
        );
        assert_eq!(Decision::parse("dropped"), None);
    }
}
