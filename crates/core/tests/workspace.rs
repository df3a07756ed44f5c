//! The workspace on a real SQLite file: schema, change log, validation, the demo meeting and its programme.

use chrono::{DateTime, Utc};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;
use rusqlite::Connection;
use tempfile::TempDir;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn demo() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    store.share(demo_event_id()).unwrap();
    (dir, store)
}

fn row_by_title<'a>(p: &'a Programme, title: &str) -> &'a ProgrammeRow {
    p.days.iter().flat_map(|d| &d.rows).find(|r| r.entry.title == title).unwrap_or_else(|| panic!("no row {title:?}"))
}

fn field_names(err: Error) -> Vec<String> {
    match err {
        Error::Invalid(fields) => fields.into_iter().map(|f| f.field).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn count(store: &Store, sql: &str) -> i64 {
    store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_new_file_gets_the_whole_schema_with_wal_and_full_sync_and_no_foreign_keys() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("nested/folder/ws.dais");
    let store = Store::open(&path).unwrap();
    let conn = store.connection();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    let fk: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    let sync: i64 = conn.query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
    // Foreign keys are off on purpose: replicas converge page by page (see Store::open).
    assert_eq!((mode.as_str(), fk, sync), ("wal", 0, 2));
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert!(version >= 1);
    for table in
        ["events", "entries", "speakers", "participations", "registrations", "outbox", "meta", "superseded", "changes"]
    {
        assert_eq!(count(&store, &format!("SELECT count(*) FROM sqlite_master WHERE name = '{table}'")), 1, "{table}");
    }
    drop(store);
    // Opening again migrates nothing and keeps the node id.
    let node = |s: &Store| -> String {
        s.connection().query_row("SELECT value FROM meta WHERE key='node'", [], |r| r.get(0)).unwrap()
    };
    let a = Store::open(&path).unwrap();
    let b_node = node(&a);
    drop(a);
    assert_eq!(node(&Store::open(&path).unwrap()), b_node);
}

#[test]
fn a_file_that_is_not_a_workspace_is_a_clear_error_and_is_left_alone() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("ws.dais");
    std::fs::write(&path, b"this is not a database, it is a shopping list").unwrap();
    let err = Store::open(&path).err().expect("must fail");
    assert_eq!(err.code(), "workspace");
    assert!(err.to_string().contains("ws.dais"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), b"this is not a database, it is a shopping list");
}

#[test]
fn every_write_logs_its_changed_fields_with_one_clock_in_the_outbox() {
    let (_dir, mut store) = demo();
    let before = store.outbox().unwrap().len();
    let mut entry: Entry = store
        .get(dais_core::seed::demo_event_id())
        .map(|_: Event| ())
        .and_then(|_| {
            let entries = store.entries(demo_event_id())?;
            Ok(entries.into_iter().find(|e| e.title == "Opening and welcome").unwrap())
        })
        .unwrap();
    let (title_before, slot_before) =
        (store.clock::<Entry>(entry.id, "title").unwrap(), store.clock::<Entry>(entry.id, "slot").unwrap());
    entry.title = "Opening of the meeting".into();
    store.save_entry(&entry).unwrap();
    let outbox = store.outbox().unwrap();
    assert_eq!(outbox.len(), before + 1);
    let last = outbox.last().unwrap();
    assert_eq!((last.entity.as_str(), last.row_id.as_str()), ("entries", entry.id.to_string().as_str()));
    assert_eq!(last.changes.keys().collect::<Vec<_>>(), ["title"]);
    assert_eq!(last.changes["title"], "Opening of the meeting");
    let title = store.clock::<Entry>(entry.id, "title").unwrap();
    assert_eq!(title.to_string(), last.hlc);
    assert!(title > title_before);
    assert_eq!(store.clock::<Entry>(entry.id, "slot").unwrap(), slot_before, "unchanged fields keep their clock");
    // Saving the same state again changes nothing and logs nothing.
    store.save_entry(&entry).unwrap();
    assert_eq!(store.outbox().unwrap().len(), before + 1);
}

#[test]
fn the_slot_changes_as_one_field() {
    let (_dir, mut store) = demo();
    let mut entry = store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == "Closing").unwrap();
    entry.slot.ends_at = at("2025-10-31T14:25:00Z");
    store.save_entry(&entry).unwrap();
    let last = store.outbox().unwrap().pop().unwrap();
    assert_eq!(last.changes.keys().collect::<Vec<_>>(), ["slot"]);
    assert_eq!(last.changes["slot"]["starts_at"], "2025-10-31T14:20:00Z");
    assert_eq!(last.changes["slot"]["ends_at"], "2025-10-31T14:25:00Z");
}

