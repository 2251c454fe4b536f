//! The company's maturity judgements per step and year (B3).

use super::{Check, Export, Part, Write};
use crate::error::{Error, Result};
use crate::store::maturity::{load_maturity, write_maturity};

pub(super) struct Maturity;

impl Part for Maturity {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.maturity = load_maturity(x.conn())?;
        Ok(())
    }

    /// Checked as the form checks them, each of a year of the document, one per year and
    /// step.
    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out = Vec::new();
        for a in &x.input.maturity {
            let a = a.validated()?;
            if !x.out.years.iter().any(|y| y.year == a.year) {
                return Err(Error::YearNotFound { year: a.year });
            }
            out.push(a);
        }
        out.sort_by_key(|a| (a.year, a.step));
        if let Some(p) = out
            .windows(2)
            .find(|p| (p[0].year, p[0].step) == (p[1].year, p[1].step))
        {
            return Err(Error::JsonInvalid {
                detail: format!(
                    "maturity: step {} of {} is judged twice",
                    p[0].step, p[0].year
                ),
            });
        }
        x.out.maturity = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for a in &x.doc.maturity {
            write_maturity(x.tx, a)?;
        }
        Ok(())
    }
}

/// The suggestions kept in a closed year's frozen content.
pub(super) struct MaturityCheck;

impl Part for MaturityCheck {
    /// A live dossier keeps none: they are made when asked for.
    fn export(&self, _: &mut Export<'_>) -> Result<()> {
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let list = &x.input.maturity_check;
        if list.is_empty() {
            return Ok(());
        }
        if !x.frozen {
            return Err(Error::JsonInvalid {
                detail: "maturity_check belongs only in the frozen content of a closed year".into(),
            });
        }
        if list.len() > 6 || !list.iter().all(|s| s.plausible()) {
            return Err(Error::JsonInvalid {
                detail: "maturity_check holds more or other suggestions than a year can".into(),
            });
        }
        x.out.maturity_check = list.clone();
        Ok(())
    }

    /// Kept only inside the frozen content, which is written whole.
    fn write(&self, _: &mut Write<'_, '_>) -> Result<()> {
        Ok(())
    }
}
