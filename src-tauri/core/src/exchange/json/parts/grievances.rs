//! Steps 5 and 6: the communication log, the grievance mechanism, grievances (with all
//! their confidential parts: the document is the full backup) and remedies.

use super::{each, Check, Export, Part, Ref, Write};
use crate::error::{Error, Result};
use crate::model::{Grievance, Remedy};
use crate::store::grievance::{
    load_communication_log, load_grievances, load_mechanism, load_remedies, mechanism_recorded,
    write_communication_entry, write_grievance, write_mechanism, write_remedy,
};

plain_part!(
    CommunicationLog,
    communication_log,
    None::<Ref>,
    |x| load_communication_log(x.conn()),
    write_communication_entry
);

pub(super) struct Mechanism;

impl Part for Mechanism {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.grievance_mechanism = if mechanism_recorded(x.conn())? {
            Some(load_mechanism(x.conn())?)
        } else {
            None
        };
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.grievance_mechanism = x
            .input
            .grievance_mechanism
            .as_ref()
            .map(|m| m.validated())
            .transpose()?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        if let Some(m) = &x.doc.grievance_mechanism {
            write_mechanism(x.tx, m)?;
        }
        Ok(())
    }
}

pub(super) struct Grievances;

impl Part for Grievances {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        let grievances = load_grievances(x.conn())?;
        x.record(Ref::Grievance, grievances.iter().map(|g| g.id));
        x.doc.grievances = grievances
            .into_iter()
            .map(|mut g| {
                g.id = 0;
                g.supplier_id = x.opt(Ref::Supplier, g.supplier_id);
                g.risk_id = x.opt(Ref::Risk, g.risk_id);
                g
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.grievances = each(&x.input.grievances, |g| {
            let mut g = g.validated()?;
            g.id = 0;
            x.opt_at(Ref::Supplier, g.supplier_id)?;
            x.opt_at(Ref::Risk, g.risk_id)?;
            Ok(g)
        })?;
        x.record(Ref::Grievance, x.out.grievances.len());
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        let mut ids = Vec::new();
        for g in &x.doc.grievances {
            let grievance = Grievance {
                supplier_id: x.opt(Ref::Supplier, g.supplier_id),
                risk_id: x.opt(Ref::Risk, g.risk_id),
                ..g.clone()
            };
            ids.push(write_grievance(x.tx, &grievance)?);
        }
        x.record(Ref::Grievance, ids);
        Ok(())
    }
}

pub(super) struct Remedies;

impl Part for Remedies {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.remedies = load_remedies(x.conn())?
            .into_iter()
            .map(|mut r| {
                r.id = 0;
                r.risk_id = x.pos(Ref::Risk, r.risk_id);
                r.grievance_id = x.opt(Ref::Grievance, r.grievance_id);
                r
            })
            .collect();
        Ok(())
    }

    /// A remedy belongs to an actual impact, and the role it expects follows from how the
    /// company is involved in that impact.
    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.remedies = each(&x.input.remedies, |r| {
            x.at(Ref::Risk, r.risk_id)?;
            let risk = &x.out.risks[(r.risk_id - 1) as usize].risk;
            if !risk.actual {
                return Err(Error::JsonInvalid {
                    detail: format!(
                        "remedy for risk {} which is not an actual impact",
                        r.risk_id
                    ),
                });
            }
            let mut r = r.validated(risk.involvement.map(crate::remediation::expected_role))?;
            r.id = 0;
            x.opt_at(Ref::Grievance, r.grievance_id)?;
            Ok(r)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for r in &x.doc.remedies {
            let remedy = Remedy {
                risk_id: x.id(Ref::Risk, r.risk_id),
                grievance_id: x.opt(Ref::Grievance, r.grievance_id),
                ..r.clone()
            };
            write_remedy(x.tx, &remedy)?;
        }
        Ok(())
    }
}
