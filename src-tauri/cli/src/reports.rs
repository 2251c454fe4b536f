//! `report` and `close-year`: the reports of a year as files, and closing a year.

use std::path::Path;

use ketenkompas::model::date::now_timestamp;
use ketenkompas::report::annex::Annex;
use ketenkompas::report::{self, claims::ClaimReason, ReportFormat, ReportKind, ReportOptions};
use ketenkompas::Dossier;

use crate::messages::Messages;
use crate::outcome::{fail, shown, write_file, Failure};
use ketenkompas::messages::Lang;

/// Which registers a yearly report carries as annexes.
pub enum Annexes {
    Chosen(Vec<Annex>),
    /// Those with at most this many rows.
    UpTo(u32),
}

#[allow(clippy::too_many_arguments)]
pub fn report(
    kind: ReportKind,
    file: &Path,
    year: i32,
    out: &Path,
    format: ReportFormat,
    annexes: Annexes,
    lang: Lang,
    m: &Messages,
) -> Result<(), Failure> {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let now = now_timestamp();
    if kind == ReportKind::Communication {
        // The greenwashing guard: claims without a KPI or evidence go to standard error.
        let claims = report::claims(&d, year, &now).map_err(|e| fail(m, e))?;
        if !claims.is_empty() {
            eprintln!(
                "{}",
                m.get("cli.claims", &[("count", claims.len().to_string())])
            );
            for c in claims {
                let why = match c.reason {
                    ClaimReason::ResultWithoutBacking => {
                        m.get("claims.result_without_backing", &[])
                    }
                    ClaimReason::PositiveWording => m.get(
                        "claims.positive_wording",
                        &[("word", c.word.unwrap_or_default())],
                    ),
                };
                eprintln!("  - {}: {why}", c.text);
            }
        }
    }
    let model = report::model_of(&d, year, &now).map_err(|e| fail(m, e))?;
    let options = match annexes {
        Annexes::Chosen(annexes) => ReportOptions { annexes },
        Annexes::UpTo(limit) => ReportOptions::up_to(&model, limit),
    };
    let bytes =
        report::render(kind, &model, lang, format, &now, &options).map_err(|e| fail(m, e))?;
    write_file(out, bytes, m)?;
    println!("{}", m.get("cli.report_written", &[("path", shown(out))]));
    Ok(())
}

pub fn close_year(file: &Path, year: i32, m: &Messages) -> Result<(), Failure> {
    let mut d = Dossier::open(file).map_err(|e| fail(m, e))?;
    d.close_year(year, &now_timestamp())
        .map_err(|e| fail(m, e))?;
    println!(
        "{}",
        m.get(
            "cli.year_closed",
            &[("year", year.to_string()), ("path", shown(file))]
        )
    );
    Ok(())
}
