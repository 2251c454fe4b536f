//! Reading a PDF back as a reader would, with poppler-utils (`pdftotext`, `pdffonts`).

use std::process::Command;

use crate::Scratch;

pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} (poppler-utils) is needed: {e}"));
    assert!(out.status.success(), "{name} failed: {:?}", out);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF as `pdftotext` reads it, with lines joined by spaces.
pub fn pdf_text(s: &Scratch, name: &str, bytes: &[u8]) -> String {
    let p = s.path(name);
    std::fs::write(&p, bytes).expect("write pdf");
    if let Ok(dir) = std::env::var("KK_KEEP_PDF") {
        let _ = std::fs::copy(&p, std::path::Path::new(&dir).join(name));
    }
    tool("pdftotext", &[p.to_str().expect("path"), "-"])
}

pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text without any white space, so that a word cut over two lines of a narrow
/// table column is still found.
pub fn solid(text: &str) -> String {
    text.split_whitespace().collect()
}

/// A message key that was not found shows as itself: lower-case words with hyphens.
pub fn unresolved_keys(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|w| {
            let parts: Vec<&str> = w.split('-').collect();
            parts.len() >= 2
                && parts.iter().all(|p| {
                    !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                })
                && [
                    "ch", "col", "step", "plan", "public", "risk", "risks", "cover", "fig",
                ]
                .contains(&parts[0])
        })
        .map(String::from)
        .collect()
}
