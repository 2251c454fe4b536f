//! Text that no font on this computer can print. Instead of boxes, such a text is
//! replaced by a marker that names its script ("[tekst in Chinees schrift]"), and the
//! report ends with a note that says how many texts that are, why, and what to do.

use std::collections::BTreeMap;

use super::fonts::Fonts;
use super::layout::{Block, Document};
use super::script;
use super::text::Texts;

/// Replaces in `doc` every word with a character that no font has by a marker, and
/// adds the note. Returns the number of texts replaced per script.
pub fn mark(doc: &mut Document, fonts: &Fonts, t: &Texts) -> BTreeMap<&'static str, usize> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    doc.for_each_text(&mut |text| {
        if text.chars().all(|c| (c as u32) < 0x250 || fonts.covers(c)) {
            return;
        }
        let (marked, scripts) = replace(text, fonts, t);
        for s in scripts {
            *counts.entry(s).or_default() += 1;
        }
        *text = marked;
    });
    if counts.is_empty() {
        return counts;
    }
    let names: Vec<String> = counts
        .keys()
        .map(|s| t.get(&format!("script-{s}"), &[]))
        .collect();
    let scripts = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), t.get("script-and", &[]))
        }
        _ => names.join(""),
    };
    let first = counts.keys().next().copied().unwrap_or("other");
    let example = marker(first, t);
    let count: usize = counts.values().sum();
    doc.blocks.push(Block::Heading {
        level: 2,
        text: t.get("unprintable-heading", &[]),
    });
    doc.blocks.push(Block::Muted(t.get(
        "unprintable-note",
        &[
            ("count", count.to_string()),
            ("scripts", scripts),
            ("example", example),
        ],
    )));
    counts
}

fn marker(script: &str, t: &Texts) -> String {
    t.get(
        "unprintable-marker",
        &[("script", t.get(&format!("script-{script}"), &[]))],
    )
}

/// `text` with each run of words that holds an unprintable character replaced by one
/// marker; the scripts of the markers, one per marker.
fn replace(text: &str, fonts: &Fonts, t: &Texts) -> (String, Vec<&'static str>) {
    let mut out = String::new();
    let mut scripts = Vec::new();
    // Words and the whitespace between them, in order.
    let mut pending_space = String::new();
    let mut last_marked = false;
    let mut word = String::new();
    let mut flush = |word: &mut String, space: &mut String, out: &mut String, last: &mut bool| {
        if word.is_empty() {
            out.push_str(space);
            space.clear();
            return;
        }
        let missing = word
            .chars()
            .find(|c| (*c as u32) >= 0x250 && !fonts.covers(*c));
        match missing {
            Some(c) => {
                let s = script::name_of_word(word, c);
                if *last && scripts.last() == Some(&s) {
                    // One marker for a run of such words in one script.
                } else {
                    out.push_str(space);
                    out.push_str(&marker(s, t));
                    scripts.push(s);
                }
                *last = true;
            }
            None => {
                out.push_str(space);
                out.push_str(word);
                *last = false;
            }
        }
        space.clear();
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() {
            if !word.is_empty() {
                flush(&mut word, &mut pending_space, &mut out, &mut last_marked);
            }
            pending_space.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut pending_space, &mut out, &mut last_marked);
    (out, scripts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn unprintable_words_become_one_marker_per_run_and_the_report_says_why() {
        let fonts = Fonts::with_candidates(Vec::new()).expect("fonts");
        let t = Texts::new(Lang::Nl);
        let mut doc = Document {
            header: "Kop".into(),
            footer: "Voet".into(),
            blocks: vec![Block::Table {
                header: vec!["Naam".into()],
                rows: vec![
                    vec!["宁波 反光 材料 Co.".into()],
                    vec!["Atelier بركة".into()],
                    vec!["Zeeland".into()],
                ],
                widths: vec![1.0],
            }],
        };
        let counts = mark(&mut doc, &fonts, &t);
        assert_eq!(counts.get("chinese"), Some(&1));
        assert_eq!(counts.get("arabic"), Some(&1));
        let Block::Table { rows, .. } = &doc.blocks[0] else {
            panic!("a table")
        };
        assert_eq!(rows[0][0], "[tekst in Chinees schrift] Co.");
        assert_eq!(rows[1][0], "Atelier [tekst in Arabisch schrift]");
        assert_eq!(rows[2][0], "Zeeland");
        let Some(Block::Muted(note)) = doc.blocks.last() else {
            panic!("a note")
        };
        assert!(
            note.contains("Arabisch en Chinees") && note.contains("2 teksten"),
            "{note}"
        );
    }
}
