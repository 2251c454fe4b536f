//! One supplier's questionnaire as an XLSX workbook, in the supplier's language.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    FormatAlign, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use crate::error::{Error, Result};
use crate::model::text::safe_file_name;
use crate::survey::{
    AnswerKind, Question, SurveyLanguage, SurveyRequest, SurveyRound, ANSWER_CHARS, QUESTIONS,
};

/// The first cell of the hidden identification sheet: how a returned workbook is
/// recognised as a questionnaire, whatever its file or sheets are called.
pub const MARK: &str = "ketenkompas-survey";
/// The name of the hidden sheet.
pub const IDENTIFICATION: &str = "ketenkompas";

fn fail(e: XlsxError) -> Error {
    Error::Io {
        path: "xlsx".into(),
        detail: e.to_string(),
    }
}

/// The file name of a supplier's questionnaire: "Vragenlijst 2026 - Atelier Noord.xlsx".
pub fn workbook_file_name(lang: &SurveyLanguage, year: i32, supplier: &str) -> String {
    safe_file_name(&format!(
        "{}.xlsx",
        lang.text(
            "survey.book.file",
            &[
                ("year", year.to_string()),
                ("supplier", supplier.to_string())
            ]
        )
    ))
}

/// The workbook for the request `request` of `round`, in the questionnaire language
/// `lang`.
pub fn write_workbook(
    round: &SurveyRound,
    request: &SurveyRequest,
    company: &str,
    supplier: &str,
    lang: &SurveyLanguage,
) -> Result<Vec<u8>> {
    let t = |key: &str| lang.text(&format!("survey.book.{key}"), &[]);
    let mut book = Workbook::new();
    about(book.add_worksheet(), round, company, supplier, lang).map_err(fail)?;
    answers(book.add_worksheet(), lang).map_err(fail)?;
    let ident = book.add_worksheet();
    ident.set_name(IDENTIFICATION).map_err(fail)?;
    let mut rows: Vec<(&str, String)> = vec![
        (MARK, "1".into()),
        ("round", round.token.clone()),
        ("year", round.year.to_string()),
        ("supplier", request.supplier_id.to_string()),
        ("supplier_name", supplier.to_string()),
        ("company", company.to_string()),
        ("language", lang.code.to_string()),
    ];
    // Only this supplier's workbook carries its key (a request of schema 16 has none).
    if let Some(key) = &request.key {
        rows.push(("key", key.clone()));
    }
    for (r, (k, v)) in rows.iter().enumerate() {
        ident.write_string(r as u32, 0, *k).map_err(fail)?;
        ident.write_string(r as u32, 1, v).map_err(fail)?;
    }
    ident
        .write_string(rows.len() as u32 + 1, 0, t("ident_note"))
        .map_err(fail)?;
    ident.protect();
    ident.set_hidden(true);
    book.save_to_buffer().map_err(fail)
}

fn about(
    ws: &mut Worksheet,
    round: &SurveyRound,
    company: &str,
    supplier: &str,
    lang: &SurveyLanguage,
) -> std::result::Result<(), XlsxError> {
    let t = |key: &str, params: &[(&str, String)]| lang.text(&format!("survey.book.{key}"), params);
    ws.set_name(t("sheet_about", &[]))?;
    ws.set_column_width(0, 100)?;
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.write_string_with_format(
        0,
        0,
        t("title", &[("year", round.year.to_string())]),
        &title,
    )?;
    ws.write_string_with_format(2, 0, t("for", &[("supplier", supplier.to_string())]), &bold)?;
    ws.write_string(3, 0, t("from", &[("company", company.to_string())]))?;
    ws.write_string_with_format(4, 0, t("due", &[("date", lang.date(&round.due_on))]), &bold)?;
    for (i, key) in ["what", "use", "how", "types", "return", "keep"]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(6 + i as u32, 0, t(&format!("text_{key}"), &[]), &wrap)?;
    }
    ws.protect();
    ws.set_active(true);
    Ok(())
}

fn answers(ws: &mut Worksheet, m: &SurveyLanguage) -> std::result::Result<(), XlsxError> {
    let t = |key: &str| m.text(&format!("survey.book.{key}"), &[]);
    ws.set_name(t("sheet_answers"))?;
    let head = Format::new().set_bold().set_background_color("#DDE8E4");
    let locked = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let id_format = Format::new()
        .set_align(FormatAlign::Top)
        .set_font_color("#666666");
    let open = Format::new()
        .set_unlocked()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("#FFF8DC");
    for (c, (key, width)) in [
        ("col_id", 24.0),
        ("col_question", 70.0),
        ("col_answer", 26.0),
        ("col_explanation", 45.0),
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(0, c as u16, t(key), &head)?;
        ws.set_column_width(c as u16, *width)?;
    }
    for (i, q) in QUESTIONS.iter().enumerate() {
        let r = i as u32 + 1;
        let text = format!(
            "{}\n{}",
            m.text(&format!("survey.q.{}", q.id), &[]),
            m.text(&format!("survey.why.{}", q.id), &[])
        );
        ws.write_string_with_format(r, 0, q.id, &id_format)?;
        ws.write_string_with_format(r, 1, text, &locked)?;
        ws.write_blank(r, 2, &open)?;
        ws.write_blank(r, 3, &open)?;
        ws.add_data_validation(r, 2, r, 2, &validation(q, m)?)?;
        ws.add_data_validation(
            r,
            3,
            r,
            3,
            &DataValidation::new()
                .allow_text_length(DataValidationRule::LessThanOrEqualTo(ANSWER_CHARS as u32))
                .set_error_style(DataValidationErrorStyle::Warning),
        )?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    Ok(())
}

/// The spreadsheet's own check of a typed answer. A wrong value gets a warning, not a
/// refusal: what was typed anyway is read loosely and, when it cannot be, quoted back.
fn validation(q: &Question, m: &SurveyLanguage) -> std::result::Result<DataValidation, XlsxError> {
    let hint = m.text(&format!("survey.book.hint.{}", q.kind.as_str()), &[]);
    let v = match q.kind {
        AnswerKind::YesNo => {
            let list: Vec<String> = ["yes", "no", "partly", "unknown"]
                .iter()
                .map(|y| m.text(&format!("survey.yn.{y}"), &[]))
                .collect();
            DataValidation::new().allow_list_strings(&list)?
        }
        AnswerKind::Choice => {
            let list: Vec<String> = q
                .choices
                .iter()
                .map(|c| m.text(&format!("survey.choice.{c}"), &[]))
                .collect();
            DataValidation::new().allow_list_strings(&list)?
        }
        AnswerKind::Number => DataValidation::new()
            .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
        AnswerKind::Percent => {
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(0.0, 100.0))
        }
        AnswerKind::Date => DataValidation::new().allow_date(DataValidationRule::Between(
            ExcelDateTime::from_ymd(1950, 1, 1)?,
            ExcelDateTime::from_ymd(2100, 12, 31)?,
        )),
        AnswerKind::Text => DataValidation::new()
            .allow_text_length(DataValidationRule::LessThanOrEqualTo(ANSWER_CHARS as u32)),
    };
    v.set_input_message(hint)?
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_error_message(m.text("survey.book.invalid", &[]))
}
