//! Prioritisation of adverse impacts (S2.7), as described in `docs/prioritisation.md`.
//!
//! Severity is the highest of scale, scope and irremediability, so any one dimension can
//! make an impact severe. Severity always goes first, then likelihood (an actual impact
//! counts as occurring: likelihood 5), so the ranked list reads the heat map from its
//! top-right corner down and never contradicts it. Among impacts equal on both, the sum
//! of the three severity scores comes first, then irremediability, then actual before
//! potential, then the older record. A user may move a risk to another position
//! with a written reason; the computed rank and the reason are both kept.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::messages::Messages;
use crate::model::vocab::vocabulary;

pub use crate::model::risk::{Assessed, Level};

vocabulary! {
    /// Which severity dimension set the severity (the first of the highest, in the
    /// order scale, scope, irremediability).
    Dimension {
        Scale = "scale",
        Scope = "scope",
        Irremediability = "irremediability",
    }
}

/// The outcome for one risk: its place and the facts the rationale is written from.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct Ranked {
    #[ts(type = "number")]
    pub id: i64,
    /// Final position, 1 = first.
    pub rank: u32,
    /// Position by the method alone, before any override.
    pub computed_rank: u32,
    pub severity: Level,
    pub severity_sum: u8,
    pub driver: Dimension,
    /// Likelihood used in ranking (5 for an actual impact).
    pub likelihood: Level,
    pub actual: bool,
    /// What put the risk below the one the method ranks just above it (`None` for the
    /// first): a lower severity, a lower likelihood, or one of the tie-breaks.
    pub tie_break: Option<TieBreak>,
    pub overridden: bool,
}

vocabulary! {
    /// The rule that put a risk below the one ranked just above it: a lower severity, a
    /// lower likelihood at equal severity, or, at equal severity and likelihood, one of
    /// the tie-breaks.
    TieBreak {
        Severity = "severity",
        Likelihood = "likelihood",
        SeveritySum = "severity_sum",
        Irremediability = "irremediability",
        Actual = "actual",
        Age = "age",
    }
}

impl Assessed {
    /// Severity: the highest of the three dimensions.
    pub fn severity(&self) -> Level {
        self.scale.max(self.scope).max(self.irremediability)
    }

    pub fn severity_sum(&self) -> u8 {
        self.scale + self.scope + self.irremediability
    }

    pub fn effective_likelihood(&self) -> Level {
        if self.actual {
            5
        } else {
            self.likelihood
        }
    }

    fn driver(&self) -> Dimension {
        let s = self.severity();
        if self.scale == s {
            Dimension::Scale
        } else if self.scope == s {
            Dimension::Scope
        } else {
            Dimension::Irremediability
        }
    }
}

/// The method's order: `Less` means `a` comes first.
pub fn compare(a: &Assessed, b: &Assessed) -> Ordering {
    b.severity()
        .cmp(&a.severity())
        .then(b.effective_likelihood().cmp(&a.effective_likelihood()))
        .then(b.severity_sum().cmp(&a.severity_sum()))
        .then(b.irremediability.cmp(&a.irremediability))
        .then(b.actual.cmp(&a.actual))
        .then(a.id.cmp(&b.id))
}

/// What puts `this` below `above`, the risk just before it in the method's order.
fn tie_break(above: &Assessed, this: &Assessed) -> TieBreak {
    if above.severity() != this.severity() {
        TieBreak::Severity
    } else if above.effective_likelihood() != this.effective_likelihood() {
        TieBreak::Likelihood
    } else if above.severity_sum() != this.severity_sum() {
        TieBreak::SeveritySum
    } else if above.irremediability != this.irremediability {
        TieBreak::Irremediability
    } else if above.actual != this.actual {
        TieBreak::Actual
    } else {
        TieBreak::Age
    }
}

/// Ranks all risks. Levels outside 1–5 are clamped; the result is ordered by final rank.
pub fn rank(risks: &[Assessed]) -> Vec<Ranked> {
    let mut order: Vec<Assessed> = risks
        .iter()
        .map(|r| Assessed {
            scale: r.scale.clamp(1, 5),
            scope: r.scope.clamp(1, 5),
            irremediability: r.irremediability.clamp(1, 5),
            likelihood: r.likelihood.clamp(1, 5),
            ..r.clone()
        })
        .collect();
    order.sort_by(compare);

    let computed: Vec<Ranked> = order
        .iter()
        .enumerate()
        .map(|(i, r)| Ranked {
            id: r.id,
            rank: (i + 1) as u32,
            computed_rank: (i + 1) as u32,
            severity: r.severity(),
            severity_sum: r.severity_sum(),
            driver: r.driver(),
            likelihood: r.effective_likelihood(),
            actual: r.actual,
            tie_break: (i > 0).then(|| tie_break(&order[i - 1], r)),
            overridden: r.override_position.is_some(),
        })
        .collect();

    apply_overrides(computed, &order)
}

