//! The risks that the reference data suggest for the mapped chains (S2.5), each with the
//! user's answer, in words of the user's language; answering one, which on accepting
//! writes a new risk from the suggestion's facts.

use crate::model::limits;
use rusqlite::OptionalExtension;

use crate::error::{Error, Result};
use crate::messages::{Lang, Messages};
use crate::model::risk::InformationSource;
use crate::model::Risk;
use crate::reference::{countries, sources, Fact};
use crate::store::suggestion::{load_decisions, write_decision};
use crate::suggestions::{
    suggest_with, Suggestion, SuggestionAnswer, SuggestionDecision, SuggestionKind, SupplierFlag,
};
use crate::Dossier;

/// The user's answer to one suggestion, as the UI sends it.
#[derive(Debug, Clone, serde::Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    pub key: String,
    pub answer: SuggestionAnswer,
    pub reason: String,
    /// On accepting: a risk already in the register that covers the suggestion.
    #[ts(type = "number | null")]
    pub existing_risk: Option<i64>,
}

/// A country's name in `lang`, or the code itself.
fn country_name(code: &str, lang: Lang) -> String {
    countries::by_alpha2(code)
        .map(|c| match lang {
            Lang::Nl => c.name_nl.clone(),
            Lang::En => c.name_en.clone(),
        })
        .unwrap_or_else(|| code.to_string())
}

/// A fact as a sentence in `m`'s language, ending with its source and year.
/// "4.6", "-12.25": a number with a decimal point, as the sources write them.
fn is_decimal(x: &str) -> bool {
    let digits = x.strip_prefix('-').unwrap_or(x);
    digits.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
    })
}

pub fn fact_text(m: &Messages, lang: Lang, f: &Fact) -> String {
    let params: Vec<(&str, String)> = f
        .params
        .iter()
        .filter(|(k, _)| !k.ends_with("_nl"))
        .map(|(k, v)| {
            // A value the core also gives in Dutch (`good_nl` beside `good`) is written so.
            let nl = match lang {
                Lang::Nl => f.params.get(&format!("{k}_nl")),
                Lang::En => None,
            };
            let v = nl.unwrap_or(v);
            // The sources answer some questions with an English "Yes" or "No".
            let v = match (k.as_str(), v.as_str()) {
                ("country", _) => country_name(v, lang),
                (_, "Yes") => m.get("common.yes", &[]),
                (_, "No") => m.get("common.no", &[]),
                (_, "" | "N/A" | "Unknown") => m.get("common.unknown", &[]),
                // A decimal as the language writes it: 4,6 in Dutch.
                (_, x) if lang == Lang::Nl && is_decimal(x) => x.replace('.', ","),
                _ => v.clone(),
            };
            (k.as_str(), v)
        })
        .collect();
    let own = format!("fact.source.{}", f.source);
    let publisher = sources()
        .into_iter()
        .find(|s| s.id == f.source)
        .map(|s| s.publisher)
        .unwrap_or_else(|| {
            if m.has(&own) {
                m.get(&own, &[])
            } else {
                f.source.clone()
            }
        });
    format!(
        "{} ({publisher}, {})",
        m.get(&format!("fact.{}", f.code), &params),
        f.year
    )
}

/// The title of a suggestion in `lang`.
pub fn suggestion_title(m: &Messages, lang: Lang, s: &Suggestion) -> String {
    let kind = match s.kind {
        SuggestionKind::GoodChildLabour => "good_child_labour",
        SuggestionKind::GoodForcedLabour => "good_forced_labour",
        SuggestionKind::Commodity => "commodity",
        SuggestionKind::Country => "country",
        SuggestionKind::Sector => "sector",
        SuggestionKind::Questionnaire => "questionnaire",
    };
    let subject = match lang {
        Lang::Nl => s.subject_nl.as_ref().or(s.subject.as_ref()),
        Lang::En => s.subject.as_ref(),
    }
    .cloned()
    .unwrap_or_default();
    m.get(
        &format!("suggestion.title.{kind}"),
        &[
            ("subject", subject),
            (
                "country",
                s.country
                    .as_deref()
                    .map(|c| country_name(c, lang))
                    .unwrap_or_default(),
            ),
        ],
    )
}

impl Dossier {
    /// Suggested risks for the mapped chains, with the user's answers.
    pub fn suggestions(&self) -> Result<Vec<Suggestion>> {
        self.suggestions_for(&self.purchased_items()?, &self.suppliers()?)
    }

    /// The suggestions for chains and suppliers the caller has already loaded.
    pub(crate) fn suggestions_for(
        &self,
        items: &[crate::model::PurchasedItem],
        suppliers: &[crate::model::Supplier],
    ) -> Result<Vec<Suggestion>> {
        Ok(suggest_with(
            items,
            suppliers,
            &self.company()?.sectors,
            &self.questionnaire_flags(suppliers)?,
            &load_decisions(self.conn())?,
        ))
    }

