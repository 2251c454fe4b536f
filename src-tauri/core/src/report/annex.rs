//! The registers that grow with a company — suppliers, risks, actions and KPI series.
//! The main body of a report shows the most important rows of each (at most
//! [`BODY_ROWS`]) and says where the rest is: in an annex of the yearly report when the
//! user includes it (by default when the register has at most [`DEFAULT_LIMIT`] rows),
//! and always in the register's own export.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{ReportModel, RiskLine};
use super::sections::{self as s, Writer};
use crate::exchange::Register;
use crate::model::risk::Decision;

/// Rows (or list items) of a growing register that the main body shows at most.
pub const BODY_ROWS: usize = 25;

/// Risks that the main body works out in full at most (prioritised, severity 5 or an
/// actual impact, in ranked order).
pub const IN_FULL: usize = 15;

/// Registers with at most this many rows go into the yearly report as annexes unless the
/// user chooses otherwise (the settings keep the user's own limit).
pub const DEFAULT_LIMIT: u32 = crate::settings::DEFAULT_ANNEX_LIMIT;

/// A register that the yearly report can carry as an annex.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum Annex {
    Suppliers,
    Risks,
    Actions,
    Kpis,
}

impl Annex {
    pub const ALL: [Annex; 4] = [Annex::Suppliers, Annex::Risks, Annex::Actions, Annex::Kpis];

    pub fn as_str(self) -> &'static str {
        match self {
            Annex::Suppliers => "suppliers",
            Annex::Risks => "risks",
            Annex::Actions => "actions",
            Annex::Kpis => "kpis",
        }
    }

    /// The register export that holds the same rows.
    pub fn register(self) -> Register {
        match self {
            Annex::Suppliers => Register::Suppliers,
            Annex::Risks => Register::Risks,
            Annex::Actions => Register::Actions,
            Annex::Kpis => Register::Kpis,
        }
    }

    /// Whether the main body already shows every row of the register (the suppliers it
    /// only counts).
    pub fn in_body(self, m: &ReportModel) -> bool {
        match self {
            Annex::Suppliers => false,
            // The body's table lists the ranked risks and only counts the others.
            Annex::Risks => m.risks.len() <= BODY_ROWS && m.risks.iter().all(|r| r.rank.is_some()),
            Annex::Actions => m.actions.len() <= BODY_ROWS,
            Annex::Kpis => {
                m.kpis.len() <= BODY_ROWS
                    && m.kpis.iter().filter(|k| k.points.len() >= 2).count()
                        <= crate::report::sections::KPI_CHARTS
            }
        }
    }

    /// How many rows the annex has for `m`.
    pub fn rows(self, m: &ReportModel) -> usize {
        match self {
            Annex::Suppliers => m.supplier_lines.len(),
            Annex::Risks => m.risks.len(),
            Annex::Actions => m.actions.len(),
            Annex::Kpis => m.kpis.len(),
        }
    }
}

/// How a report is printed: the registers that go along as annexes (the yearly report
/// only; the other reports have none).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportOptions {
    pub annexes: Vec<Annex>,
}

impl ReportOptions {
    /// The registers of `m` that the main body does not show whole, with at most
    /// `limit` rows.
    pub fn up_to(m: &ReportModel, limit: u32) -> ReportOptions {
        ReportOptions {
            annexes: Annex::ALL
                .into_iter()
                .filter(|a| !a.in_body(m) && (1..=limit as usize).contains(&a.rows(m)))
                .collect(),
        }
    }

    /// Every register as an annex.
    pub fn all() -> ReportOptions {
        ReportOptions {
            annexes: Annex::ALL.to_vec(),
        }
    }

    /// The chosen annexes once each, in the report's order.
    pub fn normalised(&self) -> Vec<Annex> {
        Annex::ALL
            .into_iter()
            .filter(|a| self.annexes.contains(a))
            .collect()
    }
}

/// An annex the app offers before printing, with its size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AnnexSize {
    pub annex: Annex,
    pub rows: u32,
    /// The main body already shows every row.
    pub in_body: bool,
    /// Included unless the user chooses otherwise (see [`ReportOptions::up_to`]).
    pub included: bool,
}

/// What the app needs to offer the annexes of a yearly report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AnnexOffer {
    pub annexes: Vec<AnnexSize>,
    /// Registers up to this many rows are included unless the user set another limit.
    pub default_limit: u32,
}

/// The annexes of `m`, each with whether the limit `limit` includes it.
pub fn offer(m: &ReportModel, limit: u32) -> AnnexOffer {
    let included = ReportOptions::up_to(m, limit).annexes;
    AnnexOffer {
        annexes: Annex::ALL
            .into_iter()
            .map(|a| AnnexSize {
                annex: a,
                rows: a.rows(m) as u32,
                in_body: a.in_body(m),
                included: included.contains(&a),
            })
            .collect(),
        default_limit: DEFAULT_LIMIT,
    }
}

/// The letter of an annex in a report with `chosen` annexes: A to C are the method,
/// the sources and the frameworks; the registers follow from D in [`Annex::ALL`]'s
/// order.
pub fn letter(chosen: &[Annex], annex: Annex) -> Option<char> {
    let at = Annex::ALL
        .into_iter()
        .filter(|a| chosen.contains(a))
        .position(|a| a == annex)?;
    char::from_u32('D' as u32 + at as u32)
}

