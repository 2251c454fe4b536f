//! The yearly report at every size (R1–R3): a main body of at most 40 pages for the
//! generated L and XL dossiers, the most important risks in full, every prioritised risk
//! named in the annex of risks (at L: at XL that annex alone runs to a thousand pages),
//! summaries whose totals are those of the registers, and no page left more than half
//! empty except before a new chapter.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::messages::Lang;
use ketenkompas::model::risk::Decision;
use ketenkompas::report::annex::{self, Annex};
use ketenkompas::report::layout::{Item, Laid, PAGE_H};
use ketenkompas::report::{self, ReportFormat, ReportKind, ReportOptions};
use ketenkompas::Dossier;
use ketenkompas_tests::large::{self, Size};
use ketenkompas_tests::pdf::tool;
use ketenkompas_tests::Scratch;

const NOW: &str = "2026-12-06T10:00:00Z";

fn page_text(laid: &Laid, page: usize) -> String {
    laid.pages[page]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of the pages `pages` (0 = first).
fn text_of(laid: &Laid, pages: std::ops::Range<usize>) -> String {
    pages
        .map(|p| page_text(laid, p))
        .collect::<Vec<_>>()
        .join(" ")
}

fn all_text(laid: &Laid) -> String {
    text_of(laid, 0..laid.pages.len())
}

/// The page (1 = first) of the first heading of level 1 that starts with `text`.
fn chapter(laid: &Laid, text: &str) -> usize {
    laid.headings
        .iter()
        .find(|h| h.level == 1 && h.text.starts_with(text))
        .unwrap_or_else(|| panic!("no chapter {text}"))
        .page
}

/// The lowest point of the body text on a page, as a share of the page height from the
/// top (the running header and footer left out).
fn filled(laid: &Laid, page: usize) -> f32 {
    let lowest = laid.pages[page]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { y, size, .. } if *size > 8.5 => Some(*y),
            Item::Line { y1, y2, .. } if *y1 > 50.0 && *y1 < PAGE_H - 50.0 => Some(y1.min(*y2)),
            Item::Fill { y, .. } | Item::Shade { y, .. } => Some(*y),
            Item::Path { points, .. } => points.iter().map(|p| p.1).reduce(f32::min),
            _ => None,
        })
        .fold(PAGE_H, f32::min);
    (PAGE_H - lowest) / PAGE_H
}

/// No page is more than half empty unless a chapter starts on the next one (or it is the
/// cover, the contents or the last page).
fn assert_no_half_empty_page(laid: &Laid, what: &str) {
    let chapter_starts: Vec<usize> = laid
        .headings
        .iter()
        .filter(|h| h.level == 1)
        .map(|h| h.page)
        .collect();
    for page in 2..laid.pages.len() - 1 {
        // Pages are 1-based in the headings: page + 2 is the page after this one.
        if chapter_starts.contains(&(page + 2)) {
            continue;
        }
        assert!(
            filled(laid, page) > 0.5,
            "{what}: page {} is more than half empty before a page that starts no chapter",
            page + 1
        );
    }
}

