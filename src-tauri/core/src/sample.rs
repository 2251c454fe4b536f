//! The sample dossier: a fictional Dutch workwear company, used as the demo and as the
//! richest test fixture. Every feature adds its part here, so that the sample always
//! shows all of the product. All names and numbers are invented.

use std::path::Path;

use std::collections::HashMap;

use crate::error::Result;
use crate::messages::Lang;
use crate::model::chain::{ChainLink, ItemKind};
use crate::model::risk::{
    AffectedGroup as G, Assessment, Decision, InformationSource as S, Involvement, Location,
    RankOverride, Theme,
};
use crate::model::supplier::AuditKind;
use crate::model::supplier::{CodeOfConduct, WorkerCount};
use crate::model::{
    Action, ActionUpdate, Audit, CapItem, Certification, ContextEntry, Department, Kpi,
    KpiMeasurement, PolicyCommunication, PolicyVersion, PracticeCheck, Preconditions,
    PurchasedItem, SoldItem,
};
use crate::model::{CompanyProfile, Risk, Supplier};
use crate::store::suggestion::AnswerInput;
use crate::suggestions::SuggestionAnswer;
use crate::Dossier;

pub const SAMPLE_COMPANY: &str = "Zeeland Werkkleding B.V.";

/// Writes the sample dossier to `path` (which must not exist yet).
pub fn create(path: &Path) -> Result<Dossier> {
    let mut d = Dossier::create(path, SAMPLE_COMPANY, 2025)?;
    d.update_company(&profile())?;
    d.add_year(2026)?;
    d.set_active_year(2026)?;
    let mut supplier_ids: HashMap<&'static str, i64> = HashMap::new();
    for s in suppliers() {
        let saved = d.save_supplier(&s)?;
        let short = SUPPLIER_SHORT
            .iter()
            .find(|(_, full)| *full == s.name)
            .map(|(short, _)| *short)
            .unwrap_or("");
        supplier_ids.insert(short, saved.id);
    }
    let sid = |short: &str| supplier_ids.get(short).copied().unwrap_or(0);
    let mut item_ids: HashMap<String, i64> = HashMap::new();
    for item in purchased_items(&sid) {
        let saved = d.save_purchased_item(&item)?;
        item_ids.insert(saved.name.clone(), saved.id);
    }
    let mut sold_ids: HashMap<String, i64> = HashMap::new();
    for item in sold_items() {
        let saved = d.save_sold_item(&item)?;
        sold_ids.insert(saved.name.clone(), saved.id);
    }
    let mut risk_ids: HashMap<String, i64> = HashMap::new();
    for mut r in risks() {
        if let Some((_, item, supplier, sold)) = RISK_LINKS.iter().find(|l| l.0 == r.title) {
            r.item_id = item_ids.get(*item).copied();
            r.supplier_id = (!supplier.is_empty()).then(|| sid(supplier));
            r.sold_item_id = sold_ids.get(*sold).copied();
        }
        let saved = d.save_risk(&r)?;
        risk_ids.insert(saved.title.clone(), saved.id);
    }
    for mut c in certifications() {
        c.supplier_id = supplier_ids[SUPPLIER_SHORT[c.supplier_id as usize].0];
        d.save_certification(&c)?;
    }
    let mut audit_ids = Vec::new();
    for mut a in audits() {
        a.supplier_id = supplier_ids[SUPPLIER_SHORT[a.supplier_id as usize].0];
        audit_ids.push(d.save_audit(&a)?.id);
    }
    for (key, answer, reason, risk, on) in SUGGESTION_ANSWERS {
        d.answer_suggestion(
            &AnswerInput {
                key: key.into(),
                answer,
                reason: reason.into(),
                existing_risk: risk_ids.get(risk).copied(),
            },
            on,
            Lang::Nl,
        )?;
    }
    let kpi_ids = step1(&mut d, &supplier_ids, &risk_ids)?;
    steps3_4(
        &mut d,
        &supplier_ids,
        &risk_ids,
        &kpi_ids,
        &audit_ids,
        &item_ids,
    )?;
    Ok(d)
}

