//! The report fonts. Noto Sans regular and bold (SIL Open Font License 1.1, see
//! `assets/fonts/OFL.txt`) are embedded in the program and print Latin, Greek and
//! Cyrillic. Text in a script they lack (Chinese, Japanese, Korean, Arabic, Hebrew,
//! Thai, Indic scripts, …) prints with a font the user's system already has: the usual
//! font files of Windows, macOS and Linux desktops are tried in order, each read only
//! when a report needs a character it has, and only the glyphs used go into the PDF.
//! So the installer stays small, and a report without such text reads no font at all.
//!
//! Arabic script is shaped (joined letters, ligatures, marks) with the font's own rules
//! through `allsorts`; every other script is drawn character by character.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use allsorts::binary::read::ReadScope;
use allsorts::font::MatchingPresentation;
use allsorts::font_data::FontData;
use allsorts::glyph_position::{GlyphLayout, TextDirection};
use allsorts::gsub::{FeatureMask, FeatureMaskExt};

use super::layout::Measure;
use super::script;

/// The two faces as the binary carries them, compressed (`build.rs`); [`regular`] and
/// [`bold`] give the font files.
const REGULAR_DEFLATED: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Regular.ttf.deflate"));
const BOLD_DEFLATED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Bold.ttf.deflate"));

/// The bundled regular face, Noto Sans Regular (a TrueType file).
pub fn regular() -> &'static [u8] {
    static FONT: OnceLock<Vec<u8>> = OnceLock::new();
    FONT.get_or_init(|| crate::files::inflate(REGULAR_DEFLATED))
}

/// The bundled bold face, Noto Sans Bold.
pub fn bold() -> &'static [u8] {
    static FONT: OnceLock<Vec<u8>> = OnceLock::new();
    FONT.get_or_init(|| crate::files::inflate(BOLD_DEFLATED))
}

/// A system font file larger than this is not read (the largest usual one, a CJK
/// collection, is about 60 MB).
const MAX_FONT_BYTES: u64 = 128 * 1024 * 1024;

/// One face of a font file, with what measuring and drawing need.
pub struct Face {
    /// The PDF resource name, which is also the subset tag: six capitals.
    pub tag: String,
    pub bytes: &'static [u8],
    pub index: u32,
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advances of the first 0x250 code points (Latin), for the common case.
    latin: Vec<u16>,
    /// The face joins Arabic letters by its own rules (it has them and they work).
    shapes_arabic: bool,
}

impl Face {
    fn parse(tag: String, bytes: &'static [u8], index: u32) -> Option<Face> {
        let face = ttf_parser::Face::parse(bytes, index).ok()?;
        let tables = face.tables();
        // Outlines the PDF can embed: TrueType or CFF (not bitmaps, not Apple's newer
        // formats).
        if tables.glyf.is_none() && tables.cff.is_none() {
            return None;
        }
        let advance = |c: char| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .unwrap_or(0)
        };
        let latin = (0u32..0x250)
            .map(|u| char::from_u32(u).map(advance).unwrap_or(0))
            .collect();
        let mut f = Face {
            tag,
            bytes,
            index,
            units_per_em: f32::from(face.units_per_em()),
            face,
            latin,
            shapes_arabic: false,
        };
        f.shapes_arabic = f.has('\u{0644}')
            && shape(&f, "\u{0644}\u{0644}").is_some_and(|g| {
                // Two lams joined are not two isolated lams.
                let isolated = f.face.glyph_index('\u{0644}').map(|g| g.0);
                g.iter().any(|x| Some(x.gid) != isolated)
            });
        Some(f)
    }

    pub fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    fn advance(&self, c: char) -> u16 {
        match self.latin.get(c as usize) {
            Some(w) if (c as u32) < 0x250 && *w > 0 => *w,
            _ => self
                .face
                .glyph_index(c)
                .and_then(|g| self.face.glyph_hor_advance(g))
                .unwrap_or(0),
        }
    }

    /// The width of `text` drawn character by character, in points.
    fn plain_width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .filter(|c| !script::is_ignorable(*c))
            .map(|c| u32::from(self.advance(c)))
            .sum();
        units as f32 / self.units_per_em * size
    }

    /// Points per font unit at `size`.
    pub fn scale(&self, size: f32) -> f32 {
        size / self.units_per_em
    }

    /// The glyph the face's own character map gives `c`, if any.
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.face.glyph_index(c).map(|g| g.0)
    }

    /// The face's PostScript name (as a PDF names the font), if it has one.
    pub fn postscript_name(&self) -> Option<String> {
        self.face
            .names()
            .into_iter()
            .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .find_map(|n| n.to_string())
    }
}

