//! The benchmarks' large programme: 500 entries of the demo meeting, as 50 sessions of 9 items in five rooms.

use dais_core::seed::demo_event_id;
use dais_core::*;

/// Entries of the large programme: 50 sessions of 9 items each.
pub const PROGRAMME: usize = 500;

/// 50 public sessions of 9 items in five rooms, with the demo meeting's entries: saved in one transaction.
pub fn big_programme(store: &mut Store) -> Vec<Entry> {
    let day = store.get::<Event>(demo_event_id()).unwrap().starts_on.and_hms_opt(7, 0, 0).unwrap().and_utc();
    let mut entries = Vec::new();
    for session in 0..PROGRAMME / 10 {
        let starts_at = day + chrono::Duration::hours(i64::try_from(session / 5).unwrap());
        let place = Some(format!("Room {}", session % 5 + 1));
        let block = Entry {
            id: new_id(),
            event_id: demo_event_id(),
            kind: EntryKind::Block,
            block_id: None,
            linked_event_id: None,
            title: format!("Session {session}"),
            description: "A session of the benchmark's programme.".into(),
            slot: Slot { starts_at, ends_at: starts_at + chrono::Duration::hours(1), place: place.clone() },
            public: true,
        };
        entries.push(block.clone());
        for item in 0..9 {
            let starts_at = starts_at + chrono::Duration::minutes(6 * item);
            entries.push(Entry {
                id: new_id(),
                kind: EntryKind::Item,
                block_id: Some(block.id),
                title: format!("Item {item} of session {session}"),
                description: "Presentation and discussion.".into(),
                slot: Slot { starts_at, ends_at: starts_at + chrono::Duration::minutes(6), place: place.clone() },
                ..block.clone()
            });
        }
    }
    store
        .write(|w| {
            for entry in &entries {
                programme::save_entry(w, entry)?;
            }
            Ok(())
        })
        .unwrap();
    entries
}
