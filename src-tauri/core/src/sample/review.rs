//! The sample's look back on its years, a sensitivity mark, and the closing of 2025:
//! its reports come from content frozen on 20 January 2026.

use std::collections::HashMap;

use crate::error::Result;
use crate::maturity::Assessment;
use crate::model::year::YearReview;
use crate::Dossier;

/// When the sample closed 2025.
pub const CLOSED_2025: &str = "2026-01-20T09:00:00Z";

pub(super) fn reviews_and_closing(d: &mut Dossier, risk_ids: &HashMap<String, i64>) -> Result<()> {
    // Naming the atelier where the harassment was reported could put the women who
    // spoke up at risk, so the risk stays out of public reports.
    if let Some(id) = risk_ids.get("Intimidatie van naaisters") {
        let mut r = d.risk(*id)?;
        r.sensitive = true;
        d.save_risk(&r)?;
    }
    d.save_year_review(&YearReview {
        year: 2025,
        dilemmas: Some(
            "Bij het atelier in Chittagong kwamen ernstige gebreken in de brandveiligheid \
             aan het licht. Vertrekken zou de mensen daar hun werk kosten; blijven maakt ons \
             medeverantwoordelijk voor het tempo van de verbeteringen. We zijn gebleven en \
             hebben een verbeterplan met vaste data afgesproken.\n\n\
             Hogere inkoopprijzen die een leefbaar loon mogelijk maken, maken onze \
             werkbroeken duurder dan die van concurrenten. We leggen klanten uit waarom en \
             zoeken samenwerking in de branche."
                .into(),
        ),
        not_worked: Some(
            "Twee directe leveranciers hebben de gedragscode na drie herinneringen nog niet \
             getekend. Een brief alleen werkt niet: in 2026 bespreken we de code tijdens het \
             eerstvolgende bezoek.\n\n\
             Over de spinnerijen in India weten we nog te weinig; waar een deel van ons \
             katoen vandaan komt, is onbekend."
                .into(),
        ),
        next_year: Some(
            "We brengen de keten van de werkjassen verder in kaart, tot aan de weverij. Het \
             verbeterplan in Chittagong moet eind augustus 2026 af zijn; een tweede audit \
             gaat dat na. We sluiten aan bij een sectorinitiatief voor leefbaar loon."
                .into(),
        ),
    })?;
    d.save_year_review(&YearReview {
        year: 2026,
        dilemmas: None,
        not_worked: None,
        // A draft with a firm promise, which the claims check points out.
        next_year: Some("Ons katoen is in 2027 volledig traceerbaar tot de spinnerij.".into()),
    })?;
    // Before closing, the company judged how far it got in 2025: it confirmed the
    // suggestions, except for step 2, where it knows the suggestion is too kind.
    judge_maturity(
        d,
        2025,
        "2026-01-15",
        &[1, 2, 3, 4, 5, 6],
        Some((
            2,
            "Over de spinnerijen in India en waar ons katoen vandaan komt weten we nog te \
             weinig om dit niveau waar te maken.",
        )),
    )?;
    d.close_year(2025, CLOSED_2025)?;
    what_changed_in_2026(d, risk_ids)?;
    // 2026 is still open: the first three steps are judged, the rest only suggested.
    judge_maturity(d, 2026, "2026-11-30", &[1, 2, 3], None)
}

/// Keeps the maturity judgement of `steps` in `year`: the suggested level confirmed, or
/// for the step in `lower` one level below the suggestion, with the reason.
fn judge_maturity(
    d: &mut Dossier,
    year: i32,
    on: &str,
    steps: &[u8],
    lower: Option<(u8, &str)>,
) -> Result<()> {
    let now = format!("{on}T12:00:00Z");
    let view = crate::report::maturity_of(d, year, &now)?;
    let list: Vec<Assessment> = view
        .lines
        .iter()
        .map(|l| &l.suggestion)
        .filter(|s| steps.contains(&s.step))
        .map(|s| {
            let (level, reason) = match lower {
                Some((step, why)) if step == s.step && s.level > 1 => {
                    (s.level - 1, Some(why.to_string()))
                }
                _ => (s.level, None),
            };
            Assessment {
                year,
                step: s.step,
                level,
                suggested: s.level,
                reason,
                assessed_on: on.into(),
            }
        })
        .collect();
    crate::report::judge_maturity(d, &list, &now)?;
    Ok(())
}

/// After 2025 was closed: what the company learned and did in 2026, so that the two
/// years can be compared (B2). A new risk came to light at the embroiderer in Izmir,
/// which made work without permits in the subcontracting ateliers there more likely,
/// and the company joined the safety accord.
fn what_changed_in_2026(d: &mut Dossier, risk_ids: &HashMap<String, i64>) -> Result<()> {
    use crate::model::action::{ActionStatus, Effectiveness};
    use crate::model::risk::{AffectedGroup, Location, Theme};
    use crate::model::{ActionUpdate, Risk};
    d.save_risk(&Risk {
        description: Some(
            "Bij een bezoek in september bleek dat de borduurder in Izmir werk uitbesteedt \
             aan vrouwen die thuis werken, zonder contract en per stuk betaald."
                .into(),
        ),
        country: Some("TR".into()),
        item: Some("Jassen".into()),
        affected_groups: vec![AffectedGroup::Women, AffectedGroup::Workers],
        ..Risk::new(
            "Thuiswerk zonder contract bij een borduurder in Izmir",
            Theme::LivingWage,
            Location::Supplier,
        )
    })?;
    if let Some(id) =
        risk_ids.get("Vluchtelingen zonder werkvergunning in onderaannemende ateliers")
    {
        let mut r = d.risk(*id)?;
        if let Some(a) = r.assessment.as_mut() {
            a.likelihood = (a.likelihood + 1).min(5);
        }
        d.save_risk(&r)?;
    }
    let accord = d
        .actions()?
        .into_iter()
        .find(|a| a.title == "Aansluiten bij het internationale veiligheidsakkoord");
    if let Some(mut a) = accord {
        a.status = ActionStatus::Done;
        let a = d.save_action(&a)?;
        d.save_action_update(&ActionUpdate {
            id: 0,
            action_id: a.id,
            written_on: "2026-11-20".into(),
            progress: "Aangesloten; de eerste inspectie van de ateliers is gepland.".into(),
            effectiveness: Effectiveness::NotJudged,
        })?;
    }
    Ok(())
}
