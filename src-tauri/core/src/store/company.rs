//! Reads and writes the company profile.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::model::CompanyProfile;
use crate::Dossier;

impl Dossier {
    pub fn company(&self) -> Result<CompanyProfile> {
        let conn = self.conn();
        let mut p = conn
            .query_row(
                "SELECT name, kvk_number, employees, annual_turnover_eur, contact_name,
                        contact_email, contact_phone, description
                   FROM company WHERE id = 1",
                [],
                |r| {
                    Ok(CompanyProfile {
                        name: r.get(0)?,
                        kvk_number: r.get(1)?,
                        sectors: Vec::new(),
                        employees: r.get(2)?,
                        annual_turnover_eur: r.get::<_, Option<i64>>(3)?.map(|v| v.max(0) as u64),
                        countries: Vec::new(),
                        contact_name: r.get(4)?,
                        contact_email: r.get(5)?,
                        contact_phone: r.get(6)?,
                        description: r.get(7)?,
                        initiatives: Vec::new(),
                    })
                },
            )
            .optional()?
            .unwrap_or_default();
        p.sectors = conn
            .prepare("SELECT name FROM company_sector ORDER BY position")?
            .query_map([], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        p.countries = conn
            .prepare("SELECT country FROM company_country ORDER BY position")?
            .query_map([], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        p.initiatives = conn
            .prepare("SELECT name FROM company_initiative ORDER BY position")?
            .query_map([], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(p)
    }

    /// Validates and saves the whole profile in one transaction; returns what was stored.
    pub fn update_company(&mut self, profile: &CompanyProfile) -> Result<CompanyProfile> {
        let p = profile.validated()?;
        let tx = self.conn_mut().transaction()?;
        write_company(&tx, &p)?;
        tx.commit()?;
        Ok(p)
    }
}

/// Writes a validated profile, replacing the stored one; the caller owns the transaction.
pub(crate) fn write_company(conn: &Connection, p: &CompanyProfile) -> Result<()> {
    crate::store::exec(
        conn,
        "INSERT INTO company (id, name, kvk_number, employees, annual_turnover_eur,
                              contact_name, contact_email, contact_phone, description)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, kvk_number = excluded.kvk_number,
            employees = excluded.employees,
            annual_turnover_eur = excluded.annual_turnover_eur,
            contact_name = excluded.contact_name, contact_email = excluded.contact_email,
            contact_phone = excluded.contact_phone, description = excluded.description",
        params![
            p.name,
            p.kvk_number,
            p.employees,
            p.annual_turnover_eur.map(|v| v as i64),
            p.contact_name,
            p.contact_email,
            p.contact_phone,
            p.description
        ],
    )?;
    crate::store::exec(conn, "DELETE FROM company_sector", [])?;
    for (i, s) in p.sectors.iter().enumerate() {
        crate::store::exec(
            conn,
            "INSERT INTO company_sector (position, name) VALUES (?1, ?2)",
            params![i as i64, s],
        )?;
    }
    crate::store::exec(conn, "DELETE FROM company_country", [])?;
    for (i, c) in p.countries.iter().enumerate() {
        crate::store::exec(
            conn,
            "INSERT INTO company_country (position, country) VALUES (?1, ?2)",
            params![i as i64, c],
        )?;
    }
    crate::store::exec(conn, "DELETE FROM company_initiative", [])?;
    for (i, n) in p.initiatives.iter().enumerate() {
        crate::store::exec(
            conn,
            "INSERT INTO company_initiative (position, name) VALUES (?1, ?2)",
            params![i as i64, n],
        )?;
    }
    Ok(())
}
