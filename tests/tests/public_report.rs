//! The public communication report (S5.3): nothing marked sensitive and no name of a
//! person reaches it, in PDF or HTML, while the yearly report does show them.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::{export_register, grievances, suppliers, Register, TableFormat};
use ketenkompas::messages::Lang;
use ketenkompas::model::action::{ActionStatus, Effectiveness, MeasureType};
use ketenkompas::model::communication::Channel;
use ketenkompas::model::grievance::{
    GrievanceChannel, GrievanceDecision, RemedyForm, RemedyStatus, Reporter,
};
use ketenkompas::model::policy::Audience;
use ketenkompas::model::risk::{Involvement, Theme};
use ketenkompas::model::stakeholder::StakeholderKind;
use ketenkompas::model::{Action, ActionUpdate, ContextEntry, Engagement, Stakeholder};
use ketenkompas::model::{CommunicationEntry, Grievance, Remedy};
use ketenkompas::remediation::RemedyRole;
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::Dossier;
use ketenkompas_tests::pdf::{flat, pdf_text, solid};
use ketenkompas_tests::Scratch;

const NOW: &str = "2026-11-23T10:00:00Z";

/// Puts a distinctive marker in every field that must stay out of public outputs.
fn mark_confidential(d: &mut Dossier) -> Vec<String> {
    let mut markers = Vec::new();
    let mut mark = |what: &str| {
        let m = format!("GEHEIM{}", what.to_uppercase());
        markers.push(m.clone());
        m
    };
    let mut company = d.company().expect("company");
    company.contact_name = Some(mark("contact"));
    d.update_company(&company).expect("company");
    let register = d.risk_register(Lang::Nl).expect("register");
    let mut ranked = register.rows.iter().filter(|r| r.ranked.is_some());
    let mut sensitive = ranked.next().expect("a ranked risk").risk.clone();
    sensitive.title = mark("risktitle");
    sensitive.sensitive = true;
    let sensitive = d.save_risk(&sensitive).expect("save");
    let mut open = ranked.next().expect("another ranked risk").risk.clone();
    open.consulted = Some(mark("consulted"));
    open.decision_reason = Some(mark("reason"));
    let open = d.save_risk(&open).expect("save");
    let of_sensitive_risk = d
        .save_action(&Action {
            id: 0,
            risk_id: sensitive.id,
            title: mark("actionofsensitiverisk"),
            measure: MeasureType::UseLeverage,
            owner: None,
            people: None,
            budget_eur: None,
            start_on: None,
            deadline: Some("2026-12-31".into()),
            status: ActionStatus::InProgress,
            goal: None,
            kpi_id: None,
            stakeholders: None,
            supplier_id: None,
            sensitive: false,
            exit: None,
        })
        .expect("action");
    let marked_action = d
        .save_action(&Action {
            id: 0,
            risk_id: open.id,
            title: mark("sensitiveaction"),
            measure: MeasureType::CorrectiveActionPlan,
            owner: Some(mark("owner")),
            people: Some(mark("people")),
            budget_eur: Some(100),
            start_on: None,
            deadline: Some("2026-12-31".into()),
            status: ActionStatus::Planned,
            goal: None,
            kpi_id: None,
            stakeholders: Some(mark("stakeholders")),
            supplier_id: None,
            sensitive: true,
            exit: None,
        })
        .expect("action");
    let visible = d
        .save_action(&Action {
            id: 0,
            risk_id: open.id,
            title: "Zichtbare maatregel".into(),
            measure: MeasureType::SupplierTraining,
            owner: Some(mark("visibleowner")),
            people: None,
            budget_eur: None,
            start_on: None,
            deadline: Some("2026-12-31".into()),
            status: ActionStatus::InProgress,
            goal: Some(mark("goal")),
            kpi_id: None,
            stakeholders: None,
            supplier_id: None,
            sensitive: false,
            exit: None,
        })
        .expect("action");
    d.save_action_update(&ActionUpdate {
        id: 0,
        action_id: visible.id,
        written_on: "2026-06-01".into(),
        progress: mark("progress"),
        effectiveness: Effectiveness::PartlyEffective,
    })
    .expect("update");
    // Progress notes on a sensitive action and on an action of a sensitive risk, and a
    // KPI that measures a sensitive risk: internal tables mark them sensitive.
    for (action, what) in [
        (marked_action.id, "sensitiveprogress"),
        (of_sensitive_risk.id, "riskprogress"),
    ] {
        d.save_action_update(&ActionUpdate {
            id: 0,
            action_id: action,
            written_on: "2026-06-02".into(),
            progress: mark(what),
            effectiveness: Effectiveness::NotJudged,
        })
        .expect("update");
    }
    d.save_kpi(&ketenkompas::model::Kpi {
        id: 0,
        name: mark("sensitivekpi"),
        unit: "%".into(),
        baseline: None,
        target: 100.0,
        deadline: None,
        owner: None,
        risk_id: Some(sensitive.id),
    })
    .expect("kpi");
    let hidden = d
        .save_stakeholder(&Stakeholder {
            id: 0,
            name: mark("sensitivestakeholder"),
            kind: StakeholderKind::Other,
            interest: None,
            influence: None,
            contact: Some(mark("contact2")),
            vulnerable: true,
            sensitive: true,
        })
        .expect("stakeholder");
    let named = d
        .save_stakeholder(&Stakeholder {
            id: 0,
            name: mark("stakeholdername"),
            kind: StakeholderKind::Union,
            interest: None,
            influence: None,
            contact: None,
            vulnerable: false,
            sensitive: false,
        })
        .expect("stakeholder");
    for (who, about, risk) in [
        (hidden.id, "hiddentalk", None),
        (named.id, "talkabout", None),
        (named.id, "sensitiverisktalk", Some(sensitive.id)),
    ] {
        d.save_engagement(&Engagement {
            id: 0,
            stakeholder_id: who,
            held_on: "2026-05-05".into(),
            step: 2,
            about: mark(about),
            risk_id: risk,
            action_id: None,
            said: Some(mark(&format!("{about}said"))),
            follow_up: Some(mark(&format!("{about}followup"))),
            followed_up_on: None,
        })
        .expect("engagement");
    }
    d.save_context_entry(&ContextEntry {
        id: 0,
        noted_on: "2026-05-01".into(),
        country: Some("BD".into()),
        item_id: None,
        description: mark("context"),
    })
    .expect("context");
    // Step 5: a communication marked sensitive.
    d.save_communication_entry(&CommunicationEntry {
        id: 0,
        held_on: "2026-06-01".into(),
        audience: Audience::External,
        recipients: mark("commrecipients"),
        channel: Channel::Meeting,
        content: mark("commcontent"),
        report_kind: None,
        report_year: None,
        sensitive: true,
    })
    .expect("communication");
    // Step 6: every confidential part of a grievance, and what a remedy says about the
    // people affected.
    let grievance = d
        .save_grievance(&Grievance {
            reporter: Reporter::Confidential,
            reporter_contact: Some(mark("reportercontact")),
            theme: Some(Theme::LivingWage),
            country: Some("BD".into()),
            risk_id: Some(sensitive.id),
            assessed_by: Some(mark("assessedby")),
            assessment: Some(mark("assessment")),
            acknowledged_on: Some("2026-05-03".into()),
            assessment_started_on: Some("2026-05-04".into()),
            decided_on: Some("2026-06-01".into()),
            decision: Some(GrievanceDecision::Upheld),
            outcome: Some(mark("outcome")),
            remedy: Some(mark("remedygiven")),
            lessons: Some(mark("lessons")),
            ..Grievance::new(
                "2026-05-02",
                GrievanceChannel::Hotline,
                &mark("grievancetext"),
            )
        })
        .expect("grievance");
    let actual = d
        .risk_register(Lang::Nl)
        .expect("register")
        .rows
        .into_iter()
        .map(|r| r.risk)
        .find(|r| r.actual && !r.sensitive && r.involvement == Some(Involvement::Contributes))
        .expect("an actual impact the company contributes to");
    d.save_remedy(&Remedy {
        id: 0,
        risk_id: actual.id,
        grievance_id: Some(grievance.id),
        form: RemedyForm::Compensation,
        description: mark("remedydescription"),
        role: RemedyRole::UseLeverage,
        role_reason: Some(mark("rolereason")),
        consulted: Some(mark("remedyconsulted")),
        status: RemedyStatus::InProgress,
        started_on: None,
        completed_on: None,
    })
    .expect("remedy");
    markers
}