/// Steps 3 and 4 of the sample: actions with updates and evidence, purchasing practices,
/// an ended relationship, CAP items and the context log.
fn steps3_4(
    d: &mut Dossier,
    suppliers: &HashMap<&'static str, i64>,
    risks: &HashMap<String, i64>,
    kpis: &[i64],
    audits: &[i64],
    items: &HashMap<String, i64>,
) -> Result<()> {
    use crate::model::action::{ActionStatus as St, Effectiveness, MeasureType as M, Practice};
    let risk = |t: &str| risks.get(t).copied().unwrap_or(0);
    let supplier = |s: &str| suppliers.get(s).copied();
    let action = |risk_id, title: &str, measure, status, start: &str, deadline: &str| Action {
        id: 0,
        risk_id,
        title: title.into(),
        measure,
        owner: Some("Inge Koster".into()),
        people: None,
        budget_eur: None,
        start_on: (!start.is_empty()).then(|| start.to_string()),
        deadline: (!deadline.is_empty()).then(|| deadline.to_string()),
        status,
        goal: None,
        kpi_id: None,
        stakeholders: None,
        supplier_id: None,
    };
    let fire = risk("Brand- en instortingsgevaar in confectieateliers");
    let cap = d.save_action(&Action {
        people: Some("Auditor, brandweerexpert ter plaatse".into()),
        budget_eur: Some(6_000),
        goal: Some("Alle bevindingen over brand- en bouwveiligheid opgelost.".into()),
        stakeholders: Some("Werknemerscomité van het atelier".into()),
        supplier_id: supplier("chittagong"),
        ..action(
            fire,
            "Corrigerend actieplan brandveiligheid Chittagong",
            M::CorrectiveActionPlan,
            St::InProgress,
            "2026-02-20",
            "2026-08-31",
        )
    })?;
    d.save_action(&Action {
        goal: Some("Onafhankelijke inspecties en klachtenkanaal voor de ateliers.".into()),
        ..action(
            fire,
            "Aansluiten bij het internationale veiligheidsakkoord",
            M::SectorInitiative,
            St::Planned,
            "2026-10-01",
            "2027-03-31",
        )
    })?;
    let wages = risk("Lonen onder het leefbaar loon");
    d.save_action(&Action {
        owner: Some("Mark Verhage".into()),
        goal: Some("Loonkosten staan apart in elke offerte en prijs.".into()),
        ..action(
            wages,
            "Inkoopprijzen opbouwen vanuit loonkosten",
            M::StopContribution,
            St::InProgress,
            "2026-01-15",
            "2026-12-31",
        )
    })?;
    let wage_project = d.save_action(&Action {
        owner: Some("Sanne de Wit".into()),
        budget_eur: Some(20_000),
        kpi_id: kpis.get(1).copied(),
        supplier_id: supplier("chittagong"),
        stakeholders: Some("Vakbond in Chattogram, lokale ngo".into()),
        ..action(
            wages,
            "Leefbaar-loonproject met Chittagong Workwear",
            M::UseLeverage,
            St::InProgress,
            "2026-03-01",
            "2028-12-31",
        )
    })?;
    d.save_action(&action(
        risk("Kinderarbeid in de katoenteelt"),
        "Traceerbaar katoen via de spinnerij in Tiruppur",
        M::ChainProject,
        St::Planned,
        "2026-09-01",
        "2027-06-30",
    ))?;
    // Contributes, but the plan only trains the supplier: the app warns.
    d.save_action(&Action {
        supplier_id: supplier("anadolu"),
        ..action(
            risk("Excessief overwerk in piekperiodes"),
            "Training personeelsplanning voor het atelier in Izmir",
            M::SupplierTraining,
            St::Planned,
            "2026-11-01",
            "2027-02-28",
        )
    })?;
    for (action_id, on, text, eff) in [
        (
            cap.id,
            "2026-03-12",
            "Nooduitgang op de tweede verdieping vrijgemaakt en gecontroleerd.",
            Effectiveness::Effective,
        ),
        (
            cap.id,
            "2026-06-30",
            "Brandtrappen besteld; overwerk nog boven de afspraak in piekweken.",
            Effectiveness::PartlyEffective,
        ),
        (
            wage_project.id,
            "2026-06-30",
            "Loonkloof gemeten met de ngo; eerste loonsverhoging per juli.",
            Effectiveness::PartlyEffective,
        ),
    ] {
        d.save_action_update(&ActionUpdate {
            id: 0,
            action_id,
            written_on: on.into(),
            progress: text.into(),
            effectiveness: eff,
        })?;
    }
    d.add_evidence(
        cap.id,
        "controle-nooduitgangen-maart-2026.txt",
        "Controle nooduitgangen Chittagong Workwear, 12 maart 2026: alle vier vrij.\n".as_bytes(),
        "2026-03-12",
    )?;
    let practices = [
        (
            "chittagong",
            Practice::PayOnTime,
            true,
            "Binnen 30 dagen na levering.",
        ),
        (
            "chittagong",
            Practice::PricesCoverWages,
            false,
            "Wordt herzien in 2026.",
        ),
        (
            "chittagong",
            Practice::MultiYearAgreements,
            true,
            "Raamcontract tot 2028.",
        ),
        (
            "anadolu",
            Practice::RealisticLeadTimes,
            false,
            "Late maatwijzigingen bij aanbestedingen.",
        ),
        ("anadolu", Practice::AnnounceChangesEarly, false, ""),
        ("anadolu", Practice::PayOnTime, true, ""),
    ];
    for (s, practice, applied, note) in practices {
        if let Some(supplier_id) = supplier(s) {
            d.save_practice(&PracticeCheck {
                supplier_id,
                practice,
                applied,
                note: (!note.is_empty()).then(|| note.to_string()),
            })?;
        }
    }
    if let Some(id) = supplier("gent") {
        let mut gent = d.supplier(id)?;
        gent.ended_on = Some("2026-10-01".into());
        gent.exit_impact = Some(
            "Borduurwerk gaat naar ons eigen atelier. Wij waren 3% van hun omzet; met zes \
             maanden opzegtermijn verwacht de leverancier geen ontslagen."
                .into(),
        );
        d.save_supplier(&gent)?;
    }
    if let Some(audit_id) = audits.first().copied() {
        for (what, deadline, done) in [
            (
                "Nooduitgang tweede verdieping vrijmaken",
                "2026-03-15",
                Some("2026-03-12"),
            ),
            (
                "Overwerk terugbrengen tot hoogstens 60 uur per week",
                "2026-09-30",
                None,
            ),
            (
                "Brandtrappen aan de buitengevel plaatsen",
                "2027-01-31",
                None,
            ),
        ] {
            d.save_cap_item(&CapItem {
                id: 0,
                audit_id,
                description: what.into(),
                deadline: Some(deadline.into()),
                done_on: done.map(String::from),
            })?;
        }
    }
    for (on, country, item, text) in [
        (
            "2026-01-10",
            Some("BD"),
            "Werkbroeken",
            "Stakingen in de kledingindustrie rond de verhoging van het minimumloon.",
        ),
        (
            "2026-07-02",
            Some("TR"),
            "Werkjassen",
            "Overstromingen in de regio Izmir; het atelier lag een week stil.",
        ),
    ] {
        d.save_context_entry(&ContextEntry {
            id: 0,
            noted_on: on.into(),
            country: country.map(String::from),
            item_id: items.get(item).copied(),
            description: text.into(),
        })?;
    }
    Ok(())
}

