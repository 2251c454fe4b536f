//! B1, the legislation check: which laws on due diligence and sustainability reporting
//! may apply to the company, from its profile, its chain and a few answers the dossier
//! cannot know. An indication as of the date each law was checked, never legal advice.
//! Each law has its own rule; the thresholds and dates come from the reference data
//! (`reference::laws`), the words from the message files (`law.<id>.*`,
//! `law.reason.<code>`, `law.question.<code>`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::messages::Lang;
use crate::model::company::{CompanyProfile, SizeClass};
use crate::reference::laws::{law, Law};
use crate::reference::sectors;

/// What the check says about one law.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Applies,
    /// Depends on an answer the dossier does not hold (see the questions).
    MayApply,
    DoesNotApply,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Applies => "applies",
            Verdict::MayApply => "may_apply",
            Verdict::DoesNotApply => "does_not_apply",
        }
    }
}

/// A question the dossier cannot answer.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// Is the company established in the EU?
    EstablishedInEu,
    /// Is it part of a larger group whose figures may count?
    PartOfGroup,
    /// Does it place goods on the EU market (or export them) itself?
    PlacesOnEuMarket,
    /// Does it import tin, tantalum, tungsten or gold into the EU at or above the
    /// volumes of the regulation's annex?
    #[serde(rename = "imports_3tg")]
    #[cfg_attr(feature = "clap", value(name = "imports_3tg"))]
    Imports3tg,
    /// Does it place batteries on the EU market?
    PlacesBatteries,
    /// Does it sell goods or services in the United Kingdom?
    SellsInUk,
    /// Is its total turnover (with subsidiaries) at least the UK threshold?
    UkTurnover,
    /// Does it employ at least the German threshold in Germany?
    EmployeesInGermany,
    /// Does it employ at least the French thresholds (in France, or worldwide)?
    EmployeesInFrance,
}

impl Question {
    pub const ALL: [Question; 9] = [
        Question::EstablishedInEu,
        Question::PartOfGroup,
        Question::PlacesOnEuMarket,
        Question::Imports3tg,
        Question::PlacesBatteries,
        Question::SellsInUk,
        Question::UkTurnover,
        Question::EmployeesInGermany,
        Question::EmployeesInFrance,
    ];

    pub fn parse(code: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.as_str() == code)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Question::EstablishedInEu => "established_in_eu",
            Question::PartOfGroup => "part_of_group",
            Question::PlacesOnEuMarket => "places_on_eu_market",
            Question::Imports3tg => "imports_3tg",
            Question::PlacesBatteries => "places_batteries",
            Question::SellsInUk => "sells_in_uk",
            Question::UkTurnover => "uk_turnover",
            Question::EmployeesInGermany => "employees_in_germany",
            Question::EmployeesInFrance => "employees_in_france",
        }
    }
}

/// What the check knows of the company.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LawInput {
    pub employees: Option<u32>,
    pub turnover_eur: Option<u64>,
    pub size: Option<SizeClass>,
    /// Countries of its own establishments (ISO codes).
    pub countries: Vec<String>,
    /// Commodities of the Deforestation Regulation among the goods of its chains.
    pub eudr_goods: Vec<String>,
    /// Tin, tantalum, tungsten or gold among the goods of its chains.
    pub minerals: Vec<String>,
    /// It records products it sells.
    pub sells_products: bool,
    /// Countries its sold products go to, as recorded (ISO codes).
    pub sells_to: Vec<String>,
    /// Answers given; a question without an answer is open.
    pub answers: BTreeMap<Question, bool>,
}

/// A question the company answered, as kept in the dossier.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LawAnswer {
    pub question: Question,
    pub answer: bool,
}

