//! Checks a document before anything is written: the company and its years here, every
//! register in its part (see [`super::parts`]), with every position that one record uses
//! to point at another.

use super::parts::{Check, PARTS};
use super::*;

impl DossierJson {
    /// Checks and cleans the document the way the app checks a form.
    pub fn validated(&self) -> Result<DossierJson> {
        self.checked(false)
    }

    /// `frozen`: the content of a closed year, whose evidence files keep their names and
    /// dates but not their bytes (those stay in the dossier).
    pub(super) fn checked(&self, frozen: bool) -> Result<DossierJson> {
        let company = self.company.validated()?;
        let mut years = self.years.clone();
        years.sort_by_key(|y| y.year);
        for pair in years.windows(2) {
            if pair[0].year == pair[1].year {
                return Err(Error::YearExists { year: pair[0].year });
            }
        }
        for y in &years {
            check_year(y.year)?;
        }
        if let Some(a) = self.active_year {
            if !years.iter().any(|y| y.year == a) {
                return Err(Error::YearNotFound { year: a });
            }
        }
        let head = DossierJson {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            company,
            years,
            active_year: self.active_year,
            ..DossierJson::default()
        };
        let mut x = Check::new(self, head, frozen);
        for part in PARTS {
            part.check(&mut x)?;
        }
        Ok(x.out)
    }
}
