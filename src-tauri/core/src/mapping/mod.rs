//! Mapping the value chain (S2.1, S2.2): how risky each chain's origin looks in the
//! built-in reference data, how complete its map is, and in which order to map the
//! chains. The method is written down in `docs/risk-reference.md`.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;
use ts_rs::TS;

use crate::model::chain::ItemKind;
use crate::model::{PurchasedItem, Supplier};
use crate::reference::{ilab, wgi, Fact};

/// How a country or chain looks in the reference data, lowest first.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    Low,
    Elevated,
    High,
}

impl RiskLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            RiskLevel::Low => "low",
            RiskLevel::Elevated => "elevated",
            RiskLevel::High => "high",
        }
    }
}

/// A country's level with the facts it rests on.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct CountryRisk {
    pub country: String,
    pub level: RiskLevel,
    pub facts: Vec<Fact>,
}

/// WGI mean percentile below which a country's governance counts as weak, and as very
/// weak.
pub const WGI_ELEVATED_BELOW: f64 = 50.0;
pub const WGI_HIGH_BELOW: f64 = 25.0;

fn pct(v: f64) -> String {
    format!("{v:.0}")
}

/// The mean WGI percentile rank of a country's latest year, with that year.
pub fn wgi_mean(country: &str) -> Option<(f64, i32)> {
    let ind = wgi::latest(country);
    let values: Vec<f64> = ind.iter().filter_map(|i| i.percentile).collect();
    if values.is_empty() {
        return None;
    }
    Some((
        values.iter().sum::<f64>() / values.len() as f64,
        ind[0].year,
    ))
}

/// The ILAB findings for a good (any letter case) from a country.
pub fn ilab_findings<'a>(
    good: &'a str,
    country: &'a str,
) -> impl Iterator<Item = &'static ilab::GoodFinding> + 'a {
    ilab::goods().iter().filter(move |g| {
        g.country.as_deref() == Some(country) && g.good.eq_ignore_ascii_case(good.trim())
    })
}

/// Facts about one ILAB finding: which kinds of labour it names.
pub fn finding_facts(g: &ilab::GoodFinding) -> Vec<Fact> {
    let p = [
        ("good", g.good.clone()),
        ("good_nl", g.good_nl.clone()),
        ("country", g.country.clone().unwrap_or_default()),
    ];
    let mut out = Vec::new();
    if g.child_labour {
        out.push(Fact::new("ilab_child_labour", "ilab_goods", g.year, &p));
    }
    if g.forced_labour {
        out.push(Fact::new("ilab_forced_labour", "ilab_goods", g.year, &p));
    }
    if g.forced_child_labour {
        out.push(Fact::new(
            "ilab_forced_child_labour",
            "ilab_goods",
            g.year,
            &p,
        ));
    }
    out
}

/// A country's level and facts; an ILAB finding for one of `goods` from the country
/// makes it high.
pub fn country_risk(country: &str, goods: &[String]) -> CountryRisk {
    let mut facts = Vec::new();
    let mut level = RiskLevel::Low;
    for good in goods {
        for g in ilab_findings(good, country) {
            facts.extend(finding_facts(g));
            level = RiskLevel::High;
        }
    }
    match wgi_mean(country) {
        Some((mean, year)) => {
            let ind = wgi::latest(country);
            let of = |code: &str| {
                ind.iter()
                    .find(|i| i.indicator == code)
                    .and_then(|i| i.percentile)
                    .map(pct)
                    .unwrap_or_else(|| "–".into())
            };
            facts.push(Fact::new(
                "wgi_mean",
                "wgi",
                year,
                &[
                    ("country", country.into()),
                    ("mean", pct(mean)),
                    ("va", of("va")),
                    ("rl", of("rl")),
                    ("cc", of("cc")),
                ],
            ));
            if mean < WGI_HIGH_BELOW {
                level = RiskLevel::High;
            } else if mean < WGI_ELEVATED_BELOW {
                level = level.max(RiskLevel::Elevated);
            }
        }
        None => {
            facts.push(Fact::new(
                "wgi_missing",
                "wgi",
                wgi::EDITION,
                &[("country", country.into())],
            ));
            level = level.max(RiskLevel::Elevated);
        }
    }
    let listed: BTreeSet<&str> = ilab::goods()
        .iter()
        .filter(|g| g.country.as_deref() == Some(country))
        .map(|g| g.good.as_str())
        .collect();
    if !listed.is_empty() {
        facts.push(Fact::new(
            "ilab_goods_listed",
            "ilab_goods",
            ilab::YEAR,
            &[
                ("country", country.into()),
                ("count", listed.len().to_string()),
                (
                    "goods_nl",
                    listed
                        .iter()
                        .map(|g| good_name_nl(g))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                ("goods", listed.into_iter().collect::<Vec<_>>().join(", ")),
            ],
        ));
        level = level.max(RiskLevel::Elevated);
    }
    if let Some(p) = ilab::profiles()
        .iter()
        .find(|p| p.country.as_deref() == Some(country))
    {
        // The source writes "Unavailable" where it has no share: then the sentence
        // leaves the share out instead of putting that English word in it.
        let share = p
            .working_children_5_14_pct
            .parse::<f64>()
            .ok()
            .map(|v| format!("{:.1}", v * 100.0));
        let mut params = vec![("country", country.to_string())];
        if let Some(share) = share.clone() {
            params.push(("share", share));
        }
        params.extend([
            ("advancement", p.advancement_level.clone()),
            ("advancement_nl", ilab::advancement_nl(&p.advancement_level)),
            ("c138", p.c138_ratified.clone()),
            ("c182", p.c182_ratified.clone()),
        ]);
        let code = if share.is_some() {
            "ilab_profile"
        } else {
            "ilab_profile_no_share"
        };
        facts.push(Fact::new(code, "ilab_profiles", p.year, &params));
    }
    CountryRisk {
        country: country.into(),
        level,
        facts,
    }
}

/// One point of the completeness checklist of a chain.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Check {
    /// Translated in the UI as `chain.check.<code>`.
    pub code: String,
    pub passed: bool,
}

