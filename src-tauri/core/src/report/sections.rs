//! Sections that more than one report shares, written from the report model into
//! layout blocks. A section with nothing recorded says so instead of disappearing.

pub use super::writer::{footer, opt, opt_date, opt_money, Writer};

use super::layout::Block;
use super::model::{ActionLine, ReportModel, RiskLine};
use super::text::Texts;
use crate::messages::Lang;
use crate::model::action::ActionStatus;
use crate::model::risk::Decision;

fn rationale(t: &Texts, r: &RiskLine) -> Option<String> {
    match t.lang {
        Lang::Nl => r.rationale_nl.clone(),
        Lang::En => r.rationale_en.clone(),
    }
}

fn country_or_dash(t: &Texts, c: &Option<String>) -> String {
    c.as_deref()
        .map(|c| t.country(c))
        .unwrap_or_else(|| t.t("cell-empty"))
}

/// Step 1: the policy, its elements and themes.
pub fn policy(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    match &m.policy {
        None => w.nothing("policy-none"),
        Some(p) => {
            let v = &p.version;
            w.pk(
                "policy-version",
                &[
                    ("name", v.label.clone()),
                    ("date", opt_date(t, &v.approved_on)),
                ],
            );
            if let Some(by) = &v.approved_by {
                w.pk("policy-approved-by", &[("name", by.clone())]);
            }
            match (&v.published_where, &v.published_on) {
                (Some(place), on) => w.pk(
                    "policy-published",
                    &[("what", place.clone()), ("date", opt_date(t, on))],
                ),
                (None, _) => w.nothing("policy-not-published"),
            }
            if let Some(r) = &v.next_review {
                w.pk("policy-next-review", &[("date", t.date(r))]);
            }
            w.pk(
                "policy-elements",
                &[
                    ("count", p.covered.len().to_string()),
                    ("total", (p.covered.len() + p.missing.len()).to_string()),
                ],
            );
            let rows = p
                .covered
                .iter()
                .map(|c| (c, true))
                .chain(p.missing.iter().map(|c| (c, false)))
                .map(|(c, ok)| vec![t.code("policy_element", c.as_str()), t.yes_no(ok)])
                .collect();
            w.table(&["col-element", "col-covered"], rows, &[0.8, 0.2]);
            if v.themes.is_empty() {
                w.nothing("policy-no-themes");
            } else {
                let themes: Vec<String> = v
                    .themes
                    .iter()
                    .map(|th| t.code("theme", th.as_str()))
                    .collect();
                w.pk("policy-themes", &[("what", themes.join(", "))]);
            }
        }
    }
}

/// Step 2 (part): the value chains, in aggregate or by name.
pub fn chains(w: &mut Writer, m: &ReportModel, by_name: bool) {
    let t = w.t;
    if m.chains.is_empty() {
        w.nothing("chains-none");
    } else if by_name {
        let rows = m
            .chains
            .iter()
            .map(|c| {
                let mut countries: Vec<String> = c.countries.iter().map(|x| t.country(x)).collect();
                if c.origin_unknown {
                    countries.push(t.t("origin-partly-unknown"));
                }
                vec![
                    c.name.clone(),
                    t.code("item_kind", c.kind.as_str()),
                    c.suppliers.to_string(),
                    if countries.is_empty() {
                        t.t("cell-empty")
                    } else {
                        countries.join(", ")
                    },
                    format!("{} %", c.completeness),
                ]
            })
            .collect();
        w.table(
            &[
                "col-chain",
                "col-kind",
                "col-suppliers",
                "col-countries",
                "col-mapped",
            ],
            rows,
            &[0.22, 0.12, 0.16, 0.36, 0.14],
        );
    } else {
        let mut countries: Vec<&String> = m.chains.iter().flat_map(|c| &c.countries).collect();
        countries.sort();
        countries.dedup();
        w.pk(
            "chains-aggregate",
            &[
                ("count", m.chains.len().to_string()),
                ("n", countries.len().to_string()),
            ],
        );
        let unknown = m.chains.iter().filter(|c| c.origin_unknown).count();
        if unknown > 0 {
            w.pk("chains-unknown-origin", &[("count", unknown.to_string())]);
        }
    }
    let s = &m.suppliers;
    if s.active == 0 {
        w.nothing("suppliers-none");
    } else {
        w.pk(
            "suppliers-summary",
            &[
                ("count", s.active.to_string()),
                ("n", s.by_country.len().to_string()),
                ("done", s.deeper.to_string()),
            ],
        );
        let bars: Vec<(String, f64, String)> = s
            .by_country
            .iter()
            .take(10)
            .map(|(c, n)| (t.country(c), *n as f64, n.to_string()))
            .collect();
        if !bars.is_empty() {
            w.blocks.push(Block::Bars(bars));
        }
    }
}

