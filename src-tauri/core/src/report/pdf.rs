//! Writes laid-out pages as a PDF with printpdf: A4, the fonts embedded as subsets (Noto
//! Sans, and the system fonts that text in other scripts needed), and a bookmark
//! (outline entry) for every chapter.

use std::collections::BTreeSet;

use printpdf::{
    Codepoint, Color, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PageAnnotId,
    PageAnnotation, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder,
};

use super::fonts::{FaceRef, Fonts};
use super::layout::{Item, Laid, PAGE_H, PAGE_W};
use super::placement::{place, Drawn};
use crate::error::{Error, Result};

fn rgb(c: (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

/// The operations of one page. Consecutive lines of text share one text section, and
/// the font and colour are only set when they change: far fewer operations to write.
#[derive(Default)]
struct PageWriter {
    ops: Vec<Op>,
    in_text: bool,
    font: Option<(FaceRef, u32)>,
    fill: Option<(f32, f32, f32)>,
    /// The faces used on this page.
    used: BTreeSet<FaceRefKey>,
}

/// A face as an ordered key (for the set of faces used).
type FaceRefKey = (u8, usize);

fn key(f: FaceRef) -> FaceRefKey {
    match f {
        FaceRef::Regular => (0, 0),
        FaceRef::Bold => (1, 0),
        FaceRef::System(i) => (2, i),
    }
}

impl PageWriter {
    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
            self.font = None;
        }
    }

    fn fill(&mut self, c: (f32, f32, f32)) {
        if self.fill != Some(c) {
            self.ops.push(Op::SetFillColor { col: rgb(c) });
            self.fill = Some(c);
        }
    }

    fn text(
        &mut self,
        fonts: &Fonts,
        bold: bool,
        c: (f32, f32, f32),
        at: (f32, f32, f32),
        text: &str,
    ) {
        let (x, y, size) = at;
        for piece in place(fonts, text, bold, size) {
            if !self.in_text {
                self.ops.push(Op::StartTextSection);
                self.in_text = true;
            }
            let font = (piece.face, size.to_bits());
            if self.font != Some(font) {
                self.ops.push(Op::SetFont {
                    font: PdfFontHandle::External(FontId(fonts.face(piece.face).tag.clone())),
                    size: Pt(size),
                });
                self.font = Some(font);
                self.used.insert(key(piece.face));
            }
            self.fill(c);
            let (item, rise) = match piece.what {
                Drawn::Text(t) => (TextItem::Text(t), 0.0),
                Drawn::Glyph { gid, text, rise } => (
                    TextItem::GlyphIds(vec![Codepoint {
                        gid,
                        offset: 0.0,
                        cid: Some(text),
                    }]),
                    rise,
                ),
            };
            self.ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x + piece.x), Pt(y + rise)),
            });
            self.ops.push(Op::ShowText { items: vec![item] });
        }
    }

    fn rect(&mut self, c: (f32, f32, f32), x: f32, y: f32, w: f32, h: f32) {
        self.end_text();
        self.fill(c);
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(w),
                height: Pt(h),
                mode: Some(PaintMode::Fill),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    fn line(&mut self, c: (f32, f32, f32), width: f32, dashed: bool, points: &[(f32, f32)]) {
        self.end_text();
        self.ops.push(Op::SetOutlineColor { col: rgb(c) });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        if dashed {
            self.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[4.0, 3.0]),
            });
        }
        self.ops.push(Op::DrawLine {
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
        if dashed {
            self.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[]),
            });
        }
    }

    fn item(&mut self, item: &Item, fonts: &Fonts) {
        match item {
            Item::Text {
                x,
                y,
                size,
                bold: b,
                grey: g,
                text,
            } => {
                let c = if *g { GREY_TEXT } else { INK };
                self.text(fonts, *b, c, (*x, *y, *size), text);
            }
            Item::ColorText {
                x,
                y,
                size,
                bold: b,
                rgb: c,
                text,
            } => self.text(fonts, *b, *c, (*x, *y, *size), text),
            Item::Shade { x, y, w, h } => self.rect(SHADE, *x, *y, *w, *h),
            Item::Fill { x, y, w, h, rgb: c } => self.rect(*c, *x, *y, *w, *h),
            Item::Path {
                points,
                width,
                rgb: c,
                dashed,
            } => self.line(*c, *width, *dashed, points),
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => self.line(RULE, *width, false, &[(*x1, *y1), (*x2, *y2)]),
        }
    }
}

