//! A process that keeps writing to a dossier and says so after every write that
//! returned, for the crash-safety test (`tests/tests/crash_safety.rs`), which kills it.
//!
//! `ketenkompas-writer <dossier> <run> [rows]` alternates single saves and imports of
//! `rows` suppliers (200 unless given) in one transaction, and prints one line per
//! finished write: `saved <name>` or `imported <tag>`. It runs until it is killed. Large
//! imports fill the write-ahead log past SQLite's checkpoint size, so that kills also
//! land while a checkpoint copies the log into the dossier.

// Test support: a failed expectation here is a failed test, so it may panic.
#![allow(clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::ExitCode;

use ketenkompas::exchange::suppliers;
use ketenkompas::model::Supplier;
use ketenkompas::Dossier;

fn main() -> ExitCode {
    let mut args = std::env::args();
    args.next(); // the program's own name
    let (Some(path), Some(run)) = (args.next(), args.next()) else {
        eprintln!("usage: ketenkompas-writer <dossier> <run> [rows]");
        return ExitCode::from(2);
    };
    // Rows per import; the test checks that an import is all there or not at all.
    let import_rows: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(200);
    let mut d = match Dossier::open(std::path::Path::new(&path)) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("cannot open: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    for n in 0.. {
        let result = if n % 4 == 3 {
            let tag = format!("i{run}x{n}");
            let mut csv = String::from("naam;land;producten\n");
            for row in 0..import_rows {
                csv.push_str(&format!("Import {tag} rij {row};Portugal;Stof\n"));
            }
            suppliers::import(&mut d, csv.as_bytes(), false).map(|r| {
                assert_eq!(
                    r.new as usize, import_rows,
                    "every row of the import is new"
                );
                format!("imported {tag}")
            })
        } else {
            let name = format!("Los r{run}n{n}");
            d.save_supplier(&Supplier::named(&name))
                .map(|_| format!("saved {name}"))
        };
        match result {
            Ok(line) => {
                // Said only after the write returned, so after its commit.
                if writeln!(out, "{line}").and_then(|_| out.flush()).is_err() {
                    return ExitCode::SUCCESS;
                }
            }
            Err(e) => {
                eprintln!("write failed: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
