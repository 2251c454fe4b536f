//! Reads and writes the value chain: purchased items with their origins and suppliers,
//! and sold items with their destination countries.

use std::collections::HashMap;

use rusqlite::{params, Connection, Row};

use crate::error::{Error, Result};
use crate::model::chain::{ChainLink, ItemKind};
use crate::model::{PurchasedItem, SoldItem};
use crate::Dossier;

use super::require;

const ITEM_COLUMNS: &str = "id, name, kind, volume, volume_unit, spend_eur, has_contract,
    origin_unknown, planned_completion, notes";

fn item_from_row(r: &Row<'_>) -> rusqlite::Result<PurchasedItem> {
    let kind: String = r.get(2)?;
    Ok(PurchasedItem {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: ItemKind::parse(&kind).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                2,
                rusqlite::types::Type::Text,
                format!("unknown item kind {kind:?}").into(),
            )
        })?,
        reference_goods: Vec::new(),
        volume: r.get(3)?,
        volume_unit: r.get(4)?,
        spend_eur: r.get(5)?,
        has_contract: r.get(6)?,
        origins: Vec::new(),
        origin_unknown: r.get(7)?,
        suppliers: Vec::new(),
        planned_completion: r.get(8)?,
        notes: r.get(9)?,
    })
}

/// Purchased items in recording order, or only the one with id `only`.
pub(crate) fn load_items(conn: &Connection, only: Option<i64>) -> Result<Vec<PurchasedItem>> {
    let mut items: Vec<PurchasedItem> = conn
        .prepare(&format!(
            "SELECT {ITEM_COLUMNS} FROM purchased_item WHERE ?1 IS NULL OR id = ?1 ORDER BY id"
        ))?
        .query_map([only], item_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let index: HashMap<i64, usize> = items.iter().enumerate().map(|(i, x)| (x.id, i)).collect();
    let mut origins = conn.prepare(
        "SELECT item_id, country FROM purchased_item_origin
         WHERE ?1 IS NULL OR item_id = ?1 ORDER BY country",
    )?;
    for row in origins.query_map([only], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))? {
        let (id, c) = row?;
        if let Some(&i) = index.get(&id) {
            items[i].origins.push(c);
        }
    }
    let mut goods = conn.prepare(
        "SELECT item_id, good FROM purchased_item_good
         WHERE ?1 IS NULL OR item_id = ?1 ORDER BY rowid",
    )?;
    for row in goods.query_map([only], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))? {
        let (id, g) = row?;
        if let Some(&i) = index.get(&id) {
            items[i].reference_goods.push(g);
        }
    }
    let mut links = conn.prepare(
        "SELECT item_id, supplier_id, via_id FROM purchased_item_supplier
         WHERE ?1 IS NULL OR item_id = ?1 ORDER BY supplier_id",
    )?;
    for row in links.query_map([only], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?)))? {
        let (id, supplier_id, via_id) = row?;
        if let Some(&i) = index.get(&id) {
            items[i].suppliers.push(ChainLink {
                supplier_id,
                via_id,
            });
        }
    }
    Ok(items)
}

/// Inserts (id 0) or replaces a validated item; the caller owns the transaction.
pub(crate) fn write_item(conn: &Connection, item: &PurchasedItem) -> Result<i64> {
    for l in &item.suppliers {
        require(conn, "supplier", l.supplier_id)?;
        if let Some(via) = l.via_id {
            require(conn, "supplier", via)?;
        }
    }
    let values = params![
        item.name,
        item.kind.as_str(),
        item.volume,
        item.volume_unit,
        item.spend_eur,
        item.has_contract,
        item.origin_unknown,
        item.planned_completion,
        item.notes,
    ];
    let id = if item.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO purchased_item (name, kind, volume, volume_unit, spend_eur,
                has_contract, origin_unknown, planned_completion, notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        let changed = crate::store::exec(
            conn,
            "UPDATE purchased_item SET name = ?1, kind = ?2, volume = ?3, volume_unit = ?4,
                spend_eur = ?5, has_contract = ?6, origin_unknown = ?7,
                planned_completion = ?8, notes = ?9
             WHERE id = ?10",
            rusqlite::params_from_iter(
                values
                    .iter()
                    .copied()
                    .chain([&item.id as &dyn rusqlite::ToSql]),
            ),
        )?;
        if changed == 0 {
            return Err(Error::NotFoundRecord {
                what: "item".into(),
                id: item.id,
            });
        }
        crate::store::exec(
            conn,
            "DELETE FROM purchased_item_origin WHERE item_id = ?1",
            [item.id],
        )?;
        crate::store::exec(
            conn,
            "DELETE FROM purchased_item_supplier WHERE item_id = ?1",
            [item.id],
        )?;
        crate::store::exec(
            conn,
            "DELETE FROM purchased_item_good WHERE item_id = ?1",
            [item.id],
        )?;
        item.id
    };
    for c in &item.origins {
        crate::store::exec(
            conn,
            "INSERT INTO purchased_item_origin (item_id, country) VALUES (?1, ?2)",
            params![id, c],
        )?;
    }
    for g in &item.reference_goods {
        crate::store::exec(
            conn,
            "INSERT INTO purchased_item_good (item_id, good) VALUES (?1, ?2)",
            params![id, g],
        )?;
    }
    for l in &item.suppliers {
        crate::store::exec(
            conn,
            "INSERT INTO purchased_item_supplier (item_id, supplier_id, via_id)
             VALUES (?1, ?2, ?3)",
            params![id, l.supplier_id, l.via_id],
        )?;
    }
    Ok(id)
}

