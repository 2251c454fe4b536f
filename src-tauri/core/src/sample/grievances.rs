//! The sample's communication log, its grievance mechanism with four grievances (one
//! past its decision deadline) and the remedies for its actual impacts.

use std::collections::HashMap;

use crate::error::Result;
use crate::model::communication::{Channel, SharedReport};
use crate::model::grievance::{
    Criterion as C, CriterionAssessment as A, CriterionCheck, GrievanceChannel, GrievanceDecision,
    RemedyForm, RemedyStatus, Reporter,
};
use crate::model::policy::Audience;
use crate::model::risk::Theme;
use crate::model::{CommunicationEntry, Grievance, GrievanceMechanism, Remedy};
use crate::remediation::RemedyRole;
use crate::Dossier;

pub(super) fn communication(d: &mut Dossier) -> Result<()> {
    let entries = [
        (
            "2026-01-28",
            Audience::Internal,
            "Alle medewerkers",
            Channel::Intranet,
            "De resultaten over 2025 en de prioriteiten voor 2026, met de plannen per afdeling.",
            Some((SharedReport::Yearly, 2025)),
            false,
        ),
        (
            "2026-02-16",
            Audience::External,
            "Klanten, opdrachtgevers en andere belangstellenden",
            Channel::Website,
            "Het openbare verslag over 2025 staat op onze website, met de risico's die we \
             voorrang geven en wat nog niet lukte.",
            Some((SharedReport::Communication, 2025)),
            false,
        ),
        (
            "2026-03-12",
            Audience::External,
            "Brancheorganisatie en andere kledingbedrijven",
            Channel::Meeting,
            "Onze ervaringen met hogere inkoopprijzen voor een leefbaar loon gedeeld, en \
             gevraagd om samen op te trekken bij gedeelde leveranciers.",
            None,
            false,
        ),
        (
            "2026-04-14",
            Audience::Internal,
            "Ondernemingsraad",
            Channel::Meeting,
            "Stand van het onderzoek naar intimidatie in het atelier en hoe we de melders \
             beschermen.",
            None,
            true,
        ),
    ];
    for (held_on, audience, recipients, channel, content, report, sensitive) in entries {
        d.save_communication_entry(&CommunicationEntry {
            id: 0,
            held_on: held_on.into(),
            audience,
            recipients: recipients.into(),
            channel,
            content: content.into(),
            report_kind: report.map(|r| r.0),
            report_year: report.map(|r| r.1),
            sensitive,
        })?;
    }
    Ok(())
}

pub(super) fn grievances(
    d: &mut Dossier,
    risk_ids: &HashMap<String, i64>,
    supplier_ids: &HashMap<&'static str, i64>,
) -> Result<()> {
    mechanism(d)?;
    let wages = received(d, risk_ids, supplier_ids)?;
    remedies(d, risk_ids, wages)
}

