//! Replays the fuzz seeds and every input the fuzzers found troublesome
//! (`fuzz/regressions/<target>/`) through the same bodies the fuzz targets run, so that a
//! fixed crash stays fixed without libFuzzer.

#![allow(clippy::expect_used, clippy::panic)]

use std::path::Path;

use ketenkompas_tests::fuzzing;

fn replay(target: &str, body: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut n = 0;
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            let data = std::fs::read(&path).expect("read input");
            eprintln!("{target}: {}", path.display());
            body(&data);
            n += 1;
        }
    }
    n
}

#[test]
fn csv_inputs() {
    assert!(replay("csv_import", fuzzing::csv_import) >= 5);
}

#[test]
fn xlsx_inputs() {
    assert!(replay("xlsx_import", fuzzing::xlsx_import) >= 1);
}

#[test]
fn xls_inputs() {
    assert!(replay("xls_import", fuzzing::xls_import) >= 2);
}

#[test]
fn xlsx_part_inputs() {
    assert!(replay("xlsx_parts", fuzzing::xlsx_parts) >= 3);
}

#[test]
fn json_inputs() {
    assert!(replay("json_import", fuzzing::json_import) >= 2);
}

#[test]
fn dossier_files() {
    assert!(replay("open_dossier", fuzzing::open_dossier) >= 2);
}