/// Checks the main body of one generated dossier and, when `with_annex`, its annex of
/// risks.
fn check(size: Size, name: &str, with_annex: bool) {
    let s = Scratch::new();
    let path = s.path(&format!("{name}.kkdossier"));
    drop(large::create(&path, size, 2026));
    let d = Dossier::open(&path).expect("open");
    let m = report::model_of(&d, 2026, NOW).expect("model");
    let body = report::preview(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        NOW,
        Some(&ReportOptions::default()),
    )
    .expect("main body");
    // The main body ends before the annexes, whose first three are always there.
    let main_pages = chapter(&body, "Bijlage A") - 1;
    assert!(main_pages <= 40, "{name}: main body of {main_pages} pages");
    assert_no_half_empty_page(&body, name);
    // The measure itself sees the short last pages of chapters.
    assert!(
        (2..body.pages.len()).any(|p| filled(&body, p) < 0.5),
        "{name}: no short page found at all"
    );
    let text = all_text(&body);

    // The most important risks in full, each under its own heading, in ranked order.
    let full = annex::in_full(&m);
    assert_eq!(full.len(), annex::IN_FULL, "{name}");
    let heads: Vec<&str> = body
        .headings
        .iter()
        .filter(|h| h.level == 3)
        .map(|h| h.text.as_str())
        .collect();
    for r in &full {
        let head = format!("{}. {}", r.rank.expect("ranked"), r.title);
        assert!(
            heads.iter().any(|h| h.starts_with(&head)),
            "{name}: {head} not worked out in full"
        );
        assert!(r.prioritised() || r.severity == Some(5) || r.actual);
    }
    // Where the rest is.
    assert!(
        text.contains("Het hele register staat in Ketenkompas (‘Risicoregister’)"),
        "{name}: the report does not say where the register is"
    );

    // The summaries count the whole register.
    let recorded = m.risks.len();
    let prioritised = m.risks.iter().filter(|r| r.prioritised()).count();
    let deferred = m
        .risks
        .iter()
        .filter(|r| r.decision == Decision::Deferred)
        .count();
    assert!(
        text.contains(&format!(
            "Risico's: {recorded} vastgelegd, {recorded} beoordeeld, {prioritised} met voorrang aangepakt, {deferred} uitgesteld."
        )),
        "{name}: the year at a glance does not count the register"
    );
    let actual = m.risks.iter().filter(|r| r.actual).count();
    let sev5 = m.risks.iter().filter(|r| r.severity == Some(5)).count();
    let total_row = format!("Totaal {recorded} {prioritised} {deferred} {sev5} {actual}");
    assert_eq!(
        text.matches(&total_row).count(),
        2,
        "{name}: the totals by theme and by country are not those of the register"
    );
    assert!(
        text.contains(&format!("In totaal {} maatregelen", m.actions.len())),
        "{name}: the action plan does not count every measure"
    );

    if !with_annex {
        return;
    }
    // With the annex of risks every prioritised risk is named, a row each.
    let with = report::preview(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        NOW,
        Some(&ReportOptions {
            annexes: vec![Annex::Risks],
        }),
    )
    .expect("with the annex of risks");
    let annex_page = chapter(&with, "Bijlage D · Alle risico's");
    assert!(
        annex_page > chapter(&with, "Bijlage C"),
        "{name}: the annex follows A to C"
    );
    // The generated titles start "Risico 12:", which the annex keeps on one line.
    let mut named = std::collections::HashSet::new();
    for p in annex_page - 1..with.pages.len() {
        let text = page_text(&with, p);
        let words: Vec<&str> = text.split(' ').collect();
        for pair in words.windows(2) {
            if pair[0] == "Risico" {
                named.insert(format!("Risico {}", pair[1]));
            }
        }
    }
    for r in m.risks.iter().filter(|r| r.prioritised()) {
        let head = r.title.split(' ').take(2).collect::<Vec<_>>().join(" ");
        assert!(named.contains(&head), "{name}: {} not named", r.title);
    }
    assert!(
        text_of(&with, 0..chapter(&with, "Bijlage A") - 1)
            .contains("Het hele register staat in bijlage D."),
        "{name}: the main body does not point to the annex"
    );
    assert_no_half_empty_page(&with, name);
}

/// The action plan gives its first prioritised risks each a section and the others a
/// row each; the communication report stays short.
fn check_plan_and_public(size: Size, name: &str, plan_pages: usize, public_pages: usize) {
    let s = Scratch::new();
    let path = s.path(&format!("{name}.kkdossier"));
    drop(large::create(&path, size, 2026));
    let d = Dossier::open(&path).expect("open");
    let m = report::model_of(&d, 2026, NOW).expect("model");
    let plan =
        report::preview(&d, ReportKind::ActionPlan, 2026, Lang::Nl, NOW, None).expect("plan");
    assert!(
        plan.pages.len() <= plan_pages,
        "{name}: action plan of {} pages",
        plan.pages.len()
    );
    let prioritised: Vec<_> = m.risks.iter().filter(|r| r.prioritised()).collect();
    for r in prioritised.iter().take(annex::IN_FULL) {
        let head = format!("{}. {}", r.rank.expect("ranked"), r.title);
        assert!(
            plan.headings.iter().any(|h| h.level == 2 && h.text == head),
            "{name}: {head} has no section in the action plan"
        );
    }
    let text = all_text(&plan);
    assert!(
        text.contains(&format!(
            "Nog {} aangepakte risico's",
            prioritised.len() - annex::IN_FULL
        )),
        "{name}: the other prioritised risks are not counted"
    );
    let public =
        report::preview(&d, ReportKind::Communication, 2026, Lang::Nl, NOW, None).expect("public");
    assert!(
        public.pages.len() <= public_pages,
        "{name}: communication report of {} pages",
        public.pages.len()
    );
    let public_text = all_text(&public);
    assert!(public_text.contains("De overige staan niet afzonderlijk in dit verslag."));
    // The public report still counts every public measure.
    let public_model = m.public();
    assert!(
        public_text.contains(&format!(
            "In totaal {} maatregelen",
            public_model.actions.len()
        )),
        "{name}: the communication report does not count the measures"
    );
}

#[test]
fn a_large_dossier_gets_a_main_body_of_at_most_forty_pages() {
    check(Size::L, "L", true);
}

