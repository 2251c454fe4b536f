//! Finds the questionnaire languages (`i18n/survey/<code>.json`) when the core is built,
//! so that a translator adds a language by adding a file.

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
    let target = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("survey_languages.rs");
    std::fs::write(target, out).expect("write the language list");
}
