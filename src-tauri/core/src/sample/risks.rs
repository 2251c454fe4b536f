//! The sample's risk register.

use super::*;

/// A risk of the sample; the fields that most risks leave empty are filled in below.
pub(super) fn risk(
    title: &str,
    theme: Theme,
    location: Location,
    country: &str,
    item: &str,
) -> Risk {
    Risk {
        country: (!country.is_empty()).then(|| country.to_string()),
        item: (!item.is_empty()).then(|| item.to_string()),
        affected_groups: vec![G::Workers],
        sources: vec![S::RiskChecker],
        involvement: Some(Involvement::DirectlyLinked),
        decision: Decision::Prioritised,
        ..Risk::new(title, theme, location)
    }
}

pub(super) fn scores(
    scale: u8,
    scope: u8,
    irremediability: u8,
    likelihood: u8,
) -> Option<Assessment> {
    Some(Assessment {
        scale,
        scope,
        irremediability,
        likelihood,
    })
}

pub(super) fn risks() -> Vec<Risk> {
    let mut all = labour_in_the_chain();
    all.extend(other_risks());
    all
}

/// The labour risks in the chain, from the cotton fields to the ateliers.
fn labour_in_the_chain() -> Vec<Risk> {
    use Location::{Country, Supplier};
    vec![
        Risk {
            description: Some(
                "Kinderen helpen bij het plukken en bestuiven van katoen op kleine boerderijen \
                 in Gujarat; de spinnerij koopt via handelaren."
                    .into(),
            ),
            affected_groups: vec![G::Children],
            sources: vec![S::RiskChecker, S::NgoOrUnion],
            assessment: scores(5, 4, 5, 3),
            consulted: Some("Spinnerij, lokale ngo via de brancheorganisatie".into()),
            ..risk(
                "Kinderarbeid in de katoenteelt",
                Theme::ChildLabour,
                Country,
                "IN",
                "Katoen",
            )
        },
        Risk {
            description: Some(
                "Jonge vrouwen uit andere deelstaten wonen in hostels van spinnerijen en \
                 krijgen een deel van hun loon pas aan het eind van hun contract."
                    .into(),
            ),
            affected_groups: vec![G::Women, G::Migrants],
            sources: vec![S::NgoOrUnion, S::Media],
            assessment: scores(5, 3, 4, 3),
            ..risk(
                "Gedwongen arbeid in spinnerijen",
                Theme::ForcedLabour,
                Supplier,
                "IN",
                "Garen",
            )
        },
        Risk {
            affected_groups: vec![G::Workers, G::Women],
            sources: vec![S::AuditReport, S::RiskChecker],
            assessment: scores(5, 4, 5, 2),
            consulted: Some("Confectieatelier, auditor".into()),
            ..risk(
                "Brand- en instortingsgevaar in confectieateliers",
                Theme::HealthSafety,
                Supplier,
                "BD",
                "Werkbroeken",
            )
        },
        Risk {
            actual: true,
            affected_groups: vec![G::Workers, G::Women],
            sources: vec![S::AuditReport, S::NgoOrUnion],
            assessment: scores(3, 4, 2, 5),
            involvement: Some(Involvement::Contributes),
            own_contribution: Some(
                "Onze inkoopprijzen zijn in drie jaar niet aangepast aan de inflatie.".into(),
            ),
            ..risk(
                "Lonen onder het leefbaar loon",
                Theme::LivingWage,
                Supplier,
                "BD",
                "Werkbroeken",
            )
        },
        Risk {
            actual: true,
            sources: vec![S::Supplier, S::SiteVisit],
            assessment: scores(3, 3, 2, 5),
            involvement: Some(Involvement::Contributes),
            own_contribution: Some(
                "Late wijzigingen in maten en aantallen bij grote aanbestedingen.".into(),
            ),
            ..risk(
                "Excessief overwerk in piekperiodes",
                Theme::HealthSafety,
                Supplier,
                "TR",
                "Jassen",
            )
        },
        Risk {
            sources: vec![S::NgoOrUnion, S::Embassy],
            assessment: scores(4, 4, 3, 4),
            rank_override: Some(RankOverride {
                position: 2,
                reason: "De werknemersvertegenwoordiging van het atelier vroeg ons dit als \
                         eerste samen op te pakken."
                    .into(),
            }),
            ..risk(
                "Belemmering van vakbondsvrijheid",
                Theme::FreedomOfAssociation,
                Country,
                "BD",
                "",
            )
        },
        Risk {
            affected_groups: vec![G::Migrants, G::Children],
            sources: vec![S::Media, S::SectorAssociation],
            assessment: scores(4, 2, 3, 3),
            ..risk(
                "Vluchtelingen zonder werkvergunning in onderaannemende ateliers",
                Theme::ForcedLabour,
                Supplier,
                "TR",
                "Jassen",
            )
        },
    ]
}

