//! Reads and writes the risk register (the ranked register is a view: `crate::views`).

use rusqlite::{params, Connection, Row};

use crate::decisions::{Decided, DecisionFacts};
use crate::error::{Error, Result};
use crate::model::risk::{
    AffectedGroup, Assessed, Assessment, Decision, InformationSource, Involvement, Location,
    RankOverride, Theme,
};
use crate::model::Risk;
use crate::Dossier;

const COLUMNS: &str = "id, title, theme, description, location, country, item, actual, scale,
    scope, irremediability, likelihood, involvement, own_contribution, consulted, decision,
    decision_reason, review_date, override_position, override_reason, item_id, supplier_id,
    sold_item_id, sensitive, decision_confirmed";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Risk> {
    let code = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    let theme = code(2)?;
    let location = code(4)?;
    let decision = code(15)?;
    let involvement: Option<String> = r.get(12)?;
    let scores: [Option<u8>; 4] = [r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?];
    let assessment = match scores {
        [Some(scale), Some(scope), Some(irremediability), Some(likelihood)] => Some(Assessment {
            scale,
            scope,
            irremediability,
            likelihood,
        }),
        _ => None,
    };
    let override_position: Option<u32> = r.get(18)?;
    let override_reason: Option<String> = r.get(19)?;
    Ok(Risk {
        id: r.get(0)?,
        title: r.get(1)?,
        theme: super::decode("theme", &theme, Theme::parse)?,
        description: r.get(3)?,
        location: super::decode("location", &location, Location::parse)?,
        country: r.get(5)?,
        item: r.get(6)?,
        item_id: r.get(20)?,
        supplier_id: r.get(21)?,
        sold_item_id: r.get(22)?,
        actual: r.get(7)?,
        affected_groups: Vec::new(),
        sources: Vec::new(),
        own_contribution: r.get(13)?,
        assessment,
        involvement: match involvement {
            None => None,
            Some(s) => Some(super::decode("involvement", &s, Involvement::parse)?),
        },
        consulted: r.get(14)?,
        decision: super::decode("decision", &decision, Decision::parse)?,
        decision_reason: r.get(16)?,
        review_date: r.get(17)?,
        rank_override: match (override_position, override_reason) {
            (Some(position), Some(reason)) => Some(RankOverride { position, reason }),
            _ => None,
        },
        decision_confirmed: r.get(24)?,
        sensitive: r.get(23)?,
    })
}

/// Every risk's id and title with what ranking needs (`None` while not assessed), in
/// recording order: the light read behind the lists that only name risks.
pub(crate) fn load_titles(conn: &Connection) -> Result<Vec<(i64, String, Option<Assessed>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, scale, scope, irremediability, likelihood, actual,
                CASE WHEN override_reason IS NULL THEN NULL ELSE override_position END
         FROM risk ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        let id: i64 = r.get(0)?;
        let levels: [Option<u8>; 4] = [r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?];
        let assessed = match levels {
            [Some(scale), Some(scope), Some(irremediability), Some(likelihood)] => Some(Assessed {
                id,
                scale,
                scope,
                irremediability,
                likelihood,
                actual: r.get(6)?,
                override_position: r.get(7)?,
            }),
            _ => None,
        };
        Ok((id, r.get::<_, String>(1)?, assessed))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every risk's id, decision and severity (the highest of its three scores, `None`
/// while not assessed): what the rules on decisions compare a risk with.
pub(crate) fn load_decision_facts(conn: &Connection) -> Result<Vec<DecisionFacts>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, decision, max(scale, scope, irremediability) FROM risk ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let decision = super::decode("decision", super::text_at(r, 1)?, Decision::parse)?;
        out.push((r.get(0)?, decision, r.get(2)?));
    }
    Ok(out)
}

