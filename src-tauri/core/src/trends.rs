//! Rules on a supplier's follow-up over the years (S4.1, S4.3): each year's
//! self-assessment score and agreement check set against the year recorded before it,
//! so that a screen or report says "better", "the same" or "worse" without judging it
//! itself.

use serde::Serialize;
use ts_rs::TS;

use crate::model::supplier::AuditKind;
use crate::model::vocab::vocabulary;
use crate::model::{AgreementCheck, Audit};

vocabulary! {
    /// How a year compares with the year recorded before it.
    Trend {
        First = "first",
        Better = "better",
        Same = "same",
        Worse = "worse",
    }
}

impl Trend {
    fn between(previous: Option<i32>, now: i32) -> Trend {
        match previous {
            None => Trend::First,
            Some(p) if now > p => Trend::Better,
            Some(p) if now < p => Trend::Worse,
            Some(_) => Trend::Same,
        }
    }
}

/// A supplier's self-assessment score in one year, with the year before it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct YearScore {
    pub year: i32,
    /// The score of the year's last self-assessment, 0–100.
    pub score: u8,
    pub previous_year: Option<i32>,
    pub previous_score: Option<u8>,
    pub trend: Trend,
}

/// A supplier's agreement check of one year with its points (0–6) and trend.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct AgreementYear {
    pub check: AgreementCheck,
    pub points: u8,
    pub previous_year: Option<i32>,
    pub previous_points: Option<u8>,
    pub trend: Trend,
}

/// The scored self-assessments of one supplier, a line per year (oldest first); within
/// a year the last one counts.
pub fn self_assessment_scores(audits: &[Audit]) -> Vec<YearScore> {
    let mut by_year: Vec<(i32, &str, u8)> = audits
        .iter()
        .filter(|a| a.kind == AuditKind::SelfAssessment)
        .filter_map(|a| a.score.map(|s| (a.year(), a.held_on.as_str(), s)))
        .collect();
    by_year.sort();
    let mut out: Vec<YearScore> = Vec::new();
    for (year, _, score) in by_year {
        if out.last().is_some_and(|l| l.year == year) {
            out.pop();
        }
        let previous = out.last().map(|l| (l.year, l.score));
        out.push(YearScore {
            year,
            score,
            previous_year: previous.map(|p| p.0),
            previous_score: previous.map(|p| p.1),
            trend: Trend::between(previous.map(|p| i32::from(p.1)), i32::from(score)),
        });
    }
    out
}

/// The agreement checks of one supplier, oldest year first, each set against the one
/// before it.
pub fn agreement_years(checks: &[AgreementCheck]) -> Vec<AgreementYear> {
    let mut sorted: Vec<&AgreementCheck> = checks.iter().collect();
    sorted.sort_by_key(|c| c.year);
    let mut out: Vec<AgreementYear> = Vec::new();
    for c in sorted {
        let previous = out.last().map(|l| (l.check.year, l.points));
        let points = c.points();
        out.push(AgreementYear {
            check: c.clone(),
            points,
            previous_year: previous.map(|p| p.0),
            previous_points: previous.map(|p| p.1),
            trend: Trend::between(previous.map(|p| i32::from(p.1)), i32::from(points)),
        });
    }
    out
}

/// How the agreement checks of one year went over all suppliers checked that year.
#[derive(Debug, Clone, Default, Serialize, TS, PartialEq, Eq)]
pub struct AgreementSummary {
    pub year: i32,
    pub checked: u32,
    /// All three agreements kept.
    pub all_kept: u32,
    /// At least one agreement not kept at all.
    pub any_not_kept: u32,
    pub better: u32,
    pub worse: u32,
}

