//! B2, year over year: what changed between two reporting years, each as its report
//! model has it (a closed year from its frozen content, an open year from the registers
//! as they are). Risks are the same risk in both years when theme and title are the same
//! (a risk renamed in between counts as one gone and one new); measures when their
//! risk and title are; KPIs when their name is.

use std::collections::{HashMap, VecDeque};

use serde::Serialize;
use ts_rs::TS;

use super::model::{reached, ActionLine, Figures, KpiLine, ReportModel, RiskLine};
use crate::model::action::{ActionStatus, Effectiveness};
use crate::model::risk::{Decision, Theme};

/// The two years side by side.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct Comparison {
    pub from: i32,
    pub to: i32,
    /// Whether each year was taken from its frozen content (closed) or from the
    /// registers as they are now (open).
    pub from_closed: bool,
    pub to_closed: bool,
    /// The counts of both years, in the order the screen and the report show them.
    pub figures: Vec<FigurePair>,
    pub changes: Changes,
}

/// One count in both years.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
pub struct FigurePair {
    /// `compare.figure.<code>` in the message files.
    pub code: &'static str,
    pub from: u32,
    pub to: u32,
}

/// What changed, record by record.
#[derive(Debug, Clone, Default, Serialize, TS, PartialEq)]
pub struct Changes {
    /// Risks recorded in the later year that the earlier one did not have.
    pub new_risks: Vec<RiskChange>,
    /// Risks of the earlier year that are no longer in the register.
    pub gone_risks: Vec<RiskChange>,
    /// Risks assessed in both years whose severity or likelihood changed, and risks
    /// assessed for the first time.
    pub reassessed: Vec<RiskChange>,
    /// Risks whose decision (open, prioritised, deferred) changed.
    pub decisions: Vec<RiskChange>,
    /// Measures done in the later year that were not done in the earlier one, with
    /// whether they work as last judged.
    pub finished: Vec<MeasureChange>,
    /// The finished measures per judgement.
    pub effectiveness: Vec<(Effectiveness, u32)>,
    pub kpis: Vec<KpiChange>,
    /// The level in force per step in both years (B3).
    pub maturity: Vec<MaturityPair>,
}

/// One step's maturity in both years: the company's own level where it gave one, the
/// suggested level otherwise.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
pub struct MaturityPair {
    pub step: u8,
    pub from: u8,
    pub to: u8,
    pub from_confirmed: bool,
    pub to_confirmed: bool,
}

/// Severity and likelihood as the ranking reads them.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq, PartialOrd, Ord)]
pub struct Score {
    pub severity: u8,
    pub likelihood: u8,
}

