//! The risk register in priority order (S2.7): the risks of the store, ranked by the
//! method of `crate::prioritisation`, each with the rationale of its place in words.

use serde::Serialize;
use ts_rs::TS;

use crate::decisions::{self, DecisionWarning};
use crate::error::Result;
use crate::messages::{Lang, Messages};
use crate::model::Risk;
use crate::prioritisation::{self, HeatMap, Ranked};
use crate::store::risk::{load_all, load_titles};
use crate::Dossier;

/// A risk with its place in the ranking (`None` while not assessed).
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RiskRow {
    pub risk: Risk,
    pub ranked: Option<Ranked>,
    /// Why the risk has its place, in the language asked for.
    pub rationale: Option<String>,
    /// What to look at again in its decision (`crate::decisions::warnings`).
    pub warnings: Vec<DecisionWarning>,
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
                    warnings: Vec::new(),
                }
            })
        })
        .collect();
    rows.extend(risks.into_iter().filter_map(|r| {
        by_id.remove(&r.id).map(|risk| RiskRow {
            risk,
            ranked: None,
            rationale: None,
            warnings: Vec::new(),
        })
    }));
    RiskRegister { rows, heat_map }
}

/// A risk by its name only, for the lists that let the user pick one.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RiskTitle {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
}

impl Dossier {
    /// Every risk's title in the register's order (ranked first, then the unassessed ones
    /// as recorded), read without the rest of each risk.
    pub fn risk_titles(&self) -> Result<Vec<RiskTitle>> {
        let rows = load_titles(self.conn())?;
        let assessed: Vec<_> = rows.iter().filter_map(|(_, _, a)| a.clone()).collect();
        let place: std::collections::HashMap<i64, usize> = prioritisation::rank(&assessed)
            .iter()
            .enumerate()
            .map(|(i, k)| (k.id, i))
            .collect();
        let mut titles: Vec<(usize, RiskTitle)> = rows
            .into_iter()
            .enumerate()
            .map(|(recorded, (id, title, _))| {
                let order = place.get(&id).copied().unwrap_or(place.len() + recorded);
                (order, RiskTitle { id, title })
            })
            .collect();
        titles.sort_by_key(|(order, _)| *order);
        Ok(titles.into_iter().map(|(_, t)| t).collect())
    }

    /// The register in priority order, with rationales in `lang` and the warnings on
    /// each decision as of today.
    pub fn risk_register(&self, lang: Lang) -> Result<RiskRegister> {
        self.risk_register_on(lang, &crate::model::date::today())
    }

    /// The register with the warnings on each decision as of `today` (ISO date).
    pub fn risk_register_on(&self, lang: Lang, today: &str) -> Result<RiskRegister> {
        let mut register = register_of(load_all(self.conn())?, Some(&Messages::new(lang)));
        // A risk that can draw a warning has a decision, so it is never among the
        // undecided ones it is compared with.
        let cx = self.decision_rules(decisions::most_severe_undecided(
            register
                .rows
                .iter()
                .map(|r| (r.risk.id, r.risk.decision, r.risk.severity())),
            0,
        ))?;
        for row in &mut register.rows {
            row.warnings = decisions::warnings(&row.risk.decided(), &cx, today);
            if decisions::involvement_questioned(&row.risk) {
                row.warnings.push(DecisionWarning::InvolvementQuestioned);
            }
        }
        Ok(register)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_titles_come_in_the_order_of_the_register() {
        let dir = tempfile::tempdir().expect("dir");
        let d = crate::sample::create(&dir.path().join("s.kkdossier")).expect("sample");
        let register: Vec<(i64, String)> = d
            .risk_register(crate::messages::Lang::Nl)
            .expect("register")
            .rows
            .into_iter()
            .map(|r| (r.risk.id, r.risk.title))
            .collect();
        let titles: Vec<(i64, String)> = d
            .risk_titles()
            .expect("titles")
            .into_iter()
            .map(|t| (t.id, t.title))
            .collect();
        assert!(register.len() > 3);
        assert_eq!(titles, register);
    }
}