/// How far a chain is mapped.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Completeness {
    pub checks: Vec<Check>,
    /// Share of the checks passed, 0–100, rounded down.
    pub percent: u32,
}

/// The checklist of one purchased item's map. A service has no material origin and no
/// upstream tiers, so those checks do not apply to it.
pub fn completeness(item: &PurchasedItem, suppliers: &HashMap<i64, &Supplier>) -> Completeness {
    let service = item.kind == ItemKind::Service;
    let mut checks = Vec::new();
    let mut check = |code: &str, passed: bool| {
        checks.push(Check {
            code: code.into(),
            passed,
        })
    };
    if !service {
        check(
            "origin_known",
            !item.origins.is_empty() && !item.origin_unknown,
        );
    }
    check(
        "direct_supplier",
        item.suppliers.iter().any(|l| l.via_id.is_none()),
    );
    check(
        "supplier_countries",
        !item.suppliers.is_empty()
            && item.suppliers.iter().all(|l| {
                suppliers
                    .get(&l.supplier_id)
                    .is_some_and(|s| s.country.is_some())
            }),
    );
    if !service {
        check(
            "upstream",
            item.suppliers.iter().any(|l| l.via_id.is_some()),
        );
    }
    check(
        "spend_volume",
        item.spend_eur.is_some() && (service || item.volume.is_some()),
    );
    check("contract", item.has_contract.is_some());
    let passed = checks.iter().filter(|c| c.passed).count();
    let percent = (passed * 100 / checks.len().max(1)) as u32;
    Completeness { checks, percent }
}

/// One chain (purchased item) in mapping order.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct ChainSummary {
    /// 1 = map first.
    pub position: u32,
    pub item: PurchasedItem,
    /// `None` when no country in the chain is known, or the origin is partly unknown
    /// and no known country is high.
    pub level: Option<RiskLevel>,
    pub countries: Vec<CountryRisk>,
    pub completeness: Completeness,
    /// True when the planned completion date has passed and the map is not complete.
    pub overdue: bool,
}

/// The countries in an item's chain: its origins and the countries of its suppliers.
pub fn chain_countries(item: &PurchasedItem, suppliers: &HashMap<i64, &Supplier>) -> Vec<String> {
    let mut set: BTreeSet<String> = item.origins.iter().cloned().collect();
    for l in &item.suppliers {
        if let Some(c) = suppliers
            .get(&l.supplier_id)
            .and_then(|s| s.country.clone())
        {
            set.insert(c);
        }
    }
    set.into_iter().collect()
}

/// The whole value chain for the chain screen: purchased items in mapping order and
/// what the company sells.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct ChainOverview {
    pub chains: Vec<ChainSummary>,
    pub sold_items: Vec<crate::model::SoldItem>,
    /// The general level of every supplier and origin country, for colouring the view.
    pub levels: std::collections::BTreeMap<String, RiskLevel>,
}

