//! Risk suggestions from the built-in reference data (S2.5): for the goods and countries
//! of the mapped chains and the sectors of the company and its suppliers. Each
//! suggestion has a stable key made of the facts it rests on, so that the user's answer
//! (accept or dismiss, with a reason) stays attached to it. Method: `docs/risk-reference.md`.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::mapping::{self, RiskLevel};
use crate::model::risk::{Location, Theme};
use crate::model::vocab::vocabulary;
use crate::model::{PurchasedItem, Supplier};
use crate::reference::{sectors, Fact};

vocabulary! {
    /// The user's answer to a suggestion.
    SuggestionAnswer {
        Accepted = "accepted",
        Dismissed = "dismissed",
    }
}

/// What the user decided about a suggestion, and why. In the dossier JSON `risk_id` is
/// the position of the risk (1 = first).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SuggestionDecision {
    pub key: String,
    pub answer: SuggestionAnswer,
    pub reason: String,
    /// YYYY-MM-DD.
    pub decided_on: String,
    /// The risk created on accepting, while it exists.
    #[ts(type = "number | null")]
    pub risk_id: Option<i64>,
}

/// What a suggestion is about; the UI writes its title as `suggestion.title.<kind>`.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    GoodChildLabour,
    GoodForcedLabour,
    Commodity,
    Country,
    Sector,
    /// A red flag in a supplier's returned questionnaire.
    Questionnaire,
}

/// A risk the reference data points to, with the facts behind it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Suggestion {
    pub key: String,
    pub kind: SuggestionKind,
    pub theme: Theme,
    pub location: Location,
    /// ISO alpha-2 for suggestions about a country.
    pub country: Option<String>,
    /// The good, commodity or sector name as the source writes it.
    pub subject: Option<String>,
    /// Its Dutch name (ours for goods, the source's for commodities and sectors).
    pub subject_nl: Option<String>,
    pub level: RiskLevel,
    /// The purchased items the suggestion concerns.
    #[ts(type = "Array<number>")]
    pub item_ids: Vec<i64>,
    /// The supplier the suggestion concerns (a questionnaire's red flag).
    #[ts(type = "number | null")]
    pub supplier_id: Option<i64>,
    pub facts: Vec<Fact>,
    pub decision: Option<SuggestionDecision>,
}

/// Adds a suggestion, or merges its items into the one with the same key.
fn add(out: &mut BTreeMap<String, Suggestion>, s: Suggestion) {
    out.entry(s.key.clone())
        .and_modify(|e| {
            for id in &s.item_ids {
                if !e.item_ids.contains(id) {
                    e.item_ids.push(*id);
                }
            }
        })
        .or_insert(s);
}

/// A red flag in the latest questionnaire a supplier returned, with the answers that
/// raised it as the supplier typed them.
#[derive(Debug, Clone, PartialEq)]
pub struct SupplierFlag {
    pub supplier_id: i64,
    pub supplier: String,
    pub country: Option<String>,
    pub year: i32,
    pub flag: crate::survey::RedFlag,
    /// (question id, answer as typed)
    pub answers: Vec<(String, String)>,
}

/// Every suggestion for the chains and sectors given, open ones first, then the answered
/// ones; within each group by level (high first), kind (goods before countries and
/// sectors) and key.
pub fn suggest(
    items: &[PurchasedItem],
    suppliers: &[Supplier],
    company_sectors: &[String],
    decisions: &[SuggestionDecision],
) -> Vec<Suggestion> {
    suggest_with(items, suppliers, company_sectors, &[], decisions)
}

