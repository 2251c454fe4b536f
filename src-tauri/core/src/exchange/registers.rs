//! The risk register, the actions and the KPI measurements as tables (R5). Columns
//! carry codes, not words (like the supplier and grievance tables), so that a table
//! reads the same in any language and can be filtered on; these are internal working
//! files, so a risk marked sensitive is in them, with `sensitive` = `yes`.

use std::collections::HashMap;

use crate::error::Result;
use crate::messages::Lang;
use crate::Dossier;

/// A register as one sheet: its name, column headers and rows of text cells.
pub(crate) struct Sheet {
    pub name: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Sheet {
    /// UTF-8, comma-separated.
    pub fn csv(&self) -> Result<String> {
        super::table::write_csv(&self.headers, &self.rows)
    }

    /// An XLSX workbook with this one sheet.
    pub fn xlsx(&self) -> Result<Vec<u8>> {
        super::table::write_xlsx(self.name, &self.headers, &self.rows)
    }
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn num(v: Option<impl ToString>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// Every risk in priority order: rank (empty when not yet assessed), the assessment,
/// the decision and what the register records about it.
pub(crate) fn risks(d: &Dossier) -> Result<Sheet> {
    let register = d.risk_register(Lang::En)?;
    let suppliers = supplier_names(d)?;
    let rows = register
        .rows
        .into_iter()
        .map(|row| {
            let r = row.risk;
            let a = r.assessment.as_ref();
            vec![
                num(row.ranked.as_ref().map(|k| k.rank)),
                r.id.to_string(),
                r.title,
                r.theme.as_str().to_string(),
                opt(&r.description),
                r.location.as_str().to_string(),
                opt(&r.country),
                opt(&r.item),
                r.supplier_id
                    .and_then(|id| suppliers.get(&id).cloned())
                    .unwrap_or_default(),
                yes_no(r.actual),
                join(r.affected_groups.iter().map(|g| g.as_str())),
                join(r.sources.iter().map(|s| s.as_str())),
                num(a.map(|a| a.scale)),
                num(a.map(|a| a.scope)),
                num(a.map(|a| a.irremediability)),
                num(a.map(|a| a.likelihood)),
                num(row.ranked.as_ref().map(|k| k.severity)),
                r.involvement
                    .map(|i| i.as_str().to_string())
                    .unwrap_or_default(),
                opt(&r.own_contribution),
                opt(&r.consulted),
                r.decision.as_str().to_string(),
                opt(&r.decision_reason),
                opt(&r.review_date),
                num(r.rank_override.as_ref().map(|o| o.position)),
                r.rank_override.map(|o| o.reason).unwrap_or_default(),
                yes_no(r.sensitive),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "risks",
        headers: vec![
            "rank",
            "id",
            "title",
            "theme",
            "description",
            "location",
            "country",
            "item",
            "supplier",
            "actual",
            "affected_groups",
            "sources",
            "scale",
            "scope",
            "irremediability",
            "likelihood",
            "severity",
            "involvement",
            "own_contribution",
            "consulted",
            "decision",
            "decision_reason",
            "review_date",
            "override_position",
            "override_reason",
            "sensitive",
        ],
        rows,
    })
}

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

/// One row per measurement of each KPI, oldest first; a KPI not yet measured has one
/// row without a measurement.
pub(crate) fn kpis(d: &Dossier) -> Result<Sheet> {
    let mut rows = Vec::new();
    for k in d.kpis()? {
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
            rows.push([base.clone(), vec![String::new(); 3]].concat());
        }
        for m in &k.measurements {
            rows.push(
                [
                    base.clone(),
                    vec![m.measured_on.clone(), m.value.to_string(), opt(&m.note)],
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
        ],
        rows,
    })
}

fn supplier_names(d: &Dossier) -> Result<HashMap<i64, String>> {
    Ok(crate::store::supplier::load_names(d.conn())?
        .into_iter()
        .map(|(id, s)| (id, s.name))
        .collect())
}

fn join<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    codes.collect::<Vec<_>>().join(";")
}
