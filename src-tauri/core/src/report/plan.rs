//! R1, the action plan: the first prioritised risks in order, each with its measures,
//! owners, budgets, deadlines and status; the other prioritised risks as a table of a
//! row each; and the measures for risks that are not prioritised.

use super::annex::{BODY_ROWS, IN_FULL};
use super::layout::{Block, Document};
use super::model::{ActionLine, ReportModel, RiskLine};
use super::sections::{self as s, Writer};
use super::text::Texts;
use crate::exchange::Register;
use crate::guidance::Escalation;
use crate::model::action::ActionStatus;

pub fn document(m: &ReportModel, t: &Texts) -> Document {
    let mut w = Writer::new(t);
    w.blocks.push(Block::Heading {
        level: 1,
        text: t.get(
            "plan-heading",
            &[
                ("company", m.company.name.clone()),
                ("year", m.year.to_string()),
            ],
        ),
    });
    w.blocks.push(Block::Muted(s::made_line(t, m)));
    w.p(t.t("plan-intro"));
    summary(&mut w, m);
    let prioritised: Vec<_> = m.risks.iter().filter(|r| r.prioritised()).collect();
    if prioritised.is_empty() {
        w.nothing("plan-no-priorities");
    }
    let by_risk = m.actions_by_risk();
    let actions_of = |r: &RiskLine| -> Vec<&ActionLine> {
        r.position
            .checked_sub(1)
            .and_then(|p| by_risk.get(p))
            .map(|list| list.iter().filter_map(|&i| m.actions.get(i)).collect())
            .unwrap_or_default()
    };
    for r in prioritised.iter().take(IN_FULL) {
        risk_plan(&mut w, r, &actions_of(r));
    }
    if prioritised.len() > IN_FULL {
        rest(&mut w, &prioritised[IN_FULL..], &actions_of);
        // Responsible exits of the other risks too, each with its questions, the first
        // of them in full.
        let exits: Vec<&ActionLine> = prioritised[IN_FULL..]
            .iter()
            .flat_map(|r| actions_of(r))
            .filter(|a| a.exit.is_some())
            .collect();
        for a in exits.iter().take(BODY_ROWS) {
            if let Some(exit) = &a.exit {
                exit_plan(&mut w, &a.title, exit);
            }
        }
        w.more(exits.len().min(BODY_ROWS), exits.len(), Register::Actions);
    }
    other_actions(&mut w, m);
    Document {
        header: t.get(
            "header-plan",
            &[
                ("company", m.company.name.clone()),
                ("year", m.year.to_string()),
            ],
        ),
        footer: s::footer(t),
        blocks: w.blocks,
    }
}

/// The plan in figures: how many actions, how many open and overdue, the budget.
fn summary(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let open = m
        .actions
        .iter()
        .filter(|a| matches!(a.status, ActionStatus::Planned | ActionStatus::InProgress))
        .count();
    let overdue = m.actions.iter().filter(|a| a.overdue).count();
    let budget: u64 = m.actions.iter().filter_map(|a| a.budget_eur).sum();
    w.bullets(vec![
        t.get(
            "plan-count",
            &[
                ("total", m.actions.len().to_string()),
                ("count", open.to_string()),
            ],
        ),
        t.get("plan-overdue", &[("count", overdue.to_string())]),
        t.get("plan-budget", &[("budget", t.money(budget))]),
    ]);
}

/// The prioritised risks after the first [`IN_FULL`]: a row each with its measures, the
/// next deadline and what needs attention.
fn rest<'a>(
    w: &mut Writer,
    risks: &[&RiskLine],
    actions_of: &dyn Fn(&RiskLine) -> Vec<&'a ActionLine>,
) {
    let t = w.t;
    w.h2("plan-rest");
    w.pk("plan-rest-intro", &[("count", risks.len().to_string())]);
    let rows = risks.iter().map(|r| {
        let actions = actions_of(r);
        let done = actions
            .iter()
            .filter(|a| a.status == ActionStatus::Done)
            .count();
        let next = actions
            .iter()
            .filter(|a| matches!(a.status, ActionStatus::Planned | ActionStatus::InProgress))
            .filter_map(|a| a.deadline.clone())
            .min();
        let attention = if actions.is_empty() {
            t.t("plan-rest-none")
        } else if s::escalation_of(&actions).is_some() {
            t.t("plan-rest-escalate")
        } else if actions.iter().any(|a| a.overdue) {
            t.t("plan-rest-overdue")
        } else {
            t.t("cell-empty")
        };
        vec![
            r.rank.map(|n| n.to_string()).unwrap_or_default(),
            r.title.clone(),
            s::score(r),
            t.get(
                "glance-measures",
                &[
                    ("done", done.to_string()),
                    ("total", actions.len().to_string()),
                ],
            ),
            s::opt_date(t, &next),
            attention,
        ]
    });
    w.table_up_to(
        &[
            "col-rank",
            "col-risk",
            "col-sev-lik",
            "col-measures",
            "col-next-deadline",
            "col-attention",
        ],
        risks.len(),
        rows,
        &[0.07, 0.33, 0.1, 0.18, 0.14, 0.18],
        Register::Risks,
        PLAN_ROWS,
    );
}

