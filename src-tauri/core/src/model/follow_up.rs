//! Step 4 per supplier relationship: once a year, were the purchasing agreements of step
//! 1 kept (S4.1)? Paying on time, changing no orders late and following up the code of
//! conduct are each kept, partly kept or not kept.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::limits;
use super::vocab::vocabulary;
use super::year::check_year;
use crate::error::Result;

vocabulary! {
    /// How well one agreement was kept over a year.
    Compliance {
        Kept = "kept",
        Partly = "partly",
        NotKept = "not_kept",
    }
}

impl Compliance {
    /// Points towards a year's total: kept 2, partly 1, not kept 0.
    pub fn points(self) -> u8 {
        match self {
            Compliance::Kept => 2,
            Compliance::Partly => 1,
            Compliance::NotKept => 0,
        }
    }
}

/// The yearly check of one supplier relationship. In the dossier JSON `supplier_id` is
/// the supplier's position (1 = first).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct AgreementCheck {
    #[ts(type = "number")]
    pub supplier_id: i64,
    pub year: i32,
    /// Invoices paid within the agreed term.
    pub paid_on_time: Compliance,
    /// No orders changed after the agreed moment.
    pub order_changes: Compliance,
    /// The code of conduct was followed up with the supplier.
    pub code_followed_up: Compliance,
    pub note: Option<String>,
}

impl AgreementCheck {
    pub fn validated(&self) -> Result<AgreementCheck> {
        Ok(AgreementCheck {
            year: check_year(self.year)?,
            note: limits::AGREEMENT_CHECK_NOTE.optional(&self.note)?,
            ..self.clone()
        })
    }

    /// The three agreements together: 0 (none kept) to 6 (all kept).
    pub fn points(&self) -> u8 {
        self.paid_on_time.points() + self.order_changes.points() + self.code_followed_up.points()
    }

    /// The three answers, in their fixed order.
    pub fn answers(&self) -> [Compliance; 3] {
        [self.paid_on_time, self.order_changes, self.code_followed_up]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(a: Compliance, b: Compliance, c: Compliance) -> AgreementCheck {
        AgreementCheck {
            supplier_id: 1,
            year: 2025,
            paid_on_time: a,
            order_changes: b,
            code_followed_up: c,
            note: Some("  ".into()),
        }
    }

    #[test]
    fn points_count_each_agreement() {
        use Compliance::*;
        assert_eq!(check(Kept, Kept, Kept).points(), 6);
        assert_eq!(check(Kept, Partly, NotKept).points(), 3);
        assert_eq!(check(NotKept, NotKept, NotKept).points(), 0);
    }

    #[test]
    fn validation_checks_the_year_and_trims_the_note() {
        use Compliance::*;
        let c = check(Kept, Kept, Kept).validated().unwrap();
        assert_eq!(c.note, None);
        let mut bad = check(Kept, Kept, Kept);
        bad.year = 1899;
        assert!(bad.validated().is_err());
    }
}