impl LawInput {
    /// The input from the company profile, the reference goods of its purchased items
    /// (English names, as kept), whether it records products it sells, and its answers.
    pub fn of<'a>(
        company: &CompanyProfile,
        goods: impl IntoIterator<Item = &'a str>,
        sells_to: impl IntoIterator<Item = &'a str>,
        sells_products: bool,
        answers: &[LawAnswer],
    ) -> LawInput {
        let mut eudr_goods = Vec::new();
        let mut minerals = Vec::new();
        for good in goods {
            if let Some(c) = sectors::commodity(good) {
                let list = if c.regulation == "EUDR" {
                    &mut eudr_goods
                } else {
                    &mut minerals
                };
                if !list.contains(&c.name_en) {
                    list.push(c.name_en.clone());
                }
            }
        }
        eudr_goods.sort();
        minerals.sort();
        LawInput {
            employees: company.employees,
            turnover_eur: company.annual_turnover_eur,
            size: company.size_class(),
            countries: company.countries.clone(),
            eudr_goods,
            minerals,
            sells_products,
            sells_to: {
                let mut c: Vec<String> = sells_to.into_iter().map(str::to_uppercase).collect();
                c.sort();
                c.dedup();
                c
            },
            answers: answers.iter().map(|a| (a.question, a.answer)).collect(),
        }
    }

    fn answer(&self, q: Question) -> Option<bool> {
        self.answers.get(&q).copied()
    }

    fn has_country(&self, code: &str) -> bool {
        self.countries.iter().any(|c| c.eq_ignore_ascii_case(code))
    }

    /// Established in the EU: answered, or known from an establishment in the
    /// Netherlands (the country the app is made for).
    fn in_eu(&self) -> Option<bool> {
        self.answer(Question::EstablishedInEu)
            .or_else(|| self.has_country("NL").then_some(true))
    }
}

/// The check's word on one law. A closed year keeps the verdicts as they stood when it
/// was closed, with the law's record as it was then.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LawVerdict {
    pub law: Law,
    pub verdict: Verdict,
    /// `law.reason.<code>`, with `params`.
    pub reason: String,
    pub params: BTreeMap<String, String>,
    /// From when it applies or would apply (YYYY-MM-DD).
    pub from: Option<String>,
    /// The questions whose answers would settle it.
    pub questions: Vec<Question>,
    /// What customers in scope may ask of the company although the law itself does not
    /// apply: `law.indirect.<code>`.
    pub indirect: Option<String>,
}

