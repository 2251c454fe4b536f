//! `survey`: supplier questionnaires (B4). `create` starts the round of a year and
//! writes one workbook per supplier into a folder; `import` reads returned workbooks
//! (stores them unless `--dry-run`; refuses to store anything when a file is refused);
//! `status` shows where each questionnaire stands, with its scores and red flags.

use std::path::{Path, PathBuf};

use ketenkompas::exchange::survey::{self, FileOutcome};
use ketenkompas::model::date::today;
use ketenkompas::{Dossier, Error};

use crate::messages::Messages;
use crate::outcome::{fail, print_json, shown, Failure, Outcome};

fn year_or_active(d: &Dossier, year: Option<i32>, m: &Messages) -> Result<i32, Failure> {
    match year {
        Some(y) => Ok(y),
        None => Ok(d
            .active_year()
            .map_err(|e| fail(m, e))?
            .unwrap_or_else(ketenkompas::model::date::current_year)),
    }
}

/// The suppliers named by `--suppliers`: `all`, or ids separated by commas.
fn chosen(d: &Dossier, which: &str, m: &Messages) -> Result<Vec<(i64, Option<String>)>, Failure> {
    let all = d.suppliers().map_err(|e| fail(m, e))?;
    if which.trim().eq_ignore_ascii_case("all") {
        return Ok(all.into_iter().map(|s| (s.id, s.country)).collect());
    }
    which
        .split(',')
        .map(|part| {
            let id: i64 = part.trim().parse().map_err(|_| {
                fail(
                    m,
                    Error::Invalid {
                        field: "survey.suppliers".into(),
                        value: part.to_string(),
                    },
                )
            })?;
            all.iter()
                .find(|s| s.id == id)
                .map(|s| (s.id, s.country.clone()))
                .ok_or_else(|| {
                    fail(
                        m,
                        Error::NotFoundRecord {
                            what: "supplier".into(),
                            id,
                        },
                    )
                })
        })
        .collect()
}

pub struct Create<'a> {
    pub file: &'a Path,
    pub year: Option<i32>,
    pub out: &'a Path,
    pub suppliers: &'a str,
    /// The code of the questionnaire language for every new workbook.
    pub lang: Option<String>,
    pub due: Option<String>,
}

/// Lists the questionnaire languages: code, name, and whether the translation was read
/// by a second speaker.
pub fn languages(m: &Messages) -> Outcome {
    for l in ketenkompas::survey::language::language_infos() {
        let note = if l.reviewed {
            String::new()
        } else {
            format!(" ({})", m.get("surveys.lang_unreviewed", &[]))
        };
        println!("{}\t{}{}", l.code, l.name, note);
    }
    Ok(())
}

pub fn create(c: Create<'_>, m: &Messages) -> Outcome {
    let mut d = Dossier::open(c.file).map_err(|e| fail(m, e))?;
    let year = year_or_active(&d, c.year, m)?;
    let asked: Vec<(i64, String)> = chosen(&d, c.suppliers, m)?
        .into_iter()
        .map(|(id, country)| {
            (
                id,
                c.lang
                    .clone()
                    .unwrap_or_else(|| survey::default_lang(country.as_deref())),
            )
        })
        .collect();
    let today = today();
    let due = c
        .due
        .unwrap_or_else(|| ketenkompas::model::date::add_days(&today, 42).unwrap_or(today.clone()));
    let created = survey::create(&mut d, year, &due, &today, &asked).map_err(|e| fail(m, e))?;
    std::fs::create_dir_all(c.out).map_err(|e| fail(m, Error::from_io(c.out, &e)))?;
    for w in &created {
        let path: PathBuf = ketenkompas::files::write_new_in(c.out, &w.file_name, &w.bytes)
            .map_err(|e| fail(m, e))?;
        println!("{}", shown(&path));
    }
    eprintln!(
        "{}",
        m.get(
            "cli.survey.created",
            &[
                ("count", created.len().to_string()),
                ("year", year.to_string()),
                ("due", due),
                ("path", shown(c.out))
            ]
        )
    );
    Ok(())
}

pub fn import(file: &Path, answers: &[PathBuf], dry_run: bool, m: &Messages) -> Outcome {
    let mut d = Dossier::open(file).map_err(|e| fail(m, e))?;
    let mut files = Vec::new();
    for p in answers {
        let bytes =
            ketenkompas::exchange::limits::read_file(p, ketenkompas::exchange::limits::FILE_BYTES)
                .map_err(|e| fail(m, e))?;
        files.push((shown(p), bytes));
    }
    let preview = survey::preview(&d, &files).map_err(|e| fail(m, e))?;
    for f in &preview.files {
        match &f.outcome {
            FileOutcome::Read {
                supplier,
                answers,
                unreadable,
                empty,
                ..
            } => {
                println!(
                    "{}",
                    m.get(
                        "cli.survey.read",
                        &[
                            ("file", f.file.clone()),
                            ("supplier", supplier.clone()),
                            ("answers", answers.len().to_string()),
                            ("unreadable", unreadable.to_string()),
                            ("empty", empty.to_string())
                        ]
                    )
                );
                for a in answers
                    .iter()
                    .filter(|a| a.value.is_none() && !a.raw.is_empty())
                {
                    println!(
                        "  {}",
                        m.get(
                            "cli.survey.unreadable",
                            &[("question", a.question.clone()), ("raw", a.raw.clone())]
                        )
                    );
                }
            }
            FileOutcome::Refused { error } => {
                let params: Vec<(&str, String)> = error
                    .params
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.clone()))
                    .collect();
                println!(
                    "{}",
                    m.get(
                        "cli.survey.refused",
                        &[
                            ("file", f.file.clone()),
                            ("reason", m.get(&format!("error.{}", error.code), &params))
                        ]
                    )
                );
            }
        }
    }
    if preview.refused > 0 {
        return Err(Failure::User(m.get(
            "cli.survey.none_stored",
            &[("refused", preview.refused.to_string())],
        )));
    }
    if dry_run {
        println!("{}", m.get("cli.import.dry_run", &[]));
        return Ok(());
    }
    let stored = survey::import(&mut d, &files, &today()).map_err(|e| fail(m, e))?;
    println!(
        "{}",
        m.get("cli.survey.stored", &[("count", stored.read.to_string())])
    );
    Ok(())
}

pub fn status(file: &Path, year: Option<i32>, as_json: bool, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let year = year_or_active(&d, year, m)?;
    let view = d.survey_view(year, &today()).map_err(|e| fail(m, e))?;
    if as_json {
        return print_json(&view);
    }
    let Some(round) = &view.round else {
        println!(
            "{}",
            m.get("cli.survey.no_round", &[("year", year.to_string())])
        );
        return Ok(());
    };
    println!(
        "{}",
        m.get(
            "cli.survey.status",
            &[
                ("year", year.to_string()),
                ("due", round.due_on.clone()),
                ("asked", view.asked.to_string()),
                ("returned", view.returned.to_string()),
                ("overdue", view.overdue.to_string()),
                ("flagged", view.flagged.to_string())
            ]
        )
    );
    for r in &view.requests {
        let flags: Vec<String> = r
            .flags
            .iter()
            .map(|f| m.get(&format!("survey.flag.{}", f.code), &[]))
            .collect();
        println!(
            "  {} · {}{}",
            r.supplier,
            m.get(&format!("survey.status.{}", r.status.as_str()), &[]),
            if flags.is_empty() {
                String::new()
            } else {
                format!(" · {}", flags.join("; "))
            }
        );
    }
    Ok(())
}
