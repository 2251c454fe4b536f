//! The first-year route (D4): the few things a new dossier needs first, in the order
//! the guidance suggests — the company, its most important purchased products and where
//! they come from, their suppliers, the general risks of the sector and countries, an
//! assessment of the top risks, a first policy and the first measures. The steps need
//! not be completed in order, and a small company extends its work year by year; the
//! route gives the first year a path, after which the dashboard's completeness rules
//! take over.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::place::{place_of, Place};
use crate::error::Result;

/// The stages in their order; each is `dashboard.route.<code>` in the messages.
pub const STAGES: [&str; 7] = [
    "profile",
    "products",
    "suppliers",
    "general_risks",
    "assess",
    "policy",
    "measures",
];

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RouteStage {
    pub code: String,
    pub done: bool,
    /// Where the stage is worked on; for "assess", the first risk still to assess.
    pub place: Place,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct FirstYearRoute {
    pub stages: Vec<RouteStage>,
    /// How many stages are done.
    pub done: usize,
}

impl FirstYearRoute {
    /// The first stage not done.
    pub fn current(&self) -> Option<&RouteStage> {
        self.stages.iter().find(|s| !s.done)
    }
}

/// What the route looks at, counted in the dossier.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RouteFacts {
    pub profile_complete: bool,
    /// Purchased products whose origin is recorded (countries, or "not known yet").
    pub items_with_origin: i64,
    pub suppliers: i64,
    /// Suggestions of the risk explorer answered, and risks recorded.
    pub suggestions_answered: i64,
    pub risks: i64,
    /// Risks assessed and prioritised.
    pub prioritised: i64,
    /// The first risk that is not yet assessed or decided.
    pub first_to_assess: Option<i64>,
    pub policies: i64,
    pub actions: i64,
    pub closed_years: i64,
}

/// What the dashboard has counted already for the steps, so that the route does not
/// scan the large registers again.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counted {
    pub risks: i64,
    pub prioritised: i64,
    pub policies: i64,
    pub actions: i64,
}

impl RouteFacts {
    /// Reads what the route needs beyond `counted`; nothing more once a year is closed
    /// (the route is over), and the risk to assess only while none is prioritised.
    pub fn read(conn: &Connection, profile_complete: bool, counted: Counted) -> Result<RouteFacts> {
        let count = |sql: &str| -> Result<i64> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
        let closed_years = count("SELECT count(*) FROM reporting_year WHERE status = 'closed'")?;
        let mut facts = RouteFacts {
            profile_complete,
            risks: counted.risks,
            prioritised: counted.prioritised,
            policies: counted.policies,
            actions: counted.actions,
            closed_years,
            ..RouteFacts::default()
        };
        if closed_years > 0 {
            return Ok(facts);
        }
        facts.items_with_origin = count(
            "SELECT count(*) FROM purchased_item i WHERE i.origin_unknown = 1
             OR EXISTS (SELECT 1 FROM purchased_item_origin o WHERE o.item_id = i.id)",
        )?;
        facts.suppliers = count("SELECT count(*) FROM supplier")?;
        facts.suggestions_answered = count("SELECT count(*) FROM suggestion_decision")?;
        if facts.prioritised == 0 {
            facts.first_to_assess = conn
                .query_row(
                    "SELECT id FROM risk WHERE decision = 'open' ORDER BY
                     (scale IS NULL OR scope IS NULL OR irremediability IS NULL
                      OR likelihood IS NULL), id LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
        }
        Ok(facts)
    }
}

/// The route as the facts stand, or `None` once the first year is behind the company:
/// every stage done, or a year closed.
pub fn route(f: &RouteFacts) -> Option<FirstYearRoute> {
    if f.closed_years > 0 {
        return None;
    }
    let stage = |code: &str, done: bool, place: Place| RouteStage {
        code: code.to_string(),
        done,
        place,
    };
    let stages = vec![
        stage("profile", f.profile_complete, place_of("complete_profile")),
        stage(
            "products",
            f.items_with_origin > 0,
            place_of("step2.no_chains"),
        ),
        stage("suppliers", f.suppliers > 0, place_of("step2.no_suppliers")),
        stage(
            "general_risks",
            f.suggestions_answered > 0 || f.risks > 0,
            place_of("step2.suggestions_open"),
        ),
        stage(
            "assess",
            f.prioritised > 0,
            place_of("step2.risks_unassessed").with_record(f.first_to_assess),
        ),
        stage("policy", f.policies > 0, place_of("step1.no_policy")),
        stage(
            "measures",
            f.actions > 0,
            place_of("step3.risks_without_plan"),
        ),
    ];
    let done = stages.iter().filter(|s| s.done).count();
    if done == stages.len() {
        return None;
    }
    Some(FirstYearRoute { stages, done })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_dossier() -> RouteFacts {
        RouteFacts::default()
    }

    #[test]
    fn a_new_dossier_starts_with_the_company_profile() {
        let r = route(&new_dossier()).expect("route");
        assert_eq!(r.done, 0);
        let codes: Vec<&str> = r.stages.iter().map(|s| s.code.as_str()).collect();
        assert_eq!(codes, STAGES);
        assert_eq!(r.current().expect("current").code, "profile");
        assert_eq!(r.current().expect("current").place.screen, "profile");
    }

    #[test]
    fn the_route_goes_on_from_the_first_stage_not_done_and_stages_may_be_done_early() {
        // A policy written before any product is mapped counts, and the route still
        // asks for the products first.
        let f = RouteFacts {
            profile_complete: true,
            policies: 1,
            ..new_dossier()
        };
        let r = route(&f).expect("route");
        assert_eq!(r.done, 2);
        let current = r.current().expect("current");
        assert_eq!(current.code, "products");
        assert_eq!(current.place.tab.as_deref(), Some("chain"));
    }

    #[test]
    fn answering_the_explorer_or_recording_a_risk_covers_the_general_risks() {
        for f in [
            RouteFacts {
                suggestions_answered: 3,
                ..new_dossier()
            },
            RouteFacts {
                risks: 1,
                ..new_dossier()
            },
        ] {
            assert!(route(&f).expect("route").stages[3].done);
        }
    }

    #[test]
    fn assessing_lands_on_the_first_risk_still_to_assess() {
        let f = RouteFacts {
            profile_complete: true,
            items_with_origin: 2,
            suppliers: 4,
            risks: 3,
            first_to_assess: Some(7),
            ..new_dossier()
        };
        let current = route(&f)
            .expect("route")
            .current()
            .cloned()
            .expect("current");
        assert_eq!(current.code, "assess");
        assert_eq!(current.place.screen, "step2");
        assert_eq!(current.place.tab.as_deref(), Some("risks"));
        assert_eq!(current.place.record, Some(7));
    }

    #[test]
    fn the_route_ends_when_every_stage_is_done_or_a_year_is_closed() {
        let all = RouteFacts {
            profile_complete: true,
            items_with_origin: 1,
            suppliers: 1,
            suggestions_answered: 1,
            risks: 1,
            prioritised: 1,
            first_to_assess: None,
            policies: 1,
            actions: 1,
            closed_years: 0,
        };
        assert_eq!(route(&all), None);
        let closed = RouteFacts {
            closed_years: 1,
            ..new_dossier()
        };
        assert_eq!(route(&closed), None);
    }
}
