//! The yearly report's first page after the contents: the year at a glance, in counts
//! from the registers, and the most severe prioritised risks with what is done about
//! them.

use super::model::{KpiLine, ReportModel, RiskLine};
use super::sections::{self, Writer};
use crate::model::action::ActionStatus;

/// The year at a glance (R1–R3): one page that tells a reader where the company
/// stands before any chapter: the chain, the risks, the most severe of them with what is
/// done about them, the measures, the KPIs and the grievances, in counts from the
/// registers.
pub fn glance(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("ch-glance");
    let countries = m.suppliers.by_country.len();
    let complete = m.chains.iter().filter(|c| c.completeness >= 100).count();
    let assessed = m.risks.iter().filter(|r| r.severity.is_some()).count();
    let prioritised = m.risks.iter().filter(|r| r.prioritised()).count();
    let deferred = m
        .risks
        .iter()
        .filter(|r| r.decision == crate::model::risk::Decision::Deferred)
        .count();
    let done = m
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
        .count();
    let running = m
        .actions
        .iter()
        .filter(|a| matches!(a.status, ActionStatus::Planned | ActionStatus::InProgress))
        .count();
    let overdue = m.actions.iter().filter(|a| a.overdue).count();
    // Deferred risks to be looked at again by the end of next year.
    let until = format!("{}-12-31", m.year + 1);
    let reviews = m
        .risks
        .iter()
        .filter(|r| r.decision == crate::model::risk::Decision::Deferred)
        .filter(|r| {
            r.review_date
                .as_deref()
                .is_some_and(|d| d <= until.as_str())
        })
        .count();
    let measured: Vec<_> = m.kpis.iter().filter(|k| k.latest().is_some()).collect();
    let reached = measured.iter().filter(|k| reached(k)).count();
    let n = |x: usize| x.to_string();
    w.bullets(vec![
        t.get(
            "glance-chain",
            &[
                ("suppliers", m.suppliers.active.to_string()),
                ("countries", n(countries)),
                ("chains", n(m.chains.len())),
                ("complete", n(complete)),
            ],
        ),
        t.get(
            "glance-risks",
            &[
                ("risks", n(m.risks.len())),
                ("assessed", n(assessed)),
                ("prioritised", n(prioritised)),
                ("deferred", n(deferred)),
            ],
        ),
        t.get(
            "glance-actions",
            &[
                ("done", n(done)),
                ("running", n(running)),
                ("overdue", n(overdue)),
            ],
        ),
        t.get(
            "glance-kpis",
            &[
                ("reached", n(reached)),
                ("measured", n(measured.len())),
                ("kpis", n(m.kpis.len())),
            ],
        ),
        t.get(
            "glance-grievances",
            &[
                ("received", m.grievances.received.to_string()),
                ("closed", m.grievances.closed.to_string()),
            ],
        ),
        t.get(
            "glance-next",
            &[
                ("year", (m.year + 1).to_string()),
                ("due", n(sections::due_next_year(m).count())),
                ("reviews", n(reviews)),
            ],
        ),
    ]);
    // The most severe prioritised risks and what is done about each.
    let mut top: Vec<&RiskLine> = m.risks.iter().filter(|r| r.prioritised()).collect();
    top.sort_by_key(|r| r.rank);
    top.truncate(GLANCE_TOP);
    w.h2("glance-top");
    if top.is_empty() {
        w.nothing("glance-top-none");
        return;
    }
    let rows = top
        .iter()
        .map(|r| {
            let mine: Vec<_> = m
                .actions
                .iter()
                .filter(|a| a.risk_position == r.position)
                .collect();
            let finished = mine
                .iter()
                .filter(|a| a.status == ActionStatus::Done)
                .count();
            vec![
                r.rank.map(|x| x.to_string()).unwrap_or_default(),
                r.title.clone(),
                match (r.severity, r.likelihood) {
                    (Some(s), Some(l)) => format!("{s} × {l}"),
                    _ => String::new(),
                },
                if mine.is_empty() {
                    t.t("glance-no-measures")
                } else {
                    t.get(
                        "glance-measures",
                        &[("done", n(finished)), ("total", n(mine.len()))],
                    )
                },
            ]
        })
        .collect();
    w.table(
        &["col-rank", "col-risk", "col-score", "col-measures"],
        rows,
        &[0.08, 0.52, 0.14, 0.26],
    );
}

/// How many of the most severe prioritised risks the first page names.
const GLANCE_TOP: usize = 5;

/// A KPI whose latest measurement reached its target, in the direction from its baseline
/// to its target (up when there is no baseline).
fn reached(k: &KpiLine) -> bool {
    let Some(latest) = k.latest() else {
        return false;
    };
    match k.baseline {
        Some(b) if b > k.target => latest <= k.target,
        _ => latest >= k.target,
    }
}