/// One glyph of shaped text, in the order of the text (logical order).
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub gid: u16,
    /// In font units.
    pub advance: i32,
    pub x_offset: i32,
    pub y_offset: i32,
    /// The characters the glyph stands for (for copying text out of the PDF).
    pub text: String,
}

/// Shapes right-to-left `text` in `face`; `None` when the face cannot.
pub fn shape(face: &Face, text: &str) -> Option<Vec<Shaped>> {
    let data = ReadScope::new(face.bytes).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(face.index as usize).ok()?;
    let mut font = allsorts::Font::new(provider).ok()?;
    let glyphs = font.map_glyphs(text, allsorts::tag::ARAB, MatchingPresentation::NotRequired);
    let infos = font
        .shape(
            glyphs,
            allsorts::tag::ARAB,
            None,
            FeatureMask::default_mask(),
            &[],
            None,
            true,
        )
        .unwrap_or_else(|(_, infos)| infos);
    let positions = GlyphLayout::new(&mut font, &infos, TextDirection::RightToLeft, false)
        .glyph_positions()
        .ok()?;
    Some(
        infos
            .iter()
            .zip(positions)
            .map(|(info, p)| Shaped {
                gid: info.glyph.glyph_index,
                advance: p.hori_advance,
                x_offset: p.x_offset,
                y_offset: p.y_offset,
                text: info.glyph.unicodes.iter().collect(),
            })
            .collect(),
    )
}

/// Which face draws a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FaceRef {
    Regular,
    Bold,
    System(usize),
}

/// A piece of text drawn with one face, in logical order.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub face: FaceRef,
    pub text: String,
    /// Arabic-script text that the face shapes.
    pub shaped: bool,
}

/// The bundled faces and the system fonts to fall back on. Measures text for the layout
/// and splits it into runs for the PDF.
pub struct Fonts {
    regular: Face,
    bold: Face,
    candidates: Vec<(PathBuf, u32)>,
    /// Faces of the candidates read so far (`None`: missing or unusable).
    system: RefCell<Vec<Option<&'static Face>>>,
    /// The face found for each character outside the bundled font.
    chosen: RefCell<HashMap<char, Option<usize>>>,
}

impl Fonts {
    /// The bundled fonts with the usual font files of this system as fallbacks.
    pub fn system() -> Option<Fonts> {
        Fonts::with_candidates(candidates())
    }

    /// The bundled fonts with these font files (path, face index) as fallbacks, tried
    /// in order. With none, text in other scripts cannot be printed.
    pub fn with_candidates(candidates: Vec<(PathBuf, u32)>) -> Option<Fonts> {
        Some(Fonts {
            regular: Face::parse("KKSANR".into(), regular(), 0)?,
            bold: Face::parse("KKSANB".into(), bold(), 0)?,
            system: RefCell::new(vec![None; candidates.len()]),
            candidates,
            chosen: RefCell::new(HashMap::new()),
        })
    }

    pub fn face(&self, r: FaceRef) -> &Face {
        match r {
            FaceRef::Regular => &self.regular,
            FaceRef::Bold => &self.bold,
            FaceRef::System(i) => self.system.borrow()[i].unwrap_or(&self.regular),
        }
    }

    /// The face that draws `c` in the weight asked for: the bundled one when it has
    /// the character, otherwise the first system font that has it; `None` when no
    /// font has it (or for characters that are never drawn).
    pub fn face_for(&self, c: char, bold: bool) -> Option<FaceRef> {
        let bundled = if bold { &self.bold } else { &self.regular };
        if (c as u32) < 0x250 || bundled.has(c) {
            return Some(if bold {
                FaceRef::Bold
            } else {
                FaceRef::Regular
            });
        }
        if script::is_ignorable(c) {
            return None;
        }
        if let Some(found) = self.chosen.borrow().get(&c) {
            return found.map(FaceRef::System);
        }
        let found = (0..self.candidates.len()).find(|i| {
            self.load(*i)
                .is_some_and(|f| f.has(c) && (!script::is_arabic(c) || f.shapes_arabic))
        });
        self.chosen.borrow_mut().insert(c, found);
        found.map(FaceRef::System)
    }

    /// True when some font can draw `c` (characters that are never drawn count too).
    pub fn covers(&self, c: char) -> bool {
        script::is_ignorable(c) || self.face_for(c, false).is_some()
    }

