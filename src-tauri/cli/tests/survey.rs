//! `survey create|import|status` on real files: a round written into a folder, a
//! returned workbook read back with a dry run first, a foreign file refused so that
//! nothing is stored, and the status as text and JSON.

#![allow(clippy::expect_used, clippy::panic)]

mod common;

use common::*;

#[test]
fn a_round_is_created_read_back_and_reported_by_the_cli() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "d.kkdossier");
    cli(&["new", &f, "--company", "Vraag B.V.", "--year", "2026"]);
    let list = p(dir.path(), "lijst.csv");
    std::fs::write(
        &list,
        "naam;land\nAtelier Noord;Nederland\nFábrica Sul;Portugal\n",
    )
    .expect("list");
    assert_eq!(
        cli(&["import", "suppliers", &f, &list]).status.code(),
        Some(0)
    );

    let out = p(dir.path(), "uit");
    // A due date before the round starts is refused.
    let o = cli(&[
        "--lang",
        "en",
        "survey",
        "create",
        &f,
        "--year",
        "2026",
        "--out",
        &out,
        "--due",
        "2000-01-01",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stderr(&o).contains("due date"), "{}", stderr(&o));
    // Without --lang each workbook is in its supplier's language.
    let o = cli(&["survey", "create", &f, "--year", "2026", "--out", &out]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // Each in its supplier's language: Dutch for the Netherlands, English for Portugal.
    assert_eq!(
        names,
        [
            "Questionnaire 2026 - Fábrica Sul.xlsx",
            "Vragenlijst 2026 - Atelier Noord.xlsx"
        ]
    );

    let noord = format!("{out}/Vragenlijst 2026 - Atelier Noord.xlsx");
    // Sent back unfilled: not a return.
    let o = cli(&["--lang", "en", "survey", "import", &f, &noord]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("No question"), "{}", stdout(&o));
    // Filled in by the supplier.
    let filled = p(dir.path(), "terug.xlsx");
    let bytes = std::fs::read(&noord).expect("workbook");
    std::fs::write(
        &filled,
        ketenkompas_tests::survey::fill(
            &bytes,
            &[("workers", "1.200", ""), ("grievance_mechanism", "nee", "")],
        ),
    )
    .expect("filled");
    let foreign = p(dir.path(), "ander.xlsx");
    std::fs::write(&foreign, b"PK\x03\x04 not really").expect("foreign");
    // One refused file: nothing is stored.
    let o = cli(&["--lang", "en", "survey", "import", &f, &filled, &foreign]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("ander.xlsx: refused"), "{}", stdout(&o));
    assert!(stderr(&o).contains("nothing was stored"), "{}", stderr(&o));
    let o = cli(&["survey", "import", &f, &filled, "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let status = stdout(&cli(&["survey", "status", &f, "--year", "2026", "--json"]));
    assert!(status.contains("\"returned\": 0"), "{status}");

    let o = cli(&["--lang", "en", "survey", "import", &f, &filled]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Atelier Noord, 2 answers"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("1 questionnaires stored"),
        "{}",
        stdout(&o)
    );
    let o = cli(&["--lang", "en", "survey", "status", &f, "--year", "2026"]);
    let text = stdout(&o);
    assert!(text.contains("2 asked, 1 returned"), "{text}");
    assert!(
        text.contains("Atelier Noord · returned · No grievance mechanism for workers"),
        "{text}"
    );
    let status = stdout(&cli(&["survey", "status", &f, "--year", "2026", "--json"]));
    assert!(status.contains("\"returned\": 1"), "{status}");
}

#[test]
fn the_questionnaire_languages_are_listed_and_one_can_be_chosen_for_every_workbook() {
    let o = cli(&["--lang", "nl", "survey", "languages"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<String> = stdout(&o).lines().map(String::from).collect();
    assert_eq!(
        lines,
        [
            "en\tEnglish",
            "fr\tFrançais (vertaling nog niet nagelezen)",
            "nl\tNederlands"
        ]
    );

    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "d.kkdossier");
    cli(&["new", &f, "--company", "Vraag B.V.", "--year", "2026"]);
    let list = p(dir.path(), "lijst.csv");
    std::fs::write(&list, "naam;land\nAtelier Noord;Nederland\n").expect("list");
    cli(&["import", "suppliers", &f, &list]);
    let out = p(dir.path(), "uit");
    // A language there is no questionnaire in is refused, and nothing is started.
    let o = cli(&[
        "survey",
        "create",
        &f,
        "--out",
        &out,
        "--workbook-lang",
        "xx",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let o = cli(&["survey", "status", &f, "--year", "2026", "--json"]);
    assert!(!stdout(&o).contains("\"requests\":[{"), "{}", stdout(&o));
    // French for every workbook, whatever the supplier's country.
    let o = cli(&[
        "survey",
        "create",
        &f,
        "--out",
        &out,
        "--workbook-lang",
        "fr",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let names: Vec<String> = std::fs::read_dir(&out)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["Questionnaire 2026 - Atelier Noord.xlsx"]);
    let o = cli(&["survey", "status", &f, "--year", "2026", "--json"]);
    assert!(
        stdout(&o).contains("\"lang\": \"fr\"") || stdout(&o).contains("\"lang\":\"fr\""),
        "{}",
        stdout(&o)
    );
}