/// [`suggest`], with the red flags of returned questionnaires as suggestions too: one
/// per supplier and flag, a high risk at that supplier.
pub fn suggest_with(
    items: &[PurchasedItem],
    suppliers: &[Supplier],
    company_sectors: &[String],
    flags: &[SupplierFlag],
    decisions: &[SuggestionDecision],
) -> Vec<Suggestion> {
    let by_id: HashMap<i64, &Supplier> = suppliers.iter().map(|s| (s.id, s)).collect();
    let mut out: BTreeMap<String, Suggestion> = BTreeMap::new();
    let mut countries: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for item in items {
        let chain = mapping::chain_countries(item, &by_id);
        for c in &chain {
            countries.entry(c.clone()).or_default().push(item.id);
        }
        for good in &item.reference_goods {
            for c in &chain {
                goods_in_country(&mut out, item.id, good, c);
            }
            commodity(&mut out, item.id, good);
        }
    }
    for s in suppliers {
        if let Some(c) = &s.country {
            countries.entry(c.clone()).or_default();
        }
    }
    for (c, item_ids) in countries {
        country(&mut out, c, item_ids);
    }
    let sector_texts = company_sectors
        .iter()
        .map(|s| (s.as_str(), Location::OwnOperations))
        .chain(
            suppliers
                .iter()
                .filter_map(|s| s.sector.as_deref())
                .map(|s| (s, Location::Supplier)),
        );
    for (text, location) in sector_texts {
        sector(&mut out, text, location);
    }
    for f in flags {
        questionnaire(&mut out, f);
    }
    ordered(out, decisions)
}

/// The supplier number in the key of a questionnaire's suggestion
/// (`survey:<supplier>:<flag>`): the supplier's id in a dossier, its position in a
/// dossier document.
pub fn survey_key_supplier(key: &str) -> Option<i64> {
    let rest = key.strip_prefix("survey:")?;
    rest.split_once(':')?.0.parse().ok()
}

/// The key of a questionnaire's suggestion with another supplier number.
pub fn survey_key_with(key: &str, supplier: i64) -> String {
    match key
        .strip_prefix("survey:")
        .and_then(|rest| rest.split_once(':'))
    {
        Some((_, flag)) => format!("survey:{supplier}:{flag}"),
        None => key.to_string(),
    }
}

/// A red flag of a supplier's questionnaire: titled in both languages with the flag and
/// the supplier, the answers that raised it as facts.
fn questionnaire(out: &mut BTreeMap<String, Suggestion>, f: &SupplierFlag) {
    use crate::messages::{Lang, Messages};
    let title = |lang| {
        let m = Messages::new(lang);
        format!(
            "{} ({})",
            m.get(&format!("survey.flag.{}", f.flag.code), &[]),
            f.supplier
        )
    };
    let mut params: Vec<(&str, String)> = vec![("supplier", f.supplier.clone())];
    for (q, raw) in &f.answers {
        params.push((q.as_str(), raw.clone()));
    }
    add(
        out,
        Suggestion {
            key: format!("survey:{}:{}", f.supplier_id, f.flag.code),
            kind: SuggestionKind::Questionnaire,
            theme: f.flag.theme,
            location: Location::Supplier,
            country: f.country.clone(),
            subject: Some(title(Lang::En)),
            subject_nl: Some(title(Lang::Nl)),
            level: RiskLevel::High,
            item_ids: Vec::new(),
            supplier_id: Some(f.supplier_id),
            facts: vec![Fact::new(
                &format!("survey_{}", f.flag.code),
                "survey",
                f.year,
                &params,
            )],
            decision: None,
        },
    );
}

