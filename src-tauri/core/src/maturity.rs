//! B3, maturity: how far the company is in each of the six steps, on a scale of 1 to 5
//! with a description per level and step in the message files
//! (`maturity.step<s>.level<l>`). The level is suggested from the dossier: each level asks
//! for a few facts (checks), and a step reaches a level only when the checks of that
//! level and of every level below it hold. The user confirms the suggestion or sets
//! another level, which needs a reason; that assessment is kept per year.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::date::check_date;
use crate::model::limits;
use crate::model::year::check_year;

pub const STEPS: [u8; 6] = [1, 2, 3, 4, 5, 6];
pub const LOWEST: u8 = 1;
pub const HIGHEST: u8 = 5;

/// A fact a level asks for (`maturity.check.<code>`), and whether the dossier shows it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[ts(rename = "MaturityCheck")]
pub struct Check {
    pub code: String,
    /// The level it belongs to (2 to 5: level 1 asks nothing).
    pub level: u8,
    pub holds: bool,
}

/// The suggestion for one step, with the checks behind it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[ts(rename = "MaturitySuggestion")]
pub struct Suggestion {
    pub step: u8,
    pub level: u8,
    pub checks: Vec<Check>,
}

/// The level `checks` reach: a level counts when all its checks hold and every level
/// below it counts.
pub fn reached(checks: &[Check]) -> u8 {
    let mut level = LOWEST;
    for l in LOWEST + 1..=HIGHEST {
        let mut of_level = checks.iter().filter(|c| c.level == l).peekable();
        if of_level.peek().is_none() || !of_level.all(|c| c.holds) {
            break;
        }
        level = l;
    }
    level
}

impl Suggestion {
    pub fn of(step: u8, checks: Vec<Check>) -> Suggestion {
        Suggestion {
            step,
            level: reached(&checks),
            checks,
        }
    }

    /// The checks that keep a step at `level` from the level above it: those of the
    /// next level and any of a lower level that do not hold.
    pub fn missing_above(&self, level: u8) -> impl Iterator<Item = &Check> {
        self.checks
            .iter()
            .filter(move |c| c.level <= level + 1 && !c.holds)
    }

    /// Sizes a real suggestion has, for one kept in a closed year's frozen content.
    pub fn plausible(&self) -> bool {
        STEPS.contains(&self.step)
            && (LOWEST..=HIGHEST).contains(&self.level)
            && self.checks.len() <= 40
            && self
                .checks
                .iter()
                .all(|c| c.code.len() <= 64 && (LOWEST..=HIGHEST).contains(&c.level))
    }
}

/// The company's own judgement of a step in a year: the suggested level confirmed, or
/// another level with the reason.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
#[ts(rename = "MaturityAssessment")]
pub struct Assessment {
    pub year: i32,
    pub step: u8,
    pub level: u8,
    /// The level Ketenkompas suggested when the user decided.
    pub suggested: u8,
    pub reason: Option<String>,
    /// YYYY-MM-DD.
    pub assessed_on: String,
}

fn in_range(field: &str, v: u8, range: std::ops::RangeInclusive<u8>) -> Result<u8> {
    if range.contains(&v) {
        Ok(v)
    } else {
        Err(Error::Invalid {
            field: field.into(),
            value: v.to_string(),
        })
    }
}

impl Assessment {
    /// Checked as a form is: a level other than the suggested one needs a reason.
    pub fn validated(&self) -> Result<Assessment> {
        let a = Assessment {
            year: check_year(self.year)?,
            step: in_range("maturity.step", self.step, 1..=6)?,
            level: in_range("maturity.level", self.level, LOWEST..=HIGHEST)?,
            suggested: in_range("maturity.suggested", self.suggested, LOWEST..=HIGHEST)?,
            reason: limits::MATURITY_REASON.optional(&self.reason)?,
            assessed_on: check_date("maturity.assessed_on", &self.assessed_on)?,
        };
        if a.level != a.suggested && a.reason.is_none() {
            return Err(Error::MaturityUnexplained { step: a.step });
        }
        Ok(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(level: u8, holds: bool) -> Check {
        Check {
            code: "c".into(),
            level,
            holds,
        }
    }

    #[test]
    fn a_level_counts_only_on_top_of_every_level_below() {
        assert_eq!(reached(&[]), 1);
        assert_eq!(reached(&[check(2, true), check(3, false)]), 2);
        assert_eq!(reached(&[check(2, false), check(3, true)]), 1);
        assert_eq!(
            reached(&[
                check(2, true),
                check(3, true),
                check(3, true),
                check(4, true)
            ]),
            4
        );
        // One check of a level failing holds the step at the level below.
        assert_eq!(
            reached(&[
                check(2, true),
                check(3, true),
                check(3, false),
                check(4, true)
            ]),
            2
        );
        let s = Suggestion::of(2, vec![check(2, true), check(3, false), check(4, false)]);
        assert_eq!(s.level, 2);
        assert_eq!(
            s.missing_above(2).count(),
            1,
            "the next level's checks are missing"
        );
        // A company that puts itself a level higher still sees what that level lacks.
        assert_eq!(s.missing_above(3).count(), 2);
    }

    #[test]
    fn another_level_than_suggested_needs_a_reason() {
        let a = Assessment {
            year: 2026,
            step: 2,
            level: 2,
            suggested: 3,
            reason: Some("  ".into()),
            assessed_on: "2026-12-01".into(),
        };
        assert_eq!(
            a.validated().expect_err("no reason").code(),
            "maturity.unexplained"
        );
        let explained = Assessment {
            reason: Some("Onze ketens zijn in kaart, maar niet nagegaan.".into()),
            ..a.clone()
        };
        assert!(explained.validated().is_ok());
        let confirmed = Assessment {
            level: 3,
            reason: None,
            ..a.clone()
        };
        assert!(confirmed.validated().is_ok());
        for bad in [
            Assessment {
                step: 7,
                ..confirmed.clone()
            },
            Assessment {
                level: 0,
                ..confirmed.clone()
            },
            Assessment {
                level: 6,
                ..confirmed.clone()
            },
            Assessment {
                assessed_on: "1-12-2026".into(),
                ..confirmed.clone()
            },
        ] {
            assert_eq!(bad.validated().expect_err("bad").code(), "input.invalid");
        }
    }
}
