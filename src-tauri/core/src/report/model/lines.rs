//! The parts of the report model, each built from the document on its own: the policy
//! in force, the supplier figures, the chains, the risks in ranked order, the actions
//! and KPIs as they stood at the end of the period, and the year's engagements.

use std::collections::{BTreeMap, HashMap};

use super::*;

/// The latest policy version approved by `until` (or the last one), with the elements
/// it covers and misses.
pub(super) fn policy(doc: &DossierJson, until: &str) -> Option<PolicySummary> {
    doc.policy_versions
        .iter()
        .rfind(|p| p.approved_on.as_deref().is_none_or(|d| d <= until))
        .or(doc.policy_versions.last())
        .map(|v| PolicySummary {
            version: v.clone(),
            covered: v
                .elements
                .iter()
                .filter(|e| e.covered)
                .map(|e| e.element)
                .collect(),
            missing: PolicyElementCode::ALL
                .iter()
                .copied()
                .filter(|c| !v.elements.iter().any(|e| e.element == *c && e.covered))
                .collect(),
        })
}

/// The suppliers active at `until` and where they are, and the code of conduct's reach.
pub(super) fn suppliers(doc: &DossierJson, until: &str) -> (SupplierSummary, CodeOfConductSummary) {
    let active: Vec<_> = doc
        .suppliers
        .iter()
        .filter(|s| s.ended_on.as_deref().is_none_or(|d| d > until))
        .collect();
    let mut by_country: BTreeMap<String, u32> = BTreeMap::new();
    for s in &active {
        if let Some(c) = &s.country {
            *by_country.entry(c.clone()).or_default() += 1;
        }
    }
    let mut by_country: Vec<(String, u32)> = by_country.into_iter().collect();
    by_country.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let suppliers = SupplierSummary {
        active: active.len() as u32,
        ended: (doc.suppliers.len() - active.len()) as u32,
        by_country,
        tier1: active.iter().filter(|s| s.tier <= 1).count() as u32,
        deeper: active.iter().filter(|s| s.tier > 1).count() as u32,
    };
    let code_of_conduct = CodeOfConductSummary {
        active_suppliers: active.len() as u32,
        sent: active
            .iter()
            .filter(|s| s.code_of_conduct == CodeOfConduct::Sent)
            .count() as u32,
        signed: active
            .iter()
            .filter(|s| s.code_of_conduct == CodeOfConduct::Signed)
            .count() as u32,
    };
    (suppliers, code_of_conduct)
}

/// Every supplier with the number of risks recorded at it; ended by `until` or not.
pub(super) fn supplier_lines(doc: &DossierJson, until: &str) -> Vec<SupplierLine> {
    let mut risks = vec![0u32; doc.suppliers.len()];
    for r in &doc.risks {
        let at = r.risk.supplier_id.and_then(|p| usize::try_from(p - 1).ok());
        if let Some(n) = at.and_then(|i| risks.get_mut(i)) {
            *n += 1;
        }
    }
    doc.suppliers
        .iter()
        .zip(risks)
        .map(|(s, risks)| SupplierLine {
            name: s.name.clone(),
            country: s.country.clone(),
            tier: s.tier,
            code_of_conduct: s.code_of_conduct,
            risks,
            ended: s.ended_on.as_deref().is_some_and(|d| d <= until),
        })
        .collect()
}

/// Each purchased item's chain: how many suppliers, which countries, how complete.
pub(super) fn chains(doc: &DossierJson) -> Vec<ChainLine> {
    // In the document suppliers are referred to by position (1 = first).
    let by_pos: HashMap<i64, &crate::model::Supplier> = doc
        .suppliers
        .iter()
        .enumerate()
        .map(|(i, s)| (i as i64 + 1, s))
        .collect();
    doc.purchased_items
        .iter()
        .map(|i| ChainLine {
            name: i.name.clone(),
            kind: i.kind,
            suppliers: i.suppliers.len() as u32,
            countries: crate::mapping::chain_countries(i, &by_pos),
            origin_unknown: i.origin_unknown,
            completeness: crate::mapping::completeness(i, &by_pos).percent,
        })
        .collect()
}

