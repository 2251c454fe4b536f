//! The legislation check: the answers the company gave, and in a closed year's frozen
//! content the verdicts as they stood when it was closed.

use super::{Check, Export, Part, Write};
use crate::error::{Error, Result};
use crate::store::laws::{load_law_answers, write_law_answer};

pub(super) struct LawAnswers;

impl Part for LawAnswers {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.law_answers = load_law_answers(x.conn())?;
        Ok(())
    }

    /// One answer per question; a document that answers a question twice is refused
    /// rather than one answer silently winning.
    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out = x.input.law_answers.clone();
        out.sort_by_key(|a| a.question);
        if let Some(pair) = out.windows(2).find(|p| p[0].question == p[1].question) {
            return Err(Error::JsonInvalid {
                detail: format!(
                    "law_answers: {} is answered twice",
                    pair[0].question.as_str()
                ),
            });
        }
        x.out.law_answers = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for a in &x.doc.law_answers {
            write_law_answer(x.tx, a.question, Some(a.answer))?;
        }
        Ok(())
    }
}

pub(super) struct LawCheck;

/// As many verdicts as a closed year can hold: one per law, with room for laws a later
/// version adds.
const MAX_VERDICTS: usize = 100;

impl Part for LawCheck {
    /// A live dossier has no kept verdicts: they are computed when asked for.
    fn export(&self, _: &mut Export<'_>) -> Result<()> {
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let list = &x.input.law_check;
        if list.is_empty() {
            return Ok(());
        }
        if !x.frozen {
            return Err(Error::JsonInvalid {
                detail: "law_check belongs only in the frozen content of a closed year".into(),
            });
        }
        if list.len() > MAX_VERDICTS || !list.iter().all(|v| v.plausible()) {
            return Err(Error::JsonInvalid {
                detail: "law_check holds more or longer verdicts than a closed year can".into(),
            });
        }
        x.out.law_check = list.clone();
        Ok(())
    }

    /// Kept only inside the frozen content, which is written whole.
    fn write(&self, _: &mut Write<'_, '_>) -> Result<()> {
        Ok(())
    }
}
