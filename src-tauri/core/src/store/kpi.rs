//! Reads and writes the KPIs of step 1 and their measurements (followed in step 4).

use std::collections::HashMap;

use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{Kpi, KpiMeasurement};
use crate::Dossier;

use super::{delete, require};

/// A KPI with its measurements, oldest first.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct KpiWithMeasurements {
    pub kpi: Kpi,
    pub measurements: Vec<KpiMeasurement>,
    /// SMART parts still missing: `baseline`, `deadline`, `owner`.
    pub missing: Vec<String>,
}

pub(crate) fn load_kpis(conn: &Connection) -> Result<Vec<Kpi>> {
    Ok(conn
        .prepare(
            "SELECT id, name, unit, baseline, target, deadline, owner, risk_id FROM kpi
             ORDER BY id",
        )?
        .query_map([], |r| {
            Ok(Kpi {
                id: r.get(0)?,
                name: r.get(1)?,
                unit: r.get(2)?,
                baseline: r.get(3)?,
                target: r.get(4)?,
                deadline: r.get(5)?,
                owner: r.get(6)?,
                risk_id: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn load_measurements(conn: &Connection) -> Result<Vec<KpiMeasurement>> {
    Ok(conn
        .prepare(
            "SELECT id, kpi_id, measured_on, value, note FROM kpi_measurement
             ORDER BY kpi_id, measured_on, id",
        )?
        .query_map([], |r| {
            Ok(KpiMeasurement {
                id: r.get(0)?,
                kpi_id: r.get(1)?,
                measured_on: r.get(2)?,
                value: r.get(3)?,
                note: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn write_kpi(conn: &Connection, k: &Kpi) -> Result<i64> {
    if let Some(r) = k.risk_id {
        require(conn, "risk", r)?;
    }
    let values = params![k.name, k.unit, k.baseline, k.target, k.deadline, k.owner, k.risk_id];
    if k.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO kpi (name, unit, baseline, target, deadline, owner, risk_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE kpi SET name = ?1, unit = ?2, baseline = ?3, target = ?4, deadline = ?5,
            owner = ?6, risk_id = ?7 WHERE id = ?8",
        params![k.name, k.unit, k.baseline, k.target, k.deadline, k.owner, k.risk_id, k.id],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "kpi".into(),
            id: k.id,
        });
    }
    Ok(k.id)
}

pub(crate) fn write_measurement(conn: &Connection, m: &KpiMeasurement) -> Result<i64> {
    require(conn, "kpi", m.kpi_id)?;
    if m.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO kpi_measurement (kpi_id, measured_on, value, note)
             VALUES (?1, ?2, ?3, ?4)",
            params![m.kpi_id, m.measured_on, m.value, m.note],
        )?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE kpi_measurement SET kpi_id = ?1, measured_on = ?2, value = ?3, note = ?4
         WHERE id = ?5",
        params![m.kpi_id, m.measured_on, m.value, m.note, m.id],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "measurement".into(),
            id: m.id,
        });
    }
    Ok(m.id)
}

impl Dossier {
    /// KPIs with their measurements.
    pub fn kpis(&self) -> Result<Vec<KpiWithMeasurements>> {
        let mut of: HashMap<i64, Vec<KpiMeasurement>> = HashMap::new();
        for m in load_measurements(self.conn())? {
            of.entry(m.kpi_id).or_default().push(m);
        }
        Ok(load_kpis(self.conn())?
            .into_iter()
            .map(|kpi| KpiWithMeasurements {
                missing: kpi.missing_parts().iter().map(|s| s.to_string()).collect(),
                measurements: of.remove(&kpi.id).unwrap_or_default(),
                kpi,
            })
            .collect())
    }

    pub fn save_kpi(&mut self, k: &Kpi) -> Result<Kpi> {
        let k = k.validated()?;
        let id = write_kpi(self.conn(), &k)?;
        Ok(Kpi { id, ..k })
    }

    pub fn delete_kpi(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "kpi", "kpi", id)
    }

    pub fn save_measurement(&mut self, m: &KpiMeasurement) -> Result<KpiMeasurement> {
        let m = m.validated()?;
        let id = write_measurement(self.conn(), &m)?;
        Ok(KpiMeasurement { id, ..m })
    }

    pub fn delete_measurement(&mut self, id: i64) -> Result<()> {
        delete(self.conn(), "kpi_measurement", "measurement", id)
    }
}
