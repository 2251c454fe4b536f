//! `info`, `status` and `check`: what a dossier holds, where its steps stand, and
//! whether it is whole.

use std::path::Path;

use ketenkompas::model::YearStatus;
use ketenkompas::Dossier;

use crate::messages::Messages;
use crate::outcome::{fail, print_json, shown, Failure, Outcome};

pub(crate) fn info(file: &Path, as_json: bool, m: &Messages) -> Outcome {
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
    if let Some(u) = &info.in_use_by {
        let since = u.since.replace('T', " ").replace('Z', " UTC");
        println!(
            "{}",
            m.get("cli.info.in_use", &[("by", u.by.clone()), ("since", since)])
        );
    } else if info.read_only {
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

pub(crate) fn status(file: &Path, as_json: bool, m: &Messages) -> Outcome {
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

pub(crate) fn check(file: &Path, m: &Messages) -> Outcome {
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
