//! Reads and writes the supplier register.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::model::supplier::{AuditKind, AuditResult, AuditScheme, CodeOfConduct, WorkerCount};
use crate::model::{Audit, Certification, Supplier};
use crate::Dossier;

const COLUMNS: &str = "id, name, address, country, sector, products, workers_min, workers_max,
    parent_company, facility_type, lat, lng, tier, has_contract, code_of_conduct, notes,
    code_of_conduct_on, ended_on, exit_impact";

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
        code_of_conduct_on: r.get(16)?,
        ended_on: r.get(17)?,
        exit_impact: r.get(18)?,
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
/// Of a supplier only its name and whether the relationship has ended.
pub(crate) struct SupplierName {
    pub name: String,
    pub ended: bool,
}

/// Every supplier's [`SupplierName`] by id: lighter than whole suppliers.
pub(crate) fn load_names(conn: &Connection) -> Result<HashMap<i64, SupplierName>> {
    let mut stmt = conn.prepare_cached("SELECT id, name, ended_on IS NOT NULL FROM supplier")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            SupplierName {
                name: r.get(1)?,
                ended: r.get(2)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

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
        s.code_of_conduct_on,
        s.ended_on,
        s.exit_impact,
    ];
    if s.id == 0 {
        conn.prepare_cached(
            "INSERT INTO supplier (name, name_key, address, address_key, country, sector,
                products, workers_min, workers_max, parent_company, facility_type, lat, lng,
                tier, has_contract, code_of_conduct, notes, code_of_conduct_on, ended_on,
                exit_impact)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20)",
        )?
        .execute(values)?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE supplier SET name = ?1, name_key = ?2, address = ?3, address_key = ?4,
            country = ?5, sector = ?6, products = ?7, workers_min = ?8, workers_max = ?9,
            parent_company = ?10, facility_type = ?11, lat = ?12, lng = ?13, tier = ?14,
            has_contract = ?15, code_of_conduct = ?16, notes = ?17, code_of_conduct_on = ?18,
            ended_on = ?19, exit_impact = ?20
         WHERE id = ?21",
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

/// Certificates of all suppliers, or of one, by supplier then expiry.
pub(crate) fn load_certifications(
    conn: &Connection,
    supplier: Option<i64>,
) -> Result<Vec<Certification>> {
    Ok(conn
        .prepare(
            "SELECT id, supplier_id, scheme, reference, valid_until FROM supplier_certification
             WHERE ?1 IS NULL OR supplier_id = ?1
             ORDER BY supplier_id, valid_until IS NULL, valid_until, id",
        )?
        .query_map([supplier], |r| {
            Ok(Certification {
                id: r.get(0)?,
                supplier_id: r.get(1)?,
                scheme: r.get(2)?,
                reference: r.get(3)?,
                valid_until: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Audits of all suppliers, or of one, newest first per supplier.
pub(crate) fn load_audits(conn: &Connection, supplier: Option<i64>) -> Result<Vec<Audit>> {
    type Row = (Audit, String, Option<String>, Option<String>);
    let rows: Vec<Row> = conn
        .prepare(
            "SELECT id, supplier_id, kind, held_on, auditor, findings, scheme, result, score
               FROM supplier_audit
             WHERE ?1 IS NULL OR supplier_id = ?1
             ORDER BY supplier_id, held_on DESC, id",
        )?
        .query_map([supplier], |r| {
            Ok((
                Audit {
                    id: r.get(0)?,
                    supplier_id: r.get(1)?,
                    kind: AuditKind::Other,
                    held_on: r.get(3)?,
                    auditor: r.get(4)?,
                    findings: r.get(5)?,
                    scheme: None,
                    result: None,
                    score: r.get::<_, Option<i64>>(8)?.map(|s| s.clamp(0, 100) as u8),
                },
                r.get(2)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .map(|(mut a, kind, scheme, result)| {
            a.kind = AuditKind::parse(&kind).unwrap_or(AuditKind::Other);
            a.scheme = scheme.as_deref().and_then(AuditScheme::parse);
            a.result = result.as_deref().and_then(AuditResult::parse);
            a
        })
        .collect())
}

pub(crate) fn write_certification(conn: &Connection, c: &Certification) -> Result<i64> {
    super::require(conn, "supplier", c.supplier_id)?;
    let values = params![c.supplier_id, c.scheme, c.reference, c.valid_until];
    if c.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO supplier_certification (supplier_id, scheme, reference, valid_until)
             VALUES (?1, ?2, ?3, ?4)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE supplier_certification SET supplier_id = ?1, scheme = ?2, reference = ?3,
            valid_until = ?4 WHERE id = ?5",
        params![c.supplier_id, c.scheme, c.reference, c.valid_until, c.id],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "certification".into(),
            id: c.id,
        });
    }
    Ok(c.id)
}

pub(crate) fn write_audit(conn: &Connection, a: &Audit) -> Result<i64> {
    super::require(conn, "supplier", a.supplier_id)?;
    let (kind, scheme, result) = (
        a.kind.as_str(),
        a.scheme.map(AuditScheme::as_str),
        a.result.map(AuditResult::as_str),
    );
    if a.id == 0 {
        crate::store::exec(
            conn,
            "INSERT INTO supplier_audit
                    (supplier_id, kind, held_on, auditor, findings, scheme, result, score)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                a.supplier_id,
                kind,
                a.held_on,
                a.auditor,
                a.findings,
                scheme,
                result,
                a.score
            ],
        )?;
        return Ok(conn.last_insert_rowid());
    }
    let changed = crate::store::exec(
        conn,
        "UPDATE supplier_audit SET supplier_id = ?1, kind = ?2, held_on = ?3, auditor = ?4,
            findings = ?5, scheme = ?6, result = ?7, score = ?8 WHERE id = ?9",
        params![
            a.supplier_id,
            kind,
            a.held_on,
            a.auditor,
            a.findings,
            scheme,
            result,
            a.score,
            a.id
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFoundRecord {
            what: "audit".into(),
            id: a.id,
        });
    }
    Ok(a.id)
}

impl Dossier {
    /// Certificates, of one supplier or (with `None`) of all.
    pub fn certifications(&self, supplier: Option<i64>) -> Result<Vec<Certification>> {
        load_certifications(self.conn(), supplier)
    }

    pub fn save_certification(&mut self, c: &Certification) -> Result<Certification> {
        let c = c.validated()?;
        let id = write_certification(self.conn(), &c)?;
        Ok(Certification { id, ..c })
    }

    pub fn delete_certification(&mut self, id: i64) -> Result<()> {
        super::delete(self.conn(), "supplier_certification", "certification", id)
    }

    /// Audits, of one supplier or (with `None`) of all.
    pub fn audits(&self, supplier: Option<i64>) -> Result<Vec<Audit>> {
        load_audits(self.conn(), supplier)
    }

    pub fn save_audit(&mut self, a: &Audit) -> Result<Audit> {
        let a = a.validated()?;
        let id = write_audit(self.conn(), &a)?;
        Ok(Audit { id, ..a })
    }

    pub fn delete_audit(&mut self, id: i64) -> Result<()> {
        super::delete(self.conn(), "supplier_audit", "audit", id)
    }

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

    /// Deletes a supplier with its certificates, audits and chain links; risks that
    /// pointed to it keep their other links.
    pub fn delete_supplier(&mut self, id: i64) -> Result<()> {
        super::delete(self.conn(), "supplier", "supplier", id)
    }
}
