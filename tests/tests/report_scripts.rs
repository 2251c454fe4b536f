//! Names in other scripts in the reports (S2.3's suppliers come from Open Supply Hub
//! lists that carry them): Chinese, Japanese, Korean and Arabic print with a font of the
//! system (here Debian's Noto CJK and Noto Sans Arabic, which `make test` installs),
//! subset into the PDF; Arabic is shaped and runs right to left; without such a font the
//! report says which texts it could not print instead of printing boxes; a long company
//! name is shortened in the running header and control characters never reach a page.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::messages::Lang;
use ketenkompas::model::Supplier;
use ketenkompas::report::{self, fonts::Fonts, ReportFormat, ReportKind};
use ketenkompas::Dossier;
use ketenkompas_tests::pdf::{assert_fonts_embedded_as_subsets, flat, solid, tool};
use ketenkompas_tests::Scratch;

const NOW: &str = "2026-11-23T10:00:00Z";
const CHINESE: &str = "宁波反光材料有限公司";
const JAPANESE: &str = "株式会社ヤマダ縫製";
const KOREAN: &str = "한국섬유주식회사";
const ARABIC: &str = "مصنع النسيج المصري";

/// The sample with suppliers and the four highest risks named in four scripts, and a
/// long company name with a control character in it.
fn dossier(s: &Scratch) -> Dossier {
    let mut d = Dossier::open(&s.sample("scripts.kkdossier")).expect("sample");
    let names = [
        (CHINESE, "CN"),
        (JAPANESE, "JP"),
        (KOREAN, "KR"),
        (ARABIC, "EG"),
    ];
    for (name, country) in names {
        let mut x = Supplier::named(name);
        x.country = Some(country.into());
        d.save_supplier(&x).expect("supplier");
    }
    let ranked: Vec<i64> = d
        .risk_register(Lang::Nl)
        .expect("register")
        .rows
        .iter()
        .filter(|r| r.ranked.is_some() && !r.risk.sensitive)
        .map(|r| r.risk.id)
        .take(4)
        .collect();
    for (id, (name, _)) in ranked.into_iter().zip(names) {
        let mut risk = d.risk(id).expect("risk");
        risk.title = format!("Overuren bij {name}");
        d.save_risk(&risk).expect("risk");
    }
    let mut company = d.company().expect("company");
    company.name = format!(
        "Zeeland Werkkleding en Beschermende Bedrijfskleding voor Bouw, Haven\u{7}en Industrie \
         Internationaal B.V. ({})",
        "werkkleding".repeat(4)
    );
    d.update_company(&company).expect("company");
    d
}

fn yearly(d: &Dossier, fonts: &Fonts) -> Vec<u8> {
    let m = report::model_of(d, 2026, NOW).expect("model");
    report::render_with_fonts(
        ReportKind::Yearly,
        &m,
        Lang::Nl,
        ReportFormat::Pdf,
        NOW,
        &report::default_options(&m),
        fonts,
    )
    .expect("pdf")
}

#[test]
fn names_in_four_scripts_print_with_system_fonts_embedded_as_subsets() {
    let s = Scratch::new();
    let d = dossier(&s);
    let fonts = Fonts::system().expect("fonts");
    let bytes = yearly(&d, &fonts);
    let path = s.path("jaar.pdf");
    std::fs::write(&path, &bytes).expect("write");
    let path = path.to_str().expect("path");
    assert_fonts_embedded_as_subsets(path);
    let fonts_listed = tool("pdffonts", &[path]);
    assert!(fonts_listed.contains("NotoSansCJK"), "{fonts_listed}");
    assert!(fonts_listed.contains("NotoSansArabic"), "{fonts_listed}");
    let text = tool("pdftotext", &[path, "-"]);
    let all = solid(&text);
    for name in [CHINESE, JAPANESE, KOREAN] {
        assert!(all.contains(name), "{name} not in the PDF text");
    }
    // Shaped Arabic: the glyphs are the joined forms, and copying the text gives back
    // the letters (in the order pdftotext reads right-to-left text).
    let arabic_words: Vec<&str> = ARABIC.split(' ').collect();
    for w in &arabic_words {
        let reversed: String = w.chars().rev().collect();
        assert!(
            all.contains(w) || all.contains(&reversed),
            "{w} not in the PDF text"
        );
    }
    assert!(!text.contains('\u{FFFD}'), "a character without a glyph");
    // The public report prints the prioritised risks too.
    let m = report::model_of(&d, 2026, NOW).expect("model");
    let public = report::render_with_fonts(
        ReportKind::Communication,
        &m,
        Lang::En,
        ReportFormat::Pdf,
        NOW,
        &report::default_options(&m),
        &fonts,
    )
    .expect("public pdf");
    let public_path = s.path("publiek.pdf");
    std::fs::write(&public_path, &public).expect("write");
    let public_text = solid(&tool(
        "pdftotext",
        &[public_path.to_str().expect("path"), "-"],
    ));
    assert!(
        public_text.contains(CHINESE),
        "the public report lacks {CHINESE}"
    );
    assert!(
        !text.contains('\u{7}'),
        "a control character reached a page"
    );
    assert!(
        !flat(&text).contains("niet af te drukken"),
        "everything printed"
    );
}

#[test]
fn without_a_font_for_a_script_the_report_says_which_texts_it_could_not_print() {
    let s = Scratch::new();
    let d = dossier(&s);
    let fonts = Fonts::with_candidates(Vec::new()).expect("fonts");
    let bytes = yearly(&d, &fonts);
    let path = s.path("zonder.pdf");
    std::fs::write(&path, &bytes).expect("write");
    if let Ok(dir) = std::env::var("KK_KEEP_PDF") {
        let _ = std::fs::copy(&path, std::path::Path::new(&dir).join("zonder.pdf"));
    }
    let path = path.to_str().expect("path");
    let text = flat(&tool("pdftotext", &[path, "-"]));
    for marker in [
        "[tekst in Chinees schrift]",
        "[tekst in Japans schrift]",
        "[tekst in Koreaans schrift]",
        "[tekst in Arabisch schrift]",
    ] {
        assert!(text.contains(marker), "{marker} missing");
    }
    assert!(
        text.contains("Niet af te drukken tekst"),
        "the note is missing"
    );
    assert!(!solid(&text).contains(CHINESE));
    // Only the bundled fonts, and no glyph without a character.
    let listed = tool("pdffonts", &[path]);
    assert!(
        !listed.contains("CJK") && !listed.contains("Arabic"),
        "{listed}"
    );
    assert!(!text.contains('\u{FFFD}'));
}

#[test]
fn a_long_company_name_is_shortened_in_the_running_header() {
    let s = Scratch::new();
    let d = dossier(&s);
    let fonts = Fonts::with_candidates(Vec::new()).expect("fonts");
    let bytes = yearly(&d, &fonts);
    let path = s.path("kop.pdf");
    std::fs::write(&path, &bytes).expect("write");
    let path = path.to_str().expect("path");
    // Page 3 has the running header; with -layout its line is read as one line.
    let page = tool("pdftotext", &["-f", "3", "-l", "3", "-layout", path, "-"]);
    let header = page
        .lines()
        .find(|l| l.contains("Zeeland"))
        .expect("header line");
    assert!(header.trim_end().ends_with('…'), "{header}");
    assert!(!header.contains("werkkledingwerkkleding"), "{header}");
}
