//! The sample's questionnaire rounds (B4): in 2025 six suppliers were asked and four
//! answered; in 2026 eight were asked. Chittagong had no grievance mechanism in 2025 and
//! has one in 2026; the atelier in Izmir reported home work it does not oversee, in both
//! years, which the company linked to the risk it recorded after its visit.

use std::collections::HashMap;

use crate::error::Result;
use crate::messages::Lang;
use crate::store::survey::Returned;
use crate::suggestions::SuggestionAnswer;
use crate::survey::{question, read_answer, SurveyAnswer, Value};
use crate::views::risk_suggestions::AnswerInput;
use crate::Dossier;

/// (question, answer as typed, explanation)
type Typed = (&'static str, &'static str, &'static str);

fn answers(year: i32, supplier_id: i64, lang: Lang, typed: &[Typed]) -> Vec<SurveyAnswer> {
    typed
        .iter()
        .filter_map(|(q, raw, note)| {
            let value = read_answer(question(q)?, raw, lang).ok().flatten();
            Some(SurveyAnswer {
                year,
                supplier_id,
                question: (*q).to_string(),
                value: value.as_ref().map(Value::to_text),
                raw: (*raw).to_string(),
                explanation: (!note.is_empty()).then(|| (*note).to_string()),
            })
        })
        .collect()
}

const CHITTAGONG_2025: &[Typed] = &[
    ("workers", "1,450", ""),
    ("temporary_share", "10%", ""),
    (
        "migrant_share",
        "35",
        "mostly from the north of the country",
    ),
    ("subcontracting", "no", ""),
    ("home_work", "no", ""),
    ("audit_scheme", "amfori BSCI", ""),
    ("last_audit", "14/03/2025", ""),
    ("discrimination_policy", "yes", ""),
    (
        "harassment_procedure",
        "partly",
        "a committee is being set up",
    ),
    ("women_supervisors", "8%", ""),
    ("age_check", "yes", ""),
    ("youngest_age", "18", ""),
    ("documents_held", "no", ""),
    ("recruitment_fees", "no", ""),
    ("free_to_leave", "yes", ""),
    ("worker_representation", "partly", "participation committee"),
    ("collective_agreement", "no", ""),
    ("lowest_wage", "12,500", "BDT"),
    ("minimum_wage", "12,500", "BDT, garment sector 2023"),
    ("paid_on_time", "yes", ""),
    ("weekly_hours", "66", "in the weeks before Eid"),
    ("safety_committee", "yes", ""),
    ("last_fire_drill", "02/2025", ""),
    ("grievance_mechanism", "no", ""),
    ("own_code_of_conduct", "no", ""),
];

const CHITTAGONG_2026: &[Typed] = &[
    ("workers", "1,500", ""),
    ("temporary_share", "8%", ""),
    ("subcontracting", "no", ""),
    ("home_work", "no", ""),
    ("audit_scheme", "amfori BSCI", ""),
    (
        "last_audit",
        "2026-08-20",
        "follow-up audit of the corrective plan",
    ),
    ("discrimination_policy", "yes", ""),
    ("harassment_procedure", "yes", "committee since March"),
    ("age_check", "yes", ""),
    ("youngest_age", "18", ""),
    ("documents_held", "no", ""),
    ("recruitment_fees", "no", ""),
    ("free_to_leave", "yes", ""),
    ("worker_representation", "yes", "elected in May"),
    ("lowest_wage", "12,800", "BDT"),
    ("minimum_wage", "12,500", "BDT"),
    ("paid_on_time", "yes", ""),
    ("weekly_hours", "60", ""),
    ("safety_committee", "yes", ""),
    ("last_fire_drill", "12/08/2026", ""),
    ("grievance_mechanism", "yes", "a box and a phone line"),
    (
        "grievance_anonymous",
        "partly",
        "the phone line is anonymous",
    ),
    ("grievances_received", "14", ""),
    ("own_code_of_conduct", "yes", ""),
];

const ANADOLU_2025: &[Typed] = &[
    ("workers", "220", ""),
    ("subcontracting", "yes", "embroidery"),
    ("home_work", "yes", "embroidery in the busy season"),
    ("home_work_oversight", "no", "the embroiderer arranges it"),
    ("age_check", "yes", ""),
    ("youngest_age", "19", ""),
    ("documents_held", "no", ""),
    ("free_to_leave", "yes", ""),
    ("lowest_wage", "22,104", "TRY net"),
    ("minimum_wage", "22,104", "TRY net, 2025"),
    ("weekly_hours", "55", ""),
    ("grievance_mechanism", "yes", ""),
    ("grievance_anonymous", "no", ""),
];

const ANADOLU_2026: &[Typed] = &[
    ("workers", "230", ""),
    ("subcontracting", "yes", "embroidery"),
    ("home_work", "yes", ""),
    (
        "home_work_oversight",
        "partly",
        "we now have a list of the women, not of their pay",
    ),
    ("age_check", "yes", ""),
    ("youngest_age", "19", ""),
    ("documents_held", "no", ""),
    ("free_to_leave", "yes", ""),
    ("weekly_hours", "52", ""),
    ("grievance_mechanism", "yes", ""),
    ("grievance_anonymous", "yes", ""),
];

const MINHO: &[Typed] = &[
    ("workers", "85", ""),
    ("subcontracting", "não", "nee, in het Portugees"),
    ("home_work", "no", ""),
    ("certifications", "OEKO-TEX Standard 100 tot 2027", ""),
    ("age_check", "yes", ""),
    ("youngest_age", "20", ""),
    ("documents_held", "no", ""),
    ("recruitment_fees", "no", ""),
    ("free_to_leave", "yes", ""),
    ("worker_representation", "yes", ""),
    ("collective_agreement", "yes", ""),
    ("paid_on_time", "yes", ""),
    ("weekly_hours", "40", ""),
    ("energy_measured", "yes", ""),
    ("renewable_share", "0.4", ""),
    ("grievance_mechanism", "yes", ""),
];

const GENT: &[Typed] = &[
    ("workers", "35", ""),
    ("subcontracting", "nee", ""),
    ("home_work", "nee", ""),
    ("age_check", "ja", ""),
    ("documents_held", "nee", ""),
    ("free_to_leave", "ja", ""),
    ("worker_representation", "ja", "vakbondsafvaardiging"),
    ("collective_agreement", "ja", "PC 120"),
    ("chemicals_list", "ja", "ZDHC MRSL"),
    ("wastewater_treated", "ja", ""),
    ("energy_measured", "ja", ""),
    ("grievance_mechanism", "ja", ""),
];

/// The 2025 round, answered before the year was closed.
pub(super) fn round_2025(d: &mut Dossier, sid: &HashMap<&'static str, i64>) -> Result<()> {
    let id = |s: &str| sid.get(s).copied().unwrap_or(0);
    let asked = [
        (id("chittagong"), Lang::En),
        (id("gazipur"), Lang::En),
        (id("anadolu"), Lang::En),
        (id("minho"), Lang::En),
        (id("tiruppur"), Lang::En),
        (id("gent"), Lang::Nl),
    ];
    d.start_survey(2025, "2025-10-31", "2025-09-15", &asked)?;
    d.remind_survey(2025, &[id("gazipur"), id("tiruppur")], "2025-10-24")?;
    let back = [
        ("chittagong", "2025-10-20", Lang::En, CHITTAGONG_2025),
        ("anadolu", "2025-10-28", Lang::En, ANADOLU_2025),
        ("minho", "2025-10-02", Lang::En, MINHO),
        ("gent", "2025-09-30", Lang::Nl, GENT),
    ];
    store(d, 2025, &back, &id)
}

/// The 2026 round, after 2025 was closed; the red flag of Izmir is linked to the risk
/// the company recorded after its visit.
pub(super) fn round_2026(d: &mut Dossier, sid: &HashMap<&'static str, i64>) -> Result<()> {
    let id = |s: &str| sid.get(s).copied().unwrap_or(0);
    let asked = [
        (id("chittagong"), Lang::En),
        (id("gazipur"), Lang::En),
        (id("anadolu"), Lang::En),
        (id("minho"), Lang::En),
        (id("tiruppur"), Lang::En),
        (id("gent"), Lang::Nl),
        (id("ningbo"), Lang::En),
        (id("hanoi"), Lang::En),
    ];
    d.start_survey(2026, "2026-10-15", "2026-09-01", &asked)?;
    d.remind_survey(2026, &[id("gazipur"), id("hanoi")], "2026-10-08")?;
    let back = [
        ("chittagong", "2026-10-02", Lang::En, CHITTAGONG_2026),
        ("anadolu", "2026-10-12", Lang::En, ANADOLU_2026),
        ("minho", "2026-09-21", Lang::En, MINHO),
        ("gent", "2026-09-10", Lang::Nl, GENT),
    ];
    store(d, 2026, &back, &id)?;
    let izmir = d
        .risk_titles()?
        .into_iter()
        .find(|r| r.title == "Thuiswerk zonder contract bij een borduurder in Izmir")
        .map(|r| r.id);
    d.answer_suggestion(
        &AnswerInput {
            key: format!("survey:{}:home_work_unsupervised", id("anadolu")),
            answer: SuggestionAnswer::Accepted,
            reason: "Dit is het thuiswerk bij de borduurder dat we in september zagen; het \
                     staat al in het register."
                .into(),
            existing_risk: izmir,
        },
        "2026-10-14",
        Lang::Nl,
    )?;
    Ok(())
}

fn store(
    d: &mut Dossier,
    year: i32,
    back: &[(&str, &str, Lang, &[Typed])],
    id: &dyn Fn(&str) -> i64,
) -> Result<()> {
    let returned: Vec<Returned> = back
        .iter()
        .map(|(who, on, lang, typed)| Returned {
            year,
            supplier_id: id(who),
            returned_on: (*on).to_string(),
            answers: answers(year, id(who), *lang, typed),
        })
        .collect();
    d.store_returned(&returned)
}