/// A good the U.S. Department of Labor lists as made with child or forced labour in a
/// country of the chain: a high risk per kind of labour.
fn goods_in_country(out: &mut BTreeMap<String, Suggestion>, item: i64, good: &str, c: &String) {
    for g in mapping::ilab_findings(good, c) {
        let facts = mapping::finding_facts(g);
        let base = format!("ilab:{}:{}", g.good.to_lowercase(), c);
        let mut one = |kind, theme, suffix: &str, facts: Vec<Fact>| {
            add(
                out,
                Suggestion {
                    key: format!("{base}:{suffix}"),
                    kind,
                    theme,
                    location: Location::Product,
                    country: Some(c.clone()),
                    subject: Some(g.good.clone()),
                    subject_nl: Some(g.good_nl.clone()),
                    level: RiskLevel::High,
                    item_ids: vec![item],
                    supplier_id: None,
                    facts,
                    decision: None,
                },
            )
        };
        if g.child_labour || g.forced_child_labour {
            one(
                SuggestionKind::GoodChildLabour,
                Theme::ChildLabour,
                "child_labour",
                facts
                    .iter()
                    .filter(|f| f.code != "ilab_forced_labour")
                    .cloned()
                    .collect(),
            );
        }
        if g.forced_labour || g.forced_child_labour {
            one(
                SuggestionKind::GoodForcedLabour,
                Theme::ForcedLabour,
                "forced_labour",
                facts
                    .iter()
                    .filter(|f| f.code != "ilab_child_labour")
                    .cloned()
                    .collect(),
            );
        }
    }
}

/// A commodity under an EU regulation: an elevated risk.
fn commodity(out: &mut BTreeMap<String, Suggestion>, item: i64, good: &str) {
    if let Some(c) = sectors::commodity(good) {
        let theme = if c.regulation == "EUDR" {
            Theme::Environment
        } else {
            Theme::RawMaterials
        };
        add(
            out,
            Suggestion {
                key: format!("eu:{}", c.name_en),
                kind: SuggestionKind::Commodity,
                theme,
                location: Location::Product,
                country: None,
                subject: Some(c.name_en.clone()),
                subject_nl: Some(c.name_nl.clone()),
                level: RiskLevel::Elevated,
                item_ids: vec![item],
                supplier_id: None,
                facts: vec![Fact::new(
                    "eu_commodity",
                    "eu_commodities",
                    sectors::COMMODITIES_YEAR,
                    &[
                        ("commodity", c.name_en.clone()),
                        ("commodity_nl", c.name_nl.clone()),
                        ("regulation", c.regulation.clone()),
                        ("basis", c.legal_basis.clone()),
                    ],
                )],
                decision: None,
            },
        );
    }
}

/// A country of a chain or of a supplier whose indicators are not low.
fn country(out: &mut BTreeMap<String, Suggestion>, c: String, mut item_ids: Vec<i64>) {
    let risk = mapping::country_risk(&c, &[]);
    if risk.level == RiskLevel::Low {
        return;
    }
    item_ids.dedup();
    add(
        out,
        Suggestion {
            key: format!("country:{c}"),
            kind: SuggestionKind::Country,
            theme: Theme::Other,
            location: Location::Country,
            country: Some(c.clone()),
            subject: None,
            subject_nl: None,
            level: risk.level,
            item_ids,
            supplier_id: None,
            facts: risk.facts,
            decision: None,
        },
    );
}

/// A sector that the sector risk analysis names, once per sector.
fn sector(out: &mut BTreeMap<String, Suggestion>, text: &str, location: Location) {
    if let Some(sector) = sectors::risk_sector(text) {
        let key = format!("sector:{}", sector.name_en.to_lowercase());
        if out.contains_key(&key) {
            return;
        }
        add(
            out,
            Suggestion {
                key,
                kind: SuggestionKind::Sector,
                theme: Theme::Other,
                location,
                country: None,
                subject: Some(sector.name_en.clone()),
                subject_nl: Some(sector.name_nl.clone()),
                level: RiskLevel::Elevated,
                item_ids: Vec::new(),
                supplier_id: None,
                facts: vec![Fact::new(
                    "kpmg_sector",
                    "kpmg_sectors",
                    sectors::KPMG_YEAR,
                    &[
                        ("sector", sector.name_en.clone()),
                        ("sector_nl", sector.name_nl.clone()),
                    ],
                )],
                decision: None,
            },
        );
    }
}

