//! Steps 3 and 4: actions, their progress notes and their evidence files.

use base64::Engine;

use super::{each, Check, Export, Part, Ref, Write};
use crate::error::{Error, Result};
use crate::exchange::json::EvidenceJson;
use crate::model::risk::check_date;
use crate::model::{Action, ActionUpdate};
use crate::store::action::{
    insert_evidence, load_actions, load_updates, write_action, write_update,
};

pub(super) struct Actions;

impl Part for Actions {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        let actions = load_actions(x.conn(), None)?;
        x.record(Ref::Action, actions.iter().map(|a| a.id));
        x.doc.actions = actions
            .into_iter()
            .map(|mut a| {
                a.id = 0;
                a.risk_id = x.pos(Ref::Risk, a.risk_id);
                a.kpi_id = x.opt(Ref::Kpi, a.kpi_id);
                a.supplier_id = x.opt(Ref::Supplier, a.supplier_id);
                a
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.actions = each(&x.input.actions, |a| {
            let mut a = a.validated()?;
            a.id = 0;
            x.at(Ref::Risk, a.risk_id)?;
            x.opt_at(Ref::Kpi, a.kpi_id)?;
            x.opt_at(Ref::Supplier, a.supplier_id)?;
            Ok(a)
        })?;
        x.record(Ref::Action, x.out.actions.len());
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        let mut ids = Vec::new();
        for a in &x.doc.actions {
            let action = Action {
                risk_id: x.id(Ref::Risk, a.risk_id),
                kpi_id: x.opt(Ref::Kpi, a.kpi_id),
                supplier_id: x.opt(Ref::Supplier, a.supplier_id),
                ..a.clone()
            };
            ids.push(write_action(x.tx, &action)?);
        }
        x.record(Ref::Action, ids);
        Ok(())
    }
}

pub(super) struct Updates;

impl Part for Updates {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.action_updates = load_updates(x.conn())?
            .into_iter()
            .map(|mut u| {
                u.id = 0;
                u.action_id = x.pos(Ref::Action, u.action_id);
                u
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.action_updates = each(&x.input.action_updates, |u| {
            let mut u = u.validated()?;
            u.id = 0;
            x.at(Ref::Action, u.action_id)?;
            Ok(u)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for u in &x.doc.action_updates {
            let action_id = x.id(Ref::Action, u.action_id);
            write_update(
                x.tx,
                &ActionUpdate {
                    action_id,
                    ..u.clone()
                },
            )?;
        }
        Ok(())
    }
}

pub(super) struct Evidence;

impl Part for Evidence {
    /// Evidence files in recording order, content as base64.
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        let mut stmt = x
            .conn()
            .prepare("SELECT action_id, file_name, added_on, content FROM evidence ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Vec<u8>>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (action, file_name, added_on, content) = row?;
            out.push(EvidenceJson {
                action_id: x.pos(Ref::Action, action),
                file_name,
                added_on,
                content_base64: base64::engine::general_purpose::STANDARD.encode(content),
            });
        }
        x.doc.evidence = out;
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.evidence = each(&x.input.evidence, |e| {
            x.at(Ref::Action, e.action_id)?;
            let bytes = decode(&e.content_base64)?;
            // The frozen content of a closed year keeps the names and dates of its
            // evidence files but not their bytes (those stay in the dossier).
            let size = if x.frozen && bytes.is_empty() {
                1
            } else {
                bytes.len()
            };
            let file_name = crate::model::action::check_evidence(&e.file_name, size)?;
            Ok(EvidenceJson {
                action_id: e.action_id,
                file_name,
                added_on: check_date("evidence.added_on", &e.added_on)?,
                content_base64: e.content_base64.trim().to_string(),
            })
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for e in &x.doc.evidence {
            let bytes = decode(&e.content_base64)?;
            let action_id = x.id(Ref::Action, e.action_id);
            insert_evidence(x.tx, action_id, &e.file_name, &bytes, &e.added_on)?;
        }
        Ok(())
    }
}

fn decode(text: &str) -> Result<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| Error::JsonInvalid {
            detail: format!("evidence content is not base64: {e}"),
        })
}
