//! The sample's stakeholders and what it did with their input; one engagement still
//! waits for a follow-up.

use std::collections::HashMap;

use crate::error::Result;
use crate::model::stakeholder::{Influence, StakeholderKind as K};
use crate::model::{Engagement, Stakeholder};
use crate::Dossier;

pub(super) fn stakeholders(d: &mut Dossier, risk_ids: &HashMap<String, i64>) -> Result<()> {
    let mut add = |name: &str, kind, interest: &str, influence, vulnerable, sensitive| {
        d.save_stakeholder(&Stakeholder {
            id: 0,
            name: name.into(),
            kind,
            interest: Some(interest.into()),
            influence: Some(influence),
            contact: None,
            vulnerable,
            sensitive,
        })
        .map(|s| s.id)
    };
    let union = add(
        "Textielvakbond in Bangladesh (via de brancheorganisatie)",
        K::Union,
        "Veilig werk en vrije vakbonden in de confectie",
        Influence::Medium,
        true,
        false,
    )?;
    let ngo = add(
        "Stichting Eerlijke Katoen",
        K::Ngo,
        "Kinderarbeid en gifgebruik in de katoenteelt",
        Influence::Medium,
        true,
        false,
    )?;
    let council = add(
        "Ondernemingsraad",
        K::WorksCouncil,
        "Wat het beleid vraagt van inkoop en verkoop",
        Influence::High,
        false,
        false,
    )?;
    // Naming the workers' committee could put its members at risk.
    let committee = add(
        "Werknemerscomité van het atelier in Chittagong",
        K::Other,
        "Brandveiligheid en overuren in het atelier",
        Influence::Low,
        true,
        true,
    )?;
    let action = d
        .actions()?
        .into_iter()
        .find(|a| a.title.starts_with("Corrigerend actieplan"))
        .map(|a| a.id);
    let risk = |t: &str| risk_ids.get(t).copied();
    let log = [
        Engagement {
            id: 0,
            stakeholder_id: ngo,
            held_on: "2025-04-10".into(),
            step: 2,
            about: "Risico's in de katoenketen".into(),
            risk_id: risk("Kinderarbeid in de katoenteelt"),
            action_id: None,
            said: Some(
                "Bij de pluk in Gujarat werken kinderen mee; certificaten dekken de \
                 spinnerij, niet de akkers."
                    .into(),
            ),
            follow_up: Some(
                "Risico hoger ingeschat en een traceerproject tot de spinnerij gepland.".into(),
            ),
            followed_up_on: Some("2025-05-02".into()),
        },
        Engagement {
            id: 0,
            stakeholder_id: union,
            held_on: "2025-09-18".into(),
            step: 2,
            about: "Brandveiligheid in de ateliers in Chittagong".into(),
            risk_id: risk("Brand- en instortingsgevaar in confectieateliers"),
            action_id: None,
            said: Some(
                "Nooduitgangen zijn in meerdere ateliers afgesloten tijdens de nachtploeg.".into(),
            ),
            follow_up: Some(
                "Een onaangekondigde audit laten doen; verbeterplan volgt daaruit.".into(),
            ),
            followed_up_on: Some("2025-10-01".into()),
        },
        Engagement {
            id: 0,
            stakeholder_id: committee,
            held_on: "2026-02-12".into(),
            step: 3,
            about: "Het verbeterplan brandveiligheid".into(),
            risk_id: risk("Brand- en instortingsgevaar in confectieateliers"),
            action_id: action,
            said: Some("Eerst de nooduitgangen en de brandtrap; de training kan later.".into()),
            follow_up: Some("Volgorde van het verbeterplan aangepast.".into()),
            followed_up_on: Some("2026-02-20".into()),
        },
        Engagement {
            id: 0,
            stakeholder_id: council,
            held_on: "2026-10-06".into(),
            step: 1,
            about: "Herziening van het beleid".into(),
            risk_id: None,
            action_id: None,
            said: Some("Neem op hoe verkoop omgaat met spoedorders van klanten.".into()),
            follow_up: None,
            followed_up_on: None,
        },
    ];
    for e in &log {
        d.save_engagement(e)?;
    }
    Ok(())
}
