//! `maturity`: how far the company is in each step (B3), as text or JSON: the level
//! suggested from the dossier with the facts behind it, and the company's own judgement.

use std::path::Path;

use ketenkompas::model::date::now_timestamp;
use ketenkompas::report;
use ketenkompas::Dossier;

use crate::messages::Messages;
use crate::outcome::{fail, print_json, Outcome};

pub fn maturity(file: &Path, year: Option<i32>, as_json: bool, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let year = match year {
        Some(y) => y,
        None => d.active_year().map_err(|e| fail(m, e))?.unwrap_or_else(|| {
            ketenkompas::model::date::today()[..4]
                .parse()
                .unwrap_or(2026)
        }),
    };
    let view = report::maturity_of(&d, year, &now_timestamp()).map_err(|e| fail(m, e))?;
    if as_json {
        return print_json(&view);
    }
    println!(
        "{}",
        m.get("cli.maturity.title", &[("year", year.to_string())])
    );
    for line in &view.lines {
        let s = &line.suggestion;
        let level = line.level();
        println!();
        println!(
            "{} · {}: {level} · {}",
            m.get("step.label", &[("step", s.step.to_string())]),
            m.get(&format!("step{}.short", s.step), &[]),
            m.get(&format!("maturity.level.{level}"), &[])
        );
        match &line.assessment {
            Some(a) if a.level != a.suggested => println!(
                "  {}",
                m.get(
                    "cli.maturity.changed",
                    &[
                        ("suggested", a.suggested.to_string()),
                        ("reason", a.reason.clone().unwrap_or_default())
                    ]
                )
            ),
            Some(_) => println!("  {}", m.get("cli.maturity.confirmed", &[])),
            None => println!("  {}", m.get("cli.maturity.suggested", &[])),
        }
        for c in &s.checks {
            println!(
                "  {} {} ({})",
                if c.holds { "✓" } else { "·" },
                m.get(&format!("maturity.check.{}", c.code), &[]),
                m.get("maturity.for_level", &[("level", c.level.to_string())])
            );
        }
    }
    if view.history.len() > 1 {
        println!();
        println!("{}", m.get("maturity.history", &[]));
        for h in &view.history {
            let levels: Vec<String> = h
                .levels
                .iter()
                .map(|l| l.map_or_else(|| "–".to_string(), |l| l.to_string()))
                .collect();
            println!("  {}: {}", h.year, levels.join(" "));
        }
    }
    Ok(())
}
