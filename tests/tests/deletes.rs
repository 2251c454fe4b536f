//! A delete takes along exactly what the app names before it deletes: on the sample, for
//! every row of the records the app deletes, the preview is held against the rows a
//! real delete (foreign keys on, in a transaction that is rolled back) removes.

#![allow(clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use ketenkompas::store::tables::TABLES;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

/// Rows per counted register.
fn counts(c: &rusqlite::Connection) -> BTreeMap<&'static str, i64> {
    TABLES
        .iter()
        .filter_map(|t| t.counted_as.map(|name| (t, name)))
        .map(|(t, name)| {
            let n: i64 = c
                .query_row(&format!("SELECT count(*) FROM {}", t.name), [], |r| {
                    r.get(0)
                })
                .expect("count");
            (name, n)
        })
        .collect()
}

#[test]
fn every_delete_preview_names_what_a_delete_removes() {
    let s = Scratch::new();
    let path = s.sample("deletes.kkdossier");
    let d = Dossier::open(&path).expect("open");
    let mut raw = rusqlite::Connection::open(&path).expect("raw");
    raw.pragma_update(None, "foreign_keys", true)
        .expect("fk on");
    let mut named = 0;
    for table in [
        "risk",
        "action",
        "supplier",
        "purchased_item",
        "supplier_audit",
        "kpi",
        "stakeholder",
        "grievance",
        "policy_version",
    ] {
        let ids: Vec<i64> = raw
            .prepare(&format!("SELECT id FROM {table} ORDER BY id"))
            .expect("ids")
            .query_map([], |r| r.get(0))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        assert!(!ids.is_empty(), "the sample has {table} rows");
        let itself = TABLES
            .iter()
            .find(|t| t.name == table)
            .and_then(|t| t.counted_as)
            .expect("counted");
        for id in ids {
            let preview = d.delete_preview(table, id).expect("preview");
            let tx = raw.transaction().expect("tx");
            let before = counts(&tx);
            tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])
                .expect("delete");
            let after = counts(&tx);
            tx.rollback().expect("rollback");
            let mut removed: BTreeMap<&str, i64> = before
                .iter()
                .map(|(k, v)| (*k, v - after[k]))
                .filter(|(_, n)| *n > 0)
                .collect();
            assert_eq!(removed.remove(itself), Some(1), "{table} {id} itself");
            let told: BTreeMap<&str, i64> = preview
                .iter()
                .map(|g| (g.register.as_str(), g.count as i64))
                .collect();
            assert_eq!(told, removed, "{table} {id}");
            named += preview.len();
        }
    }
    assert!(
        named > 10,
        "the sample's deletes take records along ({named})"
    );
    // Only tables of the dossier's content are asked about.
    assert_eq!(
        d.delete_preview("dossier_meta", 1)
            .expect_err("bookkeeping")
            .code(),
        "input.invalid"
    );
    assert_eq!(
        d.delete_preview("risk; DROP TABLE risk", 1)
            .expect_err("not a table")
            .code(),
        "input.invalid"
    );
}
