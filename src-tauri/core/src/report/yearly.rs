//! R3, the yearly due-diligence report: cover, contents, the year at a glance, a chapter
//! per step, dilemmas, next year, and annexes on the method, the sources and the
//! reporting frameworks.

use super::annex::ReportOptions;
use super::layout::{Block, Document};
use super::model::ReportModel;
use super::sections::{self as s, Writer};
use super::text::Texts;
use crate::exchange::Register;
use crate::model::action::ActionStatus;
use crate::reference;

/// One row of the framework index: a chapter of this report and the parts of the
/// frameworks it answers. Identifiers as published: the UN Guiding Principles
/// Reporting Framework (Shift and Mazars, 2015), the VSME standard (EFRAG, December
/// 2024) and ESRS S2 (Commission Delegated Regulation (EU) 2023/2772). See
/// docs/frameworks.md for where each was checked.
pub const FRAMEWORK_INDEX: &[(&str, &str, &str, &str)] = &[
    ("ch-about", "—", "B1, C1", "—"),
    ("ch-step1", "A1, A2, C1", "B2, C2, C6", "S2-1"),
    ("ch-step2", "B1, B2, B3, B4, C3", "B2", "S2-4"),
    ("ch-step3", "C4", "B2, C2", "S2-4"),
    ("ch-step4", "C5", "B2", "S2-4, S2-5"),
    ("ch-step5", "C2", "—", "S2-2"),
    ("ch-step6", "C6", "C7", "S2-3"),
    ("ch-review", "C4, C5", "B2", "S2-4"),
    ("ch-next", "C4", "B2, C2", "S2-5"),
];

fn cover(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let mut lines = Vec::new();
    if let Some(kvk) = &m.company.kvk_number {
        lines.push(t.get("cover-kvk", &[("kvk", kvk.clone())]));
    }
    lines.push(s::made_line(t, m));
    lines.push(t.t("cover-method"));
    w.blocks.push(Block::Cover {
        title: t.t("yearly-title"),
        subtitle: format!(
            "{} · {}",
            m.company.name,
            t.get("cover-year", &[("year", m.year.to_string())])
        ),
        lines,
    });
}

fn about(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("ch-about");
    let c = &m.company;
    if let Some(d) = &c.description {
        w.own_text(d);
    }
    let mut facts = Vec::new();
    if !c.sectors.is_empty() {
        facts.push(t.get("about-sectors", &[("what", c.sectors.join(", "))]));
    }
    if let Some(e) = c.employees {
        facts.push(t.get("about-employees", &[("employees", e.to_string())]));
    }
    if let Some(size) = c.size_class() {
        facts.push(t.get("about-size", &[("size", t.code("size", size.as_str()))]));
    }
    if !c.countries.is_empty() {
        let names: Vec<String> = c.countries.iter().map(|x| t.country(x)).collect();
        facts.push(t.get("about-countries", &[("what", names.join(", "))]));
    }
    if !c.initiatives.is_empty() {
        facts.push(t.get("about-initiatives", &[("what", c.initiatives.join(", "))]));
    }
    w.bullets(facts);
    w.h2("about-approach-title");
    w.pk("about-approach", &[("year", m.year.to_string())]);
    let prioritised = m.risks.iter().filter(|r| r.prioritised()).count();
    let done = m
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
        .count();
    let measured = m.kpis.iter().filter(|k| !k.points.is_empty()).count();
    w.h2("about-figures");
    let bars = vec![
        (
            t.t("fig-suppliers"),
            m.suppliers.active as f64,
            m.suppliers.active.to_string(),
        ),
        (
            t.t("fig-risks"),
            m.risks.len() as f64,
            m.risks.len().to_string(),
        ),
        (
            t.t("fig-prioritised"),
            prioritised as f64,
            prioritised.to_string(),
        ),
        (
            t.t("fig-actions"),
            m.actions.len() as f64,
            m.actions.len().to_string(),
        ),
        (t.t("fig-done"), done as f64, done.to_string()),
        (t.t("fig-kpis"), measured as f64, measured.to_string()),
    ];
    w.blocks.push(Block::Bars(bars));
    s::maturity(w, m);
    s::laws(w, m);
}