fn sold_from_row(r: &Row<'_>) -> rusqlite::Result<SoldItem> {
    Ok(SoldItem {
        id: r.get(0)?,
        name: r.get(1)?,
        customers: r.get(2)?,
        countries: Vec::new(),
        use_phase: r.get(3)?,
        end_of_life: r.get(4)?,
        notes: r.get(5)?,
    })
}

pub(crate) fn load_sold(conn: &Connection, only: Option<i64>) -> Result<Vec<SoldItem>> {
    let mut items: Vec<SoldItem> = conn
        .prepare(
            "SELECT id, name, customers, use_phase, end_of_life, notes FROM sold_item
             WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
        )?
        .query_map([only], sold_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let index: HashMap<i64, usize> = items.iter().enumerate().map(|(i, x)| (x.id, i)).collect();
    let mut countries = conn.prepare(
        "SELECT item_id, country FROM sold_item_country
         WHERE ?1 IS NULL OR item_id = ?1 ORDER BY country",
    )?;
    for row in countries.query_map([only], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))? {
        let (id, c) = row?;
        if let Some(&i) = index.get(&id) {
            items[i].countries.push(c);
        }
    }
    Ok(items)
}

pub(crate) fn write_sold(conn: &Connection, s: &SoldItem) -> Result<i64> {
    let values = params![s.name, s.customers, s.use_phase, s.end_of_life, s.notes];
    let id = if s.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO sold_item (name, customers, use_phase, end_of_life, notes)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        let changed = crate::store::exec(
            conn,
            "UPDATE sold_item SET name = ?1, customers = ?2, use_phase = ?3,
                end_of_life = ?4, notes = ?5
             WHERE id = ?6",
            rusqlite::params_from_iter(
                values
                    .iter()
                    .copied()
                    .chain([&s.id as &dyn rusqlite::ToSql]),
            ),
        )?;
        if changed == 0 {
            return Err(Error::NotFoundRecord {
                what: "sold_item".into(),
                id: s.id,
            });
        }
        crate::store::exec(
            conn,
            "DELETE FROM sold_item_country WHERE item_id = ?1",
            [s.id],
        )?;
        s.id
    };
    for c in &s.countries {
        crate::store::exec(
            conn,
            "INSERT INTO sold_item_country (item_id, country) VALUES (?1, ?2)",
            params![id, c],
        )?;
    }
    Ok(id)
}

impl Dossier {
    /// Purchased items in recording order.
    pub fn purchased_items(&self) -> Result<Vec<PurchasedItem>> {
        load_items(self.conn(), None)
    }

    pub fn purchased_item(&self, id: i64) -> Result<PurchasedItem> {
        load_items(self.conn(), Some(id))?
            .pop()
            .ok_or(Error::NotFoundRecord {
                what: "item".into(),
                id,
            })
    }

    /// Validates and stores a purchased item (new when `id` is 0); returns it as stored.
    pub fn save_purchased_item(&mut self, item: &PurchasedItem) -> Result<PurchasedItem> {
        let item = item.validated()?;
        let tx = self.conn_mut().transaction()?;
        let id = write_item(&tx, &item)?;
        tx.commit()?;
        self.purchased_item(id)
    }

    /// Deletes a purchased item; risks that pointed to it keep their other links.
    pub fn delete_purchased_item(&mut self, id: i64) -> Result<()> {
        super::delete(self.conn(), "purchased_item", "item", id)
    }

    pub fn sold_items(&self) -> Result<Vec<SoldItem>> {
        load_sold(self.conn(), None)
    }

    pub fn sold_item(&self, id: i64) -> Result<SoldItem> {
        load_sold(self.conn(), Some(id))?
            .pop()
            .ok_or(Error::NotFoundRecord {
                what: "sold_item".into(),
                id,
            })
    }

    pub fn save_sold_item(&mut self, item: &SoldItem) -> Result<SoldItem> {
        let item = item.validated()?;
        let tx = self.conn_mut().transaction()?;
        let id = write_sold(&tx, &item)?;
        tx.commit()?;
        self.sold_item(id)
    }

    pub fn delete_sold_item(&mut self, id: i64) -> Result<()> {
        super::delete(self.conn(), "sold_item", "sold_item", id)
    }
}