/// Places overridden risks at their chosen positions (earliest request first, then by
/// computed rank); the others keep their computed order around them.
fn apply_overrides(computed: Vec<Ranked>, order: &[Assessed]) -> Vec<Ranked> {
    let n = computed.len();
    let mut pinned: Vec<(u32, Ranked)> = Vec::new();
    let mut free: Vec<Ranked> = Vec::new();
    for (r, a) in computed.into_iter().zip(order) {
        match a.override_position {
            Some(p) => pinned.push((p.clamp(1, n.max(1) as u32), r)),
            None => free.push(r),
        }
    }
    if pinned.is_empty() {
        return free;
    }
    pinned.sort_by_key(|(p, r)| (*p, r.computed_rank));
    let mut result: Vec<Option<Ranked>> = vec![None; n];
    for (p, r) in pinned {
        // The first free slot at or after the chosen position (or before, at the end).
        let start = (p as usize - 1).min(n - 1);
        let slot = (start..n)
            .find(|&i| result[i].is_none())
            .or_else(|| (0..start).rev().find(|&i| result[i].is_none()));
        if let Some(i) = slot {
            result[i] = Some(r);
        }
    }
    let mut free = free.into_iter();
    result
        .into_iter()
        .enumerate()
        .filter_map(|(i, slot)| {
            let mut r = slot.or_else(|| free.next())?;
            r.rank = (i + 1) as u32;
            Some(r)
        })
        .collect()
}

/// Why a risk has its place, in one paragraph of the language of `m`.
pub fn rationale(m: &Messages, r: &Ranked, override_reason: Option<&str>) -> String {
    let driver = m.get(&format!("rationale.driver.{}", r.driver.as_str()), &[]);
    let mut parts = vec![m.get(
        "rationale.base",
        &[
            ("rank", r.computed_rank.to_string()),
            ("severity", r.severity.to_string()),
            ("driver", driver),
            ("likelihood", r.likelihood.to_string()),
        ],
    )];
    if r.actual {
        parts.push(m.get("rationale.actual", &[]));
    }
    // For a risk moved by hand the override sentence explains its place instead.
    if let (Some(t), false) = (r.tie_break, r.overridden) {
        parts.push(m.get(&format!("rationale.tie.{}", t.as_str()), &[]));
    }
    if r.overridden {
        parts.push(m.get(
            "rationale.override",
            &[
                ("rank", r.rank.to_string()),
                ("reason", override_reason.unwrap_or_default().to_string()),
            ],
        ));
    }
    parts.join(" ")
}

/// Counts per cell of the 5 × 5 heat map: `cells[severity - 1][likelihood - 1]`.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq, Default)]
pub struct HeatMap {
    pub cells: [[u32; 5]; 5],
}

