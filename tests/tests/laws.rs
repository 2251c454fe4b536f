//! The legislation check (B1) against a table of companies: every law's verdict for a
//! micro, small, medium, large and very large company, one with a parent outside the
//! EU, a cocoa importer, a tin trader and a seller in the United Kingdom; and the check
//! over the sample dossier.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::json;
use ketenkompas::laws::{check, LawAnswer, LawInput, Question, Verdict};
use ketenkompas::messages::Lang;
use ketenkompas::model::company::SizeClass;
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::Dossier;
use ketenkompas_tests::{frozen_content, replace_frozen_content, Scratch};

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
    let input = d.law_input(&[]).expect("input");
    assert_eq!(input.employees, Some(85));
    assert!(input.sells_products, "the sample sells work wear");
    // The sample answered three questions and left the batteries open.
    assert_eq!(input.answers.get(&Question::PlacesOnEuMarket), Some(&true));
    assert_eq!(input.answers.get(&Question::SellsInUk), Some(&false));
    assert_eq!(input.answers.get(&Question::PlacesBatteries), None);
    let got = d.laws(&[]).expect("laws");
    // Placing products on the market: the forced-labour ban applies from its date.
    assert_eq!(got[4].verdict, A);
    assert_eq!(got[4].reason, "any_product");
    // Rubber and wood in its chains, placed on the market itself: the EUDR applies.
    assert_eq!(
        (got[3].verdict, got[3].reason.as_str()),
        (A, "places_goods")
    );
    assert_eq!(got[6].verdict, M, "batteries stay an open question");
    assert_eq!(got[9].verdict, N, "no business in the UK");
    // An answer given for one run overrides the kept one without keeping it.
    let uk = d
        .laws(&[
            (Question::SellsInUk, Some(true)),
            (Question::PlacesOnEuMarket, None),
        ])
        .expect("laws");
    assert_eq!(uk[9].verdict, M);
    assert_eq!(
        uk[4].verdict, A,
        "sold products still count when the answer is open"
    );
    assert_eq!(uk[4].reason, "sells_products");
    assert_eq!(d.laws(&[]).expect("laws")[9].verdict, N);
    // 85 employees: protected by the cap, outside the CSRD.
    assert_eq!(got[2].verdict, A);
    assert_eq!(got[0].verdict, N);
}

#[test]
fn answers_are_kept_in_the_dossier_replaced_whole_and_travel_in_json() {
    let s = Scratch::new();
    let p = s.path("a.kkdossier");
    let mut d = Dossier::create(&p, "Antwoord B.V.", 2026).expect("create");
    assert!(d.law_answers().expect("answers").is_empty());
    d.set_law_answers(&[
        (Question::SellsInUk, Some(true)),
        (Question::UkTurnover, Some(false)),
    ])
    .expect("answer");
    d.set_law_answer(Question::PartOfGroup, Some(true))
        .expect("answer");
    d.set_law_answer(Question::UkTurnover, None)
        .expect("open again");
    let kept = d.law_answers().expect("answers");
    assert_eq!(
        kept,
        vec![
            LawAnswer {
                question: Question::PartOfGroup,
                answer: true
            },
            LawAnswer {
                question: Question::SellsInUk,
                answer: true
            },
        ]
    );
    // The screen keeps exactly what it shows: a question left out is open again.
    d.replace_law_answers(&[LawAnswer {
        question: Question::Imports3tg,
        answer: false,
    }])
    .expect("replace");
    assert_eq!(
        d.law_answers().expect("answers"),
        vec![LawAnswer {
            question: Question::Imports3tg,
            answer: false
        }]
    );
    drop(d);
    // Kept in the file: a new process reads them, and the JSON backup carries them.
    let d = Dossier::open(&p).expect("open");
    let doc = json::export(&d).expect("export");
    assert_eq!(doc.law_answers.len(), 1);
    assert!(doc.law_check.is_empty(), "a live dossier keeps no verdicts");
    let text = json::to_text(&doc);
    assert!(text.contains("\"imports_3tg\""));
    let back = json::import_new(&s.path("b.kkdossier"), &json::parse(&text).expect("parse"))
        .expect("import");
    assert_eq!(
        back.law_answers().expect("answers"),
        d.law_answers().expect("answers")
    );
}

#[test]
fn a_document_that_answers_twice_or_carries_verdicts_outside_a_closed_year_is_refused() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let doc = json::export(&d).expect("export");
    let mut twice = doc.clone();
    twice.law_answers.push(LawAnswer {
        question: Question::SellsInUk,
        answer: true,
    });
    let err = json::parse(&json::to_text(&twice)).expect_err("answered twice");
    assert_eq!(err.code(), "json.invalid");
    assert!(err.to_string().contains("sells_in_uk"), "{err}");
    let mut verdicts = doc.clone();
    verdicts.law_check = d.laws(&[]).expect("laws");
    let err = json::parse(&json::to_text(&verdicts)).expect_err("verdicts in a live document");
    assert_eq!(err.code(), "json.invalid");
    // An unknown question is refused by name, not dropped.
    let text = json::to_text(&doc).replace("\"places_on_eu_market\"", "\"sells_on_mars\"");
    assert_eq!(
        json::parse(&text).expect_err("unknown").code(),
        "json.invalid"
    );
}

