//! Risks, with their place in the ranking on export, and the answers to suggestions.

use crate::model::limits;
use std::collections::HashMap;

use super::{Check, Export, Part, Ref, Write};
use crate::error::{Error, Result};
use crate::exchange::json::{PriorityJson, RationaleJson, RiskJson};
use crate::messages::{Lang, Messages};
use crate::model::risk::check_date;
use crate::model::Risk;
use crate::prioritisation::{self, Ranked};
use crate::store::risk::{load_all, write_risk};
use crate::store::suggestion::{load_decisions, write_decision};
use crate::suggestions::{survey_key_supplier, survey_key_with, SuggestionDecision};
use crate::views::risk_register::register_of;

pub(super) struct Risks;

impl Part for Risks {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        let risks = load_all(x.conn())?;
        x.record(Ref::Risk, risks.iter().map(|r| r.id));
        x.doc.risks = export_risks(risks, |r| {
            r.item_id = x.opt(Ref::PurchasedItem, r.item_id);
            r.supplier_id = x.opt(Ref::Supplier, r.supplier_id);
            r.sold_item_id = x.opt(Ref::SoldItem, r.sold_item_id);
        });
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out = Vec::new();
        for r in &x.input.risks {
            // A closed year keeps what was decided then, even before deferrals needed a
            // reason; an import must give one.
            let mut risk = if x.frozen {
                r.risk.validated_as_kept()?
            } else {
                r.risk.validated()?
            };
            risk.id = 0;
            x.opt_at(Ref::PurchasedItem, risk.item_id)?;
            x.opt_at(Ref::Supplier, risk.supplier_id)?;
            x.opt_at(Ref::SoldItem, risk.sold_item_id)?;
            out.push(RiskJson {
                risk,
                priority: None,
            });
        }
        x.out.risks = out;
        x.record(Ref::Risk, x.out.risks.len());
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        let mut ids = Vec::new();
        for r in &x.doc.risks {
            let mut risk = r.risk.clone();
            risk.item_id = x.opt(Ref::PurchasedItem, risk.item_id);
            risk.supplier_id = x.opt(Ref::Supplier, risk.supplier_id);
            risk.sold_item_id = x.opt(Ref::SoldItem, risk.sold_item_id);
            ids.push(write_risk(x.tx, &risk)?);
        }
        x.record(Ref::Risk, ids);
        Ok(())
    }
}

/// The risks with their place in the ranking and its reasons in both languages;
/// `relink` turns the risk's references into positions.
pub(in crate::exchange::json) fn export_risks(
    risks: Vec<Risk>,
    relink: impl Fn(&mut Risk),
) -> Vec<RiskJson> {
    let register = register_of(risks.clone(), None);
    let ranked: HashMap<i64, Ranked> = register
        .rows
        .into_iter()
        .filter_map(|row| row.ranked.map(|k| (row.risk.id, k)))
        .collect();
    let (nl, en) = (Messages::new(Lang::Nl), Messages::new(Lang::En));
    risks
        .into_iter()
        .map(|mut risk| {
            let reason = risk.rank_override.as_ref().map(|o| o.reason.as_str());
            let priority = ranked.get(&risk.id).map(|k| PriorityJson {
                rank: k.rank,
                computed_rank: k.computed_rank,
                severity: k.severity,
                likelihood: k.likelihood,
                rationale: RationaleJson {
                    nl: prioritisation::rationale(&nl, k, reason),
                    en: prioritisation::rationale(&en, k, reason),
                },
            });
            risk.id = 0;
            relink(&mut risk);
            RiskJson { risk, priority }
        })
        .collect()
}

pub(super) struct SuggestionDecisions;

impl Part for SuggestionDecisions {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.suggestion_decisions = load_decisions(x.conn())?
            .into_iter()
            .map(|mut d| {
                d.risk_id = x.opt(Ref::Risk, d.risk_id);
                // A questionnaire's suggestion names its supplier: by position here (0
                // when the supplier is gone), so that it follows the supplier's new id.
                if let Some(id) = survey_key_supplier(&d.key) {
                    let pos = x.opt(Ref::Supplier, Some(id)).unwrap_or(0);
                    d.key = survey_key_with(&d.key, pos);
                }
                d
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out: Vec<SuggestionDecision> = Vec::new();
        for d in &x.input.suggestion_decisions {
            x.opt_at(Ref::Risk, d.risk_id)?;
            if let Some(pos) = survey_key_supplier(&d.key).filter(|p| *p != 0) {
                x.at(Ref::Supplier, pos)?;
            }
            let reason = limits::SUGGESTION_REASON.required(&d.reason)?;
            let decided_on = check_date("suggestion.decided_on", &d.decided_on)?;
            if out.iter().any(|o| o.key == d.key) {
                return Err(Error::JsonInvalid {
                    detail: format!("suggestion {:?} is answered twice", d.key),
                });
            }
            out.push(SuggestionDecision {
                reason,
                decided_on,
                ..d.clone()
            });
        }
        x.out.suggestion_decisions = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for d in &x.doc.suggestion_decisions {
            let risk_id = x.opt(Ref::Risk, d.risk_id);
            let key = match survey_key_supplier(&d.key).filter(|p| *p != 0) {
                Some(pos) => survey_key_with(&d.key, x.id(Ref::Supplier, pos)),
                None => d.key.clone(),
            };
            write_decision(
                x.tx,
                &SuggestionDecision {
                    key,
                    risk_id,
                    ..d.clone()
                },
            )?;
        }
        Ok(())
    }
}