fn step1(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("ch-step1");
    w.p(t.t("step1-intro"));
    w.h2("step1-policy");
    s::policy(w, m);
    w.h2("step1-roles");
    let roles: Vec<Vec<String>> = m
        .departments
        .iter()
        .filter(|d| !d.not_applicable && (d.responsible.is_some() || d.role.is_some()))
        .map(|d| {
            vec![
                t.code("department", d.code.as_str()),
                s::opt(t, &d.role),
                s::opt(t, &d.responsible),
            ]
        })
        .collect();
    if roles.is_empty() {
        w.nothing("step1-roles-none");
    } else {
        w.table(
            &["col-department", "col-role", "col-responsible"],
            roles,
            &[0.25, 0.5, 0.25],
        );
    }
    let absent: Vec<String> = m
        .departments
        .iter()
        .filter(|d| d.not_applicable)
        .map(|d| t.code("department", d.code.as_str()))
        .collect();
    if !absent.is_empty() {
        w.pk("step1-roles-not-applicable", &[("list", absent.join(", "))]);
    }
    w.h2("step1-communication");
    if m.communications.is_empty() {
        w.nothing("step1-communication-none");
    } else {
        let rows = m.communications.iter().map(|c| {
            vec![
                t.date(&c.held_on),
                t.code("communication_kind", c.kind.as_str()),
                t.code("audience", c.audience.as_str()),
                c.description.clone(),
                c.reached
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| t.t("cell-empty")),
            ]
        });
        w.capped_table(
            &[
                "col-date",
                "col-kind",
                "col-audience",
                "col-what",
                "col-reached",
            ],
            m.communications.len(),
            rows,
            &[0.16, 0.14, 0.12, 0.44, 0.14],
            Register::PolicyCommunications,
        );
    }
    let coc = &m.code_of_conduct;
    if coc.active_suppliers > 0 {
        w.pk(
            "step1-coc",
            &[
                ("total", coc.active_suppliers.to_string()),
                ("done", coc.signed.to_string()),
                ("count", coc.sent.to_string()),
            ],
        );
    }
    w.h2("step1-means");
    match &m.preconditions {
        None => w.nothing("step1-means-none"),
        Some(p) => {
            let mut items = Vec::new();
            if let Some(b) = p.budget_eur {
                items.push(t.get("means-budget", &[("budget", t.money(b))]));
            }
            if let Some(h) = p.hours_per_year {
                items.push(t.get("means-hours", &[("count", h.to_string())]));
            }
            if let Some(c) = &p.commitment {
                items.push(t.get("means-commitment", &[("what", c.clone())]));
            }
            if let Some(sk) = &p.skills {
                items.push(t.get("means-skills", &[("what", sk.clone())]));
            }
            if items.is_empty() {
                w.nothing("step1-means-none");
            }
            w.bullets(items);
        }
    }
}

fn step2(w: &mut Writer, m: &ReportModel) {
    w.h1("ch-step2");
    w.p(w.t.t("step2-intro"));
    w.h2("step2-chains");
    s::chains(w, m, true);
    w.h2("step2-risks");
    s::risk_overview(w, m);
    w.h2("step2-in-full");
    s::risks_in_full(w, m);
    s::risk_breakdown(w, m);
    s::deferred(w, m);
}

