//! An organiser's own meetings: started blank or from a past one, archived, deleted.

use chrono::NaiveDate;
use dais_core::rules::zone::{parse_zone, zoned};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;
use tempfile::TempDir;

fn workspace() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("ws.dais")).unwrap();
    (dir, store)
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn blank(title: &str, short_title: &str, zone: &str, starts_on: &str, ends_on: &str) -> NewMeeting {
    NewMeeting {
        title: title.into(),
        short_title: short_title.into(),
        starts_on: date(starts_on),
        start: MeetingStart::Blank {
            kind: EventKind::Meeting,
            format: EventFormat::Hybrid,
            zone: zone.into(),
            ends_on: date(ends_on),
            languages: vec!["English".into(), " French ".into(), "".into()],
            registration: RegistrationRulesInput {
                mandatory: true,
                free_of_charge: true,
                opens: Some("2026-02-01T09:00".into()),
                closes: None,
                capacity: Some(120),
            },
        },
        part_of: None,
    }
}

#[test]
fn a_blank_meeting_takes_the_guided_forms_answers_and_stays_on_the_laptop() {
    let (_dir, mut store) = workspace();
    let event = store
        .create_meeting(&blank(" Tenth U4SSC meeting ", "U4SSC-10", "Europe/Zurich", "2026-03-10", "2026-03-11"))
        .unwrap();
    assert_eq!((event.title.as_str(), event.short_title.as_str()), ("Tenth U4SSC meeting", "U4SSC-10"));
    assert_eq!(event.languages, ["English", "French"], "trimmed, blanks dropped");
    assert_eq!(event.registration.capacity, Some(120));
    assert_eq!(event.registration.opens_at.unwrap().to_rfc3339(), "2026-02-01T08:00:00+00:00", "09:00 in Geneva");
    assert_eq!(event.eligible_categories, ParticipantCategory::ALL, "every category until the organiser narrows it");
    assert!(!event.archived);
    assert_eq!(store.meetings().unwrap(), std::slice::from_ref(&event));
    assert!(!store.is_shared(event.id).unwrap(), "a new meeting is local until shared");
    assert!(store.entries(event.id).unwrap().is_empty() && store.registrations(event.id).unwrap().is_empty());
}

#[test]
fn the_programme_of_a_new_meeting_offers_each_of_its_days_without_an_entry_in_that_days_zone() {
    let (_dir, mut store) = workspace();
    // Geneva goes to summer time on Sunday 29 March 2026: the meeting's days are in CET, then CEST.
    let event = store
        .create_meeting(&blank("Tenth U4SSC meeting", "U4SSC-10", "Europe/Zurich", "2026-03-28", "2026-03-30"))
        .unwrap();
    let empty = |programme: &Programme| -> Vec<(String, String, usize)> {
        programme.empty_days.iter().map(|d| (d.label.clone(), d.zone_label.clone(), d.rows.len())).collect()
    };
    let programme = store.programme(event.id, None).unwrap();
    assert!(programme.days.is_empty());
    assert_eq!(
        empty(&programme),
        [
            ("Saturday 28 March 2026".to_string(), "CET".to_string(), 0),
            ("Sunday 29 March 2026".to_string(), "CEST".to_string(), 0),
            ("Monday 30 March 2026".to_string(), "CEST".to_string(), 0),
        ]
    );

    store
        .save_entry_input(&EntryInput {
            id: None,
            event_id: event.id,
            kind: EntryKind::Block,
            block_id: None,
            linked_event_id: None,
            title: "Opening session".into(),
            description: String::new(),
            date: "2026-03-29".into(),
            start: "10:00".into(),
            end: "12:00".into(),
            place: None,
            public: true,
        })
        .unwrap();
    let programme = store.programme(event.id, Some("Asia/Tokyo")).unwrap();
    assert_eq!(programme.days.iter().map(|d| d.date.to_string()).collect::<Vec<_>>(), ["2026-03-29"]);
    let dates: Vec<_> = programme.empty_days.iter().map(|d| d.date.to_string()).collect();
    assert_eq!(dates, ["2026-03-28", "2026-03-30"], "the day with an entry is no longer empty");
    assert_eq!(programme.empty_days[0].viewer_zone_label.as_deref(), Some("JST"));

    // A last day in the wrong year offers a month, not hundreds of days.
    let long = store
        .create_meeting(&blank("Eleventh U4SSC meeting", "U4SSC-11", "Europe/Zurich", "2026-03-10", "2027-03-11"))
        .unwrap();
    assert_eq!(store.programme(long.id, None).unwrap().empty_days.len(), 31);
}

