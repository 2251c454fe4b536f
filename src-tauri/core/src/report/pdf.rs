//! Writes laid-out pages as a PDF with printpdf: A4, the fonts embedded as subsets (Noto
//! Sans, and the system fonts that text in other scripts needed), and a bookmark
//! (outline entry) for every chapter.
//!
//! The subsets are cut here (`report/subset.rs`), not by printpdf: its own subsetting comes
//! with a general layout engine the reports do not use (ADR 0023). printpdf embeds the
//! cut-down file as it is given.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use printpdf::{
    Codepoint, Color, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PageAnnotId,
    PageAnnotation, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder,
};

use super::fonts::{FaceRef, Fonts};
use super::layout::{Item, Laid, PAGE_H, PAGE_W};
use super::placement::{place, Drawn};
use super::subset::subset;
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
    /// What each face drew on this page.
    used: BTreeMap<FaceRefKey, Used>,
}

/// What one face drew: characters (their glyphs are looked up once, at the end) and
/// shaped glyphs (numbered as in the whole face).
#[derive(Default)]
struct Used {
    chars: BTreeSet<char>,
    glyphs: BTreeSet<u16>,
}

impl Used {
    fn add(&mut self, other: Used) {
        self.chars.extend(other.chars);
        self.glyphs.extend(other.glyphs);
    }
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
            }
            let used = self.used.entry(key(piece.face)).or_default();
            match &piece.what {
                Drawn::Text(t) => used.chars.extend(t.chars()),
                Drawn::Glyph { gid, .. } => {
                    used.glyphs.insert(*gid);
                }
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
    let mut used: BTreeMap<FaceRefKey, Used> = BTreeMap::new();
    let mut pages: Vec<Vec<Op>> = laid
        .pages
        .iter()
        .map(|page| {
            let mut w = PageWriter::default();
            for item in &page.items {
                w.item(item, fonts);
            }
            w.end_text();
            for (face, drew) in w.used {
                used.entry(face).or_default().add(drew);
            }
            w.ops
        })
        .collect();
    // Only the faces the pages used are embedded, each cut down to the glyphs drawn.
    let mut cuts: HashMap<String, Cut> = HashMap::new();
    for ((kind, i), drew) in used {
        let face = fonts.face(match kind {
            0 => FaceRef::Regular,
            1 => FaceRef::Bold,
            _ => FaceRef::System(i),
        });
        let mut glyphs = drew.glyphs;
        glyphs.extend(drew.chars.iter().filter_map(|c| face.glyph(*c)));
        let cut = subset(face, &glyphs).and_then(|cut| {
            let parsed = ParsedFont::from_bytes(&cut.bytes, 0, &mut Vec::new())?;
            Some((cut, parsed))
        });
        let parsed = match cut {
            Some((cut, mut parsed)) => {
                // printpdf finds a character's glyph through the cut-down face's own
                // map. Where that map does not give the glyph kept for the character
                // (a face whose maps disagree), the face's text is drawn by number.
                let kept = |c: char| face.glyph(c).and_then(|g| cut.renumbered.get(&g).copied());
                let agrees = drew
                    .chars
                    .iter()
                    .all(|c| parsed.lookup_glyph_index(u32::from(*c)) == kept(*c));
                let by_number = (!agrees).then(|| {
                    drew.chars
                        .iter()
                        .map(|c| (*c, kept(*c).unwrap_or(0)))
                        .collect()
                });
                // A subset's name starts with its tag (ISO 32000-1, 9.6.4).
                let name = face.postscript_name().unwrap_or_else(|| face.tag.clone());
                parsed.font_name = Some(format!("{}+{name}", face.tag));
                cuts.insert(
                    face.tag.clone(),
                    Cut {
                        renumbered: cut.renumbered,
                        by_number,
                    },
                );
                parsed
            }
            // A face that cannot be cut down goes in whole, under its own name, and
            // keeps its glyph numbers.
            None => {
                let mut parsed =
                    ParsedFont::from_bytes(face.bytes, face.index as usize, &mut Vec::new())
                        .ok_or_else(|| Error::Io {
                            path: "font".into(),
                            detail: format!("the font {} cannot be embedded", face.tag),
                        })?;
                parsed.font_name = face.postscript_name();
                parsed
            }
        };
        doc.resources
            .fonts
            .map
            .insert(FontId(face.tag.clone()), PdfFont::new(parsed));
    }
    for ops in &mut pages {
        renumber_glyphs(ops, &cuts);
    }
    doc.with_pages(
        pages
            .into_iter()
            .map(|ops| PdfPage::new(mm(PAGE_W), mm(PAGE_H), ops))
            .collect(),
    );
    for (i, h) in laid.headings.iter().filter(|h| h.level == 1).enumerate() {
        doc.bookmarks.map.insert(
            PageAnnotId(format!("B{i:05}")),
            PageAnnotation {
                name: h.text.clone(),
                page: h.page,
            },
        );
    }
    // The faces are cut down already (above); printpdf embeds them as they are.
    let options = PdfSaveOptions::default();
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

/// A face as it went into the PDF, cut down.
struct Cut {
    /// Each kept glyph's number in the face → its number in the cut-down face.
    renumbered: BTreeMap<u16, u16>,
    /// When the cut-down face's own map does not find the kept glyphs: each character
    /// drawn → its glyph's number in the cut-down face.
    by_number: Option<HashMap<char, u16>>,
}

/// Shaped glyphs are drawn by number: give them their numbers in the cut-down faces.
/// Characters drawn as text find their glyph through the cut-down face's own map, or,
/// where that map fails them, are drawn by number too. Faces that went in whole keep
/// their numbers.
fn renumber_glyphs(ops: &mut [Op], cuts: &HashMap<String, Cut>) {
    let mut current: Option<&Cut> = None;
    for op in ops {
        match op {
            Op::SetFont {
                font: PdfFontHandle::External(FontId(tag)),
                ..
            } => current = cuts.get(tag.as_str()),
            Op::ShowText { items } => {
                let Some(cut) = current else { continue };
                for item in items.iter_mut() {
                    if let TextItem::GlyphIds(glyphs) = item {
                        for g in glyphs {
                            g.gid = cut.renumbered.get(&g.gid).copied().unwrap_or(0);
                        }
                    } else if let (TextItem::Text(t), Some(by)) = (&*item, &cut.by_number) {
                        let glyphs = t
                            .chars()
                            .map(|c| Codepoint {
                                gid: by.get(&c).copied().unwrap_or(0),
                                offset: 0.0,
                                cid: Some(c.to_string()),
                            })
                            .collect();
                        *item = TextItem::GlyphIds(glyphs);
                    }
                }
            }
            _ => {}
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn font(tag: &str) -> Op {
        Op::SetFont {
            font: PdfFontHandle::External(FontId(tag.into())),
            size: Pt(10.0),
        }
    }

    fn glyphs(gids: &[u16]) -> Op {
        Op::ShowText {
            items: vec![TextItem::GlyphIds(
                gids.iter()
                    .map(|gid| Codepoint {
                        gid: *gid,
                        offset: 0.0,
                        cid: Some("x".into()),
                    })
                    .collect(),
            )],
        }
    }

    fn gids(op: &Op) -> Vec<u16> {
        match op {
            Op::ShowText { items } => items
                .iter()
                .flat_map(|i| match i {
                    TextItem::GlyphIds(g) => g.iter().map(|c| c.gid).collect(),
                    _ => Vec::new(),
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    fn cut(renumbered: &[(u16, u16)], by_number: Option<&[(char, u16)]>) -> Cut {
        Cut {
            renumbered: renumbered.iter().copied().collect(),
            by_number: by_number.map(|b| b.iter().copied().collect()),
        }
    }

    fn text(t: &str) -> Op {
        Op::ShowText {
            items: vec![TextItem::Text(t.into())],
        }
    }

    #[test]
    fn shaped_glyphs_get_their_numbers_in_the_subset_of_the_face_they_are_drawn_with() {
        let mut ops = vec![
            font("KKSYAA"),
            glyphs(&[777, 12]),
            font("KKSYAB"),
            glyphs(&[777]),
            font("KKNOTE"),
            glyphs(&[777]),
        ];
        let cuts = HashMap::from([
            (
                "KKSYAA".to_string(),
                cut(&[(0, 0), (12, 1), (777, 2)], None),
            ),
            ("KKSYAB".to_string(), cut(&[(0, 0), (777, 1)], None)),
        ]);
        renumber_glyphs(&mut ops, &cuts);
        assert_eq!(gids(&ops[1]), [2, 1]);
        assert_eq!(gids(&ops[3]), [1]);
        // A face that went in whole keeps its numbers.
        assert_eq!(gids(&ops[5]), [777]);
    }

    #[test]
    fn text_is_drawn_by_number_only_in_a_face_whose_own_map_fails_its_characters() {
        let mut ops = vec![font("KKSANR"), text("ab"), font("KKSYAA"), text("ab")];
        let cuts = HashMap::from([
            ("KKSANR".to_string(), cut(&[(0, 0), (68, 1), (69, 2)], None)),
            (
                "KKSYAA".to_string(),
                cut(&[(0, 0), (68, 1), (69, 2)], Some(&[('a', 1), ('b', 2)])),
            ),
        ]);
        renumber_glyphs(&mut ops, &cuts);
        let Op::ShowText { items } = &ops[1] else {
            panic!("text")
        };
        assert!(matches!(&items[0], TextItem::Text(t) if t == "ab"));
        assert_eq!(gids(&ops[3]), [1, 2]);
        let Op::ShowText { items } = &ops[3] else {
            panic!("text")
        };
        let TextItem::GlyphIds(g) = &items[0] else {
            panic!("glyphs")
        };
        // Copying the text out still gives the characters.
        assert_eq!(g[1].cid.as_deref(), Some("b"));
    }
}
