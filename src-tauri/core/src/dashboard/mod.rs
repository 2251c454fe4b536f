//! The dashboard (D4): per step what is done, missing and overdue, and the next sensible
//! thing to do — all computed from the dossier. Each step's status is one function in
//! [`steps`]; a later feature extends that function with its own findings. In the first
//! year the next thing follows the [`route`]; every finding names where it is dealt
//! with ([`place`]).

pub mod place;
pub mod route;
mod steps;

pub use place::Place;
pub use route::{FirstYearRoute, RouteStage};

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::model::SizeClass;
use crate::Dossier;

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Dashboard {
    pub profile: ProfileStatus,
    pub active_year: Option<i32>,
    pub steps: Vec<StepStatus>,
    /// The first-year route, until its stages are done or a year is closed.
    pub route: Option<FirstYearRoute>,
    /// The one thing we suggest doing next: on the first-year route, its first stage not
    /// done; after it, in the first step that is not done, what is overdue, else the
    /// first thing missing.
    pub next: Option<Finding>,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct ProfileStatus {
    pub complete: bool,
    /// Field names (`company.sectors`, …) that a complete profile would have.
    pub missing_fields: Vec<String>,
    pub size_class: Option<SizeClass>,
}

#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    NotStarted,
    InProgress,
    Done,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct StepStatus {
    /// 1 to 6.
    pub step: u8,
    pub state: StepState,
    pub done: Vec<Finding>,
    pub missing: Vec<Finding>,
    pub overdue: Vec<Finding>,
    /// What the company can grow into in later years: shown, but not needed for the
    /// step to count as done, so that a small company can finish a step (D4).
    pub later: Vec<Finding>,
}

/// One line on the dashboard: a message code (`dashboard.finding.<code>`), a count,
/// and where it is dealt with.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Finding {
    pub code: String,
    #[ts(type = "number | null")]
    pub count: Option<i64>,
    pub place: Place,
}

impl Finding {
    pub fn new(code: &str) -> Finding {
        Finding {
            code: code.to_string(),
            count: None,
            place: place::place_of(code),
        }
    }

    pub fn counted(code: &str, n: impl TryInto<i64>) -> Finding {
        Finding {
            count: Some(n.try_into().unwrap_or(i64::MAX)),
            ..Finding::new(code)
        }
    }
}

impl StepStatus {
    /// Derives the state from the findings: nothing done is not started; all done and
    /// nothing missing or overdue is done; anything else is in progress.
    fn from_findings(
        step: u8,
        done: Vec<Finding>,
        missing: Vec<Finding>,
        overdue: Vec<Finding>,
        later: Vec<Finding>,
    ) -> StepStatus {
        let state = if done.is_empty() {
            StepState::NotStarted
        } else if missing.is_empty() && overdue.is_empty() {
            StepState::Done
        } else {
            StepState::InProgress
        };
        StepStatus {
            step,
            state,
            done,
            missing,
            overdue,
            later,
        }
    }
}

impl Dossier {
    /// The dashboard as of today.
    pub fn dashboard(&self) -> Result<Dashboard> {
        self.dashboard_on(&crate::model::date::today())
    }

    /// The dashboard as of `today` (`YYYY-MM-DD`), so that tests can fix the date.
    pub fn dashboard_on(&self, today: &str) -> Result<Dashboard> {
        let company = self.company()?;
        let missing_fields: Vec<String> = company
            .missing_fields()
            .into_iter()
            .map(String::from)
            .collect();
        let profile = ProfileStatus {
            complete: missing_fields.is_empty(),
            missing_fields,
            size_class: company.size_class(),
        };
        let active_year = self.active_year()?;
        let basis = steps::Basis::read(self, today)?;
        let steps = steps::ALL
            .iter()
            .map(|status| status(self, &basis, today))
            .collect::<Result<Vec<_>>>()?;
        let facts = route::RouteFacts::read(self.conn(), profile.complete, basis.counted())?;
        let route = route::route(&facts);
        let next = if active_year.is_none() {
            Some(Finding::new("add_year"))
        } else if let Some(stage) = route.as_ref().and_then(|r| r.current()) {
            Some(Finding {
                code: format!("route.{}", stage.code),
                count: None,
                place: stage.place.clone(),
            })
        } else if !profile.complete {
            Some(Finding::new("complete_profile"))
        } else {
            steps.iter().find(|s| s.state != StepState::Done).map(|s| {
                match s.overdue.first().or(s.missing.first()) {
                    Some(f) => f.clone(),
                    None => Finding::new(&format!("step{}.start", s.step)),
                }
            })
        };
        Ok(Dashboard {
            profile,
            active_year,
            steps,
            route,
            next,
        })
    }
}
