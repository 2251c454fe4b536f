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

/// The action plan as one table, in the order of the risks' ranks: per action its risk,
/// measure, owner, budget, deadline and status (`owners` false leaves names and budgets
/// out). The main body shows the first rows and says where the rest is.
pub fn action_table(w: &mut Writer, m: &ReportModel, owners: bool) {
    if m.actions.is_empty() {
        w.nothing("actions-none");
        return;
    }
    action_rows(w, m, owners, BODY_ROWS);
}

/// The rows of the action plan, at most `limit` of them (every one in the annex).
pub fn action_rows(w: &mut Writer, m: &ReportModel, owners: bool, limit: usize) {
    let t = w.t;
    let mut actions: Vec<&ActionLine> = m.actions.iter().collect();
    let rank_of = |a: &ActionLine| {
        m.risk(a.risk_position)
            .and_then(|r| r.rank)
            .unwrap_or(u32::MAX)
    };
    actions.sort_by(|a, b| {
        rank_of(a)
            .cmp(&rank_of(b))
            .then_with(|| a.deadline.cmp(&b.deadline))
    });
    let total = actions.len();
    let rows = actions.iter().map(|a| {
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
    });
    if owners {
        w.table_up_to(
            &[
                "col-risk",
                "col-action",
                "col-owner",
                "col-budget",
                "col-deadline",
                "col-status",
            ],
            total,
            rows,
            &[0.22, 0.30, 0.13, 0.11, 0.12, 0.12],
            Register::Actions,
            limit,
        );
    } else {
        w.table_up_to(
            &["col-risk", "col-action", "col-deadline", "col-status"],
            total,
            rows,
            &[0.30, 0.40, 0.15, 0.15],
            Register::Actions,
            limit,
        );
    }
}

