//! `ketenkompas-cli`: the headless shell (R6). Same core calls as the app.
//!
//! Exit codes: 0 done; 1 a user error, told in Dutch or English; 2 an internal error.

mod chain;
mod commands;
mod compare;
mod exchange;
mod laws;
mod maturity;
mod messages;
mod outcome;
mod reports;
mod status;
mod survey;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use ketenkompas::exchange::TableFormat;
use ketenkompas::report::{ReportFormat, ReportKind};
use messages::Lang;

#[derive(Parser)]
#[command(
    name = "ketenkompas-cli",
    version,
    about = "Ketenkompas dossiers from the command line"
)]
struct Cli {
    /// Language of messages (nl or en); default from the locale.
    #[arg(long, global = true, value_enum)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new, empty dossier.
    New {
        file: std::path::PathBuf,
        #[arg(long)]
        company: String,
        /// First reporting year (default: the current year).
        #[arg(long)]
        year: Option<i32>,
    },
    /// Company, years, schema version and rows per register.
    Info {
        file: std::path::PathBuf,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write the sample dossier (a fictional Dutch SME).
    Sample { file: std::path::PathBuf },
    /// Full integrity check.
    Check { file: std::path::PathBuf },
    /// The dashboard: each step's state, the first-year route and the next thing to do,
    /// with the step, tab and record where it is done.
    Status {
        file: std::path::PathBuf,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The risk register in priority order, with the reason for each place.
    Risks {
        file: std::path::PathBuf,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Which laws on due diligence and sustainability reporting may apply: an
    /// indication as of the date each law was checked, not legal advice.
    Laws {
        file: std::path::PathBuf,
        /// An answer to a question the dossier cannot answer, e.g.
        /// `--answer sells_in_uk=yes` (repeat for more; `=open` takes an answer back).
        /// The answers kept in the dossier count unless given here.
        #[arg(long = "answer", value_parser = laws::parse_answer)]
        answers: Vec<(ketenkompas::laws::Question, Option<bool>)>,
        /// Keep the given answers in the dossier.
        #[arg(long)]
        save: bool,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Two reporting years side by side: the counts, risks new and gone, assessed
    /// higher or lower, decisions changed, measures finished and KPIs. A closed year is
    /// read as it was closed, an open one as the registers are now.
    Compare {
        file: std::path::PathBuf,
        /// The earlier year.
        #[arg(long)]
        from: i32,
        /// The later year.
        #[arg(long)]
        to: i32,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// How far the company is in each of the six steps (levels 1 to 5): the level
    /// suggested from the dossier with the facts behind it, and the company's own.
    Maturity {
        file: std::path::PathBuf,
        /// The reporting year (the active year when left out).
        #[arg(long)]
        year: Option<i32>,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Supplier questionnaires: a yearly round of one Excel workbook per supplier, read
    /// back with scores and red flags.
    Survey {
        #[command(subcommand)]
        what: SurveyWhat,
    },
    /// The chains (purchased goods and services) in mapping order, with how complete
    /// each map is.
    Chain {
        file: std::path::PathBuf,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Risks suggested by the reference data for the mapped chains, with the answers.
    Suggestions {
        file: std::path::PathBuf,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Reference facts about a country, each with its source and year.
    Country {
        /// ISO code or name, in English or Dutch.
        country: String,
    },
    /// Export a dossier.
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Import into a dossier.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// A report of a year as PDF (or, for the communication report, HTML). The language
    /// follows --lang.
    Report {
        #[arg(value_enum)]
        kind: ReportKind,
        file: std::path::PathBuf,
        #[arg(long)]
        year: i32,
        /// The file to write; an existing file is not overwritten.
        #[arg(long)]
        out: std::path::PathBuf,
        #[arg(long, value_enum, default_value = "pdf")]
        format: ReportFormat,
        /// The registers to print as annexes of the yearly report, e.g.
        /// `--annexes risks,actions`. Without it: those with at most `--annex-limit` rows.
        #[arg(long, value_enum, value_delimiter = ',', conflicts_with = "no_annexes")]
        annexes: Option<Vec<ketenkompas::report::annex::Annex>>,
        /// Print no register as an annex.
        #[arg(long)]
        no_annexes: bool,
        /// Without `--annexes`: registers with at most this many rows go along as annexes.
        #[arg(long, default_value_t = ketenkompas::report::annex::DEFAULT_LIMIT)]
        annex_limit: u32,
    },
    /// Close a reporting year: its content is frozen inside the dossier and the next
    /// year opens.
    CloseYear {
        file: std::path::PathBuf,
        #[arg(long)]
        year: i32,
    },
}

/// A register on the command line, by its name in the core (`cap-items`), so that the
/// list of registers lives in one place.
#[derive(Clone, Copy)]
pub struct RegisterArg(pub ketenkompas::exchange::Register);

static REGISTERS: std::sync::LazyLock<Vec<RegisterArg>> = std::sync::LazyLock::new(|| {
    ketenkompas::exchange::Register::ALL
        .into_iter()
        .map(RegisterArg)
        .collect()
});

impl clap::ValueEnum for RegisterArg {
    fn value_variants<'a>() -> &'a [Self] {
        REGISTERS.as_slice()
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.0.name()))
    }
}

#[derive(Subcommand)]
enum ExportWhat {
    /// Any register as a table: risks (in priority order), actions, progress notes, KPI
    /// measurements, chains, audits, certificates, logs, stakeholders, remedies, the
    /// policy versions and more (grievances without their confidential parts).
    Register {
        #[arg(value_enum)]
        register: RegisterArg,
        file: std::path::PathBuf,
        #[arg(long, value_enum)]
        format: TableFormat,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// The supplier register (Open Supply Hub columns first).
    Suppliers {
        file: std::path::PathBuf,
        #[arg(long, value_enum)]
        format: TableFormat,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// The grievance register, without its confidential parts unless asked.
    Grievances {
        file: std::path::PathBuf,
        #[arg(long, value_enum)]
        format: TableFormat,
        #[arg(long)]
        out: std::path::PathBuf,
        /// Also write the confidential parts (reporter contact, description, assessment,
        /// outcome, remedy, lessons).
        #[arg(long)]
        include_confidential: bool,
    },
    /// The whole dossier as JSON (docs/dossier-json.md), including every confidential
    /// part of grievances: it is the full backup.
    Json {
        file: std::path::PathBuf,
        /// Output file (default: standard output).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
enum SurveyWhat {
    /// Start (or extend) the round of a year and write one workbook per supplier into a
    /// folder, to send by e-mail. With --workbook-lang (any language `survey languages`
    /// lists) or --lang every new workbook is in that language; without them each
    /// supplier gets the language of its country, English elsewhere.
    Create {
        file: std::path::PathBuf,
        /// The reporting year (the active year when left out).
        #[arg(long)]
        year: Option<i32>,
        /// The folder for the workbooks (made when missing).
        #[arg(long)]
        out: std::path::PathBuf,
        /// `all`, or supplier ids separated by commas.
        #[arg(long, default_value = "all")]
        suppliers: String,
        /// The date the answers are asked for (YYYY-MM-DD; six weeks from today when
        /// left out).
        #[arg(long)]
        due: Option<String>,
        /// The questionnaire language of every new workbook, by its code (nl, en, fr, …).
        #[arg(long)]
        workbook_lang: Option<String>,
    },
    /// The languages a questionnaire can be sent in.
    Languages,
    /// Read returned workbooks: what was understood and what was not, per file. Stores
    /// them unless --dry-run; stores nothing when a file is refused.
    Import {
        file: std::path::PathBuf,
        #[arg(required = true)]
        answers: Vec<std::path::PathBuf>,
        #[arg(long)]
        dry_run: bool,
    },
    /// Where each questionnaire of a round stands, with its red flags.
    Status {
        file: std::path::PathBuf,
        #[arg(long)]
        year: Option<i32>,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum ImportWhat {
    /// Suppliers from a CSV file (UTF-8 or Windows-1252; `;`, `,` or tab) or an XLSX or
    /// XLS workbook (first sheet).
    Suppliers {
        file: std::path::PathBuf,
        table: std::path::PathBuf,
        /// Only show what would happen.
        #[arg(long)]
        dry_run: bool,
        /// Lines with another name at a known address (possible duplicates) to store
        /// anyway, for example `--keep 4,9`.
        #[arg(long, value_delimiter = ',')]
        keep: Vec<u32>,
    },
    /// A whole dossier from JSON; creates the dossier file.
    Json {
        file: std::path::PathBuf,
        json: std::path::PathBuf,
        /// Replace the content of an existing dossier (a backup is made first).
        #[arg(long)]
        replace: bool,
    },
}

fn main() -> ExitCode {
    ketenkompas::dossier::lock::set_program("cli");
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let early_lang = lang_from_args(&args);
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                // Written, not printed: help piped into `head` must not panic.
                use std::io::Write;
                let _ = write!(std::io::stdout(), "{e}");
                return ExitCode::SUCCESS;
            }
            let m = messages::Messages::new(early_lang);
            say(&format!("{}\n\n{e}", m.get("error.cli.usage", &[])));
            return ExitCode::from(1);
        }
    };
    let lang = cli.lang.unwrap_or(early_lang);
    let m = messages::Messages::new(lang);
    // A panic is a bug; the user still gets a sentence and exit code 2, never a trace.
    // Handled in the hook, which runs before unwinding or aborting: the release profile
    // aborts on a panic (ADR 0024), so nothing after the panic would run.
    let unexpected = m.get("error.internal.unexpected", &[]);
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let text = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied());
        if text.is_some_and(reader_went_away) {
            std::process::exit(0);
        }
        say(&unexpected);
        std::process::exit(2);
    }));
    match commands::run(cli.command, lang, cli.lang, &m) {
        Ok(()) => ExitCode::SUCCESS,
        Err(outcome::Failure::User(text)) => {
            say(&text);
            ExitCode::from(1)
        }
        Err(outcome::Failure::Internal(text)) => {
            say(&text);
            ExitCode::from(2)
        }
    }
}

/// A line on standard error; a closed standard error must not change the exit code.
fn say(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// Whether a panic is the standard library's "failed printing to stdout" because the
/// reader of our output went away (`… | head`): then the program stops quietly. The
/// error's words are the system's, in its language; its number is not: a closed pipe is
/// 32 on Unix and 109 or 232 on Windows. Any other failure to write (a full disk) is not
/// quiet.
fn reader_went_away(panic_text: &str) -> bool {
    let Some(error) = panic_text.strip_prefix("failed printing to stdout: ") else {
        return false;
    };
    let closed: &[&str] = if cfg!(windows) {
        &["(os error 109)", "(os error 232)"]
    } else {
        &["(os error 32)"]
    };
    closed.iter().any(|c| error.ends_with(c))
}

/// `--lang` as given (even before full parsing), else the locale.
fn lang_from_args(args: &[std::ffi::OsString]) -> Lang {
    let mut it = args.iter().map(|a| a.to_string_lossy().to_string());
    while let Some(a) = it.next() {
        let value = if a == "--lang" {
            it.next()
        } else {
            a.strip_prefix("--lang=").map(String::from)
        };
        match value.as_deref() {
            Some("nl") => return Lang::Nl,
            Some("en") => return Lang::En,
            _ => {}
        }
    }
    messages::lang_of_locale(sys_locale::get_locale().as_deref())
}

#[cfg(test)]
mod tests {
    use super::reader_went_away;

    #[test]
    fn only_a_closed_pipe_on_standard_output_ends_quietly() {
        #[cfg(unix)]
        {
            assert!(reader_went_away(
                "failed printing to stdout: Broken pipe (os error 32)"
            ));
            assert!(!reader_went_away(
                "failed printing to stdout: No space left on device (os error 28)"
            ));
        }
        #[cfg(windows)]
        {
            assert!(reader_went_away(
                "failed printing to stdout: De pipe wordt gesloten. (os error 232)"
            ));
            assert!(reader_went_away(
                "failed printing to stdout: The pipe has been ended. (os error 109)"
            ));
            assert!(!reader_went_away(
                "failed printing to stdout: There is not enough space on the disk. (os error 112)"
            ));
        }
        assert!(!reader_went_away(
            "failed printing to stderr: Broken pipe (os error 32)"
        ));
        assert!(!reader_went_away("index out of bounds"));
    }
}
