//! `risks`, `chain`, `suggestions` and `country`: the register in priority order, the
//! chains in mapping order, the risks the reference data suggest, and what the built-in
//! data say about a country.

use std::path::Path;

use ketenkompas::messages::Lang;
use ketenkompas::Dossier;

use crate::messages::Messages;
use crate::outcome::{fail, print_json, Failure, Outcome};

pub(crate) fn risks(file: &Path, as_json: bool, lang: Lang, m: &Messages) -> Outcome {
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

pub(crate) fn chain(file: &Path, as_json: bool, m: &Messages) -> Outcome {
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

pub(crate) fn suggestions(file: &Path, as_json: bool, lang: Lang, m: &Messages) -> Outcome {
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

pub(crate) fn country_facts(text: &str, lang: Lang, m: &Messages) -> Outcome {
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