#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Assessed for the first time.
    Assessed,
    Up,
    Down,
    /// Neither: only the decision changed, or the risk is new or gone.
    Same,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RiskChange {
    pub title: String,
    pub theme: Theme,
    pub before: Option<Score>,
    pub after: Option<Score>,
    pub direction: Direction,
    pub decision_before: Option<Decision>,
    pub decision_after: Option<Decision>,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct MeasureChange {
    pub title: String,
    pub risk: String,
    pub effectiveness: Option<Effectiveness>,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct KpiChange {
    pub name: String,
    pub unit: String,
    pub target: f64,
    /// The latest measurement up to the end of each year.
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub reached_before: bool,
    pub reached_after: bool,
}

fn key(theme: Theme, title: &str) -> (Theme, String) {
    (theme, title.trim().to_lowercase())
}

fn score(r: &RiskLine) -> Option<Score> {
    Some(Score {
        severity: r.severity?,
        likelihood: r.likelihood?,
    })
}

fn change(before: Option<&RiskLine>, after: Option<&RiskLine>) -> RiskChange {
    let r = after.or(before).map(|r| (r.title.clone(), r.theme));
    let (title, theme) = r.unwrap_or((String::new(), Theme::Other));
    let (b, a) = (before.and_then(score), after.and_then(score));
    let direction = match (b, a) {
        (None, Some(_)) if before.is_some() => Direction::Assessed,
        (Some(x), Some(y)) if y > x => Direction::Up,
        (Some(x), Some(y)) if y < x => Direction::Down,
        _ => Direction::Same,
    };
    RiskChange {
        title,
        theme,
        before: b,
        after: a,
        direction,
        decision_before: before.map(|r| r.decision),
        decision_after: after.map(|r| r.decision),
    }
}

/// Pairs the items of two lists by key, in order: each later item with the first
/// earlier one of its key not yet taken, then the earlier items left over.
fn pair<'a, T, K: std::hash::Hash + Eq>(
    before: &'a [T],
    after: &'a [T],
    key: impl Fn(&T) -> K,
) -> Vec<(Option<&'a T>, Option<&'a T>)> {
    let mut waiting: HashMap<K, VecDeque<usize>> = HashMap::new();
    for (i, b) in before.iter().enumerate() {
        waiting.entry(key(b)).or_default().push_back(i);
    }
    let mut taken = vec![false; before.len()];
    let mut out = Vec::new();
    for a in after {
        let b = waiting.get_mut(&key(a)).and_then(VecDeque::pop_front);
        if let Some(i) = b {
            taken[i] = true;
        }
        out.push((b.map(|i| &before[i]), Some(a)));
    }
    for (b, _) in before.iter().zip(&taken).filter(|(_, t)| !**t) {
        out.push((Some(b), None));
    }
    out
}

fn risk_key_of(m: &ReportModel, a: &ActionLine) -> (Theme, String, String) {
    let (theme, title) = m
        .risk(a.risk_position)
        .map(|r| key(r.theme, &r.title))
        .unwrap_or((Theme::Other, String::new()));
    (theme, title, a.title.trim().to_lowercase())
}

fn kpi_change(before: Option<&KpiLine>, after: &KpiLine) -> KpiChange {
    KpiChange {
        name: after.name.clone(),
        unit: after.unit.clone(),
        target: after.target,
        before: before.and_then(KpiLine::latest),
        after: after.latest(),
        reached_before: before.is_some_and(reached),
        reached_after: reached(after),
    }
}

impl Changes {
    pub fn between(from: &ReportModel, to: &ReportModel) -> Changes {
        let mut c = Changes::default();
        for (b, a) in pair(&from.risks, &to.risks, |r| key(r.theme, &r.title)) {
            let ch = change(b, a);
            match (b, a) {
                (None, Some(_)) => c.new_risks.push(ch),
                (Some(_), None) => c.gone_risks.push(ch),
                _ => {
                    if ch.direction != Direction::Same {
                        c.reassessed.push(ch.clone());
                    }
                    if ch.decision_before != ch.decision_after {
                        c.decisions.push(ch);
                    }
                }
            }
        }
        // Up first, then newly assessed, then down; the ranking order within each.
        c.reassessed.sort_by_key(|r| match r.direction {
            Direction::Up => 0,
            Direction::Assessed => 1,
            _ => 2,
        });
        let done = |a: &ActionLine| a.status == ActionStatus::Done;
        let before: HashMap<_, bool> = from
            .actions
            .iter()
            .map(|a| (risk_key_of(from, a), done(a)))
            .collect();
        for a in to.actions.iter().filter(|a| done(a)) {
            if before.get(&risk_key_of(to, a)) == Some(&true) {
                continue;
            }
            c.finished.push(MeasureChange {
                title: a.title.clone(),
                risk: to
                    .risk(a.risk_position)
                    .map(|r| r.title.clone())
                    .unwrap_or_default(),
                effectiveness: a.last_effectiveness,
            });
        }
        for e in Effectiveness::ALL {
            let n = c
                .finished
                .iter()
                .filter(|f| f.effectiveness.unwrap_or(Effectiveness::NotJudged) == *e)
                .count() as u32;
            if n > 0 {
                c.effectiveness.push((*e, n));
            }
        }
        let earlier: HashMap<String, &KpiLine> = from
            .kpis
            .iter()
            .map(|k| (k.name.trim().to_lowercase(), k))
            .collect();
        c.kpis = to
            .kpis
            .iter()
            .map(|k| kpi_change(earlier.get(&k.name.trim().to_lowercase()).copied(), k))
            .collect();
        c.maturity = from
            .maturity
            .iter()
            .zip(&to.maturity)
            .map(|(a, b)| MaturityPair {
                step: b.suggestion.step,
                from: a.level(),
                to: b.level(),
                from_confirmed: a.confirmed(),
                to_confirmed: b.confirmed(),
            })
            .collect();
        c
    }
}

/// The counts of both years, in the order shown.
pub fn figure_pairs(from: &Figures, to: &Figures) -> Vec<FigurePair> {
    let rows = |f: &Figures| {
        [
            ("suppliers", f.suppliers),
            ("countries", f.countries),
            ("chains_complete", f.chains_complete),
            ("code_signed", f.code_signed),
            ("risks", f.risks),
            ("assessed", f.assessed),
            ("prioritised", f.prioritised),
            ("deferred", f.deferred),
            ("actual", f.actual),
            ("done", f.done),
            ("running", f.running),
            ("overdue", f.overdue),
            ("kpis_reached", f.kpis_reached),
            ("grievances", f.grievances),
            ("grievances_closed", f.grievances_closed),
        ]
    };
    rows(from)
        .into_iter()
        .zip(rows(to))
        .map(|((code, a), (_, b))| FigurePair {
            code,
            from: a,
            to: b,
        })
        .collect()
}

impl Comparison {
    pub fn of(from: &ReportModel, to: &ReportModel) -> Comparison {
        Comparison {
            from: from.year,
            to: to.year,
            from_closed: from.closed_at.is_some(),
            to_closed: to.closed_at.is_some(),
            figures: figure_pairs(&Figures::of(from), &Figures::of(to)),
            changes: Changes::between(from, to),
        }
    }
}