const INK: (f32, f32, f32) = (0.11, 0.16, 0.16);
const GREY_TEXT: (f32, f32, f32) = (0.42, 0.42, 0.42);
const SHADE: (f32, f32, f32) = (0.93, 0.93, 0.93);
const RULE: (f32, f32, f32) = (0.6, 0.6, 0.6);

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// What the PDF says about itself. The same laid-out pages with the same metadata give
/// the same bytes, so a closed year's report can be made again identically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfMeta {
    pub title: String,
    pub author: String,
    /// What the document is, in its own language.
    pub subject: String,
    /// The language of the text (BCP 47, `nl-NL`), for screen readers and search;
    /// empty for none.
    pub lang: String,
    /// Seconds since 1970-01-01 UTC, written as creation and modification date.
    pub created: i64,
}

/// The PDF bytes of the laid-out document; text is drawn with `fonts` (the same that
/// measured it for the layout).
pub fn render(meta: &PdfMeta, laid: &Laid, fonts: &Fonts) -> Result<Vec<u8>> {
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
    doc.metadata.info.subject = meta.subject.clone();
    doc.metadata.info.creator = "Ketenkompas".into();
    doc.metadata.info.producer = "Ketenkompas".into();
    let mm = |pt: f32| Mm(pt * 25.4 / 72.0);
    let mut used: BTreeSet<FaceRefKey> = BTreeSet::new();
    let pages: Vec<PdfPage> = laid
        .pages
        .iter()
        .map(|page| {
            let mut w = PageWriter::default();
            for item in &page.items {
                w.item(item, fonts);
            }
            w.end_text();
            used.extend(w.used.iter().copied());
            PdfPage::new(mm(PAGE_W), mm(PAGE_H), w.ops)
        })
        .collect();
    doc.with_pages(pages);
    // Only the faces a page used are embedded (as subsets); the regular face always,
    // for the running header and the footer.
    used.insert(key(FaceRef::Regular));
    for (kind, i) in used {
        let face = fonts.face(match kind {
            0 => FaceRef::Regular,
            1 => FaceRef::Bold,
            _ => FaceRef::System(i),
        });
        let parsed = ParsedFont::from_bytes(face.bytes, face.index as usize, &mut Vec::new())
            .ok_or_else(|| Error::Io {
                path: "font".into(),
                detail: format!("the font {} cannot be embedded", face.tag),
            })?;
        doc.resources
            .fonts
            .map
            .insert(FontId(face.tag.clone()), PdfFont::new(parsed));
    }
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
    let mut lo = doc.to_lopdf_document(&options, &mut Vec::new());
    catalog(&mut lo, &meta.lang);
    if options.optimize {
        lo.compress();
    }
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| Error::Io {
        path: "pdf".into(),
        detail: e.to_string(),
    })?;
    fix_file_id(&mut bytes);
    Ok(bytes)
}

/// What the document's catalog says beyond printpdf's: its language, and that a viewer
/// opens it with the bookmarks of the chapters showing.
fn catalog(doc: &mut lopdf::Document, lang: &str) {
    let Ok(root) = doc
        .trailer
        .get(b"Root")
        .and_then(lopdf::Object::as_reference)
    else {
        return;
    };
    if let Ok(dict) = doc
        .get_object_mut(root)
        .and_then(lopdf::Object::as_dict_mut)
    {
        if !lang.is_empty() {
            dict.set("Lang", lopdf::Object::string_literal(lang));
        }
        dict.set("PageMode", lopdf::Object::Name(b"UseOutlines".to_vec()));
    }
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
