//! Stakeholders and the engagement log.

use super::{each, Check, Export, Part, Ref, Write};
use crate::error::Result;
use crate::model::Engagement;
use crate::store::stakeholder::{
    load_engagements, load_stakeholders, write_engagement, write_stakeholder,
};

plain_part!(
    Stakeholders,
    stakeholders,
    Some(Ref::Stakeholder),
    |x| load_stakeholders(x.conn()),
    write_stakeholder
);

pub(super) struct Engagements;

impl Part for Engagements {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.engagements = load_engagements(x.conn())?
            .into_iter()
            .map(|mut e| {
                e.id = 0;
                e.stakeholder_id = x.pos(Ref::Stakeholder, e.stakeholder_id);
                e.risk_id = x.opt(Ref::Risk, e.risk_id);
                e.action_id = x.opt(Ref::Action, e.action_id);
                e
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.engagements = each(&x.input.engagements, |e| {
            let mut e = e.validated()?;
            e.id = 0;
            x.at(Ref::Stakeholder, e.stakeholder_id)?;
            x.opt_at(Ref::Risk, e.risk_id)?;
            x.opt_at(Ref::Action, e.action_id)?;
            Ok(e)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for e in &x.doc.engagements {
            let engagement = Engagement {
                stakeholder_id: x.id(Ref::Stakeholder, e.stakeholder_id),
                risk_id: x.opt(Ref::Risk, e.risk_id),
                action_id: x.opt(Ref::Action, e.action_id),
                ..e.clone()
            };
            write_engagement(x.tx, &engagement)?;
        }
        Ok(())
    }
}
