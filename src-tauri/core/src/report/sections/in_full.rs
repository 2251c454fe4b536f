//! The most important risks worked out in full (R3): for each, why it stands where it
//! does, how the company is involved, the plan with its progress and whether it works,
//! the KPIs that measure it and, for an actual impact, the remedy.

use super::*;
use crate::report::annex;

/// The risks of [`annex::in_full`], each under its own heading, and where the rest of
/// the prioritised, severity-5 and actual ones are.
pub fn risks_in_full(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let chosen = annex::in_full(m);
    if chosen.is_empty() {
        w.nothing("full-none");
        return;
    }
    w.p(t.t("full-intro"));
    let by_risk = m.actions_by_risk();
    for r in &chosen {
        let actions: Vec<&ActionLine> = r
            .position
            .checked_sub(1)
            .and_then(|p| by_risk.get(p))
            .map(|list| list.iter().filter_map(|&i| m.actions.get(i)).collect())
            .unwrap_or_default();
        one(w, m, r, &actions);
    }
    w.more(
        chosen.len(),
        annex::key_risks(m).count(),
        crate::exchange::Register::Risks,
    );
    // Why the next prioritised risks stand where they do, in a line each.
    let next: Vec<&RiskLine> = m
        .risks
        .iter()
        .filter(|r| r.prioritised() && !chosen.iter().any(|c| c.position == r.position))
        .collect();
    if next.is_empty() {
        return;
    }
    w.hs("full-next");
    let lines = next.iter().filter_map(|r| {
        rationale(t, r).map(|why| format!("{}. {} — {}", r.rank.unwrap_or(0), r.title, why))
    });
    w.bullets_up_to(
        next.len(),
        lines,
        crate::exchange::Register::Risks,
        annex::BODY_ROWS - annex::IN_FULL,
    );
}

fn one(w: &mut Writer, m: &ReportModel, r: &RiskLine, actions: &[&ActionLine]) {
    let t = w.t;
    w.blocks.push(Block::Heading {
        level: 3,
        text: format!("{}. {}", r.rank.unwrap_or(0), risk_title(t, r)),
    });
    let mut facts = vec![t.code("theme", r.theme.as_str())];
    if let Some(c) = &r.country {
        facts.push(t.country(c));
    }
    facts.extend([t.get(
        "full-scores",
        &[
            ("severity", r.severity.unwrap_or(0).to_string()),
            ("likelihood", r.likelihood.unwrap_or(0).to_string()),
        ],
    )]);
    if let Some(i) = r.involvement {
        facts.push(t.code("involvement", i.as_str()));
    }
    facts.push(t.code("decision", r.decision.as_str()));
    w.blocks.push(Block::Muted(facts.join(" · ")));
    if let Some(why) = rationale(t, r) {
        let mut line = t.get("full-why", &[("what", why)]);
        if r.decision_confirmed {
            line.push(' ');
            // A deferral's reason follows on its own line.
            line.push_str(&match (&r.decision_reason, r.decision) {
                (Some(reason), Decision::Prioritised) => {
                    t.get("full-confirmed-why", &[("reason", reason.clone())])
                }
                _ => t.t("full-confirmed"),
            });
        }
        w.p(line);
    }
    if r.decision == Decision::Deferred {
        w.p(match (&r.decision_reason, &r.review_date) {
            (Some(why), Some(d)) => t.get(
                "full-deferred-until",
                &[("reason", why.clone()), ("date", t.date(d))],
            ),
            (Some(why), None) => t.get("full-deferred", &[("reason", why.clone())]),
            (None, _) => t.t("full-deferred-unexplained"),
        });
    }
    if let Some(c) = &r.consulted {
        w.p(t.get("full-consulted", &[("what", c.clone())]));
    }
    if actions.is_empty() {
        w.nothing("full-no-measures");
    } else {
        let rows = actions
            .iter()
            .map(|a| {
                vec![
                    measure_cell(t, a),
                    opt_date(t, &a.deadline),
                    status_text(t, a),
                    a.last_effectiveness
                        .map(|e| t.code("effectiveness", e.as_str()))
                        .unwrap_or_else(|| t.t("full-not-judged")),
                ]
            })
            .collect();
        w.table(
            &["col-action", "col-deadline", "col-status", "col-effect"],
            rows,
            &[0.46, 0.16, 0.19, 0.19],
        );
        if let Some(e) = escalation_of(actions) {
            let next: Vec<String> = e
                .next
                .iter()
                .map(|s| t.code("escalation", s.as_str()))
                .collect();
            w.p(t.get(
                "full-escalation",
                &[("what", t.code("measure", e.failed.as_str()))],
            ));
            w.bullets(next);
        }
    }
    let kpis: Vec<String> = m
        .kpis
        .iter()
        .filter(|k| k.risk_position == Some(r.position))
        .map(|k| {
            t.get(
                "full-kpi",
                &[
                    ("name", k.name.clone()),
                    (
                        "value",
                        k.latest()
                            .map(|v| format!("{} {}", t.number(v), k.unit))
                            .unwrap_or_else(|| t.t("kpi-not-measured")),
                    ),
                    ("target", format!("{} {}", t.number(k.target), k.unit)),
                ],
            )
        })
        .collect();
    w.bullets(kpis);
    if r.actual {
        let remedies: Vec<String> = m
            .remedies
            .iter()
            .filter(|x| x.risk_position == r.position)
            .map(|x| {
                t.get(
                    "full-remedy",
                    &[
                        ("what", t.code("remedy_form", x.form.as_str())),
                        ("status", t.code("remedy_status", x.status.as_str())),
                    ],
                )
            })
            .collect();
        if remedies.is_empty() {
            w.nothing("full-no-remedy");
        } else {
            w.bullets(remedies);
        }
    }
}
