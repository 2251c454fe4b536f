//! Sections of steps 5 and 6: the communication log, the grievance mechanism and its
//! criteria, grievance figures (counts only) and remedies. The yearly report uses them
//! all; the communication report the public model's figures.

use super::model::{tally, ReportModel};
use super::writer::{counted, opt, Writer};
use crate::model::grievance::{Criterion, Ungp31};

/// Step 5: what the company told whom, inside and outside.
pub fn communication_log(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    if m.communication_log.is_empty() {
        w.nothing("step5-log-none");
        return;
    }
    let external = m
        .communication_log
        .iter()
        .filter(|c| c.audience.as_str() == "external")
        .count();
    w.pk(
        "step5-log",
        &[
            ("count", m.communication_log.len().to_string()),
            ("external", external.to_string()),
        ],
    );
    let rows = m.communication_log.iter().map(|c| {
        vec![
            t.date(&c.held_on),
            format!(
                "{}\n{}",
                c.recipients,
                t.code("audience", c.audience.as_str())
            ),
            t.code("comm_channel", c.channel.as_str()),
            c.content.clone(),
        ]
    });
    w.capped_table(
        &["col-date", "col-audience", "col-channel", "col-content"],
        m.communication_log.len(),
        rows,
        &[0.14, 0.26, 0.16, 0.44],
        crate::exchange::Register::Communications,
    );
}

/// Step 6: how the mechanism works, its deadlines and the eight criteria.
pub fn mechanism(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let Some(mech) = &m.mechanism else {
        w.nothing("step6-mechanism-none");
        return;
    };
    match &mech.description {
        Some(d) => w.own_text(d),
        None => w.nothing("step6-mechanism-none"),
    }
    w.pk(
        "step6-deadlines",
        &[
            ("ack", mech.acknowledge_days.to_string()),
            ("decide", mech.decide_days.to_string()),
        ],
    );
    w.pk("step6-criteria", &[]);
    let rows = Criterion::ALL
        .iter()
        .map(|c| {
            let check = mech.check(*c);
            let ungp: Vec<String> = c.ungp31().iter().map(|u| u.letter().to_string()).collect();
            vec![
                t.code("criterion", c.as_str()),
                ungp.join(", "),
                check
                    .map(|x| t.code("criterion_assessment", x.assessment.as_str()))
                    .unwrap_or_else(|| t.t("step6-not-judged")),
                check
                    .map(|x| opt(t, &x.explanation))
                    .unwrap_or_else(|| t.t("cell-empty")),
            ]
        })
        .collect();
    w.table(
        &[
            "col-criterion",
            "col-ungp31",
            "col-judgement",
            "col-explanation",
        ],
        rows,
        &[0.28, 0.12, 0.16, 0.44],
    );
    let legend: Vec<String> = Ungp31::ALL
        .iter()
        .map(|u| t.code("ungp31", u.as_str()))
        .collect();
    w.blocks
        .push(super::layout::Block::Muted(legend.join(" · ")));
    w.pk(
        "step6-ncp",
        &[("what", crate::reference::support::NCP.address.to_string())],
    );
}

/// Step 6: counts of the grievances received in the year; nothing that identifies.
pub fn grievance_figures(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let f = &m.grievances;
    if f.received == 0 {
        w.nothing("grievance-none");
    } else {
        w.pk(
            "grievance-received",
            &[
                ("count", f.received.to_string()),
                ("year", m.year.to_string()),
                ("anonymous", f.anonymous.to_string()),
            ],
        );
        w.pk(
            "grievance-by-status",
            &[
                ("date", t.date(&m.as_of)),
                (
                    "what",
                    counted(&f.by_status, |s| t.code("grievance_status", s.as_str())),
                ),
            ],
        );
        w.pk(
            "grievance-by-theme",
            &[(
                "what",
                counted(&f.by_theme, |th| match th {
                    Some(th) => t.code("theme", th.as_str()),
                    None => t.t("theme-unknown"),
                }),
            )],
        );
        w.pk(
            "grievance-by-channel",
            &[(
                "what",
                counted(&f.by_channel, |c| t.code("grievance_channel", c.as_str())),
            )],
        );
        w.pk(
            "grievance-timeliness",
            &[
                ("ackok", f.acknowledged_in_time.to_string()),
                (
                    "ack",
                    (f.acknowledged_in_time + f.acknowledged_late).to_string(),
                ),
                ("decok", f.decided_in_time.to_string()),
                ("dec", (f.decided_in_time + f.decided_late).to_string()),
            ],
        );
        if f.overdue > 0 {
            w.pk("grievance-overdue", &[("count", f.overdue.to_string())]);
        }
        if f.closed > 0 {
            w.pk(
                "grievance-resolved",
                &[
                    ("total", f.closed.to_string()),
                    ("count", f.resolved.to_string()),
                    ("n", f.resolution_unknown.to_string()),
                ],
            );
        }
    }
    w.blocks
        .push(super::layout::Block::Muted(t.t("grievance-confidential")));
}

/// Step 6: remedy per actual impact. The public model has counts per status only.
pub fn remedies(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    if m.remedies.is_empty() {
        w.nothing("remedy-none");
        return;
    }
    if m.public {
        let mut by_status = Vec::new();
        for r in &m.remedies {
            tally(&mut by_status, r.status);
        }
        by_status.sort_by_key(|(s, _)| *s);
        w.pk(
            "remedy-summary",
            &[(
                "what",
                counted(&by_status, |s| t.code("remedy_status", s.as_str())),
            )],
        );
        return;
    }
    let rows = m.remedies.iter().map(|r| {
        let expected = r
            .expected
            .map(|e| t.code("remedy_role", e.as_str()))
            .unwrap_or_else(|| t.t("cell-empty"));
        let role = match &r.role_reason {
            Some(why) if r.expected.is_some_and(|e| e != r.role) => {
                format!("{}\n{why}", t.code("remedy_role", r.role.as_str()))
            }
            _ => t.code("remedy_role", r.role.as_str()),
        };
        vec![
            format!("{}\n{}", r.risk_title, r.description),
            expected,
            role,
            t.code("remedy_form", r.form.as_str()),
            t.code("remedy_status", r.status.as_str()),
            opt(t, &r.consulted),
        ]
    });
    w.capped_table(
        &[
            "col-impact",
            "col-expected-role",
            "col-role",
            "col-form",
            "col-status",
            "col-consulted",
        ],
        m.remedies.len(),
        rows,
        &[0.26, 0.13, 0.13, 0.17, 0.13, 0.18],
        crate::exchange::Register::Remedies,
    );
}