    /// Candidate `i`, read on first use.
    fn load(&self, i: usize) -> Option<&'static Face> {
        if let Some(f) = self.system.borrow().get(i).copied().flatten() {
            return Some(f);
        }
        let (path, index) = self.candidates.get(i)?;
        let face = system_face(path, *index, i);
        if let Some(slot) = self.system.borrow_mut().get_mut(i) {
            *slot = face;
        }
        face
    }

    /// `text` split into runs of one face each, in logical order; characters no font
    /// has and characters that are never drawn are left out.
    pub fn runs(&self, text: &str, bold: bool) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for c in text.chars() {
            let Some(face) = self.face_for(c, bold) else {
                continue;
            };
            // Arabic and the marks, digits and spaces inside it stay in one shaped run.
            let arabic = script::is_arabic(c);
            match runs.last_mut() {
                Some(r) if r.face == face && (r.shaped == arabic || !script::is_strong(c)) => {
                    r.text.push(c)
                }
                _ => runs.push(Run {
                    face,
                    text: c.to_string(),
                    shaped: arabic && matches!(face, FaceRef::System(_)),
                }),
            }
        }
        runs
    }

    /// The width of one run in points.
    pub fn run_width(&self, run: &Run, size: f32) -> f32 {
        let face = self.face(run.face);
        if run.shaped {
            if let Some(glyphs) = shape(face, &run.text) {
                let units: i32 = glyphs.iter().map(|g| g.advance).sum();
                return units as f32 * face.scale(size);
            }
        }
        face.plain_width(&run.text, size)
    }
}

impl Measure for Fonts {
    fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        let face = if bold { &self.bold } else { &self.regular };
        if text.chars().all(|c| (c as u32) < 0x250) {
            return face.plain_width(text, size);
        }
        self.runs(text, bold)
            .iter()
            .map(|r| self.run_width(r, size))
            .sum()
    }
}

/// The faces read from the system, once per process: a report run after another finds
/// them in memory. Their bytes stay for the life of the process.
fn system_face(path: &Path, index: u32, slot: usize) -> Option<&'static Face> {
    type Cache = Mutex<HashMap<(PathBuf, u32), Option<&'static Face>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let key = (path.to_path_buf(), index);
    if let Some(found) = cache.lock().ok()?.get(&key) {
        return *found;
    }
    let face = read_face(path, index, slot);
    if let Ok(mut c) = cache.lock() {
        c.insert(key, face);
    }
    face
}

fn read_face(path: &Path, index: u32, slot: usize) -> Option<&'static Face> {
    let size = std::fs::metadata(path).ok()?.len();
    if size > MAX_FONT_BYTES {
        return None;
    }
    let bytes: &'static [u8] = Box::leak(std::fs::read(path).ok()?.into_boxed_slice());
    let face = Face::parse(system_tag(slot), bytes, index)?;
    Some(Box::leak(Box::new(face)))
}

/// `KKSYAA`, `KKSYAB`, …: a resource name and subset tag per candidate.
fn system_tag(slot: usize) -> String {
    let a = (b'A' + (slot / 26 % 26) as u8) as char;
    let b = (b'A' + (slot % 26) as u8) as char;
    format!("KKSY{a}{b}")
}

/// The font files this system usually has for the scripts Noto Sans lacks, best first:
/// those made for one script before the broad ones.
fn candidates() -> Vec<(PathBuf, u32)> {
    let mut found = Vec::new();
    for (dir, names) in font_places() {
        for name in names {
            let path = dir.join(name);
            if path.is_file() {
                found.push((path, 0));
            }
        }
    }
    found
}

#[cfg(target_os = "windows")]
fn font_places() -> Vec<(PathBuf, &'static [&'static str])> {
    let windows = std::env::var_os("WINDIR")
        .or_else(|| std::env::var_os("SystemRoot"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("C:\\Windows"));
    vec![(
        windows.join("Fonts"),
        &[
            "msyh.ttc",
            "msjh.ttc",
            "YuGothR.ttc",
            "msgothic.ttc",
            "malgun.ttf",
            "simsun.ttc",
            "arial.ttf",
            "tahoma.ttf",
            "segoeui.ttf",
            "Nirmala.ttf",
            "LeelawUI.ttf",
            "ebrima.ttf",
        ],
    )]
}

#[cfg(target_os = "macos")]
fn font_places() -> Vec<(PathBuf, &'static [&'static str])> {
    vec![
        (
            PathBuf::from("/System/Library/Fonts"),
            &[
                "PingFang.ttc",
                "Hiragino Sans GB.ttc",
                "ヒラギノ角ゴシック W3.ttc",
                "AppleSDGothicNeo.ttc",
                "SFArabic.ttf",
                "GeezaPro.ttc",
                "SFHebrew.ttf",
                "Thonburi.ttc",
                "Kohinoor.ttc",
            ],
        ),
        (
            PathBuf::from("/System/Library/Fonts/Supplemental"),
            &["Arial Unicode.ttf", "Arial.ttf", "Tahoma.ttf"],
        ),
        (PathBuf::from("/Library/Fonts"), &["Arial Unicode.ttf"]),
    ]
}

