//! The questionnaire as an Excel workbook, out and back (B4). Out: one workbook per
//! supplier with a sheet that explains it, an answer sheet (`id`, question, answer,
//! explanation; only the answer and explanation cells open, typed answers checked by
//! the spreadsheet) and a hidden sheet that names the round and the supplier. Back: any
//! number of returned workbooks, also renamed or saved again by another program, read
//! into a preview that says per supplier what was understood and quotes what was not;
//! nothing is stored until the user confirms.

mod workbook;

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use super::grid::CellKind;
use super::xlsx;
use crate::error::{Error, ErrorPayload, Result};
use crate::model::YearStatus;
use crate::store::survey::Returned;
use crate::survey::language::{self, SurveyLanguage};
use crate::survey::{question, read_answer, read_number, SurveyAnswer, Value, ANSWER_CHARS};
use crate::Dossier;

pub use workbook::{workbook_file_name, write_workbook, IDENTIFICATION, MARK};

/// The most workbooks one read takes.
pub const MAX_FILES: usize = 5_000;

/// One answer as the preview shows it.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct ReadAnswer {
    pub question: String,
    /// What was understood; none when the cell could not be read.
    pub value: Option<Value>,
    /// The cell as typed.
    pub raw: String,
    pub explanation: Option<String>,
}

/// What one returned workbook holds, or why it is refused.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FileOutcome {
    Read {
        year: i32,
        #[ts(type = "number")]
        supplier_id: i64,
        supplier: String,
        answers: Vec<ReadAnswer>,
        /// Answers that could not be read, quoted in the preview.
        unreadable: u32,
        /// Questions left empty.
        empty: u32,
        /// The supplier had returned answers before; these replace them.
        replaces: bool,
    },
    Refused {
        error: ErrorPayload,
    },
}

/// One file of a read, by the name it had.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct FileRead {
    pub file: String,
    pub outcome: FileOutcome,
}

/// The preview of a read, and after storing, what was stored.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct SurveyImport {
    pub files: Vec<FileRead>,
    pub read: u32,
    pub refused: u32,
    pub stored: bool,
}

/// The code of the language a supplier's questionnaire gets unless another is chosen:
/// the language whose file names the supplier's country, else English.
pub fn default_lang(country: Option<&str>) -> String {
    language::default_for(country).code.to_string()
}

/// Every supplier with the language its questionnaire gets unless another is chosen.
pub fn default_langs(d: &Dossier) -> Result<Vec<(i64, String)>> {
    Ok(d.suppliers()?
        .into_iter()
        .map(|s| (s.id, default_lang(s.country.as_deref())))
        .collect())
}

/// One workbook of a round, ready to be saved and sent.
#[derive(Debug, Clone)]
pub struct Created {
    pub supplier_id: i64,
    pub supplier: String,
    /// The code of the questionnaire language.
    pub lang: String,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Starts (or extends) the round of `year` for the suppliers in `asked`, each in its
/// language, and writes their workbooks: also again for a supplier asked before, with
/// the same identification, so that a lost workbook can be sent once more.
pub fn create(
    d: &mut Dossier,
    year: i32,
    due_on: &str,
    today: &str,
    asked: &[(i64, String)],
) -> Result<Vec<Created>> {
    if asked.is_empty() {
        return Err(Error::Required {
            field: "survey.suppliers".into(),
        });
    }
    // A new request is only made in a language there is a questionnaire in.
    if let Some((_, code)) = asked.iter().find(|(_, c)| language::language(c).is_none()) {
        return Err(Error::Invalid {
            field: "survey.lang".into(),
            value: code.chars().take(40).collect(),
        });
    }
    d.start_survey(year, due_on, today, asked)?;
    asked.iter().map(|(id, _)| workbook(d, year, *id)).collect()
}

/// The workbook of a supplier asked in the round of `year`, as it was first written (its
/// language and key), so that a lost workbook can be sent once more.
pub fn workbook(d: &Dossier, year: i32, supplier_id: i64) -> Result<Created> {
    let round = d.survey_round(year)?.ok_or(Error::NotFoundRecord {
        what: "survey_round".into(),
        id: year as i64,
    })?;
    let request = d
        .survey_requests(year)?
        .into_iter()
        .find(|r| r.supplier_id == supplier_id)
        .ok_or(Error::NotFoundRecord {
            what: "survey_request".into(),
            id: supplier_id,
        })?;
    let supplier = d.supplier(supplier_id)?.name;
    let company = d.company()?.name;
    let lang = language::language_or_fallback(&request.lang);
    Ok(Created {
        supplier_id,
        supplier: supplier.clone(),
        lang: lang.code.to_string(),
        file_name: workbook_file_name(lang, year, &supplier),
        bytes: write_workbook(&round, &request, &company, &supplier, lang)?,
    })
}

/// The identification a workbook carries.
struct Identification {
    token: String,
    year: i32,
    supplier_id: i64,
    /// The code of the workbook's language.
    lang: String,
    /// The request's own key; none in a workbook of a request made before keys.
    key: Option<String>,
}

fn not_a_questionnaire() -> Error {
    Error::SurveyNotQuestionnaire
}

/// Per question id: the answer cell as typed with what it held, and the explanation.
type Cells = BTreeMap<String, (String, CellKind, Option<String>)>;

/// Reads the hidden identification and the answer table of one workbook.
fn read_workbook(bytes: &[u8]) -> Result<(Identification, Cells)> {
    crate::exchange::limits::check_file_size(
        bytes.len() as u64,
        crate::exchange::limits::FILE_BYTES,
    )?;
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(not_a_questionnaire());
    }
    let sheets = xlsx::read_sheets(bytes, 20).map_err(|e| match e {
        Error::ImportMalformed { .. } | Error::ImportFormat { .. } => not_a_questionnaire(),
        other => other,
    })?;
    let mut ident: Option<Identification> = None;
    let mut answers: Option<Cells> = None;
    for (_, table) in &sheets {
        let Ok(table) = table else { continue };
        if table.headers.first().map(|h| h.trim()) == Some(MARK) {
            ident = Some(identification(table)?);
        } else if answers.is_none() {
            answers = answer_table(table);
        }
    }
    match (ident, answers) {
        (Some(i), Some(a)) => Ok((i, a)),
        _ => Err(not_a_questionnaire()),
    }
}