    /// The red flags of the latest questionnaire each supplier returned.
    fn questionnaire_flags(
        &self,
        suppliers: &[crate::model::Supplier],
    ) -> Result<Vec<SupplierFlag>> {
        let answers = self.survey_answers(None)?;
        if answers.is_empty() {
            return Ok(Vec::new());
        }
        let mut latest: std::collections::BTreeMap<i64, i32> = std::collections::BTreeMap::new();
        for r in self.survey_rounds()? {
            for q in self.survey_requests(r.year)? {
                if q.returned_on.is_some() {
                    latest.insert(q.supplier_id, r.year);
                }
            }
        }
        let mut out = Vec::new();
        for (supplier_id, year) in latest {
            let Some(s) = suppliers.iter().find(|s| s.id == supplier_id) else {
                continue;
            };
            let mine: Vec<&crate::survey::SurveyAnswer> = answers
                .iter()
                .filter(|a| a.year == year && a.supplier_id == supplier_id)
                .collect();
            let values = mine
                .iter()
                .filter_map(|a| Some((a.question.clone(), a.value()?)))
                .collect();
            for flag in crate::survey::red_flags(&values) {
                // Every question of the flag, "–" where it was not answered.
                let raw = flag
                    .questions
                    .iter()
                    .map(|q| {
                        let typed = mine
                            .iter()
                            .find(|a| &a.question == q)
                            .map(|a| a.raw.clone())
                            .filter(|r| !r.is_empty());
                        (q.clone(), typed.unwrap_or_else(|| "–".into()))
                    })
                    .collect();
                out.push(SupplierFlag {
                    supplier_id,
                    supplier: s.name.clone(),
                    country: s.country.clone(),
                    year,
                    flag,
                    answers: raw,
                });
            }
        }
        Ok(out)
    }

    /// Records an answer to a suggestion. Accepting links the suggestion to the risk
    /// named in `existing_risk`, or else adds a risk written in `lang` that the user then
    /// assesses; the risk's id is returned.
    pub fn answer_suggestion(
        &mut self,
        input: &AnswerInput,
        today: &str,
        lang: Lang,
    ) -> Result<Option<i64>> {
        Ok(self
            .answer_suggestions(std::slice::from_ref(input), today, lang)?
            .into_iter()
            .next()
            .flatten())
    }

    /// Records answers to several suggestions at once, all of them or, when one is
    /// refused, none; each accepted one's risk id is returned in the order given.
    pub fn answer_suggestions(
        &mut self,
        inputs: &[AnswerInput],
        today: &str,
        lang: Lang,
    ) -> Result<Vec<Option<i64>>> {
        if inputs.len() > MAX_ANSWERS_AT_ONCE {
            return Err(Error::Invalid {
                field: "suggestion.answers".into(),
                value: inputs.len().to_string(),
            });
        }
        let all = self.suggestions()?;
        let tx = self.conn_mut().transaction()?;
        let mut out = Vec::with_capacity(inputs.len());
        for input in inputs {
            out.push(answer_in(&tx, &all, input, today, lang)?);
        }
        tx.commit()?;
        Ok(out)
    }
}

/// The most answers one call takes: more than the explorer shows for any real chain.
pub const MAX_ANSWERS_AT_ONCE: usize = 10_000;

/// One answer, inside the caller's transaction.
fn answer_in(
    tx: &rusqlite::Transaction<'_>,
    all: &[Suggestion],
    input: &AnswerInput,
    today: &str,
    lang: Lang,
) -> Result<Option<i64>> {
    let (key, answer) = (input.key.as_str(), input.answer);
    let reason = limits::SUGGESTION_REASON.required(&input.reason)?;
    if let Some(id) = input.existing_risk {
        crate::store::require(tx, "risk", id)?;
    }
    let s = all
        .iter()
        .find(|s| s.key == key)
        .ok_or_else(|| Error::Invalid {
            field: "suggestion.key".into(),
            value: key.to_string(),
        })?;
    let risk_id = match answer {
        SuggestionAnswer::Dismissed => None,
        SuggestionAnswer::Accepted => {
            let existing: Option<Option<i64>> = tx
                .query_row(
                    "SELECT risk_id FROM suggestion_decision WHERE key = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?;
            match input.existing_risk.or(existing.flatten()) {
                Some(id) => Some(id),
                None => {
                    let m = Messages::new(lang);
                    let description = s
                        .facts
                        .iter()
                        .map(|f| fact_text(&m, lang, f))
                        .collect::<Vec<_>>()
                        .join("\n");
                    let risk = Risk {
                        description: Some(description),
                        country: s.country.clone(),
                        item: match lang {
                            Lang::Nl => s.subject_nl.clone().or(s.subject.clone()),
                            Lang::En => s.subject.clone(),
                        },
                        item_id: s.item_ids.first().copied(),
                        supplier_id: s.supplier_id,
                        sources: vec![InformationSource::RiskChecker],
                        ..Risk::new(&suggestion_title(&m, lang, s), s.theme, s.location)
                    }
                    .validated()?;
                    Some(crate::store::risk::write_risk(tx, &risk)?)
                }
            }
        }
    };
    write_decision(
        tx,
        &SuggestionDecision {
            key: key.to_string(),
            answer,
            reason,
            decided_on: today.to_string(),
            risk_id,
        },
    )?;
    Ok(risk_id)
}