#[test]
fn the_largest_dossier_gets_a_main_body_of_at_most_forty_pages() {
    check(Size::XL, "XL", false);
}

#[test]
fn the_action_plan_and_the_communication_report_stay_readable_at_l_and_xl() {
    check_plan_and_public(Size::L, "L", 20, 20);
    check_plan_and_public(Size::XL, "XL", 20, 20);
}

#[test]
fn registers_the_body_shows_whole_are_no_annex_by_default_and_larger_ones_are() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let m = report::model_of(&d, 2026, NOW).expect("model");
    // The sample's actions and KPIs are all in the main body; its suppliers are only
    // counted there, and one risk not yet assessed is only counted: both get an annex.
    assert_eq!(
        report::default_options(&m).annexes,
        vec![Annex::Suppliers, Annex::Risks]
    );
    let offer = annex::offer(&m, annex::DEFAULT_LIMIT);
    assert!(offer.annexes.iter().all(|a| a.rows > 0));
    let included: Vec<Annex> = offer
        .annexes
        .iter()
        .filter(|a| a.included)
        .map(|a| a.annex)
        .collect();
    assert_eq!(included, vec![Annex::Suppliers, Annex::Risks]);
    assert!(offer
        .annexes
        .iter()
        .all(|a| a.in_body == matches!(a.annex, Annex::Actions | Annex::Kpis)));
    assert_eq!(
        ReportOptions::up_to(&m, 3).annexes,
        Vec::<Annex>::new(),
        "a limit below the register's size leaves it out"
    );
    let laid = report::preview(&d, ReportKind::Yearly, 2026, Lang::Nl, NOW, None).expect("pages");
    assert_no_half_empty_page(&laid, "sample");
    let text = all_text(&laid);
    assert!(text.contains("Bijlage D · Alle leveranciers"), "{text}");
    assert!(text.contains("Bijlage E · Alle risico's"), "{text}");
    // The sample's first year is closed: the glance sets the two years side by side.
    assert!(text.contains("Vergeleken met vorig jaar"), "{text}");
    // The glance names the company and how deep its chain is mapped.
    let glance = page_text(&laid, chapter(&laid, "Het jaar in één oogopslag") - 1);
    assert!(
        glance.contains("Bedrijf: Zeeland Werkkleding B.V. — Textiel en kleding"),
        "{glance}"
    );
    assert!(
        glance.contains(&format!(
            "waarvan {} verder in de keten dan de directe leveranciers",
            m.suppliers.deeper
        )),
        "{glance}"
    );

    // The file says what it is, in which language, and opens with a bookmark for every
    // chapter and annex.
    let pdf = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("pdf");
    let file = s.path("s.pdf");
    std::fs::write(&file, &pdf).expect("write");
    let info = tool("pdfinfo", &[file.to_str().expect("path")]);
    for line in [
        "Title:           Zeeland Werkkleding B.V. · Jaarverslag gepaste zorgvuldigheid 2026",
        "Subject:         Jaarverslag over gepaste zorgvuldigheid in de keten",
        "Author:          Zeeland Werkkleding B.V.",
    ] {
        assert!(info.contains(line), "{info}");
    }
    let raw = String::from_utf8_lossy(&pdf);
    assert!(raw.contains("/Lang(nl-NL)"), "no language in the catalog");
    assert!(raw.contains("/PageMode/UseOutlines"), "bookmarks not shown");
    let chapters = laid.headings.iter().filter(|h| h.level == 1).count();
    assert!(
        raw.contains(&format!("/Type/Outlines/Count {chapters}")),
        "a bookmark for each of the {chapters} chapters"
    );
    let en = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::En,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("pdf");
    assert!(String::from_utf8_lossy(&en).contains("/Lang(en-GB)"));
}

#[test]
fn closing_an_earlier_year_later_never_changes_a_closed_years_report() {
    let s = Scratch::new();
    let path = s.path("order.kkdossier");
    let mut d = Dossier::create(&path, "Volgorde B.V.", 2025).expect("create");
    d.add_year(2026).expect("2026");
    // 2026 is closed first; 2025 only afterwards.
    d.close_year(2026, "2027-01-20T10:00:00Z")
        .expect("close 2026");
    let make = |d: &Dossier| {
        report::make(
            d,
            ReportKind::Yearly,
            2026,
            Lang::Nl,
            ReportFormat::Pdf,
            NOW,
        )
        .expect("pdf")
    };
    let before = make(&d);
    d.close_year(2025, "2027-02-01T10:00:00Z")
        .expect("close 2025");
    assert!(make(&d) == before, "the closed 2026 report changed");
    let m = report::model_of(&d, 2026, NOW).expect("model");
    assert_eq!(
        m.previous, None,
        "a year closed later is not its comparison"
    );
}
