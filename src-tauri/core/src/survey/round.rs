//! A questionnaire round as the dossier keeps it: one round per year, a request per
//! supplier with its status, and the answers that came back.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{question, Value, ANSWER_CHARS};
use crate::error::{Error, Result};
use crate::model::date::check_date;
use crate::model::vocab::vocabulary;

/// The round of one year. In the dossier JSON the token travels with it, so that a
/// workbook sent before a backup is still recognised after a restore.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SurveyRound {
    pub year: i32,
    /// 32 hex digits, written hidden in every workbook of the round.
    pub token: String,
    /// YYYY-MM-DD.
    pub started_on: String,
    /// The date the answers are asked for.
    pub due_on: String,
}

impl SurveyRound {
    pub fn validated(&self) -> Result<SurveyRound> {
        let bad = |field: &str, value: &str| Error::Invalid {
            field: format!("survey.{field}"),
            value: value.to_string(),
        };
        if self.token.len() != 32 || !self.token.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad("token", &self.token));
        }
        let started_on = check_date("survey.started_on", &self.started_on)?;
        let due_on = check_date("survey.due_on", &self.due_on)?;
        if due_on < started_on {
            return Err(bad("due_on", &due_on));
        }
        Ok(SurveyRound {
            year: self.year,
            token: self.token.to_ascii_lowercase(),
            started_on,
            due_on,
        })
    }
}

/// The questionnaire sent to one supplier in a round.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SurveyRequest {
    pub year: i32,
    /// In the dossier JSON a position in `suppliers`.
    #[ts(type = "number")]
    pub supplier_id: i64,
    /// The code of the workbook's questionnaire language ([`super::language`]).
    pub lang: String,
    pub sent_on: String,
    pub reminded_on: Option<String>,
    pub returned_on: Option<String>,
    /// 32 hex digits written only in this supplier's workbook, so that a returned file
    /// proves which supplier it was sent to. None for a request of a version before
    /// keys (schema 16): its workbooks are recognised by the round alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub key: Option<String>,
}

impl SurveyRequest {
    pub fn validated(&self) -> Result<SurveyRequest> {
        let date = |field: &str, v: &Option<String>| {
            v.as_deref().map(|d| check_date(field, d)).transpose()
        };
        let bad = |field: &str, value: &str| Error::Invalid {
            field: format!("survey.{field}"),
            value: value.chars().take(40).collect(),
        };
        // A code this version has no file for is kept (a dossier of a newer version);
        // its workbooks are written in English.
        let lang = self.lang.trim().to_ascii_lowercase();
        if !(2..=8).contains(&lang.len())
            || !lang.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        {
            return Err(bad("lang", &self.lang));
        }
        let key = match &self.key {
            Some(k) if k.len() == 32 && k.bytes().all(|b| b.is_ascii_hexdigit()) => {
                Some(k.to_ascii_lowercase())
            }
            Some(k) => return Err(bad("key", k)),
            None => None,
        };
        Ok(SurveyRequest {
            lang,
            key,
            sent_on: check_date("survey.sent_on", &self.sent_on)?,
            reminded_on: date("survey.reminded_on", &self.reminded_on)?,
            returned_on: date("survey.returned_on", &self.returned_on)?,
            ..self.clone()
        })
    }

    /// Where the request stands on `today`.
    pub fn status(&self, due_on: &str, today: &str) -> RequestStatus {
        if self.returned_on.is_some() {
            RequestStatus::Returned
        } else if today > due_on {
            RequestStatus::Overdue
        } else if self.reminded_on.is_some() {
            RequestStatus::Reminded
        } else {
            RequestStatus::Sent
        }
    }
}

vocabulary! {
    /// Where a supplier's questionnaire stands (S4.6).
    RequestStatus {
        Sent = "sent",
        Reminded = "reminded",
        Returned = "returned",
        Overdue = "overdue",
    }
}

/// One answer that came back: what was read, as typed, and the supplier's explanation.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SurveyAnswer {
    pub year: i32,
    #[ts(type = "number")]
    pub supplier_id: i64,
    pub question: String,
    /// The value as stored ([`Value::to_text`]); none when the cell could not be read.
    pub value: Option<String>,
    /// The cell as the supplier typed it.
    pub raw: String,
    pub explanation: Option<String>,
}

