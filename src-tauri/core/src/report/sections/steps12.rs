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
        let rows = m.chains.iter().map(|c| {
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
        });
        w.capped_table(
            &[
                "col-chain",
                "col-kind",
                "col-suppliers",
                "col-countries",
                "col-mapped",
            ],
            m.chains.len(),
            rows,
            &[0.22, 0.12, 0.16, 0.36, 0.14],
            Register::Chain,
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

/// A risk's title, marked when the impact is actual.
pub fn risk_title(t: &Texts, r: &RiskLine) -> String {
    if r.actual {
        t.get("risk-actual", &[("name", r.title.clone())])
    } else {
        r.title.clone()
    }
}

/// "4 / 5": severity and likelihood.
pub fn score(r: &RiskLine) -> String {
    format!(
        "{} / {}",
        r.severity.unwrap_or(0),
        r.likelihood.unwrap_or(0)
    )
}

/// The risks at a glance: how many, the heat map, and the ranked ones in a table (the
/// first [`BODY_ROWS`](crate::report::annex::BODY_ROWS), the rest in an annex or the
/// register).
pub fn risk_overview(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    if m.risks.is_empty() {
        w.nothing("risks-none");
        return;
    }
    let ranked = m.risks.iter().filter(|r| r.rank.is_some()).count();
    w.pk(
        "risks-summary",
        &[
            ("total", m.risks.len().to_string()),
            ("count", ranked.to_string()),
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
    if ranked > 0 {
        w.blocks.push(Block::HeatMap {
            counts: m.heat,
            severity_label: t.t("heat-severity"),
            likelihood_label: t.t("heat-likelihood"),
        });
        let rows = m.risks.iter().filter(|r| r.rank.is_some()).map(|r| {
            vec![
                r.rank.map(|n| n.to_string()).unwrap_or_default(),
                risk_title(t, r),
                t.code("theme", r.theme.as_str()),
                country_or_dash(t, &r.country),
                score(r),
                t.code("decision", r.decision.as_str()),
            ]
        });
        w.capped_table(
            &[
                "col-rank",
                "col-risk",
                "col-theme",
                "col-country",
                "col-sev-lik",
                "col-decision",
            ],
            ranked,
            rows,
            &[0.07, 0.33, 0.17, 0.14, 0.12, 0.17],
            Register::Risks,
        );
    }
    let unassessed = m.risks.len() - ranked;
    if unassessed > 0 {
        w.blocks.push(Block::Muted(
            t.get("risks-unassessed", &[("count", unassessed.to_string())]),
        ));
    }
}

/// The risks of the communication report: the overview, why the prioritised ones stand
/// where they do, the rest by theme and country when the table could not hold them
/// all, and the deferred ones.
pub fn risks(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    risk_overview(w, m);
    let why: Vec<&RiskLine> = m.risks.iter().filter(|r| r.prioritised()).collect();
    let reasons = why.iter().filter_map(|r| {
        rationale(t, r).map(|why| {
            let line = format!("{}. {} — {}", r.rank.unwrap_or(0), r.title, why);
            confirmed(t, r, line)
        })
    });
    if !why.is_empty() {
        w.hs("risks-why");
        w.p(t.t("risks-why-intro"));
        w.capped_bullets(why.len(), reasons, Register::Risks);
    }
    risk_breakdown(w, m);
    deferred(w, m);
}

/// The deferred risks, most severe first, each with its reason and review date.
pub fn deferred(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let deferred: Vec<&RiskLine> = m
        .risks
        .iter()
        .filter(|r| r.decision == Decision::Deferred)
        .collect();
    if deferred.is_empty() {
        return;
    }
    let lines = deferred.iter().map(|r| {
        let line = match (&r.decision_reason, &r.review_date) {
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
        };
        confirmed(t, r, line)
    });
    w.hs("risks-deferred");
    w.capped_bullets(deferred.len(), lines, Register::Risks);
}

/// Counts of one group of risks: recorded, prioritised, deferred, severity 5, actual.
#[derive(Default, Clone, Copy)]
struct Tally([usize; 5]);

impl Tally {
    fn add(&mut self, r: &RiskLine) {
        self.0[0] += 1;
        self.0[1] += usize::from(r.prioritised());
        self.0[2] += usize::from(r.decision == Decision::Deferred);
        self.0[3] += usize::from(r.severity == Some(5));
        self.0[4] += usize::from(r.actual);
    }

    fn row(&self, label: String) -> Vec<String> {
        std::iter::once(label)
            .chain(self.0.iter().map(|n| n.to_string()))
            .collect()
    }
}

const TALLY_COLUMNS: [&str; 5] = [
    "col-recorded",
    "col-prioritised",
    "col-deferred",
    "col-severity-5",
    "col-actual",
];
const TALLY_WIDTHS: [f32; 6] = [0.3, 0.14, 0.14, 0.14, 0.14, 0.14];

/// How many countries the breakdown names; the rest are counted together.
const COUNTRIES_NAMED: usize = 10;

/// When the table of ranked risks could not hold them all: every risk counted by theme
/// (with a chart) and by country, with totals equal to the register.
pub fn risk_breakdown(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    let ranked = m.risks.iter().filter(|r| r.rank.is_some()).count();
    if ranked <= crate::report::annex::BODY_ROWS {
        return;
    }
    let mut themes: Vec<(Theme, Tally)> = Vec::new();
    let mut countries: std::collections::BTreeMap<Option<&str>, Tally> = Default::default();
    let mut all = Tally::default();
    for r in &m.risks {
        match themes.iter_mut().find(|(th, _)| *th == r.theme) {
            Some((_, tally)) => tally.add(r),
            None => {
                let mut tally = Tally::default();
                tally.add(r);
                themes.push((r.theme, tally));
            }
        }
        countries.entry(r.country.as_deref()).or_default().add(r);
        all.add(r);
    }
    themes.sort_by(|a, b| {
        b.1 .0[0]
            .cmp(&a.1 .0[0])
            .then(a.0.as_str().cmp(b.0.as_str()))
    });
    w.hs("risks-by-theme");
    w.pk(
        "risks-by-theme-intro",
        &[("total", m.risks.len().to_string())],
    );
    w.blocks.push(Block::Bars(
        themes
            .iter()
            .map(|(th, tally)| {
                (
                    t.code("theme", th.as_str()),
                    tally.0[0] as f64,
                    tally.0[0].to_string(),
                )
            })
            .collect(),
    ));
    let mut rows: Vec<Vec<String>> = themes
        .iter()
        .map(|(th, tally)| tally.row(t.code("theme", th.as_str())))
        .collect();
    rows.push(all.row(t.t("row-total")));
    w.table(&tally_columns("col-theme"), rows, &TALLY_WIDTHS);
    w.blocks.push(Block::Heading {
        level: w.sub + 1,
        text: t.t("risks-by-country"),
    });
    let without = countries.remove(&None);
    let mut by_country: Vec<(&str, Tally)> = countries
        .into_iter()
        .filter_map(|(c, tally)| c.map(|c| (c, tally)))
        .collect();
    by_country.sort_by(|a, b| b.1 .0[0].cmp(&a.1 .0[0]).then(a.0.cmp(b.0)));
    let mut rest = Tally::default();
    let mut rows = Vec::new();
    for (i, (c, tally)) in by_country.iter().enumerate() {
        if i < COUNTRIES_NAMED {
            rows.push(tally.row(t.country(c)));
        } else {
            for (sum, n) in rest.0.iter_mut().zip(tally.0) {
                *sum += n;
            }
        }
    }
    if by_country.len() > COUNTRIES_NAMED {
        let others = by_country.len() - COUNTRIES_NAMED;
        rows.push(rest.row(t.get("row-other-countries", &[("count", others.to_string())])));
    }
    if let Some(tally) = without {
        rows.push(tally.row(t.t("row-no-country")));
    }
    rows.push(all.row(t.t("row-total")));
    w.table(&tally_columns("col-country"), rows, &TALLY_WIDTHS);
}

/// The columns of a table of tallies, after the group's own column.
fn tally_columns(first: &str) -> Vec<&str> {
    std::iter::once(first).chain(TALLY_COLUMNS).collect()
}