#[cfg(all(unix, not(target_os = "macos")))]
fn font_places() -> Vec<(PathBuf, &'static [&'static str])> {
    const NAMES: &[&str] = &[
        // Debian, Ubuntu (fonts-noto-cjk, fonts-noto-core), Arch, Fedora.
        "opentype/noto/NotoSansCJK-Regular.ttc",
        "noto-cjk/NotoSansCJK-Regular.ttc",
        "google-noto-cjk/NotoSansCJK-Regular.ttc",
        "truetype/noto/NotoSansArabic-Regular.ttf",
        "truetype/noto/NotoNaskhArabic-Regular.ttf",
        "noto/NotoSansArabic-Regular.ttf",
        "google-noto/NotoSansArabic-Regular.ttf",
        "truetype/noto/NotoSansHebrew-Regular.ttf",
        "truetype/noto/NotoSansThai-Regular.ttf",
        "truetype/noto/NotoSansDevanagari-Regular.ttf",
        "truetype/noto/NotoSansBengali-Regular.ttf",
        "truetype/noto/NotoSansTamil-Regular.ttf",
        "truetype/noto/NotoSansGujarati-Regular.ttf",
        "truetype/noto/NotoSansGurmukhi-Regular.ttf",
        "truetype/noto/NotoSansTelugu-Regular.ttf",
        "truetype/noto/NotoSansKannada-Regular.ttf",
        "truetype/noto/NotoSansMalayalam-Regular.ttf",
        "truetype/noto/NotoSansSinhala-Regular.ttf",
        "truetype/noto/NotoSansKhmer-Regular.ttf",
        "truetype/noto/NotoSansLao-Regular.ttf",
        "truetype/noto/NotoSansMyanmar-Regular.ttf",
        "truetype/noto/NotoSansGeorgian-Regular.ttf",
        "truetype/noto/NotoSansArmenian-Regular.ttf",
        "truetype/noto/NotoSansEthiopic-Regular.ttf",
        "truetype/droid/DroidSansFallbackFull.ttf",
        "truetype/wqy/wqy-microhei.ttc",
        "truetype/wqy/wqy-zenhei.ttc",
        "truetype/dejavu/DejaVuSans.ttf",
        "truetype/freefont/FreeSans.ttf",
    ];
    let mut places = vec![(PathBuf::from("/usr/share/fonts"), NAMES)];
    places.push((PathBuf::from("/usr/local/share/fonts"), NAMES));
    places
}

#[cfg(not(any(unix, target_os = "windows")))]
fn font_places() -> Vec<(PathBuf, &'static [&'static str])> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compressed_faces_are_the_font_files() {
        assert_eq!(
            regular(),
            include_bytes!("../../assets/fonts/NotoSans-Regular.ttf")
        );
        assert_eq!(
            bold(),
            include_bytes!("../../assets/fonts/NotoSans-Bold.ttf")
        );
        assert!(REGULAR_DEFLATED.len() < regular().len() * 3 / 4);
    }

    #[test]
    fn widths_come_from_the_font_and_grow_with_size_and_weight() {
        let m = Fonts::with_candidates(Vec::new()).expect("fonts");
        let w = m.width("Zeeland Werkkleding", false, 10.0);
        assert!(w > 60.0 && w < 120.0, "{w}");
        assert!((m.width("Zeeland Werkkleding", false, 20.0) - 2.0 * w).abs() < 0.01);
        assert!(m.width("Zeeland Werkkleding", true, 10.0) > w);
        assert!(m.width("iiii", false, 10.0) < m.width("MMMM", false, 10.0));
        assert!(m.width("ë ç ş", false, 10.0) > 0.0);
    }

    #[test]
    fn without_a_system_font_other_scripts_are_not_covered_and_not_drawn() {
        let m = Fonts::with_candidates(Vec::new()).expect("fonts");
        assert!(m.covers('ë') && m.covers('Ж') && m.covers('\u{200D}'));
        assert!(!m.covers('中') && !m.covers('ب'));
        assert_eq!(
            m.runs("A中B", false)
                .iter()
                .map(|r| r.text.as_str())
                .collect::<Vec<_>>(),
            ["AB"]
        );
    }

    #[test]
    fn resource_names_are_six_capitals() {
        assert_eq!(system_tag(0), "KKSYAA");
        assert_eq!(system_tag(27), "KKSYBB");
    }
}
