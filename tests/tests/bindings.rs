//! The committed TypeScript bindings must match the Rust types they come from.

#![allow(clippy::expect_used, clippy::panic)]

fn up_to_date(file: &str, fresh: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ui/src/lib/ipc")
        .join(file);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, fresh).expect("write bindings");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/ipc/{file} is stale: run `make bindings` and commit the result"
    );
}

#[test]
fn committed_typescript_bindings_are_up_to_date() {
    up_to_date("bindings.ts", &ketenkompas::bindings::typescript());
}

#[test]
fn committed_vocabularies_and_field_limits_are_up_to_date() {
    up_to_date("vocab.ts", &ketenkompas::bindings::vocabularies());
}
