//! A dossier as a document: references between records become positions.

use super::*;
use crate::prioritisation::Ranked;

/// Maps record ids to positions in a list (1 = first).
fn position_map(ids: impl Iterator<Item = i64>) -> HashMap<i64, i64> {
    ids.enumerate().map(|(i, id)| (id, i as i64 + 1)).collect()
}

/// The whole dossier as a document; references between records become positions.
pub fn export(d: &Dossier) -> Result<DossierJson> {
    let conn = d.conn();
    let suppliers = d.suppliers()?;
    let items = load_items(conn, None)?;
    let sold = load_sold(conn, None)?;
    let risks = load_all(conn)?;
    let sup = position_map(suppliers.iter().map(|s| s.id));
    let item_pos = position_map(items.iter().map(|i| i.id));
    let sold_pos = position_map(sold.iter().map(|i| i.id));
    let risk_pos = position_map(risks.iter().map(|r| r.id));
    let kpis = load_kpis(conn)?;
    let kpi_pos = position_map(kpis.iter().map(|k| k.id));
    let actions = load_actions(conn, None)?;
    let action_pos = position_map(actions.iter().map(|a| a.id));
    let stakeholders = load_stakeholders(conn)?;
    let stakeholder_pos = position_map(stakeholders.iter().map(|s| s.id));
    let grievances = load_grievances(conn)?;
    let grievance_pos = position_map(grievances.iter().map(|g| g.id));
    let audit_pos = position_map(load_audits(conn, None)?.iter().map(|a| a.id));
    let pos = |m: &HashMap<i64, i64>, id: i64| m.get(&id).copied().unwrap_or(0);
    let opt = |m: &HashMap<i64, i64>, id: Option<i64>| id.and_then(|id| m.get(&id).copied());
    Ok(DossierJson {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        company: d.company()?,
        years: d.years()?,
        active_year: d.active_year()?,
        suppliers: suppliers
            .into_iter()
            .map(|mut s| {
                s.id = 0;
                s
            })
            .collect(),
        risks: export_risks(risks, |r| {
            r.item_id = opt(&item_pos, r.item_id);
            r.supplier_id = opt(&sup, r.supplier_id);
            r.sold_item_id = opt(&sold_pos, r.sold_item_id);
        }),
        purchased_items: items
            .into_iter()
            .map(|mut i| {
                i.id = 0;
                for l in &mut i.suppliers {
                    l.supplier_id = pos(&sup, l.supplier_id);
                    l.via_id = opt(&sup, l.via_id);
                }
                i
            })
            .collect(),
        sold_items: sold
            .into_iter()
            .map(|mut i| {
                i.id = 0;
                i
            })
            .collect(),
        certifications: load_certifications(conn, None)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.supplier_id = pos(&sup, c.supplier_id);
                c
            })
            .collect(),
        audits: load_audits(conn, None)?
            .into_iter()
            .map(|mut a| {
                a.id = 0;
                a.supplier_id = pos(&sup, a.supplier_id);
                a
            })
            .collect(),
        suggestion_decisions: load_decisions(conn)?
            .into_iter()
            .map(|mut x| {
                x.risk_id = opt(&risk_pos, x.risk_id);
                x
            })
            .collect(),
        departments: load_departments(conn)?
            .into_iter()
            .filter(|d| !d.is_empty())
            .collect(),
        policy_versions: load_policies(conn, None)?
            .into_iter()
            .map(|mut p| {
                p.id = 0;
                p
            })
            .collect(),
        policy_communications: load_communications(conn)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c
            })
            .collect(),
        preconditions: {
            let p = load_preconditions(conn)?;
            (p != Preconditions::default()).then_some(p)
        },
        kpis: kpis
            .into_iter()
            .map(|mut k| {
                k.id = 0;
                k.risk_id = opt(&risk_pos, k.risk_id);
                k
            })
            .collect(),
        kpi_measurements: load_measurements(conn)?
            .into_iter()
            .map(|mut m| {
                m.id = 0;
                m.kpi_id = pos(&kpi_pos, m.kpi_id);
                m
            })
            .collect(),
        action_updates: load_updates(conn)?
            .into_iter()
            .map(|mut u| {
                u.id = 0;
                u.action_id = pos(&action_pos, u.action_id);
                u
            })
            .collect(),
        evidence: export_evidence(d, &action_pos)?,
        actions: actions
            .into_iter()
            .map(|mut a| {
                a.id = 0;
                a.risk_id = pos(&risk_pos, a.risk_id);
                a.kpi_id = opt(&kpi_pos, a.kpi_id);
                a.supplier_id = opt(&sup, a.supplier_id);
                a
            })
            .collect(),
        purchasing_practices: load_practices(conn)?
            .into_iter()
            .map(|mut p| {
                p.supplier_id = pos(&sup, p.supplier_id);
                p
            })
            .collect(),
        cap_items: load_cap_items(conn)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.audit_id = pos(&audit_pos, c.audit_id);
                c
            })
            .collect(),
        context_log: load_context(conn)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.item_id = opt(&item_pos, c.item_id);
                c
            })
            .collect(),
        year_reviews: load_reviews(conn)?,
        closed_years: load_snapshots(conn)?,
        stakeholders: stakeholders
            .into_iter()
            .map(|mut s| {
                s.id = 0;
                s
            })
            .collect(),
        engagements: load_engagements(conn)?
            .into_iter()
            .map(|mut e| {
                e.id = 0;
                e.stakeholder_id = pos(&stakeholder_pos, e.stakeholder_id);
                e.risk_id = opt(&risk_pos, e.risk_id);
                e.action_id = opt(&action_pos, e.action_id);
                e
            })
            .collect(),
        communication_log: load_communication_log(conn)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c
            })
            .collect(),
        grievance_mechanism: if mechanism_recorded(conn)? {
            Some(load_mechanism(conn)?)
        } else {
            None
        },
        grievances: grievances
            .into_iter()
            .map(|mut g| {
                g.id = 0;
                g.supplier_id = opt(&sup, g.supplier_id);
                g.risk_id = opt(&risk_pos, g.risk_id);
                g
            })
            .collect(),
        remedies: load_remedies(conn)?
            .into_iter()
            .map(|mut r| {
                r.id = 0;
                r.risk_id = pos(&risk_pos, r.risk_id);
                r.grievance_id = opt(&grievance_pos, r.grievance_id);
                r
            })
            .collect(),
    })
}

/// Evidence files in recording order, content as base64.
fn export_evidence(d: &Dossier, action_pos: &HashMap<i64, i64>) -> Result<Vec<EvidenceJson>> {
    let mut stmt = d
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
            action_id: action_pos.get(&action).copied().unwrap_or(0),
            file_name,
            added_on,
            content_base64: base64::engine::general_purpose::STANDARD.encode(content),
        });
    }
    Ok(out)
}

/// Fills in the place of every risk in the ranking, as an export does; for a document
/// that was read back, where the ranking is left out because it is computed.
pub fn prioritise(doc: &mut DossierJson) {
    let risks: Vec<Risk> = doc
        .risks
        .iter()
        .enumerate()
        .map(|(i, r)| Risk {
            id: i as i64 + 1,
            ..r.risk.clone()
        })
        .collect();
    doc.risks = export_risks(risks, |_| {});
}

fn export_risks(risks: Vec<Risk>, relink: impl Fn(&mut Risk)) -> Vec<RiskJson> {
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