#[test]
fn a_failed_write_leaves_neither_the_row_nor_its_change_log() {
    let (_dir, mut store) = demo();
    let rows = count(&store, "SELECT count(*) FROM entries");
    let outbox = count(&store, "SELECT count(*) FROM outbox");
    let hlc: String = store.connection().query_row("SELECT value FROM meta WHERE key='hlc'", [], |r| r.get(0)).unwrap();
    let good = Entry {
        id: new_id(),
        event_id: demo_event_id(),
        kind: EntryKind::Break,
        block_id: None,
        linked_event_id: None,
        title: "Coffee".into(),
        description: String::new(),
        slot: Slot { starts_at: at("2025-10-31T15:00:00Z"), ends_at: at("2025-10-31T15:30:00Z"), place: None },
        public: true,
    };
    // The first write succeeds inside the transaction, then the closure fails.
    let last_id = store.outbox().unwrap().last().unwrap().id;
    let err = store
        .write(|w| {
            w.put(&good)?;
            Err::<(), _>(Error::Rejected("stop".into()))
        })
        .unwrap_err();
    assert_eq!(err.code(), "rejected");
    assert_eq!(count(&store, "SELECT count(*) FROM entries"), rows);
    assert_eq!(count(&store, "SELECT count(*) FROM outbox"), outbox);
    let hlc_after: String =
        store.connection().query_row("SELECT value FROM meta WHERE key='hlc'", [], |r| r.get(0)).unwrap();
    assert_eq!(hlc_after, hlc);
    // A validation failure writes nothing either.
    let bad = Entry { title: "  ".into(), ..good.clone() };
    assert_eq!(field_names(store.save_entry(&bad).unwrap_err()), ["title"]);
    assert_eq!(count(&store, "SELECT count(*) FROM outbox"), outbox);
    // And the good entry alone goes through, with the next mutation id: failures leave no gap for the site to
    // mistake for a lost push.
    store.save_entry(&good).unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM entries"), rows + 1);
    assert_eq!(store.outbox().unwrap().last().unwrap().id, last_id + 1);
}

/// Each field of a record is a column: kept in the file, logged for sync, and known to the site that merges it. A field
/// added to a model type but not to its table's columns (`model/tables.rs`) would be lost on save and refused by the
/// site.
#[test]
fn every_field_of_every_record_is_a_column_that_is_kept() {
    fn keys(record: impl serde::Serialize) -> Vec<String> {
        let serde_json::Value::Object(map) = serde_json::to_value(record).unwrap() else { unreachable!() };
        let mut keys: Vec<String> = map.into_iter().map(|(k, _)| k).filter(|k| k != "id").collect();
        keys.sort();
        keys
    }
    fn columns(table: &str) -> Vec<String> {
        let mut columns: Vec<String> =
            Table::named(table).unwrap().columns.iter().map(|(c, _)| c.to_string()).collect();
        columns.sort();
        columns
    }
    let (_dir, mut store) = demo();
    let event = demo_event_id();
    assert_eq!(keys(store.events().unwrap().remove(0)), columns("events"));
    assert_eq!(keys(store.entries(event).unwrap().remove(0)), columns("entries"));
    assert_eq!(keys(store.participations(event).unwrap().remove(0)), columns("participations"));
    assert_eq!(keys(store.registrations(event).unwrap().remove(0)), columns("registrations"));
    let focal_point = FocalPoint {
        id: dais_core::new_id(),
        event_id: event,
        country: "CH".into(),
        category: None,
        name: "Jonas Keller".into(),
        email: "focal@example.org".into(),
    };
    assert_eq!(keys(focal_point), columns("focal_points"));

    let mut speaker = store.speakers(event).unwrap().remove(0);
    assert_eq!(keys(&speaker), columns("speakers"));
    speaker.name_order = Some(NameOrder::FamilyFirst);
    store.save_speaker(&speaker).unwrap();
    let mut registration = store.registrations(event).unwrap().remove(0);
    registration.name_order = Some(NameOrder::FamilyFirst);
    store.save_registration(&registration).unwrap();
    let path = store.path().unwrap().to_path_buf();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.get::<Speaker>(speaker.id).unwrap().name_order, Some(NameOrder::FamilyFirst));
    assert_eq!(store.get::<Registration>(registration.id).unwrap().name_order, Some(NameOrder::FamilyFirst));
    let logged: Vec<String> =
        store.outbox().unwrap().into_iter().flat_map(|m| m.changes.into_iter().map(|(k, _)| k)).collect();
    assert!(logged.iter().filter(|f| *f == "name_order").count() >= 2, "the choice is logged to sync: {logged:?}");
}

#[test]
fn edits_survive_reopening_and_the_clock_never_goes_back() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("ws.dais");
    let (id, hlc) = {
        let mut store = Store::open(&path).unwrap();
        create_demo(&mut store).unwrap();
        store.share(demo_event_id()).unwrap();
        let mut entry = store.entries(demo_event_id()).unwrap().remove(0);
        entry.title = "Renamed".into();
        store.save_entry(&entry).unwrap();
        (entry.id, store.outbox().unwrap().pop().unwrap().hlc)
    };
    let mut store = Store::open(&path).unwrap();
    let mut entry: Entry = store.get(id).unwrap();
    assert_eq!(entry.title, "Renamed");
    entry.title = "Renamed again".into();
    store.save_entry(&entry).unwrap();
    assert!(store.outbox().unwrap().pop().unwrap().hlc > hlc);
}

