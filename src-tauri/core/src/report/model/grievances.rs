//! Steps 5 and 6 in the report model: the communication log, grievance figures (counts
//! only: what a grievance says never reaches a report) and remedies.

use super::{in_year, ReportModel};
use crate::exchange::json::DossierJson;
use crate::model::grievance::{
    GrievanceChannel, GrievanceDeadline, GrievanceStatus, RemedyForm, RemedyStatus, Reporter,
};
use crate::model::risk::{Involvement, Theme};
use crate::model::{CommunicationEntry, Grievance, GrievanceMechanism};
use crate::remediation::{expected_role, RemedyRole};

/// Counts about the grievances received in the year, with their status on the as-of
/// date. Nothing in here can identify anyone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GrievanceFigures {
    pub received: u32,
    pub anonymous: u32,
    /// In the order of the workflow; only statuses that occur.
    pub by_status: Vec<(GrievanceStatus, u32)>,
    /// Most first; `None` is "theme not recorded".
    pub by_theme: Vec<(Option<Theme>, u32)>,
    pub by_channel: Vec<(GrievanceChannel, u32)>,
    pub acknowledged_in_time: u32,
    pub acknowledged_late: u32,
    pub decided_in_time: u32,
    pub decided_late: u32,
    /// Still waiting past a deadline on the as-of date.
    pub overdue: u32,
    /// Closed, and of those: resolved for the people who raised them, and not said
    /// (closed before the question was asked). Upheld or not is in `by_status`.
    pub closed: u32,
    pub resolved: u32,
    pub resolution_unknown: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RemedyLine {
    pub risk_position: usize,
    pub risk_title: String,
    pub involvement: Option<Involvement>,
    pub expected: Option<RemedyRole>,
    pub role: RemedyRole,
    pub role_reason: Option<String>,
    pub form: RemedyForm,
    pub status: RemedyStatus,
    pub description: String,
    pub consulted: Option<String>,
    pub started_on: Option<String>,
    pub completed_on: Option<String>,
    /// The remedy of a risk marked sensitive.
    pub sensitive: bool,
}

/// The grievance as it stood on `until`: steps dated later are not taken yet.
fn as_it_stood(g: &Grievance, until: &str) -> Grievance {
    let keep = |d: &Option<String>| d.clone().filter(|d| d.as_str() <= until);
    let decided_on = keep(&g.decided_on);
    Grievance {
        acknowledged_on: keep(&g.acknowledged_on),
        assessment_started_on: keep(&g.assessment_started_on),
        decision: if decided_on.is_some() {
            g.decision
        } else {
            None
        },
        decided_on,
        resolved: keep(&g.closed_on).and(g.resolved),
        closed_on: keep(&g.closed_on),
        ..g.clone()
    }
}

/// Counts one more `k`, keeping the order in which keys first appear.
pub fn tally<K: PartialEq>(out: &mut Vec<(K, u32)>, k: K) {
    match out.iter_mut().find(|(x, _)| *x == k) {
        Some((_, n)) => *n += 1,
        None => out.push((k, 1)),
    }
}

/// Figures of the grievances received in `year`, as they stood on `until`.
pub fn figures(doc: &DossierJson, year: i32, until: &str) -> GrievanceFigures {
    let m = doc.grievance_mechanism.clone().unwrap_or_default();
    let mut f = GrievanceFigures::default();
    for g in doc
        .grievances
        .iter()
        .filter(|g| in_year(&g.received_on, year) && g.received_on.as_str() <= until)
    {
        let g = as_it_stood(g, until);
        f.received += 1;
        if g.reporter == Reporter::Anonymous {
            f.anonymous += 1;
        }
        tally(&mut f.by_status, g.status());
        tally(&mut f.by_theme, g.theme);
        tally(&mut f.by_channel, g.channel);
        let late = g.late(&m);
        if g.acknowledged_on.is_some() {
            if late.contains(&GrievanceDeadline::Acknowledge) {
                f.acknowledged_late += 1;
            } else {
                f.acknowledged_in_time += 1;
            }
        }
        if g.decided_on.is_some() {
            if late.contains(&GrievanceDeadline::Decide) {
                f.decided_late += 1;
            } else {
                f.decided_in_time += 1;
            }
        }
        if !g.overdue(&m, until).is_empty() {
            f.overdue += 1;
        }
        if g.closed_on.is_some() {
            f.closed += 1;
            match g.resolved {
                Some(true) => f.resolved += 1,
                Some(false) => {}
                None => f.resolution_unknown += 1,
            }
        }
    }
    f.by_status.sort_by_key(|(s, _)| *s);
    f.by_theme.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    f.by_channel
        .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    f
}

/// Every remedy, with its impact; remedies are not bound to a year.
pub fn remedies(doc: &DossierJson) -> Vec<RemedyLine> {
    doc.remedies
        .iter()
        .filter_map(|r| {
            let risk = &doc.risks.get((r.risk_id - 1).max(0) as usize)?.risk;
            Some(RemedyLine {
                risk_position: r.risk_id as usize,
                risk_title: risk.title.clone(),
                involvement: risk.involvement,
                expected: risk.involvement.map(expected_role),
                role: r.role,
                role_reason: r.role_reason.clone(),
                form: r.form,
                status: r.status,
                description: r.description.clone(),
                consulted: r.consulted.clone(),
                started_on: r.started_on.clone(),
                completed_on: r.completed_on.clone(),
                sensitive: risk.sensitive,
            })
        })
        .collect()
}

/// The communication log of the year, oldest first.
pub fn communication_log(doc: &DossierJson, year: i32) -> Vec<CommunicationEntry> {
    doc.communication_log
        .iter()
        .filter(|c| in_year(&c.held_on, year))
        .cloned()
        .collect()
}

/// The mechanism, when the dossier describes or judges it.
pub fn mechanism(doc: &DossierJson) -> Option<GrievanceMechanism> {
    doc.grievance_mechanism.clone()
}

impl ReportModel {
    /// Remedies in the public version: no description or people consulted (they may
    /// describe the people affected), nothing of a sensitive risk.
    pub(super) fn public_remedies(&self) -> Vec<RemedyLine> {
        self.remedies
            .iter()
            .filter(|r| !r.sensitive)
            .map(|r| RemedyLine {
                description: String::new(),
                consulted: None,
                role_reason: None,
                ..r.clone()
            })
            .collect()
    }
}
