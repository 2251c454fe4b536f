//! The three reports of a real dossier, read back as a reader would (`pdftotext`,
//! `pdffonts`), the public report's safety rules (S5.3), the claims check (S5.4), and
//! closing a year (D3): the frozen year's reports are byte-identical whatever happens
//! to the dossier afterwards.

use std::process::Command;

use ketenkompas::exchange::json;
use ketenkompas::messages::Lang;
use ketenkompas::model::action::{ActionStatus, Effectiveness, MeasureType};
use ketenkompas::model::stakeholder::StakeholderKind;
use ketenkompas::model::year::YearReview;
use ketenkompas::model::{Action, ActionUpdate, ContextEntry, Engagement, Stakeholder, YearStatus};
use ketenkompas::report::claims::{ClaimPlace, ClaimReason};
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::sample::{CLOSED_2025, SAMPLE_COMPANY};
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

const NOW: &str = "2026-11-23T10:00:00Z";
const KINDS: [ReportKind; 3] = [
    ReportKind::Yearly,
    ReportKind::ActionPlan,
    ReportKind::Communication,
];

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} (poppler-utils) is needed: {e}"));
    assert!(out.status.success(), "{name} failed: {:?}", out);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF as `pdftotext` reads it, with lines joined by spaces.
fn pdf_text(s: &Scratch, name: &str, bytes: &[u8]) -> String {
    let p = s.path(name);
    std::fs::write(&p, bytes).expect("write pdf");
    if let Ok(dir) = std::env::var("KK_KEEP_PDF") {
        let _ = std::fs::copy(&p, std::path::Path::new(&dir).join(name));
    }
    tool("pdftotext", &[p.to_str().expect("path"), "-"])
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text without any white space, so that a word cut over two lines of a narrow
/// table column is still found.
fn solid(text: &str) -> String {
    text.split_whitespace().collect()
}

/// A message key that was not found shows as itself: lower-case words with hyphens.
fn unresolved_keys(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|w| {
            let parts: Vec<&str> = w.split('-').collect();
            parts.len() >= 2
                && parts.iter().all(|p| {
                    !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                })
                && [
                    "ch", "col", "step", "plan", "public", "risk", "risks", "cover", "fig",
                ]
                .contains(&parts[0])
        })
        .map(String::from)
        .collect()
}

