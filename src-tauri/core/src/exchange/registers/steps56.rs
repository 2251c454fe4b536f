//! Steps 5 and 6 registers as tables: the communication log, stakeholders,
//! engagements and remedies.

use std::collections::HashMap;

use super::*;

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
    let sensitive = Sensitive::of(d)?;
    let rows = d
        .engagements()?
        .into_iter()
        .map(|e| {
            let marked = sensitive.stakeholder(e.stakeholder_id)
                || sensitive.risk(e.risk_id)
                || sensitive.action(e.action_id);
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
                yes_no(marked),
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
            "sensitive",
        ],
        rows,
    })
}

/// Remedy for actual impacts (S6.2): the risk, the role taken and how far it has come.
pub(crate) fn remedies(d: &Dossier) -> Result<Sheet> {
    let risks: HashMap<i64, (String, bool)> = crate::store::risk::load_all(d.conn())?
        .into_iter()
        .map(|r| (r.id, (r.title, r.sensitive)))
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