/// The prioritised risks with severity, likelihood and, when `why`, the reason of
/// their place.
pub fn risks(w: &mut Writer, m: &ReportModel, why: bool) {
    let t = w.t;
    let ranked: Vec<&RiskLine> = m.risks.iter().filter(|r| r.rank.is_some()).collect();
    if m.risks.is_empty() {
        w.nothing("risks-none");
        return;
    }
    w.pk(
        "risks-summary",
        &[
            ("total", m.risks.len().to_string()),
            ("count", ranked.len().to_string()),
            (
                "n",
                m.risks
                    .iter()
                    .filter(|r| r.prioritised())
                    .count()
                    .to_string(),
            ),
        ],
    );
    if !ranked.is_empty() {
        w.blocks.push(Block::HeatMap {
            counts: m.heat,
            severity_label: t.t("heat-severity"),
            likelihood_label: t.t("heat-likelihood"),
        });
        let rows = ranked
            .iter()
            .map(|r| {
                vec![
                    r.rank.map(|n| n.to_string()).unwrap_or_default(),
                    if r.actual {
                        t.get("risk-actual", &[("name", r.title.clone())])
                    } else {
                        r.title.clone()
                    },
                    t.code("theme", r.theme.as_str()),
                    country_or_dash(t, &r.country),
                    format!(
                        "{} / {}",
                        r.severity.unwrap_or(0),
                        r.likelihood.unwrap_or(0)
                    ),
                    t.code("decision", r.decision.as_str()),
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
    if why {
        let reasons: Vec<String> = ranked
            .iter()
            .filter(|r| r.prioritised())
            .filter_map(|r| {
                rationale(t, r).map(|why| format!("{}. {} — {}", r.rank.unwrap_or(0), r.title, why))
            })
            .collect();
        if !reasons.is_empty() {
            w.hs("risks-why");
            w.bullets(reasons);
        }
    }
    let deferred: Vec<String> = m
        .risks
        .iter()
        .filter(|r| r.decision == Decision::Deferred)
        .map(|r| match (&r.decision_reason, &r.review_date) {
            (Some(why), Some(d)) => t.get(
                "risk-deferred-why-until",
                &[
                    ("name", r.title.clone()),
                    ("reason", why.clone()),
                    ("date", t.date(d)),
                ],
            ),
            (Some(why), None) => t.get(
                "risk-deferred-why",
                &[("name", r.title.clone()), ("reason", why.clone())],
            ),
            (None, Some(d)) => t.get(
                "risk-deferred-until",
                &[("name", r.title.clone()), ("date", t.date(d))],
            ),
            (None, None) => r.title.clone(),
        })
        .collect();
    if !deferred.is_empty() {
        w.hs("risks-deferred");
        w.bullets(deferred);
    }
    let unassessed = m.risks.iter().filter(|r| r.rank.is_none()).count();
    if unassessed > 0 {
        w.blocks.push(Block::Muted(
            t.get("risks-unassessed", &[("count", unassessed.to_string())]),
        ));
    }
}

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

/// The company's own words about the year: dilemmas and what did not work.
pub fn dilemmas(w: &mut Writer, m: &ReportModel) {
    w.hs("review-dilemmas");
    match &m.review.dilemmas {
        Some(text) => w.own_text(text),
        None => w.nothing("review-dilemmas-none"),
    }
    w.hs("review-not-worked");
    match &m.review.not_worked {
        Some(text) => w.own_text(text),
        None => w.nothing("review-not-worked-none"),
    }
}

/// Plans for next year: the company's words, open actions due next year, and deferred
/// risks to be looked at again.
pub fn next_year(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    match &m.review.next_year {
        Some(text) => w.own_text(text),
        None => w.nothing("review-next-year-none"),
    }
    let next = (m.year + 1).to_string();
    let due: Vec<String> = m
        .actions
        .iter()
        .filter(|a| matches!(a.status, ActionStatus::Planned | ActionStatus::InProgress))
        .filter(|a| a.deadline.as_deref().is_some_and(|d| d.starts_with(&next)) || a.overdue)
        .map(|a| {
            t.get(
                "next-action",
                &[
                    ("name", a.title.clone()),
                    ("date", opt_date(t, &a.deadline)),
                ],
            )
        })
        .collect();
    if !due.is_empty() {
        w.pk("next-actions", &[("year", next.clone())]);
        w.bullets(due);
    }
}

/// Engagements with stakeholders: a table with names in the yearly report, counts per
/// kind of stakeholder in the public one.
pub fn engagements(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    if m.engagements.is_empty() {
        w.nothing("engagement-none");
        return;
    }
    let followed = m
        .engagements
        .iter()
        .filter(|e| e.follow_up.is_some())
        .count();
    w.pk(
        "engagement-summary",
        &[
            ("count", m.engagements.len().to_string()),
            ("done", followed.to_string()),
        ],
    );
    if m.public {
        let mut kinds = Vec::new();
        for e in &m.engagements {
            super::model::tally(&mut kinds, t.code("stakeholder_kind", e.kind.as_str()));
        }
        w.pk(
            "engagement-by-kind",
            &[(
                "what",
                super::writer::counted(&kinds, |k: &String| k.clone()),
            )],
        );
        return;
    }
    let rows = m
        .engagements
        .iter()
        .map(|e| {
            vec![
                t.date(&e.held_on),
                format!(
                    "{}\n{}",
                    e.stakeholder,
                    t.code("stakeholder_kind", e.kind.as_str())
                ),
                e.step.to_string(),
                match &e.said {
                    Some(said) => format!("{}\n{said}", e.about),
                    None => e.about.clone(),
                },
                e.follow_up
                    .clone()
                    .unwrap_or_else(|| t.t("engagement-open")),
            ]
        })
        .collect();
    w.table(
        &[
            "col-date",
            "col-stakeholder",
            "col-step",
            "col-said",
            "col-follow-up",
        ],
        rows,
        &[0.14, 0.22, 0.07, 0.30, 0.27],
    );
}
