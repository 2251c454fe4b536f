//! Where a finding is dealt with: the screen, the tab and, for a finding about one
//! record, that record. The tabs of each step are the core's, so that a link can only
//! name a tab that exists; the UI builds its tabs from [`TABS`].

use serde::Serialize;
use ts_rs::TS;

/// The tabs of steps 1 to 6, in the order the step shows them.
pub const TABS: [&[&str]; 6] = [
    &[
        "policy",
        "departments",
        "communications",
        "code",
        "preconditions",
        "kpis",
    ],
    &["chain", "suppliers", "suggestions", "risks"],
    &["plans", "practices"],
    &["reminders", "progress", "audits", "kpis", "context"],
    &["communication", "engagements", "stakeholders"],
    &["grievances", "remedies", "mechanism"],
];

/// A screen of the app, a tab on it and a record on that tab.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Place {
    /// `step1` … `step6`, `profile` (the company profile), `settings` (the years),
    /// `reports` or `surveys` (the questionnaire rounds).
    pub screen: String,
    pub tab: Option<String>,
    #[ts(type = "number | null")]
    pub record: Option<i64>,
}

impl Place {
    fn new(screen: &str, tab: Option<&str>) -> Place {
        Place {
            screen: screen.to_string(),
            tab: tab.map(String::from),
            record: None,
        }
    }

    /// A place on `screen`, on its `tab`, opened on `record`.
    pub fn at(screen: &str, tab: Option<&str>, record: Option<i64>) -> Place {
        Place::new(screen, tab).with_record(record)
    }

    /// The same place, opened on one record.
    pub fn with_record(self, record: Option<i64>) -> Place {
        Place { record, ..self }
    }
}

/// The tab of each finding of a step, by the finding's code without its step: the
/// first entry whose words all occur in the code wins.
const BY_WORD: [&[(&str, &str)]; 6] = [
    &[
        ("departments", "departments"),
        ("communication", "communications"),
        ("code", "code"),
        ("preconditions", "preconditions"),
        ("kpis", "kpis"),
        ("", "policy"),
    ],
    &[
        ("chains", "chain"),
        ("mapping", "chain"),
        ("suggestions", "suggestions"),
        ("suppliers", "suppliers"),
        ("", "risks"),
    ],
    &[("practices", "practices"), ("", "plans")],
    &[
        ("audits", "audits"),
        ("kpis", "kpis"),
        ("context", "context"),
        ("", "progress"),
    ],
    &[
        ("engagements", "engagements"),
        ("stakeholders", "stakeholders"),
        ("", "communication"),
    ],
    &[
        ("grievances", "grievances"),
        ("remedies", "remedies"),
        ("", "mechanism"),
    ],
];

/// Where the finding `code` (`step2.suppliers_recorded`, `complete_profile`, …) is
/// dealt with.
pub fn place_of(code: &str) -> Place {
    match code {
        "add_year" => return Place::new("settings", None),
        "complete_profile" => return Place::new("profile", None),
        // The year's own words are written where its report is made.
        "step5.no_year_review" => return Place::new("reports", None),
        "surveys" => return Place::new("surveys", None),
        _ => {}
    }
    let Some((step, rest)) = code.split_once('.') else {
        return Place::new("dashboard", None);
    };
    let n = step
        .strip_prefix("step")
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| (1..=6).contains(n));
    let Some(n) = n else {
        return Place::new("dashboard", None);
    };
    // `stepN.start`: the step itself, on its first tab.
    let tab = if rest == "start" {
        None
    } else {
        BY_WORD[n - 1]
            .iter()
            .find(|(word, _)| rest.contains(word))
            .map(|(_, tab)| *tab)
    };
    Place::new(step, tab)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tab_a_finding_names_exists_on_its_step() {
        for (i, words) in BY_WORD.iter().enumerate() {
            for (_, tab) in *words {
                assert!(TABS[i].contains(tab), "step{} has no tab {tab}", i + 1);
            }
        }
    }

    #[test]
    fn findings_land_on_the_tab_that_deals_with_them() {
        let tab = |code: &str| place_of(code).tab;
        assert_eq!(
            tab("step1.departments_open").as_deref(),
            Some("departments")
        );
        assert_eq!(
            tab("step1.no_communication").as_deref(),
            Some("communications")
        );
        assert_eq!(tab("step1.code_not_sent").as_deref(), Some("code"));
        assert_eq!(tab("step1.code_awaited").as_deref(), Some("code"));
        assert_eq!(tab("step1.policy_not_approved").as_deref(), Some("policy"));
        assert_eq!(tab("step1.risks_outside_policy").as_deref(), Some("policy"));
        assert_eq!(tab("step2.mapping_overdue").as_deref(), Some("chain"));
        assert_eq!(
            tab("step2.suggestions_open").as_deref(),
            Some("suggestions")
        );
        assert_eq!(tab("step2.no_suppliers").as_deref(), Some("suppliers"));
        assert_eq!(tab("step2.decisions_to_explain").as_deref(), Some("risks"));
        assert_eq!(tab("step3.no_practices").as_deref(), Some("practices"));
        assert_eq!(tab("step3.risks_without_plan").as_deref(), Some("plans"));
        assert_eq!(
            tab("step4.actions_without_update").as_deref(),
            Some("progress")
        );
        assert_eq!(
            tab("step5.engagements_waiting").as_deref(),
            Some("engagements")
        );
        assert_eq!(
            tab("step5.no_external_this_year").as_deref(),
            Some("communication")
        );
        assert_eq!(tab("step6.criteria_open").as_deref(), Some("mechanism"));
        assert_eq!(tab("step6.criteria_unjudged").as_deref(), Some("mechanism"));
        assert_eq!(tab("step6.remedies_provided").as_deref(), Some("remedies"));
        assert_eq!(place_of("step3.start"), Place::new("step3", None));
        assert_eq!(place_of("complete_profile").screen, "profile");
        assert_eq!(place_of("add_year").screen, "settings");
        assert_eq!(place_of("step5.no_year_review").screen, "reports");
        assert_eq!(place_of("surveys").screen, "surveys");
    }
}
