//! Steps 1 and 2: the policy, the chains and the risks in priority order.

use super::*;

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

/// `line`, with the note that the risk's decision goes against the method's order and
/// was confirmed deliberately, with its reason (given elsewhere in the line, or left out
/// of a public report).
fn confirmed(t: &Texts, r: &RiskLine, line: String) -> String {
    if r.decision_confirmed {
        let why = match (&r.decision_reason, r.decision) {
            (Some(reason), Decision::Prioritised) => format!(": {reason}"),
            _ => String::new(),
        };
        format!("{line} ({}{why})", t.t("risk-confirmed"))
    } else {
        line
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
                rationale(t, r).map(|why| {
                    let line = format!("{}. {} — {}", r.rank.unwrap_or(0), r.title, why);
                    confirmed(t, r, line)
                })
            })
            .collect();
        if !reasons.is_empty() {
            w.hs("risks-why");
            w.p(t.t("risks-why-intro"));
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
        .zip(m.risks.iter().filter(|r| r.decision == Decision::Deferred))
        .map(|(line, r)| confirmed(t, r, line))
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
