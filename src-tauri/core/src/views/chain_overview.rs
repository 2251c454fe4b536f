//! The chains in the order to map them (S2.1, S2.2), each judged for completeness, with
//! the country levels of the reference data and the sold items.

use crate::error::Result;
use crate::mapping::{country_levels, mapping_order, ChainOverview};
use crate::Dossier;

impl Dossier {
    /// Chains in mapping order, judged on `today` (YYYY-MM-DD), and the sold items.
    pub fn chain_overview(&self, today: &str) -> Result<ChainOverview> {
        let (items, suppliers) = (self.purchased_items()?, self.suppliers()?);
        Ok(ChainOverview {
            chains: mapping_order(&items, &suppliers, today),
            sold_items: self.sold_items()?,
            levels: country_levels(&items, &suppliers),
        })
    }
}
