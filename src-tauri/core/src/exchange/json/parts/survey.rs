//! Questionnaire rounds (B4): the round of each year, the requests to suppliers and the
//! answers that came back; suppliers by position.

use super::{Check, Export, Part, Ref, Write};
use crate::error::{Error, Result};
use crate::store::survey::{
    load_answers, load_requests, load_rounds, write_answer, write_request, write_round,
};
use crate::survey::{SurveyAnswer, SurveyRequest};

pub(super) struct Rounds;

impl Part for Rounds {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.survey_rounds = load_rounds(x.conn())?;
        Ok(())
    }

    /// One round per year of the document, each token once.
    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out = Vec::new();
        for r in &x.input.survey_rounds {
            let r = r.validated()?;
            if !x.out.years.iter().any(|y| y.year == r.year) {
                return Err(Error::YearNotFound { year: r.year });
            }
            out.push(r);
        }
        out.sort_by_key(|r| r.year);
        let twice = out
            .windows(2)
            .find(|p| p[0].year == p[1].year)
            .map(|p| p[0].year);
        let mut tokens: Vec<&str> = out.iter().map(|r| r.token.as_str()).collect();
        tokens.sort();
        if twice.is_some() || tokens.windows(2).any(|p| p[0] == p[1]) {
            return Err(Error::JsonInvalid {
                detail: "survey_rounds: a year or a token appears twice".into(),
            });
        }
        x.out.survey_rounds = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for r in &x.doc.survey_rounds {
            write_round(x.tx, r)?;
        }
        Ok(())
    }
}

pub(super) struct Requests;

impl Part for Requests {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.survey_requests = load_requests(x.conn(), None)?
            .into_iter()
            .map(|r| SurveyRequest {
                supplier_id: x.pos(Ref::Supplier, r.supplier_id),
                ..r
            })
            .collect();
        Ok(())
    }

    /// Each of a round of the document, once per supplier and year.
    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out: Vec<SurveyRequest> = Vec::new();
        for r in &x.input.survey_requests {
            x.at(Ref::Supplier, r.supplier_id)?;
            if !x.out.survey_rounds.iter().any(|round| round.year == r.year) {
                return Err(Error::JsonInvalid {
                    detail: format!("survey_requests: {} has no round", r.year),
                });
            }
            if out
                .iter()
                .any(|o| (o.year, o.supplier_id) == (r.year, r.supplier_id))
            {
                return Err(Error::JsonInvalid {
                    detail: format!("survey_requests: a supplier is asked twice in {}", r.year),
                });
            }
            out.push(r.validated()?);
        }
        out.sort_by_key(|r| (r.year, r.supplier_id));
        x.out.survey_requests = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for r in &x.doc.survey_requests {
            write_request(
                x.tx,
                &SurveyRequest {
                    supplier_id: x.id(Ref::Supplier, r.supplier_id),
                    ..r.clone()
                },
            )?;
        }
        Ok(())
    }
}

pub(super) struct Answers;

impl Part for Answers {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.survey_answers = load_answers(x.conn(), None)?
            .into_iter()
            .map(|a| SurveyAnswer {
                supplier_id: x.pos(Ref::Supplier, a.supplier_id),
                ..a
            })
            .collect();
        Ok(())
    }

    /// Each of a request of the document, once per question.
    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out: Vec<SurveyAnswer> = Vec::new();
        for a in &x.input.survey_answers {
            if !x
                .out
                .survey_requests
                .iter()
                .any(|r| (r.year, r.supplier_id) == (a.year, a.supplier_id))
            {
                return Err(Error::JsonInvalid {
                    detail: format!(
                        "survey_answers: an answer of {} without its request",
                        a.year
                    ),
                });
            }
            out.push(a.validated()?);
        }
        out.sort_by(|a, b| {
            (a.year, a.supplier_id, &a.question).cmp(&(b.year, b.supplier_id, &b.question))
        });
        if let Some(p) = out.windows(2).find(|p| {
            (p[0].year, p[0].supplier_id, &p[0].question)
                == (p[1].year, p[1].supplier_id, &p[1].question)
        }) {
            return Err(Error::JsonInvalid {
                detail: format!("survey_answers: {} is answered twice", p[0].question),
            });
        }
        x.out.survey_answers = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for a in &x.doc.survey_answers {
            write_answer(
                x.tx,
                &SurveyAnswer {
                    supplier_id: x.id(Ref::Supplier, a.supplier_id),
                    ..a.clone()
                },
            )?;
        }
        Ok(())
    }
}
