//! Step 1: the departments, the versions of the policy, how it was communicated and the
//! preconditions.

use super::{each, Check, Export, Part, Write};
use crate::error::{Error, Result};
use crate::model::{Department, Preconditions as PreconditionsRecord};
use crate::store::policy::{
    load_communications, load_departments, load_policies, load_preconditions, write_communication,
    write_department, write_policy, write_preconditions,
};

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

pub(super) struct PolicyVersions;

impl Part for PolicyVersions {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.policy_versions = load_policies(x.conn(), None)?
            .into_iter()
            .map(|mut p| {
                p.id = 0;
                p
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.policy_versions = each(&x.input.policy_versions, |p| {
            let mut p = p.validated()?;
            p.id = 0;
            Ok(p)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for p in &x.doc.policy_versions {
            write_policy(x.tx, p)?;
        }
        Ok(())
    }
}

pub(super) struct PolicyCommunications;

impl Part for PolicyCommunications {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.policy_communications = load_communications(x.conn())?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.policy_communications = each(&x.input.policy_communications, |c| {
            let mut c = c.validated()?;
            c.id = 0;
            Ok(c)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for c in &x.doc.policy_communications {
            write_communication(x.tx, c)?;
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