/// Step 1 of the sample: departments, two policy versions, communication and training,
/// preconditions, code-of-conduct dates and KPIs with measurements.
fn step1(
    d: &mut Dossier,
    suppliers: &HashMap<&'static str, i64>,
    risks: &HashMap<String, i64>,
) -> Result<Vec<i64>> {
    use crate::model::policy::{
        Audience, CommunicationKind, DepartmentCode as D, PolicyElement, PolicyElementCode as E,
    };
    let departments = [
        (
            D::Management,
            "Directie keurt beleid en budget goed.",
            "Eindverantwoordelijk; beslist over prioriteiten.",
            "Mark Verhage (directeur)",
        ),
        (
            D::Purchasing,
            "Vraagt leveranciers om de gedragscode te tekenen.",
            "Brengt ketens in kaart en voert het gesprek met leveranciers.",
            "Inge Koster (hoofd inkoop)",
        ),
        (
            D::Sales,
            "Beantwoordt vragen van klanten in aanbestedingen.",
            "Stemt levertijden af zodat late wijzigingen afnemen.",
            "Bas de Jonge",
        ),
        (
            D::Hr,
            "",
            "Zorgt voor training van inkopers en ontwerpers.",
            "Fatma Yilmaz",
        ),
        (
            D::Sustainability,
            "Coördineert de due diligence sinds 2024.",
            "Houdt het dossier bij en rapporteert jaarlijks.",
            "Sanne de Wit",
        ),
        (
            D::ResearchDevelopment,
            "Kiest stoffen en leveranciers van stof.",
            "Ontwerpt voor hergebruik en minder chemie.",
            "",
        ),
    ];
    for (code, now, role, who) in departments {
        let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
        d.save_department(&Department {
            code,
            current_practice: text(now),
            role: text(role),
            responsible: text(who),
        })?;
    }
    let element = |element, location: &str| PolicyElement {
        element,
        covered: true,
        location: Some(location.into()),
    };
    let first = PolicyVersion {
        body: Some(
            "Zeeland Werkkleding wil dat de mensen die onze kleding maken veilig werken en \
             een eerlijk loon krijgen. We volgen daarbij de OESO-richtlijnen."
                .into(),
        ),
        elements: vec![
            element(E::Frameworks, "Inleiding"),
            element(E::Commitment, "Inleiding"),
            element(E::Expectations, "Hoofdstuk 2"),
        ],
        themes: vec![Theme::ChildLabour, Theme::ForcedLabour, Theme::HealthSafety],
        approved_by: Some("Mark Verhage, directeur".into()),
        approved_on: Some("2025-01-20".into()),
        published_where: Some("zeeland-werkkleding.example/mvo".into()),
        published_on: Some("2025-02-01".into()),
        next_review: Some("2026-01-31".into()),
        ..PolicyVersion::blank("2025")
    };
    d.save_policy_version(&first)?;
    let second = PolicyVersion {
        body: Some(
            "Zeeland Werkkleding wil dat de mensen die onze kleding maken veilig werken, \
             zich mogen organiseren en een leefbaar loon verdienen. We volgen de \
             OESO-richtlijnen, de VN-richtlijnen voor bedrijfsleven en mensenrechten en de \
             fundamentele ILO-verdragen, in de hele keten tot en met de katoenteelt."
                .into(),
        ),
        document_ref: Some("MVO-beleid Zeeland Werkkleding 2026.pdf".into()),
        elements: vec![
            element(E::Frameworks, "§1"),
            element(E::Commitment, "§1"),
            element(E::WholeChain, "§2"),
            element(E::Expectations, "§3"),
            element(E::Responsibilities, "§4"),
            element(E::PrioritiesGoals, "§5, bijlage met KPI's"),
            element(E::PurchasingPractices, "§6"),
            PolicyElement {
                element: E::Remediation,
                covered: false,
                location: None,
            },
        ],
        themes: vec![
            Theme::ChildLabour,
            Theme::ForcedLabour,
            Theme::FreedomOfAssociation,
            Theme::LivingWage,
            Theme::HealthSafety,
            Theme::DiscriminationGender,
        ],
        approved_by: Some("Mark Verhage, directeur".into()),
        approved_on: Some("2026-02-16".into()),
        published_where: Some("zeeland-werkkleding.example/mvo".into()),
        published_on: Some("2026-03-01".into()),
        next_review: Some("2026-11-15".into()),
        ..PolicyVersion::blank("2026")
    };
    d.save_policy_version(&second)?;
    let comms = [
        (
            "2026-03-10",
            CommunicationKind::Training,
            Audience::Internal,
            "Training inkopers en ontwerpers: wat het beleid van hen vraagt.",
            Some(9),
        ),
        (
            "2026-03-15",
            CommunicationKind::Communication,
            Audience::External,
            "Beleid gedeeld met alle directe leveranciers, met een uitleg in het Engels en Turks.",
            Some(9),
        ),
        (
            "2026-05-20",
            CommunicationKind::Communication,
            Audience::Internal,
            "Personeelsbijeenkomst over de eerste resultaten.",
            Some(70),
        ),
    ];
    for (on, kind, audience, what, reached) in comms {
        d.save_policy_communication(&PolicyCommunication {
            id: 0,
            held_on: on.into(),
            kind,
            audience,
            description: what.into(),
            reached,
        })?;
    }
    d.save_preconditions(&Preconditions {
        commitment: Some("De directie bespreekt de voortgang elk kwartaal in het MT.".into()),
        budget_eur: Some(45_000),
        hours_per_year: Some(800),
        skills: Some(
            "Kennis van audits en leefbaar loon; Engels en Turks in gesprekken met leveranciers."
                .into(),
        ),
    })?;
    let signed: Vec<i64> = ["chittagong", "gazipur", "anadolu", "minho", "bremen"]
        .iter()
        .filter_map(|s| suppliers.get(s).copied())
        .collect();
    d.set_code_of_conduct(&signed, CodeOfConduct::Signed, Some("2026-04-01"))?;
    let sent: Vec<i64> = ["hanoi", "sialkot", "gent"]
        .iter()
        .filter_map(|s| suppliers.get(s).copied())
        .collect();
    d.set_code_of_conduct(&sent, CodeOfConduct::Sent, Some("2026-03-15"))?;
    let kpis = [
        (
            Kpi {
                id: 0,
                name: "Directe leveranciers met getekende gedragscode".into(),
                unit: "%".into(),
                baseline: Some(20.0),
                target: 90.0,
                deadline: Some("2027-12-31".into()),
                owner: Some("Inge Koster".into()),
                risk_id: None,
            },
            vec![
                ("2025-06-30", 22.0),
                ("2025-12-31", 40.0),
                ("2026-06-30", 56.0),
            ],
        ),
        (
            Kpi {
                id: 0,
                name: "Loonkloof tot leefbaar loon bij Chittagong Workwear".into(),
                unit: "%".into(),
                baseline: Some(31.0),
                target: 10.0,
                deadline: Some("2028-12-31".into()),
                owner: Some("Sanne de Wit".into()),
                risk_id: risks.get("Lonen onder het leefbaar loon").copied(),
            },
            vec![("2025-12-31", 31.0), ("2026-06-30", 27.0)],
        ),
        (
            Kpi {
                id: 0,
                name: "Weken met meer dan 60 uur werk in het atelier in Izmir".into(),
                unit: "weken per jaar".into(),
                baseline: None,
                target: 0.0,
                deadline: None,
                owner: None,
                risk_id: risks.get("Excessief overwerk in piekperiodes").copied(),
            },
            vec![],
        ),
    ];
    let mut ids = Vec::new();
    for (kpi, values) in kpis {
        let saved = d.save_kpi(&kpi)?;
        ids.push(saved.id);
        for (on, value) in values {
            d.save_measurement(&KpiMeasurement {
                id: 0,
                kpi_id: saved.id,
                measured_on: on.into(),
                value,
                note: None,
            })?;
        }
    }
    Ok(ids)
}

