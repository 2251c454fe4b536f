//! The search over the whole dossier and the answers to many suggestions at once, on real
//! dossier files.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::dashboard::place::TABS;
use ketenkompas::messages::Lang;
use ketenkompas::model::risk::Theme;
use ketenkompas::model::Supplier;
use ketenkompas::suggestions::SuggestionAnswer;
use ketenkompas::views::risk_suggestions::AnswerInput;
use ketenkompas::views::search::{SearchHit, PER_KIND};
use ketenkompas::Dossier;
use ketenkompas_tests::{open_risk, Scratch};

fn kinds(hits: &[SearchHit]) -> Vec<&str> {
    let mut k: Vec<&str> = hits.iter().map(|h| h.kind.as_str()).collect();
    k.dedup();
    k
}

#[test]
fn the_search_finds_records_of_every_register_and_names_where_they_are() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("zoek.kkdossier")).expect("sample");
    let found = d.search("katoen").expect("search");
    let k = kinds(&found.hits);
    assert!(k.contains(&"risk"), "{k:?}");
    assert!(k.contains(&"supplier"), "{k:?}");
    assert!(k.contains(&"action"), "{k:?}");
    // Every hit lands on a tab of its step, and a risk opens its own form.
    for h in &found.hits {
        let step: usize = h
            .place
            .screen
            .strip_prefix("step")
            .and_then(|n| n.parse().ok())
            .expect("a step");
        let tab = h.place.tab.as_deref().expect("a tab");
        assert!(TABS[step - 1].contains(&tab), "{h:?}");
        assert!(!h.title.is_empty(), "{h:?}");
    }
    let risk = found
        .hits
        .iter()
        .find(|h| h.kind == "risk")
        .expect("a risk");
    assert_eq!(risk.place.record, Some(risk.id));
    // Letter case does not count.
    assert_eq!(d.search("KATOEN").expect("search"), found);
    // Too short a question finds nothing; characters SQL would read as patterns or
    // quotes are just characters.
    assert!(d.search(" k ").expect("short").hits.is_empty());
    for odd in ["%%", "__", "' OR 1=1 --", "\\%"] {
        assert!(d.search(odd).expect("odd").hits.is_empty(), "{odd}");
    }
    // A very long question is cut, not refused.
    assert!(d.search(&"x".repeat(5000)).expect("long").hits.is_empty());
}

#[test]
fn accents_and_other_scripts_are_found_and_a_text_match_shows_its_words() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("z.kkdossier"), "Zoek B.V.", 2026).expect("create");
    for name in [
        "Tecelagem São João Lda.",
        "上海纺织厂",
        "مصنع القاهرة للنسيج",
    ] {
        d.save_supplier(&Supplier::named(name)).expect("supplier");
    }
    let names = |q: &str| -> Vec<String> {
        d.search(q)
            .expect("search")
            .hits
            .into_iter()
            .map(|h| h.title)
            .collect()
    };
    assert_eq!(names("sao joao"), vec!["Tecelagem São João Lda."]);
    assert_eq!(names("SÃO"), vec!["Tecelagem São João Lda."]);
    assert_eq!(names("纺织"), vec!["上海纺织厂"]);
    assert_eq!(names("القاهرة"), vec!["مصنع القاهرة للنسيج"]);

    let mut risk = open_risk("Lange werkdagen in de naaiatelier", Theme::HealthSafety);
    risk.description = Some(
        "In het hoogseizoen werken de naaisters vaak twaalf uur per dag, zes dagen per \
         week, zonder dat het overwerk apart wordt betaald."
            .into(),
    );
    d.save_risk(&risk).expect("risk");
    let hit = d.search("overwerk").expect("search").hits.remove(0);
    assert_eq!(hit.kind, "risk");
    assert_eq!(hit.title, "Lange werkdagen in de naaiatelier");
    let snippet = hit.snippet.expect("the words around the match");
    assert!(snippet.contains("overwerk"), "{snippet}");
    // A match in the title needs no snippet.
    let hit = d.search("werkdagen").expect("search").hits.remove(0);
    assert_eq!(hit.snippet, None);
}

#[test]
fn a_kind_with_many_matches_shows_the_first_and_says_there_are_more() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("veel.kkdossier"), "Veel B.V.", 2026).expect("create");
    for i in 0..PER_KIND + 5 {
        d.save_risk(&open_risk(&format!("Lekkage {i}"), Theme::Environment))
            .expect("risk");
    }
    let found = d.search("lekkage").expect("search");
    assert_eq!(found.hits.len(), PER_KIND);
    assert_eq!(found.more, vec!["risk".to_string()]);
    // A dossier opened read-only can be searched too.
    drop(d);
    let r = Dossier::open_for_reading(&s.path("veel.kkdossier")).expect("read");
    assert_eq!(r.search("lekkage").expect("search").hits.len(), PER_KIND);
}

