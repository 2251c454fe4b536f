//! Saving a risk under the rules on decisions (`crate::decisions`): the dossier supplies
//! what the rules compare with (the reporting year, the other risks' decisions).

use crate::decisions::{self, Context};
use crate::error::Result;
use crate::model::risk::Level;
use crate::model::Risk;
use crate::store::risk::{load_decision_facts, write_risk};
use crate::Dossier;

impl Dossier {
    /// What the rules on decisions need of the dossier when deciding on risk `id` (0 for
    /// a new one): the latest review date of the active reporting year and the highest
    /// severity among the other risks without a decision.
    pub fn decision_context(&self, id: i64) -> Result<Context> {
        self.decision_rules(decisions::most_severe_undecided(
            load_decision_facts(self.conn())?,
            id,
        ))
    }

    /// The context of the rules on decisions, given the highest severity among the
    /// undecided risks (which the register and the dashboard read in their own pass).
    pub(crate) fn decision_rules(&self, most_severe_undecided: Option<Level>) -> Result<Context> {
        Ok(Context {
            latest_review: self.active_year()?.map(decisions::latest_review),
            most_severe_undecided,
        })
    }

    /// Validates and stores a risk (new when `id` is 0); returns it as stored. A deferral
    /// without a reason, a review date more than a year past the reporting year, and a
    /// decision against the method's order that was not confirmed are refused.
    pub fn save_risk(&mut self, risk: &Risk) -> Result<Risk> {
        let mut r = risk.validated()?;
        r.decision_confirmed = decisions::check(&r.decided(), &self.decision_context(r.id)?)?;
        let tx = self.conn_mut().transaction()?;
        let id = write_risk(&tx, &r)?;
        tx.commit()?;
        self.risk(id)
    }
}
