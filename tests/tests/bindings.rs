//! The committed TypeScript bindings must match the Rust types they come from.

#![allow(clippy::expect_used, clippy::panic)]

#[test]
fn committed_typescript_bindings_are_up_to_date() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/ipc/bindings.ts");
    let fresh = ketenkompas::bindings::typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).expect("write bindings");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/ipc/bindings.ts is stale: run `make bindings` and commit the result"
    );
}
