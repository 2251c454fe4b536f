//! Step 2 registers as tables: the chains, products sold, the risk register and the
//! answered risk suggestions.

use super::*;

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

/// The answered risk suggestions: what was suggested, the answer and its reason.
pub(crate) fn suggestion_answers(d: &Dossier) -> Result<Sheet> {
    let sensitive = Sensitive::of(d)?;
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
                a.answer.as_str().to_string(),
                a.reason,
                a.decided_on,
                num(a.risk_id),
                yes_no(sensitive.risk(a.risk_id)),
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
            "sensitive",
        ],
        rows,
    })
}
