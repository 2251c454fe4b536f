//! What one supplier's answers say: a score per area (a core theme, or the supplier's
//! grievance mechanism and own suppliers) with the answers that lowered it, and the red
//! flags that call for a closer look. Yes counts 1, partly ½, no 0 where yes is good
//! practice (the other way round where no is); an unknown or missing answer is not
//! scored but counted as unanswered, so a score rests only on what was said.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use super::questions::{MINIMUM_AGE, MOST_WEEKLY_HOURS};
use super::{Good, Question, Value, Yn, QUESTIONS};
use crate::model::risk::Theme;

/// The area a question's score counts for: its theme, or else its section.
pub fn area_of(q: &Question) -> Option<String> {
    if q.good == Good::None {
        return None;
    }
    Some(match (q.theme, q.section) {
        (Some(t), _) => t.as_str().to_string(),
        (None, s) => s.as_str().to_string(),
    })
}

/// The score of one area.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct ThemeScore {
    /// A theme code, or `grievances` / `own_suppliers`.
    pub area: String,
    /// 0 to 100; none when no scored question of the area was answered.
    pub score: Option<u8>,
    /// Scored questions answered with more than "unknown".
    pub answered: u32,
    /// Scored questions of the area that were asked.
    pub asked: u32,
    /// The questions whose answers lowered the score.
    pub drivers: Vec<String>,
}

/// Whether a question was asked: one that depends on a yes is not asked after a no.
fn asked(q: &Question, answers: &BTreeMap<String, Value>) -> bool {
    match q.when_yes {
        None => true,
        Some(on) => matches!(answers.get(on), Some(Value::YesNo(Yn::Yes | Yn::Partly))),
    }
}

/// How good one answer is, from 0 to 1; `None` when it says nothing.
fn points(q: &Question, v: &Value, answers: &BTreeMap<String, Value>) -> Option<f64> {
    match (q.good, v) {
        (Good::Yes, Value::YesNo(y)) | (Good::No, Value::YesNo(y)) => {
            let yes = match y {
                Yn::Yes => 1.0,
                Yn::Partly => 0.5,
                Yn::No => 0.0,
                Yn::Unknown => return None,
            };
            Some(if q.good == Good::Yes { yes } else { 1.0 - yes })
        }
        (Good::AtLeast(min), Value::Number(n)) => Some(if *n >= min { 1.0 } else { 0.0 }),
        (Good::AtMost(max), Value::Number(n)) => Some(if *n <= max { 1.0 } else { 0.0 }),
        // Such as the lowest wage against the legal minimum the supplier gave.
        (Good::NotBelow(other), Value::Number(n)) => match answers.get(other) {
            Some(Value::Number(min)) if *min > 0.0 => Some(if *n >= *min { 1.0 } else { 0.0 }),
            _ => None,
        },
        _ => None,
    }
}

/// The score per area, in the order of the questions.
pub fn scores(answers: &BTreeMap<String, Value>) -> Vec<ThemeScore> {
    let mut out: Vec<ThemeScore> = Vec::new();
    let mut sums: BTreeMap<String, f64> = BTreeMap::new();
    for q in QUESTIONS {
        let Some(area) = area_of(q) else { continue };
        if !asked(q, answers) {
            continue;
        }
        let i = match out.iter().position(|s| s.area == area) {
            Some(i) => i,
            None => {
                out.push(ThemeScore {
                    area: area.clone(),
                    score: None,
                    answered: 0,
                    asked: 0,
                    drivers: Vec::new(),
                });
                out.len() - 1
            }
        };
        let s = &mut out[i];
        s.asked += 1;
        if let Some(p) = answers.get(q.id).and_then(|v| points(q, v, answers)) {
            s.answered += 1;
            *sums.entry(area).or_default() += p;
            if p < 1.0 {
                s.drivers.push(q.id.to_string());
            }
        }
    }
    for s in &mut out {
        if s.answered > 0 {
            let sum = sums.get(&s.area).copied().unwrap_or(0.0);
            s.score = Some((sum / f64::from(s.answered) * 100.0).round() as u8);
        }
    }
    out
}

/// A finding that calls for a closer look, and becomes a risk suggestion.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RedFlag {
    /// Stable: `survey.flag.<code>` names it.
    pub code: String,
    pub theme: Theme,
    /// The questions whose answers raised it.
    pub questions: Vec<String>,
}

fn flag(code: &str, theme: Theme, questions: &[&str]) -> RedFlag {
    RedFlag {
        code: code.into(),
        theme,
        questions: questions.iter().map(|q| q.to_string()).collect(),
    }
}

