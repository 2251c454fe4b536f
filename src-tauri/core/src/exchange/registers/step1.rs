//! Step 1 registers as tables: departments, policy versions, policy communication.

use super::*;

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
                yes_no(x.not_applicable),
            ]
        })
        .collect();
    Ok(Sheet {
        name: "departments",
        headers: vec![
            "department",
            "current_practice",
            "role",
            "responsible",
            "not_applicable",
        ],
        rows,
    })
}

/// The versions of the policy, newest first: what each covers, approval, publication and
/// the next review.
pub(crate) fn policy_versions(d: &Dossier, today: &str) -> Result<Sheet> {
    let rows = d
        .policy_versions_on(today)?
        .0
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
