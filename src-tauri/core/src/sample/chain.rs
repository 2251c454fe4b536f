//! The sample's suppliers, chains, sold items, certificates, audits and answers to
//! suggestions.

use super::*;

/// Short names of the sample suppliers, in the order of [`suppliers`].
pub(super) const SUPPLIER_SHORT: [(&str, &str); 14] = [
    ("chittagong", "Chittagong Workwear Ltd."),
    ("gazipur", "Gazipur Knit Composite Ltd."),
    ("narayanganj", "Narayanganj Dyeing Mills"),
    ("anadolu", "Anadolu Konfeksiyon A.Ş."),
    ("ege", "Ege Tekstil Boya"),
    ("minho", "Confecções do Minho Lda."),
    ("tiruppur", "Tiruppur Spinning Mills"),
    ("kutch", "Kutch Cotton Farmers Cooperative"),
    ("sialkot", "Sialkot Safety Gloves (Pvt) Ltd"),
    ("ningbo", "Ningbo Reflective Materials Co."),
    ("hanoi", "Hanoi Rainwear Co."),
    ("bremen", "Sicherheitsschuhe Nord GmbH"),
    ("gent", "Textielveredeling Gent NV"),
    ("walcheren", "Logistiek Walcheren B.V."),
];

/// One purchased item of the sample: (name, kind, goods, origins, origin unknown,
/// spend, volume, unit, contract, chain as (supplier, delivers to), planned completion).
pub(super) type ItemLine = (
    &'static str,
    ItemKind,
    &'static [&'static str],
    &'static [&'static str],
    bool,
    f64,
    Option<f64>,
    &'static str,
    bool,
    &'static [(&'static str, &'static str)],
    Option<&'static str>,
);

/// The rows behind [`purchased_items`].
const ITEMS: [ItemLine; 10] = [
    (
        "Werkbroeken",
        ItemKind::Product,
        &["Garments", "Cotton"],
        &["BD", "IN"],
        false,
        1_250_000.0,
        Some(60_000.0),
        "stuks",
        true,
        &[
            ("chittagong", ""),
            ("narayanganj", "chittagong"),
            ("tiruppur", "narayanganj"),
            ("kutch", "tiruppur"),
        ],
        Some("2026-09-30"),
    ),
    (
        "Werkjassen",
        ItemKind::Product,
        &["Garments", "Cotton"],
        &["TR"],
        true,
        620_000.0,
        Some(25_000.0),
        "stuks",
        true,
        &[("anadolu", ""), ("ege", "anadolu")],
        Some("2026-06-30"),
    ),
    (
        "Polo's en T-shirts",
        ItemKind::Product,
        &["Garments", "Cotton"],
        &["BD"],
        true,
        480_000.0,
        Some(90_000.0),
        "stuks",
        true,
        &[("gazipur", "")],
        Some("2027-03-31"),
    ),
    (
        "Veiligheidsschoenen",
        ItemKind::Product,
        &["Footwear", "Leather"],
        &["DE"],
        true,
        210_000.0,
        Some(9_000.0),
        "paar",
        true,
        &[("bremen", "")],
        Some("2027-06-30"),
    ),
    (
        "Signaalvesten",
        ItemKind::Product,
        &["Garments"],
        &["PT", "CN"],
        false,
        150_000.0,
        Some(12_000.0),
        "stuks",
        true,
        &[("minho", ""), ("ningbo", "minho")],
        None,
    ),
    (
        "Regenkleding",
        ItemKind::Product,
        &["Garments", "Rubber"],
        &["VN"],
        false,
        110_000.0,
        Some(8_000.0),
        "stuks",
        false,
        &[("hanoi", "")],
        Some("2027-01-31"),
    ),
    (
        "Werkhandschoenen",
        ItemKind::Product,
        &["Gloves", "Leather"],
        &["PK"],
        false,
        90_000.0,
        Some(40_000.0),
        "paar",
        false,
        &[("sialkot", "")],
        Some("2026-12-31"),
    ),
    (
        "Opslag en transport",
        ItemKind::Service,
        &[],
        &[],
        false,
        160_000.0,
        None,
        "",
        true,
        &[("walcheren", "")],
        None,
    ),
    (
        "Borduren en bedrukken",
        ItemKind::Service,
        &[],
        &[],
        false,
        45_000.0,
        None,
        "",
        true,
        &[("gent", "")],
        None,
    ),
    (
        "Verpakkingsmateriaal",
        ItemKind::RawMaterial,
        &["wood"],
        &[],
        true,
        28_000.0,
        Some(14.0),
        "ton",
        false,
        &[],
        Some("2027-06-30"),
    ),
];

pub(super) fn purchased_items(sid: &dyn Fn(&str) -> i64) -> Vec<PurchasedItem> {
    ITEMS
        .into_iter()
        .map(
            |(
                name,
                kind,
                goods,
                origins,
                unknown,
                spend,
                volume,
                unit,
                contract,
                chain,
                planned,
            )| {
                PurchasedItem {
                    reference_goods: goods.iter().map(|g| g.to_string()).collect(),
                    origins: origins.iter().map(|c| c.to_string()).collect(),
                    origin_unknown: unknown,
                    spend_eur: Some(spend),
                    volume,
                    volume_unit: (!unit.is_empty()).then(|| unit.to_string()),
                    has_contract: Some(contract),
                    suppliers: chain
                        .iter()
                        .map(|(s, via)| ChainLink {
                            supplier_id: sid(s),
                            via_id: (!via.is_empty()).then(|| sid(via)),
                        })
                        .collect(),
                    planned_completion: planned.map(String::from),
                    ..PurchasedItem::named(name, kind)
                }
            },
        )
        .collect()
}

