//! A face cut down to the glyphs a document draws, for the PDF (ADR 0023): the file
//! keeps only those glyphs (and the glyphs they are built from), the character map of
//! the kept glyphs, and the tables a PDF needs.

use std::collections::{BTreeMap, BTreeSet};

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::tag;

use super::fonts::Face;

/// A face cut down to the glyphs a document uses.
pub struct Subset {
    /// A font file (TrueType or OpenType) of one face.
    pub bytes: Vec<u8>,
    /// Each kept glyph's number in the face → its number in `bytes`.
    pub renumbered: BTreeMap<u16, u16>,
}

/// A font file of `face` with only `glyphs` and the glyphs they are built from (glyph
/// 0, which every font needs, first), and each asked glyph's number in it. The new file
/// keeps the character map of the kept glyphs, so a character still finds its glyph.
/// `None` when the face cannot be cut down.
pub fn subset(face: &Face, glyphs: &BTreeSet<u16>) -> Option<Subset> {
    let data = ReadScope::new(face.bytes).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(face.index as usize).ok()?;
    let ids: Vec<u16> = std::iter::once(0)
        .chain(glyphs.iter().copied().filter(|g| *g != 0))
        .collect();
    // The tables a PDF needs, and OS/2, from which the PDF's font description takes the
    // weight.
    let tables = vec![
        tag::CMAP,
        tag::HEAD,
        tag::CVT,
        tag::FPGM,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
        tag::NAME,
        tag::OS_2,
        tag::POST,
        tag::PREP,
    ];
    let bytes = allsorts::subset::subset(
        &provider,
        &ids,
        &allsorts::subset::SubsetProfile::Custom(tables),
        allsorts::subset::CmapTarget::Unicode,
    )
    .ok()?;
    // The subsetter numbers the glyphs it was given by their place in the list (glyphs
    // that composite glyphs need come after them).
    let renumbered = ids
        .iter()
        .enumerate()
        .filter_map(|(i, g)| Some((*g, u16::try_from(i).ok()?)))
        .collect();
    Some(Subset { bytes, renumbered })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fonts::{FaceRef, Fonts};

    /// A glyph's outline as a list of drawing commands, to compare two fonts' glyphs.
    #[derive(Default)]
    struct Outline(Vec<String>);

    impl ttf_parser::OutlineBuilder for Outline {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.push(format!("M{x},{y}"));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.push(format!("L{x},{y}"));
        }
        fn quad_to(&mut self, a: f32, b: f32, x: f32, y: f32) {
            self.0.push(format!("Q{a},{b},{x},{y}"));
        }
        fn curve_to(&mut self, a: f32, b: f32, c: f32, d: f32, x: f32, y: f32) {
            self.0.push(format!("C{a},{b},{c},{d},{x},{y}"));
        }
        fn close(&mut self) {
            self.0.push("Z".into());
        }
    }

    fn drawn(face: &ttf_parser::Face<'_>, gid: u16) -> (Vec<String>, Option<u16>) {
        let mut o = Outline::default();
        face.outline_glyph(ttf_parser::GlyphId(gid), &mut o);
        (o.0, face.glyph_hor_advance(ttf_parser::GlyphId(gid)))
    }

    #[test]
    fn a_subset_draws_every_kept_character_and_glyph_as_the_whole_face_does() {
        let m = Fonts::with_candidates(Vec::new()).expect("fonts");
        let face = m.face(FaceRef::Regular);
        let text = "Ketenkompas: Zeeland Werkkleding, ë ç ş Ж Ω € 2026 fi";
        let mut glyphs: BTreeSet<u16> = text.chars().filter_map(|c| face.glyph(c)).collect();
        // Glyphs drawn by number (as shaped text is), also ones no character maps to.
        glyphs.extend([3, 777, 1500, 2400]);
        let cut = subset(face, &glyphs).expect("subset");
        let whole = ttf_parser::Face::parse(face.bytes, face.index).expect("the face");
        let small = ttf_parser::Face::parse(&cut.bytes, 0).expect("the subset is a font");
        // Only what was asked (and glyph 0, and parts of composite glyphs) is kept.
        assert!(
            small.number_of_glyphs() < 80,
            "{}",
            small.number_of_glyphs()
        );
        assert!(
            cut.bytes.len() * 10 < face.bytes.len(),
            "{}",
            cut.bytes.len()
        );
        assert_eq!(cut.renumbered.get(&0), Some(&0));
        for (old, new) in &cut.renumbered {
            assert_eq!(drawn(&small, *new), drawn(&whole, *old), "glyph {old}");
        }
        for c in text.chars() {
            let old = face.glyph(c).expect("the face has it");
            let new = small.glyph_index(c).expect("the subset maps it").0;
            assert_eq!(cut.renumbered.get(&old), Some(&new), "{c}");
            assert!(!drawn(&small, new).0.is_empty() || c == ' ', "{c}");
        }
        assert_eq!(face.postscript_name().as_deref(), Some("NotoSans-Regular"));
    }
}
