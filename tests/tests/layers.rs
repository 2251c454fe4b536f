//! The core's layers (ADR 0010, docs/ARCHITECTURE.md): every module of
//! `src-tauri/core/src` belongs to one layer and may use its own layer and the layers
//! below it, never one above. Read from the source: each `crate::…` path outside
//! comments and test modules is an import of the module it names.

#![allow(clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

/// The layers from the bottom up, and the top-level modules in each.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "foundation: errors, files, texts, reference data",
        &["error", "files", "messages", "reference"],
    ),
    (
        "model: plain data and its invariants",
        &["model", "settings"],
    ),
    (
        "rules: pure functions over the model",
        &[
            "prioritisation",
            "decisions",
            "guidance",
            "remediation",
            "mapping",
            "suggestions",
            "trends",
            "laws",
            "maturity",
            "survey",
            "updates",
        ],
    ),
    ("store: the dossier file and its SQL", &["store", "dossier"]),
    (
        "views: what combines records and rules",
        &["views", "dashboard", "reminders"],
    ),
    ("exchange and reports", &["exchange", "report"]),
    ("shell support", &["sample", "bindings", "session", "menu"]),
];

/// Names the crate root re-exports, and the module they come from.
const ROOT_NAMES: &[(&str, &str)] = &[
    ("Dossier", "dossier"),
    ("DossierInfo", "dossier"),
    ("SCHEMA_VERSION", "dossier"),
    ("Error", "error"),
    ("ErrorPayload", "error"),
    ("Result", "error"),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module))
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a source file without its comments and without its test module.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a piece of code names through `crate::`.
fn imports(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let module = ROOT_NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| m.to_string())
            .unwrap_or(name);
        out.push(module);
    }
    out
}

/// Every import that goes up a layer, as "file: module (layer) uses module (layer)";
/// every module without a layer too.
fn violations(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    sources(root, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let rel = file.strip_prefix(root).expect("inside").to_path_buf();
        let own = rel
            .components()
            .next()
            .map(|c| {
                c.as_os_str()
                    .to_string_lossy()
                    .trim_end_matches(".rs")
                    .to_string()
            })
            .unwrap_or_default();
        if own == "lib" || rel.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let Some(own_layer) = layer_of(&own) else {
            found.push(format!("{}: module {own} has no layer", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("read");
        for used in imports(&code(&text)) {
            match layer_of(&used) {
                Some(l) if l > own_layer => found.push(format!(
                    "{}: {own} ({}) uses {used} ({})",
                    rel.display(),
                    LAYERS[own_layer].0,
                    LAYERS[l].0
                )),
                _ => {}
            }
        }
    }
    found
}

fn core_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri/core/src")
}

#[test]
fn no_module_of_the_core_uses_a_layer_above_its_own() {
    let found = violations(&core_src());
    assert!(
        found.is_empty(),
        "imports that go up:\n{}",
        found.join("\n")
    );
}

#[test]
fn an_import_that_goes_up_is_found() {
    // A copy of the core with one lower module reaching up: the check must see it.
    let dir = tempfile::tempdir().expect("dir");
    let model = dir.path().join("model");
    std::fs::create_dir_all(&model).expect("dir");
    std::fs::write(
        model.join("risk.rs"),
        "// crate::report in a comment is no import\nuse crate::report::yearly;\nuse crate::Dossier;\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("mystery.rs"), "").expect("write");
    let found = violations(dir.path());
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found
        .iter()
        .any(|f| f.contains("model (model") && f.contains("uses report")));
    assert!(found.iter().any(|f| f.contains("uses dossier")));
    assert!(found.iter().any(|f| f.contains("mystery has no layer")));
}