pub(super) fn sold_items() -> Vec<SoldItem> {
    vec![
        SoldItem {
            customers: Some("Bouwbedrijven, installateurs en de procesindustrie".into()),
            countries: vec!["NL".into(), "BE".into(), "DE".into()],
            use_phase: Some(
                "Dagelijks gedragen op de bouwplaats en in fabrieken; gewassen bij \
                 industriële wasserijen."
                    .into(),
            ),
            end_of_life: Some(
                "Meestal verbrand met het restafval. Sinds 2026 loopt een proef met \
                 terugname en vezelrecycling."
                    .into(),
            ),
            ..SoldItem::named("Werkkleding voor bouw en industrie")
        },
        SoldItem {
            customers: Some("Zorginstellingen en gemeenten, via aanbestedingen".into()),
            countries: vec!["NL".into()],
            use_phase: Some("Bedrijfskleding met logo, twee tot drie jaar in gebruik.".into()),
            end_of_life: Some(
                "Logo's maken hergebruik lastig; kleding wordt vernietigd bij uitdienst.".into(),
            ),
            ..SoldItem::named("Bedrijfskleding met logo")
        },
        SoldItem {
            customers: Some("Groothandels in persoonlijke beschermingsmiddelen".into()),
            countries: vec!["NL".into(), "BE".into()],
            use_phase: Some("Handschoenen en schoenen voor zwaar werk.".into()),
            end_of_life: None,
            ..SoldItem::named("Persoonlijke beschermingsmiddelen")
        },
    ]
}

/// A supplier of the sample: (name, city, country, products, workers, tier, contract,
/// code of conduct).
pub(super) type SupplierLine = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    (u32, Option<u32>),
    u8,
    bool,
    CodeOfConduct,
);

/// The rows behind [`suppliers`].
const SUPPLIERS: [SupplierLine; 14] = [
    (
        "Chittagong Workwear Ltd.",
        "Chattogram",
        "BD",
        "Werkbroeken",
        (850, Some(850)),
        1,
        true,
        CodeOfConduct::Signed,
    ),
    (
        "Gazipur Knit Composite Ltd.",
        "Gazipur",
        "BD",
        "Polo's en T-shirts",
        (1000, None),
        1,
        true,
        CodeOfConduct::Sent,
    ),
    (
        "Narayanganj Dyeing Mills",
        "Narayanganj",
        "BD",
        "Geverfde stof",
        (100, Some(500)),
        2,
        false,
        CodeOfConduct::NotSent,
    ),
    (
        "Anadolu Konfeksiyon A.Ş.",
        "İzmir",
        "TR",
        "Jassen",
        (320, Some(320)),
        1,
        true,
        CodeOfConduct::Signed,
    ),
    (
        "Ege Tekstil Boya",
        "Denizli",
        "TR",
        "Geverfde stof",
        (150, Some(150)),
        2,
        false,
        CodeOfConduct::NotSent,
    ),
    (
        "Confecções do Minho Lda.",
        "Braga",
        "PT",
        "Signaalvesten",
        (90, Some(90)),
        1,
        true,
        CodeOfConduct::Signed,
    ),
    (
        "Tiruppur Spinning Mills",
        "Tiruppur",
        "IN",
        "Katoengaren",
        (1200, Some(1200)),
        2,
        false,
        CodeOfConduct::Sent,
    ),
    (
        "Kutch Cotton Farmers Cooperative",
        "Bhuj",
        "IN",
        "Ruwe katoen",
        (1000, None),
        3,
        false,
        CodeOfConduct::NotSent,
    ),
    (
        "Sialkot Safety Gloves (Pvt) Ltd",
        "Sialkot",
        "PK",
        "Leren werkhandschoenen",
        (200, Some(200)),
        1,
        true,
        CodeOfConduct::Sent,
    ),
    (
        "Ningbo Reflective Materials Co.",
        "Ningbo",
        "CN",
        "Reflecterende tape",
        (400, Some(400)),
        2,
        false,
        CodeOfConduct::NotSent,
    ),
    (
        "Hanoi Rainwear Co.",
        "Hanoi",
        "VN",
        "Regenkleding",
        (260, Some(260)),
        1,
        true,
        CodeOfConduct::Sent,
    ),
    (
        "Sicherheitsschuhe Nord GmbH",
        "Bremen",
        "DE",
        "Veiligheidsschoenen",
        (140, Some(140)),
        1,
        true,
        CodeOfConduct::Signed,
    ),
    (
        "Textielveredeling Gent NV",
        "Gent",
        "BE",
        "Borduren en bedrukken",
        (35, Some(35)),
        1,
        true,
        CodeOfConduct::Signed,
    ),
    (
        "Logistiek Walcheren B.V.",
        "Vlissingen",
        "NL",
        "Opslag en transport",
        (60, Some(60)),
        1,
        true,
        CodeOfConduct::Signed,
    ),
];

pub(super) fn suppliers() -> Vec<Supplier> {
    SUPPLIERS
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

/// The sample's answers to suggestions: (key, answer, reason, covering risk, date).
pub(super) const SUGGESTION_ANSWERS: [(&str, SuggestionAnswer, &str, &str, &str); 2] = [
    (
        "ilab:cotton:IN:child_labour",
        SuggestionAnswer::Accepted,
        "Onze katoen voor werkbroeken komt uit Gujarat; dit risico staat al in het register.",
        "Kinderarbeid in de katoenteelt",
        "2026-03-02",
    ),
    (
        "ilab:garments:CN:forced_labour",
        SuggestionAnswer::Dismissed,
        "Uit China komt alleen reflecterende tape, geen kleding; de tape valt onder het \
         landenrisico China.",
        "",
        "2026-03-02",
    ),
];
