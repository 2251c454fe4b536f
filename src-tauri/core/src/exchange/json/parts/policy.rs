//! Step 1: the departments, the versions of the policy, how it was communicated and the
//! preconditions.

use super::{each, Check, Export, Part, Ref, Write};
use crate::error::{Error, Result};
use crate::model::{Department, Preconditions as PreconditionsRecord};
use crate::store::policy::{
    load_communications, load_departments, load_policies, load_preconditions, write_communication,
    write_department, write_policy, write_preconditions,
};

plain_part!(
    PolicyVersions,
    policy_versions,
    None::<Ref>,
    |x| load_policies(x.conn(), None),
    write_policy
);
plain_part!(
    PolicyCommunications,
    policy_communications,
    None::<Ref>,
    |x| load_communications(x.conn()),
    write_communication
);

pub(super) struct Departments;

impl Part for Departments {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.departments = load_departments(x.conn())?
            .into_iter()
            .filter(|d| !d.is_empty())
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out: Vec<Department> = Vec::new();
        for d in &x.input.departments {
            if out.iter().any(|o| o.code == d.code) {
                return Err(Error::JsonInvalid {
                    detail: format!("department {:?} appears twice", d.code.as_str()),
                });
            }
            let d = d.validated()?;
            if !d.is_empty() {
                out.push(d);
            }
        }
        out.sort_by_key(|d| d.code);
        x.out.departments = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for d in &x.doc.departments {
            write_department(x.tx, d)?;
        }
        Ok(())
    }
}

pub(super) struct Preconditions;

impl Part for Preconditions {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        let p = load_preconditions(x.conn())?;
        x.doc.preconditions = (p != PreconditionsRecord::default()).then_some(p);
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.preconditions = x
            .input
            .preconditions
            .as_ref()
            .map(|p| p.validated())
            .transpose()?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        if let Some(p) = &x.doc.preconditions {
            write_preconditions(x.tx, p)?;
        }
        Ok(())
    }
}