/// The year's agreement checks over every supplier; `checks` may hold every year.
pub fn agreement_summary(checks: &[AgreementCheck], year: i32) -> AgreementSummary {
    use crate::model::follow_up::Compliance;
    let mut by_supplier: std::collections::BTreeMap<i64, Vec<AgreementCheck>> = Default::default();
    for c in checks.iter().filter(|c| c.year <= year) {
        by_supplier
            .entry(c.supplier_id)
            .or_default()
            .push(c.clone());
    }
    let mut s = AgreementSummary {
        year,
        ..Default::default()
    };
    for list in by_supplier.values() {
        let Some(last) = agreement_years(list).pop().filter(|l| l.check.year == year) else {
            continue;
        };
        s.checked += 1;
        let answers = last.check.answers();
        if answers.iter().all(|a| *a == Compliance::Kept) {
            s.all_kept += 1;
        }
        if answers.contains(&Compliance::NotKept) {
            s.any_not_kept += 1;
        }
        match last.trend {
            Trend::Better => s.better += 1,
            Trend::Worse => s.worse += 1,
            Trend::First | Trend::Same => {}
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::follow_up::Compliance::{self, *};

    fn self_assessment(on: &str, score: Option<u8>) -> Audit {
        Audit {
            id: 0,
            supplier_id: 1,
            kind: AuditKind::SelfAssessment,
            held_on: on.into(),
            auditor: None,
            findings: None,
            scheme: None,
            result: None,
            score,
        }
    }

    fn check(supplier_id: i64, year: i32, a: Compliance, b: Compliance) -> AgreementCheck {
        AgreementCheck {
            supplier_id,
            year,
            paid_on_time: a,
            order_changes: b,
            code_followed_up: Kept,
            note: None,
        }
    }

    #[test]
    fn a_score_is_set_against_the_year_recorded_before() {
        let audits = [
            self_assessment("2026-04-01", Some(72)),
            self_assessment("2024-03-01", Some(60)),
            self_assessment("2025-02-01", Some(50)),
            // The last one of a year counts.
            self_assessment("2025-11-01", Some(64)),
            // Without a score, or not a self-assessment: left out.
            self_assessment("2023-01-01", None),
            Audit {
                kind: AuditKind::SocialAudit,
                ..self_assessment("2022-01-01", Some(10))
            },
        ];
        let s = self_assessment_scores(&audits);
        let got: Vec<(i32, u8, Option<i32>, Trend)> = s
            .iter()
            .map(|y| (y.year, y.score, y.previous_year, y.trend))
            .collect();
        assert_eq!(
            got,
            vec![
                (2024, 60, None, Trend::First),
                (2025, 64, Some(2024), Trend::Better),
                (2026, 72, Some(2025), Trend::Better),
            ]
        );
        let lower = self_assessment_scores(&[
            self_assessment("2025-01-01", Some(70)),
            self_assessment("2026-01-01", Some(70)),
            self_assessment("2027-01-01", Some(40)),
        ]);
        assert_eq!(lower[1].trend, Trend::Same);
        assert_eq!(
            (lower[2].trend, lower[2].previous_score),
            (Trend::Worse, Some(70))
        );
    }

    #[test]
    fn agreement_years_compare_points() {
        let years = agreement_years(&[
            check(1, 2026, Kept, NotKept),
            check(1, 2024, Partly, Partly),
            check(1, 2025, Kept, Kept),
        ]);
        let got: Vec<(i32, u8, Trend)> = years
            .iter()
            .map(|y| (y.check.year, y.points, y.trend))
            .collect();
        assert_eq!(
            got,
            vec![
                (2024, 4, Trend::First),
                (2025, 6, Trend::Better),
                (2026, 4, Trend::Worse)
            ]
        );
        assert_eq!(years[2].previous_year, Some(2025));
    }

    #[test]
    fn the_summary_counts_the_year_over_suppliers() {
        let checks = [
            check(1, 2025, Partly, Kept),
            check(1, 2026, Kept, Kept),
            check(2, 2026, NotKept, Kept),
            check(3, 2025, Kept, Kept),
            check(3, 2026, Kept, Partly),
            // Only checked in an earlier year: not counted.
            check(4, 2025, Kept, Kept),
            // A later year does not change 2026.
            check(2, 2027, Kept, Kept),
        ];
        let s = agreement_summary(&checks, 2026);
        assert_eq!(
            s,
            AgreementSummary {
                year: 2026,
                checked: 3,
                all_kept: 1,
                any_not_kept: 1,
                better: 1,
                worse: 1,
            }
        );
    }
}