/// Rows of the table of the other prioritised risks in the action plan at most.
const PLAN_ROWS: usize = 100;

/// One prioritised risk: its scores and the table of its actions.
fn risk_plan(w: &mut Writer, r: &RiskLine, actions: &[&ActionLine]) {
    let t = w.t;
    w.blocks.push(Block::Heading {
        level: 2,
        text: format!("{}. {}", r.rank.unwrap_or(0), r.title),
    });
    let mut facts = vec![
        t.code("theme", r.theme.as_str()),
        t.get(
            "plan-scores",
            &[
                ("severity", r.severity.unwrap_or(0).to_string()),
                ("likelihood", r.likelihood.unwrap_or(0).to_string()),
            ],
        ),
    ];
    if let Some(c) = &r.country {
        facts.push(t.country(c));
    }
    if let Some(i) = r.involvement {
        facts.push(t.code("involvement", i.as_str()));
    }
    w.blocks.push(Block::Muted(facts.join(" · ")));
    if actions.is_empty() {
        w.nothing("plan-risk-no-actions");
        return;
    }
    let rows = actions
        .iter()
        .map(|a| {
            let mut what = s::measure_cell(t, a);
            if let Some(g) = &a.goal {
                what.push('\n');
                what.push_str(&t.get("plan-goal", &[("what", g.clone())]));
            }
            vec![
                what,
                s::opt(t, &a.owner),
                s::opt_money(t, a.budget_eur),
                s::opt_date(t, &a.deadline),
                s::status_text(t, a),
            ]
        })
        .collect();
    w.table(
        &[
            "col-action",
            "col-owner",
            "col-budget",
            "col-deadline",
            "col-status",
        ],
        rows,
        &[0.42, 0.16, 0.13, 0.15, 0.14],
    );
    if let Some(e) = s::escalation_of(actions) {
        escalation(w, &e);
    }
    for a in actions {
        if let Some(exit) = &a.exit {
            exit_plan(w, &a.title, exit);
        }
    }
}

/// A responsible disengagement: why now, and each question of a responsible exit with
/// its answer, or that it is still open.
fn exit_plan(w: &mut Writer, title: &str, e: &crate::model::action::ExitPlan) {
    let t = w.t;
    w.p(t.get("plan-exit", &[("what", title.to_string())]));
    let items: Vec<String> = std::iter::once(("exit.reason", &e.reason))
        .chain(e.questions())
        .map(|(field, answer)| {
            let answer = match answer {
                // The end date in the report's own way of writing dates.
                Some(a) if field == "exit.ends_on" => t.date(a),
                Some(a) => a.clone(),
                None => t.t("plan-exit-open"),
            };
            format!("{} {answer}", t.code("field", field))
        })
        .collect();
    w.bullets(items);
}

/// A measure that does not work, and the steps up that the guidance proposes.
fn escalation(w: &mut Writer, e: &Escalation) {
    let t = w.t;
    w.p(t.get(
        "plan-escalation",
        &[("what", t.code("measure", e.failed.as_str()))],
    ));
    if e.next.is_empty() {
        w.p(t.t("plan-escalation-own"));
    } else {
        w.bullets(
            e.next
                .iter()
                .map(|s| t.code("escalation", s.as_str()))
                .collect(),
        );
    }
}

/// The actions for risks that are not (or no longer) prioritised.
fn other_actions(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let others: Vec<_> = m
        .actions
        .iter()
        .filter(|a| !m.risk(a.risk_position).is_some_and(|r| r.prioritised()))
        .collect();
    if !others.is_empty() {
        w.h2("plan-other");
        let rows = others.iter().map(|a| {
            vec![
                m.risk(a.risk_position)
                    .map(|r| r.title.clone())
                    .unwrap_or_default(),
                a.title.clone(),
                s::opt_date(t, &a.deadline),
                t.code("action_status", a.status.as_str()),
            ]
        });
        w.capped_table(
            &["col-risk", "col-action", "col-deadline", "col-status"],
            others.len(),
            rows,
            &[0.3, 0.4, 0.15, 0.15],
            Register::Actions,
        );
    }
}