/// The grievance mechanism, judged against the criteria of an effective one.
fn mechanism(d: &mut Dossier) -> Result<()> {
    let check = |criterion, assessment, explanation: &str| CriterionCheck {
        criterion,
        assessment,
        explanation: Some(explanation.into()),
    };
    d.save_grievance_mechanism(&GrievanceMechanism {
        description: Some(
            "Iedereen in onze keten kan een klacht indienen: anoniem via de meldlijn van de \
             brancheorganisatie (in het Bengaals, Turks en Engels), of vertrouwelijk per \
             e-mail aan onze vertrouwenspersoon. Klachten over een leverancier laten we \
             onderzoeken door een onderzoeker van de brancheorganisatie die niet bij ons in \
             dienst is. Binnen een week bevestigen we de ontvangst, binnen twee maanden \
             volgt een besluit."
                .into(),
        ),
        acknowledge_days: 7,
        decide_days: 60,
        criteria: vec![
            check(
                C::Known,
                A::Partly,
                "Posters in de ateliers in Bangladesh en Turkije; in Portugal nog niet.",
            ),
            check(
                C::Accessible,
                A::Met,
                "Gratis meldlijn in drie talen, ook per sms.",
            ),
            check(
                C::Confidential,
                A::Met,
                "Alleen de vertrouwenspersoon ziet wie meldt.",
            ),
            check(
                C::Trusted,
                A::Partly,
                "De vakbond in Bangladesh beveelt de meldlijn aan; elders is die nog onbekend.",
            ),
            check(
                C::ProtectsReporters,
                A::Met,
                "Leveranciers tekenen dat zij melders niet benadelen; de onderzoeker gaat na \
                 of dat gebeurt.",
            ),
            check(
                C::RecordsAll,
                A::Met,
                "Elke klacht komt in dit register, ook als die niet gegrond blijkt.",
            ),
            check(
                C::TransparentProcedure,
                A::Partly,
                "Termijnen staan op de poster; de uitleg van de stappen nog niet.",
            ),
            check(
                C::Equitable,
                A::Partly,
                "Melders kunnen gratis advies krijgen van de vakbond in Bangladesh; in Turkije \
                 is er nog geen adviespunt.",
            ),
            check(
                C::EngagementDialogue,
                A::NotMet,
                "De meldlijn is opgezet zonder de werknemers te vragen wat zij nodig hebben; \
                 een gesprek met de vakbond staat gepland.",
            ),
        ],
    })?;
    Ok(())
}

/// The four grievances (one past its decision deadline); returns the one about wages,
/// which a remedy answers.
fn received(
    d: &mut Dossier,
    risk_ids: &HashMap<String, i64>,
    supplier_ids: &HashMap<&'static str, i64>,
) -> Result<Grievance> {
    let risk = |title: &str| risk_ids.get(title).copied();
    let supplier = |short: &str| supplier_ids.get(short).copied();
    let wages = d.save_grievance(&Grievance {
        reporter: Reporter::Confidential,
        reporter_contact: Some("Via de vakbond, contactpersoon bekend bij de onderzoeker".into()),
        theme: Some(Theme::LivingWage),
        supplier_id: supplier("gazipur"),
        risk_id: risk("Lonen onder het leefbaar loon"),
        country: Some("BD".into()),
        assessed_by: Some("Onderzoeker van de brancheorganisatie".into()),
        assessment: Some(
            "Loonstroken van september laten zien dat overuren tegen het gewone uurloon zijn \
             betaald."
                .into(),
        ),
        acknowledged_on: Some("2025-10-08".into()),
        assessment_started_on: Some("2025-10-15".into()),
        decided_on: Some("2025-11-28".into()),
        decision: Some(GrievanceDecision::Upheld),
        closed_on: Some("2025-12-12".into()),
        resolved: Some(true),
        outcome: Some("Gegrond: de toeslag voor overuren is niet betaald.".into()),
        remedy: Some("De fabriek heeft de toeslag aan 41 naaisters nabetaald.".into()),
        lessons: Some(
            "We laten loonstroken voortaan elk kwartaal steekproefsgewijs controleren.".into(),
        ),
        ..Grievance::new(
            "2025-10-06",
            GrievanceChannel::IndustryMechanism,
            "Overuren in september zijn zonder toeslag uitbetaald.",
        )
    })?;
    d.save_grievance(&Grievance {
        theme: Some(Theme::DiscriminationGender),
        supplier_id: supplier("chittagong"),
        risk_id: risk("Intimidatie van naaisters"),
        country: Some("BD".into()),
        assessed_by: Some("Onafhankelijk onderzoeksbureau in Dhaka".into()),
        assessment: Some("Meerdere naaisters bevestigen het gedrag van een chef.".into()),
        acknowledged_on: Some("2026-02-23".into()),
        assessment_started_on: Some("2026-03-02".into()),
        decided_on: Some("2026-04-10".into()),
        decision: Some(GrievanceDecision::Upheld),
        outcome: Some(
            "Gegrond: de chef is overgeplaatst en het atelier krijgt een vrouwencomité.".into(),
        ),
        remedy: Some("Begeleiding voor de naaisters door een lokale vrouwenorganisatie.".into()),
        ..Grievance::new(
            "2026-02-20",
            GrievanceChannel::Hotline,
            "Een chef op de naaiafdeling intimideert naaisters die overwerk weigeren.",
        )
    })?;
    d.save_grievance(&Grievance {
        reporter: Reporter::Confidential,
        reporter_contact: Some("Magazijnmedewerker, bekend bij de vertrouwenspersoon".into()),
        theme: Some(Theme::HealthSafety),
        risk_id: risk("Tillen en reiken in ons eigen magazijn"),
        country: Some("NL".into()),
        assessed_by: Some("Externe arbodeskundige".into()),
        acknowledged_on: Some("2026-06-04".into()),
        assessment_started_on: Some("2026-06-10".into()),
        decided_on: Some("2026-07-01".into()),
        decision: Some(GrievanceDecision::NotUpheld),
        closed_on: Some("2026-07-15".into()),
        resolved: Some(true),
        outcome: Some(
            "Niet gegrond: de nieuwe tilhulpen staan er en worden gebruikt; wel extra \
             instructie gegeven."
                .into(),
        ),
        lessons: Some("Instructie herhalen bij elke nieuwe uitzendkracht.".into()),
        ..Grievance::new(
            "2026-06-03",
            GrievanceChannel::Email,
            "De tilhulpen in het magazijn zouden niet gebruikt mogen worden in de piek.",
        )
    })?;
    // Still under assessment after the decision deadline: the dashboard shows it.
    d.save_grievance(&Grievance {
        theme: Some(Theme::FreedomOfAssociation),
        supplier_id: supplier("anadolu"),
        country: Some("TR".into()),
        assessed_by: Some("Onderzoeker van de brancheorganisatie".into()),
        acknowledged_on: Some("2026-09-18".into()),
        assessment_started_on: Some("2026-09-25".into()),
        ..Grievance::new(
            "2026-09-14",
            GrievanceChannel::NgoUnion,
            "Twee naaisters zijn ontslagen kort nadat zij lid werden van de vakbond.",
        )
    })?;
    Ok(wages)
}