/// "In all 1,500 measures, 300 completed, 40 overdue", and per kind of measure how many
/// are planned, under way, completed and stopped.
pub fn actions_summary(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    if m.actions.is_empty() {
        return;
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
    if m.actions.len() <= BODY_ROWS {
        return;
    }
    let mut kinds: Vec<(MeasureType, [usize; 5])> = Vec::new();
    for a in &m.actions {
        let column = match a.status {
            ActionStatus::Planned => 0,
            ActionStatus::InProgress => 1,
            ActionStatus::Done => 2,
            ActionStatus::Stopped => 3,
        };
        let at = match kinds.iter().position(|(k, _)| *k == a.measure) {
            Some(at) => at,
            None => {
                kinds.push((a.measure, [0; 5]));
                kinds.len() - 1
            }
        };
        if let Some((_, counts)) = kinds.get_mut(at) {
            counts[column] += 1;
            counts[4] += 1;
        }
    }
    kinds.sort_by(|a, b| b.1[4].cmp(&a.1[4]).then(a.0.as_str().cmp(b.0.as_str())));
    let rows = kinds
        .iter()
        .map(|(k, counts)| {
            std::iter::once(t.code("measure", k.as_str()))
                .chain(counts.iter().map(|n| n.to_string()))
                .collect()
        })
        .collect();
    w.table(
        &[
            "col-measure-kind",
            "col-planned",
            "col-in-progress",
            "col-done",
            "col-stopped",
            "col-total",
        ],
        rows,
        &[0.35, 0.13, 0.13, 0.13, 0.13, 0.13],
    );
}

/// KPIs with their latest value against the target, and a chart for each measured one.
pub fn kpis(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    if m.kpis.is_empty() {
        w.nothing("kpis-none");
        return;
    }
    // The KPIs of the risks worked out in full first.
    let key: Vec<usize> = crate::report::annex::in_full(m)
        .iter()
        .map(|r| r.position)
        .collect();
    let mut order: Vec<&KpiLine> = m.kpis.iter().collect();
    order.sort_by_key(|k| !k.risk_position.is_some_and(|p| key.contains(&p)));
    let rows = order.iter().map(|k| {
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
    });
    w.capped_table(
        &[
            "col-kpi",
            "col-baseline",
            "col-latest",
            "col-target",
            "col-deadline",
        ],
        m.kpis.len(),
        rows,
        &[0.36, 0.16, 0.16, 0.16, 0.16],
        Register::Kpis,
    );
    let charted: Vec<&&KpiLine> = order.iter().filter(|k| k.points.len() >= 2).collect();
    for k in charted.iter().take(KPI_CHARTS) {
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
    if charted.len() > KPI_CHARTS {
        w.blocks.push(Block::Muted(t.get(
            "kpi-charts-shown",
            &[
                ("count", KPI_CHARTS.to_string()),
                ("total", charted.len().to_string()),
            ],
        )));
    }
}

/// How many KPI charts the main body draws at most.
pub const KPI_CHARTS: usize = 4;

/// Measures and their results: how many were judged to work, and per measure (in the
/// order of the risks' ranks) what was judged, with the evidence kept.
pub fn results(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let mut judged: Vec<&ActionLine> = m
        .actions
        .iter()
        .filter(|a| a.last_effectiveness.is_some())
        .collect();
    if judged.is_empty() {
        w.nothing("results-none");
        return;
    }
    let rank_of = |a: &ActionLine| {
        m.risk(a.risk_position)
            .and_then(|r| r.rank)
            .unwrap_or(u32::MAX)
    };
    judged.sort_by_key(|a| rank_of(a));
    if judged.len() > BODY_ROWS {
        let mut counts = Vec::new();
        for a in &judged {
            if let Some(e) = a.last_effectiveness {
                crate::report::model::tally(&mut counts, e);
            }
        }
        counts.sort_by_key(|(e, _)| e.as_str());
        w.pk(
            "results-summary",
            &[
                ("count", judged.len().to_string()),
                (
                    "what",
                    crate::report::writer::counted(&counts, |e| {
                        t.code("effectiveness", e.as_str())
                    }),
                ),
            ],
        );
    }
    let lines = judged.iter().map(|a| {
        t.get(
            "result-line",
            &[
                ("name", a.title.clone()),
                (
                    "what",
                    t.code(
                        "effectiveness",
                        a.last_effectiveness.map_or("", |e| e.as_str()),
                    ),
                ),
                ("count", a.evidence_files.to_string()),
            ],
        )
    });
    w.capped_bullets(judged.len(), lines, Register::Updates);
}

/// Step 4 (B4): the year's questionnaire round in counts and its main findings; no
/// supplier is named, in the public report or in the company's own.
pub fn surveys(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let Some(f) = &m.surveys else {
        w.nothing("surveys-none");
        return;
    };
    w.pk(
        "surveys-summary",
        &[
            ("count", f.asked.to_string()),
            ("done", f.returned.to_string()),
            ("n", f.overdue.to_string()),
        ],
    );
    if f.returned == 0 {
        return;
    }
    if f.flagged == 0 {
        w.p(t.t("surveys-no-flags"));
    } else {
        w.pk("surveys-flags", &[("count", f.flagged.to_string())]);
        w.bullets(
            f.flags
                .iter()
                .map(|(code, n)| {
                    t.get(
                        "surveys-flag-line",
                        &[
                            ("what", t.app(&format!("survey.flag.{code}"), &[])),
                            ("count", n.to_string()),
                        ],
                    )
                })
                .collect(),
        );
    }
    if !f.weakest.is_empty() {
        let areas: Vec<String> = f
            .weakest
            .iter()
            .map(|(area, avg)| {
                let name = if area == "grievances" || area == "own_suppliers" {
                    t.app(&format!("survey.area.{area}"), &[])
                } else {
                    t.code("theme", area)
                };
                t.get(
                    "surveys-area",
                    &[("what", name), ("count", avg.to_string())],
                )
            })
            .collect();
        w.pk("surveys-weakest", &[("what", areas.join("; "))]);
    }
}