#[test]
fn two_handles_on_one_file_interleave_writes_with_unique_gap_free_ids_and_ordered_stamps() {
    // The app and the CLI each hold the workspace open: neither may reuse an id or a stamp the other gave out.
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("ws.dais");
    let mut app = Store::open(&path).unwrap();
    create_demo(&mut app).unwrap();
    app.share(demo_event_id()).unwrap();
    let mut cli = Store::open(&path).unwrap();
    let first = app.outbox().unwrap().len();
    let mut entry = app.entries(demo_event_id()).unwrap().remove(0);
    for i in 0..6 {
        entry.title = format!("Take {i}");
        if i % 2 == 0 { app.save_entry(&entry).unwrap() } else { cli.save_entry(&entry).unwrap() }
    }
    let outbox = app.outbox().unwrap();
    let ids: Vec<i64> = outbox.iter().map(|m| m.id).collect();
    assert_eq!(ids, (1..=first as i64 + 6).collect::<Vec<_>>());
    let stamps: Vec<&String> = outbox[first..].iter().map(|m| &m.hlc).collect();
    assert!(stamps.windows(2).all(|w| w[0] < w[1]), "{stamps:?}");
    let stored: Entry = cli.get(entry.id).unwrap();
    assert_eq!(stored.title, "Take 5");
}

#[test]
fn deleting_a_block_tombstones_its_items_and_roles_and_logs_each() {
    let (_dir, mut store) = demo();
    let block = store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == "U4SSC meeting").unwrap();
    let outbox = store.outbox().unwrap().len();
    store.delete_entry(block.id).unwrap();
    let titles: Vec<String> = store.entries(demo_event_id()).unwrap().into_iter().map(|e| e.title).collect();
    assert!(!titles.iter().any(|t| t == "U4SSC meeting" || t == "Opening and welcome"), "{titles:?}");
    assert!(titles.iter().any(|t| t == "U4SSC meeting (continued)"));
    // The block, its 3 items, and the roles on them (the chair of the block, a speaker on each item).
    let logged = store.outbox().unwrap()[outbox..].to_vec();
    assert_eq!(logged.len(), 4 + 4);
    assert!(logged.iter().all(|m| m.changes["deleted"] == true));
    assert!(matches!(store.get::<Entry>(block.id), Err(Error::NotFound { .. })));
    // Restoring it is a write like any other, and the clock of `deleted` moves on.
    store.save_entry(&block).unwrap();
    assert!(store.get::<Entry>(block.id).is_ok());
    assert_eq!(store.outbox().unwrap().pop().unwrap().changes["deleted"], false);
}

#[test]
fn the_demo_programme_in_the_event_zone_is_labelled_cet() {
    let (_dir, store) = demo();
    let p = store.programme(demo_event_id(), None).unwrap();
    assert_eq!((p.zone.as_str(), p.zone_label.as_str()), ("Europe/Zurich", "CET"));
    assert_eq!(p.days.len(), 1);
    assert_eq!(p.days[0].label, "Friday 31 October 2025");
    let times: Vec<(String, String, String)> = p.days[0]
        .rows
        .iter()
        .filter(|r| r.entry.kind != EntryKind::Item)
        .map(|r| (r.times.start.time.clone(), r.times.end.time.clone(), r.entry.title.clone()))
        .collect();
    assert_eq!(
        times,
        [
            ("11:00".into(), "12:00".into(), "U4SSC meeting".into()),
            ("12:00".into(), "13:00".into(), "Webinar: Empowering people through people-centred smart cities".into()),
            ("13:00".into(), "13:30".into(), "Break".into()),
            ("13:30".into(), "15:30".into(), "U4SSC meeting (continued)".into()),
        ]
    );
    // Blocks come before their first item, items follow in order.
    let order: Vec<&str> = p.days[0].rows.iter().take(4).map(|r| r.entry.title.as_str()).collect();
    assert_eq!(
        order,
        [
            "U4SSC meeting",
            "Opening and welcome",
            "Updates from the U4SSC thematic groups",
            "Updates from the U4SSC working groups"
        ]
    );
    let chair = &row_by_title(&p, "U4SSC meeting").roles[0];
    assert_eq!((chair.name.as_str(), chair.role), ("Ms Ana Ribeiro", Role::Chair));
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
}

