//! What a subcommand ends in: done, a user error or an internal error, each with its
//! sentence; and the helpers every subcommand shares to say it.

use std::path::Path;

use ketenkompas::Error;

use crate::messages::Messages;

pub enum Failure {
    User(String),
    Internal(String),
}

pub(crate) type Outcome = Result<(), Failure>;

pub(crate) fn fail(m: &Messages, e: Error) -> Failure {
    if e.is_user_error() {
        Failure::User(m.error(&e))
    } else {
        Failure::Internal(m.error(&e))
    }
}

pub(crate) fn shown(p: &Path) -> String {
    p.display().to_string()
}

/// Writes a new file whole or not at all; an existing file is never overwritten.
pub(crate) fn write_file(path: &Path, text: impl AsRef<[u8]>, m: &Messages) -> Outcome {
    ketenkompas::files::write_new(path, text.as_ref()).map_err(|e| match e {
        Error::Io { detail, .. } => Failure::User(m.get(
            "error.cli.write_failed",
            &[("path", shown(path)), ("detail", detail)],
        )),
        other => fail(m, other),
    })
}

pub(crate) fn print_json<T: serde::Serialize>(value: &T) -> Outcome {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::Internal(e.to_string()))?;
    println!("{text}");
    Ok(())
}
