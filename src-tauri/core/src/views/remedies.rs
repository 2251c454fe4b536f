//! The impacts that call for remedy (S6.2), each with the role its involvement calls for.

use crate::error::Result;
use crate::remediation::ImpactForRemedy;
use crate::Dossier;

impl Dossier {
    /// The actual impacts, and the risks that already have a remedy, with the role
    /// their involvement calls for; in the order they were recorded.
    pub fn impacts_for_remedy(&self) -> Result<Vec<ImpactForRemedy>> {
        let remedies = self.remedies()?;
        Ok(crate::store::risk::load_all(self.conn())?
            .into_iter()
            .filter(|r| r.actual || remedies.iter().any(|x| x.risk_id == r.id))
            .map(|r| {
                let expected_role = r.involvement.map(crate::remediation::expected_role);
                ImpactForRemedy {
                    risk_id: r.id,
                    title: r.title,
                    actual: r.actual,
                    expected_role,
                    roles_needing_reason: crate::remediation::roles_needing_reason(expected_role),
                }
            })
            .collect())
    }
}