#[test]
fn the_programme_beside_new_york_and_sydney() {
    let (_dir, store) = demo();
    let ny = store.programme(demo_event_id(), Some("America/New_York")).unwrap();
    assert_eq!(ny.viewer_zone_label.as_deref(), Some("EDT"));
    let first = row_by_title(&ny, "U4SSC meeting");
    let (s, e) = (first.times.viewer_start.as_ref().unwrap(), first.times.viewer_end.as_ref().unwrap());
    assert_eq!(
        (s.time.as_str(), e.time.as_str(), first.times.viewer_start_day_shift, first.times.viewer_end_day_shift),
        ("06:00", "07:00", 0, 0)
    );

    let syd = store.programme(demo_event_id(), Some("Australia/Sydney")).unwrap();
    let afternoon = row_by_title(&syd, "U4SSC meeting (continued)");
    let end = afternoon.times.viewer_end.as_ref().unwrap();
    assert_eq!((end.time.as_str(), end.day_label.as_str(), end.abbreviation.as_str()), ("01:30", "Sat 1 Nov", "AEDT"));
    // It starts on Friday evening in Sydney and ends on Saturday.
    assert_eq!(afternoon.times.viewer_start.as_ref().unwrap().time, "23:30");
    assert_eq!((afternoon.times.viewer_start_day_shift, afternoon.times.viewer_end_day_shift), (0, 1));
    assert_eq!(row_by_title(&syd, "U4SSC meeting").times.viewer_end_day_shift, 0);

    let err = store.programme(demo_event_id(), Some("Mars/Olympus_Mons")).unwrap_err();
    assert_eq!(field_names(err), ["viewer_zone"]);
}

fn input(title: &str, kind: EntryKind, block: Option<uuid::Uuid>, start: &str, end: &str) -> EntryInput {
    EntryInput {
        id: None,
        event_id: demo_event_id(),
        kind,
        block_id: block,
        linked_event_id: None,
        title: title.into(),
        description: String::new(),
        date: "2025-10-31".into(),
        start: start.into(),
        end: end.into(),
        place: None,
        public: true,
    }
}

#[test]
fn entries_typed_in_the_event_zone_and_their_field_errors() {
    let (_dir, mut store) = demo();
    let block = store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == "U4SSC meeting").unwrap();
    let saved =
        store.save_entry_input(&input("Family photo", EntryKind::Item, Some(block.id), "11:50", "12:00")).unwrap();
    assert_eq!((saved.slot.starts_at, saved.slot.ends_at), (at("2025-10-31T10:50:00Z"), at("2025-10-31T11:00:00Z")));
    let again = EntryInput::of(&saved, &store.get(demo_event_id()).unwrap()).unwrap();
    assert_eq!((again.date.as_str(), again.start.as_str(), again.end.as_str()), ("2025-10-31", "11:50", "12:00"));

    let cases: [(EntryInput, &[&str]); 6] = [
        (input("Late", EntryKind::Item, Some(block.id), "11:50", "12:10"), &["slot"]),
        (input("Backwards", EntryKind::Break, None, "14:00", "13:00"), &["end"]),
        (input("", EntryKind::Break, None, "14:00", "15:00"), &["title"]),
        (input("Orphan", EntryKind::Item, None, "11:10", "11:20"), &["block_id"]),
        (
            EntryInput { date: "31/10/2025".into(), ..input("Bad date", EntryKind::Break, None, "14:00", "15:00") },
            &["date"],
        ),
        (input("Bad times", EntryKind::Break, None, "25:00", "noon"), &["start", "end"]),
    ];
    let outbox = store.outbox().unwrap().len();
    for (bad, fields) in cases {
        let title = bad.title.clone();
        assert_eq!(field_names(store.save_entry_input(&bad).unwrap_err()), fields.to_vec(), "{title}");
    }
    assert_eq!(store.outbox().unwrap().len(), outbox, "rejected entries write nothing");

    // Moving a block so that its items fall outside is refused.
    let mut moved = block.clone();
    moved.slot.starts_at = at("2025-10-31T10:30:00Z");
    let err = store.save_entry(&moved).unwrap_err();
    assert!(err.to_string().contains("Opening and welcome"), "{err}");
}

#[test]
fn speakers_and_registrations_are_validated_field_by_field() {
    let (_dir, mut store) = demo();
    let mut s = Speaker::blank(demo_event_id());
    s.given_name = "Ada".into();
    assert_eq!(field_names(store.save_speaker(&s).unwrap_err()), ["family_name"]);
    s.family_name = "Lovelace".into();
    s.email = Some("ada@".into());
    s.country = Some("XX".into());
    assert_eq!(field_names(store.save_speaker(&s).unwrap_err()), ["email", "country"]);
    s.email = Some("ada@example.org".into());
    s.country = Some("GB".into());
    store.save_speaker(&s).unwrap();
    assert!(store.speakers(demo_event_id()).unwrap().iter().any(|x| x.family_name == "Lovelace"));

    let elsewhere = Speaker { id: new_id(), event_id: new_id(), ..s.clone() };
    assert_eq!(store.save_speaker(&elsewhere).unwrap_err().code(), "not_found");

    let mut r = store.registrations(demo_event_id()).unwrap().remove(0);
    r.email = "not an email".into();
    r.country = "Switzerland".into();
    assert_eq!(field_names(store.save_registration(&r).unwrap_err()), ["email", "country"]);
}

