//! Publication as the public meets it: only published versions are public, a reader sees one version whole, and the
//! feeds carry the versions (calendars update in place, cancelled entries say so, the changes as Atom).

use std::sync::atomic::{AtomicBool, Ordering};

use crate::public_site::{PublicSite, event_path, publish_all};
use chrono::{Duration, Utc};
use dais_core::seed::demo_event_id;
use dais_core::{Entry, EntryKind, Slot, Store};
use icalendar::{Calendar, CalendarComponent, Component};

fn get(site: &PublicSite, path: &str) -> (u16, String) {
    let response = reqwest::blocking::get(site.url(path)).unwrap();
    (response.status().as_u16(), response.text().unwrap())
}

/// Every public address of the demo meeting, feeds included.
fn public_paths() -> Vec<String> {
    let mut paths = vec!["/".to_string(), format!("/api/v1/events/{}/programme", demo_event_id())];
    for rest in [
        "",
        "/programme",
        "/speakers",
        "/changes",
        "/register",
        "/programme.ics",
        "/schedule.json",
        "/schedule.xml",
        "/changes.atom",
    ] {
        paths.push(event_path(rest));
    }
    paths
}

fn entry(store: &Store, title: &str) -> Entry {
    store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == title).unwrap()
}

#[test]
fn an_edit_synced_but_not_published_appears_on_no_public_page_or_feed() {
    let site = PublicSite::start(|_| {});
    let mut store = Store::open(&site.data_file).unwrap();
    let mut opening = entry(&store, "Opening and welcome");
    opening.title = "DRAFT-RETITLED".into();
    store.save_entry(&opening).unwrap();
    let block = entry(&store, "U4SSC meeting");
    let new = Entry {
        id: dais_core::new_id(),
        title: "DRAFT-NEW-ENTRY".into(),
        kind: EntryKind::Item,
        block_id: Some(block.id),
        ..opening.clone()
    };
    store.save_entry(&new).unwrap();
    let mut speaker =
        store.speakers(demo_event_id()).unwrap().into_iter().find(dais_core::publication::is_listed).unwrap();
    speaker.bio = "DRAFT-BIOGRAPHY".into();
    store.save_speaker(&speaker).unwrap();

    for path in public_paths() {
        let (status, body) = get(&site, &path);
        assert_eq!(status, 200, "{path}");
        for draft in ["DRAFT-RETITLED", "DRAFT-NEW-ENTRY", "DRAFT-BIOGRAPHY"] {
            assert!(!body.contains(draft), "{path} shows the unpublished {draft}");
        }
    }

    store.publish(demo_event_id(), "Alice", None, Utc::now()).unwrap();
    let (_, programme) = get(&site, &event_path("/programme"));
    assert!(programme.contains("DRAFT-RETITLED") && programme.contains("DRAFT-NEW-ENTRY"));
    assert!(programme.contains("Version 2, published"), "the programme says its version");
    let (_, changes) = get(&site, &event_path("/changes"));
    assert!(changes.contains("Retitled: &#34;Opening and welcome&#34; is now &#34;DRAFT-RETITLED&#34;"), "{changes}");
    assert!(changes.contains("New: DRAFT-NEW-ENTRY"), "{changes}");
    assert!(changes.contains(": biography changed"), "{changes}");
    // Said in the visitor's language, on the page and in the feed; the organisers' titles as they wrote them.
    let (_, french) = get(&site, &event_path("/changes?lang=fr"));
    assert!(french.contains("Nouveau titre : « Opening and welcome » devient « DRAFT-RETITLED »"), "{french}");
    assert!(french.contains(": modification (biographie)") && french.contains("Première version : "), "{french}");
    let (_, chinese) = get(&site, &event_path("/changes.atom?lang=zh"));
    assert!(chinese.contains("标题已更改：“Opening and welcome”改为“DRAFT-RETITLED”"), "{chinese}");
    assert!(!chinese.contains("Retitled"), "no English in the Chinese feed");
}

#[test]
fn a_meeting_never_published_or_taken_off_is_not_on_the_site() {
    let site = PublicSite::start(|_| {});
    let mut store = Store::open(&site.data_file).unwrap();
    store.withdraw(demo_event_id(), "Alice", Utc::now()).unwrap();
    for path in public_paths().into_iter().filter(|p| p != "/") {
        assert_eq!(get(&site, &path).0, 404, "{path}");
    }
    assert!(!get(&site, "/").1.contains("U4SSC-9"), "the list of meetings leaves it out");
    publish_all(&mut store);
    assert_eq!(get(&site, &event_path("/programme")).0, 200);
}

#[test]
fn a_deleted_meeting_leaves_every_public_page_and_feed() {
    let site = PublicSite::start(|_| {});
    let mut store = Store::open(&site.data_file).unwrap();
    assert_eq!(get(&site, &event_path("/programme")).0, 200);
    store.delete_meeting(demo_event_id()).unwrap();
    for path in public_paths().into_iter().filter(|p| p != "/") {
        assert_eq!(get(&site, &path).0, 404, "{path}");
    }
    assert!(!get(&site, "/").1.contains("U4SSC-9"), "the list of meetings leaves it out");
}

