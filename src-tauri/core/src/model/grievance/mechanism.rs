//! The grievance mechanism itself (S6.3): how it works, its deadlines, and the
//! company's own judgement against each of the eight criteria.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::vocab::vocabulary;

pub const DEFAULT_ACKNOWLEDGE_DAYS: u16 = 7;
pub const DEFAULT_DECIDE_DAYS: u16 = 60;

vocabulary! {
    /// The criteria of an effective grievance mechanism (S6.3).
    Criterion {
        Known = "known",
        Accessible = "accessible",
        Confidential = "confidential",
        Trusted = "trusted",
        ProtectsReporters = "protects_reporters",
        RecordsAll = "records_all",
        TransparentProcedure = "transparent_procedure",
        InternationalLaw = "international_law",
    }
}

vocabulary! {
    CriterionAssessment {
        Met = "met",
        Partly = "partly",
        NotMet = "not_met",
    }
}

/// The mechanism: how it works, its deadlines, and how it measures up (S6.3).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct GrievanceMechanism {
    /// How people reach it, who handles it, how it protects them.
    pub description: Option<String>,
    pub acknowledge_days: u16,
    pub decide_days: u16,
    /// One entry per criterion that was judged.
    pub criteria: Vec<CriterionCheck>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CriterionCheck {
    pub criterion: Criterion,
    pub assessment: CriterionAssessment,
    pub explanation: Option<String>,
}

impl Default for GrievanceMechanism {
    fn default() -> Self {
        GrievanceMechanism {
            description: None,
            acknowledge_days: DEFAULT_ACKNOWLEDGE_DAYS,
            decide_days: DEFAULT_DECIDE_DAYS,
            criteria: Vec::new(),
        }
    }
}

impl GrievanceMechanism {
    pub fn validated(&self) -> Result<GrievanceMechanism> {
        if !(1..=365).contains(&self.acknowledge_days) {
            return Err(Error::Invalid {
                field: "mechanism.acknowledge_days".into(),
                value: self.acknowledge_days.to_string(),
            });
        }
        if !(1..=730).contains(&self.decide_days) || self.decide_days < self.acknowledge_days {
            return Err(Error::Invalid {
                field: "mechanism.decide_days".into(),
                value: self.decide_days.to_string(),
            });
        }
        let mut criteria = Vec::new();
        for c in &self.criteria {
            if criteria
                .iter()
                .any(|x: &CriterionCheck| x.criterion == c.criterion)
            {
                return Err(Error::Invalid {
                    field: "mechanism.criterion".into(),
                    value: c.criterion.as_str().into(),
                });
            }
            criteria.push(CriterionCheck {
                criterion: c.criterion,
                assessment: c.assessment,
                explanation: limits::MECHANISM_EXPLANATION.optional(&c.explanation)?,
            });
        }
        criteria.sort_by_key(|c| c.criterion);
        Ok(GrievanceMechanism {
            description: limits::MECHANISM_DESCRIPTION.optional(&self.description)?,
            acknowledge_days: self.acknowledge_days,
            decide_days: self.decide_days,
            criteria,
        })
    }

    /// How the mechanism was judged on a criterion, if it was.
    pub fn check(&self, c: Criterion) -> Option<&CriterionCheck> {
        self.criteria.iter().find(|x| x.criterion == c)
    }
}
