//! The timetable's moves, and undo and redo of the organiser's edits: each a new edit that syncs, never reverting a
//! colleague's later edit unseen.

use dais_core::seed::{create_demo, demo_event_id};
use dais_core::undo::{StepLabel, UndoState};
use dais_core::*;
use tempfile::TempDir;
use uuid::Uuid;

fn demo() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    store.share(demo_event_id()).unwrap();
    (dir, store)
}

fn entry(store: &Store, title: &str) -> Entry {
    store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == title).unwrap()
}

/// `HH:MM–HH:MM` in the meeting's zone, as the programme shows it.
fn times(store: &Store, title: &str) -> String {
    let programme = store.programme(demo_event_id(), None).unwrap();
    let row = programme.days.iter().flat_map(|d| &d.rows).find(|r| r.entry.title == title).unwrap();
    format!("{}–{}", row.times.start.time, row.times.end.time)
}

fn moved(ids: Vec<Uuid>, start_minutes: i64, end_minutes: i64) -> Reschedule {
    Reschedule { ids, start_minutes, end_minutes }
}

fn undo_state(store: &Store) -> UndoState {
    store.undo_state(demo_event_id()).unwrap()
}

/// A step's label as the organiser reads it, in English.
fn said(label: Option<StepLabel>) -> Option<String> {
    said_in(label, Lang::En)
}

fn said_in(label: Option<StepLabel>, lang: Lang) -> Option<String> {
    label.map(|l| l.say(lang))
}

#[test]
fn a_block_moved_on_the_timetable_takes_its_items_and_a_resize_moves_one_end() {
    let (_dir, mut store) = demo();
    let block = entry(&store, "U4SSC meeting (continued)");
    let moved_entries = store.reschedule(&moved(vec![block.id], 30, 30)).unwrap();
    assert_eq!(moved_entries.len(), 5, "the block and its four items");
    assert_eq!(times(&store, "U4SSC meeting (continued)"), "14:00–16:00");
    assert_eq!(times(&store, "Closing"), "15:50–16:00");

    store.reschedule(&moved(vec![entry(&store, "Closing").id], 0, -5)).unwrap();
    assert_eq!(times(&store, "Closing"), "15:50–15:55");

    // An item dragged out of its block is refused, and nothing moves.
    let err = store.reschedule(&moved(vec![entry(&store, "Closing").id], 60, 60)).unwrap_err();
    assert_eq!(err.code(), "invalid", "{err}");
    assert_eq!(times(&store, "Closing"), "15:50–15:55");
    // So is an end dragged to the start or before.
    let err = store.reschedule(&moved(vec![entry(&store, "Closing").id], 0, -5)).unwrap_err();
    assert!(err.to_string().contains("must end after it starts"), "{err}");
}

#[test]
fn undo_lays_the_earlier_times_back_as_a_new_edit_and_redo_makes_the_move_again() {
    let (_dir, mut store) = demo();
    assert_eq!(undo_state(&store), UndoState { undo: None, redo: None });
    let block = entry(&store, "U4SSC meeting (continued)");
    store.undoable(|s| s.reschedule(&moved(vec![block.id], 30, 30))).unwrap();
    let state = undo_state(&store);
    assert_eq!(said(state.undo), Some("Move block “U4SSC meeting (continued)” and 4 more".into()));
    assert_eq!(state.redo, None);
    let sent = store.pending_count().unwrap();

    let undone = store.undo(demo_event_id()).unwrap();
    assert_eq!(said(undone.clone()).as_deref(), Some("Move block “U4SSC meeting (continued)” and 4 more"));
    // Said in the reader's language.
    assert_eq!(
        said_in(undone, Lang::Fr).as_deref(),
        Some("Déplacement : séance « U4SSC meeting (continued) » et 4 autres")
    );
    assert_eq!(times(&store, "U4SSC meeting (continued)"), "13:30–15:30");
    assert_eq!(times(&store, "Closing"), "15:20–15:30");
    // The undo is an edit of its own, waiting to be sent like any other: five rows changed again.
    assert_eq!(store.pending_count().unwrap(), sent + 5);
    assert_eq!(undo_state(&store).undo, None);
    assert!(undo_state(&store).redo.is_some());

    store.redo(demo_event_id()).unwrap();
    assert_eq!(times(&store, "Closing"), "15:50–16:00");
    assert_eq!(undo_state(&store).redo, None);
    // Nothing more to redo; and an undo again.
    assert_eq!(store.redo(demo_event_id()).unwrap(), None);
    store.undo(demo_event_id()).unwrap();
    assert_eq!(times(&store, "Closing"), "15:20–15:30");
}

