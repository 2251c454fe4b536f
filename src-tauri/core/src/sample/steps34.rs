//! Steps 3 and 4 of the sample: actions and their progress, purchasing practices, CAP
//! items and the context log.

use super::*;
use crate::model::action::{
    ActionStatus as St, Effectiveness, ExitPlan, MeasureType as M, Practice,
};

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
    let (cap, wage_project) = actions(d, suppliers, risks, kpis)?;
    progress(d, cap, wage_project)?;
    practices(d, suppliers)?;
    monitoring(d, audits, items)
}

/// The actions of the plans; returns those that get progress notes (the fire-safety
/// CAP and the wage project).
fn actions(
    d: &mut Dossier,
    suppliers: &HashMap<&'static str, i64>,
    risks: &HashMap<String, i64>,
    kpis: &[i64],
) -> Result<(Action, Action)> {
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
        exit: None,
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
    // The spinning mill has not shown its labour contracts: no new orders until it does.
    d.save_action(&Action {
        goal: Some("De spinnerij laat de arbeidscontracten en loonstroken zien.".into()),
        supplier_id: supplier("tiruppur"),
        ..action(
            risk("Gedwongen arbeid in spinnerijen"),
            "Nieuwe orders bij de spinnerij opschorten tot de contracten zijn nagekeken",
            M::SuspendWithConditions,
            St::Planned,
            "2026-11-15",
            "2027-01-31",
        )
    })?;
    // The last step, prepared with the questions of a responsible exit.
    d.save_action(&Action {
        supplier_id: supplier("tiruppur"),
        exit: Some(ExitPlan {
            reason: Some(
                "Alleen als de spinnerij de contracten en loonstroken vóór 31 januari 2027 \
                 niet laat zien. Gedwongen arbeid is te ernstig om langer te wachten."
                    .into(),
            ),
            severity: Some(
                "Ernstig en moeilijk te herstellen; vertrekken geeft de vrouwen in de hostels \
                 hun ingehouden loon niet terug, dus dat eisen we vóór het einde."
                    .into(),
            ),
            crucial: Some(
                "Eén van twee spinnerijen voor ons katoen; de andere kan het volume binnen \
                 een half jaar overnemen."
                    .into(),
            ),
            notice: Some("Drie maanden, met afnemende orders.".into()),
            workers: None,
            informed: None,
            ends_on: None,
        }),
        ..action(
            risk("Gedwongen arbeid in spinnerijen"),
            "Afbouwen bij de spinnerij als de voorwaarden niet worden gehaald",
            M::ResponsibleDisengagement,
            St::Planned,
            "2027-02-01",
            "2027-04-30",
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
    Ok((cap, wage_project))
}

/// Progress notes on two actions (the wage project twice only partly effective, so its
/// plan needs escalation), and a piece of evidence.
fn progress(d: &mut Dossier, cap: Action, wage_project: Action) -> Result<()> {
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
        // Partly effective twice in a row: the plan needs a step up.
        (
            wage_project.id,
            "2026-10-15",
            "De tweede loonsverhoging is uitgesteld; de eigenaar wacht op andere afnemers. \
             De kloof met een leefbaar loon blijft groot.",
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
    Ok(())
}

/// Purchasing practices per supplier, and the relationship that ended.
fn practices(d: &mut Dossier, suppliers: &HashMap<&'static str, i64>) -> Result<()> {
    let supplier = |s: &str| suppliers.get(s).copied();
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
    let checks: Vec<PracticeCheck> = practices
        .into_iter()
        .filter_map(|(s, practice, applied, note)| {
            Some(PracticeCheck {
                supplier_id: supplier(s)?,
                practice,
                applied,
                note: (!note.is_empty()).then(|| note.to_string()),
            })
        })
        .collect();
    d.save_practices(&checks)?;
    agreement_checks(d, suppliers)?;
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
    Ok(())
}

/// The items of the first audit's corrective action plan, and the context log.
fn monitoring(d: &mut Dossier, audits: &[i64], items: &HashMap<String, i64>) -> Result<()> {
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

/// The yearly checks of the purchasing agreements (S4.1): better at Chittagong after the
/// framework contract, worse at Anadolu where sizes changed late in 2026.
fn agreement_checks(d: &mut Dossier, suppliers: &HashMap<&'static str, i64>) -> Result<()> {
    use Compliance::{Kept, NotKept, Partly};
    let checks = [
        (
            "chittagong",
            2025,
            Partly,
            Partly,
            Kept,
            "Twee facturen te laat betaald.",
        ),
        ("chittagong", 2026, Kept, Kept, Kept, ""),
        ("anadolu", 2025, Kept, Partly, Kept, ""),
        (
            "anadolu",
            2026,
            Kept,
            NotKept,
            Partly,
            "Maatwijzigingen na de orderbevestiging bij twee aanbestedingen; \
             gedragscode niet besproken tijdens het bezoek.",
        ),
        ("minho", 2026, Kept, Kept, Kept, ""),
        ("sialkot", 2026, Kept, Partly, Kept, "Eén spoedorder."),
    ];
    for (s, year, paid, orders, code, note) in checks {
        if let Some(&supplier_id) = suppliers.get(s) {
            d.save_agreement_check(
                &AgreementCheck {
                    supplier_id,
                    year,
                    paid_on_time: paid,
                    order_changes: orders,
                    code_followed_up: code,
                    note: (!note.is_empty()).then(|| note.to_string()),
                },
                None,
            )?;
        }
    }
    Ok(())
}