impl LawVerdict {
    /// The reason's parameters as a reader in `lang` reads them: commodities by their
    /// names in that language, thresholds with the language's digit grouping.
    pub fn params_in(&self, lang: Lang) -> Vec<(&str, String)> {
        self.params
            .iter()
            .map(|(k, x)| {
                let shown = if k == "goods" {
                    x.split(", ")
                        .map(|g| match (sectors::commodity(g), lang) {
                            (Some(c), Lang::Nl) => c.name_nl.clone(),
                            _ => g.to_string(),
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                } else {
                    grouped(x, lang)
                };
                (k.as_str(), shown)
            })
            .collect()
    }

    /// Checks a kept verdict (of a closed year in a document) for sizes a real one has.
    pub fn plausible(&self) -> bool {
        let short = |s: &str| s.chars().count() <= 400;
        short(&self.law.id)
            && short(&self.reason)
            && self.params.len() <= 8
            && self.params.iter().all(|(k, v)| short(k) && short(v))
            && self.law.amended_by.len() <= 20
            && self.law.amended_by.iter().all(|a| short(a))
            && short(&self.law.reference)
            && short(&self.law.version)
            && short(&self.law.source)
            && short(&self.law.checked_on)
            && self.questions.len() <= Question::ALL.len()
    }
}

/// `450000000` as `450.000.000` in Dutch and `450,000,000` in English; any other text as
/// it is.
pub fn grouped(digits: &str, lang: Lang) -> String {
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.to_string();
    }
    let sep = if lang == Lang::Nl { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn verdict(
    law: &Law,
    verdict: Verdict,
    reason: &str,
    params: &[(&str, String)],
    questions: Vec<Question>,
) -> LawVerdict {
    LawVerdict {
        law: law.clone(),
        verdict,
        reason: reason.into(),
        params: params
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        from: law.from.clone(),
        questions,
        indirect: None,
    }
}

/// The rule of one law.
type Rule = fn(&Law, &LawInput) -> LawVerdict;

/// Every law the check knows, with its verdict for `input`.
pub fn check(input: &LawInput) -> Vec<LawVerdict> {
    let rules: [(&str, Rule); 12] = [
        ("csrd", csrd),
        ("csddd", csddd),
        ("value_chain_cap", value_chain_cap),
        ("eudr", eudr),
        ("forced_labour", forced_labour),
        ("conflict_minerals", conflict_minerals),
        ("batteries", batteries),
        ("lksg", lksg),
        ("vigilance", vigilance),
        ("uk_msa", uk_msa),
        ("nl_rbc_bill", bill),
        ("nl_child_labour", not_in_force),
    ];
    rules
        .iter()
        .filter_map(|(id, rule)| law(id).map(|l| rule(l, input)))
        .collect()
}

/// Size tests of the EU directives: more than `employees` and more than `turnover`.
fn size_rule(l: &Law, input: &LawInput, indirect: Option<&str>) -> LawVerdict {
    let (Some(max_e), Some(max_t)) = (l.employees_over, l.turnover_over_eur) else {
        return verdict(l, Verdict::MayApply, "no_thresholds", &[], vec![]);
    };
    let limits = [
        ("employees", max_e.to_string()),
        ("turnover", max_t.to_string()),
    ];
    match input.in_eu() {
        Some(false) => {
            return verdict(l, Verdict::MayApply, "outside_eu", &limits, vec![]);
        }
        None => {
            return verdict(
                l,
                Verdict::MayApply,
                "eu_unknown",
                &limits,
                vec![Question::EstablishedInEu],
            );
        }
        Some(true) => {}
    }
    let over_e = input.employees.map(|e| e > max_e);
    let over_t = input.turnover_eur.map(|t| t > max_t);
    let mut v = match (over_e, over_t) {
        (Some(true), Some(true)) => verdict(l, Verdict::Applies, "over_both", &limits, vec![]),
        (Some(false), _) | (_, Some(false)) => {
            if input.answer(Question::PartOfGroup) == Some(true) {
                verdict(l, Verdict::MayApply, "group_counts", &limits, vec![])
            } else {
                let mut v = verdict(
                    l,
                    Verdict::DoesNotApply,
                    "under_thresholds",
                    &limits,
                    vec![],
                );
                if input.answer(Question::PartOfGroup).is_none() {
                    v.questions.push(Question::PartOfGroup);
                }
                v
            }
        }
        _ => verdict(l, Verdict::MayApply, "size_unknown", &limits, vec![]),
    };
    if v.verdict != Verdict::Applies {
        v.indirect = indirect.map(String::from);
    }
    v
}

fn csrd(l: &Law, input: &LawInput) -> LawVerdict {
    size_rule(l, input, Some("csrd"))
}

fn csddd(l: &Law, input: &LawInput) -> LawVerdict {
    size_rule(l, input, Some("csddd"))
}

/// The cap protects a company of at most so many employees from its reporting customers.
fn value_chain_cap(l: &Law, input: &LawInput) -> LawVerdict {
    let limit = l.employees_at_most.unwrap_or(0);
    let params = [("employees", limit.to_string())];
    match input.employees {
        Some(e) if e <= limit => verdict(l, Verdict::Applies, "protected", &params, vec![]),
        Some(_) => verdict(l, Verdict::DoesNotApply, "not_protected", &params, vec![]),
        None => verdict(l, Verdict::MayApply, "size_unknown_cap", &params, vec![]),
    }
}

/// A regulation on what is placed on the EU market: it applies when the company does so
/// with goods it covers.
fn on_the_market(l: &Law, input: &LawInput, goods: &[String], from: Option<String>) -> LawVerdict {
    let listed = [("goods", goods.join(", "))];
    match input.answer(Question::PlacesOnEuMarket) {
        Some(true) => LawVerdict {
            from,
            ..verdict(l, Verdict::Applies, "places_goods", &listed, vec![])
        },
        Some(false) => {
            let mut v = verdict(l, Verdict::DoesNotApply, "others_place", &listed, vec![]);
            v.indirect = Some(l.id.clone());
            v
        }
        None => LawVerdict {
            from,
            ..verdict(
                l,
                Verdict::MayApply,
                "goods_market_unknown",
                &listed,
                vec![Question::PlacesOnEuMarket],
            )
        },
    }
}

fn eudr(l: &Law, input: &LawInput) -> LawVerdict {
    if input.eudr_goods.is_empty() {
        return verdict(l, Verdict::DoesNotApply, "no_eudr_goods", &[], vec![]);
    }
    let small = matches!(input.size, Some(SizeClass::Micro | SizeClass::Small));
    let from = if small {
        l.from_micro_small.clone().or(l.from.clone())
    } else {
        l.from.clone()
    };
    on_the_market(l, input, &input.eudr_goods, from)
}

fn forced_labour(l: &Law, input: &LawInput) -> LawVerdict {
    match input.answer(Question::PlacesOnEuMarket) {
        Some(true) => verdict(l, Verdict::Applies, "any_product", &[], vec![]),
        Some(false) => verdict(l, Verdict::DoesNotApply, "no_products_placed", &[], vec![]),
        None if input.sells_products => verdict(l, Verdict::Applies, "sells_products", &[], vec![]),
        None => verdict(
            l,
            Verdict::MayApply,
            "market_unknown",
            &[],
            vec![Question::PlacesOnEuMarket],
        ),
    }
}

fn conflict_minerals(l: &Law, input: &LawInput) -> LawVerdict {
    let listed = [("goods", input.minerals.join(", "))];
    match input.answer(Question::Imports3tg) {
        Some(true) => verdict(l, Verdict::Applies, "imports_minerals", &listed, vec![]),
        Some(false) => verdict(
            l,
            Verdict::DoesNotApply,
            "no_mineral_imports",
            &listed,
            vec![],
        ),
        None if input.minerals.is_empty() => {
            verdict(l, Verdict::DoesNotApply, "no_minerals", &[], vec![])
        }
        None => verdict(
            l,
            Verdict::MayApply,
            "minerals_import_unknown",
            &listed,
            vec![Question::Imports3tg],
        ),
    }
}

fn batteries(l: &Law, input: &LawInput) -> LawVerdict {
    let limit = l.turnover_from_eur.unwrap_or(0);
    let params = [("turnover", limit.to_string())];
    match input.answer(Question::PlacesBatteries) {
        Some(false) => verdict(l, Verdict::DoesNotApply, "no_batteries", &[], vec![]),
        None => verdict(
            l,
            Verdict::MayApply,
            "batteries_unknown",
            &params,
            vec![Question::PlacesBatteries],
        ),
        Some(true) => match input.turnover_eur {
            Some(t) if t >= limit => {
                verdict(l, Verdict::Applies, "batteries_over", &params, vec![])
            }
            Some(_) if input.answer(Question::PartOfGroup) != Some(true) => {
                verdict(l, Verdict::DoesNotApply, "batteries_under", &params, vec![])
            }
            _ => verdict(l, Verdict::MayApply, "batteries_size", &params, vec![]),
        },
    }
}

/// A national law for companies with many employees in that country.
fn national(l: &Law, input: &LawInput, country: &str, question: Question) -> LawVerdict {
    let threshold = l.employees_in_country_from.unwrap_or(0);
    let params = [
        ("employees", threshold.to_string()),
        (
            "worldwide",
            l.employees_from.map(|e| e.to_string()).unwrap_or_default(),
        ),
    ];
    if let Some(answer) = input.answer(question) {
        return if answer {
            verdict(l, Verdict::Applies, "national_over", &params, vec![])
        } else {
            verdict(l, Verdict::DoesNotApply, "national_under", &params, vec![])
        };
    }
    // Fewer employees in all than the smallest threshold settles it.
    let smallest = l.employees_from.unwrap_or(threshold).min(threshold);
    match input.employees {
        Some(e) if e < smallest && input.answer(Question::PartOfGroup) != Some(true) => {
            verdict(l, Verdict::DoesNotApply, "national_small", &params, vec![])
        }
        _ if !input.has_country(country) && input.answer(Question::PartOfGroup) != Some(true) => {
            verdict(l, Verdict::DoesNotApply, "national_absent", &params, vec![])
        }
        _ => verdict(
            l,
            Verdict::MayApply,
            "national_unknown",
            &params,
            vec![question],
        ),
    }
}

fn lksg(l: &Law, input: &LawInput) -> LawVerdict {
    national(l, input, "DE", Question::EmployeesInGermany)
}

fn vigilance(l: &Law, input: &LawInput) -> LawVerdict {
    national(l, input, "FR", Question::EmployeesInFrance)
}

fn uk_msa(l: &Law, input: &LawInput) -> LawVerdict {
    let params = [(
        "turnover",
        l.turnover_from_gbp
            .map(|t| t.to_string())
            .unwrap_or_default(),
    )];
    // A product recorded as sold in the United Kingdom answers the first question.
    let sells = input
        .answer(Question::SellsInUk)
        .or_else(|| input.sells_to.iter().any(|c| c == "GB").then_some(true));
    match (sells, input.answer(Question::UkTurnover)) {
        (Some(false), _) => verdict(l, Verdict::DoesNotApply, "no_uk_business", &params, vec![]),
        (_, Some(false)) => verdict(l, Verdict::DoesNotApply, "uk_under", &params, vec![]),
        (Some(true), Some(true)) => verdict(l, Verdict::Applies, "uk_over", &params, vec![]),
        (Some(true), None) => verdict(
            l,
            Verdict::MayApply,
            "uk_turnover_unknown",
            &params,
            vec![Question::UkTurnover],
        ),
        (None, _) => verdict(
            l,
            Verdict::MayApply,
            "uk_unknown",
            &params,
            vec![Question::SellsInUk],
        ),
    }
}

/// A bill: not law, nothing applies yet.
fn bill(l: &Law, _: &LawInput) -> LawVerdict {
    verdict(l, Verdict::DoesNotApply, "bill", &[], vec![])
}

/// Adopted, but without a date of entry into force.
fn not_in_force(l: &Law, _: &LawInput) -> LawVerdict {
    verdict(l, Verdict::DoesNotApply, "not_in_force", &[], vec![])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_same_in_the_dossier_the_json_and_the_interface() {
        for q in Question::ALL {
            let json = serde_json::to_string(&q).expect("json");
            assert_eq!(json, format!("\"{}\"", q.as_str()));
            assert_eq!(Question::parse(q.as_str()), Some(q));
        }
        for v in [Verdict::Applies, Verdict::MayApply, Verdict::DoesNotApply] {
            let json = serde_json::to_string(&v).expect("json");
            assert_eq!(json, format!("\"{}\"", v.as_str()));
        }
    }

    #[test]
    fn thresholds_are_grouped_the_way_each_language_writes_them() {
        assert_eq!(grouped("450000000", Lang::Nl), "450.000.000");
        assert_eq!(grouped("36000000", Lang::En), "36,000,000");
        assert_eq!(grouped("999", Lang::Nl), "999");
        assert_eq!(grouped("", Lang::En), "");
        assert_eq!(grouped("rubber", Lang::Nl), "rubber");
    }
}
