//! `import` and `export`: supplier lists and registers as tables, and the whole dossier
//! as JSON.

use std::path::Path;

use ketenkompas::{Dossier, Error};

use crate::messages::Messages;
use crate::outcome::{fail, shown, write_file, Failure, Outcome};
use ketenkompas::exchange::json;
use ketenkompas::exchange::{Register, TableFormat};

fn read_input(path: &Path, max: u64, m: &Messages) -> Result<Vec<u8>, Failure> {
    ketenkompas::exchange::limits::read_file(path, max).map_err(|e| match e {
        Error::Io { detail, .. } => Failure::User(m.get(
            "error.cli.read_failed",
            &[("path", shown(path)), ("detail", detail)],
        )),
        other => fail(m, other),
    })
}

fn write_output(path: &Path, text: impl AsRef<[u8]>, m: &Messages) -> Outcome {
    write_file(path, text, m)?;
    eprintln!("{}", m.get("cli.exported", &[("path", shown(path))]));
    Ok(())
}

pub(crate) fn import_suppliers(
    file: &Path,
    table: &Path,
    dry_run: bool,
    keep: &[u32],
    m: &Messages,
) -> Outcome {
    use ketenkompas::exchange::suppliers::{self, RowOutcome};
    let bytes = read_input(table, ketenkompas::exchange::limits::FILE_BYTES, m)?;
    let mut d = Dossier::open(file).map_err(|e| fail(m, e))?;
    let report =
        suppliers::import_keeping(&mut d, &bytes, dry_run, keep).map_err(|e| fail(m, e))?;
    for row in &report.rows {
        let line = row.line.to_string();
        match &row.outcome {
            RowOutcome::New { .. } => {}
            RowOutcome::Duplicate { supplier, of } => println!(
                "{}",
                m.get(
                    "cli.import.duplicate",
                    &[
                        ("line", line),
                        ("name", supplier.name.clone()),
                        ("of", of.clone())
                    ]
                )
            ),
            RowOutcome::PossibleDuplicate { supplier, of } => println!(
                "{}",
                m.get(
                    "cli.import.possible_duplicate",
                    &[
                        ("line", line),
                        ("name", supplier.name.clone()),
                        ("of", of.clone())
                    ]
                )
            ),
            RowOutcome::Invalid { errors } => {
                for e in errors {
                    let message = m.get(
                        &format!("import.row.{}", e.code),
                        &[("value", e.value.clone())],
                    );
                    println!(
                        "{}",
                        m.get(
                            "cli.import.row_error",
                            &[
                                ("line", line.clone()),
                                ("column", e.column.clone()),
                                ("message", message)
                            ]
                        )
                    );
                }
            }
        }
    }
    if !report.ignored_columns.is_empty() {
        println!(
            "{}",
            m.get(
                "cli.import.ignored",
                &[("columns", report.ignored_columns.join(", "))]
            )
        );
    }
    println!(
        "{}",
        m.get(
            "cli.import.summary",
            &[
                ("new", report.new.to_string()),
                ("duplicates", report.duplicates.to_string()),
                ("possible", report.possible_duplicates.to_string()),
                ("invalid", report.invalid.to_string()),
                ("encoding", report.encoding.clone()),
                ("delimiter", report.delimiter.clone()),
            ]
        )
    );
    if report.committed {
        println!(
            "{}",
            m.get("cli.import.committed", &[("new", report.new.to_string())])
        );
    } else if dry_run {
        println!("{}", m.get("cli.import.dry_run", &[]));
    }
    Ok(())
}

/// Any register as a table, the same code as the app's export; the grievances with their
/// confidential parts only when asked.
pub(crate) fn export_table(
    register: Register,
    file: &Path,
    out: &Path,
    format: TableFormat,
    confidential: bool,
    m: &Messages,
) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let today = ketenkompas::model::date::today();
    let bytes =
        ketenkompas::exchange::export_register_with(&d, register, format, &today, confidential)
            .map_err(|e| fail(m, e))?;
    write_output(out, bytes, m)?;
    if confidential {
        eprintln!("{}", m.get("cli.confidential_included", &[]));
    }
    Ok(())
}

pub(crate) fn export_json(file: &Path, out: Option<&Path>, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let doc = json::export(&d).map_err(|e| fail(m, e))?;
    let text = json::to_text(&doc);
    if !doc.grievances.is_empty() {
        eprintln!("{}", m.get("cli.json_confidential", &[]));
    }
    match out {
        None => {
            print!("{text}");
            Ok(())
        }
        Some(out) => write_output(out, text, m),
    }
}

pub(crate) fn import_json(file: &Path, json_path: &Path, replace: bool, m: &Messages) -> Outcome {
    let text = read_input(json_path, ketenkompas::exchange::limits::JSON_BYTES, m)?;
    let text = String::from_utf8(text).map_err(|e| {
        fail(
            m,
            Error::JsonInvalid {
                detail: e.to_string(),
            },
        )
    })?;
    let doc = json::parse(&text).map_err(|e| fail(m, e))?;
    if replace && file.exists() {
        let mut d = Dossier::open(file).map_err(|e| fail(m, e))?;
        let backup = d
            .save_copy_beside("before-import")
            .map_err(|e| fail(m, e))?;
        eprintln!("{}", m.get("cli.backup_made", &[("path", shown(&backup))]));
        json::import_replace(&mut d, &doc).map_err(|e| fail(m, e))?;
    } else {
        json::import_new(file, &doc).map_err(|e| fail(m, e))?;
    }
    println!("{}", m.get("cli.imported", &[("path", shown(file))]));
    Ok(())
}
