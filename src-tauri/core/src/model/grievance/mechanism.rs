//! The grievance mechanism itself (S6.3): how it works, its deadlines, and the
//! company's own judgement against each of its ten criteria, each mapped to the
//! effectiveness criteria of the UN Guiding Principles (principle 31).

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
        Equitable = "equitable",
        EngagementDialogue = "engagement_dialogue",
    }
}

vocabulary! {
    /// The effectiveness criteria of non-judicial grievance mechanisms in principle 31
    /// of the UN Guiding Principles on Business and Human Rights, (a) to (h).
    Ungp31 {
        Legitimate = "legitimate",
        Accessible = "accessible",
        Predictable = "predictable",
        Equitable = "equitable",
        Transparent = "transparent",
        RightsCompatible = "rights_compatible",
        ContinuousLearning = "continuous_learning",
        EngagementDialogue = "engagement_dialogue",
    }
}

impl Ungp31 {
    /// The letter of the criterion in principle 31.
    pub fn letter(self) -> char {
        match self {
            Ungp31::Legitimate => 'a',
            Ungp31::Accessible => 'b',
            Ungp31::Predictable => 'c',
            Ungp31::Equitable => 'd',
            Ungp31::Transparent => 'e',
            Ungp31::RightsCompatible => 'f',
            Ungp31::ContinuousLearning => 'g',
            Ungp31::EngagementDialogue => 'h',
        }
    }
}

impl Criterion {
    /// The effectiveness criteria of principle 31 this criterion gives body to.
    pub fn ungp31(self) -> &'static [Ungp31] {
        use Ungp31::*;
        match self {
            Criterion::Known => &[Accessible],
            Criterion::Accessible => &[Accessible],
            Criterion::Confidential => &[Legitimate, Accessible],
            Criterion::Trusted => &[Legitimate],
            Criterion::ProtectsReporters => &[Accessible, RightsCompatible],
            Criterion::RecordsAll => &[ContinuousLearning],
            Criterion::TransparentProcedure => &[Predictable, Transparent],
            Criterion::InternationalLaw => &[RightsCompatible],
            Criterion::Equitable => &[Equitable],
            Criterion::EngagementDialogue => &[Legitimate, EngagementDialogue],
        }
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
