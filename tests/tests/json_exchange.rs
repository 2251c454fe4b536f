//! The whole-dossier JSON: export → import → export is identical; bad documents are
//! refused with their own code and create nothing.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::json;
use ketenkompas::model::chain::{ChainLink, ItemKind};
use ketenkompas::model::grievance::GrievanceDecision;
use ketenkompas::model::policy::{DepartmentCode, PolicyElement, PolicyElementCode};
use ketenkompas::model::risk::{
    AffectedGroup, Assessment, Decision, InformationSource, Involvement, Location, RankOverride,
    Theme,
};
use ketenkompas::model::supplier::AuditKind;
use ketenkompas::model::{
    Audit, Certification, CompanyProfile, Department, Kpi, KpiMeasurement, PolicyVersion,
    Preconditions, PurchasedItem, ReportingYear, Risk, SoldItem, Supplier, YearStatus,
};
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;
use proptest::prelude::*;

fn roundtrip(doc: &json::DossierJson) -> (String, String) {
    let s = Scratch::new();
    let a = s.path("a.kkdossier");
    let first =
        json::to_text(&json::export(&json::import_new(&a, doc).expect("import")).expect("export"));
    let b = s.path("b.kkdossier");
    let parsed = json::parse(&first).expect("parse own export");
    let second = json::to_text(
        &json::export(&json::import_new(&b, &parsed).expect("import")).expect("export"),
    );
    (first, second)
}

#[test]
fn the_sample_survives_export_import_export_unchanged() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("v.kkdossier")).expect("open");
    let text = json::to_text(&json::export(&d).expect("export"));
    let (first, second) = roundtrip(&json::parse(&text).expect("parse"));
    assert_eq!(text, first);
    assert_eq!(first, second);
}

#[test]
fn an_older_document_with_a_resolved_grievance_imports_as_upheld_and_resolved() {
    // Before format 11 a decision "resolved" meant upheld and resolved in one.
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("g.kkdossier")).expect("sample");
    let mut v: serde_json::Value =
        serde_json::from_str(&json::to_text(&json::export(&d).expect("export"))).expect("value");
    v["format_version"] = 10.into();
    let mut closed = 0;
    for g in v["grievances"].as_array_mut().expect("grievances") {
        if g["decision"] == "upheld" {
            g["decision"] = "resolved".into();
            closed += usize::from(!g["closed_on"].is_null());
        }
        g.as_object_mut().expect("object").remove("resolved");
    }
    assert!(closed > 0, "the sample has a closed, upheld grievance");
    let doc = json::parse(&v.to_string()).expect("older document");
    let upheld_closed: Vec<_> = doc
        .grievances
        .iter()
        .filter(|g| g.decision == Some(GrievanceDecision::Upheld) && g.closed_on.is_some())
        .collect();
    assert_eq!(upheld_closed.len(), closed);
    assert!(upheld_closed.iter().all(|g| g.resolved == Some(true)));
    // A newer document spelling the old decision is refused.
    v["format_version"] = 11.into();
    assert!(json::parse(&v.to_string()).is_err());
}

#[test]
fn import_replace_keeps_nothing_of_the_old_content() {
    let s = Scratch::new();
    let sample = Dossier::open(&s.sample("v.kkdossier")).expect("open");
    let doc = json::export(&sample).expect("export");
    let mut other = Dossier::create(&s.path("o.kkdossier"), "Ander", 2019).expect("create");
    json::import_replace(&mut other, &doc).expect("replace");
    assert_eq!(json::export(&other).expect("export"), doc);
}

fn refused(text: &str) -> &'static str {
    json::parse(text).expect_err("refused").code()
}