#[test]
fn many_suggestions_are_answered_at_once_and_a_bad_one_leaves_all_open() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("bulk.kkdossier")).expect("sample");
    let open: Vec<String> = d
        .suggestions()
        .expect("suggestions")
        .into_iter()
        .filter(|x| x.decision.is_none())
        .map(|x| x.key)
        .collect();
    assert!(open.len() >= 4, "{}", open.len());
    let input = |key: &str, answer| AnswerInput {
        key: key.to_string(),
        answer,
        reason: "Besproken in het MVO-overleg van maart.".into(),
        existing_risk: None,
    };
    // One unknown key: nothing is stored.
    let mut batch: Vec<AnswerInput> = open[..3]
        .iter()
        .map(|k| input(k, SuggestionAnswer::Dismissed))
        .collect();
    batch.push(input("no:such:key", SuggestionAnswer::Dismissed));
    let err = d
        .answer_suggestions(&batch, "2026-03-10", Lang::Nl)
        .expect_err("refused");
    assert_eq!(err.code(), "input.invalid");
    let still_open = |d: &Dossier| {
        d.suggestions()
            .expect("suggestions")
            .into_iter()
            .filter(|x| x.decision.is_none())
            .count()
    };
    assert_eq!(still_open(&d), open.len());
    // Without it, three are dismissed and one accepted together.
    batch.pop();
    batch.push(input(&open[3], SuggestionAnswer::Accepted));
    let risks_before = d.risk_register(Lang::Nl).expect("risks").rows.len();
    let ids = d
        .answer_suggestions(&batch, "2026-03-10", Lang::Nl)
        .expect("answered");
    assert_eq!(ids[..3], [None, None, None]);
    assert!(ids[3].is_some());
    assert_eq!(still_open(&d), open.len() - 4);
    assert_eq!(
        d.risk_register(Lang::Nl).expect("risks").rows.len(),
        risks_before + 1
    );
}

#[test]
fn notes_on_one_measure_are_found_each_and_a_grievance_only_by_its_number() {
    use ketenkompas::model::action::Effectiveness;
    use ketenkompas::model::ActionUpdate;
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("noten.kkdossier")).expect("sample");
    for day in ["2026-10-01", "2026-11-01"] {
        d.save_action_update(&ActionUpdate {
            id: 0,
            action_id: 1,
            written_on: day.into(),
            progress: "Zebrapad bij de nooduitgang geschilderd.".into(),
            effectiveness: Effectiveness::NotJudged,
        })
        .expect("note");
    }
    let found = d.search("zebrapad").expect("search");
    let notes: Vec<&SearchHit> = found.hits.iter().filter(|h| h.kind == "progress").collect();
    assert_eq!(notes.len(), 2);
    assert_ne!(notes[0].id, notes[1].id, "each note is its own hit");
    assert!(
        notes.iter().all(|h| h.place.record == Some(1)),
        "both open measure 1"
    );

    // A grievance is found by its confidential text but shown by its number only.
    let found = d.search("overuren in september").expect("search");
    let g = found
        .hits
        .iter()
        .find(|h| h.kind == "grievance")
        .expect("the grievance");
    assert_eq!(g.title, format!("#{}", g.id));
    assert_eq!(g.snippet, None);
    // The reporter's kind (anonymous, confidential) is not searched.
    assert!(d
        .search("anonymous")
        .expect("search")
        .hits
        .iter()
        .all(|h| h.kind != "grievance"));
}

#[test]
fn every_fact_of_the_sample_reads_without_a_placeholder_in_both_languages() {
    use ketenkompas::messages::Messages;
    use ketenkompas::views::risk_suggestions::fact_text;
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("feiten.kkdossier")).expect("sample");
    let mut facts = Vec::new();
    for sug in d.suggestions().expect("suggestions") {
        facts.extend(sug.facts);
    }
    for c in ["BD", "IN", "TR", "BW", "CN", "AQ", "NL"] {
        facts.extend(ketenkompas::mapping::country_risk(c, &[]).facts);
    }
    let codes: std::collections::BTreeSet<&str> = facts.iter().map(|f| f.code.as_str()).collect();
    assert!(
        codes.contains("kpmg_sector") && codes.contains("ilab_profile_no_share"),
        "{codes:?}"
    );
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        for f in &facts {
            let text = fact_text(&m, lang, f);
            assert!(!text.contains('{'), "{lang:?} {}: {text}", f.code);
            assert!(!text.contains("Unavailable"), "{lang:?}: {text}");
        }
    }
    // In Dutch a decimal has a comma.
    let nl = fact_text(
        &Messages::new(Lang::Nl),
        Lang::Nl,
        &ketenkompas::mapping::country_risk("IN", &[])
            .facts
            .into_iter()
            .find(|f| f.code == "ilab_profile")
            .expect("profile"),
    );
    assert!(nl.contains(','), "{nl}");
}