/// The text of every cell of a CSV or XLSX export.
fn cells(bytes: &[u8]) -> String {
    let t = ketenkompas::exchange::table::read(bytes).expect("a table");
    let mut out = t.headers.join(" ");
    for r in t.rows {
        out.push(' ');
        out.push_str(&r.cells.join(" "));
    }
    out
}

#[test]
fn no_confidential_or_sensitive_field_reaches_a_default_table_export() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let markers = mark_confidential(&mut d);
    let today = "2026-11-23";
    let default = [
        cells(
            grievances::export_csv(&d, today, false)
                .expect("csv")
                .as_bytes(),
        ),
        cells(&grievances::export_xlsx(&d, today, false).expect("xlsx")),
        cells(suppliers::export_csv(&d).expect("csv").as_bytes()),
        cells(&suppliers::export_xlsx(&d).expect("xlsx")),
    ];
    // The grievances are there, counted by their rows: 4 of the sample and 1 marked.
    assert_eq!(
        ketenkompas::exchange::table::read(
            grievances::export_csv(&d, today, false)
                .expect("csv")
                .as_bytes()
        )
        .expect("table")
        .rows
        .len(),
        5
    );
    for (i, text) in default.iter().enumerate() {
        for m in &markers {
            assert!(!text.contains(m.as_str()), "{m} in default export {i}");
        }
    }
    // Asked for explicitly, the confidential parts are there, in both formats.
    for text in [
        cells(
            grievances::export_csv(&d, today, true)
                .expect("csv")
                .as_bytes(),
        ),
        cells(&grievances::export_xlsx(&d, today, true).expect("xlsx")),
    ] {
        for m in [
            "GEHEIMREPORTERCONTACT",
            "GEHEIMGRIEVANCETEXT",
            "GEHEIMASSESSEDBY",
            "GEHEIMASSESSMENT",
            "GEHEIMOUTCOME",
            "GEHEIMREMEDYGIVEN",
            "GEHEIMLESSONS",
            "GEHEIMRISKTITLE",
        ] {
            assert!(text.contains(m), "{m} with include_confidential");
        }
    }
}