/// The suggestions with their answers: open ones first, then by level, kind and key.
fn ordered(out: BTreeMap<String, Suggestion>, decisions: &[SuggestionDecision]) -> Vec<Suggestion> {
    let decided: HashMap<&str, &SuggestionDecision> =
        decisions.iter().map(|d| (d.key.as_str(), d)).collect();
    let mut list: Vec<Suggestion> = out
        .into_values()
        .map(|mut s| {
            s.decision = decided.get(s.key.as_str()).map(|d| (*d).clone());
            s
        })
        .collect();
    list.sort_by(|a, b| {
        a.decision
            .is_some()
            .cmp(&b.decision.is_some())
            .then(b.level.cmp(&a.level))
            .then(a.kind.cmp(&b.kind))
            .then(a.key.cmp(&b.key))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::chain::{ChainLink, ItemKind};

    fn cotton_from_india() -> (Vec<PurchasedItem>, Vec<Supplier>) {
        let mut s = Supplier::named("Spinnerij");
        s.id = 7;
        s.country = Some("TR".into());
        s.sector = Some("Textiles".into());
        let mut i = PurchasedItem::named("Katoen", ItemKind::RawMaterial);
        i.id = 3;
        i.reference_goods = vec!["cotton".into()];
        i.origins = vec!["IN".into()];
        i.suppliers = vec![ChainLink {
            supplier_id: 7,
            via_id: None,
        }];
        (vec![i], vec![s])
    }

    #[test]
    fn goods_countries_and_sectors_of_the_chain_give_suggestions() {
        let (items, suppliers) = cotton_from_india();
        let list = suggest(&items, &suppliers, &[], &[]);
        let keys: Vec<&str> = list.iter().map(|s| s.key.as_str()).collect();
        // ILAB 2022 lists cotton from India and from Türkiye for child labour.
        assert!(keys.contains(&"ilab:cotton:IN:child_labour"), "{keys:?}");
        assert!(keys.contains(&"ilab:cotton:TR:child_labour"), "{keys:?}");
        assert!(!keys.contains(&"ilab:cotton:IN:forced_labour"));
        assert!(keys.contains(&"sector:textiles and clothing"));
        assert!(list
            .iter()
            .all(|s| !s.facts.is_empty() && s.facts.iter().all(|f| f.year >= 2014)));
        let good = list
            .iter()
            .find(|s| s.key == "ilab:cotton:IN:child_labour")
            .expect("cotton");
        assert_eq!(good.item_ids, vec![3]);
        assert_eq!(good.theme, Theme::ChildLabour);
    }

    #[test]
    fn an_answered_suggestion_keeps_its_answer_and_moves_down() {
        let (items, suppliers) = cotton_from_india();
        let first = suggest(&items, &suppliers, &[], &[]);
        let answered = SuggestionDecision {
            key: first[0].key.clone(),
            answer: SuggestionAnswer::Dismissed,
            reason: "Niet van toepassing".into(),
            decided_on: "2026-03-01".into(),
            risk_id: None,
        };
        let again = suggest(&items, &suppliers, &[], std::slice::from_ref(&answered));
        assert_eq!(again.len(), first.len());
        assert_eq!(
            again.last().expect("answered").decision.as_ref(),
            Some(&answered)
        );
        assert!(again[0].decision.is_none());
    }

    #[test]
    fn an_eu_commodity_is_suggested_once_for_all_items() {
        let mut a = PurchasedItem::named("Rubber zolen", ItemKind::Product);
        a.id = 1;
        a.reference_goods = vec!["Rubber".into()];
        let mut b = a.clone();
        b.id = 2;
        let list = suggest(&[a, b], &[], &[], &[]);
        let eu = list
            .iter()
            .find(|s| s.key == "eu:rubber")
            .expect("EUDR rubber");
        assert_eq!(eu.item_ids, vec![1, 2]);
        assert_eq!(eu.theme, Theme::Environment);
    }
}