/// The title and review date of every deferred risk whose review date is on or before
/// `today`, earliest first.
/// The deferred risks due for review on `today`: id, title and review date.
pub(crate) fn load_reviews_due(
    conn: &Connection,
    today: &str,
) -> Result<Vec<(i64, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, review_date FROM risk
         WHERE decision = 'deferred' AND review_date <= ?1 ORDER BY review_date, id",
    )?;
    let rows = stmt.query_map([today], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// All risks in recording order, with their groups and sources.
pub(crate) fn load_all(conn: &Connection) -> Result<Vec<Risk>> {
    load(conn, None)
}

/// All risks, or only the one with id `only`, with their groups and sources.
fn load(conn: &Connection, only: Option<i64>) -> Result<Vec<Risk>> {
    let mut risks: Vec<Risk> = conn
        .prepare(&format!(
            "SELECT {COLUMNS} FROM risk WHERE ?1 IS NULL OR id = ?1 ORDER BY id"
        ))?
        .query_map([only], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let index: std::collections::HashMap<i64, usize> =
        risks.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let mut groups = conn.prepare(
        "SELECT risk_id, grp FROM risk_affected_group WHERE ?1 IS NULL OR risk_id = ?1
         ORDER BY grp",
    )?;
    for row in groups.query_map([only], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })? {
        let (id, g) = row?;
        if let (Some(&i), Some(g)) = (index.get(&id), AffectedGroup::parse(&g)) {
            risks[i].affected_groups.push(g);
        }
    }
    let mut sources = conn.prepare(
        "SELECT risk_id, source FROM risk_source WHERE ?1 IS NULL OR risk_id = ?1
         ORDER BY source",
    )?;
    for row in sources.query_map([only], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })? {
        let (id, s) = row?;
        if let (Some(&i), Some(s)) = (index.get(&id), InformationSource::parse(&s)) {
            risks[i].sources.push(s);
        }
    }
    for r in &mut risks {
        r.affected_groups.sort();
        r.sources.sort();
    }
    Ok(risks)
}

/// Inserts (id 0) or replaces a validated risk; the caller owns the transaction.
pub(crate) fn write_risk(conn: &Connection, r: &Risk) -> Result<i64> {
    for (table, id) in [
        ("purchased_item", r.item_id),
        ("supplier", r.supplier_id),
        ("sold_item", r.sold_item_id),
    ] {
        if let Some(id) = id {
            super::require(conn, table, id)?;
        }
    }
    let a = r.assessment;
    let values = params![
        r.title,
        r.theme.as_str(),
        r.description,
        r.location.as_str(),
        r.country,
        r.item,
        r.actual,
        a.map(|a| a.scale),
        a.map(|a| a.scope),
        a.map(|a| a.irremediability),
        a.map(|a| a.likelihood),
        r.involvement.map(|i| i.as_str()),
        r.own_contribution,
        r.consulted,
        r.decision.as_str(),
        r.decision_reason,
        r.review_date,
        r.rank_override.as_ref().map(|o| o.position),
        r.rank_override.as_ref().map(|o| o.reason.clone()),
        r.item_id,
        r.supplier_id,
        r.sold_item_id,
        r.sensitive,
        r.decision_confirmed,
    ];
    let id = if r.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO risk (title, theme, description, location, country, item, actual,
                scale, scope, irremediability, likelihood, involvement, own_contribution,
                consulted, decision, decision_reason, review_date, override_position,
                override_reason, item_id, supplier_id, sold_item_id, sensitive,
                decision_confirmed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        let changed = crate::store::exec(
            conn,
            "UPDATE risk SET title = ?1, theme = ?2, description = ?3, location = ?4,
                country = ?5, item = ?6, actual = ?7, scale = ?8, scope = ?9,
                irremediability = ?10, likelihood = ?11, involvement = ?12,
                own_contribution = ?13, consulted = ?14, decision = ?15,
                decision_reason = ?16, review_date = ?17, override_position = ?18,
                override_reason = ?19, item_id = ?20, supplier_id = ?21, sold_item_id = ?22,
                sensitive = ?23, decision_confirmed = ?24
             WHERE id = ?25",
            rusqlite::params_from_iter(
                values
                    .iter()
                    .copied()
                    .chain([&r.id as &dyn rusqlite::ToSql]),
            ),
        )?;
        if changed == 0 {
            return Err(Error::NotFoundRecord {
                what: "risk".into(),
                id: r.id,
            });
        }
        crate::store::exec(
            conn,
            "DELETE FROM risk_affected_group WHERE risk_id = ?1",
            [r.id],
        )?;
        crate::store::exec(conn, "DELETE FROM risk_source WHERE risk_id = ?1", [r.id])?;
        r.id
    };
    for g in &r.affected_groups {
        crate::store::exec(
            conn,
            "INSERT INTO risk_affected_group (risk_id, grp) VALUES (?1, ?2)",
            params![id, g.as_str()],
        )?;
    }
    for s in &r.sources {
        crate::store::exec(
            conn,
            "INSERT INTO risk_source (risk_id, source) VALUES (?1, ?2)",
            params![id, s.as_str()],
        )?;
    }
    Ok(id)
}