fn step3(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("ch-step3");
    w.p(t.t("step3-intro"));
    w.h2("step3-plan");
    s::actions_summary(w, m);
    let budget: u64 = m.actions.iter().filter_map(|a| a.budget_eur).sum();
    if budget > 0 {
        w.pk("step3-budget", &[("budget", t.money(budget))]);
    }
    s::action_table(w, m, true);
    let planned: std::collections::HashSet<usize> =
        m.actions.iter().map(|a| a.risk_position).collect();
    let unplanned: Vec<_> = m
        .risks
        .iter()
        .filter(|r| r.prioritised() && !planned.contains(&r.position))
        .collect();
    if !unplanned.is_empty() {
        w.h2("step3-unplanned");
        w.capped_bullets(
            unplanned.len(),
            unplanned
                .iter()
                .map(|r| format!("{}. {}", r.rank.unwrap_or(0), r.title)),
            Register::Risks,
        );
    }
    w.h2("step3-practices");
    if m.practices_checked == 0 {
        w.nothing("step3-practices-none");
    } else {
        w.pk(
            "step3-practices-summary",
            &[
                ("count", m.practices_checked.to_string()),
                ("done", m.practices_applied.to_string()),
            ],
        );
    }
}

/// S4.1: how the yearly checks of the purchasing agreements went, against the year before.
fn agreements(w: &mut Writer, m: &ReportModel) {
    w.h2("step4-agreements");
    let a = &m.agreements;
    if a.checked == 0 {
        w.nothing("step4-agreements-none");
        return;
    }
    w.pk(
        "step4-agreements-summary",
        &[
            ("count", a.checked.to_string()),
            ("done", a.all_kept.to_string()),
            ("n", a.any_not_kept.to_string()),
        ],
    );
    if a.better + a.worse > 0 {
        w.pk(
            "step4-agreements-trend",
            &[("from", a.better.to_string()), ("to", a.worse.to_string())],
        );
    }
}

fn step4(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("ch-step4");
    w.p(t.t("step4-intro"));
    w.h2("step4-kpis");
    s::kpis(w, m);
    w.h2("step4-results");
    s::results(w, m);
    w.h2("step4-surveys");
    s::surveys(w, m);
    w.h2("step4-audits");
    if m.audits.is_empty() {
        w.nothing("step4-audits-none");
    } else {
        let rows = m.audits.iter().map(|a| {
            let kind = t.code("audit_kind", a.kind.as_str());
            let result = match (a.result, a.score) {
                (Some(r), _) => t.code("audit_result", r.as_str()),
                (None, Some(score)) => t.get("audit-score", &[("count", score.to_string())]),
                (None, None) => "–".to_string(),
            };
            vec![
                t.date(&a.held_on),
                match a.scheme {
                    Some(scheme) => {
                        format!("{kind} ({})", t.code("audit_scheme", scheme.as_str()))
                    }
                    None => kind,
                },
                result,
                s::opt(t, &a.auditor),
            ]
        });
        w.capped_table(
            &["col-date", "col-kind", "col-result", "col-auditor"],
            m.audits.len(),
            rows,
            &[0.16, 0.34, 0.22, 0.28],
            Register::Audits,
        );
    }
    w.pk(
        "step4-cap",
        &[
            ("count", m.cap_open.to_string()),
            ("done", m.cap_done.to_string()),
        ],
    );
    agreements(w, m);
    w.h2("step4-context");
    if m.context.is_empty() {
        w.nothing("step4-context-none");
    } else {
        let items = m.context.iter().map(|c| {
            let place = c
                .country
                .as_deref()
                .map(|x| format!("{}: ", t.country(x)))
                .unwrap_or_default();
            format!("{} — {place}{}", t.date(&c.noted_on), c.description)
        });
        w.capped_bullets(m.context.len(), items, Register::Context);
    }
}

fn step5(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("ch-step5");
    w.p(t.t("step5-intro"));
    match m
        .policy
        .as_ref()
        .and_then(|p| p.version.published_where.clone())
    {
        Some(place) => w.pk("step5-policy-public", &[("what", place)]),
        None => w.nothing("policy-not-published"),
    }
    w.h2("step5-log-title");
    super::steps56::communication_log(w, m);
    w.h2("step5-engagement");
    s::engagements(w, m);
}