/// Environment, intimidation, our own warehouse and the end of use, in the order they
/// were recorded.
fn other_risks() -> Vec<Risk> {
    use Location::{OwnOperations, Product, Supplier};
    vec![
        Risk {
            affected_groups: vec![G::LocalCommunities],
            sources: vec![S::RiskChecker, S::Media],
            assessment: scores(4, 4, 4, 4),
            ..risk(
                "Vervuiling van rivieren door ververijen",
                Theme::WaterChemicalsEnergy,
                Supplier,
                "BD",
                "Stof",
            )
        },
        Risk {
            affected_groups: vec![G::Women],
            sources: vec![S::Complaint, S::NgoOrUnion],
            assessment: scores(4, 3, 3, 3),
            ..risk(
                "Intimidatie van naaisters",
                Theme::DiscriminationGender,
                Supplier,
                "BD",
                "Werkbroeken",
            )
        },
        Risk {
            affected_groups: vec![G::LocalCommunities],
            sources: vec![S::SectorAssociation],
            assessment: scores(2, 5, 3, 5),
            involvement: Some(Involvement::Contributes),
            decision: Decision::Deferred,
            // Severity 5 (the number of people affected), so deferring it is confirmed
            // explicitly.
            decision_reason: Some(
                "Eerst de mensenrechtenrisico's, waar mensen nu schade lijden; in 2027 meten \
                 we de uitstoot van vervoer en stoffen, zodat we weten waar we moeten beginnen."
                    .into(),
            ),
            decision_confirmed: true,
            review_date: Some("2027-03-01".into()),
            ..risk(
                "Uitstoot van broeikasgassen in de keten",
                Theme::Climate,
                Product,
                "",
                "",
            )
        },
        Risk {
            actual: true,
            sources: vec![S::SiteVisit],
            assessment: scores(2, 2, 1, 5),
            involvement: Some(Involvement::Causes),
            decision: Decision::Deferred,
            // An actual impact, so deferring it is confirmed explicitly.
            decision_reason: Some(
                "Al opgepakt met de arbodienst: tilhulpen staan er sinds oktober. Of dat \
                 genoeg is, bekijken we na de winter."
                    .into(),
            ),
            decision_confirmed: true,
            review_date: Some("2026-12-15".into()),
            ..risk(
                "Tillen en reiken in ons eigen magazijn",
                Theme::HealthSafety,
                OwnOperations,
                "NL",
                "",
            )
        },
        Risk {
            affected_groups: vec![G::Workers, G::LocalCommunities],
            decision: Decision::Open,
            involvement: None,
            ..risk(
                "Chroom in het afvalwater van leerlooierijen",
                Theme::WaterChemicalsEnergy,
                Supplier,
                "PK",
                "Leren werkhandschoenen",
            )
        },
        Risk {
            description: Some(
                "Versleten werkkleding belandt grotendeels in het restafval; gemengde vezels \
                 en logo's maken recycling lastig."
                    .into(),
            ),
            affected_groups: vec![G::LocalCommunities],
            sources: vec![S::SectorAssociation],
            assessment: scores(2, 3, 3, 5),
            involvement: Some(Involvement::Contributes),
            own_contribution: Some(
                "Wij kiezen de stoffen en bepalen hoe makkelijk kleding te scheiden is.".into(),
            ),
            decision: Decision::Open,
            ..risk(
                "Textielafval na gebruik",
                Theme::Environment,
                Location::CustomerUse,
                "NL",
                "Werkkleding",
            )
        },
    ]
}

/// Links of the sample risks to the chain: (risk title, purchased item, supplier short
/// name, sold item).
pub(super) const RISK_LINKS: &[(&str, &str, &str, &str)] = &[
    ("Kinderarbeid in de katoenteelt", "Werkbroeken", "kutch", ""),
    (
        "Gedwongen arbeid in spinnerijen",
        "Werkbroeken",
        "tiruppur",
        "",
    ),
    (
        "Brand- en instortingsgevaar in confectieateliers",
        "Werkbroeken",
        "chittagong",
        "",
    ),
    (
        "Lonen onder het leefbaar loon",
        "Werkbroeken",
        "chittagong",
        "",
    ),
    (
        "Excessief overwerk in piekperiodes",
        "Werkjassen",
        "anadolu",
        "",
    ),
    (
        "Belemmering van vakbondsvrijheid",
        "Polo's en T-shirts",
        "gazipur",
        "",
    ),
    (
        "Vluchtelingen zonder werkvergunning in onderaannemende ateliers",
        "Werkjassen",
        "anadolu",
        "",
    ),
    (
        "Vervuiling van rivieren door ververijen",
        "Werkbroeken",
        "narayanganj",
        "",
    ),
    ("Intimidatie van naaisters", "Werkbroeken", "chittagong", ""),
    (
        "Textielafval na gebruik",
        "",
        "",
        "Werkkleding voor bouw en industrie",
    ),
];
