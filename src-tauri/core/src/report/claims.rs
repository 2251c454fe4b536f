//! The greenwashing guard (S5.4): before a public report leaves the app, list what it
//! presents as a success without a KPI or evidence behind it, and the sentences in the
//! company's own texts that make a positive claim, so the user can check each one.

use serde::Serialize;
use ts_rs::TS;

use super::model::ReportModel;
use crate::model::action::{ActionStatus, Effectiveness};

/// Words and phrases that make a text a claim. Matched on whole words, case-folded.
const CLAIM_WORDS: &[&str] = &[
    // Dutch
    "100%",
    "volledig",
    "geheel",
    "helemaal",
    "gegarandeerd",
    "garanderen",
    "garantie",
    "vrij van",
    "geen enkele",
    "duurzaam",
    "duurzame",
    "verantwoord",
    "verantwoorde",
    "eerlijk",
    "eerlijke",
    "klimaatneutraal",
    "co2-neutraal",
    "opgelost",
    "uitgebannen",
    "alle leveranciers",
    "altijd",
    // English
    "fully",
    "completely",
    "guarantee",
    "guaranteed",
    "free of",
    "free from",
    "zero",
    "sustainable",
    "responsible",
    "fair",
    "ethical",
    "climate neutral",
    "carbon neutral",
    "solved",
    "eliminated",
    "all suppliers",
    "always",
];

/// Where a claim stands in the public report.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ClaimPlace {
    /// An action shown as done or working.
    Action,
    /// The review: dilemmas, what did not work, plans.
    Review,
    /// A risk or action title, or a KPI name.
    Title,
}

/// Why the app points a claim out.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ClaimReason {
    /// Shown as done or effective, with neither a measured KPI nor an evidence file.
    ResultWithoutBacking,
    /// Positive wording; check that a KPI or evidence supports it.
    PositiveWording,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Claim {
    pub place: ClaimPlace,
    pub reason: ClaimReason,
    /// The sentence or title concerned.
    pub text: String,
    /// The claim word found, for positive wording.
    pub word: Option<String>,
}

/// The claim word in `text`, if any (whole words, any case).
pub fn claim_word(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    CLAIM_WORDS.iter().copied().find(|w| {
        lower.match_indices(w).any(|(i, _)| {
            boundary(lower[..i].chars().next_back())
                && boundary(lower[i + w.len()..].chars().next())
        })
    })
}

/// Splits a text into sentences at `.`, `!`, `?` and line ends.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        cur.push(c);
        if matches!(c, '.' | '!' | '?' | '\n') {
            let s = cur.trim().to_string();
            if !s.is_empty() {
                out.push(s);
            }
            cur.clear();
        }
    }
    let s = cur.trim().to_string();
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// The claims in the public report built from `public` (see [`ReportModel::public`]).
pub fn check(public: &ReportModel) -> Vec<Claim> {
    let mut claims = Vec::new();
    for a in &public.actions {
        let shown_as_result = a.status == ActionStatus::Done
            || a.last_effectiveness == Some(Effectiveness::Effective);
        let measured = a
            .kpi
            .and_then(|k| public.kpi(k))
            .is_some_and(|k| !k.points.is_empty());
        if shown_as_result && !measured && a.evidence_files == 0 {
            claims.push(Claim {
                place: ClaimPlace::Action,
                reason: ClaimReason::ResultWithoutBacking,
                text: a.title.clone(),
                word: None,
            });
        }
    }
    let titles = public
        .risks
        .iter()
        .map(|r| r.title.as_str())
        .chain(public.actions.iter().map(|a| a.title.as_str()))
        .chain(public.kpis.iter().map(|k| k.name.as_str()));
    for t in titles {
        if let Some(w) = claim_word(t) {
            claims.push(Claim {
                place: ClaimPlace::Title,
                reason: ClaimReason::PositiveWording,
                text: t.to_string(),
                word: Some(w.to_string()),
            });
        }
    }
    let r = &public.review;
    for text in [&r.dilemmas, &r.not_worked, &r.next_year]
        .into_iter()
        .flatten()
    {
        for s in sentences(text) {
            if let Some(w) = claim_word(&s) {
                claims.push(Claim {
                    place: ClaimPlace::Review,
                    reason: ClaimReason::PositiveWording,
                    text: s,
                    word: Some(w.to_string()),
                });
            }
        }
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_words_match_whole_words_in_any_case() {
        assert_eq!(
            claim_word("Onze katoen is 100% vrij van kinderarbeid"),
            Some("100%")
        );
        assert_eq!(
            claim_word("Wij zijn VOLLEDIG transparant"),
            Some("volledig")
        );
        assert_eq!(
            claim_word("Our supply chain is free of forced labour"),
            Some("free of")
        );
        assert_eq!(claim_word("De duurzaamheidsafdeling is gestart"), None);
        assert_eq!(claim_word("We asked unfairly treated workers"), None);
        assert_eq!(claim_word("Wij onderzoeken de herkomst"), None);
    }

    #[test]
    fn sentences_split_at_stops_and_line_ends() {
        assert_eq!(
            sentences("Eerste zin. Tweede zin!\nDerde"),
            vec!["Eerste zin.", "Tweede zin!", "Derde"]
        );
    }
}
