//! Steps 3 and 4 registers as tables: actions, progress notes, purchasing practices,
//! KPI measurements, audits, corrective-action-plan items, certificates, context log.

use std::collections::HashMap;

use super::*;

/// Every action with the risk it answers, in the order of the action plans, and
/// whether it is past its deadline on `today`.
pub(crate) fn actions(d: &Dossier, today: &str) -> Result<Sheet> {
    let suppliers = supplier_names(d)?;
    let kpis: HashMap<i64, String> = d
        .kpis()?
        .into_iter()
        .map(|k| (k.kpi.id, k.kpi.name))
        .collect();
    let mut rows = Vec::new();
    for plan in d.action_plans(today, Lang::En)? {
        for a in plan.actions {
            let overdue = a.overdue;
            let updates = a.updates.len();
            let x = a.action;
            rows.push(vec![
                x.id.to_string(),
                plan.risk.id.to_string(),
                plan.risk.title.clone(),
                x.title,
                x.measure.as_str().to_string(),
                x.status.as_str().to_string(),
                opt(&x.owner),
                opt(&x.people),
                num(x.budget_eur),
                opt(&x.start_on),
                opt(&x.deadline),
                yes_no(overdue),
                opt(&x.goal),
                x.kpi_id
                    .and_then(|id| kpis.get(&id).cloned())
                    .unwrap_or_default(),
                opt(&x.stakeholders),
                x.supplier_id
                    .and_then(|id| suppliers.get(&id).cloned())
                    .unwrap_or_default(),
                updates.to_string(),
                yes_no(x.sensitive || plan.risk.sensitive),
            ]);
        }
    }
    Ok(Sheet {
        name: "actions",
        headers: vec![
            "id",
            "risk_id",
            "risk",
            "title",
            "measure",
            "status",
            "owner",
            "people",
            "budget_eur",
            "start_on",
            "deadline",
            "overdue",
            "goal",
            "kpi",
            "stakeholders",
            "supplier",
            "updates",
            "sensitive",
        ],
        rows,
    })
}

