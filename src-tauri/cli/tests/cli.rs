//! The CLI driven as a script would: real files, real exit codes, real messages.

#![allow(clippy::expect_used, clippy::panic)]

mod common;

use common::*;

#[test]
fn new_info_and_check_work_and_exit_zero() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "b.kkdossier");
    let o = cli(&[
        "--lang",
        "nl",
        "new",
        &f,
        "--company",
        "Bakkerij Jansen",
        "--year",
        "2026",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Dossier aangemaakt"));
    let o = cli(&["--lang", "en", "info", &f]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("Company: Bakkerij Jansen"), "{out}");
    assert!(out.contains("2026 (open, active)"), "{out}");
    let version = format!("Schema version: {}", ketenkompas::SCHEMA_VERSION);
    assert!(out.contains(&version), "{out}");
    let o = cli(&["check", &f]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("in orde"), "locale nl: {}", stdout(&o));
}

#[test]
fn info_as_json_counts_the_registers_of_the_sample() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &f]).status.code(), Some(0));
    let o = cli(&["info", &f, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["company_name"], "Zeeland Werkkleding B.V.");
    assert_eq!(v["active_year"], 2026);
    let years = v["registers"]
        .as_array()
        .expect("registers")
        .iter()
        .find(|r| r["register"] == "reporting_years")
        .expect("years register");
    assert_eq!(years["rows"], 2);
}

#[test]
fn export_import_export_through_the_cli_is_identical() {
    let dir = tempfile::tempdir().expect("dir");
    let a = p(dir.path(), "a.kkdossier");
    let b = p(dir.path(), "b.kkdossier");
    let j1 = p(dir.path(), "a.json");
    cli(&["sample", &a]);
    assert_eq!(
        cli(&["export", "json", &a, "--out", &j1]).status.code(),
        Some(0)
    );
    assert_eq!(cli(&["import", "json", &b, &j1]).status.code(), Some(0));
    let second = stdout(&cli(&["export", "json", &b]));
    assert_eq!(std::fs::read_to_string(&j1).expect("read"), second);
}

