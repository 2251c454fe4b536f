//! The legislation check (B1) against a table of companies: every law's verdict for a
//! micro, small, medium, large and very large company, one with a parent outside the
//! EU, a cocoa importer, a tin trader and a seller in the United Kingdom; and the check
//! over the sample dossier.

#![allow(clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use ketenkompas::laws::{check, LawInput, Question, Verdict};
use ketenkompas::model::company::SizeClass;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

use Verdict::{Applies as A, DoesNotApply as N, MayApply as M};

fn dutch(employees: u32, turnover: u64, size: SizeClass) -> LawInput {
    LawInput {
        employees: Some(employees),
        turnover_eur: Some(turnover),
        size: Some(size),
        countries: vec!["NL".into()],
        ..LawInput::default()
    }
}

fn answered(mut input: LawInput, answers: &[(Question, bool)]) -> LawInput {
    input.answers = answers.iter().copied().collect();
    input
}

/// The verdicts in the order of the check: CSRD, CSDDD, value-chain cap, EUDR, forced
/// labour, conflict minerals, batteries, LkSG, vigilance, UK MSA, Dutch bill, Dutch
/// child-labour act.
fn verdicts(input: &LawInput) -> Vec<(String, Verdict)> {
    check(input)
        .into_iter()
        .map(|v| (v.law.id.clone(), v.verdict))
        .collect()
}

fn expect(name: &str, input: LawInput, expected: [Verdict; 12]) {
    let got = verdicts(&input);
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "csrd",
            "csddd",
            "value_chain_cap",
            "eudr",
            "forced_labour",
            "conflict_minerals",
            "batteries",
            "lksg",
            "vigilance",
            "uk_msa",
            "nl_rbc_bill",
            "nl_child_labour"
        ]
    );
    let got: Vec<Verdict> = got.into_iter().map(|(_, v)| v).collect();
    assert_eq!(got, expected, "{name}");
}

/// What a company that answered "no" to every market question gets, by size.
const NO: [(Question, bool); 5] = [
    (Question::PlacesOnEuMarket, false),
    (Question::Imports3tg, false),
    (Question::PlacesBatteries, false),
    (Question::SellsInUk, false),
    (Question::PartOfGroup, false),
];

#[test]
fn the_verdicts_follow_the_size_of_the_company() {
    expect(
        "micro",
        answered(dutch(6, 900_000, SizeClass::Micro), &NO),
        [N, N, A, N, N, N, N, N, N, N, N, N],
    );
    expect(
        "small",
        answered(dutch(30, 6_000_000, SizeClass::Small), &NO),
        [N, N, A, N, N, N, N, N, N, N, N, N],
    );
    // A 250-employee company is large by the SME definition, yet far below the amended
    // CSRD and CSDDD: only the cap that protects it applies.
    expect(
        "medium and large by the SME definition",
        answered(dutch(250, 60_000_000, SizeClass::Large), &NO),
        [N, N, A, N, N, N, N, N, N, N, N, N],
    );
    expect(
        "large under the CSRD",
        answered(dutch(1_200, 500_000_000, SizeClass::Large), &NO),
        [A, N, N, N, N, N, N, N, N, N, N, N],
    );
    expect(
        "very large",
        answered(dutch(6_000, 2_000_000_000, SizeClass::Large), &NO),
        [A, A, N, N, N, N, N, N, N, N, N, N],
    );
    // Both thresholds count: many employees alone are not enough.
    expect(
        "many employees, modest turnover",
        answered(dutch(1_500, 300_000_000, SizeClass::Large), &NO),
        [N, N, N, N, N, N, N, N, N, N, N, N],
    );
}

#[test]
fn what_the_dossier_cannot_know_stays_an_open_question() {
    let open = dutch(85, 14_500_000, SizeClass::Medium);
    let got = check(&open);
    let by_id = |id: &str| got.iter().find(|v| v.law.id == id).expect(id);
    assert_eq!(by_id("forced_labour").verdict, M);
    assert_eq!(
        by_id("forced_labour").questions,
        vec![Question::PlacesOnEuMarket]
    );
    assert_eq!(by_id("batteries").verdict, M);
    assert_eq!(by_id("uk_msa").questions, vec![Question::SellsInUk]);
    // Below the thresholds, the group may still count: asked, not assumed.
    assert_eq!(by_id("csrd").verdict, N);
    assert_eq!(by_id("csrd").questions, vec![Question::PartOfGroup]);
    assert_eq!(by_id("csrd").indirect.as_deref(), Some("csrd"));
    // Without a size, nothing is settled.
    let unknown = LawInput {
        countries: vec!["NL".into()],
        ..LawInput::default()
    };
    let got = check(&unknown);
    assert_eq!(got[0].verdict, M);
    assert_eq!(got[0].reason, "size_unknown");
    // Without an establishment known to be in the EU, the question is asked.
    let abroad = LawInput {
        employees: Some(2_000),
        turnover_eur: Some(900_000_000),
        ..LawInput::default()
    };
    assert_eq!(check(&abroad)[0].questions, vec![Question::EstablishedInEu]);
}