#[test]
fn an_event_needs_a_real_zone_and_dates_in_order() {
    let (_dir, mut store) = demo();
    let mut e: Event = store.get(demo_event_id()).unwrap();
    e.zone = "CET+1".into();
    e.ends_on = e.starts_on.pred_opt().unwrap();
    assert_eq!(field_names(store.save_event(&e).unwrap_err()), ["zone", "ends_on"]);
}

#[test]
fn overlaps_and_double_booked_speakers_are_warnings_not_errors() {
    let (_dir, mut store) = demo();
    // A second break that overlaps the webinar: saved, but warned about.
    let clash = store.save_entry_input(&input("Press briefing", EntryKind::Break, None, "12:30", "13:10")).unwrap();
    let entries = store.entries(demo_event_id()).unwrap();
    let webinar = entries.iter().find(|e| e.kind == EntryKind::SideEvent).unwrap();
    let ribeiro = store.speakers(demo_event_id()).unwrap().into_iter().find(|s| s.family_name == "Ribeiro").unwrap();
    store
        .save_participation(&Participation {
            id: new_id(),
            event_id: demo_event_id(),
            entry_id: webinar.id,
            speaker_id: ribeiro.id,
            role: Role::Keynote,
        })
        .unwrap();
    store
        .save_participation(&Participation {
            id: new_id(),
            event_id: demo_event_id(),
            entry_id: clash.id,
            speaker_id: ribeiro.id,
            role: Role::Speaker,
        })
        .unwrap();
    // The same role twice is refused.
    let twice = Participation {
        id: new_id(),
        event_id: demo_event_id(),
        entry_id: clash.id,
        speaker_id: ribeiro.id,
        role: Role::Speaker,
    };
    assert_eq!(field_names(store.save_participation(&twice).unwrap_err()), ["role"]);
    let warnings = store.warnings(demo_event_id()).unwrap();
    let overlaps: Vec<_> = warnings.iter().filter(|w| matches!(w, Warning::Overlap { .. })).collect();
    let booked: Vec<_> = warnings.iter().filter(|w| matches!(w, Warning::SpeakerDoubleBooked { .. })).collect();
    // The briefing overlaps the webinar and the break.
    assert_eq!(overlaps.len(), 2, "{warnings:?}");
    assert_eq!(booked.len(), 1, "{warnings:?}");
    let Warning::SpeakerDoubleBooked { name, .. } = booked[0] else { unreachable!() };
    assert!(name.contains("Ana Ribeiro"), "{name}");
    assert!(booked[0].say(Lang::En).starts_with("Ms Ana Ribeiro is on "), "{}", booked[0].say(Lang::En));
}

#[test]
fn the_demo_is_the_letter_and_has_a_linked_webinar() {
    let (_dir, store) = demo();
    let meetings = store.meetings().unwrap();
    assert_eq!(meetings.len(), 1);
    let m = &meetings[0];
    assert_eq!(m.reference.as_deref(), Some("TSB Circular 81, 15 October 2025"));
    assert_eq!(
        (m.format, m.zone.as_str(), m.languages.clone()),
        (EventFormat::Virtual, "Europe/Zurich", vec!["English".to_string()])
    );
    assert!(m.registration.mandatory && m.registration.free_of_charge);
    assert_eq!(m.eligible_categories.len(), 6);
    let side = store.side_events(m.id).unwrap();
    assert_eq!(side.len(), 1);
    let linked = store.entries(m.id).unwrap().into_iter().find(|e| e.kind == EntryKind::SideEvent).unwrap();
    assert_eq!(linked.linked_event_id, Some(side[0].id));
    let statuses: Vec<RegistrationStatus> =
        store.registrations(m.id).unwrap().iter().map(|r| r.decision.status).collect();
    assert!(statuses.contains(&RegistrationStatus::Pending) && statuses.contains(&RegistrationStatus::Approved));
    let export = store.export(m.id).unwrap();
    let json = serde_json::to_string(&export).unwrap();
    let back: EventExport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, export);
}

#[test]
fn a_full_disk_is_reported_as_such_and_loses_nothing() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("ws.dais");
    let mut store = Store::open(&path).unwrap();
    create_demo(&mut store).unwrap();
    store.share(demo_event_id()).unwrap();
    let before = store.export(demo_event_id()).unwrap();
    // Cap the file at its current size: the next write cannot grow it.
    let pages: i64 = store.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    store.connection().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    store.connection().query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(())).unwrap();
    let err = store
        .write(|w| {
            for i in 0..2000 {
                let mut s = Speaker::blank(demo_event_id());
                s.family_name = format!("Filler {i}");
                s.bio = "x".repeat(2000);
                w.put(&s)?;
            }
            Ok(())
        })
        .unwrap_err();
    assert_eq!(err.code(), "disk_full", "{err}");
    drop(store);
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.export(demo_event_id()).unwrap(), before);
    let ok: String = Connection::open(&path).unwrap().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
}

