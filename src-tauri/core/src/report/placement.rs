//! Where the pieces of one line of text go: which face draws each piece, in which
//! order the pieces stand (right-to-left text in its own order, by the Unicode
//! bidirectional algorithm), and, for Arabic script, which glyphs the font's rules make
//! of the letters. The PDF writer draws what this module places; the layout measured
//! the same runs.

use unicode_bidi::{BidiInfo, Level};

use super::fonts::{shape, FaceRef, Fonts};
use super::script;

/// One piece of a line, placed from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub face: FaceRef,
    /// Points from the start of the line.
    pub x: f32,
    pub what: Drawn,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Drawn {
    /// Characters the face maps to its glyphs one by one, in the order drawn.
    Text(String),
    /// One shaped glyph: its id, the characters it stands for, its rise in points.
    Glyph { gid: u16, text: String, rise: f32 },
}

/// The pieces of `text` at `size`, left to right as they are drawn. Characters no font
/// has are left out (they were replaced before the layout; this is the last guard).
pub fn place(fonts: &Fonts, text: &str, bold: bool, size: f32) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut x = 0.0;
    if !script::has_right_to_left(text) {
        for run in fonts.runs(text, bold) {
            let w = fonts.run_width(&run, size);
            out.push(Piece {
                face: run.face,
                x,
                what: Drawn::Text(run.text),
            });
            x += w;
        }
        return out;
    }
    // The reports are written left to right: a line is a left-to-right paragraph in
    // which right-to-left text runs, also when a wrapped line starts with it.
    let bidi = BidiInfo::new(text, Some(Level::ltr()));
    for para in &bidi.paragraphs {
        let (levels, visual) = bidi.visual_runs(para, para.range.clone());
        for range in visual {
            let rtl = levels[range.start].is_rtl();
            let mut runs = fonts.runs(&text[range], bold);
            if rtl {
                runs.reverse();
            }
            for run in runs {
                let face = fonts.face(run.face);
                if run.shaped {
                    if let Some(glyphs) = shape(face, &run.text) {
                        let scale = face.scale(size);
                        // Shaped in the order of the text; drawn from the right.
                        for g in glyphs.iter().rev() {
                            if g.gid != 0 {
                                out.push(Piece {
                                    face: run.face,
                                    x: x + g.x_offset as f32 * scale,
                                    what: Drawn::Glyph {
                                        gid: g.gid,
                                        text: g.text.clone(),
                                        rise: g.y_offset as f32 * scale,
                                    },
                                });
                            }
                            x += g.advance as f32 * scale;
                        }
                        continue;
                    }
                }
                let shown: String = if rtl {
                    run.text.chars().rev().map(script::mirrored).collect()
                } else {
                    run.text.clone()
                };
                let w = fonts.run_width(&run, size);
                out.push(Piece {
                    face: run.face,
                    x,
                    what: Drawn::Text(shown),
                });
                x += w;
            }
        }
    }
    out
}
