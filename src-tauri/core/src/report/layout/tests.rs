//! The layout rules, with a fixed-width measure instead of a font.

use super::*;

/// Every character half the font size wide; bold a tenth wider.
struct Fixed;
impl Measure for Fixed {
    fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        text.chars().count() as f32 * size * if bold { 0.55 } else { 0.5 }
    }
}

fn texts(p: &Page) -> Vec<&str> {
    p.items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// `blocks` laid out without running header or footer, with the fixed measure.
fn lay(blocks: Vec<Block>) -> Laid {
    layout(
        &Document {
            header: String::new(),
            footer: String::new(),
            blocks,
        },
        &Fixed,
    )
}

/// The page (0 = first) holding the first text that starts with `needle`.
fn page_of(laid: &Laid, needle: &str) -> usize {
    laid.pages
        .iter()
        .position(|p| texts(p).iter().any(|t| t.starts_with(needle)))
        .expect("placed")
}

#[test]
fn lines_never_exceed_the_width_and_keep_every_word() {
    let text = "Dit is een alinea met woorden van verschillende lengte, en een \
                buitengewoonlangwoordzonderspatiesdatnietoppastopeenregel erachter.";
    let lines = wrap(&Fixed, text, false, 10.0, 120.0);
    assert!(lines.iter().all(|l| Fixed.width(l, false, 10.0) <= 120.0));
    assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
}

#[test]
fn a_long_table_repeats_its_header_and_never_cuts_a_row() {
    let rows: Vec<Vec<String>> = (1..=120)
        .map(|i| {
            vec![
                format!("Risico {i}"),
                "Een beschrijving die over twee regels kan lopen in een smalle kolom".into(),
            ]
        })
        .collect();
    let doc = Document {
        header: "Kop".into(),
        footer: "pagina {page} van {pages}".into(),
        blocks: vec![Block::Table {
            header: vec!["Titel".into(), "Toelichting".into()],
            rows,
            widths: vec![0.3, 0.7],
        }],
    };
    let laid = layout(&doc, &Fixed);
    assert!(laid.pages.len() >= 3);
    let total = laid.pages.len();
    for (i, p) in laid.pages.iter().enumerate() {
        let t = texts(p);
        assert!(t.contains(&"Titel"), "header row on page {}", i + 1);
        assert!(t.contains(&format!("pagina {} van {total}", i + 1).as_str()));
        // Every item sits inside the page.
        for item in &p.items {
            if let Item::Text { y, .. } = item {
                assert!(*y >= 30.0 && *y <= PAGE_H - 30.0);
            }
        }
    }
    // Each row's first cell appears exactly once.
    let all: Vec<&str> = laid.pages.iter().flat_map(texts).collect();
    for i in 1..=120 {
        let name = format!("Risico {i}");
        assert_eq!(all.iter().filter(|t| **t == name).count(), 1, "{name}");
    }
}

#[test]
fn a_heading_is_never_the_last_thing_on_a_page() {
    let mut blocks = Vec::new();
    for i in 0..40 {
        blocks.push(Block::Heading {
            level: 2,
            text: format!("Paragraaf {i}"),
        });
        blocks.push(Block::Paragraph("Tekst. ".repeat(30 + (i % 7) * 9)));
    }
    let laid = layout(
        &Document {
            header: String::new(),
            footer: "{page}/{pages}".into(),
            blocks,
        },
        &Fixed,
    );
    for p in &laid.pages {
        let body: Vec<&Item> = p
            .items
            .iter()
            .filter(|i| matches!(i, Item::Text { y, .. } if *y > 60.0 && *y < PAGE_H - 60.0))
            .collect();
        if let Some(Item::Text { text, .. }) = body.last() {
            assert!(
                !text.starts_with("Paragraaf"),
                "heading alone at the bottom"
            );
        }
    }
}

#[test]
fn a_chart_is_moved_whole_to_the_next_page_with_its_heading() {
    let mut blocks = vec![Block::Paragraph("Woord ".repeat(640))];
    blocks.push(Block::Heading {
        level: 2,
        text: "Risico's naar ernst en kans".into(),
    });
    let mut counts = [[0u32; 5]; 5];
    counts[4][2] = 3;
    blocks.push(Block::HeatMap {
        counts,
        severity_label: "Ernst".into(),
        likelihood_label: "Kans".into(),
    });
    let laid = layout(
        &Document {
            header: String::new(),
            footer: String::new(),
            blocks,
        },
        &Fixed,
    );
    let page_of = |needle: &str| {
        laid.pages
            .iter()
            .position(|p| texts(p).contains(&needle))
            .expect(needle)
    };
    assert_eq!(page_of("Risico's naar ernst en kans"), page_of("Kans"));
    assert_eq!(page_of("3"), page_of("Ernst"));
    for p in &laid.pages {
        for item in &p.items {
            if let Item::Fill { y, h, .. } = item {
                assert!(*y >= MARGIN_BOTTOM - 30.0 && y + h <= PAGE_H - MARGIN_TOP + 1.0);
            }
        }
    }
}

#[test]
fn the_contents_show_the_pages_the_headings_land_on() {
    let mut blocks = vec![Block::Contents {
        title: "Inhoud".into(),
    }];
    for i in 1..=6 {
        blocks.push(Block::Heading {
            level: 1,
            text: format!("Hoofdstuk {i}"),
        });
        blocks.push(Block::Paragraph("Woord ".repeat(200 * i)));
    }
    let laid = layout(
        &Document {
            header: String::new(),
            footer: String::new(),
            blocks,
        },
        &Fixed,
    );
    let toc = texts(&laid.pages[0]);
    for h in &laid.headings {
        let at = toc.iter().position(|t| *t == h.text).expect("listed");
        assert_eq!(toc[at + 1], h.page.to_string(), "{}", h.text);
        assert!(texts(&laid.pages[h.page - 1]).contains(&h.text.as_str()));
    }
    assert_eq!(laid.headings[0].page, 2, "chapters start on a new page");
}

#[test]
fn a_heading_an_introducing_paragraph_and_its_chart_stay_together() {
    // Fill the page so that the heading and two lines would still fit, but not the chart.
    for filler in [560, 600, 640, 680] {
        let mut counts = [[0u32; 5]; 5];
        counts[3][3] = 2;
        let blocks = vec![
            Block::Paragraph("Woord ".repeat(filler)),
            Block::Heading {
                level: 2,
                text: "Risico's en hun volgorde".into(),
            },
            Block::Paragraph("De kaart telt de beoordeelde risico's per vak.".into()),
            Block::HeatMap {
                counts,
                severity_label: "Ernst".into(),
                likelihood_label: "Kans".into(),
            },
        ];
        let laid = lay(blocks);
        let page_of = |needle: &str| page_of(&laid, needle);
        let heading = page_of("Risico's en hun");
        assert_eq!(heading, page_of("De kaart telt"), "filler {filler}");
        assert_eq!(heading, page_of("Ernst"), "filler {filler}");
    }
}

#[test]
fn an_introducing_sentence_stays_with_its_table() {
    // Push the sentence down the page line by line, so that some runs land it on the
    // last lines, where the table's header and first row no longer fit.
    let mut moved = 0;
    for filler in (600..760).step_by(8) {
        let blocks = vec![
            Block::Paragraph("Woord ".repeat(filler)),
            Block::Paragraph("In totaal 1500 maatregelen.".into()),
            Block::Table {
                header: vec!["Soort".into(), "Aantal".into()],
                rows: vec![vec!["Eigen activiteit stoppen".into(), "123".into()]; 3],
                widths: vec![0.7, 0.3],
            },
        ];
        let laid = lay(blocks);
        let page_of = |needle: &str| page_of(&laid, needle);
        let sentence = page_of("In totaal");
        assert_eq!(sentence, page_of("Soort"), "filler {filler}");
        assert_eq!(sentence, page_of("Eigen activiteit"), "filler {filler}");
        moved += usize::from(sentence > page_of("Woord"));
    }
    assert!(
        moved > 0,
        "some run must have moved the sentence to the next page"
    );
}

#[test]
fn a_table_header_never_stays_behind_without_its_first_row() {
    // Push the table further down the page each time, so that some run lands the
    // header just above the bottom with a tall first row below it.
    let tall = "Een toelichting die in deze smalle kolom over vier of vijf regels loopt, \
                zodat de eerste rij veel hoger is dan twee regels tekst.";
    for fill in (400..900).step_by(7) {
        let doc = Document {
            header: String::new(),
            footer: "{page}/{pages}".into(),
            blocks: vec![
                Block::Paragraph("Woord ".repeat(fill)),
                Block::Table {
                    header: vec!["Titel".into(), "Toelichting".into()],
                    rows: vec![
                        vec!["Rij1".into(), tall.into()],
                        vec!["Rij2".into(), "kort".into()],
                    ],
                    widths: vec![0.7, 0.3],
                },
            ],
        };
        let laid = layout(&doc, &Fixed);
        let first = laid
            .pages
            .iter()
            .find(|p| texts(p).contains(&"Titel"))
            .expect("header placed");
        assert!(
            texts(first).contains(&"Rij1"),
            "header without its first row (fill {fill})"
        );
    }
}

#[test]
fn chinese_text_breaks_between_characters_but_never_before_closing_punctuation() {
    let text = "我们的供应商在宁波生产反光材料，工人每周工作六十小时。";
    let lines = wrap(&Fixed, text, false, 10.0, 60.0);
    assert!(lines.len() > 2, "{lines:?}");
    assert!(
        lines.iter().all(|l| Fixed.width(l, false, 10.0) <= 60.0),
        "{lines:?}"
    );
    assert_eq!(lines.concat(), text, "no space was added or lost");
    assert!(
        lines.iter().all(|l| !l.starts_with(['，', '。'])),
        "{lines:?}"
    );
    // Latin words keep their spaces and are not broken inside.
    let mixed = wrap(&Fixed, "Ningbo 宁波 Reflective", false, 10.0, 60.0);
    assert_eq!(mixed.join(" ").replace("  ", " "), "Ningbo 宁波 Reflective");
}

#[test]
fn a_running_header_too_long_for_its_line_ends_with_an_ellipsis() {
    let doc = Document {
        header: format!(
            "Een heel lange bedrijfsnaam {} · Jaarverslag 2026",
            "x".repeat(200)
        ),
        footer: "{page}/{pages}".into(),
        blocks: vec![Block::Paragraph("Tekst.".into())],
    };
    let laid = layout(&doc, &Fixed);
    let header = texts(&laid.pages[0])
        .into_iter()
        .find(|t| t.starts_with("Een heel"))
        .expect("header")
        .to_string();
    assert!(header.ends_with('…'), "{header}");
    assert!(Fixed.width(&header, false, 8.0) <= PAGE_W - 2.0 * MARGIN_X);
}

#[test]
fn control_characters_and_direction_overrides_never_reach_a_page() {
    let doc = Document {
        header: "Kop\u{1b}[31m".into(),
        footer: "{page}/{pages}".into(),
        blocks: vec![
            Block::Paragraph("Bel\u{7}l en\u{0}d \u{202E}fdp.exe".into()),
            Block::Table {
                header: vec!["Naam\u{9}".into()],
                rows: vec![vec!["Fabriek\u{8}".into()]],
                widths: vec![1.0],
            },
        ],
    };
    let laid = layout(&doc, &Fixed);
    for page in &laid.pages {
        for t in texts(page) {
            assert!(
                !t.chars().any(|c| c.is_control() || c == '\u{202E}'),
                "{t:?}"
            );
        }
    }
}

#[test]
fn the_pages_come_a_few_at_a_time_and_never_past_the_end() {
    let laid = Laid {
        pages: (0..30)
            .map(|n| Page {
                items: vec![Item::Line {
                    x1: n as f32,
                    y1: 0.0,
                    x2: 0.0,
                    y2: 0.0,
                    width: 1.0,
                }],
            })
            .collect(),
        headings: Vec::new(),
    };
    assert_eq!(laid.outline(7).pages, 30);
    assert_eq!(laid.outline(7).id, 7);
    let first = laid.pages_from(0, 100);
    assert_eq!(first.len(), PAGES_PER_REQUEST);
    assert_eq!(first[0], laid.pages[0]);
    assert_eq!(laid.pages_from(28, 5), laid.pages[28..30].to_vec());
    assert!(laid.pages_from(30, 5).is_empty());
    assert!(laid.pages_from(usize::MAX, 5).is_empty());
}