#[test]
fn every_kind_of_edit_is_undone_in_turn_newest_first() {
    let (_dir, mut store) = demo();
    let event = demo_event_id();
    let before_titles: Vec<String> = store.entries(event).unwrap().into_iter().map(|e| e.title).collect();
    let opening = entry(&store, "Opening and welcome");

    // An edit from a form, a new entry, a deleted block with its items and roles, a speaker's edit.
    let edit = Edit::between(
        opening.id,
        &serde_json::json!({"title": "Opening and welcome"}),
        &serde_json::json!({"title": "Welcome"}),
    )
    .unwrap();
    store.undoable(|s| s.edit_entry(&edit)).unwrap();
    let added = store
        .undoable(|s| {
            s.save_entry_input(&EntryInput {
                id: None,
                event_id: event,
                kind: EntryKind::Break,
                block_id: None,
                linked_event_id: None,
                title: "Coffee".into(),
                description: String::new(),
                date: "2025-10-31".into(),
                start: "14:30".into(),
                end: "14:45".into(),
                place: None,
                public: true,
            })
        })
        .unwrap();
    let block = entry(&store, "U4SSC meeting (continued)");
    let roles_before = store.participations(event).unwrap().len();
    store.undoable(|s| s.delete_entry(block.id)).unwrap();
    assert!(store.participations(event).unwrap().len() < roles_before);
    assert_eq!(said(undo_state(&store).undo).as_deref(), Some("Delete block “U4SSC meeting (continued)” and 4 more"));
    let speaker = store.speakers(event).unwrap().remove(0);
    let renamed = Speaker { position: Some("Mayor".into()), ..speaker.clone() };
    store.undoable(|s| s.edit_speaker(&Edit::between(speaker.id, &speaker, &renamed).unwrap())).unwrap();
    assert_eq!(said(undo_state(&store).undo), Some(format!("Edit speaker “{}”", speaker.display_name())));

    store.undo(event).unwrap();
    assert_eq!(store.speakers(event).unwrap()[0], speaker);
    store.undo(event).unwrap();
    assert_eq!(store.participations(event).unwrap().len(), roles_before, "the roles came back with the block");
    assert_eq!(times(&store, "Closing"), "15:20–15:30");
    assert_eq!(said(undo_state(&store).undo).as_deref(), Some("Add break “Coffee”"));
    store.undo(event).unwrap();
    assert!(store.entries(event).unwrap().iter().all(|e| e.id != added.id));
    store.undo(event).unwrap();
    let titles: Vec<String> = store.entries(event).unwrap().into_iter().map(|e| e.title).collect();
    assert_eq!(titles, before_titles);
    assert_eq!(store.undo(event).unwrap(), None, "nothing more to undo");

    // Redo goes forward in the same order; a new edit drops what is left to redo.
    store.redo(event).unwrap();
    assert_eq!(entry(&store, "Welcome").id, opening.id);
    store.undoable(|s| s.reschedule(&moved(vec![opening.id], 0, -5))).unwrap();
    assert_eq!(undo_state(&store).redo, None);
}

#[test]
fn an_edit_a_colleague_changed_since_is_not_undone_and_leaves_the_list() {
    let (_dir, mut store) = demo();
    let event = demo_event_id();
    let opening = entry(&store, "Opening and welcome");
    let closing = entry(&store, "Closing");
    store.undoable(|s| s.reschedule(&moved(vec![closing.id], 0, -5))).unwrap();
    store.undoable(|s| s.reschedule(&moved(vec![opening.id], 0, -5))).unwrap();
    // A colleague's edit of the same entry arrives (a write that is not this organiser's edit).
    let theirs =
        Entry { slot: Slot { place: Some("Room K".into()), ..entry(&store, "Opening and welcome").slot }, ..opening };
    store.save_entry(&theirs).unwrap();

    let err = store.undo(event).unwrap_err();
    assert_eq!(err.code(), "not_undone");
    assert!(err.to_string().contains("“Opening and welcome” was changed since, by someone else"), "{err}");
    assert_eq!(entry(&store, "Opening and welcome"), theirs, "their edit stays");
    // The next undo is the one before.
    assert_eq!(said(undo_state(&store).undo).as_deref(), Some("Move item “Closing”"));
    store.undo(event).unwrap();
    assert_eq!(times(&store, "Closing"), "15:20–15:30");
}

#[test]
fn each_meeting_has_its_own_steps_and_other_writes_keep_none() {
    let (_dir, mut store) = demo();
    let closing = entry(&store, "Closing");
    store.reschedule(&moved(vec![closing.id], 0, -5)).unwrap();
    assert_eq!(undo_state(&store), UndoState { undo: None, redo: None }, "a write outside `undoable` is no step");
    store.undoable(|s| s.reschedule(&moved(vec![closing.id], 0, 5))).unwrap();
    assert!(undo_state(&store).undo.is_some());
    let another_meeting = Uuid::from_u128(42);
    assert_eq!(store.undo_state(another_meeting).unwrap(), UndoState { undo: None, redo: None });
    assert_eq!(store.undo(another_meeting).unwrap(), None);
}

#[test]
fn an_edit_of_very_many_rows_is_not_kept_as_a_step() {
    let (_dir, mut store) = demo();
    dais_core::seed::add_bulk_registrations(&mut store, 6_000).unwrap();
    let closing = entry(&store, "Closing");
    store.undoable(|s| s.reschedule(&moved(vec![closing.id], 0, -5))).unwrap();
    let ids = store.registrations(demo_event_id()).unwrap().into_iter().map(|r| r.id).collect();
    let input = dais_core::registrations::DecisionInput { ids, status: RegistrationStatus::Approved, reason: None };
    store.undoable(|s| s.decide(&input, "Organiser", chrono::Utc::now())).unwrap();
    // The decision on 6,000 is not a step: Undo takes back the move before it.
    assert_eq!(said(undo_state(&store).undo).as_deref(), Some("Move item “Closing”"));
    let steps: i64 = store.connection().query_row("SELECT count(*) FROM undo_steps", [], |r| r.get(0)).unwrap();
    assert_eq!(steps, 1);
}

#[test]
fn a_step_kept_before_the_languages_is_said_in_the_english_it_was_kept_in() {
    let (_dir, mut store) = demo();
    let closing = entry(&store, "Closing");
    store.undoable(|s| s.reschedule(&moved(vec![closing.id], 0, -5))).unwrap();
    store.connection().execute("UPDATE undo_steps SET label = 'Move item “Closing”'", []).unwrap();
    assert_eq!(undo_state(&store).undo, Some(StepLabel::Said("Move item “Closing”".into())));
    assert_eq!(said_in(store.undo(demo_event_id()).unwrap(), Lang::Ru).as_deref(), Some("Move item “Closing”"));
    assert_eq!(times(&store, "Closing"), "15:20–15:30", "and it is undone as any other");
}
