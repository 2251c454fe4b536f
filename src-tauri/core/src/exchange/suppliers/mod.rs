//! Supplier import from CSV (our own columns, Dutch or English headers, or the Open
//! Supplier Hub layout) and export to CSV. An import is first a preview: every row is
//! new, a duplicate, or invalid with its reasons; committing stores all new rows in one
//! transaction or none.

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use super::cell::{
    is_unknown, parse_code_of_conduct, parse_date, parse_decimal, parse_workers, parse_yes_no,
};
use super::table;
use crate::error::{Error, Result};
use crate::model::limits;
use crate::model::supplier::WorkerCount;
use crate::model::Supplier;
use crate::reference::countries;
use crate::store::supplier::{load_all, write_supplier};
use crate::Dossier;

#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct ImportReport {
    pub encoding: String,
    pub delimiter: String,
    /// Headers that were not recognised and therefore not read.
    pub ignored_columns: Vec<String>,
    pub rows: Vec<ImportRow>,
    pub new: u32,
    pub duplicates: u32,
    /// Rows at the address of another supplier under another name: stored only when
    /// the user chooses them.
    pub possible_duplicates: u32,
    pub invalid: u32,
    /// True when the new rows were stored.
    pub committed: bool,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq)]
pub struct ImportRow {
    /// Line in the file where the row starts (1 = header).
    pub line: u32,
    pub outcome: RowOutcome,
}

#[derive(Debug, Clone, Serialize, TS, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RowOutcome {
    New {
        supplier: Supplier,
    },
    /// The same supplier (by name and country, or by address) is already in the dossier
    /// or earlier in the file.
    Duplicate {
        supplier: Supplier,
        of: String,
    },
    /// Another name at the address of a supplier already in the dossier or earlier in
    /// the file (`of`): maybe the same supplier under another name, maybe a neighbour in
    /// the same building. Stored only when the user says so.
    PossibleDuplicate {
        supplier: Supplier,
        of: String,
    },
    Invalid {
        errors: Vec<RowError>,
    },
}

/// One problem in a row: the column, a code (`import.row.<code>` in the message files)
/// and the value as it was written.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct RowError {
    pub column: String,
    pub code: String,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Address,
    Country,
    Sector,
    Products,
    FacilityType,
    Workers,
    ParentCompany,
    Lat,
    Lng,
    Tier,
    Contract,
    CodeOfConduct,
    CodeOfConductOn,
    Notes,
    EndedOn,
    ExitImpact,
}

/// Header spellings per field, after folding (lower case, `_` for spaces and dashes).
const HEADERS: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            "name",
            "naam",
            "supplier",
            "supplier_name",
            "leverancier",
            "bedrijfsnaam",
            "facility_name",
        ],
    ),
    (Field::Address, &["address", "adres"]),
    (
        Field::Country,
        &[
            "country",
            "land",
            "country_code",
            "landcode",
            "country_name",
        ],
    ),
    (Field::Sector, &["sector", "branche"]),
    (
        Field::Products,
        &[
            "products",
            "product",
            "producten",
            "sector_product_type",
            "product_type",
        ],
    ),
    (
        Field::FacilityType,
        &[
            "facility_type_processing_type",
            "facility_type",
            "processing_type",
            "type_locatie",
        ],
    ),
    (
        Field::Workers,
        &[
            "number_of_workers",
            "workers",
            "werknemers",
            "aantal_werknemers",
            "aantal_medewerkers",
            "medewerkers",
        ],
    ),
    (Field::ParentCompany, &["parent_company", "moederbedrijf"]),
    (Field::Lat, &["lat", "latitude", "breedtegraad"]),
    (
        Field::Lng,
        &["lng", "lon", "long", "longitude", "lengtegraad"],
    ),
    (Field::Tier, &["tier", "schakel", "ketenschakel"]),
    (
        Field::Contract,
        &["contract", "has_contract", "met_contract"],
    ),
    (Field::CodeOfConduct, &["code_of_conduct", "gedragscode"]),
    (
        Field::CodeOfConductOn,
        &[
            "code_of_conduct_date",
            "code_of_conduct_on",
            "datum_gedragscode",
            "gedragscode_datum",
        ],
    ),
    (Field::Notes, &["notes", "notities", "opmerkingen"]),
    (
        Field::EndedOn,
        &["ended_on", "beeindigd_op", "einde_relatie"],
    ),
    (Field::ExitImpact, &["exit_impact", "gevolgen_beeindiging"]),
];