#[test]
fn every_internal_table_row_that_names_a_sensitive_record_says_so() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    mark_confidential(&mut d);
    // The markers of sensitive records and of what belongs to them.
    let sensitive = [
        "GEHEIMRISKTITLE",
        "GEHEIMACTIONOFSENSITIVERISK",
        "GEHEIMSENSITIVEACTION",
        "GEHEIMOWNER",
        "GEHEIMSTAKEHOLDERS",
        "GEHEIMSENSITIVESTAKEHOLDER",
        "GEHEIMHIDDENTALK",
        "GEHEIMSENSITIVERISKTALK",
        "GEHEIMSENSITIVEPROGRESS",
        "GEHEIMRISKPROGRESS",
        "GEHEIMSENSITIVEKPI",
        "GEHEIMCOMMCONTENT",
    ];
    let mut found = std::collections::BTreeSet::new();
    for register in Register::ALL {
        if matches!(register, Register::Suppliers | Register::Grievances) {
            continue;
        }
        let bytes = export_register(&d, register, TableFormat::Csv, "2026-11-23").expect("csv");
        let table = ketenkompas::exchange::table::read(&bytes).expect("table");
        let column = table.headers.iter().position(|h| h == "sensitive");
        for row in &table.rows {
            let named: Vec<&str> = sensitive
                .iter()
                .copied()
                .filter(|m| row.cells.iter().any(|c| c.contains(m)))
                .collect();
            if named.is_empty() {
                continue;
            }
            found.extend(named.iter().copied());
            let Some(col) = column else {
                panic!(
                    "{} names {named:?} but has no sensitive column",
                    register.name()
                );
            };
            assert_eq!(
                row.cells.get(col).map(String::as_str),
                Some("yes"),
                "{}: a row naming {named:?} is not marked sensitive",
                register.name()
            );
        }
    }
    let missing: Vec<&&str> = sensitive.iter().filter(|m| !found.contains(*m)).collect();
    assert!(missing.is_empty(), "never exported: {missing:?}");
}

#[test]
fn nothing_confidential_or_naming_a_person_reaches_the_public_report() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let markers = mark_confidential(&mut d);
    // The markers are really in the dossier: the yearly report (not public) shows some.
    let yearly = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("yearly");
    let yearly = solid(&pdf_text(&s, "yearly.pdf", &yearly));
    for shown in [
        "GEHEIMCOMMCONTENT",
        "GEHEIMREMEDYDESCRIPTION",
        "GEHEIMROLEREASON",
        "GEHEIMRISKTITLE",
        "GEHEIMVISIBLEOWNER",
        "GEHEIMCONTEXT",
        "GEHEIMSTAKEHOLDERNAME",
        "GEHEIMTALKABOUTSAID",
    ] {
        assert!(
            yearly.contains(shown),
            "the yearly report should show {shown}"
        );
    }
    // What a grievance says reaches no report at all.
    for hidden in [
        "GEHEIMREPORTERCONTACT",
        "GEHEIMGRIEVANCETEXT",
        "GEHEIMASSESSEDBY",
        "GEHEIMASSESSMENT",
        "GEHEIMOUTCOME",
        "GEHEIMREMEDYGIVEN",
        "GEHEIMLESSONS",
    ] {
        assert!(!yearly.contains(hidden), "{hidden} in the yearly report");
    }
    for lang in [Lang::Nl, Lang::En] {
        let pdf = report::make(
            &d,
            ReportKind::Communication,
            2026,
            lang,
            ReportFormat::Pdf,
            NOW,
        )
        .expect("pdf");
        let pdf = flat(&pdf_text(&s, &format!("public-{lang:?}.pdf"), &pdf));
        let pdf_solid = solid(&pdf);
        let html = report::make(
            &d,
            ReportKind::Communication,
            2026,
            lang,
            ReportFormat::Html,
            NOW,
        )
        .expect("html");
        let html = String::from_utf8(html).expect("utf-8");
        assert!(pdf.contains("Zichtbare maatregel") && html.contains("Zichtbare maatregel"));
        for m in &markers {
            assert!(
                !pdf_solid.contains(m.as_str()),
                "{m} in the public PDF ({lang:?})"
            );
            assert!(
                !html.contains(m.as_str()),
                "{m} in the public HTML ({lang:?})"
            );
        }
        // The reader is told that something was left out.
        let told = if lang == Lang::Nl {
            "als gevoelig zijn gemarkeerd"
        } else {
            "marked as sensitive"
        };
        assert!(pdf.contains(told), "{lang:?}");
    }
}