impl SurveyAnswer {
    pub fn validated(&self) -> Result<SurveyAnswer> {
        let bad = |field: &str, value: &str| Error::Invalid {
            field: format!("survey.{field}"),
            value: value.chars().take(80).collect(),
        };
        let q = question(&self.question).ok_or_else(|| bad("question", &self.question))?;
        if let Some(v) = &self.value {
            if Value::from_text(q.kind, v).is_none() || v.chars().count() > ANSWER_CHARS {
                return Err(bad("value", v));
            }
        }
        for text in [Some(&self.raw), self.explanation.as_ref()]
            .into_iter()
            .flatten()
        {
            if text.chars().count() > ANSWER_CHARS {
                return Err(Error::TooLong {
                    field: "survey.answer".into(),
                    max: ANSWER_CHARS,
                });
            }
        }
        Ok(self.clone())
    }

    /// The value, read for its question.
    pub fn value(&self) -> Option<Value> {
        let q = question(&self.question)?;
        Value::from_text(q.kind, self.value.as_deref()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(reminded: Option<&str>, returned: Option<&str>) -> SurveyRequest {
        SurveyRequest {
            year: 2026,
            supplier_id: 1,
            lang: "nl".into(),
            sent_on: "2026-03-01".into(),
            reminded_on: reminded.map(String::from),
            returned_on: returned.map(String::from),
            key: None,
        }
    }

    #[test]
    fn a_request_keeps_any_well_formed_language_and_a_key_of_32_hex_digits() {
        let r = SurveyRequest {
            lang: "FR".into(),
            key: Some("0123456789ABCDEF0123456789abcdef".into()),
            ..request(None, None)
        };
        let v = r.validated().expect("valid");
        assert_eq!(v.lang, "fr");
        assert_eq!(v.key.as_deref(), Some("0123456789abcdef0123456789abcdef"));
        for lang in ["", "f", "français", "fr;drop"] {
            let bad = SurveyRequest {
                lang: lang.into(),
                ..request(None, None)
            };
            assert!(bad.validated().is_err(), "{lang}");
        }
        let short = SurveyRequest {
            key: Some("abc".into()),
            ..request(None, None)
        };
        assert!(short.validated().is_err());
    }

    #[test]
    fn a_request_is_sent_reminded_returned_or_overdue() {
        let due = "2026-04-01";
        assert_eq!(
            request(None, None).status(due, "2026-03-15"),
            RequestStatus::Sent
        );
        assert_eq!(
            request(Some("2026-03-20"), None).status(due, "2026-03-25"),
            RequestStatus::Reminded
        );
        assert_eq!(
            request(None, None).status(due, "2026-04-02"),
            RequestStatus::Overdue
        );
        assert_eq!(
            request(Some("2026-03-20"), Some("2026-04-10")).status(due, "2026-05-01"),
            RequestStatus::Returned
        );
        // The due date itself is not late yet.
        assert_eq!(request(None, None).status(due, due), RequestStatus::Sent);
    }

    #[test]
    fn a_round_needs_a_token_and_a_due_date_after_its_start() {
        let round = SurveyRound {
            year: 2026,
            token: "0123456789ABCDEF0123456789abcdef".into(),
            started_on: "2026-03-01".into(),
            due_on: "2026-04-01".into(),
        };
        assert_eq!(
            round.validated().expect("valid").token,
            "0123456789abcdef0123456789abcdef"
        );
        let early = SurveyRound {
            due_on: "2026-02-01".into(),
            ..round.clone()
        };
        assert_eq!(
            early.validated().expect_err("early").code(),
            "input.invalid"
        );
        let short = SurveyRound {
            token: "abc".into(),
            ..round
        };
        assert!(short.validated().is_err());
    }

    #[test]
    fn an_answer_must_belong_to_a_question_and_fit_its_kind() {
        let a = SurveyAnswer {
            year: 2026,
            supplier_id: 1,
            question: "workers".into(),
            value: Some("1200".into()),
            raw: "1.200".into(),
            explanation: None,
        };
        assert!(a.validated().is_ok());
        assert_eq!(a.value(), Some(Value::Number(1200.0)));
        let unread = SurveyAnswer {
            value: None,
            raw: "veel".into(),
            ..a.clone()
        };
        assert!(
            unread.validated().is_ok(),
            "an unreadable answer is kept as typed"
        );
        let wrong = SurveyAnswer {
            value: Some("veel".into()),
            ..a.clone()
        };
        assert!(wrong.validated().is_err());
        let unknown = SurveyAnswer {
            question: "favourite_colour".into(),
            ..a
        };
        assert!(unknown.validated().is_err());
    }
}
