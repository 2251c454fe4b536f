//! Reports (R1–R4). A report goes dossier → [`model`] (what it says, plain data) →
//! a [`layout::Document`] in Dutch or English ([`yearly`], [`plan`], [`public`], with
//! words from [`text`]) → pages ([`layout`], [`chart`]) → PDF ([`pdf`]) or, for the
//! communication report, one HTML file ([`html`]). A closed year's reports are built
//! from its frozen content and carry its closing time, so they come out the same
//! every time (D3).

pub mod annex;
pub mod claims;
pub mod compare;
pub mod fonts;
pub mod glance;
pub mod html;
pub mod layout;
pub mod maturity;
pub mod model;
pub mod pdf;
pub mod placement;
pub mod plan;
pub mod public;
pub mod script;
pub mod sections;
pub mod steps56;
pub mod subset;
pub mod text;
pub mod unprintable;
pub mod writer;
pub mod yearly;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::exchange::json;
use crate::messages::Lang;
use crate::model::date::check_timestamp;
use crate::Dossier;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// R3, the yearly due-diligence report.
    Yearly,
    /// R1, the action plan.
    ActionPlan,
    /// R2, the public communication report.
    Communication,
}

impl ReportKind {
    pub const ALL: [ReportKind; 3] = [
        ReportKind::Yearly,
        ReportKind::ActionPlan,
        ReportKind::Communication,
    ];
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    Pdf,
    Html,
}

impl ReportFormat {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Html => "html",
        }
    }
}

/// The bundled fonts and this system's fonts for other scripts.
fn fonts() -> Result<fonts::Fonts> {
    fonts::Fonts::system().ok_or_else(|| Error::Io {
        path: "font".into(),
        detail: "the embedded font cannot be read".into(),
    })
}

/// The report model of `year`: from the frozen content when the year is closed,
/// otherwise from the dossier as it is at `now` (`YYYY-MM-DDTHH:MM:SSZ`).
pub fn model_of(d: &Dossier, year: i32, now: &str) -> Result<model::ReportModel> {
    if check_timestamp(now).is_none() {
        return Err(Error::Invalid {
            field: "now".into(),
            value: now.into(),
        });
    }
    if !d.years()?.iter().any(|y| y.year == year) {
        return Err(Error::YearNotFound { year });
    }
    let mut m = match frozen_model(d, year)? {
        Some(m) => m,
        None => {
            let doc = json::export(d)?;
            model::build(&doc, year, None, &now[..10])
        }
    };
    if let Some(before) = frozen_model(d, year - 1)? {
        // A closed year compares itself only with a year closed before it, so that
        // closing an earlier year later never changes its report.
        let earlier = match (&m.closed_at, &before.closed_at) {
            (Some(this), Some(that)) => that <= this,
            _ => true,
        };
        if earlier {
            m.previous = Some(model::Previous {
                year: year - 1,
                figures: model::Figures::of(&before),
                changes: compare::Changes::between(&before, &m),
            });
        }
    }
    Ok(m)
}

/// Two years side by side (B2), each as its report has it on `now`.
pub fn compare_years(d: &Dossier, from: i32, to: i32, now: &str) -> Result<compare::Comparison> {
    if from >= to {
        return Err(Error::Invalid {
            field: "from".into(),
            value: from.to_string(),
        });
    }
    let before = model_of(d, from, now)?;
    let after = model_of(d, to, now)?;
    Ok(compare::Comparison::of(&before, &after))
}

/// The maturity of `year` per step (B3), with the levels of every year for the chart.
pub fn maturity_of(d: &Dossier, year: i32, now: &str) -> Result<maturity::MaturityView> {
    let m = model_of(d, year, now)?;
    let mut history = Vec::new();
    for y in d.years()? {
        history.push(if y.year == year {
            maturity::YearLevels::of(&m)
        } else if let Some(frozen) = d.frozen_year(y.year)? {
            maturity::YearLevels::frozen(y.year, &frozen.content)?
        } else {
            maturity::YearLevels::judged(y.year, &d.maturity_assessments(y.year)?)
        });
    }
    Ok(maturity::MaturityView {
        year,
        closed: m.closed_at.is_some(),
        lines: m.maturity,
        history,
    })
}

