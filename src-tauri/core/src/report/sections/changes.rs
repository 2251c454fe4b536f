//! What changed since the year before (B2), record by record, a chapter of the yearly
//! report when the year before is closed: new risks, risks assessed higher or lower, decisions changed, measures
//! finished and whether they work, KPIs against their targets. The counts are in the
//! year at a glance.

use super::Writer;
use crate::exchange::Register;
use crate::report::compare::{Changes, Direction, Score};
use crate::report::model::ReportModel;

fn score(s: &Option<Score>) -> String {
    s.map(|s| format!("{} × {}", s.severity, s.likelihood))
        .unwrap_or_default()
}

pub fn changes(w: &mut Writer, m: &ReportModel) {
    let Some(before) = &m.previous else {
        return;
    };
    let t = w.t;
    let c: &Changes = &before.changes;
    w.heading_with(1, "changes-title", &[("year", before.year.to_string())]);
    let year = [("year", before.year.to_string())];
    if c.new_risks.is_empty()
        && c.gone_risks.is_empty()
        && c.reassessed.is_empty()
        && c.decisions.is_empty()
        && c.finished.is_empty()
        && c.kpis.is_empty()
    {
        w.nothing("changes-none");
    }
    if !c.new_risks.is_empty() {
        w.pk(
            "changes-new",
            &[("count", c.new_risks.len().to_string()), year[0].clone()],
        );
        w.capped_bullets(
            c.new_risks.len(),
            c.new_risks
                .iter()
                .map(|r| format!("{} ({})", r.title, t.code("theme", r.theme.as_str()))),
            Register::Risks,
        );
    }
    if !c.gone_risks.is_empty() {
        w.pk("changes-gone", &[("count", c.gone_risks.len().to_string())]);
        w.capped_bullets(
            c.gone_risks.len(),
            c.gone_risks.iter().map(|r| r.title.clone()),
            Register::Risks,
        );
    }
    if !c.reassessed.is_empty() {
        w.pk("changes-reassessed", &[]);
        w.capped_table(
            &["col-risk", "col-was", "col-now", "col-change"],
            c.reassessed.len(),
            c.reassessed.iter().map(|r| {
                vec![
                    r.title.clone(),
                    score(&r.before),
                    score(&r.after),
                    t.t(match r.direction {
                        Direction::Up => "changes-up",
                        Direction::Down => "changes-down",
                        _ => "changes-assessed",
                    }),
                ]
            }),
            &[0.52, 0.14, 0.14, 0.2],
            Register::Risks,
        );
    }
    if !c.decisions.is_empty() {
        w.pk("changes-decisions", &[]);
        let decision = |d: &Option<crate::model::risk::Decision>| {
            d.map(|d| t.code("decision", d.as_str()))
                .unwrap_or_default()
        };
        w.capped_table(
            &["col-risk", "col-was", "col-now"],
            c.decisions.len(),
            c.decisions.iter().map(|r| {
                vec![
                    r.title.clone(),
                    decision(&r.decision_before),
                    decision(&r.decision_after),
                ]
            }),
            &[0.56, 0.22, 0.22],
            Register::Risks,
        );
    }
    if c.finished.is_empty() {
        w.nothing("changes-finished-none");
    } else {
        w.pk(
            "changes-finished",
            &[("count", c.finished.len().to_string())],
        );
        w.capped_table(
            &["col-action", "col-risk", "col-works"],
            c.finished.len(),
            c.finished.iter().map(|a| {
                vec![
                    a.title.clone(),
                    a.risk.clone(),
                    a.effectiveness
                        .map(|e| t.code("effectiveness", e.as_str()))
                        .unwrap_or_else(|| t.code("effectiveness", "not_judged")),
                ]
            }),
            &[0.4, 0.4, 0.2],
            Register::Actions,
        );
    }
    if !c.kpis.is_empty() {
        w.pk("changes-kpis", &[]);
        let value = |v: Option<f64>, unit: &str| {
            v.map(|v| format!("{} {unit}", t.number(v)).trim().to_string())
                .unwrap_or_else(|| t.t("cell-empty"))
        };
        w.capped_table(
            &["col-kpi", "col-was", "col-now", "col-target"],
            c.kpis.len(),
            c.kpis.iter().map(|k| {
                let mut now = value(k.after, &k.unit);
                if k.reached_after {
                    now = t.get("changes-reached", &[("value", now)]);
                }
                vec![
                    k.name.clone(),
                    value(k.before, &k.unit),
                    now,
                    value(Some(k.target), &k.unit),
                ]
            }),
            &[0.43, 0.19, 0.19, 0.19],
            Register::Kpis,
        );
    }
    if !c.maturity.is_empty() {
        w.pk("changes-maturity", &year);
        let level = |l: u8, confirmed: bool| {
            if confirmed {
                l.to_string()
            } else {
                t.get("changes-maturity-suggested", &[("level", l.to_string())])
            }
        };
        w.table(
            &["col-step", "col-was", "col-now"],
            c.maturity
                .iter()
                .map(|p| {
                    vec![
                        format!(
                            "{} · {}",
                            p.step,
                            t.app(&format!("step{}.short", p.step), &[])
                        ),
                        level(p.from, p.from_confirmed),
                        level(p.to, p.to_confirmed),
                    ]
                })
                .collect(),
            &[0.5, 0.25, 0.25],
        );
    }
}