fn step6(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("ch-step6");
    w.p(t.t("step6-intro"));
    let by_risk = m.actions_by_risk();
    let total = m.risks.iter().filter(|r| r.actual).count();
    let actual = m.risks.iter().filter(|r| r.actual).map(|r| {
        let role = r
            .involvement
            .map(|i| {
                let role = crate::remediation::expected_role(i);
                t.t(&format!("remedy-{}", role.as_str().replace('_', "-")))
            })
            .unwrap_or_else(|| t.t("remedy-unknown"));
        let measures = r
            .position
            .checked_sub(1)
            .and_then(|p| by_risk.get(p))
            .map_or(0, Vec::len);
        t.get(
            "step6-impact",
            &[
                ("name", r.title.clone()),
                ("what", role),
                ("count", measures.to_string()),
            ],
        )
    });
    if total == 0 {
        w.nothing("step6-no-impacts");
    } else {
        w.capped_bullets(total, actual, Register::Risks);
    }
    w.h2("step6-remedy");
    super::steps56::remedies(w, m);
    w.h2("step6-mechanism");
    super::steps56::mechanism(w, m);
    w.h2("step6-grievances");
    super::steps56::grievance_figures(w, m);
}

fn annexes(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h1("annex-method");
    for key in ["method-1", "method-2", "method-3", "method-4"] {
        w.p(t.t(key));
    }
    w.h1("annex-sources");
    w.p(t.t("sources-intro"));
    let rows = reference::sources()
        .into_iter()
        .map(|src| {
            vec![
                t.code("source", &format!("{}.name", src.id)),
                src.publisher.clone(),
                src.year
                    .map(|y| y.to_string())
                    .unwrap_or_else(|| t.code("source", "year.unknown")),
                t.code("licence", &src.licence),
            ]
        })
        .collect();
    w.table(
        &["col-dataset", "col-publisher", "col-year", "col-licence"],
        rows,
        &[0.38, 0.26, 0.12, 0.24],
    );
    w.h1("annex-frameworks");
    w.p(t.t("frameworks-intro"));
    let rows = FRAMEWORK_INDEX
        .iter()
        .map(|(ch, ungp, vsme, esrs)| {
            vec![
                t.t(ch),
                ungp.to_string(),
                vsme.to_string(),
                esrs.to_string(),
            ]
        })
        .collect();
    w.table(
        &["col-chapter", "col-ungp", "col-vsme", "col-esrs"],
        rows,
        &[0.4, 0.22, 0.19, 0.19],
    );
    w.blocks.push(Block::Muted(t.t("frameworks-note")));
    super::annex::write(w, m);
}

/// The yearly report of `m` (the full, not the public, model), with the registers of
/// `options` as annexes.
pub fn document(m: &ReportModel, t: &Texts, options: &ReportOptions) -> Document {
    let mut w = Writer::new(t);
    // An empty register gets no annex.
    w.annexes = options
        .normalised()
        .into_iter()
        .filter(|a| a.rows(m) > 0)
        .collect();
    cover(&mut w, m);
    w.blocks.push(Block::Contents {
        title: t.t("contents"),
    });
    super::glance::glance(&mut w, m);
    about(&mut w, m);
    step1(&mut w, m);
    step2(&mut w, m);
    step3(&mut w, m);
    step4(&mut w, m);
    step5(&mut w, m);
    step6(&mut w, m);
    s::changes(&mut w, m);
    w.h1("ch-review");
    s::dilemmas(&mut w, m);
    w.h1("ch-next");
    s::next_year(&mut w, m);
    annexes(&mut w, m);
    Document {
        header: t.get(
            "header-yearly",
            &[
                ("company", m.company.name.clone()),
                ("year", m.year.to_string()),
            ],
        ),
        footer: s::footer(t),
        blocks: w.blocks,
    }
}