/// Short names of the sample suppliers, in the order of [`suppliers`].
const SUPPLIER_SHORT: [(&str, &str); 14] = [
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
type ItemLine = (
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

fn purchased_items(sid: &dyn Fn(&str) -> i64) -> Vec<PurchasedItem> {
    use ItemKind::{Product, Service};
    let lines: [ItemLine; 10] = [
        (
            "Werkbroeken",
            Product,
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
            Product,
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
            Product,
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
            Product,
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
            Product,
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
            Product,
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
            Product,
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
            Service,
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
            Service,
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
    lines
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

fn sold_items() -> Vec<SoldItem> {
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

/// Links of the sample risks to the chain: (risk title, purchased item, supplier short
/// name, sold item).
const RISK_LINKS: &[(&str, &str, &str, &str)] = &[
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

/// Certificates of the sample; `supplier_id` is an index into [`SUPPLIER_SHORT`].
fn certifications() -> Vec<Certification> {
    let cert = |supplier: usize, scheme: &str, reference: &str, until: &str| Certification {
        id: 0,
        supplier_id: supplier as i64,
        scheme: scheme.into(),
        reference: (!reference.is_empty()).then(|| reference.to_string()),
        valid_until: (!until.is_empty()).then(|| until.to_string()),
    };
    vec![
        cert(1, "SA8000", "SA-BD-20418", "2027-05-31"),
        cert(4, "OEKO-TEX STANDARD 100", "21.TR.77310", "2026-12-15"),
        cert(6, "GOTS", "CU-IN-88120", "2026-08-31"),
        cert(11, "ISO 45001", "", "2028-02-29"),
    ]
}

/// Audits and visits of the sample; `supplier_id` is an index into [`SUPPLIER_SHORT`].
fn audits() -> Vec<Audit> {
    let audit = |supplier: usize, kind, on: &str, auditor: &str, findings: &str| Audit {
        id: 0,
        supplier_id: supplier as i64,
        kind,
        held_on: on.into(),
        auditor: Some(auditor.into()),
        findings: Some(findings.into()),
    };
    vec![
        audit(
            0,
            AuditKind::SocialAudit,
            "2026-02-12",
            "Extern auditbureau (sociale audit)",
            "Nooduitgang op de tweede verdieping geblokkeerd door rollen stof; in piekweken \
             tot 68 uur werk per week; loonstroken compleet.",
        ),
        audit(
            3,
            AuditKind::SiteVisit,
            "2025-10-08",
            "Eigen inkoper",
            "Werkplaats op orde; een deel van het naaiwerk gaat naar twee kleinere ateliers \
             die we niet bezochten.",
        ),
        audit(
            8,
            AuditKind::SelfAssessment,
            "2026-04-01",
            "Leverancier zelf",
            "Vragenlijst volledig ingevuld; leerlooierij als toeleverancier niet genoemd.",
        ),
    ]
}

/// The sample's answers to suggestions: (key, answer, reason, covering risk, date).
const SUGGESTION_ANSWERS: [(&str, SuggestionAnswer, &str, &str, &str); 2] = [
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
        item_id: None,
        supplier_id: None,
        sold_item_id: None,
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
