//! Workspaces across versions of Dais: a file written by every earlier schema opens in this one with nothing lost,
//! and a file written by a newer one is refused with a clear error and left as it is.
//!
//! `tests/fixtures/workspaces/schema-N.dais` is a workspace as schema N wrote it: the demo with something in every
//! kind of record (registrations, a decision, focal points, a translation, a speaker's photo, a publication, an undo
//! step). Each version that changes the schema adds its own, made by this version before the change:
//! `cargo test -p dais-core --test core -- --ignored versions::make_this_schemas_fixture`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dais_core::registrations::DecisionInput;
use dais_core::seed::{add_bulk_registrations, create_demo};
use dais_core::storage::SCHEMA_VERSION;
use dais_core::{Error, FocalPointInput, Lang, RegistrationStatus, Store, TranslationInput};
use rusqlite::Connection;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspaces")
}

/// Every row of every table of the file, each as its columns' names and values, written as text.
fn rows(path: &Path) -> BTreeSet<(String, Vec<(String, String)>)> {
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut all = BTreeSet::new();
    for table in tables {
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let names: Vec<String> = statement.column_names().into_iter().map(String::from).collect();
        let found = statement
            .query_map([], |r| {
                Ok((0..names.len())
                    .map(|i| (names[i].clone(), format!("{:?}", r.get_ref(i).unwrap())))
                    .collect::<Vec<_>>())
            })
            .unwrap()
            .map(Result::unwrap);
        all.extend(found.map(|row| (table.clone(), row)));
    }
    all
}

#[test]
fn a_workspace_of_every_earlier_schema_opens_with_every_row_kept() {
    let mut seen = 0;
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let fixture = entry.unwrap().path();
        if fixture.extension().is_none_or(|e| e != "dais") {
            continue;
        }
        seen += 1;
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("workspace.dais");
        std::fs::copy(&fixture, &copy).unwrap();
        let before = rows(&copy);
        let store = Store::open(&copy).unwrap_or_else(|e| panic!("{fixture:?}: {e}"));
        // What a reader of the workspace reads: the meeting, its programme, speakers and registrations.
        let meeting = store.meetings().unwrap()[0].id;
        assert!(!store.entries(meeting).unwrap().is_empty(), "{fixture:?}");
        assert!(!store.speakers(meeting).unwrap().is_empty(), "{fixture:?}");
        assert!(store.registrations(meeting).unwrap().len() > 5, "{fixture:?}");
        assert!(!store.versions(meeting).unwrap().is_empty(), "{fixture:?}");
        drop(store);
        // Every row of the old file is still there, with every value it had (a later schema may add columns).
        let after = rows(&copy);
        let lost: Vec<_> = before
            .iter()
            .filter(|(table, row)| {
                !after.iter().any(|(t, new)| t == table && row.iter().all(|field| new.contains(field)))
            })
            .collect();
        assert!(lost.is_empty(), "{fixture:?} lost rows in this version: {lost:#?}");
    }
    assert!(seen > 0, "no fixture in {:?}", fixtures());
}

#[test]
fn a_workspace_of_a_newer_dais_is_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.dais");
    create_demo(&mut Store::open(&path).unwrap()).unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 3).unwrap();
        dais_core::storage::checkpoint(&conn).unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let refused = Store::open(&path).err().expect("a newer schema is refused");
    assert!(
        matches!(refused, Error::NewerSchema { found, known } if found == SCHEMA_VERSION + 3 && known == SCHEMA_VERSION)
    );
    assert_eq!(refused.code(), "newer_schema");
    let said = refused.say(Lang::En);
    assert!(said.contains("newer version of Dais") && said.contains("update Dais"), "{said}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the file is untouched");
    assert!(Store::open_site(&path).is_err(), "the site refuses it alike");
}

/// Writes this schema's fixture, when it has none yet.
#[test]
#[ignore = "run once per schema change, before the change: see the module's comment"]
fn make_this_schemas_fixture() {
    let path = fixtures().join(format!("schema-{SCHEMA_VERSION}.dais"));
    if path.exists() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("workspace.dais");
    {
        let mut store = Store::open(&work).unwrap();
        store.set_organiser("Alice Martin").unwrap();
        let meeting = create_demo(&mut store).unwrap();
        add_bulk_registrations(&mut store, 40).unwrap();
        let first = store.registrations(meeting).unwrap()[0].id;
        store
            .undoable(|s| {
                s.decide(
                    &DecisionInput { ids: vec![first], status: RegistrationStatus::Approved, reason: None },
                    "Alice Martin",
                    chrono::Utc::now(),
                )
            })
            .unwrap();
        store
            .save_focal_point(&FocalPointInput {
                id: None,
                event_id: meeting,
                country: "CH".into(),
                category: None,
                name: "Focal Point Keller".into(),
                email: "focal.keller@bakom.example.ch".into(),
            })
            .unwrap();
        store
            .translate(&TranslationInput {
                record_id: meeting,
                field: "title".into(),
                lang: Lang::Fr,
                text: "Neuvième réunion de l'initiative U4SSC".into(),
            })
            .unwrap();
        let speaker = store.speakers(meeting).unwrap()[0].id;
        let photo = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../icons/128x128.png")).unwrap();
        let _ = store.set_speaker_photo(speaker, Some(&photo));
        store.publish(meeting, "Alice Martin", None, chrono::Utc::now()).unwrap();
        dais_core::storage::checkpoint(&Connection::open(&work).unwrap()).unwrap();
    }
    std::fs::create_dir_all(fixtures()).unwrap();
    let conn = Connection::open(&work).unwrap();
    conn.execute("VACUUM INTO ?1", [path.to_str().unwrap()]).unwrap();
}
