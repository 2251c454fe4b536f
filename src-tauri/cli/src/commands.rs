//! Which function runs each subcommand; the functions live by domain (`status.rs`,
//! `chain.rs`, `exchange.rs`, `laws.rs`, `reports.rs`) and print in the user's language.

use ketenkompas::{sample, Dossier};

use ketenkompas::messages::Lang;

use crate::messages::Messages;
use crate::outcome::{fail, shown, Outcome};
use ketenkompas::exchange::Register;

use crate::{Command, ExportWhat, ImportWhat, SurveyWhat};

/// `lang` is the language of the messages; `chosen` the one given with `--lang`, if any.
pub fn run(command: Command, lang: Lang, chosen: Option<Lang>, m: &Messages) -> Outcome {
    match command {
        Command::New {
            file,
            company,
            year,
        } => {
            let year = year.unwrap_or_else(ketenkompas::model::date::current_year);
            Dossier::create(&file, &company, year).map_err(|e| fail(m, e))?;
            println!("{}", m.get("cli.created", &[("path", shown(&file))]));
            Ok(())
        }
        Command::Info { file, json } => crate::status::info(&file, json, m),
        Command::Sample { file } => {
            sample::create(&file).map_err(|e| fail(m, e))?;
            println!("{}", m.get("cli.sample_created", &[("path", shown(&file))]));
            Ok(())
        }
        Command::Check { file } => crate::status::check(&file, m),
        Command::Country { country } => crate::chain::country_facts(&country, lang, m),
        Command::Status { file, json } => crate::status::status(&file, json, m),
        Command::Risks { file, json } => crate::chain::risks(&file, json, lang, m),
        Command::Laws {
            file,
            answers,
            save,
            json,
        } => crate::laws::laws(&file, &answers, save, json, lang, m),
        Command::Compare {
            file,
            from,
            to,
            json,
        } => crate::compare::compare(&file, from, to, json, m),
        Command::Maturity { file, year, json } => crate::maturity::maturity(&file, year, json, m),
        Command::Chain { file, json } => crate::chain::chain(&file, json, m),
        Command::Survey {
            what:
                SurveyWhat::Create {
                    file,
                    year,
                    out,
                    suppliers,
                    due,
                    workbook_lang,
                },
        } => crate::survey::create(
            crate::survey::Create {
                file: &file,
                year,
                out: &out,
                suppliers: &suppliers,
                lang: workbook_lang.or_else(|| chosen.map(|l| l.code().to_string())),
                due,
            },
            m,
        ),
        Command::Survey {
            what: SurveyWhat::Languages,
        } => crate::survey::languages(m),
        Command::Survey {
            what:
                SurveyWhat::Import {
                    file,
                    answers,
                    dry_run,
                },
        } => crate::survey::import(&file, &answers, dry_run, m),
        Command::Survey {
            what: SurveyWhat::Status { file, year, json },
        } => crate::survey::status(&file, year, json, m),
        Command::Suggestions { file, json } => crate::chain::suggestions(&file, json, lang, m),
        Command::Export {
            what: ExportWhat::Json { file, out },
        } => crate::exchange::export_json(&file, out.as_deref(), m),
        Command::Export {
            what: ExportWhat::Suppliers { file, out, format },
        } => crate::exchange::export_table(Register::Suppliers, &file, &out, format, false, m),
        Command::Export {
            what:
                ExportWhat::Register {
                    register,
                    file,
                    out,
                    format,
                },
        } => crate::exchange::export_table(register.0, &file, &out, format, false, m),
        Command::Export {
            what:
                ExportWhat::Grievances {
                    file,
                    out,
                    format,
                    include_confidential,
                },
        } => crate::exchange::export_table(
            Register::Grievances,
            &file,
            &out,
            format,
            include_confidential,
            m,
        ),
        Command::Import {
            what:
                ImportWhat::Suppliers {
                    file,
                    table,
                    dry_run,
                    keep,
                },
        } => crate::exchange::import_suppliers(&file, &table, dry_run, &keep, m),
        Command::Import {
            what:
                ImportWhat::Json {
                    file,
                    json,
                    replace,
                },
        } => crate::exchange::import_json(&file, &json, replace, m),
        Command::Report {
            kind,
            file,
            year,
            out,
            format,
            annexes,
            no_annexes,
            annex_limit,
        } => {
            let annexes = match (no_annexes, annexes) {
                (true, _) => crate::reports::Annexes::Chosen(Vec::new()),
                (false, Some(list)) => crate::reports::Annexes::Chosen(list),
                (false, None) => crate::reports::Annexes::UpTo(annex_limit),
            };
            crate::reports::report(kind, &file, year, &out, format, annexes, lang, m)
        }
        Command::CloseYear { file, year } => crate::reports::close_year(&file, year, m),
    }
}