fn fold_header(h: &str) -> String {
    h.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

fn field_of(header: &str) -> Option<Field> {
    let h = fold_header(header);
    HEADERS
        .iter()
        .find(|(_, names)| names.contains(&h.as_str()))
        .map(|(f, _)| *f)
}

/// Reads a whole file (CSV or XLSX) into a preview; nothing is stored.
pub fn preview(d: &Dossier, bytes: &[u8]) -> Result<ImportReport> {
    classify(d.conn(), &table::read(bytes)?, &[])
}

/// Every row of `table` as new, a duplicate (of the suppliers `conn` holds or of an
/// earlier row), a possible duplicate, or invalid. A possible duplicate on one of the
/// lines in `keep` counts as new.
fn classify(
    conn: &rusqlite::Connection,
    table: &table::Table,
    keep: &[u32],
) -> Result<ImportReport> {
    let columns: Vec<Option<Field>> = table.headers.iter().map(|h| field_of(h)).collect();
    if !columns.contains(&Some(Field::Name)) {
        return Err(Error::ImportMissingColumn {
            column: "name".into(),
        });
    }
    let ignored_columns = table
        .headers
        .iter()
        .zip(&columns)
        .filter(|(h, f)| f.is_none() && !h.trim().is_empty())
        .map(|(h, _)| h.trim().to_string())
        .collect();
    let mut seen = Seen::from(load_all(conn)?);
    let keep: std::collections::HashSet<u32> = keep.iter().copied().collect();
    let mut report = ImportReport {
        encoding: table.encoding.clone(),
        delimiter: table.delimiter.clone(),
        ignored_columns,
        rows: Vec::new(),
        new: 0,
        duplicates: 0,
        possible_duplicates: 0,
        invalid: 0,
        committed: false,
    };
    for row in &table.rows {
        let outcome = match parse_row(&table.headers, &columns, &row.cells) {
            Err(errors) => {
                report.invalid += 1;
                RowOutcome::Invalid { errors }
            }
            Ok(supplier) => match seen.duplicate_of(&supplier) {
                Some(Match::Name(of)) => {
                    report.duplicates += 1;
                    RowOutcome::Duplicate { supplier, of }
                }
                Some(Match::Address(of)) if !keep.contains(&row.line) => {
                    report.possible_duplicates += 1;
                    RowOutcome::PossibleDuplicate { supplier, of }
                }
                _ => {
                    seen.add(&supplier);
                    report.new += 1;
                    RowOutcome::New { supplier }
                }
            },
        };
        report.rows.push(ImportRow {
            line: row.line,
            outcome,
        });
    }
    Ok(report)
}

/// Previews the file and, unless `dry_run`, stores every new row in one transaction;
/// possible duplicates are left out. The duplicate check runs inside that write
/// transaction, so that two imports of the same list at the same moment (two
/// processes) store it once: the second waits for the first and then finds only
/// duplicates.
pub fn import(d: &mut Dossier, bytes: &[u8], dry_run: bool) -> Result<ImportReport> {
    import_keeping(d, bytes, dry_run, &[])
}

/// [`import`], storing too the possible duplicates on the lines in `keep`: the rows
/// the user chose after the preview showed them.
pub fn import_keeping(
    d: &mut Dossier,
    bytes: &[u8],
    dry_run: bool,
    keep: &[u32],
) -> Result<ImportReport> {
    let table = table::read(bytes)?;
    if dry_run {
        return classify(d.conn(), &table, keep);
    }
    let tx = d
        .conn_mut()
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut report = classify(&tx, &table, keep)?;
    if report.new == 0 {
        return Ok(report);
    }
    for row in &report.rows {
        if let RowOutcome::New { supplier } = &row.outcome {
            write_supplier(&tx, supplier)?;
        }
    }
    tx.commit()?;
    report.committed = true;
    Ok(report)
}

/// Names and addresses seen so far, in the dossier and earlier in the file.
struct Seen {
    by_name: HashMap<(String, Option<String>), String>,
    by_address: HashMap<String, String>,
}

impl Seen {
    fn from(existing: Vec<Supplier>) -> Seen {
        let mut s = Seen {
            by_name: HashMap::new(),
            by_address: HashMap::new(),
        };
        for e in &existing {
            s.add(e);
        }
        s
    }

    fn add(&mut self, s: &Supplier) {
        self.by_name
            .entry((s.name_key(), s.country.clone()))
            .or_insert_with(|| s.name.clone());
        if let Some(a) = s.address_key() {
            self.by_address.entry(a).or_insert_with(|| s.name.clone());
        }
    }

    fn duplicate_of(&self, s: &Supplier) -> Option<Match> {
        if let Some(of) = self.by_name.get(&(s.name_key(), s.country.clone())) {
            return Some(Match::Name(of.clone()));
        }
        s.address_key()
            .and_then(|a| self.by_address.get(&a))
            .map(|of| Match::Address(of.clone()))
    }
}

/// Why a row may be a supplier already seen, with that supplier's name.
enum Match {
    /// The same name in the same country: the same supplier.
    Name(String),
    /// The same address under another name: for the user to decide.
    Address(String),
}

fn parse_row(
    headers: &[String],
    columns: &[Option<Field>],
    cells: &[String],
) -> std::result::Result<Supplier, Vec<RowError>> {
    let mut s = Supplier::named("");
    let mut errors = Vec::new();
    for (i, value) in cells.iter().enumerate() {
        let (Some(field), Some(header)) = (columns.get(i).copied().flatten(), headers.get(i))
        else {
            continue;
        };
        let v = value.trim();
        let mut fail = |code: &str| {
            errors.push(RowError {
                column: header.trim().to_string(),
                code: code.to_string(),
                value: value.to_string(),
            })
        };
        let text = |max: usize, fail: &mut dyn FnMut(&str)| -> Option<String> {
            if v.is_empty() {
                None
            } else if v.chars().count() > max {
                fail("too_long");
                None
            } else {
                Some(v.to_string())
            }
        };
        match field {
            Field::Name => s.name = text(limits::SUPPLIER_NAME.max, &mut fail).unwrap_or_default(),
            Field::Address => s.address = text(limits::SUPPLIER_ADDRESS.max, &mut fail),
            Field::Sector => s.sector = text(limits::SUPPLIER_SECTOR.max, &mut fail),
            Field::Products => s.products = text(limits::SUPPLIER_PRODUCTS.max, &mut fail),
            Field::FacilityType => {
                s.facility_type = text(limits::SUPPLIER_FACILITY_TYPE.max, &mut fail)
            }
            Field::ParentCompany => {
                s.parent_company = text(limits::SUPPLIER_PARENT_COMPANY.max, &mut fail)
            }
            Field::Notes => s.notes = text(4000, &mut fail),
            Field::ExitImpact => s.exit_impact = text(4000, &mut fail),
            Field::EndedOn => match parse_date(v) {
                Ok(d) => s.ended_on = d,
                Err(()) => fail("date_invalid"),
            },
            Field::Country => {
                if !is_unknown(v) {
                    match countries::resolve(v) {
                        Some(c) => s.country = Some(c.alpha2.clone()),
                        None => fail("country_unknown"),
                    }
                }
            }
            Field::Workers => match parse_workers(v) {
                Ok(w) => s.workers = w,
                Err(()) => fail("workers_invalid"),
            },
            Field::Lat | Field::Lng => match parse_decimal(v) {
                Ok(None) => {}
                Ok(Some(x)) if field == Field::Lat && (-90.0..=90.0).contains(&x) => {
                    s.lat = Some(x)
                }
                Ok(Some(x)) if field == Field::Lng && (-180.0..=180.0).contains(&x) => {
                    s.lng = Some(x)
                }
                _ => fail("coordinate_invalid"),
            },
            Field::Tier => match v.parse::<u8>() {
                _ if v.is_empty() => {}
                Ok(t) if (1..=10).contains(&t) => s.tier = t,
                _ => fail("tier_invalid"),
            },
            Field::Contract => match parse_yes_no(v) {
                Ok(b) => s.has_contract = b,
                Err(()) => fail("contract_invalid"),
            },
            Field::CodeOfConduct => match parse_code_of_conduct(v) {
                Ok(c) => s.code_of_conduct = c,
                Err(()) => fail("code_of_conduct_invalid"),
            },
            Field::CodeOfConductOn => match parse_date(v) {
                Ok(d) => s.code_of_conduct_on = d,
                Err(()) => fail("date_invalid"),
            },
        }
    }
    if s.name.is_empty() && !errors.iter().any(|e| e.code == "too_long") {
        errors.push(RowError {
            column: headers
                .iter()
                .zip(columns)
                .find(|(_, f)| **f == Some(Field::Name))
                .map(|(h, _)| h.trim().to_string())
                .unwrap_or_default(),
            code: "name_missing".into(),
            value: String::new(),
        });
    }
    if errors.is_empty() {
        Ok(s)
    } else {
        Err(errors)
    }
}

/// Export columns: the Open Supply Hub order first, then our own.
const EXPORT_HEADERS: [&str; 17] = [
    "country",
    "name",
    "address",
    "sector",
    "sector_product_type",
    "facility_type_processing_type",
    "number_of_workers",
    "parent_company",
    "lat",
    "lng",
    "tier",
    "contract",
    "code_of_conduct",
    "code_of_conduct_date",
    "notes",
    "ended_on",
    "exit_impact",
];

mod export;

pub(crate) use export::sheet;
pub use export::{export_csv, export_xlsx};