#[test]
fn import_replace_keeps_a_backup_of_the_old_dossier() {
    let dir = tempfile::tempdir().expect("dir");
    let a = p(dir.path(), "a.kkdossier");
    let j = p(dir.path(), "a.json");
    let target = p(dir.path(), "t.kkdossier");
    cli(&["sample", &a]);
    cli(&["export", "json", &a, "--out", &j]);
    cli(&["new", &target, "--company", "Oud B.V.", "--year", "2020"]);
    let refused = cli(&["import", "json", &target, &j]);
    assert_eq!(
        refused.status.code(),
        Some(1),
        "no overwrite without --replace"
    );
    let o = cli(&["import", "json", &target, &j, "--replace"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let backup = p(dir.path(), "t.kkdossier.before-import-1.bak");
    let old = stdout(&cli(&["info", &backup, "--json"]));
    assert!(old.contains("Oud B.V."), "{old}");
    assert!(stdout(&cli(&["info", &target])).contains("Zeeland Werkkleding"));
}

#[test]
fn user_errors_exit_one_with_a_sentence_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("dir");
    let bad = p(dir.path(), "x.kkdossier");
    std::fs::write(&bad, "hallo").expect("write");
    let o = cli(&["--lang", "nl", "info", &bad]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is geen Ketenkompas-dossier"),
        "{}",
        stderr(&o)
    );
    let o = cli(&["--lang", "en", "info", &bad]);
    assert!(
        stderr(&o).contains("is not a Ketenkompas dossier"),
        "{}",
        stderr(&o)
    );

    let json = p(dir.path(), "x.json");
    std::fs::write(
        &json,
        r#"{"format":"ketenkompas-dossier","format_version":99}"#,
    )
    .expect("w");
    let o = cli(&[
        "--lang",
        "en",
        "import",
        "json",
        &p(dir.path(), "n.kkdossier"),
        &json,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("format version 99"), "{}", stderr(&o));
    assert!(!dir.path().join("n.kkdossier").exists());

    let o = cli(&[
        "--lang",
        "en",
        "new",
        &p(dir.path(), "l.kkdossier"),
        "--company",
        &"x".repeat(300),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Company name is too long"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn usage_errors_exit_one_and_help_exits_zero() {
    let o = cli(&["--lang", "nl", "frobnicate"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Ongeldige opdracht"), "{}", stderr(&o));
    assert_eq!(cli(&["--help"]).status.code(), Some(0));
    assert_eq!(cli(&["new"]).status.code(), Some(1));
}

#[test]
fn strange_input_never_panics() {
    let dir = tempfile::tempdir().expect("dir");
    let odd = [
        vec!["info".to_string(), dir.path().display().to_string()],
        vec!["check".to_string(), "/dev/null".to_string()],
        vec!["export".to_string(), "json".to_string(), String::new()],
        vec![
            "new".to_string(),
            p(dir.path(), "z.kkdossier"),
            "--company".into(),
            " ".into(),
        ],
        vec![
            "new".into(),
            p(dir.path(), "y.kkdossier"),
            "--company".into(),
            "Y".into(),
            "--year".into(),
            "99999".into(),
        ],
        vec![
            "import".into(),
            "json".into(),
            p(dir.path(), "q.kkdossier"),
            "/dev/null".into(),
        ],
    ];
    for args in odd {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = cli(&refs);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{args:?}");
    }
}

/// `… export json d.kkdossier | head`: the reader is gone before the first byte is
/// written. Printing then fails inside the program; it stops quietly with exit code 0
/// (not with the sentence for a bug, which it would say after a panic).
#[test]
fn a_reader_that_went_away_ends_the_output_quietly() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &f]).status.code(), Some(0));
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_ketenkompas-cli"))
        .args(["--lang", "en", "export", "json", &f])
        .stdout(writer)
        .output()
        .expect("run ketenkompas-cli");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("unexpected"), "{}", stderr(&o));
}

/// `… 2>&1 | grep -q …` with a command that fails: the error cannot be written, and the
/// exit code still says it failed.
#[test]
fn a_failure_keeps_its_exit_code_when_its_sentence_cannot_be_written() {
    let dir = tempfile::tempdir().expect("dir");
    let missing = p(dir.path(), "er-niet.kkdossier");
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_ketenkompas-cli"))
        .args(["--lang", "en", "info", &missing])
        .stderr(writer)
        .output()
        .expect("run ketenkompas-cli");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn country_facts_name_their_source_and_year() {
    let o = cli(&["--lang", "en", "country", "Bangladesh"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Bangladesh (BD)"), "{out}");
    assert!(out.contains("Child labour (US DOL ILAB, 2022)"), "{out}");
    assert!(out.contains("working children 5-14: 9.2%"), "{out}");
    assert!(out.contains("Garments"), "{out}");
    assert!(
        out.contains("(World Bank WGI, 2024 edition, year 2023)"),
        "{out}"
    );
    let o = cli(&["--lang", "nl", "country", "Atlantis"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Onbekend land: Atlantis"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn chain_and_suggestions_of_the_sample_print_with_their_sources() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &f]).status.code(), Some(0));
    let o = cli(&["--lang", "nl", "chain", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let first = out.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("  1. Werkbroeken — Risico herkomst: hoog"),
        "{out}"
    );
    assert!(
        out.contains("nog niet: Leveranciers verder in de keten vastgelegd"),
        "{out}"
    );
    let o = cli(&["chain", &f, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["chains"].as_array().map(Vec::len), Some(10));
    assert_eq!(v["levels"]["BD"], "high");

    let o = cli(&["--lang", "en", "suggestions", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("[open] Child labour: Garments from Bangladesh"),
        "{out}"
    );
    assert!(
        out.contains("[Accepted 2026-03-02] Child labour: Cotton from India"),
        "{out}"
    );
    assert!(
        out.contains("(US Department of Labor, ILAB, 2022)"),
        "{out}"
    );
    assert!(
        out.contains("(World Bank, Worldwide Governance Indicators, 2023)"),
        "{out}"
    );
    let o = cli(&["suggestions", &f, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let answered = v
        .as_array()
        .expect("list")
        .iter()
        .filter(|s| !s["decision"].is_null())
        .count();
    // Two answers to reference suggestions, one to a questionnaire's red flag.
    assert_eq!(answered, 3);
}

#[test]
fn reports_are_written_as_files_and_bad_requests_are_refused_in_words() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &f]).status.code(), Some(0));
    for (kind, format, name) in [
        ("yearly", "pdf", "jaar.pdf"),
        ("action-plan", "pdf", "plan.pdf"),
        ("communication", "pdf", "publiek.pdf"),
        ("communication", "html", "publiek.html"),
    ] {
        let out = p(dir.path(), name);
        let o = cli(&[
            "--lang", "nl", "report", kind, &f, "--year", "2026", "--out", &out, "--format", format,
        ]);
        assert_eq!(o.status.code(), Some(0), "{kind}: {}", stderr(&o));
        assert!(stdout(&o).contains("Rapport geschreven"), "{}", stdout(&o));
        let bytes = std::fs::read(&out).expect("report written");
        let start: &[u8] = if format == "pdf" {
            b"%PDF"
        } else {
            b"<!DOCTYPE html>"
        };
        assert!(bytes.starts_with(start), "{name}");
        if kind == "communication" {
            // The sample's plans for 2026 make a claim without a KPI behind it.
            assert!(stderr(&o).contains("volledig"), "{}", stderr(&o));
        }
    }
    // An existing file is never replaced.
    let existing = p(dir.path(), "jaar.pdf");
    let before = std::fs::read(&existing).expect("read");
    let o = cli(&[
        "--lang", "en", "report", "yearly", &f, "--year", "2026", "--out", &existing,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already a file"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&existing).expect("read"), before);
    // HTML only for the communication report; a year the dossier does not have.
    let o = cli(&[
        "--lang",
        "en",
        "report",
        "yearly",
        &f,
        "--year",
        "2026",
        "--out",
        &p(dir.path(), "x.html"),
        "--format",
        "html",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("communication report"),
        "{}",
        stderr(&o)
    );
    let o = cli(&[
        "--lang",
        "nl",
        "report",
        "yearly",
        &f,
        "--year",
        "2019",
        "--out",
        &p(dir.path(), "x.pdf"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("2019"), "{}", stderr(&o));
    assert!(!dir.path().join("x.pdf").exists() && !dir.path().join("x.html").exists());
}

#[test]
fn close_year_freezes_a_year_once() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "d.kkdossier");
    let o = cli(&["new", &f, "--company", "Smederij Post", "--year", "2025"]);
    assert_eq!(o.status.code(), Some(0));
    let o = cli(&["--lang", "en", "close-year", &f, "--year", "2025"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Year 2025 is closed"), "{}", stdout(&o));
    let info = stdout(&cli(&["--lang", "en", "info", &f]));
    assert!(
        info.contains("2025 (closed)") && info.contains("2026 (open, active)"),
        "{info}"
    );
    let o = cli(&["--lang", "nl", "close-year", &f, "--year", "2025"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("afgesloten"), "{}", stderr(&o));
}

#[test]
fn grievances_export_without_confidential_parts_unless_asked_and_the_backup_says_what_it_holds() {
    let dir = tempfile::tempdir().expect("tmp");
    let f = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &f]).status.code(), Some(0));
    let plain = p(dir.path(), "g.csv");
    let o = cli(&[
        "--lang",
        "en",
        "export",
        "grievances",
        &f,
        "--format",
        "csv",
        "--out",
        &plain,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&plain).expect("csv");
    assert!(text.starts_with("number,received_on,channel"), "{text}");
    assert_eq!(text.lines().count(), 5, "a header and the sample's four");
    // The sample's first grievance says overtime was paid without the premium.
    assert!(!text.contains("toeslag"), "{text}");
    assert!(!stderr(&o).contains("confidential details"));
    let full = p(dir.path(), "g-full.xlsx");
    let o = cli(&[
        "--lang",
        "en",
        "export",
        "grievances",
        &f,
        "--format",
        "xlsx",
        "--out",
        &full,
        "--include-confidential",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("confidential details"),
        "{}",
        stderr(&o)
    );
    let o = cli(&["--lang", "en", "export", "json", &f]);
    assert!(stdout(&o).contains("toeslag"));
    assert!(
        stderr(&o).contains("every confidential detail"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn every_other_register_exports_as_a_table() {
    let dir = tempfile::tempdir().expect("tmp");
    let f = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &f]).status.code(), Some(0));
    let out = p(dir.path(), "risks.csv");
    let o = cli(&[
        "export", "register", "risks", &f, "--format", "csv", "--out", &out,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).expect("csv");
    assert!(text.starts_with("rank,id,title,theme,"), "{text}");
    assert_eq!(
        text.lines().count(),
        15,
        "a header and the sample's 14 risks"
    );
    let second = text.lines().nth(1).unwrap_or_default();
    assert!(
        second.starts_with("1,") && second.contains("Uitstoot van broeikasgassen"),
        "{second}"
    );
    for register in [
        "actions",
        "updates",
        "kpis",
        "chain",
        "audits",
        "cap-items",
        "certifications",
        "context",
        "departments",
        "policy-communications",
        "communications",
        "stakeholders",
        "engagements",
        "remedies",
        "sold-items",
        "practices",
        "policy-versions",
        "suggestion-answers",
    ] {
        let out = p(dir.path(), &format!("{register}.xlsx"));
        let o = cli(&[
            "export", "register", register, &f, "--format", "xlsx", "--out", &out,
        ]);
        assert_eq!(o.status.code(), Some(0), "{register}: {}", stderr(&o));
        let bytes = std::fs::read(&out).expect("xlsx");
        assert!(bytes.starts_with(b"PK"), "{register}: a workbook");
    }
    let o = cli(&[
        "export", "register", "nonsense", &f, "--format", "csv", "--out", &out,
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "an unknown register is a usage error"
    );
}

#[test]
fn status_prints_the_next_action_with_where_it_is_done() {
    let dir = tempfile::tempdir().expect("dir");
    let f = p(dir.path(), "n.kkdossier");
    let o = cli(&["new", &f, "--company", "Nieuw B.V.", "--year", "2026"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A new dossier: the first-year route, starting with the company profile.
    let o = cli(&["--lang", "nl", "status", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Volgende stap: Vul het bedrijfsprofiel aan"),
        "{out}"
    );
    assert!(out.contains("  → Bedrijfsprofiel"), "{out}");
    assert!(out.contains("Uw eerste jaar (0 van 7 gedaan)"), "{out}");
    assert!(out.contains("  [ ] Een eerste beleid vastleggen"), "{out}");
    assert!(out.contains("Stap 6 · "), "{out}");

    let v: serde_json::Value =
        serde_json::from_str(&stdout(&cli(&["status", &f, "--json"]))).expect("json");
    assert_eq!(v["next"]["code"], "route.profile");
    assert_eq!(v["next"]["place"]["screen"], "profile");
    assert_eq!(v["route"]["done"], 0);
    assert_eq!(v["steps"].as_array().expect("steps").len(), 6);

    // The sample is past its first year: the next action lands on a step's tab.
    let s = p(dir.path(), "s.kkdossier");
    assert_eq!(cli(&["sample", &s]).status.code(), Some(0));
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&cli(&["status", &s, "--json"]))).expect("json");
    assert!(v["route"].is_null(), "{v}");
    let place = &v["next"]["place"];
    assert!(
        place["screen"]
            .as_str()
            .expect("screen")
            .starts_with("step"),
        "{v}"
    );
    assert!(place["tab"].is_string(), "{v}");
    let out = stdout(&cli(&["--lang", "en", "status", &s]));
    assert!(out.contains("Next step: "), "{out}");
    assert!(out.contains("  → Step "), "{out}");
}
