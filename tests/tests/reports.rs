//! The three reports of a real dossier, read back as a reader would (`pdftotext`,
//! `pdffonts`): both languages, every chapter with true contents page numbers, the
//! self-contained HTML, the claims check (S5.4) and an empty dossier.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::messages::Lang;
use ketenkompas::model::action::{ActionStatus, MeasureType};
use ketenkompas::model::Action;
use ketenkompas::report::claims::{ClaimPlace, ClaimReason};
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::sample::SAMPLE_COMPANY;
use ketenkompas::Dossier;
use ketenkompas_tests::pdf::{
    assert_fonts_embedded_as_subsets, flat, pdf_text, tool, unresolved_keys,
};
use ketenkompas_tests::Scratch;

const NOW: &str = "2026-11-23T10:00:00Z";
const KINDS: [ReportKind; 3] = [
    ReportKind::Yearly,
    ReportKind::ActionPlan,
    ReportKind::Communication,
];

/// The sample's yearly report of 2026 in Dutch, written to `name` in the scratch folder.
fn yearly_pdf(s: &Scratch, d: &Dossier, name: &str) -> std::path::PathBuf {
    let pdf = report::make(
        d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("yearly");
    let p = s.path(name);
    std::fs::write(&p, &pdf).expect("write");
    p
}

#[test]
fn every_report_in_both_languages_names_the_company_and_the_first_priority() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let register = d.risk_register(Lang::Nl).expect("register");
    let first = register
        .rows
        .iter()
        .find(|r| {
            r.ranked.is_some()
                && r.risk.decision == ketenkompas::model::risk::Decision::Prioritised
                && !r.risk.sensitive
        })
        .expect("a prioritised risk");
    for year in [2025, 2026] {
        for lang in [Lang::Nl, Lang::En] {
            for kind in KINDS {
                let pdf = report::make(&d, kind, year, lang, ReportFormat::Pdf, NOW)
                    .unwrap_or_else(|e| panic!("{kind:?} {year} {lang:?}: {e}"));
                let name = format!("{kind:?}-{year}-{lang:?}.pdf");
                let text = flat(&pdf_text(&s, &name, &pdf));
                assert!(text.contains(SAMPLE_COMPANY), "{name} lacks the company");
                assert!(
                    text.contains(&first.risk.title),
                    "{name} lacks the first priority {:?}",
                    first.risk.title
                );
                assert_eq!(unresolved_keys(&text), Vec::<String>::new(), "{name}");
                let p = s.path(&name);
                assert_fonts_embedded_as_subsets(p.to_str().expect("path"));
            }
        }
    }
}

#[test]
fn the_yearly_report_has_every_chapter_and_its_contents_name_the_real_pages() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let p = yearly_pdf(&s, &d, "yearly.pdf");
    let path = p.to_str().expect("path");
    let info = tool("pdfinfo", &[path]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("page count");
    let page_text = |n: usize| {
        let n = n.to_string();
        flat(&tool("pdftotext", &["-f", &n, "-l", &n, path, "-"]))
    };
    let contents = tool("pdftotext", &["-f", "2", "-l", "2", "-layout", path, "-"]);
    let chapters = [
        "Het jaar in één oogopslag",
        "Over dit verslag",
        "Stap 1 · Beleid en verankering",
        "Stap 2 · Risico's in kaart en op volgorde",
        "Stap 3 · Maatregelen",
        "Stap 4 · Voortgang en resultaat",
        "Stap 5 · Communicatie",
        "Stap 6 · Herstel",
        "Dilemma's en wat niet werkte",
        "Plannen voor volgend jaar",
        "Bijlage A · Werkwijze",
        "Bijlage B · Gebruikte bronnen",
        "Bijlage C · Verwijzing naar rapportagekaders",
    ];
    for ch in chapters {
        let line = contents
            .lines()
            .find(|l| flat(l).starts_with(ch))
            .unwrap_or_else(|| panic!("contents lack {ch:?}: {contents}"));
        let listed: usize = line
            .split_whitespace()
            .last()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no page number on {line:?}"));
        assert!(listed <= pages);
        let page = page_text(listed);
        // The chapter heading is the first text after the running header.
        assert!(
            page.contains(ch),
            "contents say {ch:?} is on page {listed}, but that page reads: {page}"
        );
    }
    let all = flat(&tool("pdftotext", &[path, "-"]));
    for id in ["A1, A2, C1", "C6", "S2-1", "S2-3", "S2-5", "B1, C1", "C7"] {
        assert!(all.contains(id), "framework index lacks {id}");
    }
    assert!(all.contains(&format!("Pagina {pages} van {pages}")));
    assert!(
        all.contains("World Bank"),
        "the sources annex names its publishers"
    );
}

#[test]
fn the_communication_report_is_one_self_contained_html_file() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let html = report::make(
        &d,
        ReportKind::Communication,
        2025,
        Lang::En,
        ReportFormat::Html,
        NOW,
    )
    .expect("html");
    let html = String::from_utf8(html).expect("utf-8");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains(SAMPLE_COMPANY));
    assert!(html.contains("<svg"), "charts are inline SVG");
    for outside in ["<script", "src=", "<link", "url(", "@import"] {
        assert!(!html.contains(outside), "{outside} would load something");
    }
    for kind in [ReportKind::Yearly, ReportKind::ActionPlan] {
        let e = report::make(&d, kind, 2025, Lang::Nl, ReportFormat::Html, NOW)
            .expect_err("html only for the communication report");
        assert_eq!(e.code(), "report.html_only_communication");
    }
}

