//! The legislation check (B1) in a report: each law with its verdict, the reason, from
//! when and when the facts were checked; what customers in scope may ask; the questions
//! still open. For a closed year, the check as it stood when the year was closed.

use super::Writer;
use crate::laws::{LawVerdict, Verdict};
use crate::report::layout::Block;
use crate::report::model::ReportModel;

fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Applies => 0,
        Verdict::MayApply => 1,
        Verdict::DoesNotApply => 2,
    }
}

/// One row: law, verdict (with from when), reason, checked on (and whether final).
fn row(w: &Writer, v: &LawVerdict) -> Vec<String> {
    let t = w.t;
    let mut verdict = t.app(&format!("law.verdict.{}", v.verdict.as_str()), &[]);
    if let (Some(from), false) = (&v.from, v.verdict == Verdict::DoesNotApply) {
        verdict = t.get("laws-from", &[("verdict", verdict), ("date", t.date(from))]);
    }
    let mut checked = t.date(&v.law.checked_on);
    if !v.law.is_final {
        checked = t.get("laws-not-final", &[("date", checked)]);
    } else if !v.law.confirmed {
        checked = t.get("laws-not-confirmed", &[("date", checked)]);
    }
    vec![
        t.app(&format!("law.{}.name", v.law.id), &[]),
        verdict,
        t.app(&format!("law.reason.{}", v.reason), &v.params_in(t.lang)),
        checked,
    ]
}

pub fn laws(w: &mut Writer, m: &ReportModel) {
    let t = w.t;
    w.h2("laws-title");
    let Some(list) = &m.laws else {
        w.nothing("laws-not-kept");
        return;
    };
    match &m.closed_at {
        Some(at) => w.pk("laws-intro-closed", &[("date", t.date(&at[..10]))]),
        None => w.pk("laws-intro", &[("date", t.date(&m.as_of))]),
    }
    let mut sorted: Vec<&LawVerdict> = list.iter().collect();
    sorted.sort_by_key(|v| rank(v.verdict));
    let rows = sorted.iter().map(|v| row(w, v)).collect();
    w.table(
        &["col-law", "col-verdict", "col-reason", "col-checked"],
        rows,
        &[0.3, 0.17, 0.38, 0.15],
    );
    if sorted.iter().any(|v| v.law.is_final && !v.law.confirmed) {
        w.blocks.push(Block::Muted(format!(
            "* {}",
            t.app("law.not_confirmed", &[])
        )));
    }
    let indirect: Vec<String> = sorted
        .iter()
        .filter_map(|v| v.indirect.as_ref())
        .map(|i| t.app(&format!("law.indirect.{i}"), &[]))
        .collect();
    if !indirect.is_empty() {
        w.pk("laws-indirect", &[]);
        w.bullets(indirect);
    }
    let mut open: Vec<_> = sorted.iter().flat_map(|v| v.questions.iter()).collect();
    open.sort();
    open.dedup();
    if !open.is_empty() {
        w.pk("laws-open", &[]);
        w.bullets(
            open.iter()
                .map(|q| t.app(&format!("law.question.{}", q.as_str()), &[]))
                .collect(),
        );
    }
    w.blocks.push(Block::Muted(t.app("law.notice", &[])));
}
