//! The first-year route on a real dossier, followed stage by stage with a fixed date:
//! each stage is done by the record a user would make, the dashboard's next action
//! follows the route and lands where the stage is worked on, and once the route is done
//! the next action follows the steps' completeness rules.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::dashboard::{Dashboard, Finding};
use ketenkompas::messages::Lang;
use ketenkompas::model::action::MeasureType;
use ketenkompas::model::chain::ItemKind;
use ketenkompas::model::risk::{Assessment, Decision};
use ketenkompas::model::{PurchasedItem, Supplier};
use ketenkompas::suggestions::SuggestionAnswer;
use ketenkompas::views::risk_suggestions::AnswerInput;
use ketenkompas::Dossier;
use ketenkompas_tests::{planned_action, Scratch};

const TODAY: &str = "2026-03-02";

fn dash(d: &Dossier) -> Dashboard {
    d.dashboard_on(TODAY).expect("dashboard")
}

fn next(d: &Dossier) -> Finding {
    dash(d).next.expect("a next action")
}

fn done(d: &Dossier) -> usize {
    dash(d).route.expect("route").done
}

#[test]
fn a_new_dossier_is_led_along_the_route_and_then_by_the_steps() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("route.kkdossier"), "Route B.V.", 2026).expect("create");
    let n = next(&d);
    assert_eq!(
        (n.code.as_str(), n.place.screen.as_str()),
        ("route.profile", "profile")
    );
    assert_eq!(done(&d), 0);

    let mut company = d.company().expect("company");
    company.kvk_number = Some("12345678".into());
    company.sectors = vec!["Textiel".into()];
    company.countries = vec!["NL".into()];
    company.employees = Some(40);
    company.annual_turnover_eur = Some(6_000_000);
    company.contact_name = Some("Sanne".into());
    company.contact_email = Some("mvo@route.example".into());
    d.update_company(&company).expect("profile");
    assert!(
        dash(&d).profile.complete,
        "{:?}",
        dash(&d).profile.missing_fields
    );
    let n = next(&d);
    assert_eq!(n.code, "route.products");
    assert_eq!(
        (n.place.screen.as_str(), n.place.tab.as_deref()),
        ("step2", Some("chain"))
    );

    // A product without its origin does not yet count; with its country it does.
    let mut shirt = PurchasedItem::named("Katoenen shirts", ItemKind::Product);
    shirt.reference_goods = vec!["Garments".into()];
    let mut shirt = d.save_purchased_item(&shirt).expect("item");
    assert_eq!(next(&d).code, "route.products");
    shirt.origins = vec!["BD".into()];
    d.save_purchased_item(&shirt).expect("origin");
    assert_eq!(next(&d).code, "route.suppliers");

    d.save_supplier(&Supplier::named("Dhaka Garments Ltd."))
        .expect("supplier");
    let n = next(&d);
    assert_eq!(n.code, "route.general_risks");
    assert_eq!(n.place.tab.as_deref(), Some("suggestions"));

    // Taking over a suggestion of the explorer adds a risk to assess.
    let suggestion = d
        .suggestions()
        .expect("suggestions")
        .into_iter()
        .next()
        .expect("one");
    let risk_id = d
        .answer_suggestion(
            &AnswerInput {
                key: suggestion.key,
                answer: SuggestionAnswer::Accepted,
                reason: "Geldt voor onze shirts.".into(),
                existing_risk: None,
            },
            TODAY,
            Lang::Nl,
        )
        .expect("answer")
        .expect("a new risk");
    let n = next(&d);
    assert_eq!(n.code, "route.assess");
    assert_eq!(
        (n.place.tab.as_deref(), n.place.record),
        (Some("risks"), Some(risk_id)),
        "lands on the risk to assess"
    );

    let mut risk = d
        .risk_register(Lang::Nl)
        .expect("register")
        .rows
        .into_iter()
        .find(|r| r.risk.id == risk_id)
        .expect("the risk")
        .risk;
    risk.assessment = Some(Assessment {
        scale: 4,
        scope: 3,
        irremediability: 3,
        likelihood: 4,
    });
    risk.decision = Decision::Prioritised;
    risk.decision_confirmed = true;
    d.save_risk(&risk).expect("assessed and prioritised");
    let n = next(&d);
    assert_eq!(n.code, "route.policy");
    assert_eq!(
        (n.place.screen.as_str(), n.place.tab.as_deref()),
        ("step1", Some("policy"))
    );

    d.new_policy_version("2026").expect("policy");
    assert_eq!(next(&d).code, "route.measures");
    assert_eq!(done(&d), 6);

    d.save_action(&planned_action(
        risk_id,
        "Loonafspraken met de fabriek",
        MeasureType::UseLeverage,
        "2026-12-31",
    ))
    .expect("measure");
    // The route is behind the company: the steps' rules name the next thing, on its tab.
    let after = dash(&d);
    assert_eq!(after.route, None);
    let n = after.next.expect("next");
    assert!(n.code.starts_with("step"), "{}", n.code);
    assert!(n.place.tab.is_some(), "{n:?}");
}

#[test]
fn every_finding_the_messages_name_lands_on_a_tab_of_its_step() {
    let nl: serde_json::Value =
        serde_json::from_str(include_str!("../../i18n/nl.json")).expect("messages");
    let mut checked = 0;
    for key in nl.as_object().expect("object").keys() {
        let Some(code) = key.strip_prefix("dashboard.finding.") else {
            continue;
        };
        if code.starts_with("route.") {
            continue;
        }
        let place = ketenkompas::dashboard::place::place_of(code);
        match place.screen.strip_prefix("step") {
            Some(n) if !code.ends_with(".start") => {
                let n: usize = n.parse().expect("step number");
                let tab = place.tab.as_deref().expect("a tab");
                assert!(
                    ketenkompas::dashboard::place::TABS[n - 1].contains(&tab),
                    "{code} → {tab}"
                );
            }
            Some(_) => assert_eq!(place.tab, None, "{code}"),
            None => assert!(
                ["profile", "settings", "reports"].contains(&place.screen.as_str()),
                "{code} → {}",
                place.screen
            ),
        }
        checked += 1;
    }
    assert!(checked > 50, "only {checked} findings");
}