/// The progress notes on the actions, with their judgement of effectiveness.
pub(crate) fn updates(d: &Dossier) -> Result<Sheet> {
    let titles: HashMap<i64, String> = d.actions()?.into_iter().map(|a| (a.id, a.title)).collect();
    let sensitive = Sensitive::of(d)?;
    let rows = crate::store::action::load_updates(d.conn())?
        .into_iter()
        .map(|u| {
            vec![
                u.id.to_string(),
                u.action_id.to_string(),
                titles.get(&u.action_id).cloned().unwrap_or_default(),
                u.written_on,
                u.progress,
                u.effectiveness.as_str().to_string(),
                yes_no(sensitive.action(Some(u.action_id))),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "updates",
        headers: vec![
            "id",
            "action_id",
            "action",
            "written_on",
            "progress",
            "effectiveness",
            "sensitive",
        ],
        rows,
    })
}

/// The purchasing practices checked per supplier (step 3).
pub(crate) fn practices(d: &Dossier) -> Result<Sheet> {
    let suppliers = supplier_names(d)?;
    let rows = d
        .purchasing_practices()?
        .into_iter()
        .map(|p| {
            vec![
                suppliers.get(&p.supplier_id).cloned().unwrap_or_default(),
                p.practice.as_str().to_string(),
                yes_no(p.applied),
                opt(&p.note),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "practices",
        headers: vec!["supplier", "practice", "applied", "note"],
        rows,
    })
}

/// One row per measurement of each KPI, oldest first; a KPI not yet measured has one
/// row without a measurement.
pub(crate) fn kpis(d: &Dossier) -> Result<Sheet> {
    let sensitive = Sensitive::of(d)?;
    let mut rows = Vec::new();
    for k in d.kpis()? {
        let marked = yes_no(sensitive.kpi(k.kpi.id));
        let base = vec![
            k.kpi.id.to_string(),
            k.kpi.name.clone(),
            k.kpi.unit.clone(),
            num(k.kpi.baseline),
            k.kpi.target.to_string(),
            opt(&k.kpi.deadline),
            opt(&k.kpi.owner),
        ];
        if k.measurements.is_empty() {
            rows.push(
                [
                    base.clone(),
                    vec![String::new(), String::new(), String::new(), marked.clone()],
                ]
                .concat(),
            );
        }
        for m in &k.measurements {
            rows.push(
                [
                    base.clone(),
                    vec![
                        m.measured_on.clone(),
                        m.value.to_string(),
                        opt(&m.note),
                        marked.clone(),
                    ],
                ]
                .concat(),
            );
        }
    }
    Ok(Sheet {
        name: "kpis",
        headers: vec![
            "kpi_id",
            "kpi",
            "unit",
            "baseline",
            "target",
            "deadline",
            "owner",
            "measured_on",
            "value",
            "note",
            "sensitive",
        ],
        rows,
    })
}

/// Audits and visits, each with its open and closed corrective-action-plan items.
pub(crate) fn audits(d: &Dossier) -> Result<Sheet> {
    let suppliers = supplier_names(d)?;
    let mut items: HashMap<i64, (usize, usize)> = HashMap::new();
    for c in d.cap_items()? {
        let e = items.entry(c.audit_id).or_default();
        e.0 += 1;
        if c.done_on.is_some() {
            e.1 += 1;
        }
    }
    let rows = d
        .audits(None)?
        .into_iter()
        .map(|a| {
            let (cap, done) = items.get(&a.id).copied().unwrap_or_default();
            vec![
                a.id.to_string(),
                suppliers.get(&a.supplier_id).cloned().unwrap_or_default(),
                a.kind.as_str().to_string(),
                a.held_on,
                opt(&a.auditor),
                opt(&a.findings),
                cap.to_string(),
                done.to_string(),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "audits",
        headers: vec![
            "id",
            "supplier",
            "kind",
            "held_on",
            "auditor",
            "findings",
            "cap_items",
            "cap_items_done",
        ],
        rows,
    })
}

/// The items of the corrective action plans, with their audit, and whether each is
/// past its deadline on `today`.
pub(crate) fn cap_items(d: &Dossier, today: &str) -> Result<Sheet> {
    let suppliers = supplier_names(d)?;
    let audits: HashMap<i64, (String, String)> = d
        .audits(None)?
        .into_iter()
        .map(|a| {
            let supplier = suppliers.get(&a.supplier_id).cloned().unwrap_or_default();
            (a.id, (supplier, a.held_on))
        })
        .collect();
    let rows = d
        .cap_items()?
        .into_iter()
        .map(|c| {
            let (supplier, held_on) = audits.get(&c.audit_id).cloned().unwrap_or_default();
            let overdue = c.is_overdue(today);
            vec![
                c.id.to_string(),
                c.audit_id.to_string(),
                supplier,
                held_on,
                c.description,
                opt(&c.deadline),
                opt(&c.done_on),
                yes_no(overdue),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "cap_items",
        headers: vec![
            "id",
            "audit_id",
            "supplier",
            "audit_held_on",
            "description",
            "deadline",
            "done_on",
            "overdue",
        ],
        rows,
    })
}

/// Certificates of the suppliers, with how long each is valid.
pub(crate) fn certifications(d: &Dossier) -> Result<Sheet> {
    let suppliers = supplier_names(d)?;
    let rows = d
        .certifications(None)?
        .into_iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                suppliers.get(&c.supplier_id).cloned().unwrap_or_default(),
                c.scheme,
                opt(&c.reference),
                opt(&c.valid_until),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "certifications",
        headers: vec!["id", "supplier", "scheme", "reference", "valid_until"],
        rows,
    })
}

/// The context log (what changed around the chains), newest first.
pub(crate) fn context(d: &Dossier) -> Result<Sheet> {
    let items: HashMap<i64, String> = d
        .purchased_items()?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect();
    let rows = d
        .context_log()?
        .into_iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.noted_on,
                opt(&c.country),
                c.item_id
                    .and_then(|id| items.get(&id).cloned())
                    .unwrap_or_default(),
                c.description,
            ]
        })
        .collect();
    Ok(Sheet {
        name: "context",
        headers: vec!["id", "noted_on", "country", "item", "description"],
        rows,
    })
}
