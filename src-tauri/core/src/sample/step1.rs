//! Step 1 of the sample: departments, policy, communication, code of conduct and KPIs.

use super::*;
use crate::model::policy::{
    Audience, CommunicationKind, DepartmentCode as D, PolicyElement, PolicyElementCode as E,
};

/// Step 1 of the sample: departments, two policy versions, communication and training,
/// preconditions, code-of-conduct dates and KPIs with measurements.
pub(super) fn step1(
    d: &mut Dossier,
    suppliers: &HashMap<&'static str, i64>,
    risks: &HashMap<String, i64>,
) -> Result<Vec<i64>> {
    departments(d)?;
    policy(d)?;
    communication(d)?;
    code_of_conduct(d, suppliers)?;
    kpis(d, risks)
}

/// What each department does today, its role and who is responsible.
fn departments(d: &mut Dossier) -> Result<()> {
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
    let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let mut departments: Vec<Department> = departments
        .into_iter()
        .map(|(code, now, role, who)| Department {
            code,
            current_practice: text(now),
            role: text(role),
            responsible: text(who),
            not_applicable: false,
        })
        .collect();
    // Two departments the company does not have: looked at and marked so.
    departments.extend(
        [
            (D::It, "Geen eigen IT-afdeling; beheer is uitbesteed."),
            (D::Legal, "Geen jurist in dienst; advies wordt ingehuurd."),
        ]
        .map(|(code, why)| Department {
            current_practice: text(why),
            not_applicable: true,
            ..Department::open(code)
        }),
    );
    d.save_departments(&departments)?;
    Ok(())
}

/// Two versions of the policy: the first of 2025 and the current one.
fn policy(d: &mut Dossier) -> Result<()> {
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
    Ok(())
}

/// How the policy was communicated and trained, and the preconditions.
fn communication(d: &mut Dossier) -> Result<()> {
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
    Ok(())
}

/// Who signed the code of conduct, and who has it but did not sign yet.
fn code_of_conduct(d: &mut Dossier, suppliers: &HashMap<&'static str, i64>) -> Result<()> {
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
    Ok(())
}

/// The KPIs with their measurements; returns their ids.
fn kpis(d: &mut Dossier, risks: &HashMap<String, i64>) -> Result<Vec<i64>> {
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
