//! Maturity per step (B3) in the yearly report: a bar per step, and per step the level,
//! whether the company confirmed the suggestion or chose another level and why, and what
//! the next level asks.

use super::Writer;
use crate::report::layout::Block;
use crate::report::model::ReportModel;

pub fn maturity(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h2("maturity-title");
    if m.maturity.is_empty() {
        w.nothing("maturity-not-kept");
        return;
    }
    w.pk("maturity-intro", &[]);
    let bars = m
        .maturity
        .iter()
        .map(|l| {
            let level = l.level();
            (
                t.get(
                    "maturity-step",
                    &[
                        ("step", l.suggestion.step.to_string()),
                        (
                            "name",
                            t.app(&format!("step{}.short", l.suggestion.step), &[]),
                        ),
                    ],
                ),
                f64::from(level),
                t.get("maturity-bar", &[("level", level.to_string())]),
            )
        })
        .collect();
    w.blocks.push(Block::Bars(bars));
    let rows = m
        .maturity
        .iter()
        .map(|l| {
            let s = &l.suggestion;
            let how = match &l.assessment {
                // Judged against a suggestion that has changed since.
                Some(a) if a.suggested != s.level => t.get(
                    "maturity-outdated",
                    &[
                        ("level", a.level.to_string()),
                        ("then", a.suggested.to_string()),
                        ("now", s.level.to_string()),
                        ("reason", a.reason.clone().unwrap_or_default()),
                    ],
                ),
                Some(a) if a.level != a.suggested => t.get(
                    "maturity-changed",
                    &[
                        ("suggested", a.suggested.to_string()),
                        ("reason", a.reason.clone().unwrap_or_default()),
                    ],
                ),
                Some(_) => t.t("maturity-confirmed"),
                None => t.t("maturity-suggested"),
            };
            let next: Vec<String> = s
                .missing_above(l.level())
                .map(|c| t.app(&format!("maturity.check.{}", c.code), &[]))
                .collect();
            vec![
                format!(
                    "{} · {}",
                    s.step,
                    t.app(&format!("step{}.short", s.step), &[])
                ),
                format!(
                    "{} · {}",
                    l.level(),
                    t.app(&format!("maturity.level.{}", l.level()), &[])
                ),
                how,
                if next.is_empty() {
                    t.t("cell-empty")
                } else {
                    next.join("; ")
                },
            ]
        })
        .collect();
    w.table(
        &["col-step", "col-level", "col-how", "col-next-level"],
        rows,
        &[0.2, 0.2, 0.3, 0.3],
    );
}
