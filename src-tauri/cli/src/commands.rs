//! One function per subcommand: call the core, print the result in the user's language.

use std::path::Path;

use ketenkompas::exchange::json;
use ketenkompas::model::YearStatus;
use ketenkompas::{sample, Dossier, Error};

use ketenkompas::messages::Lang;

use crate::messages::Messages;
use crate::outcome::{fail, shown, write_file, Failure, Outcome};
use ketenkompas::exchange::{Register, TableFormat};

use crate::{Command, ExportWhat, ImportWhat};

pub fn run(command: Command, lang: Lang, m: &Messages) -> Outcome {
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
        Command::Info { file, json } => info(&file, json, m),
        Command::Sample { file } => {
            sample::create(&file).map_err(|e| fail(m, e))?;
            println!("{}", m.get("cli.sample_created", &[("path", shown(&file))]));
            Ok(())
        }
        Command::Check { file } => check(&file, m),
        Command::Country { country } => country_facts(&country, lang, m),
        Command::Status { file, json } => status(&file, json, m),
        Command::Risks { file, json } => risks(&file, json, lang, m),
        Command::Laws {
            file,
            answers,
            json,
        } => crate::laws::laws(&file, &answers, json, lang, m),
        Command::Chain { file, json } => chain(&file, json, m),
        Command::Suggestions { file, json } => suggestions(&file, json, lang, m),
        Command::Export {
            what: ExportWhat::Json { file, out },
        } => export_json(&file, out.as_deref(), m),
        Command::Export {
            what: ExportWhat::Suppliers { file, out, format },
        } => export_table(Register::Suppliers, &file, &out, format, false, m),
        Command::Export {
            what:
                ExportWhat::Register {
                    register,
                    file,
                    out,
                    format,
                },
        } => export_table(register.0, &file, &out, format, false, m),
        Command::Export {
            what:
                ExportWhat::Grievances {
                    file,
                    out,
                    format,
                    include_confidential,
                },
        } => export_table(
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
                },
        } => import_suppliers(&file, &table, dry_run, m),
        Command::Import {
            what:
                ImportWhat::Json {
                    file,
                    json,
                    replace,
                },
        } => import_json(&file, &json, replace, m),
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

fn info(file: &Path, as_json: bool, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let info = d.info().map_err(|e| fail(m, e))?;
    if as_json {
        let text =
            serde_json::to_string_pretty(&info).map_err(|e| Failure::Internal(e.to_string()))?;
        println!("{text}");
        return Ok(());
    }
    let years: Vec<String> = info
        .years
        .iter()
        .map(|y| {
            let status = match y.status {
                YearStatus::Open => m.get("year.status.open", &[]),
                YearStatus::Closed => m.get("year.status.closed", &[]),
            };
            if info.active_year == Some(y.year) {
                format!("{} ({status}, {})", y.year, m.get("cli.info.active", &[]))
            } else {
                format!("{} ({status})", y.year)
            }
        })
        .collect();
    let years = if years.is_empty() {
        m.get("cli.info.none", &[])
    } else {
        years.join(", ")
    };
    println!("{}: {}", m.get("cli.info.company", &[]), info.company_name);
    println!("{}: {}", m.get("cli.info.path", &[]), info.path);
    println!(
        "{}: {}",
        m.get("cli.info.schema_version", &[]),
        info.schema_version
    );
    println!("{}: {years}", m.get("cli.info.years", &[]));
    if info.read_only {
        println!("{}", m.get("cli.info.read_only", &[]));
    }
    println!("{}:", m.get("cli.info.registers", &[]));
    for r in &info.registers {
        let name = m.get(&format!("register.{}", r.register), &[]);
        println!("  {name:<32} {:>8}", r.rows);
    }
    Ok(())
}

/// Where a finding is dealt with, in words: "Stap 2 · Risico's en prioriteiten · nr. 7".
fn place_text(p: &ketenkompas::dashboard::Place, m: &Messages) -> String {
    let mut parts = vec![match p.screen.strip_prefix("step") {
        Some(n) => m.get("step.label", &[("step", n.to_string())]),
        None => m.get(&format!("nav.{}", p.screen), &[]),
    }];
    if let Some(tab) = &p.tab {
        parts.push(m.get(&format!("{}.tab.{tab}", p.screen), &[]));
    }
    if let Some(id) = p.record {
        parts.push(m.get("cli.status.record", &[("id", id.to_string())]));
    }
    parts.join(" · ")
}

fn finding_text(f: &ketenkompas::dashboard::Finding, m: &Messages) -> String {
    let count = f.count.map(|c| c.to_string()).unwrap_or_default();
    m.get(
        &format!("dashboard.finding.{}", f.code),
        &[("count", count)],
    )
}