#[test]
fn a_closed_year_keeps_the_check_as_it_stood_when_it_was_closed() {
    let s = Scratch::new();
    let p = s.sample("s.kkdossier");
    const NOW: &str = "2026-12-07T10:00:00Z";
    let mut d = Dossier::open(&p).expect("open");
    // The sample closed 2025 with its answers: the verdicts went into the frozen content.
    let closed = report::model_of(&d, 2025, NOW).expect("model");
    let kept = closed.laws.clone().expect("2025 keeps its check");
    assert_eq!(kept, d.laws(&[]).expect("laws"), "nothing changed since");
    // The company grows and answers differently: the open year follows, 2025 does not.
    let mut company = d.company().expect("company");
    company.employees = Some(6_000);
    company.annual_turnover_eur = Some(2_000_000_000);
    d.update_company(&company).expect("grow");
    d.set_law_answer(Question::SellsInUk, Some(true))
        .expect("answer");
    let open = report::model_of(&d, 2026, NOW).expect("model");
    let now = open.laws.expect("the open year checks now");
    assert_eq!(now[0].verdict, A, "CSRD now applies");
    assert_eq!(now[1].verdict, A, "CSDDD now applies");
    assert_eq!(now[9].verdict, M, "UK: the turnover question is open");
    assert_eq!(
        report::model_of(&d, 2025, NOW).expect("model").laws,
        Some(kept.clone())
    );
    let pdf_before = report::make(
        &d,
        ReportKind::Yearly,
        2025,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("report");
    drop(d);
    // The report reads the kept verdicts, with the law's record as it was then: a later
    // version with other law data does not change what the year said.
    let mut doc = frozen_content(&p, 2025);
    doc["law_check"][0]["law"]["checked_on"] = "2025-11-30".into();
    replace_frozen_content(&p, 2025, &doc);
    let d = Dossier::open(&p).expect("open");
    let m = report::model_of(&d, 2025, NOW).expect("model");
    assert_eq!(m.laws.expect("kept")[0].law.checked_on, "2025-11-30");
    let again = report::make(
        &d,
        ReportKind::Yearly,
        2025,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("report");
    assert_ne!(
        pdf_before, again,
        "the changed frozen record shows in the report"
    );
    drop(d);
    // A year closed before the check was kept says so instead of checking it now.
    let mut doc = frozen_content(&p, 2025);
    doc.as_object_mut().expect("object").remove("law_check");
    replace_frozen_content(&p, 2025, &doc);
    let d = Dossier::open(&p).expect("open");
    assert_eq!(report::model_of(&d, 2025, NOW).expect("model").laws, None);
    let m = report::model_of(&d, 2025, NOW).expect("model");
    let text = laid_text(&m, Lang::Nl);
    assert!(
        text.contains("bewaarde Ketenkompas de wetgevingscheck nog niet"),
        "{text}"
    );
}

fn laid_text(m: &report::model::ReportModel, lang: Lang) -> String {
    let doc = report::document(ReportKind::Yearly, m, lang);
    let mut out = String::new();
    for b in &doc.blocks {
        out.push_str(&format!("{b:?}"));
    }
    out
}

#[test]
fn the_yearly_report_names_each_law_with_its_verdict_source_date_and_open_questions() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let m = report::model_of(&d, 2026, "2026-12-07T10:00:00Z").expect("model");
    let nl = laid_text(&m, Lang::Nl);
    for want in [
        "Welke wetgeving voor ons kan gelden",
        "Ontbossingsverordening (EUDR)",
        "Geldt, vanaf 30 december 2026",
        "rubber, hout",
        "Geldt mogelijk",
        "Brengt u batterijen op de EU-markt",
        "Klanten die onder de CSRD vallen",
        "7 december 2026",
        "geen juridisch advies",
    ] {
        assert!(nl.contains(want), "missing {want:?}");
    }
    let en = laid_text(&m, Lang::En);
    for want in [
        "Which legislation may apply to us",
        "Applies, from 30 December 2026",
        "450,000,000",
        "not legal advice",
    ] {
        assert!(en.contains(want), "missing {want:?}");
    }
    // Applies first, then may apply, then does not apply.
    let applies = nl.find("Ontbossingsverordening").expect("eudr");
    let may = nl.find("Batterijenverordening").expect("batteries");
    let not = nl
        .find("Richtlijn duurzaamheidsrapportering")
        .expect("csrd");
    assert!(applies < may && may < not);
}

#[test]
fn a_version_13_dossier_gains_the_answers_and_keeps_its_content() {
    let s = Scratch::new();
    let p = s.fixture("dossier-v13.kkdossier");
    let mut d = Dossier::open(&p).expect("opens");
    assert_eq!(
        d.schema_version().expect("version"),
        ketenkompas::SCHEMA_VERSION
    );
    assert_eq!(d.company().expect("company").name, "Fixture Metaal B.V.");
    assert!(d.law_answers().expect("answers").is_empty());
    d.set_law_answer(Question::Imports3tg, Some(true))
        .expect("answer");
    assert_eq!(d.laws(&[]).expect("laws")[5].verdict, A);
}

#[test]
fn a_product_sold_in_the_united_kingdom_answers_the_first_uk_question() {
    let mut input = dutch(85, 14_500_000, SizeClass::Medium);
    assert_eq!(check(&input)[9].questions, vec![Question::SellsInUk]);
    input.sells_to = vec!["GB".into()];
    let uk = &check(&input)[9];
    assert_eq!((uk.verdict, uk.reason.as_str()), (M, "uk_turnover_unknown"));
    assert_eq!(uk.questions, vec![Question::UkTurnover]);
    // The user's own answer still counts first.
    let input = answered(input, &[(Question::SellsInUk, false)]);
    assert_eq!(check(&input)[9].verdict, N);
}
