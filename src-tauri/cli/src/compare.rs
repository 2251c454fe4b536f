//! `compare`: two reporting years side by side (B2), as text or JSON. A closed year is
//! read from its frozen content, an open year from the registers as they are now.

use std::path::Path;

use ketenkompas::model::date::now_timestamp;
use ketenkompas::report::compare::{Comparison, Direction, Score};
use ketenkompas::report::{self};
use ketenkompas::Dossier;

use crate::messages::Messages;
use crate::outcome::{fail, print_json, Outcome};

fn score(s: Option<Score>) -> String {
    s.map(|s| format!("{} × {}", s.severity, s.likelihood))
        .unwrap_or_else(|| "–".into())
}

fn signed(from: u32, to: u32) -> String {
    match i64::from(to) - i64::from(from) {
        0 => String::new(),
        d if d > 0 => format!("(+{d})"),
        d => format!("({d})"),
    }
}

fn value(v: Option<f64>, unit: &str) -> String {
    v.map(|v| format!("{v} {unit}").trim().to_string())
        .unwrap_or_else(|| "–".into())
}

fn state(closed: bool, m: &Messages) -> String {
    m.get(
        if closed {
            "compare.closed"
        } else {
            "compare.open"
        },
        &[],
    )
}

pub fn compare(file: &Path, from: i32, to: i32, as_json: bool, m: &Messages) -> Outcome {
    let d = Dossier::open_for_reading(file).map_err(|e| fail(m, e))?;
    let c = report::compare_years(&d, from, to, &now_timestamp()).map_err(|e| fail(m, e))?;
    if as_json {
        return print_json(&c);
    }
    print_text(&c, m);
    Ok(())
}

fn print_text(c: &Comparison, m: &Messages) {
    println!(
        "{}",
        m.get(
            "compare.years",
            &[
                ("from", c.from.to_string()),
                ("from_state", state(c.from_closed, m)),
                ("to", c.to.to_string()),
                ("to_state", state(c.to_closed, m)),
            ]
        )
    );
    let names: Vec<String> = c
        .figures
        .iter()
        .map(|f| m.get(&format!("compare.figure.{}", f.code), &[]))
        .collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    for (f, name) in c.figures.iter().zip(&names) {
        let pad = width - name.chars().count();
        println!(
            "  {name}{}  {:>6} → {:<6} {}",
            " ".repeat(pad),
            f.from,
            f.to,
            signed(f.from, f.to)
        );
    }
    let ch = &c.changes;
    let section = |key: &str, count: usize| {
        println!();
        println!("{}", m.get(key, &[("count", count.to_string())]));
    };
    if !ch.new_risks.is_empty() {
        section("compare.new_risks", ch.new_risks.len());
        for r in &ch.new_risks {
            println!(
                "  + {} ({})",
                r.title,
                m.get(&format!("theme.{}", r.theme.as_str()), &[])
            );
        }
    }
    if !ch.gone_risks.is_empty() {
        section("compare.gone_risks", ch.gone_risks.len());
        for r in &ch.gone_risks {
            println!("  - {}", r.title);
        }
    }
    if !ch.reassessed.is_empty() {
        section("compare.reassessed", ch.reassessed.len());
        for r in &ch.reassessed {
            let how = match r.direction {
                Direction::Up => "compare.up",
                Direction::Down => "compare.down",
                _ => "compare.assessed",
            };
            println!(
                "  {}: {} → {} ({})",
                r.title,
                score(r.before),
                score(r.after),
                m.get(how, &[])
            );
        }
    }
    if !ch.decisions.is_empty() {
        section("compare.decisions", ch.decisions.len());
        let name = |d: Option<ketenkompas::model::risk::Decision>| {
            d.map(|d| m.get(&format!("decision.{}", d.as_str()), &[]))
                .unwrap_or_default()
        };
        for r in &ch.decisions {
            println!(
                "  {}: {} → {}",
                r.title,
                name(r.decision_before),
                name(r.decision_after)
            );
        }
    }
    section("compare.finished", ch.finished.len());
    for a in &ch.finished {
        let works = a.effectiveness.map(|e| e.as_str()).unwrap_or("not_judged");
        println!(
            "  ✓ {} ({}): {}",
            a.title,
            a.risk,
            m.get(&format!("effectiveness.{works}"), &[])
        );
    }
    if !ch.maturity.is_empty() {
        println!();
        println!("{}", m.get("compare.maturity", &[]));
        let shown = |level: u8, confirmed: bool| {
            if confirmed {
                level.to_string()
            } else {
                format!("{level} ({})", m.get("compare.maturity.suggested", &[]))
            }
        };
        for p in &ch.maturity {
            println!(
                "  {} · {}: {} → {}",
                m.get("step.label", &[("step", p.step.to_string())]),
                m.get(&format!("step{}.short", p.step), &[]),
                shown(p.from, p.from_confirmed),
                shown(p.to, p.to_confirmed)
            );
        }
    }
    if !ch.kpis.is_empty() {
        section("compare.kpis", ch.kpis.len());
        for k in &ch.kpis {
            let reached = if k.reached_after {
                format!(" ✓ {}", m.get("compare.reached", &[]))
            } else {
                String::new()
            };
            println!(
                "  {}: {} → {} ({}){reached}",
                k.name,
                value(k.before, &k.unit),
                value(k.after, &k.unit),
                m.get(
                    "compare.target",
                    &[("value", value(Some(k.target), &k.unit))]
                )
            );
        }
    }
}