/// The general level (not counting goods) of each country of the suppliers and origins.
pub fn country_levels(
    items: &[PurchasedItem],
    suppliers: &[Supplier],
) -> std::collections::BTreeMap<String, RiskLevel> {
    let countries: BTreeSet<&String> = suppliers
        .iter()
        .filter_map(|s| s.country.as_ref())
        .chain(items.iter().flat_map(|i| i.origins.iter()))
        .collect();
    countries
        .into_iter()
        .map(|c| (c.clone(), country_risk(c, &[]).level))
        .collect()
}

/// A good or commodity of the reference data that an item can name: the source's
/// English name, which the item stores, and our Dutch name for it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct ReferenceGood {
    pub name: String,
    pub name_nl: String,
    /// The data set it comes from (`ilab_goods` or `eu_commodities`): the Dutch name of
    /// an ILAB good is our translation, that of an EU commodity the regulation's own.
    pub source: String,
}

/// The goods and commodities in the reference data, for picking an item's goods: ILAB
/// goods and EU-regulated commodities, sorted, without repeats.
pub fn reference_goods() -> Vec<ReferenceGood> {
    let mut all: Vec<ReferenceGood> = ilab::goods()
        .iter()
        .map(|g| ReferenceGood {
            name: g.good.clone(),
            name_nl: g.good_nl.clone(),
            source: "ilab_goods".into(),
        })
        .collect();
    all.extend(
        crate::reference::sectors::commodities()
            .iter()
            .map(|c| ReferenceGood {
                name: c.name_en.clone(),
                name_nl: c.name_nl.clone(),
                source: "eu_commodities".into(),
            }),
    );
    all.sort_by_key(|g| g.name.to_lowercase());
    all.dedup_by(|a, b| a.name.eq_ignore_ascii_case(&b.name));
    all
}

/// The Dutch name of a good or commodity an item names, or the name as given.
pub fn good_name_nl(good: &str) -> String {
    ilab::good_nl(good)
        .map(str::to_string)
        .or_else(|| {
            crate::reference::sectors::commodities()
                .iter()
                .find(|c| c.name_en.eq_ignore_ascii_case(good.trim()))
                .map(|c| c.name_nl.clone())
        })
        .unwrap_or_else(|| good.to_string())
}

/// Sort key of a chain's level: high first, then unknown, then elevated, then low.
fn level_order(level: Option<RiskLevel>) -> u8 {
    match level {
        Some(RiskLevel::High) => 0,
        None => 1,
        Some(RiskLevel::Elevated) => 2,
        Some(RiskLevel::Low) => 3,
    }
}

/// Every chain with its level and completeness, in the order to map them: high-risk
/// origin first, then unknown origin, elevated, low; within a level by spend, then
/// volume (both highest first, missing last), then name and recording order.
pub fn mapping_order(
    items: &[PurchasedItem],
    suppliers: &[Supplier],
    today: &str,
) -> Vec<ChainSummary> {
    let by_id: HashMap<i64, &Supplier> = suppliers.iter().map(|s| (s.id, s)).collect();
    let mut out: Vec<ChainSummary> = items
        .iter()
        .map(|item| {
            let countries: Vec<CountryRisk> = chain_countries(item, &by_id)
                .iter()
                .map(|c| country_risk(c, &item.reference_goods))
                .collect();
            let max = countries.iter().map(|c| c.level).max();
            let level = match max {
                Some(RiskLevel::High) => Some(RiskLevel::High),
                _ if item.origin_unknown
                    || item.origins.is_empty() && item.kind != ItemKind::Service =>
                {
                    None
                }
                other => other,
            };
            let completeness = completeness(item, &by_id);
            let overdue = completeness.percent < 100
                && item
                    .planned_completion
                    .as_deref()
                    .is_some_and(|d| d < today);
            ChainSummary {
                position: 0,
                item: item.clone(),
                level,
                countries,
                completeness,
                overdue,
            }
        })
        .collect();
    let desc = |v: Option<f64>| -v.unwrap_or(-1.0);
    out.sort_by(|a, b| {
        level_order(a.level)
            .cmp(&level_order(b.level))
            .then(desc(a.item.spend_eur).total_cmp(&desc(b.item.spend_eur)))
            .then(desc(a.item.volume).total_cmp(&desc(b.item.volume)))
            .then_with(|| a.item.name.to_lowercase().cmp(&b.item.name.to_lowercase()))
            .then(a.item.id.cmp(&b.item.id))
    });
    for (i, c) in out.iter_mut().enumerate() {
        c.position = i as u32 + 1;
    }
    out
}

#[cfg(test)]
mod tests;
