//! A search over the whole dossier: the records of every register whose title or text
//! holds the words asked for, each with the place where it is worked on. Letter case and
//! accents do not count ("beleid" finds "Beleid", "cafe" finds "café").

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

use crate::dashboard::place::Place;
use crate::error::Result;
use crate::Dossier;

/// At most this many records of one kind; the result says when a kind had more.
pub const PER_KIND: usize = 20;
/// Shorter questions find too much to be of use.
pub const MIN_CHARS: usize = 2;
/// Longer questions are cut to this length.
pub const MAX_CHARS: usize = 100;

/// One record found.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct SearchHit {
    /// `risk`, `supplier`, `item`, `sold_item`, `action`, `progress`, `kpi`, `policy`,
    /// `policy_communication`, `stakeholder`, `engagement`, `communication`,
    /// `grievance`, `remedy`, `context`, `cap_item` (the UI names it as
    /// `search.kind.<kind>`).
    pub kind: String,
    /// The id of the record found (for progress: of the note).
    #[ts(type = "number")]
    pub id: i64,
    /// The record's title or name, or the start of its text where it has none; a
    /// grievance only by its number ("#4"), as everywhere outside its own details.
    pub title: String,
    /// The words around the first place the text matched, when that is not the title;
    /// never for a grievance.
    pub snippet: Option<String>,
    pub place: Place,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct SearchResult {
    pub hits: Vec<SearchHit>,
    /// The kinds that had more than [`PER_KIND`] records found.
    pub more: Vec<String>,
}

/// Where each kind is searched: its table, the expression for its title, the columns
/// searched (the title's first), its place and the column that names the record there.
struct Kind {
    kind: &'static str,
    table: &'static str,
    title: &'static str,
    columns: &'static [&'static str],
    screen: &'static str,
    tab: &'static str,
    /// The record the place opens, when the tab can open one.
    record: Option<&'static str>,
    /// Confidential (grievances): found by its text, shown by its number only.
    private: bool,
}

const KINDS: &[Kind] = &[
    Kind {
        kind: "risk",
        table: "risk",
        title: "title",
        columns: &[
            "title",
            "description",
            "own_contribution",
            "decision_reason",
            "consulted",
        ],
        screen: "step2",
        tab: "risks",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "supplier",
        table: "supplier",
        title: "name",
        columns: &[
            "name",
            "address",
            "products",
            "parent_company",
            "notes",
            "exit_impact",
        ],
        screen: "step2",
        tab: "suppliers",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "item",
        table: "purchased_item",
        title: "name",
        columns: &["name", "notes"],
        screen: "step2",
        tab: "chain",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "sold_item",
        table: "sold_item",
        title: "name",
        columns: &["name", "customers", "use_phase", "end_of_life", "notes"],
        screen: "step2",
        tab: "chain",
        record: None,
        private: false,
    },
    Kind {
        kind: "action",
        table: "action",
        title: "title",
        columns: &["title", "goal", "owner", "people", "stakeholders"],
        screen: "step3",
        tab: "plans",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "progress",
        table: "action_update JOIN action ON action.id = action_update.action_id",
        title: "action.title",
        columns: &["action_update.progress"],
        screen: "step4",
        tab: "progress",
        record: Some("action_update.action_id"),
        private: false,
    },
    Kind {
        kind: "kpi",
        table: "kpi",
        title: "name",
        columns: &["name", "unit", "owner"],
        screen: "step1",
        tab: "kpis",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "policy",
        table: "policy_version",
        title: "label",
        columns: &[
            "label",
            "body",
            "document_ref",
            "approved_by",
            "published_where",
        ],
        screen: "step1",
        tab: "policy",
        record: None,
        private: false,
    },
    Kind {
        kind: "policy_communication",
        table: "policy_communication",
        title: "description",
        columns: &["description"],
        screen: "step1",
        tab: "communications",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "stakeholder",
        table: "stakeholder",
        title: "name",
        columns: &["name", "interest", "contact"],
        screen: "step5",
        tab: "stakeholders",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "engagement",
        table: "engagement",
        title: "about",
        columns: &["about", "said", "follow_up"],
        screen: "step5",
        tab: "engagements",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "communication",
        table: "communication_log",
        title: "recipients",
        columns: &["recipients", "content"],
        screen: "step5",
        tab: "communication",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "grievance",
        table: "grievance",
        title: "'#' || grievance.id",
        columns: &["description", "assessment", "outcome", "remedy", "lessons"],
        screen: "step6",
        tab: "grievances",
        record: Some("id"),
        private: true,
    },
    Kind {
        kind: "remedy",
        table: "remedy",
        title: "description",
        columns: &["description", "role_reason", "consulted"],
        screen: "step6",
        tab: "remedies",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "context",
        table: "context_entry",
        title: "description",
        columns: &["description"],
        screen: "step4",
        tab: "context",
        record: Some("id"),
        private: false,
    },
    Kind {
        kind: "cap_item",
        table: "cap_item",
        title: "description",
        columns: &["description"],
        screen: "step4",
        tab: "audits",
        record: None,
        private: false,
    },
];

/// One character as the search compares it: lower case, without its accents (the first
/// character of its canonical decomposition: "ș" → "s", "ệ" → "e"). Each character stays
/// one character, so that a place in the folded text is the same place in the original.
fn fold_char(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        // Letters without a decomposition that readers still take for a plain one.
        'ø' => 'o',
        'ł' => 'l',
        'đ' => 'd',
        'ı' => 'i',
        _ => lower.nfd().next().unwrap_or(lower),
    }
}

