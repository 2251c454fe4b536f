//! Writes laid-out pages as a PDF with printpdf: A4, the Noto Sans fonts embedded as
//! subsets, and a bookmark (outline entry) for every chapter.

use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PageAnnotId, PageAnnotation,
    PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt,
    Rect, Rgb, TextItem, WindingOrder,
};

use super::fonts::{BOLD, REGULAR};
use super::layout::{Item, Laid, PAGE_H, PAGE_W};
use crate::error::{Error, Result};

fn grey(level: f32) -> Color {
    Color::Rgb(Rgb {
        r: level,
        g: level,
        b: level,
        icc_profile: None,
    })
}

fn ink() -> Color {
    Color::Rgb(Rgb {
        r: 0.11,
        g: 0.16,
        b: 0.16,
        icc_profile: None,
    })
}

/// Writes one line of text at (x, y) in a font size.
fn text_ops(ops: &mut Vec<Op>, font: &FontId, col: Color, at: (f32, f32, f32), text: &str) {
    let (x, y, size) = at;
    ops.push(Op::SetFillColor { col });
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(font.clone()),
        size: Pt(size),
    });
    ops.push(Op::SetTextCursor { pos: point(x, y) });
    ops.push(Op::ShowText {
        items: vec![TextItem::Text(text.to_string())],
    });
    ops.push(Op::EndTextSection);
}

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// What the PDF says about itself. The same laid-out pages with the same metadata give
/// the same bytes, so a closed year's report can be made again identically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfMeta {
    pub title: String,
    pub author: String,
    /// Seconds since 1970-01-01 UTC, written as creation and modification date.
    pub created: i64,
}

/// The PDF bytes of the laid-out document.
pub fn render(meta: &PdfMeta, laid: &Laid) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&meta.title);
    let when = printpdf::OffsetDateTime::from_unix_timestamp(meta.created).map_err(|e| {
        Error::Invalid {
            field: "created".into(),
            value: e.to_string(),
        }
    })?;
    doc.metadata.info.creation_date = when;
    doc.metadata.info.modification_date = when;
    doc.metadata.info.metadata_date = when;
    doc.metadata.info.author = meta.author.clone();
    doc.metadata.info.creator = "Ketenkompas".into();
    doc.metadata.info.producer = "Ketenkompas".into();
    let parse = |bytes: &[u8]| {
        ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or_else(|| Error::Io {
            path: "font".into(),
            detail: "the embedded font cannot be read".into(),
        })
    };
    // Fixed resource names instead of random ones: they also form the subset tags.
    let regular = FontId("KKSANR".into());
    let bold = FontId("KKSANB".into());
    doc.resources
        .fonts
        .map
        .insert(regular.clone(), PdfFont::new(parse(REGULAR)?));
    doc.resources
        .fonts
        .map
        .insert(bold.clone(), PdfFont::new(parse(BOLD)?));
    let mm = |pt: f32| Mm(pt * 25.4 / 72.0);
    let pages: Vec<PdfPage> = laid
        .pages
        .iter()
        .map(|page| {
            let mut ops = Vec::new();
            for item in &page.items {
                match item {
                    Item::Shade { x, y, w, h } => {
                        ops.push(Op::SetFillColor { col: grey(0.93) });
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(*x),
                                y: Pt(*y),
                                width: Pt(*w),
                                height: Pt(*h),
                                mode: Some(PaintMode::Fill),
                                winding_order: Some(WindingOrder::NonZero),
                            },
                        });
                    }
                    Item::Fill { x, y, w, h, rgb } => {
                        ops.push(Op::SetFillColor {
                            col: Color::Rgb(Rgb {
                                r: rgb.0,
                                g: rgb.1,
                                b: rgb.2,
                                icc_profile: None,
                            }),
                        });
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(*x),
                                y: Pt(*y),
                                width: Pt(*w),
                                height: Pt(*h),
                                mode: Some(PaintMode::Fill),
                                winding_order: Some(WindingOrder::NonZero),
                            },
                        });
                    }
                    Item::Path {
                        points,
                        width,
                        rgb,
                        dashed,
                    } => {
                        ops.push(Op::SetOutlineColor {
                            col: Color::Rgb(Rgb {
                                r: rgb.0,
                                g: rgb.1,
                                b: rgb.2,
                                icc_profile: None,
                            }),
                        });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        ops.push(Op::SetLineDashPattern {
                            dash: LineDashPattern::new(
                                0.0,
                                if *dashed { &[4.0, 3.0] } else { &[] },
                            ),
                        });
                        ops.push(Op::DrawLine {
                            line: Line {
                                points: points
                                    .iter()
                                    .map(|(px, py)| LinePoint {
                                        p: point(*px, *py),
                                        bezier: false,
                                    })
                                    .collect(),
                                is_closed: false,
                            },
                        });
                        ops.push(Op::SetLineDashPattern {
                            dash: LineDashPattern::new(0.0, &[]),
                        });
                    }
                    Item::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                    } => {
                        ops.push(Op::SetOutlineColor { col: grey(0.6) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        ops.push(Op::DrawLine {
                            line: Line {
                                points: vec![
                                    LinePoint {
                                        p: point(*x1, *y1),
                                        bezier: false,
                                    },
                                    LinePoint {
                                        p: point(*x2, *y2),
                                        bezier: false,
                                    },
                                ],
                                is_closed: false,
                            },
                        });
                    }
                    Item::ColorText {
                        x,
                        y,
                        size,
                        bold: b,
                        rgb,
                        text,
                    } => {
                        let col = Color::Rgb(Rgb {
                            r: rgb.0,
                            g: rgb.1,
                            b: rgb.2,
                            icc_profile: None,
                        });
                        let font = if *b { &bold } else { &regular };
                        text_ops(&mut ops, font, col, (*x, *y, *size), text);
                    }
                    Item::Text {
                        x,
                        y,
                        size,
                        bold: b,
                        grey: g,
                        text,
                    } => {
                        let col = if *g { grey(0.42) } else { ink() };
                        let font = if *b { &bold } else { &regular };
                        text_ops(&mut ops, font, col, (*x, *y, *size), text);
                    }
                }
            }
            PdfPage::new(mm(PAGE_W), mm(PAGE_H), ops)
        })
        .collect();
    doc.with_pages(pages);
    for (i, h) in laid.headings.iter().filter(|h| h.level == 1).enumerate() {
        doc.bookmarks.map.insert(
            PageAnnotId(format!("B{i:05}")),
            PageAnnotation {
                name: h.text.clone(),
                page: h.page,
            },
        );
    }
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut bytes = doc.save(&options, &mut Vec::new());
    fix_file_id(&mut bytes);
    Ok(bytes)
}

/// printpdf writes two random strings as the file identifier (`/ID` in the trailer).
/// Replace them, in place and at the same length, by a hash of everything before the
/// trailer, so that the same content gives the same file.
fn fix_file_id(bytes: &mut [u8]) {
    let Some(at) = find_last(bytes, b"/ID") else {
        return;
    };
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in &bytes[..at] {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let mut digits = format!(
        "{hash:016x}{:016x}",
        hash.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15
    )
    .into_bytes()
    .into_iter()
    .cycle();
    // Overwrite the contents of the literal strings `(...)` that follow `/ID`.
    let mut i = at;
    let mut strings = 0;
    while i < bytes.len() && strings < 2 {
        if bytes[i] == b'(' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b')' {
                bytes[j] = digits.next().unwrap_or(b'0');
                j += 1;
            }
            strings += 1;
            i = j;
        }
        i += 1;
    }
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}
