//! Writes laid-out pages as a PDF with printpdf: A4, the Noto Sans fonts embedded as
//! subsets, and a bookmark (outline entry) for every chapter.

use printpdf::{
    Color, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, WindingOrder,
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

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// The PDF bytes of the laid-out document, titled `title`.
pub fn render(title: &str, laid: &Laid) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(title);
    let parse = |bytes: &[u8]| {
        ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or_else(|| Error::Io {
            path: "font".into(),
            detail: "the embedded font cannot be read".into(),
        })
    };
    let regular = doc.add_font(&parse(REGULAR)?);
    let bold = doc.add_font(&parse(BOLD)?);
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
                    Item::Text {
                        x,
                        y,
                        size,
                        bold: b,
                        grey: g,
                        text,
                    } => {
                        ops.push(Op::SetFillColor {
                            col: if *g { grey(0.42) } else { ink() },
                        });
                        ops.push(Op::StartTextSection);
                        ops.push(Op::SetFont {
                            font: PdfFontHandle::External(if *b {
                                bold.clone()
                            } else {
                                regular.clone()
                            }),
                            size: Pt(*size),
                        });
                        ops.push(Op::SetTextCursor { pos: point(*x, *y) });
                        ops.push(Op::ShowText {
                            items: vec![TextItem::Text(text.clone())],
                        });
                        ops.push(Op::EndTextSection);
                    }
                }
            }
            PdfPage::new(mm(PAGE_W), mm(PAGE_H), ops)
        })
        .collect();
    doc.with_pages(pages);
    for h in laid.headings.iter().filter(|h| h.level == 1) {
        doc.add_bookmark(&h.text, h.page);
    }
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    Ok(doc.save(&options, &mut Vec::new()))
}