fn status(file: &Path, as_json: bool, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let dash = d.dashboard().map_err(|e| fail(m, e))?;
    if as_json {
        return print_json(&dash);
    }
    match &dash.next {
        Some(next) => {
            println!(
                "{}: {}",
                m.get("dashboard.next", &[]),
                finding_text(next, m)
            );
            println!("  → {}", place_text(&next.place, m));
        }
        None => println!("{}", m.get("dashboard.nothing_next", &[])),
    }
    if let Some(route) = &dash.route {
        println!();
        let total = route.stages.len().to_string();
        let done = route.done.to_string();
        println!(
            "{} ({})",
            m.get("dashboard.route.title", &[]),
            m.get(
                "dashboard.route.progress",
                &[("done", done), ("total", total)]
            )
        );
        for s in &route.stages {
            let mark = if s.done { "x" } else { " " };
            let name = m.get(&format!("dashboard.route.{}", s.code), &[]);
            println!("  [{mark}] {name}");
        }
    }
    for s in &dash.steps {
        println!();
        let n = s.step.to_string();
        println!(
            "{} · {}: {}",
            m.get("step.label", &[("step", n.clone())]),
            m.get(&format!("step{n}.short"), &[]),
            m.get(&format!("state.{}", step_state(s.state)), &[])
        );
        for (mark, list) in [
            ("+", &s.done),
            ("-", &s.missing),
            ("!", &s.overdue),
            ("~", &s.later),
        ] {
            for f in list {
                println!("  {mark} {}", finding_text(f, m));
            }
        }
    }
    Ok(())
}

fn step_state(s: ketenkompas::dashboard::StepState) -> &'static str {
    use ketenkompas::dashboard::StepState;
    match s {
        StepState::NotStarted => "not_started",
        StepState::InProgress => "in_progress",
        StepState::Done => "done",
    }
}

fn risks(file: &Path, as_json: bool, lang: Lang, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let register = d.risk_register(lang).map_err(|e| fail(m, e))?;
    if as_json {
        let text = serde_json::to_string_pretty(&register)
            .map_err(|e| Failure::Internal(e.to_string()))?;
        println!("{text}");
        return Ok(());
    }
    for row in &register.rows {
        let r = &row.risk;
        match &row.ranked {
            Some(k) => {
                println!(
                    "{:>3}. [{}x{}] {} — {}",
                    k.rank,
                    k.severity,
                    k.likelihood,
                    r.title,
                    m.get(&format!("decision.{}", r.decision.as_str()), &[])
                );
                let reason = r.rank_override.as_ref().map(|o| o.reason.as_str());
                println!(
                    "     {}",
                    ketenkompas::prioritisation::rationale(m, k, reason)
                );
            }
            None => println!("   - {} — {}", r.title, m.get("cli.risks.unassessed", &[])),
        }
        for w in &row.warnings {
            let text = m.get(&format!("decision.warning.{}", w.as_str()), &[]);
            println!("     ! {text}");
        }
    }
    Ok(())
}

fn print_json<T: serde::Serialize>(value: &T) -> Outcome {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::Internal(e.to_string()))?;
    println!("{text}");
    Ok(())
}

fn chain(file: &Path, as_json: bool, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let today = ketenkompas::model::date::today();
    let overview = d.chain_overview(&today).map_err(|e| fail(m, e))?;
    if as_json {
        return print_json(&overview);
    }
    for c in &overview.chains {
        let level = match c.level {
            Some(l) => format!("level.{}", l.as_str()),
            None => "level.unknown".into(),
        };
        let planned = c
            .item
            .planned_completion
            .clone()
            .unwrap_or_else(|| m.get("chain.no_plan", &[]));
        let late = if c.overdue {
            format!(" ({})", m.get("chain.overdue", &[]))
        } else {
            String::new()
        };
        println!(
            "{:>3}. {} — {}: {} — {}: {}% — {}: {planned}{late}",
            c.position,
            c.item.name,
            m.get("chain.col.level", &[]),
            m.get(&level, &[]),
            m.get("chain.col.complete", &[]),
            c.completeness.percent,
            m.get("chain.col.planned", &[]),
        );
        for check in c.completeness.checks.iter().filter(|x| !x.passed) {
            let point = m.get(&format!("chain.check.{}", check.code), &[]);
            println!("       {}", m.get("cli.chain.todo", &[("check", point)]));
        }
    }
    Ok(())
}

