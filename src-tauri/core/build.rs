//! Finds the questionnaire languages (`i18n/survey/<code>.json`) when the core is built,
//! so that a translator adds a language by adding a file; and makes the smaller forms of
//! the data the binary carries (the governance indicators' columns the app reads; the
//! report fonts and the message files compressed).

// A build script says what went wrong by stopping with it.
#![allow(clippy::expect_used)]

use std::fmt::Write;
use std::path::Path;

fn main() {
    // Read when the script runs, not when it is compiled: a compiled script is reused
    // by a checkout at another path that shares the build cache.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../i18n/survey");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("i18n/survey")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let code = p
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a file name in UTF-8")
                .to_string();
            let path = p.canonicalize().expect("path").display().to_string();
            println!("cargo:rerun-if-changed={path}");
            (code, path)
        })
        .collect();
    files.sort();
    let mut out = String::from(
        "/// Each questionnaire language file: its code and its text.\n\
         pub(crate) const FILES: &[(&str, &str)] = &[\n",
    );
    for (code, path) in &files {
        writeln!(out, "    ({code:?}, include_str!({path:?})),").expect("write");
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out_dir = Path::new(&out_dir);
    std::fs::write(out_dir.join("survey_languages.rs"), out).expect("write the language list");
    governance_indicators(Path::new(&manifest), out_dir);
    for face in ["NotoSans-Regular", "NotoSans-Bold"] {
        compress(
            &Path::new(&manifest).join(format!("assets/fonts/{face}.ttf")),
            &out_dir.join(format!("{face}.ttf.deflate")),
        );
    }
    for lang in ["nl", "en"] {
        compress(
            &Path::new(&manifest).join(format!("../../i18n/{lang}.json")),
            &out_dir.join(format!("{lang}.json.deflate")),
        );
    }
}

/// The World Bank governance indicators as the app reads them (`reference::wgi`): of the
/// source's eleven columns only the economy's code, the year, the indicator and the
/// percentile rank, a quarter of the size in the binary. The source file stays as
/// published in the repository; a test compares the two.
fn governance_indicators(manifest: &Path, out_dir: &Path) {
    let source = manifest.join("reference-data/world-bank-wgi/wgi_2014_2023.csv");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(&source).expect("the WGI file");
    let mut out = String::from("code,year,indicator,pctrank\n");
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        // No field of this edition holds a comma or a quote; a new edition that does
        // stops the build here rather than shifting columns.
        let f: Vec<&str> = line.split(',').collect();
        assert!(
            f.len() == 11 && !line.contains('"'),
            "a WGI row that is not eleven plain fields: {line}"
        );
        writeln!(out, "{},{},{},{}", f[1], f[3], f[4], f[8]).expect("write");
    }
    std::fs::write(out_dir.join("wgi.csv"), out).expect("write the WGI extract");
}

/// `source` compressed with deflate into `target` (`files::inflate` makes it whole again).
fn compress(source: &Path, target: &Path) {
    use std::io::Write as _;
    println!("cargo:rerun-if-changed={}", source.display());
    let bytes = std::fs::read(source).expect("a font file");
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&bytes).expect("compress");
    std::fs::write(target, encoder.finish().expect("compress")).expect("write");
}
