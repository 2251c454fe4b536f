//! Reads and writes the supplier register.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::model::supplier::{CodeOfConduct, WorkerCount};
use crate::model::Supplier;
use crate::Dossier;

const COLUMNS: &str = "id, name, address, country, sector, products, workers_min, workers_max,
    parent_company, facility_type, lat, lng, tier, has_contract, code_of_conduct, notes";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Supplier> {
    let coc: String = r.get(14)?;
    let min: Option<u32> = r.get(6)?;
    let max: Option<u32> = r.get(7)?;
    Ok(Supplier {
        id: r.get(0)?,
        name: r.get(1)?,
        address: r.get(2)?,
        country: r.get(3)?,
        sector: r.get(4)?,
        products: r.get(5)?,
        workers: min.map(|min| WorkerCount { min, max }),
        parent_company: r.get(8)?,
        facility_type: r.get(9)?,
        lat: r.get(10)?,
        lng: r.get(11)?,
        tier: r.get(12)?,
        has_contract: r.get(13)?,
        code_of_conduct: CodeOfConduct::parse(&coc).unwrap_or(CodeOfConduct::NotSent),
        notes: r.get(15)?,
    })
}

/// All suppliers in recording order.
pub(crate) fn load_all(conn: &Connection) -> Result<Vec<Supplier>> {
    Ok(conn
        .prepare(&format!("SELECT {COLUMNS} FROM supplier ORDER BY id"))?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Inserts (id 0) or replaces a validated supplier; the caller owns the transaction.
pub(crate) fn write_supplier(conn: &Connection, s: &Supplier) -> Result<i64> {
    let values = params![
        s.name,
        s.name_key(),
        s.address,
        s.address_key(),
        s.country,
        s.sector,
        s.products,
        s.workers.map(|w| w.min),
        s.workers.and_then(|w| w.max),
        s.parent_company,
        s.facility_type,
        s.lat,
        s.lng,
        s.tier,
        s.has_contract,
        s.code_of_conduct.as_str(),
        s.notes,
    ];
    if s.id == 0 {
        conn.prepare_cached(
            "INSERT INTO supplier (name, name_key, address, address_key, country, sector,
                products, workers_min, workers_max, parent_company, facility_type, lat, lng,
                tier, has_contract, code_of_conduct, notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )?
        .execute(values)?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = conn.execute(
        "UPDATE supplier SET name = ?1, name_key = ?2, address = ?3, address_key = ?4,
            country = ?5, sector = ?6, products = ?7, workers_min = ?8, workers_max = ?9,
            parent_company = ?10, facility_type = ?11, lat = ?12, lng = ?13, tier = ?14,
            has_contract = ?15, code_of_conduct = ?16, notes = ?17
         WHERE id = ?18",
        rusqlite::params_from_iter(
            values
                .iter()
                .copied()
                .chain([&s.id as &dyn rusqlite::ToSql]),
        ),
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "supplier".into(),
            id: s.id,
        });
    }
    Ok(s.id)
}

impl Dossier {
    pub fn suppliers(&self) -> Result<Vec<Supplier>> {
        load_all(self.conn())
    }

    pub fn supplier(&self, id: i64) -> Result<Supplier> {
        self.conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM supplier WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(Error::NotFoundRecord {
                what: "supplier".into(),
                id,
            })
    }

    /// Validates and stores a supplier (new when `id` is 0); returns it as stored.
    pub fn save_supplier(&mut self, supplier: &Supplier) -> Result<Supplier> {
        let s = supplier.validated()?;
        let tx = self.conn_mut().transaction()?;
        let id = write_supplier(&tx, &s)?;
        tx.commit()?;
        self.supplier(id)
    }

    pub fn delete_supplier(&mut self, id: i64) -> Result<()> {
        let changed = self
            .conn()
            .execute("DELETE FROM supplier WHERE id = ?1", [id])?;
        if changed == 0 {
            return Err(Error::NotFoundRecord {
                what: "supplier".into(),
                id,
            });
        }
        Ok(())
    }
}
