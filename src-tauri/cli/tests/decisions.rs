//! The rules on decisions through the CLI: `risks --json` gives each risk its warnings,
//! and a deferral without a reason is not imported.

#![allow(clippy::expect_used, clippy::panic)]

mod common;

use common::*;

#[test]
fn risks_as_json_give_each_risk_its_warnings_and_an_unexplained_deferral_is_not_imported() {
    let dir = tempfile::tempdir().expect("dir");
    let sample = p(dir.path(), "s.kkdossier");
    let json = p(dir.path(), "s.json");
    assert_eq!(cli(&["sample", &sample]).status.code(), Some(0));
    assert_eq!(
        cli(&["export", "json", &sample, "--out", &json])
            .status
            .code(),
        Some(0)
    );
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("read")).expect("json");
    let climate = doc["risks"]
        .as_array_mut()
        .expect("risks")
        .iter_mut()
        .find(|r| r["risk"]["title"] == "Uitstoot van broeikasgassen in de keten")
        .expect("the deferred severity-5 risk");
    // As an older version wrote it: not confirmed, reviewed in a far future.
    climate["risk"]["decision_confirmed"] = false.into();
    climate["risk"]["review_date"] = "2200-01-01".into();
    std::fs::write(&json, doc.to_string()).expect("write");
    let target = p(dir.path(), "t.kkdossier");
    let o = cli(&["import", "json", &target, &json]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = cli(&["risks", &target, "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let rows = v["rows"].as_array().expect("rows");
    assert!(rows.iter().all(|r| r["warnings"].is_array()));
    let warnings = |title: &str| {
        rows.iter()
            .find(|r| r["risk"]["title"] == title)
            .map(|r| r["warnings"].clone())
            .expect("row")
    };
    assert_eq!(
        warnings("Uitstoot van broeikasgassen in de keten"),
        serde_json::json!(["unconfirmed", "review_too_late"])
    );
    assert_eq!(
        warnings("Kinderarbeid in de katoenteelt"),
        serde_json::json!([])
    );
    let o = cli(&["--lang", "nl", "risks", &target]);
    assert!(
        stdout(&o).contains("! Herbeoordeling te ver weg"),
        "{}",
        stdout(&o)
    );

    // Without a reason, the deferral is refused in words and no dossier is made.
    let mut doc = doc;
    let climate = doc["risks"]
        .as_array_mut()
        .expect("risks")
        .iter_mut()
        .find(|r| r["risk"]["decision"] == "deferred")
        .expect("deferred");
    climate["risk"]["decision_reason"] = serde_json::Value::Null;
    std::fs::write(&json, doc.to_string()).expect("write");
    let refused = p(dir.path(), "r.kkdossier");
    let o = cli(&["--lang", "nl", "import", "json", &refused, &json]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Een risico uitstellen kan alleen met een motivering"),
        "{}",
        stderr(&o)
    );
    assert!(!std::path::Path::new(&refused).exists());
}
