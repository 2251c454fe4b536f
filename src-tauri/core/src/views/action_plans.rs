//! The action plans (S3.1, S3.2): per risk in priority order, its actions with their
//! progress and evidence, and the guidance on whether they fit the involvement.

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::guidance::{self, Advice, Escalation, PlannedMeasure};
use crate::messages::Lang;
use crate::model::action::{Effectiveness, MeasureType};
use crate::model::risk::Decision;
use crate::model::{Action, ActionUpdate, EvidenceFile, Risk};
use crate::prioritisation::Ranked;
use crate::store::action::{load_actions, load_evidence_list, load_updates};
use crate::Dossier;

/// The plan for one risk: its actions, what does not fit its involvement, and which
/// measure types would.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RiskPlan {
    pub risk: Risk,
    pub ranked: Option<Ranked>,
    pub actions: Vec<ActionWithProgress>,
    pub advice: Vec<Advice>,
    pub fitting: Vec<MeasureType>,
    /// A measure does not work and no step up is under way (`guidance::escalation`).
    pub escalation: Option<Escalation>,
}

/// An action with its updates (newest first) and evidence files.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct ActionWithProgress {
    pub action: Action,
    pub updates: Vec<ActionUpdate>,
    pub evidence: Vec<EvidenceFile>,
    pub overdue: bool,
    /// The judgements of the two latest judged notes, newest first.
    pub recent: [Effectiveness; 2],
    /// A responsible disengagement with a written reason ([`Action::exit_explained`]).
    pub explained: bool,
}

impl Dossier {
    /// The plan per risk, in priority order: prioritised risks first (ranked), then the
    /// others that have actions. `today` decides what is overdue.
    pub fn action_plans(&self, today: &str, lang: Lang) -> Result<Vec<RiskPlan>> {
        let register = self.risk_register(lang)?;
        let actions = load_actions(self.conn(), None)?;
        let mut updates = load_updates(self.conn())?;
        updates.sort_by(|a, b| b.written_on.cmp(&a.written_on).then(b.id.cmp(&a.id)));
        // Grouped once by owner, so a large dossier is not searched per risk and action.
        let mut updates_of: HashMap<i64, Vec<ActionUpdate>> = HashMap::new();
        for u in updates {
            updates_of.entry(u.action_id).or_default().push(u);
        }
        let mut evidence_of: HashMap<i64, Vec<EvidenceFile>> = HashMap::new();
        for e in load_evidence_list(self.conn())? {
            evidence_of.entry(e.action_id).or_default().push(e);
        }
        let mut actions_of: HashMap<i64, Vec<Action>> = HashMap::new();
        for a in actions {
            actions_of.entry(a.risk_id).or_default().push(a);
        }
        let mut plans: Vec<RiskPlan> = register
            .rows
            .into_iter()
            .filter_map(|row| {
                let own = actions_of.remove(&row.risk.id);
                if row.risk.decision != Decision::Prioritised && own.is_none() {
                    return None;
                }
                let mine: Vec<ActionWithProgress> = own
                    .unwrap_or_default()
                    .into_iter()
                    .map(|a| {
                        let updates = updates_of.remove(&a.id).unwrap_or_default();
                        ActionWithProgress {
                            overdue: a.is_overdue(today),
                            explained: a.exit_explained(),
                            recent: guidance::recent_judgements(
                                updates.iter().map(|u| u.effectiveness),
                            ),
                            updates,
                            evidence: evidence_of.remove(&a.id).unwrap_or_default(),
                            action: a,
                        }
                    })
                    .collect();
                let planned: Vec<PlannedMeasure> = mine
                    .iter()
                    .map(|a| PlannedMeasure {
                        measure: a.action.measure,
                        status: a.action.status,
                        recent: a.recent,
                        explained: a.explained,
                    })
                    .collect();
                Some(RiskPlan {
                    advice: guidance::advise(row.risk.involvement, row.risk.actual, &planned),
                    escalation: guidance::escalation(&planned),
                    fitting: row
                        .risk
                        .involvement
                        .map(guidance::fitting_measures)
                        .unwrap_or_default(),
                    risk: row.risk,
                    ranked: row.ranked,
                    actions: mine,
                })
            })
            .collect();
        // Prioritised risks first, keeping the register's order within each group.
        plans.sort_by_key(|p| p.risk.decision != Decision::Prioritised);
        Ok(plans)
    }
}
