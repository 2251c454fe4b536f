//! Questionnaire rounds over time (B4, issue 21): reminders and a round extended, the
//! round and its answered red flags through a JSON restore, and the sample's two rounds in
//! the reports, the reminders and the supplier's page.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::survey;
use ketenkompas::messages::Lang;
use ketenkompas::model::Supplier;
use ketenkompas::survey::RequestStatus;
use ketenkompas::Dossier;
use ketenkompas_tests::survey::{fill, round};
use ketenkompas_tests::Scratch;

#[test]
fn reminders_and_a_second_round_start_keep_what_was_there() {
    let mut r = round();
    assert_eq!(
        r.d.remind_survey(2026, &[r.ids[1]], "2026-04-20")
            .expect("remind"),
        1
    );
    let sul =
        r.d.survey_requests(2026)
            .expect("requests")
            .into_iter()
            .find(|q| q.supplier_id == r.ids[1])
            .expect("sul");
    assert_eq!(
        sul.status("2026-04-30", "2026-04-21"),
        RequestStatus::Reminded
    );
    let token = r.d.survey_round(2026).expect("round").expect("some").token;
    // Starting again adds only the new supplier and keeps the token.
    let fourth =
        r.d.save_supplier(&Supplier::named("Vierde"))
            .expect("fourth")
            .id;
    let (again, added) =
        r.d.start_survey(
            2026,
            "2026-05-15",
            "2026-04-21",
            &[(r.ids[0], "nl".into()), (fourth, "en".into())],
        )
        .expect("again");
    assert_eq!(again.token, token);
    assert_eq!(again.due_on, "2026-05-15");
    assert_eq!(
        added.iter().map(|q| q.supplier_id).collect::<Vec<_>>(),
        [fourth]
    );
}

#[test]
fn the_round_travels_in_the_dossier_json_and_its_workbooks_are_still_recognised() {
    let mut r = round();
    let filled = fill(
        &r.books[0],
        &[("workers", "10", ""), ("age_check", "ja", "")],
    );
    survey::import(&mut r.d, &[("a.xlsx".into(), filled)], "2026-04-02").expect("import");
    let json = ketenkompas::exchange::json::export(&r.d).expect("export");
    let text = ketenkompas::exchange::json::to_text(&json);
    assert!(text.contains("\"survey_rounds\""));
    let parsed = ketenkompas::exchange::json::parse(&text).expect("parse");
    let s = Scratch::new();
    let path = s.path("terug.kkdossier");
    let mut restored = ketenkompas::exchange::json::import_new(&path, &parsed).expect("restore");
    assert_eq!(
        restored.survey_answers(None).expect("answers").len(),
        2,
        "answers kept"
    );
    // A workbook sent before the backup is recognised by the restored dossier.
    let late = fill(&r.books[1], &[("workers", "20", "")]);
    let report =
        survey::import(&mut restored, &[("b.xlsx".into(), late)], "2026-04-03").expect("late");
    assert_eq!(report.read, 1, "{report:#?}");
    // And the export is the same document again, with the late answers added.
    let again = ketenkompas::exchange::json::export(&restored).expect("export");
    assert_eq!(again.survey_rounds, json.survey_rounds);
    assert_eq!(again.survey_answers.len(), json.survey_answers.len() + 1);
}

