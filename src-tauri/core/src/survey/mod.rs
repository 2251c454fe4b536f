//! Supplier questionnaires (B4): the questions a yearly self-assessment asks, how an
//! answer typed loosely in a spreadsheet is read ([`answer`]), and what the answers of
//! one supplier say per theme and where they raise a red flag ([`score`]). Pure
//! functions; the texts of the questions are in the message files (`survey.q.<id>` and
//! `survey.why.<id>`), so that a translation needs no code.

pub mod answer;
pub mod language;
mod questions;
pub mod round;
pub mod score;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::risk::Theme;
use crate::model::vocab::vocabulary;

pub use answer::{read_answer, read_number, Unreadable, Value, Yn};
pub use language::{SurveyLanguage, SurveyLanguageInfo};
pub use questions::QUESTIONS;
pub use round::{RequestStatus, SurveyAnswer, SurveyRequest, SurveyRound};
pub use score::{red_flags, scores, RedFlag, ThemeScore};

vocabulary! {
    /// How a question is answered.
    AnswerKind {
        YesNo = "yes_no",
        Number = "number",
        Percent = "percent",
        Date = "date",
        Choice = "choice",
        Text = "text",
    }
}

vocabulary! {
    /// The parts of the questionnaire.
    SurveySection {
        Company = "company",
        Themes = "themes",
        Grievances = "grievances",
        OwnSuppliers = "own_suppliers",
    }
}

/// Which answer points to good practice, for the score of a theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Good {
    /// The answer informs, it is not scored.
    None,
    Yes,
    No,
    AtLeast(f64),
    AtMost(f64),
    /// Not below the answer to another question (a number).
    NotBelow(&'static str),
}

/// One question of the questionnaire.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    /// Stable: the id column of the workbook and the key of its texts.
    pub id: &'static str,
    pub section: SurveySection,
    /// The theme whose score the answer counts for, if any.
    pub theme: Option<Theme>,
    pub kind: AnswerKind,
    /// For a choice: the codes of the choices (`survey.choice.<code>`).
    pub choices: &'static [&'static str],
    pub good: Good,
    /// The question is only asked when the answer to this question is yes.
    pub when_yes: Option<&'static str>,
}

/// A question as the screens and the CLI see it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct QuestionInfo {
    pub id: String,
    pub section: SurveySection,
    pub theme: Option<Theme>,
    pub kind: AnswerKind,
    pub choices: Vec<String>,
}

impl Question {
    pub fn info(&self) -> QuestionInfo {
        QuestionInfo {
            id: self.id.to_string(),
            section: self.section,
            theme: self.theme,
            kind: self.kind,
            choices: self.choices.iter().map(|c| c.to_string()).collect(),
        }
    }
}

/// The question with this id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// Every question, for the screens.
pub fn question_infos() -> Vec<QuestionInfo> {
    QUESTIONS.iter().map(Question::info).collect()
}

/// The texts of the workbook that are not a question's: its sheets, columns and hints.
const BOOK_TEXTS: &[&str] = &[
    "col_answer",
    "col_explanation",
    "col_id",
    "col_question",
    "due",
    "file",
    "for",
    "from",
    "ident_note",
    "invalid",
    "sheet_about",
    "sheet_answers",
    "text_how",
    "text_keep",
    "text_return",
    "text_types",
    "text_use",
    "text_what",
    "title",
];

/// Every text key a questionnaire language must have.
pub fn texts_needed() -> Vec<String> {
    let mut keys: Vec<String> = BOOK_TEXTS
        .iter()
        .map(|k| format!("survey.book.{k}"))
        .chain(
            AnswerKind::ALL
                .iter()
                .map(|k| format!("survey.book.hint.{}", k.as_str())),
        )
        .chain(
            ["yes", "no", "partly", "unknown"]
                .iter()
                .map(|y| format!("survey.yn.{y}")),
        )
        .collect();
    for q in QUESTIONS {
        keys.push(format!("survey.q.{}", q.id));
        keys.push(format!("survey.why.{}", q.id));
        keys.extend(q.choices.iter().map(|c| format!("survey.choice.{c}")));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// The longest text answer or explanation a questionnaire keeps.
pub const ANSWER_CHARS: usize = 1_000;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Lang, Messages};

    #[test]
    fn every_questionnaire_language_has_every_text_and_no_other() {
        let needed = texts_needed();
        assert!(needed.len() > 2 * QUESTIONS.len(), "{}", needed.len());
        for l in language::languages() {
            for key in &needed {
                assert!(l.has(key), "{key} ({})", l.code);
                // Placeholders are those of the app's text.
                let ours = Messages::new(Lang::En).get(key, &[]);
                let theirs = l.text(key, &[]);
                let holes = |t: &str| {
                    let mut h: Vec<String> = t
                        .split('{')
                        .skip(1)
                        .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                        .collect();
                    h.sort();
                    h
                };
                assert_eq!(holes(&ours), holes(&theirs), "{key} ({})", l.code);
            }
            for key in l.own_keys() {
                assert!(
                    needed.iter().any(|k| k == key),
                    "{key} ({}) is not used",
                    l.code
                );
            }
        }
    }

    #[test]
    fn ids_are_unique_and_conditions_name_a_yes_no_question_before() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert!(
                QUESTIONS[..i].iter().all(|p| p.id != q.id),
                "{} twice",
                q.id
            );
            if let Some(on) = q.when_yes {
                let before = QUESTIONS[..i].iter().find(|p| p.id == on);
                assert_eq!(before.map(|p| p.kind), Some(AnswerKind::YesNo), "{}", q.id);
            }
            assert_eq!(
                q.kind == AnswerKind::Choice,
                !q.choices.is_empty(),
                "{}",
                q.id
            );
        }
    }

    #[test]
    fn the_company_every_core_theme_grievances_and_own_suppliers_are_asked() {
        let themes: Vec<Theme> = QUESTIONS.iter().filter_map(|q| q.theme).collect();
        for t in Theme::ALL.iter().filter(|t| **t != Theme::Other) {
            // Environment in general is asked through water, chemicals and climate.
            if *t == Theme::Environment {
                continue;
            }
            assert!(themes.contains(t), "{t:?} has no question");
        }
        for s in SurveySection::ALL {
            assert!(QUESTIONS.iter().any(|q| q.section == *s), "{s:?}");
        }
    }
}
