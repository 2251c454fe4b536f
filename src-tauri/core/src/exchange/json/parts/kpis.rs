//! KPIs and their measurements.

use super::{each, Check, Export, Part, Ref, Write};
use crate::error::Result;
use crate::model::{Kpi, KpiMeasurement};
use crate::store::kpi::{load_kpis, load_measurements, write_kpi, write_measurement};

pub(super) struct Kpis;

impl Part for Kpis {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        let kpis = load_kpis(x.conn())?;
        x.record(Ref::Kpi, kpis.iter().map(|k| k.id));
        x.doc.kpis = kpis
            .into_iter()
            .map(|mut k| {
                k.id = 0;
                k.risk_id = x.opt(Ref::Risk, k.risk_id);
                k
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.kpis = each(&x.input.kpis, |k| {
            let mut k = k.validated()?;
            k.id = 0;
            x.opt_at(Ref::Risk, k.risk_id)?;
            Ok(k)
        })?;
        x.record(Ref::Kpi, x.out.kpis.len());
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        let mut ids = Vec::new();
        for k in &x.doc.kpis {
            let risk_id = x.opt(Ref::Risk, k.risk_id);
            ids.push(write_kpi(
                x.tx,
                &Kpi {
                    risk_id,
                    ..k.clone()
                },
            )?);
        }
        x.record(Ref::Kpi, ids);
        Ok(())
    }
}

pub(super) struct Measurements;

impl Part for Measurements {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.kpi_measurements = load_measurements(x.conn())?
            .into_iter()
            .map(|mut m| {
                m.id = 0;
                m.kpi_id = x.pos(Ref::Kpi, m.kpi_id);
                m
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.kpi_measurements = each(&x.input.kpi_measurements, |m| {
            let mut m = m.validated()?;
            m.id = 0;
            x.at(Ref::Kpi, m.kpi_id)?;
            Ok(m)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for m in &x.doc.kpi_measurements {
            let kpi_id = x.id(Ref::Kpi, m.kpi_id);
            write_measurement(
                x.tx,
                &KpiMeasurement {
                    kpi_id,
                    ..m.clone()
                },
            )?;
        }
        Ok(())
    }
}
