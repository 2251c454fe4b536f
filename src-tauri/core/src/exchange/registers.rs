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

/// The purchased goods and services with their chains: suppliers (a link through
/// another supplier as "via"), origins and how complete the map is.
pub(crate) fn chain(d: &Dossier) -> Result<Sheet> {
    let suppliers = supplier_names(d)?;
    let name = |id: i64| suppliers.get(&id).cloned().unwrap_or_default();
    let rows = d
        .purchased_items()?
        .into_iter()
        .map(|i| {
            let links = i
                .suppliers
                .iter()
                .map(|l| match l.via_id {
                    Some(via) => format!("{} (via {})", name(l.supplier_id), name(via)),
                    None => name(l.supplier_id),
                })
                .collect::<Vec<_>>()
                .join("; ");
            vec![
                i.id.to_string(),
                i.name,
                i.kind.as_str().to_string(),
                i.reference_goods.join("; "),
                num(i.volume),
                opt(&i.volume_unit),
                num(i.spend_eur),
                i.has_contract.map(yes_no).unwrap_or_default(),
                i.origins.join(";"),
                yes_no(i.origin_unknown),
                links,
                opt(&i.planned_completion),
                opt(&i.notes),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "chain",
        headers: vec![
            "id",
            "item",
            "kind",
            "reference_goods",
            "volume",
            "volume_unit",
            "spend_eur",
            "contract",
            "origins",
            "origin_unknown",
            "suppliers",
            "planned_completion",
            "notes",
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

/// The communication log of step 5.
pub(crate) fn communications(d: &Dossier) -> Result<Sheet> {
    let rows = d
        .communication_log()?
        .into_iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.held_on,
                c.audience.as_str().to_string(),
                c.recipients,
                c.channel.as_str().to_string(),
                c.content,
                c.report_kind
                    .map(|k| k.as_str().to_string())
                    .unwrap_or_default(),
                num(c.report_year),
                yes_no(c.sensitive),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "communications",
        headers: vec![
            "id",
            "held_on",
            "audience",
            "recipients",
            "channel",
            "content",
            "report",
            "report_year",
            "sensitive",
        ],
        rows,
    })
}

/// The stakeholders, with their contact as recorded.
pub(crate) fn stakeholders(d: &Dossier) -> Result<Sheet> {
    let rows = d
        .stakeholders()?
        .into_iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.name,
                s.kind.as_str().to_string(),
                opt(&s.interest),
                s.influence
                    .map(|i| i.as_str().to_string())
                    .unwrap_or_default(),
                opt(&s.contact),
                yes_no(s.vulnerable),
                yes_no(s.sensitive),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "stakeholders",
        headers: vec![
            "id",
            "name",
            "kind",
            "interest",
            "influence",
            "contact",
            "vulnerable",
            "sensitive",
        ],
        rows,
    })
}

/// The engagements with stakeholders: when, about what, what was said and done with it.
pub(crate) fn engagements(d: &Dossier) -> Result<Sheet> {
    let names: HashMap<i64, String> = d
        .stakeholders()?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let rows = d
        .engagements()?
        .into_iter()
        .map(|e| {
            vec![
                e.id.to_string(),
                names.get(&e.stakeholder_id).cloned().unwrap_or_default(),
                e.held_on,
                e.step.to_string(),
                e.about,
                num(e.risk_id),
                num(e.action_id),
                opt(&e.said),
                opt(&e.follow_up),
                opt(&e.followed_up_on),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "engagements",
        headers: vec![
            "id",
            "stakeholder",
            "held_on",
            "step",
            "about",
            "risk_id",
            "action_id",
            "said",
            "follow_up",
            "followed_up_on",
        ],
        rows,
    })
}

/// Remedy for actual impacts (S6.2): the risk, the role taken and how far it has come.
pub(crate) fn remedies(d: &Dossier) -> Result<Sheet> {
    let risks: HashMap<i64, (String, bool)> = d
        .risk_register(Lang::En)?
        .rows
        .into_iter()
        .map(|r| (r.risk.id, (r.risk.title, r.risk.sensitive)))
        .collect();
    let rows = d
        .remedies()?
        .into_iter()
        .map(|r| {
            let (risk, sensitive) = risks.get(&r.risk_id).cloned().unwrap_or_default();
            vec![
                r.id.to_string(),
                r.risk_id.to_string(),
                risk,
                num(r.grievance_id),
                r.form.as_str().to_string(),
                r.description,
                r.role.as_str().to_string(),
                opt(&r.role_reason),
                opt(&r.consulted),
                r.status.as_str().to_string(),
                opt(&r.started_on),
                opt(&r.completed_on),
                yes_no(sensitive),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "remedies",
        headers: vec![
            "id",
            "risk_id",
            "risk",
            "grievance",
            "form",
            "description",
            "role",
            "role_reason",
            "consulted",
            "status",
            "started_on",
            "completed_on",
            "sensitive",
        ],
        rows,
    })
}

/// The departments checked in step 1: current practice, role and who is responsible.
pub(crate) fn departments(d: &Dossier) -> Result<Sheet> {
    let rows = d
        .departments()?
        .into_iter()
        .map(|x| {
            vec![
                x.code.as_str().to_string(),
                opt(&x.current_practice),
                opt(&x.role),
                opt(&x.responsible),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "departments",
        headers: vec!["department", "current_practice", "role", "responsible"],
        rows,
    })
}

/// How the policy was communicated and trained (step 1).
pub(crate) fn policy_communications(d: &Dossier) -> Result<Sheet> {
    let rows = d
        .policy_communications()?
        .into_iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.held_on,
                c.kind.as_str().to_string(),
                c.audience.as_str().to_string(),
                c.description,
                num(c.reached),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "policy_communications",
        headers: vec![
            "id",
            "held_on",
            "kind",
            "audience",
            "description",
            "reached",
        ],
        rows,
    })
}

/// The progress notes on the actions, with their judgement of effectiveness.
pub(crate) fn updates(d: &Dossier, today: &str) -> Result<Sheet> {
    let mut rows = Vec::new();
    for plan in d.action_plans(today, Lang::En)? {
        for a in plan.actions {
            for u in a.updates {
                rows.push(vec![
                    u.id.to_string(),
                    a.action.id.to_string(),
                    a.action.title.clone(),
                    u.written_on,
                    u.progress,
                    u.effectiveness.as_str().to_string(),
                ]);
            }
        }
    }
    Ok(Sheet {
        name: "updates",
        headers: vec![
            "id",
            "action_id",
            "action",
            "written_on",
            "progress",
            "effectiveness",
        ],
        rows,
    })
}

/// What the company sells, with its customers, countries, use and end of life.
pub(crate) fn sold_items(d: &Dossier) -> Result<Sheet> {
    let rows = d
        .sold_items()?
        .into_iter()
        .map(|i| {
            vec![
                i.id.to_string(),
                i.name,
                opt(&i.customers),
                i.countries.join(";"),
                opt(&i.use_phase),
                opt(&i.end_of_life),
                opt(&i.notes),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "sold_items",
        headers: vec![
            "id",
            "item",
            "customers",
            "countries",
            "use_phase",
            "end_of_life",
            "notes",
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

/// The versions of the policy, newest first: what each covers, approval, publication and
/// the next review.
pub(crate) fn policy_versions(d: &Dossier, today: &str) -> Result<Sheet> {
    let rows = d
        .policy_overview(today)?
        .versions
        .into_iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.label,
                opt(&p.document_ref),
                join(p.themes.iter().map(|t| t.as_str())),
                join(
                    p.elements
                        .iter()
                        .filter(|e| e.covered)
                        .map(|e| e.element.as_str()),
                ),
                opt(&p.approved_by),
                opt(&p.approved_on),
                opt(&p.published_where),
                opt(&p.published_on),
                opt(&p.next_review),
                opt(&p.body),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "policy_versions",
        headers: vec![
            "id",
            "label",
            "document_ref",
            "themes",
            "elements_covered",
            "approved_by",
            "approved_on",
            "published_where",
            "published_on",
            "next_review",
            "text",
        ],
        rows,
    })
}

/// The answered risk suggestions: what was suggested, the answer and its reason.
pub(crate) fn suggestion_answers(d: &Dossier) -> Result<Sheet> {
    let rows = d
        .suggestions()?
        .into_iter()
        .filter_map(|s| {
            let a = s.decision?;
            Some(vec![
                s.key,
                s.theme.as_str().to_string(),
                opt(&s.country),
                opt(&s.subject),
                code(&a.answer),
                a.reason,
                a.decided_on,
                num(a.risk_id),
            ])
        })
        .collect();
    Ok(Sheet {
        name: "suggestion_answers",
        headers: vec![
            "suggestion",
            "theme",
            "country",
            "subject",
            "answer",
            "reason",
            "decided_on",
            "risk_id",
        ],
        rows,
    })
}

/// The code of a value as the JSON export writes it (`snake_case`).
fn code(v: &impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(String::from))
        .unwrap_or_default()
}
