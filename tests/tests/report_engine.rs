//! The report engine as a reader sees it: the PDF is checked with poppler-utils
//! (`pdfinfo`, `pdffonts`, `pdftotext`), not with our own code. Expected text is
//! present, every font is embedded as a subset (and the file is small for it), the
//! header row of a long table is repeated on every page it runs over, the table of
//! contents names the real pages, and every chapter has a bookmark.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::report::layout::{Block, Document};
use ketenkompas::report::to_pdf;
use ketenkompas_tests::pdf::{assert_fonts_embedded_as_subsets, tool};
use ketenkompas_tests::Scratch;

fn page_text(pdf: &str, page: usize) -> String {
    let p = page.to_string();
    tool("pdftotext", &["-f", &p, "-l", &p, "-layout", pdf, "-"])
}

fn sample_document() -> Document {
    let mut blocks = vec![Block::Contents {
        title: "Inhoud".into(),
    }];
    blocks.push(Block::Heading {
        level: 1,
        text: "Beleid en verankering".into(),
    });
    blocks.push(Block::Paragraph(
        "Zeeland Werkkleding legt haar beleid vast in versies; de geldende versie is \
         goedgekeurd door de directie en gepubliceerd op de website. "
            .repeat(8),
    ));
    blocks.push(Block::Bullets(vec![
        "Kinderarbeid, dwangarbeid en leefbaar loon".into(),
        "Gezond en veilig werk in de confectie".into(),
    ]));
    blocks.push(Block::Heading {
        level: 1,
        text: "Maatregelen".into(),
    });
    blocks.push(Block::Heading {
        level: 2,
        text: "Actieplan per risico".into(),
    });
    blocks.push(Block::Table {
        header: vec!["Maatregel".into(), "Eigenaar".into(), "Deadline".into()],
        rows: (1..=90)
            .map(|i| {
                vec![
                    format!("Maatregel nummer {i} met een omschrijving die kan afbreken"),
                    "Inge Koster".into(),
                    "2027-03-31".into(),
                ]
            })
            .collect(),
        widths: vec![0.6, 0.22, 0.18],
    });
    blocks.push(Block::Heading {
        level: 2,
        text: "Risico's naar ernst en waarschijnlijkheid".into(),
    });
    let mut counts = [[0u32; 5]; 5];
    counts[4][2] = 2;
    counts[3][4] = 1;
    counts[1][0] = 4;
    blocks.push(Block::HeatMap {
        counts,
        severity_label: "Ernst".into(),
        likelihood_label: "Waarschijnlijkheid".into(),
    });
    blocks.push(Block::Heading {
        level: 2,
        text: "Leveranciers met getekende gedragscode (%)".into(),
    });
    blocks.push(Block::LineChart {
        points: vec![
            ("2025-06-30".into(), 22.0),
            ("2025-12-31".into(), 40.0),
            ("2026-06-30".into(), 56.0),
        ],
        labels: vec![
            "30 juni 2025".into(),
            "31 dec. 2025".into(),
            "30 juni 2026".into(),
        ],
        target: 90.0,
        target_label: "streefwaarde 90 %".into(),
        decimal_comma: true,
    });
    blocks.push(Block::Bars(vec![
        ("Bangladesh".into(), 1_730_000.0, "€ 1.730.000".into()),
        ("Turkije".into(), 620_000.0, "€ 620.000".into()),
        ("Vietnam".into(), 110_000.0, "€ 110.000".into()),
    ]));
    blocks.push(Block::Heading {
        level: 1,
        text: "Verantwoording".into(),
    });
    blocks.push(Block::Paragraph("Bronnen: ILAB 2022, WGI 2024.".into()));
    Document {
        header: "Zeeland Werkkleding B.V. — Jaarverslag gepaste zorgvuldigheid 2026".into(),
        footer: "pagina {page} van {pages}".into(),
        blocks,
    }
}

#[test]
fn the_pdf_has_its_text_embedded_subset_fonts_repeated_headers_and_a_true_contents() {
    let s = Scratch::new();
    let path = s.path("verslag.pdf");
    let bytes = to_pdf("Jaarverslag 2026", &sample_document()).expect("pdf");
    std::fs::write(&path, &bytes).expect("write");
    let pdf = path.to_str().expect("utf-8 path");

    // `KK_KEEP_PDF=dir` keeps a copy to look at (pdftoppm -png).
    if let Some(dir) = std::env::var_os("KK_KEEP_PDF") {
        std::fs::write(std::path::Path::new(&dir).join("engine-sample.pdf"), &bytes)
            .expect("keep a copy");
    }
    let info = tool("pdfinfo", &[pdf]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("page count");
    assert!(pages >= 5, "{info}");
    assert!(
        info.contains("595.28 x 841.89") || info.contains("595 x 842"),
        "A4: {info}"
    );

    // One bookmark per chapter in the document outline.
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("/Type/Outlines/Count 3"),
        "outline with three chapters"
    );

    // Every font is embedded and subset: cut down to the glyphs drawn, the whole file
    // is far smaller than one face of Noto Sans (about 0.5 MB).
    assert_fonts_embedded_as_subsets(pdf);
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());

    // Footer on every page; the table's header row on every page the table runs over.
    let mut table_pages = 0;
    for p in 1..=pages {
        let text = page_text(pdf, p);
        assert!(
            text.contains(&format!("pagina {p} van {pages}")),
            "footer p{p}:\n{text}"
        );
        assert!(
            text.contains("Zeeland Werkkleding B.V. — Jaarverslag"),
            "header p{p}"
        );
        if text.contains("Maatregel nummer") {
            table_pages += 1;
            assert!(
                text.contains("Eigenaar") && text.contains("Deadline"),
                "p{p}:\n{text}"
            );
        }
    }
    assert!(table_pages >= 2, "the table runs over several pages");

    // The charts are drawn with their labels as text.
    let all = tool("pdftotext", &["-layout", pdf, "-"]);
    for label in [
        "Ernst",
        "Waarschijnlijkheid",
        "30 juni 2025",
        "30 juni 2026",
        "streefwaarde 90 %",
        "Bangladesh",
    ] {
        assert!(all.contains(label), "{label} in the charts");
    }

    // The contents list each chapter with the page it is really on.
    let contents = page_text(pdf, 1);
    for chapter in ["Beleid en verankering", "Maatregelen", "Verantwoording"] {
        let line = contents
            .lines()
            .find(|l| l.contains(chapter))
            .unwrap_or_else(|| panic!("{chapter} in contents:\n{contents}"));
        let page: usize = line
            .split_whitespace()
            .last()
            .and_then(|n| n.parse().ok())
            .expect("page number");
        let text = page_text(pdf, page);
        assert!(text.contains(chapter), "{chapter} is on page {page}");
    }
}
