//! The yearly report's first page after the contents: the year at a glance, in counts
//! from the registers, and the most severe prioritised risks with what is done about
//! them.

use super::model::{Figures, ReportModel, RiskLine};
use super::sections::{self, Writer};
use crate::model::action::ActionStatus;

/// The year at a glance (R1–R3): one page that tells a reader where the company
/// stands before any chapter: the chain, the risks, the most severe of them with what is
/// done about them, the measures, the KPIs and the grievances, in counts from the
/// registers.
pub fn glance(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("ch-glance");
    let f = Figures::of(m);
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
    let n = |x: u32| x.to_string();
    // The company in one line: its name, sectors, people and size class.
    let c = &m.company;
    let mut about = Vec::new();
    if !c.sectors.is_empty() {
        about.push(c.sectors.join(", "));
    }
    if let Some(e) = c.employees {
        about.push(t.get("glance-employees", &[("employees", e.to_string())]));
    }
    if let Some(size) = c.size_class() {
        about.push(t.code("size", size.as_str()));
    }
    let what = if about.is_empty() {
        String::new()
    } else {
        format!(" — {}", about.join("; "))
    };
    let mut lines = vec![
        t.get(
            "glance-company",
            &[("company", c.name.clone()), ("what", what)],
        ),
        t.get(
            "glance-chain",
            &[
                ("suppliers", n(f.suppliers)),
                ("countries", n(f.countries)),
                ("deeper", m.suppliers.deeper.to_string()),
                ("chains", n(f.chains)),
                ("complete", n(f.chains_complete)),
            ],
        ),
        t.get(
            "glance-risks",
            &[
                ("risks", n(f.risks)),
                ("assessed", n(f.assessed)),
                ("prioritised", n(f.prioritised)),
                ("deferred", n(f.deferred)),
            ],
        ),
        t.get(
            "glance-actions",
            &[
                ("done", n(f.done)),
                ("running", n(f.running)),
                ("overdue", n(f.overdue)),
            ],
        ),
    ];
    let mut judged = Vec::new();
    for a in &m.actions {
        if let Some(e) = a.last_effectiveness {
            super::model::tally(&mut judged, e);
        }
    }
    if !judged.is_empty() {
        judged.sort_by_key(|(e, _)| e.as_str());
        lines.push(t.get(
            "glance-effect",
            &[(
                "what",
                super::writer::counted(&judged, |e| t.code("effectiveness", e.as_str())),
            )],
        ));
    }
    lines.extend([
        t.get(
            "glance-kpis",
            &[
                ("reached", n(f.kpis_reached)),
                ("measured", n(f.kpis_measured)),
                ("kpis", n(f.kpis)),
            ],
        ),
        t.get(
            "glance-grievances",
            &[
                ("received", n(f.grievances)),
                ("closed", n(f.grievances_closed)),
            ],
        ),
        t.get(
            "glance-next",
            &[
                ("year", (m.year + 1).to_string()),
                ("due", sections::due_next_year(m).count().to_string()),
                ("reviews", reviews.to_string()),
            ],
        ),
    ]);
    w.bullets(lines);
    top_risks(w, m);
    if let Some(before) = &m.previous {
        compared(w, &before.figures, &f, before.year, m.year);
    }
}

/// The most severe prioritised risks and what is done about each.
fn top_risks(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
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
                        &[
                            ("done", finished.to_string()),
                            ("total", mine.len().to_string()),
                        ],
                    )
                },
            ]
        })
        .collect();
    w.table(
        &["col-rank", "col-risk", "col-score", "col-measures"],
        rows,
        &[0.07, 0.48, 0.13, 0.32],
    );
}

/// How many of the most severe prioritised risks the first page names.
const GLANCE_TOP: usize = 5;

/// The year's counts beside those of the closed year before it.
fn compared(w: &mut Writer, before: &Figures, now: &Figures, was: i32, is: i32) {
    let t = w.t;
    w.h2("glance-compared");
    let rows: Vec<Vec<String>> = [
        ("glance-row-suppliers", before.suppliers, now.suppliers),
        (
            "glance-row-chains-complete",
            before.chains_complete,
            now.chains_complete,
        ),
        (
            "glance-row-code-signed",
            before.code_signed,
            now.code_signed,
        ),
        ("glance-row-risks", before.risks, now.risks),
        (
            "glance-row-prioritised",
            before.prioritised,
            now.prioritised,
        ),
        ("glance-row-deferred", before.deferred, now.deferred),
        ("glance-row-actual", before.actual, now.actual),
        ("glance-row-done", before.done, now.done),
        ("glance-row-overdue", before.overdue, now.overdue),
        (
            "glance-row-kpis-reached",
            before.kpis_reached,
            now.kpis_reached,
        ),
        ("glance-row-grievances", before.grievances, now.grievances),
        (
            "glance-row-grievances-closed",
            before.grievances_closed,
            now.grievances_closed,
        ),
    ]
    .into_iter()
    .map(|(key, a, b)| {
        let change = match i64::from(b) - i64::from(a) {
            0 => t.t("glance-same"),
            d if d > 0 => format!("+{d}"),
            d => format!("−{}", -d),
        };
        vec![t.t(key), a.to_string(), b.to_string(), change]
    })
    .collect();
    w.blocks.push(super::layout::Block::Table {
        header: vec![
            t.t("col-figure"),
            was.to_string(),
            is.to_string(),
            t.t("col-change"),
        ],
        rows,
        widths: vec![0.52, 0.16, 0.16, 0.16],
    });
}
