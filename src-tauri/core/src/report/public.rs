//! R2, the communication report: what the company tells the public about its due
//! diligence. Built only from the public model ([`ReportModel::public`]): nothing marked
//! sensitive, no names of people, value chains in aggregate.

use super::layout::{Block, Document};
use super::model::ReportModel;
use super::sections::{self as s, Writer};
use super::steps56;
use super::text::Texts;

pub fn document(m: &ReportModel, t: &Texts) -> Document {
    debug_assert!(m.public, "the communication report needs the public model");
    let mut w = Writer::new(t);
    w.sub = 3;
    w.public = true;
    w.blocks.push(Block::Heading {
        level: 1,
        text: t.get(
            "public-heading",
            &[
                ("company", m.company.name.clone()),
                ("year", m.year.to_string()),
            ],
        ),
    });
    w.pk(
        "public-intro",
        &[
            ("company", m.company.name.clone()),
            ("year", m.year.to_string()),
        ],
    );
    if let Some(d) = &m.company.description {
        w.own_text(d);
    }
    if !m.company.initiatives.is_empty() {
        w.pk(
            "public-initiatives",
            &[
                ("company", m.company.name.clone()),
                ("what", m.company.initiatives.join(", ")),
            ],
        );
    }
    w.h2("public-policy");
    s::policy(&mut w, m);
    w.h2("public-chains");
    s::chains(&mut w, m, false);
    w.h2("public-risks");
    s::risks(&mut w, m);
    w.h2("public-measures");
    s::actions_summary(&mut w, m);
    s::action_table(&mut w, m, false);
    w.h2("public-engagement");
    s::engagements(&mut w, m);
    w.h2("public-results");
    s::results(&mut w, m);
    s::kpis(&mut w, m);
    w.h2("public-surveys");
    s::surveys(&mut w, m);
    w.h2("public-review");
    s::dilemmas(&mut w, m);
    w.h2("public-grievances");
    steps56::mechanism(&mut w, m);
    steps56::grievance_figures(&mut w, m);
    steps56::remedies(&mut w, m);
    w.h2("public-next");
    s::next_year(&mut w, m);
    if m.withheld > 0 {
        w.blocks.push(Block::Muted(
            t.get("public-withheld", &[("count", m.withheld.to_string())]),
        ));
    }
    w.blocks.push(Block::Muted(s::made_line(t, m)));
    Document {
        header: t.get(
            "header-public",
            &[
                ("company", m.company.name.clone()),
                ("year", m.year.to_string()),
            ],
        ),
        footer: s::footer(t),
        blocks: w.blocks,
    }
}