/// True when `bytes` is a questionnaire workbook of Ketenkompas (of any dossier).
pub fn is_questionnaire(bytes: &[u8]) -> bool {
    read_workbook(bytes).is_ok()
}

/// The key/value rows of the identification sheet.
fn identification(table: &crate::exchange::grid::Table) -> Result<Identification> {
    let get = |key: &str| {
        table
            .rows
            .iter()
            .find(|r| r.cells.first().map(|c| c.trim()) == Some(key))
            .and_then(|r| r.cells.get(1))
            .map(|v| v.trim().to_string())
    };
    let token = get("round").ok_or_else(not_a_questionnaire)?;
    let year = get("year")
        .and_then(|v| v.parse().ok())
        .ok_or_else(not_a_questionnaire)?;
    let supplier_id = get("supplier")
        .and_then(|v| v.parse().ok())
        .ok_or_else(not_a_questionnaire)?;
    Ok(Identification {
        token,
        year,
        supplier_id,
        lang: get("language").unwrap_or_default().to_ascii_lowercase(),
        key: get("key").filter(|k| !k.is_empty()),
    })
}

/// The answer table: a header with an id column, then per row the answer and the
/// explanation by question id. Headers in any questionnaire language are found wherever
/// their columns are; without them the columns are A to D as written.
fn answer_table(table: &crate::exchange::grid::Table) -> Option<Cells> {
    let find = |key: &str| {
        let names: Vec<String> = language::languages()
            .iter()
            .map(|l| l.text(&format!("survey.book.{key}"), &[]).to_lowercase())
            .collect();
        table
            .headers
            .iter()
            .position(|h| names.contains(&h.trim().to_lowercase()))
    };
    let id = find("col_id")?;
    let answer = find("col_answer").unwrap_or(id + 2);
    let explanation = find("col_explanation").unwrap_or(id + 3);
    let mut out = BTreeMap::new();
    for row in &table.rows {
        let Some(q) = row.cells.get(id).map(|c| c.trim().to_string()) else {
            continue;
        };
        if question(&q).is_none() {
            continue;
        }
        let cell = |i: usize| {
            row.cells
                .get(i)
                .map(|c| c.trim().to_string())
                .unwrap_or_default()
        };
        let note = cell(explanation);
        out.insert(
            q,
            (
                cell(answer),
                row.kind(answer),
                (!note.is_empty()).then_some(note),
            ),
        );
    }
    (!out.is_empty()).then_some(out)
}

fn bounded(text: &str) -> String {
    text.chars().take(ANSWER_CHARS).collect()
}

