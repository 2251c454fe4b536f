//! Every table of a dossier, in one list: parents before the tables that point at them.
//! The dossier's row counts and the JSON restore read it; a test holds it equal to the
//! schema, so a new table that is missing here fails at once.

/// One table of the schema.
pub struct Table {
    pub name: &'static str,
    /// The name under which [`crate::Dossier::info`] counts its rows, if it does.
    pub counted_as: Option<&'static str>,
    /// Content that a JSON restore replaces. The dossier's own bookkeeping and the
    /// company's single row are overwritten instead of cleared.
    pub content: bool,
}

const fn bookkeeping(name: &'static str) -> Table {
    Table {
        name,
        counted_as: None,
        content: false,
    }
}

const fn counted(name: &'static str, counted_as: &'static str) -> Table {
    Table {
        name,
        counted_as: Some(counted_as),
        content: true,
    }
}

const fn part_of(name: &'static str) -> Table {
    Table {
        name,
        counted_as: None,
        content: true,
    }
}

pub const TABLES: &[Table] = &[
    bookkeeping("dossier_meta"),
    bookkeeping("company"),
    counted("company_sector", "company_sectors"),
    counted("company_country", "company_countries"),
    counted("company_initiative", "company_initiatives"),
    counted("reporting_year", "reporting_years"),
    counted("year_review", "year_reviews"),
    counted("year_snapshot", "closed_years"),
    counted("supplier", "suppliers"),
    counted("purchased_item", "purchased_items"),
    part_of("purchased_item_origin"),
    part_of("purchased_item_good"),
    part_of("purchased_item_supplier"),
    counted("sold_item", "sold_items"),
    part_of("sold_item_country"),
    counted("risk", "risks"),
    part_of("risk_affected_group"),
    part_of("risk_source"),
    counted("supplier_certification", "certifications"),
    counted("supplier_audit", "audits"),
    counted("cap_item", "cap_items"),
    part_of("purchasing_practice"),
    counted("agreement_check", "agreement_checks"),
    counted("context_entry", "context_entries"),
    counted("suggestion_decision", "suggestion_answers"),
    counted("department", "departments"),
    counted("policy_version", "policy_versions"),
    part_of("policy_element"),
    part_of("policy_theme"),
    counted("policy_communication", "policy_communications"),
    part_of("preconditions"),
    counted("kpi", "kpis"),
    counted("kpi_measurement", "kpi_measurements"),
    counted("action", "actions"),
    part_of("action_exit"),
    counted("action_update", "action_updates"),
    counted("evidence", "evidence"),
    counted("stakeholder", "stakeholders"),
    counted("engagement", "engagements"),
    counted("communication_log", "communication_log"),
    part_of("grievance_mechanism"),
    part_of("mechanism_criterion"),
    counted("grievance", "grievances"),
    counted("remedy", "remedies"),
    counted("law_answer", "law_answers"),
    counted("maturity", "maturity"),
    counted("survey_round", "survey_rounds"),
    counted("survey_request", "survey_requests"),
    counted("survey_answer", "survey_answers"),
];

/// Empties every content table, children first, in the caller's transaction.
pub(crate) fn clear_content(conn: &rusqlite::Connection) -> crate::error::Result<()> {
    for t in TABLES.iter().rev().filter(|t| t.content) {
        super::exec(conn, &format!("DELETE FROM {}", t.name), [])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dossier;

    #[test]
    fn the_list_is_the_schema_with_parents_first() {
        let dir = tempfile::tempdir().unwrap();
        let d = Dossier::create(&dir.path().join("t.kkdossier"), "Test", 2025).unwrap();
        let conn = d.conn();
        let mut schema: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let mut listed: Vec<String> = TABLES.iter().map(|t| t.name.to_string()).collect();
        listed.sort();
        schema.sort();
        assert_eq!(listed, schema, "store/tables.rs must list every table");
        // Every table that a table points at comes earlier in the list.
        let place = |name: &str| TABLES.iter().position(|t| t.name == name).unwrap();
        for t in TABLES {
            let parents: Vec<String> = conn
                .prepare(&format!(
                    "SELECT \"table\" FROM pragma_foreign_key_list('{}')",
                    t.name
                ))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            for p in parents.into_iter().filter(|p| p != t.name) {
                assert!(place(&p) < place(t.name), "{p} must come before {}", t.name);
            }
        }
    }
}