/// Keeps the company's maturity judgements: the suggested level and the date are the
/// core's own on `now`, never the caller's, so that "another level needs a reason" holds
/// against the real suggestion.
pub fn judge_maturity(
    d: &mut Dossier,
    list: &[crate::maturity::Assessment],
    now: &str,
) -> Result<Vec<crate::maturity::Assessment>> {
    let mut years: Vec<i32> = list.iter().map(|a| a.year).collect();
    years.sort_unstable();
    years.dedup();
    let mut judged = Vec::new();
    for year in years {
        let m = model_of(d, year, now)?;
        for a in list.iter().filter(|a| a.year == year) {
            let suggested = m
                .maturity
                .iter()
                .find(|l| l.suggestion.step == a.step)
                .map(|l| l.suggestion.level)
                .ok_or_else(|| Error::Invalid {
                    field: "maturity.step".into(),
                    value: a.step.to_string(),
                })?;
            judged.push(crate::maturity::Assessment {
                suggested,
                assessed_on: now[..10].to_string(),
                ..a.clone()
            });
        }
    }
    d.save_maturity(&judged)
}

/// The model of a closed year from its frozen content; `None` for a year not closed.
fn frozen_model(d: &Dossier, year: i32) -> Result<Option<model::ReportModel>> {
    let Some(frozen) = d.frozen_year(year)? else {
        return Ok(None);
    };
    let mut doc = json::parse_frozen(&frozen.content)?;
    json::prioritise(&mut doc);
    let as_of = frozen.closed_at[..10].to_string();
    Ok(Some(model::build(
        &doc,
        year,
        Some(frozen.closed_at),
        &as_of,
    )))
}

pub use annex::ReportOptions;

/// The options a report gets when none are chosen: the registers with at most
/// [`annex::DEFAULT_LIMIT`] rows as annexes.
pub fn default_options(m: &model::ReportModel) -> ReportOptions {
    ReportOptions::up_to(m, annex::DEFAULT_LIMIT)
}

/// The document of a report in a language, with the default options; its running
/// header is also its title.
pub fn document(kind: ReportKind, m: &model::ReportModel, lang: Lang) -> layout::Document {
    document_with(kind, m, lang, &default_options(m))
}

/// [`document`] with the annexes of `options` (the yearly report only).
pub fn document_with(
    kind: ReportKind,
    m: &model::ReportModel,
    lang: Lang,
    options: &ReportOptions,
) -> layout::Document {
    let t = text::Texts::new(lang);
    match kind {
        ReportKind::Yearly => yearly::document(m, &t, options),
        ReportKind::ActionPlan => plan::document(m, &t),
        ReportKind::Communication => public::document(&m.public(), &t),
    }
}

/// A report as a file: PDF, or HTML for the communication report.
pub fn make(
    d: &Dossier,
    kind: ReportKind,
    year: i32,
    lang: Lang,
    format: ReportFormat,
    now: &str,
) -> Result<Vec<u8>> {
    let m = model_of(d, year, now)?;
    let options = default_options(&m);
    render_with_fonts(kind, &m, lang, format, now, &options, &fonts()?)
}

/// [`make`] with the annexes of `options`.
pub fn make_with(
    d: &Dossier,
    kind: ReportKind,
    year: i32,
    lang: Lang,
    format: ReportFormat,
    now: &str,
    options: &ReportOptions,
) -> Result<Vec<u8>> {
    let m = model_of(d, year, now)?;
    render(kind, &m, lang, format, now, options)
}

/// The annexes a yearly report of `year` can carry, with their sizes and whether the
/// limit `limit` includes them.
pub fn annex_offer(d: &Dossier, year: i32, now: &str, limit: u32) -> Result<annex::AnnexOffer> {
    Ok(annex::offer(&model_of(d, year, now)?, limit))
}

/// Renders a model with the annexes of `options`. The creation date of the file is the
/// closing time of a closed year and `now` otherwise.
pub fn render(
    kind: ReportKind,
    m: &model::ReportModel,
    lang: Lang,
    format: ReportFormat,
    now: &str,
    options: &ReportOptions,
) -> Result<Vec<u8>> {
    render_with_fonts(kind, m, lang, format, now, options, &fonts()?)
}

