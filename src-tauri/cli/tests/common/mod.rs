//! What the CLI tests share: running the CLI as a script would, and reading its output.

#![allow(clippy::expect_used, clippy::panic, dead_code)]

pub use std::path::Path;
pub use std::process::{Command, Output};

pub fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ketenkompas-cli"))
        .args(args)
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .expect("run ketenkompas-cli")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

pub fn p(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

/// A new dossier `name` in `dir` for `company`, made by the CLI; its path.
pub fn new_dossier(dir: &Path, name: &str, company: &str) -> String {
    let f = p(dir, name);
    let o = cli(&["new", &f, "--company", company]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    f
}