pub fn heat_map(risks: &[Assessed]) -> HeatMap {
    let mut h = HeatMap::default();
    for r in risks {
        let s = r.severity().clamp(1, 5) as usize - 1;
        let l = r.effective_likelihood().clamp(1, 5) as usize - 1;
        h.cells[s][l] += 1;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn risk(id: i64, scale: u8, scope: u8, irr: u8, lik: u8) -> Assessed {
        Assessed {
            id,
            scale,
            scope,
            irremediability: irr,
            likelihood: lik,
            actual: false,
            override_position: None,
        }
    }

    fn ids(r: &[Ranked]) -> Vec<i64> {
        r.iter().map(|x| x.id).collect()
    }

    #[test]
    fn one_severe_dimension_makes_an_impact_severe() {
        // Irremediable harm to few people outranks moderate, widespread, likely harm.
        let ranked = rank(&[risk(1, 3, 3, 3, 5), risk(2, 1, 1, 5, 1)]);
        assert_eq!(ids(&ranked), vec![2, 1]);
        assert_eq!(ranked[0].driver, Dimension::Irremediability);
        assert_eq!(ranked[0].severity, 5);
    }

    #[test]
    fn severity_goes_before_likelihood() {
        let ranked = rank(&[risk(1, 3, 1, 1, 5), risk(2, 4, 1, 1, 1)]);
        assert_eq!(ids(&ranked), vec![2, 1]);
    }

    #[test]
    fn an_actual_impact_counts_as_occurring() {
        let mut actual = risk(2, 4, 2, 2, 1);
        actual.actual = true;
        let ranked = rank(&[risk(1, 4, 2, 2, 4), actual]);
        assert_eq!(ids(&ranked), vec![2, 1]);
        assert_eq!(ranked[0].likelihood, 5);
    }

    #[test]
    fn ties_are_broken_by_sum_then_irremediability_then_actual_then_age() {
        let table = [
            (
                risk(1, 5, 1, 1, 3),
                risk(2, 5, 2, 1, 3),
                vec![2, 1],
                TieBreak::SeveritySum,
            ),
            (
                risk(1, 5, 3, 1, 3),
                risk(2, 5, 1, 3, 3),
                vec![2, 1],
                TieBreak::Irremediability,
            ),
            (
                risk(1, 5, 2, 2, 3),
                risk(2, 5, 2, 2, 3),
                vec![1, 2],
                TieBreak::Age,
            ),
        ];
        for (a, b, expected, why) in table {
            let ranked = rank(&[b.clone(), a.clone()]);
            assert_eq!(ids(&ranked), expected, "{why:?}");
            assert_eq!(ranked[1].tie_break, Some(why));
        }
        let mut actual = risk(2, 5, 2, 2, 5);
        actual.actual = true;
        let ranked = rank(&[risk(1, 5, 2, 2, 5), actual]);
        assert_eq!(ids(&ranked), vec![2, 1]);
        assert_eq!(ranked[1].tie_break, Some(TieBreak::Actual));
    }

    #[test]
    fn likelihood_goes_before_the_other_severity_scores() {
        // Severity 4 with likelihood 5 (the wage risk of the sample) comes before severity
        // 4 with likelihood 3, even when the latter scores higher on the other dimensions.
        let ranked = rank(&[risk(1, 4, 4, 3, 3), risk(2, 4, 3, 2, 5)]);
        assert_eq!(ids(&ranked), vec![2, 1]);
        assert_eq!(ranked[1].tie_break, Some(TieBreak::Likelihood));
        // And a more severe risk comes first whatever the likelihoods.
        let ranked = rank(&[risk(1, 4, 4, 4, 5), risk(2, 5, 1, 1, 1)]);
        assert_eq!(ids(&ranked), vec![2, 1]);
        assert_eq!(ranked[1].tie_break, Some(TieBreak::Severity));
    }

    #[test]
    fn an_override_moves_a_risk_and_keeps_its_computed_rank() {
        let mut low = risk(3, 1, 1, 1, 1);
        low.override_position = Some(1);
        let ranked = rank(&[risk(1, 5, 5, 5, 5), risk(2, 4, 4, 4, 4), low]);
        assert_eq!(ids(&ranked), vec![3, 1, 2]);
        assert_eq!(ranked[0].computed_rank, 3);
        assert!(ranked[0].overridden);
        assert_eq!(
            ranked.iter().map(|r| r.rank).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
    }

    #[test]
    fn out_of_range_levels_are_clamped_and_positions_past_the_end_go_last() {
        let mut far = risk(1, 9, 0, 0, 0);
        far.override_position = Some(99);
        let ranked = rank(&[far, risk(2, 2, 2, 2, 2)]);
        assert_eq!(ids(&ranked), vec![2, 1]);
        assert_eq!(ranked[1].severity, 5);
    }

    #[test]
    fn the_heat_map_counts_each_risk_once_in_its_cell() {
        let mut actual = risk(3, 2, 1, 1, 1);
        actual.actual = true;
        let h = heat_map(&[risk(1, 5, 1, 1, 2), risk(2, 1, 5, 1, 2), actual]);
        assert_eq!(h.cells[4][1], 2);
        assert_eq!(h.cells[1][4], 1);
        assert_eq!(h.cells.iter().flatten().sum::<u32>(), 3);
    }

    #[test]
    fn the_rationale_names_the_driver_the_tie_break_and_the_override() {
        use crate::messages::Lang;
        let mut low = risk(2, 5, 1, 1, 3);
        low.override_position = Some(1);
        let ranked = rank(&[risk(1, 5, 2, 1, 3), low]);
        let nl = rationale(
            &Messages::new(Lang::Nl),
            &ranked[0],
            Some("Vakbond vroeg erom"),
        );
        assert!(
            nl.contains("5 van 5") && nl.contains("Vakbond vroeg erom"),
            "{nl}"
        );
        let en = rationale(&Messages::new(Lang::En), &ranked[1], None);
        assert!(en.contains("the gravity of the harm"), "{en}");
        assert!(!en.contains("rationale."), "untranslated key in {en}");
        // Every rule that can put a risk below another has its sentence.
        for lang in [Lang::Nl, Lang::En] {
            let m = Messages::new(lang);
            for t in TieBreak::ALL {
                assert!(
                    m.has(&format!("rationale.tie.{}", t.as_str())),
                    "{lang:?} {t:?}"
                );
            }
        }
        let ranked = rank(&[risk(1, 5, 1, 1, 5), risk(2, 5, 1, 1, 2)]);
        let nl = rationale(&Messages::new(Lang::Nl), &ranked[1], None);
        assert!(nl.contains("minder waarschijnlijk"), "{nl}");
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn assessed() -> impl Strategy<Value = Assessed> {
            (1u8..=5, 1u8..=5, 1u8..=5, 1u8..=5, any::<bool>()).prop_map(
                |(scale, scope, irremediability, likelihood, actual)| Assessed {
                    id: 0,
                    scale,
                    scope,
                    irremediability,
                    likelihood,
                    actual,
                    override_position: None,
                },
            )
        }

        fn with_ids(mut v: Vec<Assessed>) -> Vec<Assessed> {
            for (i, r) in v.iter_mut().enumerate() {
                r.id = i as i64 + 1;
            }
            v
        }

        fn position(ranked: &[Ranked], id: i64) -> u32 {
            ranked
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.rank)
                .unwrap_or(0)
        }

        proptest! {
            #[test]
            fn raising_a_severity_dimension_never_lowers_priority(
                risks in proptest::collection::vec(assessed(), 1..40),
                pick in any::<prop::sample::Index>(),
                dim in 0usize..3,
            ) {
                let risks = with_ids(risks);
                let i = pick.index(risks.len());
                let before = position(&rank(&risks), risks[i].id);
                let mut raised = risks.clone();
                let r = &mut raised[i];
                match dim {
                    0 => r.scale = (r.scale + 1).min(5),
                    1 => r.scope = (r.scope + 1).min(5),
                    _ => r.irremediability = (r.irremediability + 1).min(5),
                }
                let after = position(&rank(&raised), raised[i].id);
                prop_assert!(after <= before, "rank went from {} to {}", before, after);
            }

            #[test]
            fn higher_severity_always_ranks_above_lower_severity(
                risks in proptest::collection::vec(assessed(), 2..60),
            ) {
                let risks = with_ids(risks);
                let ranked = rank(&risks);
                for pair in ranked.windows(2) {
                    prop_assert!(pair[0].severity >= pair[1].severity);
                }
            }

            #[test]
            fn the_ranked_list_reads_the_heat_map_and_never_contradicts_it(
                risks in proptest::collection::vec(assessed(), 2..60),
            ) {
                // Along the list, (severity, likelihood) never goes up: the cells of the
                // heat map come in order, highest severity first, then highest likelihood.
                let ranked = rank(&with_ids(risks));
                for pair in ranked.windows(2) {
                    prop_assert!(
                        (pair[0].severity, pair[0].likelihood) >= (pair[1].severity, pair[1].likelihood),
                        "{:?} above {:?}", pair[0], pair[1]
                    );
                }
            }

            #[test]
            fn of_any_two_risks_the_more_severe_or_at_equal_severity_the_more_likely_ranks_first(
                a in assessed(),
                b in assessed(),
            ) {
                let risks = with_ids(vec![a.clone(), b.clone()]);
                let ranked = rank(&risks);
                let (sa, sb) = (a.severity(), b.severity());
                let (la, lb) = (a.effective_likelihood(), b.effective_likelihood());
                if sa > sb || (sa == sb && la > lb) {
                    prop_assert_eq!(ranked[0].id, 1);
                } else if sb > sa || (sa == sb && lb > la) {
                    prop_assert_eq!(ranked[0].id, 2);
                }
                // Each place says what put it below the one above.
                prop_assert!(ranked[0].tie_break.is_none());
                prop_assert!(ranked[1].tie_break.is_some());
            }

            #[test]
            fn ranking_is_deterministic_whatever_the_input_order(
                risks in proptest::collection::vec(assessed(), 1..40),
                seed in any::<u64>(),
            ) {
                let risks = with_ids(risks);
                let mut shuffled = risks.clone();
                // A simple deterministic shuffle from the seed.
                let mut s = seed | 1;
                for i in (1..shuffled.len()).rev() {
                    s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                    shuffled.swap(i, (s % (i as u64 + 1)) as usize);
                }
                prop_assert_eq!(rank(&risks), rank(&shuffled));
            }
        }
    }
}