#[test]
fn an_answered_red_flag_follows_its_supplier_through_a_json_restore() {
    let mut r = round();
    // A supplier deleted first leaves a gap in the ids, so ids and positions differ.
    let gone = r.d.save_supplier(&Supplier::named("Weg")).expect("gone").id;
    r.d.delete_supplier(gone).expect("delete");
    let late =
        r.d.save_supplier(&Supplier::named("Laat Atelier"))
            .expect("late")
            .id;
    r.d.start_survey(2026, "2026-04-30", "2026-03-01", &[(late, "nl".into())])
        .expect("extend");
    let book = survey::workbook(&r.d, 2026, late).expect("book").bytes;
    let filled = fill(&book, &[("documents_held", "ja", "")]);
    survey::import(&mut r.d, &[("laat.xlsx".into(), filled)], "2026-04-02").expect("import");
    let key = format!("survey:{late}:documents_held");
    r.d.answer_suggestion(
        &ketenkompas::views::risk_suggestions::AnswerInput {
            key: key.clone(),
            answer: ketenkompas::suggestions::SuggestionAnswer::Dismissed,
            reason: "Alleen in een kluis op verzoek van de werknemers.".into(),
            existing_risk: None,
        },
        "2026-04-03",
        Lang::Nl,
    )
    .expect("answer");
    let doc = ketenkompas::exchange::json::export(&r.d).expect("export");
    let text = ketenkompas::exchange::json::to_text(&doc);
    let s = Scratch::new();
    let restored = ketenkompas::exchange::json::import_new(
        &s.path("r.kkdossier"),
        &ketenkompas::exchange::json::parse(&text).expect("parse"),
    )
    .expect("restore");
    let again = ketenkompas::exchange::json::to_text(
        &ketenkompas::exchange::json::export(&restored).expect("export"),
    );
    assert_eq!(again, text, "the same document again");
    let flag = restored
        .suggestions()
        .expect("suggestions")
        .into_iter()
        .find(|s| s.key.ends_with(":documents_held"))
        .expect("the flag");
    let new_id = restored
        .suppliers()
        .expect("suppliers")
        .into_iter()
        .find(|s| s.name == "Laat Atelier")
        .expect("late")
        .id;
    assert_eq!(flag.supplier_id, Some(new_id));
    assert!(
        flag.decision.is_some(),
        "the answer stayed with its supplier"
    );
}

#[test]
fn the_samples_rounds_show_in_reports_reminders_and_the_supplier_page() {
    use ketenkompas::report::{self, ReportFormat, ReportKind};
    const NOW: &str = "2026-12-07T10:00:00Z";
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("sample");
    // 2025 as it was closed on 20 January 2026: six asked, four back, two late.
    let closed = report::model_of(&d, 2025, NOW)
        .expect("2025")
        .surveys
        .expect("round");
    assert_eq!(
        (
            closed.asked,
            closed.returned,
            closed.overdue,
            closed.flagged
        ),
        (6, 4, 2, 2)
    );
    assert_eq!(
        closed.flags,
        [
            ("excessive_hours".to_string(), 1),
            ("home_work_unsupervised".to_string(), 1),
            ("no_grievance_mechanism".to_string(), 1)
        ]
    );
    let open = report::model_of(&d, 2026, NOW)
        .expect("2026")
        .surveys
        .expect("round");
    assert_eq!((open.asked, open.returned, open.flagged), (8, 4, 1));
    // The public report counts the findings and names no supplier.
    let html = report::make(
        &d,
        ReportKind::Communication,
        2026,
        Lang::Nl,
        ReportFormat::Html,
        NOW,
    )
    .expect("public");
    let html = String::from_utf8(html).expect("utf-8");
    // The questionnaire section, up to the next heading.
    let start = html
        .find("Wat leveranciers zelf vertelden")
        .expect("the section");
    let end = html[start..].find("<h2").map_or(html.len(), |e| start + e);
    let section = &html[start..end];
    assert!(
        section
            .contains("Thuiswerk zonder zicht op wie het doet en tegen welk loon: 1 leverancier"),
        "the finding is counted: {section}"
    );
    let names: Vec<String> = d
        .suppliers()
        .expect("suppliers")
        .into_iter()
        .map(|s| s.name)
        .collect();
    for name in names.iter().map(String::as_str).chain([
        "Anadolu Konfeksiyon",
        "Chittagong Workwear",
        "Confecções do Minho",
        "Textielveredeling Gent",
    ]) {
        assert!(!section.contains(name), "{name} is not named");
    }
    // Late questionnaires of the open year are reminders after the due date.
    let late: Vec<String> = d
        .reminders("2026-10-20")
        .expect("reminders")
        .into_iter()
        .filter(|r| r.kind == ketenkompas::reminders::ReminderKind::SurveyOverdue)
        .map(|r| r.subject)
        .collect();
    assert_eq!(
        late,
        ["4"],
        "one reminder for the round, with how many are late"
    );
    assert!(d
        .reminders("2026-10-10")
        .expect("reminders")
        .iter()
        .all(|r| r.kind != ketenkompas::reminders::ReminderKind::SurveyOverdue));
    // The supplier's page sets this year's questionnaire against last year's.
    let chittagong = d
        .suppliers()
        .expect("suppliers")
        .into_iter()
        .find(|s| s.name == "Chittagong Workwear Ltd.")
        .expect("chittagong")
        .id;
    let follow = d.supplier_follow_up(chittagong).expect("follow-up");
    let years: Vec<i32> = follow.questionnaires.iter().map(|q| q.year).collect();
    assert_eq!(years, [2026, 2025]);
    let grievances = |i: usize| {
        follow.questionnaires[i]
            .scores
            .iter()
            .find(|s| s.area == "grievances")
            .and_then(|s| s.score)
    };
    assert_eq!(grievances(1), Some(0), "2025: no mechanism");
    assert_eq!(
        grievances(0),
        Some(75),
        "2026: a mechanism, partly anonymous"
    );
    // The red flag of Izmir was linked to the risk recorded after the visit.
    let flag = d
        .suggestions()
        .expect("suggestions")
        .into_iter()
        .find(|s| s.key.ends_with(":home_work_unsupervised"))
        .expect("flag suggestion");
    assert!(flag.decision.is_some());
}