/// The red flags in one supplier's answers. Each rule is one finding a buyer should
/// not leave alone.
pub fn red_flags(answers: &BTreeMap<String, Value>) -> Vec<RedFlag> {
    let yn = |id: &str| match answers.get(id) {
        Some(Value::YesNo(y)) => Some(*y),
        _ => None,
    };
    let num = |id: &str| match answers.get(id) {
        Some(Value::Number(n)) => Some(*n),
        _ => None,
    };
    let mut out = Vec::new();
    if yn("grievance_mechanism") == Some(Yn::No) {
        out.push(flag(
            "no_grievance_mechanism",
            Theme::Other,
            &["grievance_mechanism"],
        ));
    }
    if matches!(yn("home_work"), Some(Yn::Yes | Yn::Partly))
        && yn("home_work_oversight") != Some(Yn::Yes)
    {
        out.push(flag(
            "home_work_unsupervised",
            Theme::ChildLabour,
            &["home_work", "home_work_oversight"],
        ));
    }
    if let (Some(lowest), Some(min)) = (num("lowest_wage"), num("minimum_wage")) {
        if min > 0.0 && lowest < min {
            out.push(flag(
                "wage_below_minimum",
                Theme::LivingWage,
                &["lowest_wage", "minimum_wage"],
            ));
        }
    }
    if matches!(yn("documents_held"), Some(Yn::Yes | Yn::Partly)) {
        out.push(flag(
            "documents_held",
            Theme::ForcedLabour,
            &["documents_held"],
        ));
    }
    if matches!(yn("recruitment_fees"), Some(Yn::Yes | Yn::Partly)) {
        out.push(flag(
            "recruitment_fees",
            Theme::ForcedLabour,
            &["recruitment_fees"],
        ));
    }
    if yn("free_to_leave") == Some(Yn::No) {
        out.push(flag(
            "not_free_to_leave",
            Theme::ForcedLabour,
            &["free_to_leave"],
        ));
    }
    if num("youngest_age").is_some_and(|a| a < MINIMUM_AGE) {
        out.push(flag("child_workers", Theme::ChildLabour, &["youngest_age"]));
    }
    if num("weekly_hours").is_some_and(|h| h > MOST_WEEKLY_HOURS) {
        out.push(flag(
            "excessive_hours",
            Theme::HealthSafety,
            &["weekly_hours"],
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(list: &[(&str, Value)]) -> BTreeMap<String, Value> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    fn yes(id: &str) -> (&str, Value) {
        (id, Value::YesNo(Yn::Yes))
    }
    fn no(id: &str) -> (&str, Value) {
        (id, Value::YesNo(Yn::No))
    }
    fn n(id: &str, v: f64) -> (&str, Value) {
        (id, Value::Number(v))
    }

    fn score_of(list: &[(&str, Value)], area: &str) -> ThemeScore {
        scores(&answers(list))
            .into_iter()
            .find(|s| s.area == area)
            .expect("area")
    }

    #[test]
    fn a_theme_scores_the_share_of_good_answers_and_names_the_others() {
        let s = score_of(
            &[
                no("documents_held"),
                yes("recruitment_fees"),
                ("free_to_leave", Value::YesNo(Yn::Partly)),
            ],
            "forced_labour",
        );
        // 1 + 0 + 0.5 of 3.
        assert_eq!(s.score, Some(50));
        assert_eq!((s.answered, s.asked), (3, 3));
        assert_eq!(s.drivers, ["recruitment_fees", "free_to_leave"]);
    }

    #[test]
    fn unknown_and_missing_answers_are_not_scored() {
        let s = score_of(&[("age_check", Value::YesNo(Yn::Unknown))], "child_labour");
        assert_eq!((s.score, s.answered), (None, 0));
        assert!(s.asked >= 2);
    }

    #[test]
    fn a_question_that_depends_on_a_no_is_not_asked() {
        let without = score_of(&[no("grievance_mechanism")], "grievances");
        assert_eq!((without.asked, without.score), (1, Some(0)));
        let with = score_of(
            &[yes("grievance_mechanism"), yes("grievance_anonymous")],
            "grievances",
        );
        assert_eq!((with.asked, with.score), (2, Some(100)));
    }

    #[test]
    fn numbers_score_against_the_minimum_age_the_hours_and_the_legal_wage() {
        assert_eq!(
            score_of(&[n("youngest_age", 14.0)], "child_labour").score,
            Some(0)
        );
        assert_eq!(
            score_of(&[n("youngest_age", 16.0)], "child_labour").score,
            Some(100)
        );
        assert_eq!(
            score_of(&[n("weekly_hours", 66.0)], "health_safety").score,
            Some(0)
        );
        let wage = |low, min| {
            score_of(
                &[n("lowest_wage", low), n("minimum_wage", min)],
                "living_wage",
            )
            .score
        };
        assert_eq!(wage(12_000.0, 12_500.0), Some(0));
        assert_eq!(wage(13_000.0, 12_500.0), Some(100));
    }

    fn codes(list: &[(&str, Value)]) -> Vec<String> {
        red_flags(&answers(list))
            .into_iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn each_red_flag_is_raised_by_its_answers_and_only_by_them() {
        assert_eq!(
            codes(&[no("grievance_mechanism")]),
            ["no_grievance_mechanism"]
        );
        assert!(codes(&[yes("grievance_mechanism")]).is_empty());
        assert_eq!(codes(&[yes("home_work")]), ["home_work_unsupervised"]);
        assert_eq!(
            codes(&[yes("home_work"), no("home_work_oversight")]),
            ["home_work_unsupervised"]
        );
        assert!(codes(&[yes("home_work"), yes("home_work_oversight")]).is_empty());
        assert!(codes(&[no("home_work")]).is_empty());
        assert_eq!(
            codes(&[n("lowest_wage", 9_000.0), n("minimum_wage", 12_500.0)]),
            ["wage_below_minimum"]
        );
        assert!(codes(&[n("lowest_wage", 9_000.0)]).is_empty());
        assert_eq!(codes(&[yes("documents_held")]), ["documents_held"]);
        assert_eq!(codes(&[yes("recruitment_fees")]), ["recruitment_fees"]);
        assert_eq!(codes(&[no("free_to_leave")]), ["not_free_to_leave"]);
        assert_eq!(codes(&[n("youngest_age", 13.0)]), ["child_workers"]);
        assert!(codes(&[n("youngest_age", 15.0)]).is_empty());
        assert_eq!(codes(&[n("weekly_hours", 72.0)]), ["excessive_hours"]);
        assert!(codes(&[n("weekly_hours", 60.0)]).is_empty());
        assert!(codes(&[]).is_empty());
    }
}
