//! Steps 1, 3 and 4 of the sample.

use super::*;

/// Step 1 of the sample: departments, two policy versions, communication and training,
/// preconditions, code-of-conduct dates and KPIs with measurements.
pub(super) fn step1(
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

/// Steps 3 and 4 of the sample: actions with updates and evidence, purchasing practices,
/// an ended relationship, CAP items and the context log.
pub(super) fn steps3_4(
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
        sensitive: false,
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
        (
            "2026-09-15",
            Some("CN"),
            "Signaalvesten",
            "Stroomrantsoenering in Zhejiang: 宁波反光材料有限公司 (Ningbo Reflective \
             Materials) draaide drie weken in nachtdiensten om de tape te leveren.",
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