/// Reads one workbook against the dossier: its round must be this dossier's round of
/// that year, its supplier one the round asked.
fn read_one(d: &Dossier, bytes: &[u8]) -> Result<(Identification, String, Vec<ReadAnswer>, bool)> {
    let (ident, cells) = read_workbook(bytes)?;
    let round = d
        .survey_rounds()?
        .into_iter()
        .find(|r| r.token.eq_ignore_ascii_case(&ident.token));
    let Some(round) = round else {
        return Err(Error::SurveyForeign);
    };
    if round.year != ident.year {
        return Err(Error::SurveyForeign);
    }
    // A closed year keeps its round as it was closed.
    if d.year_status(round.year)? == YearStatus::Closed {
        return Err(Error::YearClosed { year: round.year });
    }
    let request = d
        .survey_requests(round.year)?
        .into_iter()
        .find(|r| r.supplier_id == ident.supplier_id)
        .ok_or(Error::SurveyForeign)?;
    // The key written only in this supplier's workbook must be there: a supplier who
    // changed the identification to another supplier's cannot know that one's key.
    // A workbook with a key names a request made with one.
    let genuine = match (&request.key, &ident.key) {
        (Some(ours), Some(theirs)) => ours.eq_ignore_ascii_case(theirs),
        (None, None) => true,
        _ => false,
    };
    if !genuine {
        return Err(Error::SurveyAltered);
    }
    // The language the workbook says, or the request's when it names one this version
    // does not have.
    let lang: &SurveyLanguage = language::language(&ident.lang)
        .unwrap_or_else(|| language::language_or_fallback(&request.lang));
    let supplier = d
        .suppliers()?
        .into_iter()
        .find(|s| s.id == ident.supplier_id)
        .map(|s| s.name)
        .ok_or(Error::SurveyForeign)?;
    let mut answers = Vec::new();
    for q in crate::survey::QUESTIONS {
        let Some((raw, kind, explanation)) = cells.get(q.id) else {
            continue;
        };
        if raw.is_empty() && explanation.is_none() {
            continue;
        }
        // A number the spreadsheet stored as a number is read as it is; typed text is
        // read in the workbook's language.
        let value = match (kind, raw.parse::<f64>()) {
            (CellKind::Number | CellKind::Percent, Ok(n)) => {
                read_number(q, n, *kind == CellKind::Percent, lang)
            }
            _ => read_answer(q, raw, lang),
        };
        answers.push(ReadAnswer {
            question: q.id.to_string(),
            value: value.ok().flatten(),
            raw: bounded(raw),
            explanation: explanation.as_deref().map(bounded),
        });
    }
    // A workbook sent back without any answer is not a return.
    if answers.iter().all(|a| a.raw.is_empty()) {
        return Err(Error::SurveyEmpty);
    }
    Ok((ident, supplier, answers, request.returned_on.is_some()))
}

/// Reads the returned workbooks into a preview; stores nothing.
pub fn preview(d: &Dossier, files: &[(String, Vec<u8>)]) -> Result<SurveyImport> {
    if files.len() > MAX_FILES {
        return Err(Error::ImportTooLarge {
            field: "import_limit.files".into(),
            max: MAX_FILES as u64,
        });
    }
    let mut out = SurveyImport {
        files: Vec::new(),
        read: 0,
        refused: 0,
        stored: false,
    };
    let mut seen: Vec<(i32, i64)> = Vec::new();
    for (name, bytes) in files {
        let outcome = match read_one(d, bytes) {
            Ok((ident, supplier, answers, replaces)) => {
                if seen.contains(&(ident.year, ident.supplier_id)) {
                    FileOutcome::Refused {
                        error: Error::SurveyTwice {
                            supplier: supplier.clone(),
                        }
                        .payload(),
                    }
                } else {
                    seen.push((ident.year, ident.supplier_id));
                    let unreadable = answers
                        .iter()
                        .filter(|a| a.value.is_none() && !a.raw.is_empty())
                        .count() as u32;
                    let asked = crate::survey::QUESTIONS.len() as u32;
                    let empty =
                        asked.saturating_sub(
                            answers.iter().filter(|a| !a.raw.is_empty()).count() as u32
                        );
                    FileOutcome::Read {
                        year: ident.year,
                        supplier_id: ident.supplier_id,
                        supplier,
                        answers,
                        unreadable,
                        empty,
                        replaces,
                    }
                }
            }
            Err(e) => FileOutcome::Refused { error: e.payload() },
        };
        match outcome {
            FileOutcome::Read { .. } => out.read += 1,
            FileOutcome::Refused { .. } => out.refused += 1,
        }
        out.files.push(FileRead {
            file: name.clone(),
            outcome,
        });
    }
    Ok(out)
}

/// Reads the workbooks and stores every one that was read, in one transaction, as
/// returned on `today`. Refused files are left out; nothing is stored when none was read.
pub fn import(d: &mut Dossier, files: &[(String, Vec<u8>)], today: &str) -> Result<SurveyImport> {
    let mut report = preview(d, files)?;
    let returned: Vec<Returned> = report
        .files
        .iter()
        .filter_map(|f| match &f.outcome {
            FileOutcome::Read {
                year,
                supplier_id,
                answers,
                ..
            } => Some(Returned {
                year: *year,
                supplier_id: *supplier_id,
                returned_on: today.to_string(),
                answers: answers
                    .iter()
                    .map(|a| SurveyAnswer {
                        year: *year,
                        supplier_id: *supplier_id,
                        question: a.question.clone(),
                        value: a.value.as_ref().map(Value::to_text),
                        raw: a.raw.clone(),
                        explanation: a.explanation.clone(),
                    })
                    .collect(),
            }),
            FileOutcome::Refused { .. } => None,
        })
        .collect();
    if !returned.is_empty() {
        d.store_returned(&returned)?;
        report.stored = true;
    }
    Ok(report)
}
