//! The value chain, certificates, audits and risk suggestions on real dossier files:
//! mapping order and completeness of the sample, links that must exist, what a delete
//! takes along, and answers to suggestions (with their reason) that survive a reopen.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::mapping::RiskLevel;
use ketenkompas::messages::Lang;
use ketenkompas::model::chain::{ChainLink, ItemKind};
use ketenkompas::model::risk::InformationSource;
use ketenkompas::model::supplier::AuditKind;
use ketenkompas::model::{Audit, Certification, PurchasedItem, Supplier};
use ketenkompas::suggestions::SuggestionAnswer;
use ketenkompas::views::risk_suggestions::AnswerInput;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

const TODAY: &str = "2026-11-23";

#[test]
fn the_sample_chains_come_in_mapping_order_with_their_gaps() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("v.kkdossier")).expect("open");
    let o = d.chain_overview(TODAY).expect("overview");
    let names: Vec<&str> = o.chains.iter().map(|c| c.item.name.as_str()).collect();
    // High-risk origins first by spend, then unknown origin, then low (services).
    assert_eq!(names[0], "Werkbroeken");
    assert_eq!(
        &names[8..],
        ["Opslag en transport", "Borduren en bedrukken"]
    );
    let level = |name: &str| {
        o.chains
            .iter()
            .find(|c| c.item.name == name)
            .expect(name)
            .level
    };
    assert_eq!(level("Werkbroeken"), Some(RiskLevel::High));
    assert_eq!(
        level("Veiligheidsschoenen"),
        None,
        "partly unknown origin, no high country"
    );
    assert_eq!(level("Opslag en transport"), Some(RiskLevel::Low));
    let jassen = o
        .chains
        .iter()
        .find(|c| c.item.name == "Werkjassen")
        .expect("jassen");
    assert!(jassen.overdue, "planned 2026-06-30 and not complete");
    assert!(jassen.completeness.percent < 100);
    let broeken = &o.chains[0];
    assert_eq!(broeken.completeness.percent, 100);
    assert!(!broeken.overdue);
    assert_eq!(o.sold_items.len(), 3);
    assert_eq!(o.levels.get("NL"), Some(&RiskLevel::Low));
    // Every figure behind a level names its source and year.
    for c in &o.chains {
        for r in &c.countries {
            assert!(r
                .facts
                .iter()
                .all(|f| !f.source.is_empty() && f.year >= 2014));
        }
    }
    let dash = d.dashboard_on(TODAY).expect("dashboard");
    let step2 = &dash.steps[1];
    let codes = |list: &Vec<ketenkompas::dashboard::Finding>| {
        list.iter().map(|f| f.code.clone()).collect::<Vec<_>>()
    };
    assert!(codes(&step2.overdue).contains(&"step2.mapping_overdue".to_string()));
    assert!(codes(&step2.done).contains(&"step2.chains_mapped".to_string()));
    assert!(codes(&step2.missing).contains(&"step2.suggestions_open".to_string()));
}

#[test]
fn links_must_point_to_existing_records_and_a_refusal_stores_nothing() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("k.kkdossier"), "Keten B.V.", 2026).expect("create");
    let mut item = PurchasedItem::named("Garen", ItemKind::Product);
    item.suppliers = vec![ChainLink {
        supplier_id: 99,
        via_id: None,
    }];
    assert_eq!(
        d.save_purchased_item(&item)
            .expect_err("no supplier 99")
            .code(),
        "record.not_found"
    );
    assert!(d.purchased_items().expect("items").is_empty());
    let cert = Certification {
        id: 0,
        supplier_id: 7,
        scheme: "GOTS".into(),
        reference: None,
        valid_until: None,
    };
    assert_eq!(
        d.save_certification(&cert)
            .expect_err("no supplier 7")
            .code(),
        "record.not_found"
    );
    let long = PurchasedItem::named(&"x".repeat(201), ItemKind::Product);
    assert_eq!(
        d.save_purchased_item(&long).expect_err("too long").code(),
        "input.too_long"
    );
    assert!(d.purchased_items().expect("items").is_empty());
}

#[test]
fn deleting_a_supplier_takes_its_certificates_audits_and_chain_links_along() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("k.kkdossier"), "Keten B.V.", 2026).expect("create");
    let a = d.save_supplier(&Supplier::named("Atelier")).expect("a");
    let b = d.save_supplier(&Supplier::named("Ververij")).expect("b");
    let mut item = PurchasedItem::named("Broeken", ItemKind::Product);
    item.suppliers = vec![
        ChainLink {
            supplier_id: a.id,
            via_id: None,
        },
        ChainLink {
            supplier_id: b.id,
            via_id: Some(a.id),
        },
    ];
    let item = d.save_purchased_item(&item).expect("item");
    d.save_certification(&Certification {
        id: 0,
        supplier_id: a.id,
        scheme: "SA8000".into(),
        reference: None,
        valid_until: Some("2027-01-31".into()),
    })
    .expect("cert");
    d.save_audit(&Audit {
        id: 0,
        supplier_id: a.id,
        kind: AuditKind::SiteVisit,
        held_on: "2026-05-04".into(),
        auditor: None,
        findings: None,
        scheme: None,
        result: None,
        score: None,
    })
    .expect("audit");
    let mut risk = ketenkompas::sample::create(&s.path("x.kkdossier"))
        .expect("sample")
        .risk_register(Lang::Nl)
        .expect("register")
        .rows[0]
        .risk
        .clone();
    risk.id = 0;
    risk.item_id = Some(item.id);
    risk.supplier_id = Some(a.id);
    risk.sold_item_id = None;
    let risk = d.save_risk(&risk).expect("risk");

    d.delete_supplier(a.id).expect("delete");
    assert!(d.certifications(None).expect("certs").is_empty());
    assert!(d.audits(None).expect("audits").is_empty());
    let item = d.purchased_item(item.id).expect("item");
    assert_eq!(
        item.suppliers,
        vec![ChainLink {
            supplier_id: b.id,
            via_id: None
        }],
        "the ververij now delivers straight to the company"
    );
    let risk = d.risk(risk.id).expect("risk stays");
    assert_eq!((risk.item_id, risk.supplier_id), (Some(item.id), None));
    assert_eq!(d.integrity_problems().expect("check"), Vec::<String>::new());
}