#[test]
fn claims_without_a_kpi_or_evidence_are_listed_before_export() {
    let s = Scratch::new();
    let mut d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let risk = d
        .risk_register(Lang::Nl)
        .expect("register")
        .rows
        .into_iter()
        .find(|r| r.ranked.is_some() && !r.risk.sensitive)
        .expect("risk")
        .risk;
    let done = |title: &str| Action {
        id: 0,
        risk_id: risk.id,
        title: title.into(),
        measure: MeasureType::SupplierTraining,
        owner: None,
        people: None,
        budget_eur: None,
        start_on: None,
        deadline: None,
        status: ActionStatus::Done,
        goal: None,
        kpi_id: None,
        stakeholders: None,
        supplier_id: None,
        sensitive: false,
        exit: None,
    };
    d.save_action(&done("Training zonder onderbouwing"))
        .expect("action");
    let backed = d
        .save_action(&done("Training met bewijsstuk"))
        .expect("action");
    d.add_evidence(
        backed.id,
        "presentielijst.pdf",
        b"%PDF-1.4 lijst",
        "2026-03-02",
    )
    .expect("evidence");
    let claims = report::claims(&d, 2026, NOW).expect("claims");
    let results: Vec<&str> = claims
        .iter()
        .filter(|c| c.reason == ClaimReason::ResultWithoutBacking)
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        results.contains(&"Training zonder onderbouwing"),
        "{claims:?}"
    );
    assert!(!results.contains(&"Training met bewijsstuk"), "{claims:?}");
    // The sample's draft for 2026 promises full traceability.
    assert!(
        claims
            .iter()
            .any(|c| c.place == ClaimPlace::Review && c.word.as_deref() == Some("volledig")),
        "{claims:?}"
    );
}

#[test]
fn an_empty_dossier_still_gets_every_chapter_saying_plainly_that_nothing_is_recorded() {
    let s = Scratch::new();
    let d = Dossier::create(&s.path("leeg.kkdossier"), "Lege Winkel B.V.", 2026).expect("create");
    let pdf = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("yearly");
    let text = flat(&pdf_text(&s, "leeg.pdf", &pdf));
    for said in [
        "Stap 1 · Beleid en verankering",
        "Er is nog geen beleid vastgelegd.",
        "Er zijn nog geen ketens in kaart gebracht.",
        "Er zijn nog geen risico's vastgelegd.",
        "Er zijn nog geen maatregelen vastgelegd.",
        "Er zijn nog geen meetbare doelen vastgelegd.",
        "Stap 6 · Herstel",
        "Er zijn voor dit jaar geen dilemma's beschreven.",
        "Er zijn voor volgend jaar nog geen plannen beschreven.",
        "Bijlage C · Verwijzing naar rapportagekaders",
    ] {
        assert!(text.contains(said), "missing {said:?}");
    }
    assert_eq!(unresolved_keys(&text), Vec::<String>::new());
}

#[test]
fn the_yearly_report_opens_with_the_year_at_a_glance_in_counts_from_the_registers() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("glance.kkdossier")).expect("open");
    let p = yearly_pdf(&s, &d, "glance.pdf");
    let path = p.to_str().expect("path");
    // The page after the contents: the year at a glance.
    let page = flat(&tool("pdftotext", &["-f", "3", "-l", "3", path, "-"]));
    assert!(page.contains("Het jaar in één oogopslag"), "{page}");
    let register = d.risk_register(Lang::Nl).expect("register");
    let risks = register.rows.len();
    let assessed = register
        .rows
        .iter()
        .filter(|r| r.risk.assessment.is_some())
        .count();
    assert!(
        page.contains(&format!(
            "Risico's: {risks} vastgelegd, {assessed} beoordeeld"
        )),
        "{page}"
    );
    let suppliers = d
        .suppliers()
        .expect("suppliers")
        .iter()
        .filter(|s| s.ended_on.is_none())
        .count();
    assert!(
        page.contains(&format!("Keten: {suppliers} actieve leveranciers")),
        "{page}"
    );
    // The first prioritised risk is named, with what is done about it.
    let first = register
        .rows
        .iter()
        .filter(|r| r.risk.decision == ketenkompas::model::risk::Decision::Prioritised)
        .filter_map(|r| r.ranked.as_ref().map(|k| (k.rank, &r.risk.title)))
        .min()
        .expect("a prioritised risk");
    assert!(
        page.contains(first.1.as_str()),
        "{} not on: {page}",
        first.1
    );
    assert!(page.contains("De ernstigste risico's en wat eraan gebeurt"));
    // And what comes next year, pointing to the chapter that says more.
    assert!(page.contains("Volgend jaar (2027):"), "{page}");
    assert!(page.contains("Plannen voor volgend jaar"), "{page}");
}