/// The risks in ranked order (the unranked after them, as recorded).
pub(super) fn risks(doc: &DossierJson) -> Vec<RiskLine> {
    let mut risks: Vec<RiskLine> = doc
        .risks
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let p = r.priority.as_ref();
            RiskLine {
                position: i + 1,
                rank: p.map(|p| p.rank),
                title: r.risk.title.clone(),
                theme: r.risk.theme,
                country: r.risk.country.clone(),
                actual: r.risk.actual,
                severity: p.map(|p| p.severity),
                likelihood: p.map(|p| p.likelihood),
                involvement: r.risk.involvement,
                decision: r.risk.decision,
                decision_reason: r.risk.decision_reason.clone(),
                decision_confirmed: r.risk.decision_confirmed,
                review_date: r.risk.review_date.clone(),
                rationale_nl: p.map(|p| p.rationale.nl.clone()),
                rationale_en: p.map(|p| p.rationale.en.clone()),
                consulted: r.risk.consulted.clone(),
                sensitive: r.risk.sensitive,
            }
        })
        .collect();
    risks.sort_by_key(|r| (r.rank.is_none(), r.rank, r.position));
    risks
}

/// The actions with their progress as it stood at `until`; overdue on `as_of`.
pub(super) fn actions(doc: &DossierJson, year: i32, until: &str, as_of: &str) -> Vec<ActionLine> {
    // The notes written by `until` and the evidence files, per action position.
    let mut notes: HashMap<i64, Vec<&crate::model::action::ActionUpdate>> = HashMap::new();
    for u in doc
        .action_updates
        .iter()
        .filter(|u| u.written_on.as_str() <= until)
    {
        notes.entry(u.action_id).or_default().push(u);
    }
    let mut files: HashMap<i64, u32> = HashMap::new();
    for e in &doc.evidence {
        *files.entry(e.action_id).or_default() += 1;
    }
    doc.actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let pos = i as i64 + 1;
            let mut updates = notes.remove(&pos).unwrap_or_default();
            // Stable, so notes of one day keep the order they were written in.
            updates.sort_by(|a, b| a.written_on.cmp(&b.written_on));
            ActionLine {
                risk_position: a.risk_id as usize,
                title: a.title.clone(),
                measure: a.measure,
                owner: a.owner.clone(),
                budget_eur: a.budget_eur,
                start_on: a.start_on.clone(),
                deadline: a.deadline.clone(),
                status: a.status,
                goal: a.goal.clone(),
                overdue: a.is_overdue(as_of),
                last_effectiveness: updates.last().map(|u| u.effectiveness),
                recent: crate::guidance::recent_judgements(
                    updates.iter().rev().map(|u| u.effectiveness),
                ),
                updates_in_year: updates
                    .iter()
                    .filter(|u| in_year(&u.written_on, year))
                    .count() as u32,
                evidence_files: files.get(&pos).copied().unwrap_or(0),
                kpi: a.kpi_id.map(|k| k as usize),
                sensitive: a.sensitive,
                exit: a.exit.clone(),
            }
        })
        .collect()
}

/// The KPIs with their measurements up to `until`, oldest first.
pub(super) fn kpis(doc: &DossierJson, until: &str) -> Vec<KpiLine> {
    let mut measured: HashMap<i64, Vec<(String, f64)>> = HashMap::new();
    for m in doc
        .kpi_measurements
        .iter()
        .filter(|m| m.measured_on.as_str() <= until)
    {
        measured
            .entry(m.kpi_id)
            .or_default()
            .push((m.measured_on.clone(), m.value));
    }
    doc.kpis
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let pos = i as i64 + 1;
            let mut points = measured.remove(&pos).unwrap_or_default();
            points.sort_by(|a, b| a.0.cmp(&b.0));
            KpiLine {
                position: i + 1,
                name: k.name.clone(),
                unit: k.unit.clone(),
                baseline: k.baseline,
                target: k.target,
                deadline: k.deadline.clone(),
                owner: k.owner.clone(),
                risk_position: k.risk_id.map(|r| r as usize),
                points,
            }
        })
        .collect()
}

/// The engagements held in the year, with who the stakeholder is.
pub(super) fn engagements(doc: &DossierJson, year: i32) -> Vec<EngagementLine> {
    doc.engagements
        .iter()
        .filter(|e| in_year(&e.held_on, year))
        .filter_map(|e| {
            let s = doc
                .stakeholders
                .get((e.stakeholder_id - 1).max(0) as usize)?;
            Some(EngagementLine {
                held_on: e.held_on.clone(),
                stakeholder: s.name.clone(),
                kind: s.kind,
                step: e.step,
                about: e.about.clone(),
                said: e.said.clone(),
                follow_up: e.follow_up.clone(),
                sensitive: s.sensitive,
            })
        })
        .collect()
}