/// A form opened on the entry; a colleague's edit of another field arrives (here written directly, as a sync would);
/// the organiser saves what they changed. The colleague's value stays, and only the organiser's field is logged.
#[test]
fn a_form_saves_only_what_the_organiser_changed_over_what_a_colleague_changed_meanwhile() {
    let (_dir, mut store) = demo();
    let event: Event = store.get(demo_event_id()).unwrap();
    let entry = store.entries(event.id).unwrap().into_iter().find(|e| e.title == "Closing").unwrap();
    let opened = EntryInput::of(&entry, &event).unwrap();

    let mut colleague = entry.clone();
    colleague.description = "Summary by the chair".into();
    store.save_entry(&colleague).unwrap();

    let typed = EntryInput { title: "Closing remarks".into(), ..opened.clone() };
    let saved = store.edit_entry(&Edit::between(entry.id, &opened, &typed).unwrap()).unwrap();
    assert_eq!((saved.title.as_str(), saved.description.as_str()), ("Closing remarks", "Summary by the chair"));
    let stored: Entry = store.get(entry.id).unwrap();
    assert_eq!(stored, saved);
    let last = store.outbox().unwrap().pop().unwrap();
    assert_eq!(last.changes.keys().collect::<Vec<_>>(), ["title"]);

    // The whole-record save of before would have written the old description back over the colleague's.
    let moved = EntryInput { start: "14:30".into(), end: "14:40".into(), ..typed.clone() };
    let saved = store.edit_entry(&Edit::between(entry.id, &typed, &moved).unwrap()).unwrap();
    assert_eq!(saved.description, "Summary by the chair");
    assert_eq!(store.outbox().unwrap().pop().unwrap().changes.keys().collect::<Vec<_>>(), ["slot"]);
}

#[test]
fn a_field_a_colleague_changed_while_the_form_was_open_is_refused_until_the_organiser_chooses() {
    let (_dir, mut store) = demo();
    let speaker = store.speakers(demo_event_id()).unwrap().remove(0);
    let mut colleague = speaker.clone();
    colleague.position = Some("Chair of the Working Group".into());
    store.save_speaker(&colleague).unwrap();
    let waiting = store.pending_count().unwrap();

    let typed = Speaker { position: Some("Vice-chair".into()), ..speaker.clone() };
    let err = store.edit_speaker(&Edit::between(speaker.id, &speaker, &typed).unwrap()).unwrap_err();
    assert_eq!(err.code(), "changed_meanwhile");
    assert_eq!(err.body(dais_core::Lang::En).fields[0].field, "position");
    assert!(err.body(dais_core::Lang::En).fields[0].message.contains("“Chair of the Working Group”"), "{}", err);
    assert_eq!(store.pending_count().unwrap(), waiting, "nothing was written");
    assert_eq!(store.get::<Speaker>(speaker.id).unwrap(), colleague);

    // Keeping their own value: the form now knows the colleague's, and the save goes through.
    let saved = store.edit_speaker(&Edit::between(speaker.id, &colleague, &typed).unwrap()).unwrap();
    assert_eq!(saved.position.as_deref(), Some("Vice-chair"));
}

#[test]
fn an_edited_event_is_validated_as_a_whole() {
    let (_dir, mut store) = demo();
    let event: Event = store.get(demo_event_id()).unwrap();
    let typed = Event { ends_on: event.starts_on - chrono::Days::new(1), ..event.clone() };
    assert_eq!(
        field_names(store.edit_event(&Edit::between(event.id, &event, &typed).unwrap()).unwrap_err()),
        ["ends_on"]
    );
    let typed = Event { title: "The ninth meeting".into(), ..event.clone() };
    assert_eq!(store.edit_event(&Edit::between(event.id, &event, &typed).unwrap()).unwrap().title, "The ninth meeting");
}

#[test]
fn a_store_tells_which_tables_were_written_here_and_notices_writes_by_another_program() {
    let (dir, mut store) = demo();
    store.take_changed();
    assert!(!store.notice_writes_elsewhere().unwrap(), "the first look only notes where the file is");
    let speaker = store.speakers(demo_event_id()).unwrap().remove(0);
    store.delete_speaker(speaker.id).unwrap();
    assert_eq!(store.take_changed(), ["participations", "speakers"]);
    assert!(store.take_changed().is_empty());
    assert!(!store.notice_writes_elsewhere().unwrap(), "its own writes are not another program's");

    let mut cli = Store::open(&dir.path().join("ws.dais")).unwrap();
    let event: Event = cli.get(demo_event_id()).unwrap();
    cli.save_event(&Event { title: "Renamed elsewhere".into(), ..event }).unwrap();
    assert!(store.notice_writes_elsewhere().unwrap());
    assert_eq!(
        store.take_changed(),
        [
            "entries",
            "events",
            "focal_points",
            "participations",
            "publications",
            "registrations",
            "speakers",
            "translations"
        ],
        "every table, since which one is not known (the publications kept too)"
    );
    assert!(!store.notice_writes_elsewhere().unwrap());
}