pub(crate) fn fold(s: &str) -> Vec<char> {
    s.chars().map(fold_char).collect()
}

/// Where `needle` (folded) first occurs in `hay` (folded), in characters.
fn find(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The words around a match at `at` of `len` characters: about 40 before and 60 after,
/// cut at word boundaries, with "…" where the text goes on.
fn snippet(text: &str, at: usize, len: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut from = at.saturating_sub(40);
    while from > 0 && !chars[from - 1].is_whitespace() && at - from < 60 {
        from -= 1;
    }
    let mut to = (at + len + 60).min(chars.len());
    while to < chars.len() && !chars[to].is_whitespace() && to - at < 90 {
        to += 1;
    }
    let body: String = chars[from..to].iter().collect();
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "{}{}{}",
        if from > 0 { "…" } else { "" },
        body,
        if to < chars.len() { "…" } else { "" }
    )
}

/// A title of at most 80 characters, on one line.
fn short(text: &str) -> String {
    let one: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= 80 {
        return one;
    }
    let cut: String = one.chars().take(79).collect();
    format!("{}…", cut.trim_end())
}

/// The SQL function the search filters with: `kk_holds(needle, text, …)` is 1 when any
/// text holds the (already folded) needle, letter case and accents aside.
fn register(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "kk_holds",
        -1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let needle: Vec<char> = ctx.get::<String>(0)?.chars().collect();
            for i in 1..ctx.len() {
                if let Some(text) = ctx.get::<Option<String>>(i)? {
                    if find(&fold(&text), &needle).is_some() {
                        return Ok(true);
                    }
                }
            }
            Ok(false)
        },
    )?;
    Ok(())
}

impl Dossier {
    /// The records of the whole dossier that hold `query`, at most [`PER_KIND`] per
    /// kind, in the order of the kinds above and, within a kind, of the records.
    pub fn search(&self, query: &str) -> Result<SearchResult> {
        let query: String = query.trim().chars().take(MAX_CHARS).collect();
        let mut result = SearchResult {
            hits: Vec::new(),
            more: Vec::new(),
        };
        if query.chars().count() < MIN_CHARS {
            return Ok(result);
        }
        let needle = fold(&query);
        let needle_text: String = needle.iter().collect();
        let conn = self.conn();
        register(conn)?;
        for k in KINDS {
            let record = k.record.unwrap_or("NULL");
            let id = format!("{}.id", first_table(k));
            let sql = format!(
                "SELECT {id}, {record}, {title}, {cols} FROM {table}
                 WHERE kk_holds(?1, {cols}) ORDER BY {id} LIMIT ?2",
                title = k.title,
                cols = k.columns.join(", "),
                table = k.table,
            );
            let mut stmt = conn.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params![needle_text, PER_KIND as i64 + 1])?;
            let mut n = 0;
            while let Some(r) = rows.next()? {
                n += 1;
                if n > PER_KIND {
                    result.more.push(k.kind.to_string());
                    break;
                }
                let id: i64 = r.get(0)?;
                let record: Option<i64> = r.get(1)?;
                let title: Option<String> = r.get(2)?;
                let title = title.unwrap_or_default();
                // The snippet comes from the first text that holds the words, unless it
                // is the title itself.
                let mut snip = None;
                for (i, column) in k.columns.iter().enumerate() {
                    let Some(text) = r.get::<_, Option<String>>(3 + i)? else {
                        continue;
                    };
                    if let Some(at) = find(&fold(&text), &needle) {
                        if !k.private && (*column != k.title || title.chars().count() > 80) {
                            snip = Some(snippet(&text, at, needle.len()));
                        }
                        break;
                    }
                }
                result.hits.push(SearchHit {
                    kind: k.kind.to_string(),
                    id,
                    title: short(&title),
                    snippet: snip,
                    place: Place::at(k.screen, Some(k.tab), record),
                });
            }
        }
        Ok(result)
    }
}

/// The table a kind's rows come from (the first of a join).
fn first_table(k: &Kind) -> &'static str {
    k.table.split_whitespace().next().unwrap_or(k.table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents_and_keeps_each_place() {
        let f: String = fold("Café ÇA Déjà").into_iter().collect();
        assert_eq!(f, "cafe ca deja");
        let g: String = fold("Brașov Việt Nam Łódź Øresund").into_iter().collect();
        assert_eq!(g, "brasov viet nam lodz oresund");
        assert_eq!("İstanbul".chars().count(), fold("İstanbul").len());
        assert_eq!(
            find(&fold("De Weverij in Porto"), &fold("weverij")),
            Some(3)
        );
        assert_eq!(find(&fold("abc"), &fold("abcd")), None);
    }

    #[test]
    fn a_snippet_shows_the_words_around_the_match() {
        let text = "Eerste zin over iets anders. Dan volgt hier het woord kinderarbeid \
                    in een lange zin die nog een heel eind doorgaat tot het einde van de tekst \
                    en daarna nog verder.";
        let at = find(&fold(text), &fold("kinderarbeid")).expect("found");
        let s = snippet(text, at, "kinderarbeid".len());
        assert!(s.contains("kinderarbeid"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.chars().count() < 130, "{s}");
        assert_eq!(snippet("kort", 0, 4), "kort");
    }

    #[test]
    fn a_long_title_is_cut_on_one_line() {
        assert_eq!(short("a\n b"), "a b");
        let long = "woord ".repeat(30);
        let s = short(&long);
        assert!(s.ends_with('…') && s.chars().count() <= 80);
    }
}
