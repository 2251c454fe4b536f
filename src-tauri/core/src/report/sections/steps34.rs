//! Steps 3 and 4: the actions, the KPIs and what the measures achieved.

use super::*;

/// "1 March 2026 …": when the facts were taken — the closing of a closed year, or the
/// day the report was made.
pub fn made_line(t: &Texts, m: &ReportModel) -> String {
    match &m.closed_at {
        Some(at) => t.get("cover-closed", &[("date", t.date(&at[..10]))]),
        None => t.get("cover-made", &[("date", t.date(&m.as_of))]),
    }
}

/// An action's title with its kind of measure on the next line.
pub fn measure_cell(t: &Texts, a: &ActionLine) -> String {
    format!(
        "{}\n{}",
        a.title,
        t.get(
            "plan-measure",
            &[("what", t.code("measure", a.measure.as_str()))]
        )
    )
}

/// An action's status, and "overdue" when it is.
pub fn status_text(t: &Texts, a: &ActionLine) -> String {
    let s = t.code("action_status", a.status.as_str());
    if a.overdue {
        t.get("status-overdue", &[("what", s)])
    } else {
        s
    }
}

/// The action plan as one table: per action its risk, measure, owner, budget, deadline
/// and status. `owners` false leaves names out.
pub fn action_table(w: &mut Writer, m: &ReportModel, owners: bool) {
    let t = w.t;
    if m.actions.is_empty() {
        w.nothing("actions-none");
        return;
    }
    let mut actions: Vec<&ActionLine> = m.actions.iter().collect();
    let rank_of = |a: &ActionLine| {
        m.risk(a.risk_position)
            .and_then(|r| r.rank)
            .unwrap_or(u32::MAX)
    };
    actions.sort_by_key(|a| (rank_of(a), a.deadline.clone()));
    let rows = actions
        .iter()
        .map(|a| {
            let risk = m
                .risk(a.risk_position)
                .map(|r| match r.rank {
                    Some(n) => format!("{n}. {}", r.title),
                    None => r.title.clone(),
                })
                .unwrap_or_default();
            let mut row = vec![risk, measure_cell(t, a)];
            if owners {
                row.push(opt(t, &a.owner));
                row.push(opt_money(t, a.budget_eur));
            }
            row.push(opt_date(t, &a.deadline));
            row.push(status_text(t, a));
            row
        })
        .collect();
    if owners {
        w.table(
            &[
                "col-risk",
                "col-action",
                "col-owner",
                "col-budget",
                "col-deadline",
                "col-status",
            ],
            rows,
            &[0.22, 0.30, 0.13, 0.11, 0.12, 0.12],
        );
    } else {
        w.table(
            &["col-risk", "col-action", "col-deadline", "col-status"],
            rows,
            &[0.30, 0.40, 0.15, 0.15],
        );
    }
    let done = m
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
        .count();
    let overdue = m.actions.iter().filter(|a| a.overdue).count();
    w.pk(
        "actions-summary",
        &[
            ("total", m.actions.len().to_string()),
            ("done", done.to_string()),
            ("count", overdue.to_string()),
        ],
    );
}

/// KPIs with their latest value against the target, and a chart for each measured one.
pub fn kpis(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    if m.kpis.is_empty() {
        w.nothing("kpis-none");
        return;
    }
    let rows = m
        .kpis
        .iter()
        .map(|k| {
            vec![
                k.name.clone(),
                k.baseline
                    .map(|b| format!("{} {}", t.number(b), k.unit))
                    .unwrap_or_else(|| t.t("cell-empty")),
                k.latest()
                    .map(|v| format!("{} {}", t.number(v), k.unit))
                    .unwrap_or_else(|| t.t("kpi-not-measured")),
                format!("{} {}", t.number(k.target), k.unit),
                opt_date(t, &k.deadline),
            ]
        })
        .collect();
    w.table(
        &[
            "col-kpi",
            "col-baseline",
            "col-latest",
            "col-target",
            "col-deadline",
        ],
        rows,
        &[0.36, 0.16, 0.16, 0.16, 0.16],
    );
    for k in m.kpis.iter().filter(|k| k.points.len() >= 2) {
        w.blocks.push(Block::Heading {
            level: 3,
            text: t.get(
                "kpi-chart",
                &[("name", k.name.clone()), ("unit", k.unit.clone())],
            ),
        });
        w.blocks.push(Block::LineChart {
            points: k.points.clone(),
            labels: k.points.iter().map(|(d, _)| t.date(d)).collect(),
            target: k.target,
            target_label: t.get(
                "kpi-target-line",
                &[("value", t.number(k.target)), ("unit", k.unit.clone())],
            ),
            decimal_comma: t.lang == Lang::Nl,
        });
    }
}

/// Measures and their results: what was done and whether it works.
pub fn results(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let judged: Vec<String> = m
        .actions
        .iter()
        .filter_map(|a| {
            a.last_effectiveness.map(|e| {
                t.get(
                    "result-line",
                    &[
                        ("name", a.title.clone()),
                        ("what", t.code("effectiveness", e.as_str())),
                        ("count", a.evidence_files.to_string()),
                    ],
                )
            })
        })
        .collect();
    if judged.is_empty() {
        w.nothing("results-none");
    } else {
        w.bullets(judged);
    }
}
