//! Writes a validated document into a dossier, in the caller's transaction; positions
//! become the new record ids.

use super::*;

pub(super) fn write_content(tx: &Transaction<'_>, doc: &DossierJson) -> Result<()> {
    for table in [
        "remedy",
        "grievance",
        "mechanism_criterion",
        "grievance_mechanism",
        "communication_log",
        "stakeholder",
        "context_entry",
        "action",
        "reporting_year",
        "department",
        "policy_version",
        "policy_communication",
        "preconditions",
        "kpi",
        "suggestion_decision",
        "risk",
        "purchased_item",
        "sold_item",
        "supplier",
    ] {
        crate::store::exec(tx, &format!("DELETE FROM {table}"), [])?;
    }
    crate::store::exec(tx, "DELETE FROM dossier_meta WHERE key = 'active_year'", [])?;
    crate::store::company::write_company(tx, &doc.company)?;
    for y in &doc.years {
        crate::store::exec(
            tx,
            "INSERT INTO reporting_year (year, status) VALUES (?1, ?2)",
            params![y.year, y.status.as_str()],
        )?;
    }
    for r in &doc.year_reviews {
        write_review(tx, r)?;
    }
    for c in &doc.closed_years {
        write_snapshot(tx, c)?;
    }
    let ids = |written: &[i64], pos: i64| written[(pos - 1) as usize];
    let mut sup = Vec::new();
    for s in &doc.suppliers {
        sup.push(write_supplier(tx, s)?);
    }
    let mut items = Vec::new();
    for i in &doc.purchased_items {
        let mut i = i.clone();
        for l in &mut i.suppliers {
            l.supplier_id = ids(&sup, l.supplier_id);
            l.via_id = l.via_id.map(|v| ids(&sup, v));
        }
        items.push(write_item(tx, &i)?);
    }
    let mut sold = Vec::new();
    for i in &doc.sold_items {
        sold.push(write_sold(tx, i)?);
    }
    let mut risks = Vec::new();
    for r in &doc.risks {
        let mut risk = r.risk.clone();
        risk.item_id = risk.item_id.map(|p| ids(&items, p));
        risk.supplier_id = risk.supplier_id.map(|p| ids(&sup, p));
        risk.sold_item_id = risk.sold_item_id.map(|p| ids(&sold, p));
        risks.push(write_risk(tx, &risk)?);
    }
    for c in &doc.certifications {
        write_certification(
            tx,
            &Certification {
                supplier_id: ids(&sup, c.supplier_id),
                ..c.clone()
            },
        )?;
    }
    for a in &doc.audits {
        write_audit(
            tx,
            &Audit {
                supplier_id: ids(&sup, a.supplier_id),
                ..a.clone()
            },
        )?;
    }
    for d in &doc.suggestion_decisions {
        write_decision(
            tx,
            &SuggestionDecision {
                risk_id: d.risk_id.map(|p| ids(&risks, p)),
                ..d.clone()
            },
        )?;
    }
    for d in &doc.departments {
        write_department(tx, d)?;
    }
    for p in &doc.policy_versions {
        write_policy(tx, p)?;
    }
    for c in &doc.policy_communications {
        write_communication(tx, c)?;
    }
    if let Some(p) = &doc.preconditions {
        write_preconditions(tx, p)?;
    }
    let mut kpis = Vec::new();
    for k in &doc.kpis {
        kpis.push(write_kpi(
            tx,
            &Kpi {
                risk_id: k.risk_id.map(|p| ids(&risks, p)),
                ..k.clone()
            },
        )?);
    }
    for m in &doc.kpi_measurements {
        write_measurement(
            tx,
            &KpiMeasurement {
                kpi_id: ids(&kpis, m.kpi_id),
                ..m.clone()
            },
        )?;
    }
    let mut actions = Vec::new();
    for a in &doc.actions {
        actions.push(write_action(
            tx,
            &Action {
                risk_id: ids(&risks, a.risk_id),
                kpi_id: a.kpi_id.map(|p| ids(&kpis, p)),
                supplier_id: a.supplier_id.map(|p| ids(&sup, p)),
                ..a.clone()
            },
        )?);
    }
    for u in &doc.action_updates {
        write_update(
            tx,
            &ActionUpdate {
                action_id: ids(&actions, u.action_id),
                ..u.clone()
            },
        )?;
    }
    for e in &doc.evidence {
        let bytes = decode(&e.content_base64)?;
        insert_evidence(
            tx,
            ids(&actions, e.action_id),
            &e.file_name,
            &bytes,
            &e.added_on,
        )?;
    }
    let mut stakeholders = Vec::new();
    for x in &doc.stakeholders {
        stakeholders.push(write_stakeholder(tx, x)?);
    }
    for e in &doc.engagements {
        write_engagement(
            tx,
            &Engagement {
                stakeholder_id: ids(&stakeholders, e.stakeholder_id),
                risk_id: e.risk_id.map(|p| ids(&risks, p)),
                action_id: e.action_id.map(|p| ids(&actions, p)),
                ..e.clone()
            },
        )?;
    }
    for c in &doc.communication_log {
        write_communication_entry(tx, c)?;
    }
    if let Some(m) = &doc.grievance_mechanism {
        write_mechanism(tx, m)?;
    }
    let mut grievances = Vec::new();
    for g in &doc.grievances {
        grievances.push(write_grievance(
            tx,
            &Grievance {
                supplier_id: g.supplier_id.map(|p| ids(&sup, p)),
                risk_id: g.risk_id.map(|p| ids(&risks, p)),
                ..g.clone()
            },
        )?);
    }
    for r in &doc.remedies {
        write_remedy(
            tx,
            &Remedy {
                risk_id: ids(&risks, r.risk_id),
                grievance_id: r.grievance_id.map(|p| ids(&grievances, p)),
                ..r.clone()
            },
        )?;
    }
    for p in &doc.purchasing_practices {
        write_practice(
            tx,
            &PracticeCheck {
                supplier_id: ids(&sup, p.supplier_id),
                ..p.clone()
            },
        )?;
    }
    // Audits were written in document order; their new ids are read back in that order.
    let audit_ids: Vec<i64> = tx
        .prepare("SELECT id FROM supplier_audit ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for c in &doc.cap_items {
        write_cap_item(
            tx,
            &CapItem {
                audit_id: ids(&audit_ids, c.audit_id),
                ..c.clone()
            },
        )?;
    }
    for c in &doc.context_log {
        write_context(
            tx,
            &ContextEntry {
                item_id: c.item_id.map(|p| ids(&items, p)),
                ..c.clone()
            },
        )?;
    }
    if let Some(a) = doc.active_year {
        crate::store::exec(
            tx,
            "INSERT INTO dossier_meta (key, value) VALUES ('active_year', ?1)",
            [a.to_string()],
        )?;
    }
    Ok(())
}