fn suggestions(file: &Path, as_json: bool, lang: Lang, m: &Messages) -> Outcome {
    use ketenkompas::views::risk_suggestions::{fact_text, suggestion_title};
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let list = d.suggestions().map_err(|e| fail(m, e))?;
    if as_json {
        return print_json(&list);
    }
    for s in &list {
        let state = match &s.decision {
            None => m.get("cli.suggestions.open", &[]),
            Some(d) => format!(
                "{} {}",
                m.get(&format!("suggestions.answer.{}", d.answer.as_str()), &[]),
                d.decided_on
            ),
        };
        println!("[{state}] {}", suggestion_title(m, lang, s));
        for f in &s.facts {
            println!("    {}", fact_text(m, lang, f));
        }
        if let Some(d) = &s.decision {
            println!(
                "    {}: {}",
                m.get("field.suggestion.reason", &[]),
                d.reason
            );
        }
    }
    Ok(())
}

fn country_facts(text: &str, lang: Lang, m: &Messages) -> Outcome {
    use ketenkompas::reference::{country_facts, ilab, share_as_percent, wgi};
    let Some(facts) = country_facts(text) else {
        return Err(Failure::User(
            m.get("cli.country.unknown", &[("value", text.to_string())]),
        ));
    };
    let c = facts.country;
    let name = match lang {
        Lang::Nl => &c.name_nl,
        Lang::En => &c.name_en,
    };
    println!("{name} ({})", c.alpha2);
    let yes_no = |v: bool| m.get(if v { "common.yes" } else { "common.no" }, &[]);
    match facts.profile {
        Some(p) => println!(
            "{}",
            m.get(
                "cli.country.profile",
                &[
                    ("year", p.year.to_string()),
                    ("level", p.advancement_level.clone()),
                    ("pct", share_as_percent(&p.working_children_5_14_pct)),
                    ("c138", p.c138_ratified.clone()),
                    ("c182", p.c182_ratified.clone()),
                ]
            )
        ),
        None => println!("{}", m.get("cli.country.no_profile", &[])),
    }
    if facts.goods.is_empty() {
        println!("{}", m.get("cli.country.no_goods", &[]));
    } else {
        println!(
            "{}",
            m.get("cli.country.goods", &[("year", ilab::YEAR.to_string())])
        );
        for g in &facts.goods {
            let flags = m.get(
                "cli.country.flags",
                &[
                    ("child", yes_no(g.child_labour)),
                    ("forced", yes_no(g.forced_labour)),
                    ("forced_child", yes_no(g.forced_child_labour)),
                ],
            );
            println!("  {:<28} {flags}", g.good);
        }
    }
    match facts.governance.first() {
        None => println!("{}", m.get("cli.country.no_wgi", &[])),
        Some(first) => {
            println!(
                "{}",
                m.get(
                    "cli.country.wgi",
                    &[
                        ("edition", wgi::EDITION.to_string()),
                        ("year", first.year.to_string())
                    ]
                )
            );
            for i in &facts.governance {
                let value = i
                    .percentile
                    .map(|p| format!("{p:.0}"))
                    .unwrap_or_else(|| m.get("common.not_available", &[]));
                println!(
                    "  {:<42} {value:>5}",
                    m.get(&format!("wgi.{}", i.indicator), &[])
                );
            }
        }
    }
    Ok(())
}

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

fn import_suppliers(file: &Path, table: &Path, dry_run: bool, m: &Messages) -> Outcome {
    use ketenkompas::exchange::suppliers::{self, RowOutcome};
    let bytes = read_input(table, ketenkompas::exchange::limits::FILE_BYTES, m)?;
    let mut d = Dossier::open(file).map_err(|e| fail(m, e))?;
    let report = suppliers::import(&mut d, &bytes, dry_run).map_err(|e| fail(m, e))?;
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
fn export_table(
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

fn check(file: &Path, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let problems = d.integrity_problems().map_err(|e| fail(m, e))?;
    if problems.is_empty() {
        let version = d.schema_version().map_err(|e| fail(m, e))?;
        println!(
            "{}",
            m.get(
                "cli.check_ok",
                &[("path", shown(file)), ("version", version.to_string())]
            )
        );
        return Ok(());
    }
    let mut text = m.get(
        "error.cli.check_failed",
        &[("path", shown(file)), ("count", problems.len().to_string())],
    );
    for p in problems {
        text.push_str("\n  ");
        text.push_str(&p);
    }
    Err(Failure::User(text))
}

fn export_json(file: &Path, out: Option<&Path>, m: &Messages) -> Outcome {
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

fn import_json(file: &Path, json_path: &Path, replace: bool, m: &Messages) -> Outcome {
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