/// What the dashboard counts of the risk register, in one pass over the table: a large
/// dossier has tens of thousands of risks and the dashboard needs none of them whole.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct RiskCounts {
    pub total: i64,
    /// Not yet assessed on all four criteria.
    pub unassessed: i64,
    /// Assessed but without a decision.
    pub undecided: i64,
    /// Deferred, and the review date has come.
    pub review_due: i64,
    pub prioritised: i64,
    /// Prioritised, with a theme outside `themes` (the current policy's).
    pub outside_themes: i64,
    /// Actual impacts without a remedy record.
    pub without_remedy: i64,
    pub decisions: DecidedRows,
}

/// The decided risks as the rules on decisions look at them, and the highest severity
/// among the assessed risks without a decision: read in the same scan as the counts.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct DecidedRows {
    pub decided: Vec<Decided>,
    pub most_severe_undecided: Option<u8>,
}

/// Counts the register on `today` and hands each prioritised risk (its id, involvement
/// and whether it is an actual impact) to `prioritised`. Counted here rather than in SQL: one plain scan read
/// in Rust is about twice as fast at 50,000 risks as the same counts as SQL aggregates.
pub(crate) fn counts(
    conn: &Connection,
    today: &str,
    themes: &[Theme],
    mut prioritised: impl FnMut(i64, Option<Involvement>, bool),
) -> Result<RiskCounts> {
    let remedied: std::collections::HashSet<i64> = conn
        .prepare_cached("SELECT DISTINCT risk_id FROM remedy")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, decision, theme, actual, review_date, involvement,
                scale IS NOT NULL AND scope IS NOT NULL AND irremediability IS NOT NULL
                    AND likelihood IS NOT NULL,
                max(scale, scope, irremediability),
                decision_reason IS NOT NULL AND trim(decision_reason) <> '',
                decision_confirmed
         FROM risk",
    )?;
    let mut rows = stmt.query([])?;
    let mut c = RiskCounts::default();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        c.total += 1;
        let assessed: bool = r.get(6)?;
        if !assessed {
            c.unassessed += 1;
        }
        if r.get::<_, bool>(3)? && !remedied.contains(&id) {
            c.without_remedy += 1;
        }
        let decision = super::decode("decision", super::text_at(r, 1)?, Decision::parse)?;
        let severity: Option<u8> = r.get(7)?;
        if decision == Decision::Open {
            c.decisions.most_severe_undecided = c.decisions.most_severe_undecided.max(severity);
        } else {
            c.decisions.decided.push(Decided {
                decision,
                actual: r.get(3)?,
                severity,
                explained: r.get(8)?,
                review_date: r.get(4)?,
                confirmed: r.get(9)?,
            });
        }
        match decision {
            Decision::Open if assessed => c.undecided += 1,
            Decision::Open => {}
            Decision::Deferred => {
                if super::opt_text_at(r, 4)?.is_some_and(|d| d <= today) {
                    c.review_due += 1;
                }
            }
            Decision::Prioritised => {
                c.prioritised += 1;
                let theme = super::decode("theme", super::text_at(r, 2)?, Theme::parse)?;
                if !themes.contains(&theme) {
                    c.outside_themes += 1;
                }
                let involvement = match super::opt_text_at(r, 5)? {
                    None => None,
                    Some(code) => Some(super::decode("involvement", code, Involvement::parse)?),
                };
                prioritised(id, involvement, r.get(3)?);
            }
        }
    }
    Ok(c)
}

impl Dossier {
    pub fn risk(&self, id: i64) -> Result<Risk> {
        load(self.conn(), Some(id))?
            .pop()
            .ok_or(Error::NotFoundRecord {
                what: "risk".into(),
                id,
            })
    }

    /// Deletes a risk; its groups and sources go with it (ON DELETE CASCADE).
    pub fn delete_risk(&mut self, id: i64) -> Result<()> {
        if self
            .conn()
            .execute("DELETE FROM risk WHERE id = ?1", [id])?
            == 0
        {
            return Err(Error::NotFoundRecord {
                what: "risk".into(),
                id,
            });
        }
        Ok(())
    }
}
