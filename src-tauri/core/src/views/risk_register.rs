//! The risk register in priority order (S2.7): the risks of the store, ranked by the
//! method of `crate::prioritisation`, each with the rationale of its place in words.

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::messages::{Lang, Messages};
use crate::model::Risk;
use crate::prioritisation::{self, HeatMap, Ranked};
use crate::store::risk::load_all;
use crate::Dossier;

/// A risk with its place in the ranking (`None` while not assessed).
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RiskRow {
    pub risk: Risk,
    pub ranked: Option<Ranked>,
    /// Why the risk has its place, in the language asked for.
    pub rationale: Option<String>,
}

/// The whole register in priority order: assessed risks by rank, then the unassessed
/// ones in the order they were recorded.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RiskRegister {
    pub rows: Vec<RiskRow>,
    pub heat_map: HeatMap,
}

/// Ranks the assessed risks and orders the register; with `m`, each ranked row gets
/// its rationale in that language.
pub fn register_of(risks: Vec<Risk>, m: Option<&Messages>) -> RiskRegister {
    let assessed: Vec<_> = risks.iter().filter_map(Risk::assessed).collect();
    let ranked = prioritisation::rank(&assessed);
    let heat_map = prioritisation::heat_map(&assessed);
    let mut by_id: std::collections::HashMap<i64, Risk> =
        risks.iter().map(|r| (r.id, r.clone())).collect();
    let mut rows: Vec<RiskRow> = ranked
        .into_iter()
        .filter_map(|k| {
            by_id.remove(&k.id).map(|risk| {
                let reason = risk.rank_override.as_ref().map(|o| o.reason.as_str());
                let rationale = m.map(|m| prioritisation::rationale(m, &k, reason));
                RiskRow {
                    risk,
                    ranked: Some(k),
                    rationale,
                }
            })
        })
        .collect();
    rows.extend(risks.into_iter().filter_map(|r| {
        by_id.remove(&r.id).map(|risk| RiskRow {
            risk,
            ranked: None,
            rationale: None,
        })
    }));
    RiskRegister { rows, heat_map }
}

impl Dossier {
    /// The register in priority order, with rationales in `lang`.
    pub fn risk_register(&self, lang: Lang) -> Result<RiskRegister> {
        Ok(register_of(
            load_all(self.conn())?,
            Some(&Messages::new(lang)),
        ))
    }
}