/// The risks the main body works out in full: the prioritised ones, and every one of
/// severity 5 and every actual impact that was assessed, in ranked order, at most
/// [`IN_FULL`].
pub fn in_full(m: &ReportModel) -> Vec<&RiskLine> {
    key_risks(m).take(IN_FULL).collect()
}

/// Every assessed risk that the report must explain (prioritised, severity 5 or an
/// actual impact), in ranked order.
pub fn key_risks(m: &ReportModel) -> impl Iterator<Item = &RiskLine> {
    m.risks
        .iter()
        .filter(|r| r.rank.is_some())
        .filter(|r| r.prioritised() || r.severity == Some(5) || r.actual)
}

/// Writes the annexes of registers chosen in `w.annexes`.
pub fn write(w: &mut Writer, m: &ReportModel) {
    for annex in w.annexes.clone() {
        let t = w.t;
        let letter = letter(&w.annexes, annex).unwrap_or('D');
        w.blocks.push(super::layout::Block::Heading {
            level: 1,
            text: t.get(
                "annex-register",
                &[
                    ("letter", letter.to_string()),
                    ("what", t.t(&format!("annex-name-{}", annex.as_str()))),
                ],
            ),
        });
        w.pk(
            &format!("annex-intro-{}", annex.as_str()),
            &[("count", annex.rows(m).to_string())],
        );
        match annex {
            Annex::Suppliers => suppliers(w, m),
            Annex::Risks => risks(w, m),
            Annex::Actions => s::action_rows(w, m, true, usize::MAX),
            Annex::Kpis => kpis(w, m),
        }
    }
}

fn suppliers(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let rows = m
        .supplier_lines
        .iter()
        .map(|sp| {
            let mut name = sp.name.clone();
            if sp.ended {
                name = t.get("annex-supplier-ended", &[("name", name)]);
            }
            vec![
                name,
                s::country_or_dash(t, &sp.country),
                sp.tier.to_string(),
                t.code("code_of_conduct", sp.code_of_conduct.as_str()),
                sp.risks.to_string(),
            ]
        })
        .collect();
    w.table(
        &[
            "col-supplier",
            "col-country",
            "col-tier",
            "col-coc",
            "col-risks",
        ],
        rows,
        &[0.38, 0.18, 0.1, 0.22, 0.12],
    );
}

fn risks(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let rows = m
        .risks
        .iter()
        .map(|r| {
            let decision = t.code("decision", r.decision.as_str());
            let decision = match (r.decision, &r.review_date) {
                (Decision::Deferred, Some(d)) => t.get(
                    "annex-deferred-until",
                    &[("what", decision), ("date", t.date(d))],
                ),
                _ => decision,
            };
            vec![
                r.rank.map(|n| n.to_string()).unwrap_or_default(),
                s::risk_title(t, r),
                t.code("theme", r.theme.as_str()),
                s::country_or_dash(t, &r.country),
                s::score(r),
                decision,
            ]
        })
        .collect();
    w.table(
        &[
            "col-rank",
            "col-risk",
            "col-theme",
            "col-country",
            "col-sev-lik",
            "col-decision",
        ],
        rows,
        &[0.07, 0.33, 0.17, 0.14, 0.12, 0.17],
    );
}

fn kpis(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let year = m.year.to_string();
    let rows = m
        .kpis
        .iter()
        .map(|k| {
            let this_year: Vec<String> = k
                .points
                .iter()
                .filter(|(d, _)| d.starts_with(&year))
                .map(|(d, v)| format!("{} {}", t.date(d), t.number(*v)))
                .collect();
            vec![
                format!("{} ({})", k.name, k.unit),
                k.baseline
                    .map(|b| t.number(b))
                    .unwrap_or_else(|| t.t("cell-empty")),
                t.number(k.target),
                s::opt_date(t, &k.deadline),
                if this_year.is_empty() {
                    t.t("kpi-not-measured")
                } else {
                    this_year.join("\n")
                },
                k.points.len().to_string(),
            ]
        })
        .collect();
    w.table(
        &[
            "col-kpi",
            "col-baseline",
            "col-target",
            "col-deadline",
            "col-values-year",
            "col-measurements",
        ],
        rows,
        &[0.3, 0.12, 0.12, 0.14, 0.2, 0.12],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_annexes_follow_the_fixed_ones_in_order() {
        let all = Annex::ALL.to_vec();
        assert_eq!(letter(&all, Annex::Suppliers), Some('D'));
        assert_eq!(letter(&all, Annex::Kpis), Some('G'));
        let some = vec![Annex::Kpis, Annex::Risks];
        assert_eq!(letter(&some, Annex::Risks), Some('D'));
        assert_eq!(letter(&some, Annex::Kpis), Some('E'));
        assert_eq!(letter(&some, Annex::Actions), None);
        let options = ReportOptions { annexes: some };
        assert_eq!(options.normalised(), vec![Annex::Risks, Annex::Kpis]);
    }
}
