//! Stakeholders and the engagement log (SH1) on a real dossier file: stored, linked to
//! risks and actions, carried through the JSON backup, and counted in the reports.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::json;
use ketenkompas::messages::Lang;
use ketenkompas::model::stakeholder::{Influence, StakeholderKind};
use ketenkompas::model::{Engagement, Stakeholder};
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

#[test]
fn engagements_are_stored_with_their_follow_up_and_survive_the_json_backup() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("d.kkdossier"), "Smederij Post B.V.", 2026).expect("new");
    let union = d
        .save_stakeholder(&Stakeholder {
            id: 0,
            name: "Metaalbond".into(),
            kind: StakeholderKind::Union,
            interest: Some("Veilig werk in de gieterij".into()),
            influence: Some(Influence::High),
            contact: None,
            vulnerable: true,
            sensitive: false,
        })
        .expect("stakeholder");
    let talk = d
        .save_engagement(&Engagement {
            id: 0,
            stakeholder_id: union.id,
            held_on: "2026-04-01".into(),
            step: 2,
            about: "Hitte in de gieterij van de leverancier".into(),
            risk_id: None,
            action_id: None,
            said: Some("Zomers boven de 40 graden.".into()),
            follow_up: None,
            followed_up_on: None,
        })
        .expect("engagement");
    assert!(talk.awaits_follow_up());
    let missing = d
        .save_engagement(&Engagement {
            stakeholder_id: 999,
            id: 0,
            ..talk.clone()
        })
        .expect_err("unknown stakeholder");
    assert_eq!(missing.code(), "record.not_found");
    let done = d
        .save_engagement(&Engagement {
            follow_up: Some("Hitteplan in het verbeterplan opgenomen.".into()),
            followed_up_on: Some("2026-04-20".into()),
            ..talk.clone()
        })
        .expect("follow-up");
    assert!(!done.awaits_follow_up());
    assert_eq!(d.engagements().expect("log").len(), 1);

    let text = json::to_text(&json::export(&d).expect("export"));
    let copy = json::import_new(
        &s.path("kopie.kkdossier"),
        &json::parse(&text).expect("parse"),
    )
    .expect("import");
    assert_eq!(json::to_text(&json::export(&copy).expect("export")), text);
    assert_eq!(copy.stakeholders().expect("list")[0].name, "Metaalbond");

    // Deleting the stakeholder takes its engagements with it.
    d.delete_stakeholder(union.id).expect("delete");
    assert!(d.engagements().expect("log").is_empty());
}

#[test]
fn the_sample_reports_its_engagements_named_inside_and_counted_in_public() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    assert_eq!(d.stakeholders().expect("list").len(), 4);
    let now = "2026-11-23T10:00:00Z";
    let yearly = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Html,
        now,
    );
    assert!(yearly.is_err(), "HTML is only for the communication report");
    let html = String::from_utf8(
        report::make(
            &d,
            ReportKind::Communication,
            2026,
            Lang::Nl,
            ReportFormat::Html,
            now,
        )
        .expect("html"),
    )
    .expect("utf-8");
    assert!(html.contains("Met wie we spraken"));
    assert!(html.contains("Ondernemingsraad (1)"), "counted by kind");
    // The workers' committee is marked sensitive: not even counted by name or kind.
    assert!(!html.contains("Werknemerscomité"));
    assert!(
        !html.contains("spoedorders"),
        "what people said stays out of public"
    );
    let m = report::model_of(&d, 2026, now).expect("model");
    assert_eq!(m.engagements.len(), 2);
    assert_eq!(m.public().engagements.len(), 1);
}
