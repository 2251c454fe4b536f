//! Country names as supplier lists write them: ISO codes and names, the UN's and the
//! World Bank's names, former names, and everyday English and Dutch forms, in any case,
//! with or without accents, hyphens and apostrophes.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::suppliers;
use ketenkompas::reference::countries;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.expect("row").iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn at_least_two_hundred_spellings_resolve_to_their_country() {
    let list = csv_rows(include_str!("../fixtures/country_spellings.csv"));
    assert!(list.len() >= 200, "only {} spellings", list.len());
    let wrong: Vec<String> = list
        .iter()
        .filter_map(|row| {
            let got = countries::resolve(&row[0]).map(|c| c.alpha2.as_str());
            (got != Some(row[1].as_str()))
                .then(|| format!("{:?} -> {got:?}, not {}", row[0], row[1]))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_shipped_spelling_names_its_source_and_leads_to_its_own_country() {
    let aliases = csv_rows(include_str!(
        "../../src-tauri/core/reference-data/countries/aliases.csv"
    ));
    let mut kinds = std::collections::BTreeSet::new();
    for row in &aliases {
        let [spelling, code, kind, source] = row.as_slice() else {
            panic!("four columns: {row:?}");
        };
        assert!(!source.trim().is_empty(), "{spelling}: a source");
        kinds.insert(kind.clone());
        assert_eq!(
            countries::resolve(spelling).map(|c| c.alpha2.as_str()),
            Some(code.as_str()),
            "{spelling} ({kind}) is taken by another country"
        );
    }
    let expected: std::collections::BTreeSet<String> =
        ["en", "former", "ilab", "nl", "un", "world_bank"]
            .iter()
            .map(|k| k.to_string())
            .collect();
    assert_eq!(kinds, expected);
}

#[test]
fn names_that_are_ambiguous_or_no_country_are_not_guessed() {
    for text in [
        "Congo", "Korea", "Europa", "EU", "Mars", "Azië", "Dubai", "",
    ] {
        assert_eq!(
            countries::resolve(text).map(|c| c.alpha2.as_str()),
            None,
            "{text:?} is not one country"
        );
    }
}

#[test]
fn a_list_with_the_worlds_spellings_imports_with_their_codes() {
    let s = Scratch::new();
    let mut d = Dossier::create(&s.path("d.kkdossier"), "Landen B.V.", 2026).expect("create");
    let list = "naam;land\n\
        Seoul Sewing;Korea, Rep.\n\
        Bursa Örme;Türkiye\n\
        Yangon Garments;Burma\n\
        Leeds Wool;Engeland\n\
        Abidjan Cacao;Côte d’Ivoire\n\
        Kinshasa Cobalt;Congo, Dem. Rep.\n\
        Bissau Cashew;Guinea Bissau\n\
        Kandy Tea;Ceylon\n";
    let report = suppliers::import(&mut d, list.as_bytes(), false).expect("import");
    assert_eq!((report.new, report.invalid), (8, 0), "{:#?}", report.rows);
    let mut codes: Vec<String> = d
        .suppliers()
        .expect("list")
        .into_iter()
        .filter_map(|s| s.country)
        .collect();
    codes.sort();
    assert_eq!(codes, ["CD", "CI", "GB", "GW", "KR", "LK", "MM", "TR"]);
}
