//! The sample dossier: a fictional Dutch workwear company, used as the demo and as the
//! richest test fixture. Every feature adds its part here, so that the sample always
//! shows all of the product. All names and numbers are invented.

use std::path::Path;

use crate::error::Result;
use crate::model::risk::{
    AffectedGroup as G, Assessment, Decision, InformationSource as S, Involvement, Location,
    RankOverride, Theme,
};
use crate::model::supplier::{CodeOfConduct, WorkerCount};
use crate::model::{CompanyProfile, Risk, Supplier};
use crate::Dossier;

pub const SAMPLE_COMPANY: &str = "Zeeland Werkkleding B.V.";

/// Writes the sample dossier to `path` (which must not exist yet).
pub fn create(path: &Path) -> Result<Dossier> {
    let mut d = Dossier::create(path, SAMPLE_COMPANY, 2025)?;
    d.update_company(&profile())?;
    d.add_year(2026)?;
    d.set_active_year(2026)?;
    for s in suppliers() {
        d.save_supplier(&s)?;
    }
    for r in risks() {
        d.save_risk(&r)?;
    }
    Ok(d)
}

/// A supplier of the sample: (name, city, country, products, workers, tier, contract,
/// code of conduct).
type SupplierLine = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    (u32, Option<u32>),
    u8,
    bool,
    CodeOfConduct,
);

fn suppliers() -> Vec<Supplier> {
    use CodeOfConduct::{NotSent, Sent, Signed};
    let lines: [SupplierLine; 14] = [
        (
            "Chittagong Workwear Ltd.",
            "Chattogram",
            "BD",
            "Werkbroeken",
            (850, Some(850)),
            1,
            true,
            Signed,
        ),
        (
            "Gazipur Knit Composite Ltd.",
            "Gazipur",
            "BD",
            "Polo's en T-shirts",
            (1000, None),
            1,
            true,
            Sent,
        ),
        (
            "Narayanganj Dyeing Mills",
            "Narayanganj",
            "BD",
            "Geverfde stof",
            (100, Some(500)),
            2,
            false,
            NotSent,
        ),
        (
            "Anadolu Konfeksiyon A.Ş.",
            "İzmir",
            "TR",
            "Jassen",
            (320, Some(320)),
            1,
            true,
            Signed,
        ),
        (
            "Ege Tekstil Boya",
            "Denizli",
            "TR",
            "Geverfde stof",
            (150, Some(150)),
            2,
            false,
            NotSent,
        ),
        (
            "Confecções do Minho Lda.",
            "Braga",
            "PT",
            "Signaalvesten",
            (90, Some(90)),
            1,
            true,
            Signed,
        ),
        (
            "Tiruppur Spinning Mills",
            "Tiruppur",
            "IN",
            "Katoengaren",
            (1200, Some(1200)),
            2,
            false,
            Sent,
        ),
        (
            "Kutch Cotton Farmers Cooperative",
            "Bhuj",
            "IN",
            "Ruwe katoen",
            (1000, None),
            3,
            false,
            NotSent,
        ),
        (
            "Sialkot Safety Gloves (Pvt) Ltd",
            "Sialkot",
            "PK",
            "Leren werkhandschoenen",
            (200, Some(200)),
            1,
            true,
            Sent,
        ),
        (
            "Ningbo Reflective Materials Co.",
            "Ningbo",
            "CN",
            "Reflecterende tape",
            (400, Some(400)),
            2,
            false,
            NotSent,
        ),
        (
            "Hanoi Rainwear Co.",
            "Hanoi",
            "VN",
            "Regenkleding",
            (260, Some(260)),
            1,
            true,
            Sent,
        ),
        (
            "Sicherheitsschuhe Nord GmbH",
            "Bremen",
            "DE",
            "Veiligheidsschoenen",
            (140, Some(140)),
            1,
            true,
            Signed,
        ),
        (
            "Textielveredeling Gent NV",
            "Gent",
            "BE",
            "Borduren en bedrukken",
            (35, Some(35)),
            1,
            true,
            Signed,
        ),
        (
            "Logistiek Walcheren B.V.",
            "Vlissingen",
            "NL",
            "Opslag en transport",
            (60, Some(60)),
            1,
            true,
            Signed,
        ),
    ];
    lines
        .into_iter()
        .map(
            |(name, city, country, products, (min, max), tier, contract, coc)| Supplier {
                address: Some(city.into()),
                country: Some(country.into()),
                sector: Some("Apparel".into()),
                products: Some(products.into()),
                workers: Some(WorkerCount { min, max }),
                tier,
                has_contract: Some(contract),
                code_of_conduct: coc,
                ..Supplier::named(name)
            },
        )
        .collect()
}

/// A risk of the sample; the fields that most risks leave empty are filled in below.
fn risk(title: &str, theme: Theme, location: Location, country: &str, item: &str) -> Risk {
    Risk {
        id: 0,
        title: title.into(),
        theme,
        description: None,
        location,
        country: (!country.is_empty()).then(|| country.to_string()),
        item: (!item.is_empty()).then(|| item.to_string()),
        actual: false,
        affected_groups: vec![G::Workers],
        sources: vec![S::RiskChecker],
        own_contribution: None,
        assessment: None,
        involvement: Some(Involvement::DirectlyLinked),
        consulted: None,
        decision: Decision::Prioritised,
        decision_reason: None,
        review_date: None,
        rank_override: None,
    }
}

fn scores(scale: u8, scope: u8, irremediability: u8, likelihood: u8) -> Option<Assessment> {
    Some(Assessment {
        scale,
        scope,
        irremediability,
        likelihood,
    })
}

fn risks() -> Vec<Risk> {
    use Location::{Country, OwnOperations, Product, Supplier};
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
            decision_reason: Some(
                "Eerst de mensenrechtenrisico's; in 2027 meten we de uitstoot van vervoer.".into(),
            ),
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
            decision_reason: Some(
                "Al opgepakt met de arbodienst; herbeoordeling na de winter.".into(),
            ),
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
    ]
}

fn profile() -> CompanyProfile {
    CompanyProfile {
        name: SAMPLE_COMPANY.into(),
        kvk_number: Some("12345678".into()),
        sectors: vec![
            "Textiel en kleding".into(),
            "Groothandel in bedrijfskleding".into(),
        ],
        employees: Some(85),
        annual_turnover_eur: Some(14_500_000),
        countries: vec!["NL".into(), "BE".into()],
        contact_name: Some("Sanne de Wit".into()),
        contact_email: Some("mvo@zeeland-werkkleding.example".into()),
        contact_phone: Some("+31 113 000 000".into()),
        description: Some(
            "Ontwerpt en verkoopt werkkleding en persoonlijke beschermingsmiddelen \
             voor bouw, zorg en industrie. Laat confectioneren in Turkije, Bangladesh \
             en Portugal; katoen komt onder meer uit India."
                .into(),
        ),
    }
}
