//! The report fonts: Noto Sans regular and bold (SIL Open Font License 1.1, see
//! `assets/fonts/OFL.txt`), embedded in the program and measured with their own
//! advance widths.

use super::layout::Measure;

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Advance widths of both weights, read once from the font files.
pub struct Metrics {
    regular: Widths,
    bold: Widths,
}

struct Widths {
    units_per_em: f32,
    /// Advance per character for the first 0x250 code points (Latin), in font units.
    latin: Vec<u16>,
    face: ttf_parser::Face<'static>,
}

impl Widths {
    fn of(bytes: &'static [u8]) -> Option<Widths> {
        let face = ttf_parser::Face::parse(bytes, 0).ok()?;
        let advance = |c: char| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .unwrap_or(0)
        };
        let latin = (0u32..0x250)
            .map(|u| char::from_u32(u).map(advance).unwrap_or(0))
            .collect();
        Some(Widths {
            units_per_em: f32::from(face.units_per_em()),
            latin,
            face,
        })
    }

    fn advance(&self, c: char) -> u16 {
        match self.latin.get(c as usize) {
            Some(w) if (c as u32) < 0x250 => *w,
            _ => self
                .face
                .glyph_index(c)
                .and_then(|g| self.face.glyph_hor_advance(g))
                .unwrap_or(0),
        }
    }
}

impl Metrics {
    /// Reads the embedded fonts; `None` only if the program was built with broken fonts.
    pub fn load() -> Option<Metrics> {
        Some(Metrics {
            regular: Widths::of(REGULAR)?,
            bold: Widths::of(BOLD)?,
        })
    }
}

impl Measure for Metrics {
    fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        let w = if bold { &self.bold } else { &self.regular };
        let units: u32 = text.chars().map(|c| u32::from(w.advance(c))).sum();
        units as f32 / w.units_per_em * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font_and_grow_with_size_and_weight() {
        let m = Metrics::load().expect("fonts");
        let w = m.width("Zeeland Werkkleding", false, 10.0);
        assert!(w > 60.0 && w < 120.0, "{w}");
        assert!((m.width("Zeeland Werkkleding", false, 20.0) - 2.0 * w).abs() < 0.01);
        assert!(m.width("Zeeland Werkkleding", true, 10.0) > w);
        assert!(m.width("iiii", false, 10.0) < m.width("MMMM", false, 10.0));
        assert!(m.width("ë ç ş", false, 10.0) > 0.0);
    }
}
