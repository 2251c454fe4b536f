//! A process that holds a dossier open for writing, as the app or a command of the CLI
//! does, for the one-writer tests (`tests/tests/one_writer.rs`).
//!
//! `ketenkompas-hold <dossier> app|cli [seconds]` opens the dossier, prints `held` once
//! it has it (or `refused <code>` and stops), and keeps it until the seconds have passed
//! or, without them, until its standard input closes or it is killed.

// Test support: a failed expectation here is a failed test, so it may panic.
#![allow(clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::process::ExitCode;

use ketenkompas::dossier::lock;
use ketenkompas::Dossier;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(program)) = (args.next(), args.next()) else {
        eprintln!("usage: ketenkompas-hold <dossier> app|cli [seconds]");
        return ExitCode::from(2);
    };
    lock::set_program(if program == "app" { "app" } else { "cli" });
    let seconds: Option<u64> = args.next().and_then(|s| s.parse().ok());
    let d = match Dossier::open(std::path::Path::new(&path)) {
        Ok(d) => d,
        Err(e) => {
            println!("refused {}", e.code());
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout();
    writeln!(out, "held").expect("stdout");
    out.flush().expect("flush");
    match seconds {
        Some(s) => std::thread::sleep(std::time::Duration::from_secs(s)),
        None => {
            let mut rest = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut rest);
        }
    }
    drop(d);
    ExitCode::SUCCESS
}