/// [`render`] with the fonts given (the system's, or only the bundled ones).
pub fn render_with_fonts(
    kind: ReportKind,
    m: &model::ReportModel,
    lang: Lang,
    format: ReportFormat,
    now: &str,
    options: &ReportOptions,
    fonts: &fonts::Fonts,
) -> Result<Vec<u8>> {
    let mut doc = document_with(kind, m, lang, options);
    let title = doc.header.clone();
    match format {
        ReportFormat::Html if kind == ReportKind::Communication => {
            doc.make_printable();
            Ok(html::render(&title, &doc, lang, fonts).into_bytes())
        }
        ReportFormat::Html => Err(Error::HtmlOnlyForCommunication),
        ReportFormat::Pdf => {
            let created = check_timestamp(m.closed_at.as_deref().unwrap_or(now)).unwrap_or(0);
            unprintable::mark(&mut doc, fonts, &text::Texts::new(lang));
            let laid = layout::layout(&doc, fonts);
            pdf::render(
                &pdf::PdfMeta {
                    title: layout::printable(&title).into_owned(),
                    author: layout::printable(&m.company.name).into_owned(),
                    subject: text::Texts::new(lang).t(match kind {
                        ReportKind::Yearly => "subject-yearly",
                        ReportKind::ActionPlan => "subject-plan",
                        ReportKind::Communication => "subject-public",
                    }),
                    lang: lang.tag().to_string(),
                    created,
                },
                &laid,
                fonts,
            )
        }
    }
}

/// The laid-out pages of a report, for the preview in the app.
pub fn preview(
    d: &Dossier,
    kind: ReportKind,
    year: i32,
    lang: Lang,
    now: &str,
    options: Option<&ReportOptions>,
) -> Result<layout::Laid> {
    let m = model_of(d, year, now)?;
    let options = options.cloned().unwrap_or_else(|| default_options(&m));
    let mut doc = document_with(kind, &m, lang, &options);
    let fonts = fonts()?;
    unprintable::mark(&mut doc, &fonts, &text::Texts::new(lang));
    Ok(layout::layout(&doc, &fonts))
}

/// The claims in the public report of `year` that need a KPI or evidence (S5.4).
pub fn claims(d: &Dossier, year: i32, now: &str) -> Result<Vec<claims::Claim>> {
    Ok(claims::check(&model_of(d, year, now)?.public()))
}

/// The name a report file gets by default: kind, year and company, without characters
/// that a file system refuses.
pub fn file_name(
    kind: ReportKind,
    company: &str,
    year: i32,
    lang: Lang,
    format: ReportFormat,
) -> String {
    let t = text::Texts::new(lang);
    let key = match kind {
        ReportKind::Yearly => "file-yearly",
        ReportKind::ActionPlan => "file-plan",
        ReportKind::Communication => "file-public",
    };
    let stem = crate::model::text::safe_file_name(&t.get(
        key,
        &[("year", year.to_string()), ("company", company.to_string())],
    ));
    format!("{stem}.{}", format.extension())
}

/// Lays out and writes a document as PDF (for tests of the engine).
pub fn to_pdf(title: &str, doc: &layout::Document) -> Result<Vec<u8>> {
    let fonts = fonts()?;
    let laid = layout::layout(doc, &fonts);
    pdf::render(
        &pdf::PdfMeta {
            title: title.into(),
            author: String::new(),
            subject: String::new(),
            lang: String::new(),
            created: 0,
        },
        &laid,
        &fonts,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_never_replace_a_file() {
        let name = file_name(
            ReportKind::Yearly,
            "Smit/Zonen: \"Metaal\" B.V.",
            2025,
            Lang::Nl,
            ReportFormat::Pdf,
        );
        assert!(name.ends_with(".pdf") && name.contains("2025"), "{name}");
        assert!(
            !name.contains('/') && !name.contains(':') && !name.contains('"'),
            "{name}"
        );
        let dir = tempfile::tempdir().expect("dir");
        let first = crate::files::write_new_in(dir.path(), &name, b"een").expect("first");
        let second = crate::files::write_new_in(dir.path(), &name, b"twee").expect("second");
        assert_ne!(first, second);
        assert!(second.to_string_lossy().ends_with(" (2).pdf"), "{second:?}");
        assert_eq!(std::fs::read(&first).expect("read"), b"een");
        assert_eq!(std::fs::read(&second).expect("read"), b"twee");
    }
}