#[test]
fn malformed_or_foreign_json_is_refused() {
    assert_eq!(refused("{ not json"), "json.invalid");
    assert_eq!(
        refused(r#"{"format":"something-else","format_version":1}"#),
        "json.invalid"
    );
    assert_eq!(
        refused(r#"{"format":"ketenkompas-dossier"}"#),
        "json.invalid"
    );
    let unknown_field = r#"{"format":"ketenkompas-dossier","format_version":1,
        "company":{"name":"X","kvk_number":null,"sectors":[],"employees":null,
        "annual_turnover_eur":null,"countries":[],"contact_name":null,"contact_email":null,
        "contact_phone":null,"description":null,"shoe_size":42},
        "years":[],"active_year":null}"#;
    assert_eq!(refused(unknown_field), "json.invalid");
}

#[test]
fn a_newer_json_format_is_refused_with_its_version() {
    let err = json::parse(r#"{"format":"ketenkompas-dossier","format_version":99}"#)
        .expect_err("refused");
    assert_eq!(err.code(), "json.unsupported_version");
    assert_eq!(err.params().get("found").map(String::as_str), Some("99"));
}

#[test]
fn an_invalid_document_creates_no_file() {
    let s = Scratch::new();
    let doc = json::DossierJson {
        format: json::FORMAT.into(),
        format_version: 1,
        company: CompanyProfile {
            name: "x".repeat(500),
            ..Default::default()
        },
        years: vec![],
        active_year: None,
        ..Default::default()
    };
    let p = s.path("nee.kkdossier");
    assert_eq!(
        json::import_new(&p, &doc).err().map(|e| e.code()),
        Some("input.too_long")
    );
    assert!(s.files().is_empty(), "left behind: {:?}", s.files());
}

fn text_strategy() -> impl Strategy<Value = String> {
    "[A-Za-z0-9À-ÿ&.,'()-][A-Za-z0-9À-ÿ&.,'() -]{0,40}[A-Za-z0-9.)]"
}

fn profile_strategy() -> impl Strategy<Value = CompanyProfile> {
    let codes: Vec<String> = ketenkompas::reference::countries::all()
        .iter()
        .map(|c| c.alpha2.clone())
        .collect();
    (
        text_strategy(),
        proptest::option::of("[0-9]{8}"),
        proptest::collection::vec(text_strategy(), 0..4),
        proptest::option::of(0u32..100_000),
        proptest::option::of(0u64..10_000_000_000),
        proptest::sample::subsequence(codes, 0..5),
        proptest::option::of(text_strategy()),
        proptest::option::of("[a-z]{1,10}@[a-z]{1,10}\\.nl"),
        proptest::option::of(text_strategy()),
    )
        .prop_map(
            |(name, kvk, sectors, employees, turnover, countries, contact, email, desc)| {
                CompanyProfile {
                    name,
                    kvk_number: kvk,
                    sectors,
                    employees,
                    annual_turnover_eur: turnover,
                    countries,
                    contact_name: contact,
                    contact_email: email,
                    contact_phone: None,
                    description: desc,
                    initiatives: Vec::new(),
                }
            },
        )
}

fn risk_strategy() -> impl Strategy<Value = Risk> {
    let level = || 1u8..=5;
    (
        (
            text_strategy(),
            proptest::sample::select(Theme::ALL),
            proptest::sample::select(Location::ALL),
            proptest::option::of(proptest::sample::select(vec!["NL", "BD", "IN", "TR"])),
            any::<bool>(),
            proptest::sample::subsequence(AffectedGroup::ALL, 0..4),
            proptest::sample::subsequence(InformationSource::ALL, 0..3),
        ),
        (
            proptest::option::of((level(), level(), level(), level())),
            proptest::option::of(proptest::sample::select(Involvement::ALL)),
            proptest::sample::select(Decision::ALL),
            proptest::option::of((1u32..20, text_strategy())),
            proptest::option::of(text_strategy()),
        ),
    )
        .prop_map(
            |(
                (title, theme, location, country, actual, groups, sources),
                (scores, involvement, decision, over, desc),
            )| Risk {
                sensitive: actual != over.is_some(),
                id: 0,
                title,
                theme,
                description: desc,
                location,
                country: country.map(String::from),
                item: None,
                item_id: None,
                supplier_id: None,
                sold_item_id: None,
                actual,
                affected_groups: groups,
                sources,
                own_contribution: None,
                assessment: scores.map(|(scale, scope, irremediability, likelihood)| Assessment {
                    scale,
                    scope,
                    irremediability,
                    likelihood,
                }),
                involvement,
                consulted: None,
                decision,
                // A deferral needs its reason; whether it was confirmed travels as it is.
                decision_reason: (decision == Decision::Deferred)
                    .then(|| "Eerst de ernstigere risico's.".to_string()),
                review_date: (decision == Decision::Deferred).then(|| "2027-06-30".to_string()),
                decision_confirmed: actual && decision == Decision::Deferred,
                rank_override: over.map(|(position, reason)| RankOverride { position, reason }),
            },
        )
}

fn doc_strategy() -> impl Strategy<Value = json::DossierJson> {
    (
        profile_strategy(),
        proptest::collection::btree_set(2000i32..=2100, 0..6),
        any::<bool>(),
        any::<prop::sample::Index>(),
        proptest::collection::vec(risk_strategy(), 0..12),
        chain_strategy(),
        step1_strategy(),
    )
        .prop_map(
            |(company, years, closed_first, pick, risks, (suppliers, items, sold), step1)| {
                let (departments, policy_versions, kpis, measurements) = step1;
                let n_risks = risks.len() as i64;
                let years: Vec<ReportingYear> = years
                    .into_iter()
                    .enumerate()
                    .map(|(i, year)| ReportingYear {
                        year,
                        status: if i == 0 && closed_first {
                            YearStatus::Closed
                        } else {
                            YearStatus::Open
                        },
                    })
                    .collect();
                let active_year = if years.is_empty() {
                    None
                } else {
                    Some(years[pick.index(years.len())].year)
                };
                json::DossierJson {
                    format: json::FORMAT.into(),
                    format_version: json::FORMAT_VERSION,
                    company,
                    years,
                    active_year,
                    risks: risks
                        .into_iter()
                        .enumerate()
                        .map(|(i, mut risk)| {
                            // Link some risks to the chain, by position.
                            let n = i as i64;
                            risk.supplier_id =
                                (!suppliers.is_empty()).then(|| n % suppliers.len() as i64 + 1);
                            risk.item_id = (!items.is_empty() && i % 2 == 0)
                                .then(|| n % items.len() as i64 + 1);
                            risk.sold_item_id = (!sold.is_empty() && i % 3 == 0).then_some(1);
                            json::RiskJson {
                                risk,
                                priority: None,
                            }
                        })
                        .collect(),
                    certifications: suppliers
                        .iter()
                        .enumerate()
                        .map(|(i, _)| Certification {
                            id: 0,
                            supplier_id: i as i64 + 1,
                            scheme: format!("Keurmerk {i}"),
                            reference: None,
                            valid_until: Some(format!("20{:02}-0{}-15", 20 + i, 1 + i % 9)),
                        })
                        .collect(),
                    audits: suppliers
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i % 2 == 1)
                        .map(|(i, _)| Audit {
                            id: 0,
                            supplier_id: i as i64 + 1,
                            kind: AuditKind::SiteVisit,
                            held_on: "2026-05-04".into(),
                            auditor: Some("Inkoop".into()),
                            findings: None,
                            scheme: None,
                            result: None,
                            score: None,
                        })
                        .collect(),
                    suppliers,
                    purchased_items: items,
                    sold_items: sold,
                    departments,
                    policy_versions,
                    kpis: kpis
                        .into_iter()
                        .enumerate()
                        .map(|(i, k)| Kpi {
                            risk_id: (n_risks > 0).then(|| i as i64 % n_risks + 1),
                            ..k
                        })
                        .collect(),
                    kpi_measurements: measurements,
                    preconditions: Some(Preconditions {
                        commitment: Some("Elk kwartaal in het MT".into()),
                        budget_eur: Some(12_000),
                        hours_per_year: None,
                        skills: None,
                    }),
                    ..Default::default()
                }
            },
        )
}

/// Suppliers, purchased items that link to them by position, and sold items.
fn chain_strategy() -> impl Strategy<Value = (Vec<Supplier>, Vec<PurchasedItem>, Vec<SoldItem>)> {
    (
        proptest::collection::vec(
            (
                text_strategy(),
                proptest::option::of(proptest::sample::select(vec!["NL", "BD", "IN"])),
            ),
            0..6,
        ),
        proptest::collection::vec(
            (
                text_strategy(),
                proptest::sample::select(ItemKind::ALL),
                proptest::option::of(0.0f64..1e9),
                proptest::sample::subsequence(vec!["BD", "CN", "IN", "TR"], 0..3),
                any::<bool>(),
                proptest::sample::subsequence(vec!["Cotton", "Garments", "cocoa"], 0..3),
            ),
            0..5,
        ),
        proptest::collection::vec(
            (
                text_strategy(),
                proptest::sample::subsequence(vec!["BE", "DE", "NL"], 0..3),
            ),
            0..3,
        ),
    )
        .prop_map(|(sups, items, sold)| {
            let n = sups.len() as i64;
            let suppliers: Vec<Supplier> = sups
                .into_iter()
                .map(|(name, country)| Supplier {
                    country: country.map(String::from),
                    ..Supplier::named(&name)
                })
                .collect();
            let items = items
                .into_iter()
                .enumerate()
                .map(
                    |(i, (name, kind, spend, origins, unknown, goods))| PurchasedItem {
                        spend_eur: spend,
                        origins: origins.into_iter().map(String::from).collect(),
                        origin_unknown: unknown,
                        reference_goods: goods.into_iter().map(String::from).collect(),
                        suppliers: (1..=n)
                            .filter(|p| (p + i as i64) % 2 == 0)
                            .map(|p| ChainLink {
                                supplier_id: p,
                                via_id: (p > 1).then_some(p - 1),
                            })
                            .collect(),
                        ..PurchasedItem::named(&name, kind)
                    },
                )
                .collect();
            let sold = sold
                .into_iter()
                .map(|(name, countries)| SoldItem {
                    countries: countries.into_iter().map(String::from).collect(),
                    ..SoldItem::named(&name)
                })
                .collect();
            (suppliers, items, sold)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_valid_document_roundtrips_identically(doc in doc_strategy()) {
        let (first, second) = roundtrip(&doc);
        prop_assert_eq!(&first, &second);
        // What was imported comes out again, apart from the computed priorities.
        let mut exported = json::parse(&first).expect("parse");
        for r in &mut exported.risks {
            r.priority = None;
        }
        prop_assert_eq!(exported, doc.validated().expect("valid"));
    }
}

type Step1 = (
    Vec<Department>,
    Vec<PolicyVersion>,
    Vec<Kpi>,
    Vec<KpiMeasurement>,
);

/// Departments, policy versions, KPIs and measurements that refer to the KPIs.
fn step1_strategy() -> impl Strategy<Value = Step1> {
    (
        proptest::sample::subsequence(DepartmentCode::ALL, 0..5),
        proptest::collection::vec(
            (
                "[A-Za-z0-9 ]{1,60}[a-z]",
                proptest::sample::subsequence(PolicyElementCode::ALL, 0..6),
                proptest::sample::subsequence(Theme::ALL, 0..5),
                proptest::option::of(text_strategy()),
            ),
            0..3,
        ),
        proptest::collection::vec((text_strategy(), -1e6f64..1e6, 0u8..4), 0..4),
    )
        .prop_map(|(codes, versions, kpis)| {
            let departments = codes
                .into_iter()
                .map(|code| Department {
                    code,
                    current_practice: Some("Doet al iets".into()),
                    role: None,
                    responsible: Some("Iemand".into()),
                    not_applicable: false,
                })
                .collect();
            let policy_versions = versions
                .into_iter()
                .map(|(label, elements, themes, by)| PolicyVersion {
                    elements: elements
                        .into_iter()
                        .enumerate()
                        .map(|(i, element)| PolicyElement {
                            element,
                            covered: i % 2 == 0,
                            location: (i % 3 == 0).then(|| format!("par. {i}")),
                        })
                        .collect(),
                    themes,
                    approved_by: by,
                    next_review: Some("2027-01-31".into()),
                    ..PolicyVersion::blank(label.trim())
                })
                .collect();
            let mut measurements = Vec::new();
            let kpis = kpis
                .into_iter()
                .enumerate()
                .map(|(i, (name, target, n))| {
                    for j in 0..n {
                        measurements.push(KpiMeasurement {
                            id: 0,
                            kpi_id: i as i64 + 1,
                            measured_on: format!("2026-0{}-01", j + 1),
                            value: target / 2.0 + f64::from(j),
                            note: None,
                        });
                    }
                    Kpi {
                        id: 0,
                        name,
                        unit: "%".into(),
                        baseline: None,
                        target,
                        deadline: Some("2027-12-31".into()),
                        owner: None,
                        risk_id: None,
                    }
                })
                .collect();
            (departments, policy_versions, kpis, measurements)
        })
}

#[test]
fn departments_marked_not_applicable_go_out_and_come_back_and_older_documents_lack_the_mark() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("n.kkdossier")).expect("sample");
    let text = json::to_text(&json::export(&d).expect("export"));
    let doc = json::parse(&text).expect("parse");
    let marked: Vec<_> = doc
        .departments
        .iter()
        .filter(|x| x.not_applicable)
        .map(|x| x.code.as_str())
        .collect();
    assert_eq!(marked, vec!["legal", "it"]);
    // A format-11 document has no mark: every department it holds is one with text.
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("value");
    v["format_version"] = 11.into();
    for x in v["departments"].as_array_mut().expect("departments") {
        x.as_object_mut().expect("object").remove("not_applicable");
    }
    let older = json::parse(&v.to_string()).expect("older document");
    assert!(older.departments.iter().all(|x| !x.not_applicable));
    assert_eq!(older.departments.len(), doc.departments.len());
}