#[test]
fn a_company_with_a_parent_outside_the_eu_checks_its_group() {
    let input = answered(
        LawInput {
            countries: vec!["NL".into(), "DE".into()],
            ..dutch(400, 90_000_000, SizeClass::Large)
        },
        &[
            (Question::PartOfGroup, true),
            (Question::PlacesOnEuMarket, false),
            (Question::Imports3tg, false),
            (Question::PlacesBatteries, false),
            (Question::SellsInUk, false),
        ],
    );
    let got = check(&input);
    assert_eq!(got[0].verdict, M, "CSRD: the group's figures count");
    assert_eq!(got[0].reason, "group_counts");
    assert_eq!(got[1].verdict, M, "CSDDD likewise");
    assert_eq!(got[7].verdict, M, "LkSG: a German branch in a group");
    assert_eq!(got[7].questions, vec![Question::EmployeesInGermany]);
}

#[test]
fn a_cocoa_importer_falls_under_the_deforestation_regulation_from_its_date() {
    let importer = |size: SizeClass, employees: u32| {
        answered(
            LawInput {
                eudr_goods: vec!["cocoa".into()],
                ..dutch(employees, 5_000_000, size)
            },
            &[(Question::PlacesOnEuMarket, true)],
        )
    };
    let medium = check(&importer(SizeClass::Medium, 60));
    let eudr = &medium[3];
    assert_eq!((eudr.law.id.as_str(), eudr.verdict), ("eudr", A));
    assert_eq!(eudr.from.as_deref(), Some("2026-12-30"));
    assert_eq!(eudr.params["goods"], "cocoa");
    // Micro and small operators start half a year later.
    let small = check(&importer(SizeClass::Small, 20));
    assert_eq!(small[3].from.as_deref(), Some("2027-06-30"));
    // Placing products on the market brings the forced-labour ban as well.
    assert_eq!(medium[4].verdict, A);
    assert_eq!(medium[4].from.as_deref(), Some("2027-12-14"));
    // A buyer from a trader: not in scope, but asked for the origin.
    let buyer = answered(
        LawInput {
            eudr_goods: vec!["cocoa".into()],
            ..dutch(60, 5_000_000, SizeClass::Medium)
        },
        &[(Question::PlacesOnEuMarket, false)],
    );
    let got = check(&buyer);
    assert_eq!(got[3].verdict, N);
    assert_eq!(got[3].indirect.as_deref(), Some("eudr"));
    // Open when not answered.
    let open = LawInput {
        eudr_goods: vec!["cocoa".into()],
        ..dutch(60, 5_000_000, SizeClass::Medium)
    };
    assert_eq!(check(&open)[3].verdict, M);
}

#[test]
fn a_tin_trader_that_imports_above_the_thresholds_falls_under_the_conflict_minerals_rules() {
    let trader = LawInput {
        minerals: vec!["tin".into()],
        ..dutch(15, 8_000_000, SizeClass::Small)
    };
    assert_eq!(check(&trader)[5].verdict, M);
    assert_eq!(check(&trader)[5].questions, vec![Question::Imports3tg]);
    let importing = answered(trader.clone(), &[(Question::Imports3tg, true)]);
    assert_eq!(check(&importing)[5].verdict, A);
    assert_eq!(check(&importing)[5].from.as_deref(), Some("2021-01-01"));
    let below = answered(trader, &[(Question::Imports3tg, false)]);
    assert_eq!(check(&below)[5].verdict, N);
}

#[test]
fn a_seller_in_the_united_kingdom_depends_on_its_turnover_in_pounds() {
    let seller = |turnover: Option<bool>| {
        let mut answers = vec![(Question::SellsInUk, true)];
        if let Some(t) = turnover {
            answers.push((Question::UkTurnover, t));
        }
        answered(dutch(300, 45_000_000, SizeClass::Large), &answers)
    };
    assert_eq!(check(&seller(None))[9].verdict, M);
    assert_eq!(
        check(&seller(None))[9].questions,
        vec![Question::UkTurnover]
    );
    assert_eq!(check(&seller(Some(true)))[9].verdict, A);
    assert_eq!(check(&seller(Some(false)))[9].verdict, N);
    // The threshold is never converted from euros.
    assert_eq!(check(&seller(None))[9].params["turnover"], "36000000");
}

#[test]
fn the_dutch_bills_never_apply_and_say_why() {
    let got = check(&dutch(85, 14_500_000, SizeClass::Medium));
    assert_eq!((got[10].verdict, got[10].reason.as_str()), (N, "bill"));
    assert!(!got[10].law.is_final);
    assert_eq!(
        (got[11].verdict, got[11].reason.as_str()),
        (N, "not_in_force")
    );
    // Every law carries where and when it was checked.
    for v in &got {
        assert!(!v.law.source.is_empty() && v.law.checked_on.len() == 10);
    }
}

#[test]
fn the_sample_dossier_reads_its_profile_and_sold_products() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let input = d.law_input(&BTreeMap::new()).expect("input");
    assert_eq!(input.employees, Some(85));
    assert!(input.sells_products, "the sample sells work wear");
    let got = d.laws(&BTreeMap::new()).expect("laws");
    // Selling products: the forced-labour ban applies from its date.
    assert_eq!(got[4].verdict, A);
    assert_eq!(got[4].reason, "sells_products");
    // 85 employees: protected by the cap, outside the CSRD.
    assert_eq!(got[2].verdict, A);
    assert_eq!(got[0].verdict, N);
}