#[test]
fn a_round_can_ask_the_suppliers_with_a_serious_risk() {
    use ketenkompas::views::survey::RiskFilter;
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("sample");
    let candidates = d.survey_candidates(2026).expect("candidates");
    let risks = d.risk_register(Lang::Nl).expect("register");
    // Each candidate counts the risks recorded at it and their highest severity.
    for c in &candidates {
        let own: Vec<_> = risks
            .rows
            .iter()
            .filter(|r| r.risk.supplier_id == Some(c.supplier_id))
            .collect();
        assert_eq!(c.risks as usize, own.len(), "{}", c.name);
        let highest = own
            .iter()
            .filter_map(|r| r.risk.assessed())
            .map(|a| a.severity())
            .max();
        assert_eq!(c.severity, highest, "{}", c.name);
        assert_eq!(
            c.risk_filters.contains(&RiskFilter::Serious),
            highest.is_some_and(|h| h >= 4),
            "{}",
            c.name
        );
    }
    let serious: Vec<&str> = candidates
        .iter()
        .filter(|c| c.risk_filters.contains(&RiskFilter::Serious))
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        !serious.is_empty(),
        "the sample has suppliers with a serious risk"
    );
    assert!(
        serious.len() < candidates.len(),
        "and suppliers without one: {serious:?}"
    );
    // Those the 2026 round asked are marked as asked (one of its eight has ended since).
    let asked: Vec<i64> = d
        .survey_requests(2026)
        .expect("requests")
        .iter()
        .map(|r| r.supplier_id)
        .collect();
    assert_eq!(asked.len(), 8);
    for c in &candidates {
        assert_eq!(c.asked, asked.contains(&c.supplier_id), "{}", c.name);
    }
    assert_eq!(candidates.iter().filter(|c| c.asked).count(), 7);
    // A supplier whose relationship ended is not a candidate.
    let ended = d
        .suppliers()
        .expect("suppliers")
        .into_iter()
        .filter(|s| s.ended_on.is_some())
        .count();
    assert_eq!(
        candidates.len() + ended,
        d.suppliers().expect("suppliers").len()
    );
}