fn cotton_dossier(s: &Scratch) -> Dossier {
    let mut d = Dossier::create(&s.path("s.kkdossier"), "Katoen B.V.", 2026).expect("create");
    let mut item = PurchasedItem::named("Katoenen broeken", ItemKind::Product);
    item.reference_goods = vec!["Cotton".into()];
    item.origins = vec!["IN".into()];
    d.save_purchased_item(&item).expect("item");
    d
}

#[test]
fn an_answer_needs_a_reason_and_accepting_adds_a_risk_with_its_sources() {
    let s = Scratch::new();
    let mut d = cotton_dossier(&s);
    let key = "ilab:cotton:IN:child_labour";
    assert!(d.suggestions().expect("list").iter().any(|x| x.key == key));
    let mut input = AnswerInput {
        key: key.into(),
        answer: SuggestionAnswer::Accepted,
        reason: "   ".into(),
        existing_risk: None,
    };
    assert_eq!(
        d.answer_suggestion(&input, TODAY, Lang::Nl)
            .expect_err("reason")
            .code(),
        "input.required"
    );
    assert!(d.risk_register(Lang::Nl).expect("reg").rows.is_empty());
    input.reason = "Katoen uit Gujarat".into();
    let id = d
        .answer_suggestion(&input, TODAY, Lang::En)
        .expect("accept")
        .expect("a risk");
    let risk = d.risk(id).expect("risk");
    assert_eq!(risk.title, "Child labour: Cotton from India");
    assert_eq!(risk.sources, vec![InformationSource::RiskChecker]);
    let description = risk.description.expect("facts");
    assert!(
        description.contains("(US Department of Labor, ILAB, 2022)"),
        "{description}"
    );
    assert_eq!(
        risk.item_id,
        d.purchased_items().expect("items").first().map(|i| i.id)
    );
    // Accepting again does not add a second risk.
    assert_eq!(
        d.answer_suggestion(&input, TODAY, Lang::Nl).expect("again"),
        Some(id)
    );
    assert_eq!(d.risk_register(Lang::Nl).expect("reg").rows.len(), 1);

    // The answer survives closing and opening the file; a withdrawn answer reopens it.
    let path = s.path("s.kkdossier");
    drop(d);
    let mut d = Dossier::open(&path).expect("reopen");
    let answered = d
        .suggestions()
        .expect("list")
        .into_iter()
        .find(|x| x.key == key)
        .expect("still suggested");
    let decision = answered.decision.expect("answered");
    assert_eq!(
        (
            decision.reason.as_str(),
            decision.risk_id,
            decision.decided_on.as_str()
        ),
        ("Katoen uit Gujarat", Some(id), TODAY)
    );
    // Deleting the risk keeps the answer but forgets the link.
    d.delete_risk(id).expect("delete risk");
    let decision = d
        .suggestions()
        .expect("list")
        .into_iter()
        .find(|x| x.key == key)
        .and_then(|x| x.decision)
        .expect("answer kept");
    assert_eq!(decision.risk_id, None);
    d.reopen_suggestion(key).expect("reopen");
    assert!(d
        .suggestions()
        .expect("list")
        .iter()
        .any(|x| x.key == key && x.decision.is_none()));
}

#[test]
fn an_unknown_suggestion_or_missing_risk_is_refused() {
    let s = Scratch::new();
    let mut d = cotton_dossier(&s);
    let answer = |key: &str, risk: Option<i64>| AnswerInput {
        key: key.into(),
        answer: SuggestionAnswer::Accepted,
        reason: "reden".into(),
        existing_risk: risk,
    };
    assert_eq!(
        d.answer_suggestion(&answer("ilab:cocoa:NL:child_labour", None), TODAY, Lang::Nl)
            .expect_err("no such suggestion")
            .code(),
        "input.invalid"
    );
    assert_eq!(
        d.answer_suggestion(
            &answer("ilab:cotton:IN:child_labour", Some(42)),
            TODAY,
            Lang::Nl
        )
        .expect_err("no risk 42")
        .code(),
        "record.not_found"
    );
    assert!(d
        .suggestions()
        .expect("list")
        .iter()
        .all(|x| x.decision.is_none()));
}
