//! Certificates and corrective-action-plan items as the app lists them: each with what
//! the rules of the model say about it on a given day, so that no screen decides
//! "expired" or "overdue" itself.

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::model::{CapItem, Certification};
use crate::trends::{agreement_years, self_assessment_scores, AgreementYear, YearScore};
use crate::Dossier;

/// What step 4 follows of one supplier over the years: its self-assessment scores and
/// its yearly agreement checks, each set against the year before.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct SupplierFollowUp {
    pub scores: Vec<YearScore>,
    pub agreements: Vec<AgreementYear>,
    /// The questionnaires the supplier returned (B4), newest first.
    pub questionnaires: Vec<QuestionnaireYear>,
}

/// One returned questionnaire of a supplier: its scores per area and its red flags.
#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct QuestionnaireYear {
    pub year: i32,
    pub returned_on: String,
    pub scores: Vec<crate::survey::ThemeScore>,
    pub flags: Vec<crate::survey::RedFlag>,
}

/// A certificate and whether it has expired on the day asked for.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct CertificationRow {
    pub certification: Certification,
    pub expired: bool,
}

/// An item of a corrective action plan and whether it is overdue on the day asked for.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct CapItemRow {
    pub item: CapItem,
    pub overdue: bool,
}

impl Dossier {
    /// The certificates of one supplier (or all), each with its state on `today`.
    pub fn certification_rows(
        &self,
        supplier: Option<i64>,
        today: &str,
    ) -> Result<Vec<CertificationRow>> {
        Ok(self
            .certifications(supplier)?
            .into_iter()
            .map(|c| CertificationRow {
                expired: c.expired_on(today),
                certification: c,
            })
            .collect())
    }

    /// One supplier's self-assessment scores and agreement checks, oldest year first.
    pub fn supplier_follow_up(&self, supplier: i64) -> Result<SupplierFollowUp> {
        let answers: Vec<_> = self
            .survey_answers(None)?
            .into_iter()
            .filter(|a| a.supplier_id == supplier)
            .collect();
        let values = |year: i32| {
            super::survey::values_by_supplier(
                &answers
                    .iter()
                    .filter(|a| a.year == year)
                    .cloned()
                    .collect::<Vec<_>>(),
            )
            .remove(&supplier)
            .unwrap_or_default()
        };
        let mut questionnaires = Vec::new();
        for round in self.survey_rounds()?.iter().rev() {
            let returned = self
                .survey_requests(round.year)?
                .into_iter()
                .find(|r| r.supplier_id == supplier)
                .and_then(|r| r.returned_on);
            if let Some(returned_on) = returned {
                let v = values(round.year);
                questionnaires.push(QuestionnaireYear {
                    year: round.year,
                    returned_on,
                    scores: crate::survey::scores(&v),
                    flags: crate::survey::red_flags(&v),
                });
            }
        }
        Ok(SupplierFollowUp {
            scores: self_assessment_scores(&self.audits(Some(supplier))?),
            agreements: agreement_years(&self.agreement_checks(Some(supplier))?),
            questionnaires,
        })
    }

    /// Every item of every corrective action plan, each with its state on `today`.
    pub fn cap_item_rows(&self, today: &str) -> Result<Vec<CapItemRow>> {
        Ok(self
            .cap_items()?
            .into_iter()
            .map(|c| CapItemRow {
                overdue: c.is_overdue(today),
                item: c,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn expired_and_overdue_follow_the_day_asked_for() {
        let dir = tempfile::tempdir().expect("dir");
        let d = crate::sample::create(&dir.path().join("s.kkdossier")).expect("sample");
        let certs = d.certification_rows(None, "2026-06-01").expect("certs");
        let dated: Vec<_> = certs
            .iter()
            .filter_map(|c| c.certification.valid_until.clone())
            .collect();
        assert!(!dated.is_empty(), "the sample has dated certificates");
        let first = dated.iter().min().expect("a date").clone();
        let before = d.certification_rows(None, &first).expect("on the day");
        assert!(before
            .iter()
            .all(|c| !c.expired || c.certification.valid_until.as_deref() < Some(first.as_str())));
        let after = d.certification_rows(None, "2999-01-01").expect("far ahead");
        assert!(after
            .iter()
            .all(|c| c.expired == c.certification.valid_until.is_some()));

        let caps = d.cap_item_rows("1900-01-01").expect("caps");
        assert!(!caps.is_empty(), "the sample has CAP items");
        assert!(caps.iter().all(|c| !c.overdue));
        let late = d.cap_item_rows("2999-01-01").expect("caps");
        for c in late {
            assert_eq!(
                c.overdue,
                c.item.done_on.is_none() && c.item.deadline.is_some()
            );
        }
    }
}