#[test]
fn every_report_in_both_languages_names_the_company_and_the_first_priority() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let register = d.risk_register(Lang::Nl).expect("register");
    let first = register
        .rows
        .iter()
        .find(|r| r.ranked.is_some() && !r.risk.sensitive)
        .expect("a ranked risk");
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
                let fonts = tool("pdffonts", &[p.to_str().expect("path")]);
                for line in fonts.lines().skip(2) {
                    assert!(
                        line.contains(" yes yes "),
                        "{name}: a font is not embedded as a subset: {line}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_yearly_report_has_every_chapter_and_its_contents_name_the_real_pages() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let pdf = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("yearly");
    let p = s.path("yearly.pdf");
    std::fs::write(&p, &pdf).expect("write");
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
    d.save_action(&Action {
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
    })
    .expect("action");
    d.save_action(&Action {
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
    for (who, about) in [(hidden.id, "hiddentalk"), (named.id, "talkabout")] {
        d.save_engagement(&Engagement {
            id: 0,
            stakeholder_id: who,
            held_on: "2026-05-05".into(),
            step: 2,
            about: mark(about),
            risk_id: None,
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
    markers
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
        assert_eq!(e.code(), "input.invalid");
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
fn a_closed_year_prints_the_same_bytes_whatever_happens_afterwards() {
    let s = Scratch::new();
    let path = s.sample("s.kkdossier");
    let mut d = Dossier::open(&path).expect("open");
    let years = d.years().expect("years");
    assert!(years
        .iter()
        .any(|y| y.year == 2025 && y.status == YearStatus::Closed));
    let frozen = d
        .frozen_year(2025)
        .expect("frozen")
        .expect("2025 is frozen");
    assert_eq!(frozen.closed_at, CLOSED_2025);
    // The frozen year ranks its risks as the register did (the sample's risks did not
    // change after closing).
    let model = report::model_of(&d, 2025, NOW).expect("model");
    let ranked: Vec<(u32, String)> = model
        .risks
        .iter()
        .filter_map(|r| r.rank.map(|n| (n, r.title.clone())))
        .collect();
    let live: Vec<(u32, String)> = d
        .risk_register(Lang::Nl)
        .expect("register")
        .rows
        .iter()
        .filter_map(|r| r.ranked.as_ref().map(|k| (k.rank, r.risk.title.clone())))
        .collect();
    assert!(!ranked.is_empty());
    assert_eq!(ranked, live);
    assert!(model
        .risks
        .iter()
        .filter(|r| r.rank.is_some())
        .all(|r| r.rationale_nl.is_some()));
    let before: Vec<Vec<u8>> = KINDS
        .iter()
        .map(|k| report::make(&d, *k, 2025, Lang::Nl, ReportFormat::Pdf, NOW).expect("pdf"))
        .collect();
    let info = {
        let p = s.path("closed.pdf");
        std::fs::write(&p, &before[0]).expect("write");
        tool("pdfinfo", &[p.to_str().expect("path")])
    };
    assert!(
        info.contains("Jan 20 09:00:00 2026"),
        "the creation date is the closing time: {info}"
    );
    // Life goes on: the company renames, a risk is added, the review of 2026 changes.
    let mut company = d.company().expect("company");
    company.name = "Zeeland Werkkleding Groep B.V.".into();
    d.update_company(&company).expect("rename");
    let mut extra = d
        .risk_register(Lang::Nl)
        .expect("register")
        .rows
        .remove(0)
        .risk;
    extra.id = 0;
    extra.title = "Nieuw risico na de afsluiting".into();
    d.save_risk(&extra).expect("risk");
    d.save_year_review(&YearReview {
        year: 2026,
        dilemmas: Some("Nieuwe tekst".into()),
        ..YearReview::default()
    })
    .expect("review");
    drop(d);
    // Later, in a new session, in a process that already made other PDFs.
    let d = Dossier::open(&path).expect("reopen");
    let _ = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::En,
        ReportFormat::Pdf,
        NOW,
    );
    for (k, old) in KINDS.iter().zip(&before) {
        let again = report::make(
            &d,
            *k,
            2025,
            Lang::Nl,
            ReportFormat::Pdf,
            "2031-05-01T08:00:00Z",
        )
        .expect("pdf");
        assert!(again == *old, "{k:?} of the closed year changed");
    }
    // The open year shows the new state.
    let open = report::make(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
    )
    .expect("pdf");
    let text = flat(&pdf_text(&s, "open.pdf", &open));
    assert!(text.contains("Zeeland Werkkleding Groep B.V."));
    assert!(text.contains("Nieuw risico na de afsluiting"));
    // And the frozen year survives a trip through the JSON backup.
    let doc = json::export(&d).expect("export");
    let copy = json::import_new(
        &s.path("copy.kkdossier"),
        &json::parse(&json::to_text(&doc)).expect("parse"),
    )
    .expect("import");
    for (k, old) in KINDS.iter().zip(&before) {
        let again = report::make(&copy, *k, 2025, Lang::Nl, ReportFormat::Pdf, NOW).expect("pdf");
        assert!(again == *old, "{k:?} of the closed year changed after JSON");
    }
}

#[test]
fn closing_a_year_freezes_it_and_opens_the_next() {
    let s = Scratch::new();
    let path = s.path("d.kkdossier");
    let mut d = Dossier::create(&path, "Fixture Metaal B.V.", 2024).expect("create");
    d.save_year_review(&YearReview {
        year: 2024,
        dilemmas: Some("Een dilemma".into()),
        ..YearReview::default()
    })
    .expect("review");
    let bad = d.close_year(2024, "gisteren").expect_err("not a timestamp");
    assert_eq!(bad.code(), "input.invalid");
    assert_eq!(
        d.close_year(2031, NOW).expect_err("no such year").code(),
        "year.not_found"
    );
    d.close_year(2024, "2025-01-31T12:00:00Z").expect("close");
    assert_eq!(d.active_year().expect("active"), Some(2025));
    let years = d.years().expect("years");
    assert_eq!(years.len(), 2);
    assert_eq!(years[0].status, YearStatus::Closed);
    assert_eq!(years[1].status, YearStatus::Open);
    assert_eq!(
        d.close_year(2024, NOW).expect_err("closed twice").code(),
        "year.closed"
    );
    let locked = d
        .save_year_review(&YearReview {
            year: 2024,
            dilemmas: Some("Achteraf anders".into()),
            ..YearReview::default()
        })
        .expect_err("a closed year's review is frozen");
    assert_eq!(locked.code(), "year.closed");
    assert_eq!(
        d.year_review(2024).expect("review").dilemmas.as_deref(),
        Some("Een dilemma")
    );
}

#[test]
fn a_json_backup_with_damaged_frozen_content_is_refused() {
    let s = Scratch::new();
    let d = Dossier::open(&s.sample("s.kkdossier")).expect("open");
    let mut doc = json::export(&d).expect("export");
    assert_eq!(doc.closed_years.len(), 1);
    doc.closed_years[0].content = "{\"format\": \"iets anders\"}".into();
    let e = json::parse(&json::to_text(&doc)).expect_err("damaged frozen content");
    assert_eq!(e.code(), "json.invalid");
    let mut doc = json::export(&d).expect("export");
    doc.years.retain(|y| y.year != 2025);
    doc.active_year = Some(2026);
    let e = json::parse(&json::to_text(&doc)).expect_err("frozen year without its year");
    assert_eq!(e.code(), "year.not_found");
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