#[test]
fn a_blank_meeting_with_wrong_answers_is_refused_at_each_field_and_nothing_is_written() {
    let (_dir, mut store) = workspace();
    let Err(Error::Invalid(errors)) = store.create_meeting(&blank(" ", "", "Mars/Olympus", "2026-03-10", "2026-03-09"))
    else {
        panic!("refused")
    };
    let mut fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
    fields.sort();
    assert_eq!(fields, ["ends_on", "short_title", "title", "zone"], "{errors:?}");
    assert!(store.meetings().unwrap().is_empty());
    assert_eq!(store.pending_count().unwrap(), 0);
}

#[test]
fn a_refused_meeting_is_told_in_the_organisers_words_what_to_give() {
    let (_dir, mut store) = workspace();
    let Err(Error::Invalid(errors)) = store.create_meeting(&blank("Tenth", " ", "Geneva", "2026-03-10", "2026-03-09"))
    else {
        panic!("refused")
    };
    let said =
        |field: &str| errors.iter().find(|e| e.field == field).map(|e| e.message.say(dais_core::Lang::En)).unwrap();
    assert_eq!(said("short_title"), "give a short title, such as U4SSC-10: the sidebar and the site's lists show it");
    assert_eq!(said("zone"), "no time zone is called “Geneva”; did you mean Europe/Zurich (Geneva)?");
    assert_eq!(
        said("ends_on"),
        "the last day is before the first (Tuesday, 10 March 2026); give the same day or a later one"
    );

    // A registration time typed wrong is said as the time it is not.
    let mut wrong = blank("Tenth", "T", "Europe/Zurich", "2026-03-10", "2026-03-10");
    if let MeetingStart::Blank { registration, .. } = &mut wrong.start {
        registration.opens = Some("2026-02-01T9h".into());
    }
    let Err(Error::Invalid(errors)) = store.create_meeting(&wrong) else { panic!("refused") };
    assert_eq!(errors[0].message.say(dais_core::Lang::En), "“9h” is not a time; write it as 09:30 or 14:00 (24-hour)");
}

