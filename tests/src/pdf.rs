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

/// Every font of the PDF at `pdf` is embedded as a subset, as `pdffonts` reports it;
/// a PDF without fonts fails too.
pub fn assert_fonts_embedded_as_subsets(pdf: &str) {
    let fonts = tool("pdffonts", &[pdf]);
    // The font rows are the lines below the table's `----` rule.
    let rows: Vec<&str> = fonts
        .lines()
        .skip_while(|l| !l.starts_with("---"))
        .filter(|l| !l.starts_with("---"))
        .collect();
    assert!(!rows.is_empty(), "{pdf}: pdffonts lists no font: {fonts}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(cols[n - 5], "yes", "{pdf}: embedded: {row}");
        assert_eq!(cols[n - 4], "yes", "{pdf}: subset: {row}");
        assert!(cols[0].contains('+'), "{pdf}: subset name: {row}");
    }
}
