//! A dossier open in the app (here: this test process, which holds it as the app does):
//! the CLI's writing commands say who has it since when and change nothing; its reading
//! commands read it.

#![allow(clippy::expect_used, clippy::panic)]

mod common;

use common::*;

#[test]
fn a_writing_command_is_refused_with_who_holds_the_dossier_and_a_reading_one_reads() {
    ketenkompas::dossier::lock::set_program("app");
    let dir = tempfile::tempdir().expect("dir");
    let f = new_dossier(dir.path(), "d.kkdossier", "Bezet B.V.");
    let held = ketenkompas::Dossier::open(Path::new(&f)).expect("the app holds it");
    let before = std::fs::read(&f).expect("bytes");
    let list = p(dir.path(), "lijst.csv");
    std::fs::write(&list, "naam;land\nAtelier Noord;Nederland\n").expect("list");
    let o = cli(&["--lang", "nl", "import", "suppliers", &f, &list]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let e = stderr(&o);
    assert!(e.contains("is al geopend in Ketenkompas"), "{e}");
    assert!(e.contains("sinds 20") && e.contains(" UTC"), "{e}");
    let o = cli(&["--lang", "en", "close-year", &f, "--year", "2026"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is already open in Ketenkompas"),
        "{}",
        stderr(&o)
    );
    // Reading works while it is held.
    let o = cli(&["export", "json", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Bezet B.V."));
    drop(held);
    assert_eq!(std::fs::read(&f).expect("bytes"), before, "nothing written");
    // Closed in the app: the command writes.
    let o = cli(&["import", "suppliers", &f, &list]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