#[test]
fn a_reader_polling_during_a_publication_sees_the_old_version_or_the_new_never_a_mix() {
    let site = PublicSite::start(|_| {});
    let mut store = Store::open(&site.data_file).unwrap();
    let mut entries = store.entries(demo_event_id()).unwrap();
    store
        .write(|w| {
            for e in &mut entries {
                e.title = format!("{} (v2)", e.title);
                w.put(&*e)?;
            }
            Ok(())
        })
        .unwrap();
    let done = AtomicBool::new(false);
    let api = site.url(&format!("/api/v1/events/{}/programme", demo_event_id()));
    std::thread::scope(|scope| {
        let reader = scope.spawn(|| {
            let mut seen = (0, 0);
            while !done.load(Ordering::SeqCst) || seen.1 == 0 {
                let body: serde_json::Value = reqwest::blocking::get(&api).unwrap().json().unwrap();
                let titles: Vec<&str> = body["programme"]["days"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .flat_map(|d| d["entries"].as_array().unwrap())
                    .map(|e| e["title"].as_str().unwrap())
                    .collect();
                let new = titles.iter().filter(|t| t.ends_with("(v2)")).count();
                assert!(new == 0 || new == titles.len(), "a mix of versions: {titles:?}");
                let version = body["version"].as_u64().unwrap();
                assert_eq!(version == 2, new > 0, "the version number goes with its content");
                if new == 0 { seen.0 += 1 } else { seen.1 += 1 }
            }
            seen
        });
        std::thread::sleep(std::time::Duration::from_millis(50));
        store.publish(demo_event_id(), "Alice", None, Utc::now()).unwrap();
        done.store(true, Ordering::SeqCst);
        let (old, new) = reader.join().unwrap();
        assert!(old > 0 && new > 0, "the reader saw both versions: {old} then {new}");
    });
}

#[test]
fn calendars_read_a_moved_entry_under_its_uid_with_a_higher_sequence_and_a_cancelled_one_as_cancelled() {
    let site = PublicSite::start(|_| {});
    let read = |site: &PublicSite| -> Calendar {
        let (status, text) = get(site, &event_path("/programme.ics"));
        assert_eq!(status, 200);
        text.parse().unwrap_or_else(|e| panic!("the icalendar crate cannot read the feed: {e}"))
    };
    let events = |calendar: &Calendar| -> Vec<icalendar::Event> {
        calendar
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e.clone()),
                _ => None,
            })
            .collect()
    };
    let mut store = Store::open(&site.data_file).unwrap();
    let (opening, closing) = (entry(&store, "Opening and welcome"), entry(&store, "Closing"));
    let before = events(&read(&site));
    let first = before.iter().find(|e| e.get_uid() == Some(&opening.id.to_string())).unwrap();
    assert_eq!(first.property_value("SEQUENCE"), Some("0"));

    let mut moved = opening.clone();
    moved.slot = Slot {
        starts_at: opening.slot.starts_at + Duration::minutes(5),
        ends_at: opening.slot.ends_at,
        ..opening.slot.clone()
    };
    store.save_entry(&moved).unwrap();
    store.delete_entry(closing.id).unwrap();
    store.publish(demo_event_id(), "Alice", None, Utc::now()).unwrap();

    let after = events(&read(&site));
    let same: Vec<_> = after.iter().filter(|e| e.get_uid() == Some(&opening.id.to_string())).collect();
    assert_eq!(same.len(), 1, "one event per UID");
    assert_eq!(same[0].property_value("SEQUENCE"), Some("1"), "raised by the move");
    assert!(same[0].property_value("LAST-MODIFIED").is_some());
    let untouched = after.iter().find(|e| e.get_summary() == Some("U4SSC meeting")).unwrap();
    assert_eq!(untouched.property_value("SEQUENCE"), Some("0"), "an unchanged entry keeps its sequence");
    let cancelled = after.iter().find(|e| e.get_uid() == Some(&closing.id.to_string())).unwrap();
    assert_eq!(cancelled.property_value("STATUS"), Some("CANCELLED"));
    assert_eq!(cancelled.property_value("SEQUENCE"), Some("1"));
    assert_eq!(after.len(), before.len(), "the cancelled entry is still in the feed, as cancelled");

    let (_, schedule) = get(&site, &event_path("/schedule.json"));
    let schedule: serde_json::Value = serde_json::from_str(&schedule).unwrap();
    assert_eq!(schedule["schedule"]["version"], "2", "the frab schedule names the version");
}

#[test]
fn the_changes_feed_is_atom_that_xmllint_reads_with_one_entry_per_version() {
    let site = PublicSite::start(|_| {});
    let mut store = Store::open(&site.data_file).unwrap();
    let mut opening = entry(&store, "Opening and welcome");
    // Characters XML must escape, and a control character that it cannot carry at all.
    opening.title = "Opening <& welcome>\u{1}".into();
    store.save_entry(&opening).unwrap();
    store.publish(demo_event_id(), "Alice", None, Utc::now()).unwrap();
    let response = reqwest::blocking::get(site.url(&event_path("/changes.atom"))).unwrap();
    assert_eq!(response.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let feed = response.text().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("changes.atom");
    std::fs::write(&file, &feed).unwrap();
    let lint = std::process::Command::new("xmllint")
        .args(["--noout", "--xpath", "count(//*[local-name()='entry'])"])
        .arg(&file)
        .output()
        .expect("xmllint (libxml2-utils, scripts/setup.sh test)");
    assert!(lint.status.success(), "{}", String::from_utf8_lossy(&lint.stderr));
    assert_eq!(String::from_utf8_lossy(&lint.stdout).trim(), "2", "{feed}");
    assert!(feed.contains("Opening &lt;&amp; welcome&gt;"), "{feed}");
}
