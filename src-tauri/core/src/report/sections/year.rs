//! The year's own texts (dilemmas, next year) and the engagement with stakeholders.

use super::*;

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
    let mut due: Vec<&ActionLine> = due_next_year(m).collect();
    due.sort_by(|a, b| a.deadline.cmp(&b.deadline));
    let total = due.len();
    let due = due.into_iter().map(|a| {
        t.get(
            "next-action",
            &[
                ("name", a.title.clone()),
                ("date", opt_date(t, &a.deadline)),
            ],
        )
    });
    if total > 0 {
        w.pk("next-actions", &[("year", next.clone())]);
        w.capped_bullets(total, due, Register::Actions);
    }
}

/// The open measures that carry into next year: due in it, or already overdue.
pub fn due_next_year(m: &ReportModel) -> impl Iterator<Item = &ActionLine> {
    let next = (m.year + 1).to_string();
    m.actions
        .iter()
        .filter(|a| matches!(a.status, ActionStatus::Planned | ActionStatus::InProgress))
        .filter(move |a| a.deadline.as_deref().is_some_and(|d| d.starts_with(&next)) || a.overdue)
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
            crate::report::model::tally(&mut kinds, t.code("stakeholder_kind", e.kind.as_str()));
        }
        w.pk(
            "engagement-by-kind",
            &[(
                "what",
                crate::report::writer::counted(&kinds, |k: &String| k.clone()),
            )],
        );
        return;
    }
    let rows = m.engagements.iter().map(|e| {
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
    });
    w.capped_table(
        &[
            "col-date",
            "col-stakeholder",
            "col-step",
            "col-said",
            "col-follow-up",
        ],
        m.engagements.len(),
        rows,
        &[0.14, 0.22, 0.07, 0.30, 0.27],
        Register::Engagements,
    );
}