#[test]
fn a_meeting_from_a_past_one_takes_its_facts_and_programme_at_the_same_local_times_and_nothing_of_its_people() {
    let (_dir, mut store) = workspace();
    create_demo(&mut store).unwrap();
    let past = store.get::<Event>(demo_event_id()).unwrap();
    let opening = store.entries(past.id).unwrap().into_iter().find(|e| e.title == "Opening and welcome").unwrap();
    for (record_id, field, text) in [
        (past.id, "title", "Neuvième réunion"),
        (past.id, "audience", "Les membres de l'U4SSC"),
        (opening.id, "title", "Ouverture et bienvenue"),
    ] {
        let input = TranslationInput { record_id, field: field.into(), lang: Lang::Fr, text: text.into() };
        store.translate(&input).unwrap();
    }
    // The demo is on 31 October 2025 (CET); the new one in June, in summer time: 09:00 stays 09:00.
    let new = NewMeeting {
        title: "Tenth meeting of U4SSC".into(),
        short_title: "U4SSC-10".into(),
        starts_on: date("2026-06-30"),
        start: MeetingStart::Template { event_id: past.id },
        part_of: None,
    };
    let event = store.create_meeting(&new).unwrap();
    assert_ne!(event.id, past.id);
    assert_eq!((event.starts_on, event.ends_on), (date("2026-06-30"), date("2026-06-30")));
    assert_eq!(
        (event.zone.as_str(), event.format, &event.languages),
        (past.zone.as_str(), past.format, &past.languages)
    );
    assert_eq!((&event.contacts, &event.audience, &event.organiser), (&past.contacts, &past.audience, &past.organiser));
    assert_eq!((event.reference.as_deref(), event.website.as_deref()), (None, None), "the past meeting's own");

    let tz = parse_zone("zone", &event.zone).unwrap();
    let local = |at: chrono::DateTime<chrono::Utc>| {
        let z = zoned(at, tz);
        (z.date.to_string(), z.time)
    };
    let opens = |e: &Event| local(e.registration.opens_at.unwrap());
    assert_eq!(opens(&past), ("2025-10-15".into(), "10:00".into()));
    assert_eq!(opens(&event), ("2026-06-14".into(), "10:00".into()), "registration moves with the meeting");

    let before = store.entries(past.id).unwrap();
    let after = store.entries(event.id).unwrap();
    let copied: Vec<_> = before.iter().filter(|e| e.kind != EntryKind::SideEvent).collect();
    assert_eq!(after.len(), copied.len(), "blocks, items and breaks; not the side event");
    for (was, now) in copied.iter().zip(&after) {
        assert_ne!(was.id, now.id);
        assert_eq!((&was.title, was.kind, was.public), (&now.title, now.kind, now.public));
        let (from, to) = (local(was.slot.starts_at), local(now.slot.starts_at));
        assert_eq!((from.0.as_str(), to.0.as_str(), &from.1), ("2025-10-31", "2026-06-30", &to.1), "{}", now.title);
        assert_eq!(local(was.slot.ends_at).1, local(now.slot.ends_at).1);
        if let Some(block) = now.block_id {
            assert!(after.iter().any(|b| b.id == block && b.kind == EntryKind::Block), "an item is in the new block");
        }
    }
    assert!(store.speakers(event.id).unwrap().is_empty());
    assert!(store.participations(event.id).unwrap().is_empty());
    assert!(store.registrations(event.id).unwrap().is_empty());
    assert!(store.side_events(event.id).unwrap().is_empty());
    assert!(store.warnings(event.id).unwrap().is_empty(), "the copy keeps the programme's shape");
    // The words given in French go with what they translate, but the old meeting's title.
    let copied: Vec<(String, String)> =
        store.translations(event.id).unwrap().into_iter().map(|t| (t.field, t.text)).collect();
    assert_eq!(copied.len(), 2, "{copied:?}");
    assert!(copied.contains(&("audience".into(), "Les membres de l'U4SSC".into())));
    let new_opening = after.iter().find(|e| e.title == "Opening and welcome").unwrap();
    let (event_fr, _) = store.programme_in(event.id, Lang::Fr).unwrap();
    assert_eq!(event_fr.title, "Tenth meeting of U4SSC");
    assert_eq!(
        store.translations(event.id).unwrap().iter().find(|t| t.field == "title").unwrap().record_id,
        new_opening.id
    );
}

#[test]
fn registration_times_typed_in_the_meetings_zone_are_kept_as_instants() {
    let (_dir, mut store) = workspace();
    let event = store.create_meeting(&blank("M", "M", "Asia/Tokyo", "2026-05-10", "2026-05-10")).unwrap();
    let rules = |opens: &str, closes: &str| {
        serde_json::json!({ "registration": {
        "mandatory": true, "free_of_charge": true, "opens_at": opens, "closes_at": closes, "capacity": 50 } })
    };
    let opened = serde_json::to_value(&event).unwrap().as_object().unwrap().clone();
    let opened = [("registration".to_string(), opened["registration"].clone())].into_iter().collect();
    let changes = rules("2026-04-01T09:00", "2026-05-09T18:00").as_object().unwrap().clone();
    let saved = store.edit_event(&Edit { id: event.id, changes, opened }).unwrap();
    assert_eq!(saved.registration.opens_at.unwrap().to_rfc3339(), "2026-04-01T00:00:00+00:00", "09:00 in Tokyo");
    assert_eq!(saved.registration.closes_at.unwrap().to_rfc3339(), "2026-05-09T09:00:00+00:00");
    assert_eq!(saved.registration.capacity, Some(50));

    let opened = serde_json::json!({ "registration": saved.registration }).as_object().unwrap().clone();
    let changes = rules("2026-05-09T18:00", "2026-04-01T09:00").as_object().unwrap().clone();
    let Err(Error::Invalid(errors)) = store.edit_event(&Edit { id: event.id, changes, opened }) else { panic!() };
    assert_eq!(errors[0].field, "registration", "closing before opening: {errors:?}");
}

