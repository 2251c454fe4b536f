//! SMART KPIs (S1.6) and their measurements over time (S4.4).

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::date::check_date;
use crate::error::{Error, Result};

/// A key performance indicator. In the dossier JSON `risk_id` is the risk's position.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub name: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: f64,
    /// YYYY-MM-DD.
    pub deadline: Option<String>,
    pub owner: Option<String>,
    #[ts(type = "number | null")]
    pub risk_id: Option<i64>,
}

/// One measured value of a KPI. In the dossier JSON `kpi_id` is the KPI's position.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KpiMeasurement {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    #[ts(type = "number")]
    pub kpi_id: i64,
    pub measured_on: String,
    pub value: f64,
    pub note: Option<String>,
}

fn is_unsaved(id: &i64) -> bool {
    *id == 0
}

fn finite(field: &str, v: f64) -> Result<f64> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(Error::Invalid {
            field: field.into(),
            value: v.to_string(),
        })
    }
}

impl Kpi {
    pub fn validated(&self) -> Result<Kpi> {
        let deadline = match limits::KPI_DEADLINE.optional(&self.deadline)? {
            None => None,
            Some(d) => Some(check_date("kpi.deadline", &d)?),
        };
        Ok(Kpi {
            id: self.id,
            name: limits::KPI_NAME.required(&self.name)?,
            unit: limits::KPI_UNIT.required(&self.unit)?,
            baseline: self
                .baseline
                .map(|b| finite("kpi.baseline", b))
                .transpose()?,
            target: finite("kpi.target", self.target)?,
            deadline,
            owner: limits::KPI_OWNER.optional(&self.owner)?,
            risk_id: self.risk_id,
        })
    }

    /// The SMART parts still missing: a deadline (time-bound), an owner, a baseline
    /// (to measure progress against). Name, unit and target are required anyway.
    pub fn missing_parts(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.baseline.is_none() {
            out.push("baseline");
        }
        if self.deadline.is_none() {
            out.push("deadline");
        }
        if self.owner.is_none() {
            out.push("owner");
        }
        out
    }
}

impl KpiMeasurement {
    pub fn validated(&self) -> Result<KpiMeasurement> {
        let on = limits::MEASUREMENT_MEASURED_ON.required(&self.measured_on)?;
        Ok(KpiMeasurement {
            id: self.id,
            kpi_id: self.kpi_id,
            measured_on: check_date("measurement.measured_on", &on)?,
            value: finite("measurement.value", self.value)?,
            note: limits::MEASUREMENT_NOTE.optional(&self.note)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kpi_needs_name_unit_and_a_finite_target() {
        let k = Kpi {
            id: 0,
            name: "Leveranciers met getekende gedragscode".into(),
            unit: "%".into(),
            baseline: None,
            target: f64::INFINITY,
            deadline: None,
            owner: None,
            risk_id: None,
        };
        assert_eq!(k.validated().expect_err("target").code(), "input.invalid");
        let k = Kpi { target: 80.0, ..k };
        assert_eq!(
            k.validated().expect("valid").missing_parts(),
            ["baseline", "deadline", "owner"]
        );
        let k = Kpi {
            unit: " ".into(),
            ..k
        };
        assert_eq!(k.validated().expect_err("unit").code(), "input.required");
    }
}
