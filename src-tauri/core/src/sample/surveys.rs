//! The sample's questionnaire rounds (B4): in 2025 six suppliers were asked and four
//! answered; in 2026 eight were asked. Chittagong had no grievance mechanism in 2025 and
//! has one in 2026; the atelier in Izmir reported home work it does not oversee, in both
//! years, which the company linked to the risk it recorded after its visit.

use std::collections::HashMap;

use crate::error::Result;
use crate::messages::Lang;
use crate::store::survey::Returned;
use crate::suggestions::SuggestionAnswer;
use crate::survey::language::language_or_fallback;
use crate::survey::{question, read_answer, SurveyAnswer, Value};
use crate::views::risk_suggestions::AnswerInput;
use crate::Dossier;

/// (question, answer as typed, explanation)
type Typed = (&'static str, &'static str, &'static str);

fn answers(year: i32, supplier_id: i64, lang: &str, typed: &[Typed]) -> Vec<SurveyAnswer> {
    let lang = language_or_fallback(lang);
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

/// One round of the sample: who was asked (Gent in Dutch, the others in English), who was
/// reminded, and who answered when with what.
struct Round<'a> {
    year: i32,
    started_on: &'a str,
    due_on: &'a str,
    asked: &'a [&'a str],
    reminded: (&'a [&'a str], &'a str),
    back: &'a [(&'a str, &'a str, &'a [Typed])],
}

fn hold(d: &mut Dossier, sid: &HashMap<&'static str, i64>, r: &Round<'_>) -> Result<()> {
    let id = |s: &str| sid.get(s).copied().unwrap_or(0);
    let lang = |s: &str| if s == "gent" { "nl" } else { "en" };
    let asked: Vec<(i64, String)> = r
        .asked
        .iter()
        .map(|s| (id(s), lang(s).to_string()))
        .collect();
    d.start_survey(r.year, r.due_on, r.started_on, &asked)?;
    let reminded: Vec<i64> = r.reminded.0.iter().map(|s| id(s)).collect();
    d.remind_survey(r.year, &reminded, r.reminded.1)?;
    let returned: Vec<Returned> = r
        .back
        .iter()
        .map(|(who, on, typed)| Returned {
            year: r.year,
            supplier_id: id(who),
            returned_on: (*on).to_string(),
            answers: answers(r.year, id(who), lang(who), typed),
        })
        .collect();
    d.store_returned(&returned)
}

/// The 2025 round, answered before the year was closed.
pub(super) fn round_2025(d: &mut Dossier, sid: &HashMap<&'static str, i64>) -> Result<()> {
    hold(
        d,
        sid,
        &Round {
            year: 2025,
            started_on: "2025-09-15",
            due_on: "2025-10-31",
            asked: &[
                "chittagong",
                "gazipur",
                "anadolu",
                "minho",
                "tiruppur",
                "gent",
            ],
            reminded: (&["gazipur", "tiruppur"], "2025-10-24"),
            back: &[
                ("chittagong", "2025-10-20", CHITTAGONG_2025),
                ("anadolu", "2025-10-28", ANADOLU_2025),
                ("minho", "2025-10-02", MINHO),
                ("gent", "2025-09-30", GENT),
            ],
        },
    )
}

/// The 2026 round, after 2025 was closed; the red flag of Izmir is linked to the risk
/// the company recorded after its visit.
pub(super) fn round_2026(d: &mut Dossier, sid: &HashMap<&'static str, i64>) -> Result<()> {
    hold(
        d,
        sid,
        &Round {
            year: 2026,
            started_on: "2026-09-01",
            due_on: "2026-10-15",
            asked: &[
                "chittagong",
                "gazipur",
                "anadolu",
                "minho",
                "tiruppur",
                "gent",
                "ningbo",
                "hanoi",
            ],
            reminded: (&["gazipur", "hanoi"], "2026-10-08"),
            back: &[
                ("chittagong", "2026-10-02", CHITTAGONG_2026),
                ("anadolu", "2026-10-12", ANADOLU_2026),
                ("minho", "2026-09-21", MINHO),
                ("gent", "2026-09-10", GENT),
            ],
        },
    )?;
    let id = |s: &str| sid.get(s).copied().unwrap_or(0);
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