/// The remedies for the actual impacts.
fn remedies(d: &mut Dossier, risk_ids: &HashMap<String, i64>, wages: Grievance) -> Result<()> {
    let risk = |title: &str| risk_ids.get(title).copied();
    let remedies = [
        (
            "Lonen onder het leefbaar loon",
            Some(wages.id),
            RemedyForm::Compensation,
            "Ons deel van de nabetaling, naar de helft van de productie die de fabriek \
             voor ons maakt.",
            RemedyRole::ShareOfRemedy,
            "Vertegenwoordigers van de naaisters via de vakbond",
            RemedyStatus::Provided,
            Some("2025-11-28"),
            Some("2025-12-10"),
        ),
        (
            "Excessief overwerk in piekperiodes",
            None,
            RemedyForm::NonRepetition,
            "Vaste bestelmomenten en geen late wijzigingen meer in maten en aantallen.",
            RemedyRole::ShareOfRemedy,
            "Werknemerscomité van het atelier",
            RemedyStatus::InProgress,
            Some("2026-03-01"),
            None,
        ),
        (
            "Tillen en reiken in ons eigen magazijn",
            None,
            RemedyForm::Rehabilitation,
            "Fysiotherapie en tijdelijk aangepast werk voor twee medewerkers met \
             rugklachten.",
            RemedyRole::ProvideFull,
            "De twee medewerkers en de ondernemingsraad",
            RemedyStatus::Provided,
            Some("2026-02-01"),
            Some("2026-05-15"),
        ),
    ];
    for (title, grievance_id, form, description, role, consulted, status, started, done) in remedies
    {
        let Some(risk_id) = risk(title) else { continue };
        d.save_remedy(&Remedy {
            id: 0,
            risk_id,
            grievance_id,
            form,
            description: description.into(),
            role,
            role_reason: None,
            consulted: Some(consulted.into()),
            status,
            started_on: started.map(Into::into),
            completed_on: done.map(Into::into),
        })?;
    }
    Ok(())
}