#[test]
fn a_block_in_the_night_where_registrants_are_is_a_warning_on_it() {
    let (_dir, mut store) = demo();
    let before = store.programme(demo_event_id(), None).unwrap().warnings;
    let registrant = |n: usize, country: &str, zone: Option<&str>, status: RegistrationStatus| Registration {
        country: country.into(),
        time_zone: zone.map(Into::into),
        decision: Decision { status, ..Decision::default() },
        ..seed::bulk_registration(n)
    };
    store
        .write(|w| {
            for n in 0..12 {
                w.put(&registrant(n, "JP", None, RegistrationStatus::Approved))?;
            }
            // From France, but following from Tokyo (the zone the site's form took from their browser).
            w.put(&registrant(12, "FR", Some("Asia/Tokyo"), RegistrationStatus::Pending))?;
            // Rejected and cancelled requests are nobody to warn for.
            w.put(&registrant(13, "NZ", None, RegistrationStatus::Rejected))?;
            w.put(&registrant(14, "NZ", None, RegistrationStatus::Cancelled))
        })
        .unwrap();
    let programme = store.programme(demo_event_id(), None).unwrap();
    let night: Vec<&Warning> =
        programme.warnings.iter().filter(|w| matches!(w, Warning::ParticipantsNight { .. })).collect();
    assert_eq!(programme.warnings.len(), before.len() + night.len());
    // The afternoon, 13:30-15:30 in Geneva, is 21:30-23:30 in Tokyo; the morning (19:00-20:00 there) is not.
    let messages: Vec<String> = night.iter().map(|w| w.say(Lang::En)).collect();
    assert_eq!(
        messages,
        ["“U4SSC meeting (continued)” is 21:30–23:30 JST for the 13 registrants in Japan, France"],
        "{messages:?}"
    );
    // Said in the reader's language, the countries too.
    let french = night[0].say(Lang::Fr);
    assert!(french.contains("les 13 inscrits") && french.contains("Japon, France"), "{french}");
    let Warning::ParticipantsNight { entry, zone, registrants, .. } = night[0] else { unreachable!() };
    assert_eq!((zone.as_str(), *registrants), ("Asia/Tokyo", 13));
    assert_eq!(store.get::<Entry>(*entry).unwrap().title, "U4SSC meeting (continued)");
    assert_eq!(store.warnings(demo_event_id()).unwrap(), programme.warnings);

    // The counts are kept in the file, for the next start to read rather than count: a change the store's writes did
    // not make (nor count) goes unseen by a new handle; the next write to the registrations makes them again.
    let path = store.path().unwrap().to_path_buf();
    store.connection().execute("UPDATE registrations SET time_zone = NULL, country = 'CH'", []).unwrap();
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.warnings(demo_event_id()).unwrap(), programme.warnings, "read from the file");
    store.save_registration(&registrant(15, "CH", None, RegistrationStatus::Pending)).unwrap();
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.warnings(demo_event_id()).unwrap(), before, "counted again: everyone is in Geneva now");
}

#[test]
fn an_item_that_merged_edits_left_outside_its_block_is_a_warning_on_it() {
    let (_dir, mut store) = demo();
    let closing = store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == "Closing").unwrap();
    // A colleague's move of the item, merged with this laptop's shorter block: each valid alone (written here as a
    // sync writes, without the organiser's checks).
    let moved = Entry {
        slot: Slot {
            starts_at: closing.slot.starts_at + chrono::Duration::minutes(30),
            ends_at: closing.slot.ends_at + chrono::Duration::minutes(30),
            ..closing.slot.clone()
        },
        ..closing.clone()
    };
    store.write(|w| w.put(&moved).map(drop)).unwrap();
    let warnings = store.programme(demo_event_id(), None).unwrap().warnings;
    let outside: Vec<&Warning> = warnings.iter().filter(|w| matches!(w, Warning::OutsideBlock { .. })).collect();
    assert_eq!(outside.len(), 1, "{warnings:?}");
    assert_eq!(outside[0].say(Lang::En), "\"Closing\" is outside its block \"U4SSC meeting (continued)\"");
    let Warning::OutsideBlock { item, .. } = outside[0] else { unreachable!() };
    assert_eq!(*item, closing.id);
}