#[test]
fn a_deleted_meeting_takes_its_side_events_and_an_archived_one_stays_listed() {
    let (_dir, mut store) = workspace();
    create_demo(&mut store).unwrap();
    let other = store.create_meeting(&blank("Other", "O", "UTC", "2026-01-01", "2026-01-01")).unwrap();

    let opened = serde_json::json!({ "archived": false }).as_object().unwrap().clone();
    let changes = serde_json::json!({ "archived": true }).as_object().unwrap().clone();
    let archived = store.edit_event(&Edit { id: other.id, changes, opened }).unwrap();
    assert!(archived.archived);
    assert_eq!(store.meetings().unwrap().len(), 2, "archived, still there");

    store.delete_meeting(demo_event_id()).unwrap();
    assert_eq!(store.meetings().unwrap(), [archived]);
    assert!(store.side_events(demo_event_id()).unwrap().is_empty(), "its side event went with it");
    assert!(matches!(store.delete_meeting(demo_event_id()), Err(Error::NotFound { .. })), "it is gone");
}

#[test]
fn a_side_event_is_started_blank_inside_a_meeting_edited_like_one_and_deleted_alone() {
    let (_dir, mut store) = workspace();
    create_demo(&mut store).unwrap();
    let before = store.side_events(demo_event_id()).unwrap();
    let new = NewMeeting {
        part_of: Some(demo_event_id()),
        ..blank("Site visit to the smart district", "Visit", "Europe/Zurich", "2026-03-12", "2026-03-12")
    };
    let visit = store.create_meeting(&new).unwrap();
    assert_eq!(visit.parent_event_id, Some(demo_event_id()));
    assert!(store.meetings().unwrap().iter().all(|m| m.id != visit.id), "not listed among the meetings");
    assert_eq!(store.side_events(demo_event_id()).unwrap().len(), before.len() + 1);

    // Edited field by field, as a meeting is.
    let opened = serde_json::json!({ "venue": null }).as_object().unwrap().clone();
    let changes = serde_json::json!({ "venue": "Meet at the main entrance" }).as_object().unwrap().clone();
    let edited = store.edit_event(&Edit { id: visit.id, changes, opened }).unwrap();
    assert_eq!(edited.venue.as_deref(), Some("Meet at the main entrance"));

    // Refused: part of a side event, from a template, part of nothing known; nothing written.
    let of_side = NewMeeting { part_of: Some(visit.id), ..new.clone() };
    assert_eq!(store.create_meeting(&of_side).unwrap_err().body(dais_core::Lang::En).fields[0].field, "part_of");
    let templated = NewMeeting { start: MeetingStart::Template { event_id: demo_event_id() }, ..new.clone() };
    assert_eq!(store.create_meeting(&templated).unwrap_err().body(dais_core::Lang::En).fields[0].field, "template");
    let unknown = NewMeeting { part_of: Some(dais_core::new_id()), ..new.clone() };
    assert_eq!(store.create_meeting(&unknown).unwrap_err().body(dais_core::Lang::En).fields[0].field, "part_of");
    assert_eq!(store.side_events(demo_event_id()).unwrap().len(), before.len() + 1);

    // The demo's side event has an entry in the programme standing for it: deleting it would leave that entry
    // leading nowhere.
    let linked = &before[0];
    let refused = store.delete_meeting(linked.id).unwrap_err();
    assert!(refused.to_string().contains("remove that entry first"), "{refused}");

    store.delete_meeting(visit.id).unwrap();
    assert_eq!(store.side_events(demo_event_id()).unwrap(), before, "the visit alone went");
    assert_eq!(store.meetings().unwrap().len(), 1, "the meeting stays");
}
