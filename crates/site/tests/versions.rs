//! The site's data folder across versions of dais-site: a folder written by every earlier schema opens in this one
//! with nothing lost (its pages, its organisers' tokens, its registrations, erasures and versions), and one written by
//! a newer version is refused, each of its files left as it was.
//!
//! `tests/fixtures/site-data/schema-N/` is a data folder as schema N left it: the demo meeting shared and published
//! by an organiser (whose token is kept in `token`), registrations from the form, a decision, an erasure. Each version
//! that changes a schema adds its own, made before the change:
//! `cargo test -p dais-site --test site -- --ignored versions::make_this_schemas_site_fixture`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dais_core::registrations::DecisionInput;
use dais_core::storage::SCHEMA_VERSION;
use dais_core::{RegistrationStatus, Store, seed};
use dais_site::{DATA_FILE, FORM_KEY_FILE, TOKENS_FILE};
use rusqlite::Connection;

use crate::public_site::event_path;
use crate::sync_support::{Organiser, TestSite, form_registration};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site-data")
}

/// How many rows each table of each of the folder's databases holds.
fn counts(data: &Path) -> BTreeMap<String, i64> {
    let mut all = BTreeMap::new();
    for file in [DATA_FILE, TOKENS_FILE] {
        let conn = Connection::open_with_flags(data.join(file), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for table in tables {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| r.get(0)).unwrap();
            all.insert(format!("{file} {table}"), n);
        }
    }
    all
}

#[test]
fn a_site_data_folder_of_every_earlier_schema_opens_with_everything_kept() {
    let mut seen = 0;
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let fixture = entry.unwrap().path();
        seen += 1;
        let data = tempfile::tempdir().unwrap();
        for name in [DATA_FILE, TOKENS_FILE, FORM_KEY_FILE] {
            std::fs::copy(fixture.join(name), data.path().join(name)).unwrap();
        }
        let before = counts(data.path());
        let site = TestSite::start_in(data);

        // The public pages, as before.
        let programme = reqwest::blocking::get(format!("{}{}", site.url, event_path("/programme"))).unwrap();
        assert_eq!(programme.status(), 200, "{fixture:?}");
        assert!(programme.text().unwrap().contains("Opening and welcome"), "{fixture:?}");

        // The organiser's token still opens the sync, and a new laptop gets the meeting whole: its registrations but
        // the erased one, its decisions and versions.
        let token = std::fs::read_to_string(fixture.join("token")).unwrap();
        let laptop = Organiser::with_token(&site.url, token.trim().to_string());
        laptop.sync().unwrap_or_else(|e| panic!("{fixture:?}: {e}"));
        laptop.with(|s| {
            let registrations = s.registrations(seed::demo_event_id()).unwrap();
            let status = |email: &str| registrations.iter().find(|r| r.email == email).map(|r| r.decision.status);
            assert_eq!(status("ana@example.org"), Some(RegistrationStatus::Approved), "{fixture:?}");
            assert!(status("bo@example.org").is_some(), "{fixture:?}");
            assert_eq!(status("chen@example.org"), None, "{fixture:?}: erased");
            assert!(!s.versions(seed::demo_event_id()).unwrap().is_empty(), "{fixture:?}");
        });
        // The form takes registrations again.
        site.state.storage.register(form_registration("after.upgrade@example.org")).unwrap();

        // Every table keeps at least the rows it had (a later schema may add rows and tables, never lose them).
        let after = counts(site.data.path());
        for (table, n) in &before {
            assert!(after.get(table).is_some_and(|m| m >= n), "{fixture:?}: {table} had {n} rows, now {after:?}");
        }
    }
    assert!(seen > 0, "no fixture in {:?}", fixtures());
}

#[test]
fn a_site_data_folder_of_a_newer_dais_site_is_refused_and_left_as_it_is() {
    // Each of the folder's databases, written by a newer version, alone: the site does not start, and says which file.
    for (file, mail) in [(DATA_FILE, false), (TOKENS_FILE, false), (dais_site::mail::MAIL_FILE, true)] {
        let data = tempfile::tempdir().unwrap();
        drop(dais_site::open(data.path(), true).unwrap());
        let path = data.path().join(file);
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
            dais_core::storage::checkpoint(&conn).unwrap();
        }
        let bytes = std::fs::read(&path).unwrap();
        let refused = if mail {
            dais_site::mail::outbox::Outbox::open(&path, 0).err().map(|e| e.to_string())
        } else {
            dais_site::open(data.path(), false).err().map(|e| e.to_string())
        };
        let said = refused.unwrap_or_else(|| panic!("a newer {file} was opened"));
        assert!(said.contains("newer version of Dais") && said.contains("99"), "{file}: {said}");
        if file != DATA_FILE {
            assert!(said.contains(file), "the message names {file}: {said}");
        }
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{file} is untouched");
    }
}

/// Writes this schema's fixture, when it has none yet.
#[test]
#[ignore = "run once per schema change, before the change: see the module's comment"]
fn make_this_schemas_site_fixture() {
    let folder = fixtures().join(format!("schema-{SCHEMA_VERSION}"));
    if folder.exists() {
        return;
    }
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice Martin");
    alice.create_shared_demo();
    alice.sync().unwrap();
    alice.publish().unwrap();
    let ids: Vec<_> = ["ana@example.org", "bo@example.org", "chen@example.org"]
        .into_iter()
        .map(|email| site.state.storage.register(form_registration(email)).unwrap().registration.id)
        .collect();
    alice.sync().unwrap();
    alice.with(|s: &mut Store| {
        let decision = DecisionInput { ids: vec![ids[0]], status: RegistrationStatus::Approved, reason: None };
        s.decide(&decision, "Alice Martin", chrono::Utc::now()).unwrap();
        s.erase_registration(ids[2]).unwrap();
    });
    alice.sync().unwrap();

    std::fs::create_dir_all(&folder).unwrap();
    for name in [DATA_FILE, TOKENS_FILE] {
        let conn = Connection::open(site.data.path().join(name)).unwrap();
        conn.execute("VACUUM INTO ?1", [folder.join(name).to_str().unwrap()]).unwrap();
    }
    std::fs::copy(site.data.path().join(FORM_KEY_FILE), folder.join(FORM_KEY_FILE)).unwrap();
    std::fs::write(folder.join("token"), &alice.token).unwrap();
}