fn indexes(store: &Store) -> Vec<String> {
    let mut stmt =
        store.connection().prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

#[test]
fn indexes_set_aside_for_a_load_are_built_again_at_its_end_or_at_the_next_open() {
    let (dir, mut store) = demo();
    let all = indexes(&store);
    assert!(all.contains(&"registrations_by_email".to_string()), "{all:?}");
    store.set_indexes_aside().unwrap();
    let aside = indexes(&store);
    assert!(!aside.contains(&"registrations_by_email".to_string()), "{aside:?}");
    assert!(aside.contains(&"sqlite_autoindex_registrations_1".to_string()), "a table's key stays: {aside:?}");
    assert!(aside.contains(&"changes_by_entity".to_string()), "only the synced tables' indexes go: {aside:?}");
    // Reads and writes stay right meanwhile.
    let registration = store.registrations(demo_event_id()).unwrap().remove(0);
    store.save_registration(&Registration { organisation: "Set aside".into(), ..registration.clone() }).unwrap();
    store.build_indexes_set_aside().unwrap();
    assert_eq!(indexes(&store), all);
    let integrity: String = store.connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");

    // A load cut short (the process killed): the next open builds them.
    store.set_indexes_aside().unwrap();
    drop(store);
    let store = Store::open(&dir.path().join("ws.dais")).unwrap();
    assert_eq!(indexes(&store), all);
    let found: String = store
        .connection()
        .query_row(
            "SELECT organisation FROM registrations INDEXED BY registrations_by_email
             WHERE event_id = ?1 AND lower(email) = lower(?2)",
            [demo_event_id().to_string(), registration.email.clone()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(found, "Set aside");
}

/// Rows created one after another are logged as one entry, and read as one change each: in order, with ids that count
/// up without gaps, each acknowledged, erased or waiting on its own.
#[test]
fn rows_created_together_are_one_entry_of_the_outbox_and_one_change_each() {
    let (_dir, mut store) = demo();
    let first = store.outbox().unwrap().last().unwrap().id + 1;
    let entries_before = count(&store, "SELECT count(*) FROM outbox_created");
    let opening = store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == "Opening and welcome");
    let mut opening = opening.unwrap();
    let made: Vec<Registration> = (0..5).map(seed::bulk_registration).collect();
    store
        .write(|w| {
            w.put(&made[0])?;
            w.put(&made[1])?;
            opening.title = "Opened between two".into();
            w.put(&opening)?; // an edit between: the rows after it are another entry
            for r in &made[2..] {
                w.put(r)?;
            }
            Ok(())
        })
        .unwrap();
    let entries = count(&store, "SELECT count(*) FROM outbox_created") - entries_before;
    assert_eq!(entries, 2, "two runs of new rows");
    let outbox = store.outbox().unwrap();
    let mine: Vec<_> = outbox.iter().filter(|m| m.id >= first).collect();
    assert_eq!(mine.iter().map(|m| m.id).collect::<Vec<_>>(), (first..first + 6).collect::<Vec<_>>());
    let rows: Vec<&str> = mine.iter().map(|m| m.row_id.as_str()).collect();
    let ids: Vec<String> = made.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(rows, [&ids[0], &ids[1], &opening.id.to_string(), &ids[2], &ids[3], &ids[4]].map(String::as_str));
    assert_eq!(mine[0].changes["email"], made[0].email.as_str(), "a new row's change is its every field");
    assert_eq!(mine[0].hlc, store.clock::<Registration>(made[0].id, "email").unwrap().to_string());
    assert_eq!(mine[2].changes.keys().collect::<Vec<_>>(), ["title"]);
    assert_eq!(store.pending_count().unwrap(), outbox.len() as i64);
    assert_eq!(store.pending(3).unwrap(), outbox[..3], "the oldest, whatever their entry");

    // Erased while waiting: its change keeps its id and carries only the erasure.
    store.erase_registration(made[3].id).unwrap();
    let after_erasure = store.outbox().unwrap();
    let erased = after_erasure.iter().find(|m| m.id == first + 4).unwrap();
    assert_eq!(erased.row_id, ids[3]);
    assert_eq!(erased.changes.keys().collect::<Vec<_>>(), ["erased"]);
    assert_eq!(after_erasure.len(), outbox.len() + 1, "the erasure is a change of its own too");

    // Acknowledged up to the middle of an entry: the rest of it still waits, and nothing before.
    store.acknowledge(first + 3).unwrap();
    assert_eq!(store.acknowledged().unwrap(), first + 3);
    let left: Vec<i64> = store.outbox().unwrap().iter().map(|m| m.id).collect();
    assert_eq!(left, (first + 4..first + 4 + left.len() as i64).collect::<Vec<_>>());
    assert_eq!(store.outbox().unwrap()[1].row_id, ids[4]);
    store.acknowledge(*left.last().unwrap()).unwrap();
    assert_eq!(store.pending_count().unwrap(), 0);
    assert_eq!(count(&store, "SELECT count(*) FROM outbox_created"), 0);
}
