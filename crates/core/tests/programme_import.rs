//! A programme brought in from other systems: Indico's timetable and event exports (built from the fields Indico
//! documents, its older and newer person fields), a c3voc schedule in XML (checked against the c3voc XSD with xmllint)
//! and in JSON as pretalx writes it; importing a source again changes what changed and adds nothing twice; speakers
//! matched by name and organisation; files that are not a programme refused by name.

use std::process::Command;

use dais_core::import::programme::{ProgrammeFormat, read_programme};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;
use tempfile::TempDir;

fn fresh() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    (dir, store)
}

fn at(date: &str, time: &str) -> serde_json::Value {
    serde_json::json!({ "date": date, "time": time, "tz": "Europe/Zurich" })
}

/// Indico's `/export/timetable/ID.json`: a session's block with a contribution and a break in it, a lunch and a
/// keynote outside any session, people in both of the field names Indico has used.
fn indico_timetable(welcome_title: &str) -> String {
    let day = "2026-03-02";
    serde_json::json!({
        "count": 1,
        "results": { "1234": { "20260302": {
            "s11": {
                "entryType": "Session", "id": "s11", "title": "Opening session", "slotTitle": "",
                "description": "Welcome and scene setting", "startDate": at(day, "09:00:00"), "endDate": at(day, "10:30:00"),
                "room": "Popov Room", "location": "ITU headquarters",
                "conveners": [{ "firstName": "Ana", "familyName": "Ribeiro", "affiliation": "Anatel" }],
                "entries": {
                    "c21": {
                        "entryType": "Contribution", "id": "c21", "title": welcome_title, "description": "",
                        "startDate": at(day, "09:00:00"), "endDate": at(day, "09:15:00"), "room": "Popov Room",
                        "presenters": [{ "firstName": "Doreen", "familyName": "Bogdan-Martin", "affiliation": "ITU" }]
                    },
                    "b5": { "entryType": "Break", "title": "Coffee", "startDate": at(day, "10:15:00"), "endDate": at(day, "10:30:00") }
                }
            },
            "b6": { "entryType": "Break", "title": "Lunch", "startDate": at(day, "12:30:00"), "endDate": at(day, "14:00:00") },
            "c30": {
                "entryType": "Contribution", "title": "Keynote: cities that count", "startDate": at(day, "14:00:00"),
                "endDate": at(day, "14:30:00"), "room": "Popov Room",
                "presenters": [{ "first_name": "Kofi", "last_name": "Mensah", "affiliation": "NCA" }]
            }
        }}}
    })
    .to_string()
}

fn titled(store: &Store, title: &str) -> Entry {
    let entries: Vec<Entry> = store.list("event_id = ?1", &[&demo_event_id().to_string()]).unwrap();
    entries.into_iter().find(|e| e.title == title).unwrap_or_else(|| panic!("no entry {title}"))
}

#[test]
fn indicos_timetable_becomes_blocks_items_and_breaks_with_their_people_and_comes_again_without_copies() {
    let (_dir, mut store) = fresh();
    // A speaker the meeting has already: the keynote's, by name and organisation.
    let kofi = Speaker {
        given_name: "Kofi".into(),
        family_name: "Mensah".into(),
        organisation: Some("NCA".into()),
        ..Speaker::blank(demo_event_id())
    };
    store.save_speaker(&kofi).unwrap();
    let source = read_programme("timetable.json", indico_timetable("Welcome").as_bytes()).unwrap();
    assert_eq!(source.format, ProgrammeFormat::IndicoTimetable);
    let preview = store.preview_programme_import(demo_event_id(), &source).unwrap();
    assert_eq!((preview.added.len(), preview.changed.len(), preview.unchanged), (5, 0, 0));
    assert_eq!(preview.new_speakers, ["Ana Ribeiro", "Doreen Bogdan-Martin"]);
    assert_eq!(preview.known_speakers, 1);

    let speakers_before = store.speakers(demo_event_id()).unwrap().len();
    store.undoable(|s| s.import_programme(demo_event_id(), &source)).unwrap();
    let session = titled(&store, "Opening session");
    assert_eq!((session.kind, session.slot.place.as_deref()), (EntryKind::Block, Some("Popov Room")));
    assert_eq!(session.slot.starts_at.to_rfc3339(), "2026-03-02T08:00:00+00:00", "09:00 in Geneva");
    let welcome = titled(&store, "Welcome");
    assert_eq!((welcome.kind, welcome.block_id), (EntryKind::Item, Some(session.id)));
    assert_eq!(titled(&store, "Coffee").kind, EntryKind::Item, "a break inside a session is one of its items");
    assert_eq!(titled(&store, "Lunch").kind, EntryKind::Break);
    assert_eq!(titled(&store, "Keynote: cities that count").kind, EntryKind::Block, "a contribution on its own");
    let roles = store.participations(demo_event_id()).unwrap();
    let speakers = store.speakers(demo_event_id()).unwrap();
    assert_eq!(speakers.len(), speakers_before + 2, "Kofi Mensah is the one the meeting had");
    let role_of = |entry: &Entry| {
        roles
            .iter()
            .filter(|r| r.entry_id == entry.id)
            .map(|r| {
                let s = speakers.iter().find(|s| s.id == r.speaker_id).unwrap();
                (s.display_name(), r.role)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(role_of(&session), [("Ana Ribeiro".to_string(), Role::Chair)], "a convener chairs");
    assert_eq!(role_of(&titled(&store, "Keynote: cities that count")), [("Kofi Mensah".to_string(), Role::Speaker)]);

    // A rapporteur the organiser adds by hand to the session stays through the next import.
    let rapporteur =
        Speaker { given_name: "Tomasz".into(), family_name: "Nowak".into(), ..Speaker::blank(demo_event_id()) };
    store.save_speaker(&rapporteur).unwrap();
    let by_hand = Participation {
        id: new_id(),
        event_id: demo_event_id(),
        entry_id: session.id,
        speaker_id: rapporteur.id,
        role: Role::Rapporteur,
    };
    store.save_participation(&by_hand).unwrap();

    // The same source, its welcome renamed: one change, nothing added.
    let again = read_programme("timetable.json", indico_timetable("Welcome address").as_bytes()).unwrap();
    let preview = store.preview_programme_import(demo_event_id(), &again).unwrap();
    assert_eq!((preview.added.len(), preview.changed.len(), preview.unchanged), (0, 1, 4));
    assert_eq!(preview.changed[0].changes, ["title"]);
    let count = |store: &Store| store.list::<Entry>("event_id = ?1", &[&demo_event_id().to_string()]).unwrap().len();
    let before = count(&store);
    store.undoable(|s| s.import_programme(demo_event_id(), &again)).unwrap();
    assert_eq!(count(&store), before, "nothing added twice");
    assert_eq!(titled(&store, "Welcome address").id, welcome.id);
    assert_eq!(store.speakers(demo_event_id()).unwrap().len(), speakers_before + 3, "and the rapporteur");
    assert!(store.participations(demo_event_id()).unwrap().contains(&by_hand), "a role given by hand stays");

    store.undo(demo_event_id()).unwrap();
    assert_eq!(titled(&store, "Welcome").id, welcome.id, "the second import undone");
    store.undo(demo_event_id()).unwrap();
    assert_eq!(count(&store), before - 5, "the first import undone as one step");
}

#[test]
fn indicos_event_export_gives_its_sessions_as_blocks_in_the_older_and_newer_person_fields() {
    let (_dir, mut store) = fresh();
    let day = "2026-03-03";
    let export = serde_json::json!({
        "count": 1,
        "results": [{
            "id": "1234", "title": "Ninth U4SSC meeting", "timezone": "Europe/Zurich",
            "contributions": [
                {
                    "id": "7", "db_id": 70, "title": "Smart city indicators", "startDate": at(day, "09:00:00"),
                    "endDate": at(day, "09:30:00"), "room": "Room K", "session": "Thematic group reports",
                    "speakers": [{ "first_name": "Li", "last_name": "Na", "affiliation": "CAICT", "fullName": "Li Na" }]
                },
                {
                    "id": "8", "db_id": 80, "title": "Digital twins", "start_dt": "2026-03-03T09:30:00+01:00",
                    "startDate": at(day, "09:30:00"), "endDate": at(day, "10:00:00"),
                    "session": { "title": "Thematic group reports" },
                    "persons": [
                        { "first_name": "Marta", "last_name": "Silva", "affiliation": "Lisbon", "is_speaker": true },
                        { "first_name": "Author", "last_name": "Only", "is_speaker": false }
                    ]
                },
                { "id": "9", "title": "Not scheduled yet", "startDate": null, "endDate": null }
            ]
        }]
    })
    .to_string();
    let source = read_programme("event.json", export.as_bytes()).unwrap();
    assert_eq!((source.format, source.title.as_deref()), (ProgrammeFormat::IndicoEvent, Some("Ninth U4SSC meeting")));
    store.import_programme(demo_event_id(), &source).unwrap();
    let session = titled(&store, "Thematic group reports");
    assert_eq!(session.kind, EntryKind::Block);
    assert_eq!(session.slot.ends_at.to_rfc3339(), "2026-03-03T09:00:00+00:00", "it spans its contributions");
    assert_eq!(titled(&store, "Digital twins").block_id, Some(session.id));
    let names: Vec<String> = store.speakers(demo_event_id()).unwrap().iter().map(Speaker::display_name).collect();
    assert!(names.contains(&"Marta Silva".to_string()) && names.contains(&"Li Na".to_string()), "{names:?}");
    assert!(!names.contains(&"Author Only".to_string()), "an author who does not speak is not a speaker");
}

/// A c3voc schedule as pretalx writes it: two events in two rooms.
const SCHEDULE_XML: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <generator name="pretalx" version="2024.3.0"/>
  <version>1.0</version>
  <conference>
    <title>Ninth U4SSC meeting</title>
    <acronym>u4ssc-9</acronym>
    <start>2026-03-02</start>
    <end>2026-03-03</end>
    <days>2</days>
    <timeslot_duration>00:05</timeslot_duration>
    <time_zone_name>Europe/Zurich</time_zone_name>
  </conference>
  <day index="1" date="2026-03-02" start="2026-03-02T04:00:00+01:00" end="2026-03-03T03:59:00+01:00">
    <room name="Popov Room">
      <event guid="6b1c7cbd-7d6e-5e1c-9d1a-1a2b3c4d5e6f" id="101">
        <room>Popov Room</room>
        <title>Data for liveable cities</title>
        <subtitle>A panel</subtitle>
        <type>Panel</type>
        <date>2026-03-02T11:00:00+01:00</date>
        <start>11:00</start>
        <duration>01:15</duration>
        <abstract>How cities measure what matters.</abstract>
        <slug>u4ssc-9-101-data-for-liveable-cities</slug>
        <track>Cities</track>
        <persons>
          <person id="1">Ana Ribeiro</person>
          <person id="2">Kofi Mensah</person>
        </persons>
        <language>en</language>
      </event>
    </room>
    <room name="Room K">
      <event guid="0f0e0d0c-0b0a-5909-8807-060504030201" id="102">
        <room>Room K</room>
        <title>Field visit briefing</title>
        <type>Talk</type>
        <date>2026-03-02T14:00:00+01:00</date>
        <start>14:00</start>
        <duration>0:30</duration>
        <abstract></abstract>
        <track>Cities</track>
      </event>
    </room>
  </day>
</schedule>
"#;

#[test]
fn a_c3voc_schedule_in_xml_that_the_xsd_validates_and_in_json_as_pretalx_writes_it() {
    let (dir, mut store) = fresh();
    let file = dir.path().join("schedule.xml");
    std::fs::write(&file, SCHEDULE_XML).unwrap();
    let xsd = concat!(env!("CARGO_MANIFEST_DIR"), "/../site/tests/fixtures/c3voc-schedule.xsd");
    let valid = Command::new("xmllint").args(["--noout", "--schema", xsd]).arg(&file).output().expect("xmllint");
    assert!(
        valid.status.success(),
        "the fixture is a valid c3voc schedule: {}",
        String::from_utf8_lossy(&valid.stderr)
    );

    let source = read_programme("schedule.xml", SCHEDULE_XML.as_bytes()).unwrap();
    assert_eq!(source.format, ProgrammeFormat::ScheduleXml);
    store.import_programme(demo_event_id(), &source).unwrap();
    let panel = titled(&store, "Data for liveable cities: A panel");
    assert_eq!(panel.slot.starts_at.to_rfc3339(), "2026-03-02T10:00:00+00:00");
    assert_eq!(panel.slot.ends_at.to_rfc3339(), "2026-03-02T11:15:00+00:00", "1:15 long");
    assert_eq!(panel.slot.place.as_deref(), Some("Popov Room"));
    assert_eq!(store.participations(demo_event_id()).unwrap().iter().filter(|p| p.entry_id == panel.id).count(), 2);

    let json = serde_json::json!({ "schedule": { "version": "1.0", "conference": {
        "acronym": "u4ssc-9", "title": "Ninth U4SSC meeting", "time_zone_name": "Europe/Zurich",
        "days": [{ "index": 1, "date": "2026-03-03", "rooms": { "Popov Room": [{
            "guid": "1d2c3b4a-0000-5000-8000-000000000003", "id": 103, "date": "2026-03-03T09:00:00+01:00",
            "start": "09:00", "duration": "00:45", "room": "Popov Room", "title": "Wrap-up", "abstract": "",
            "persons": [{ "code": "ABCD12", "name": "Marta Silva" }]
        }]}}]
    }}});
    let source = read_programme("schedule.json", json.to_string().as_bytes()).unwrap();
    assert_eq!(source.format, ProgrammeFormat::ScheduleJson);
    store.import_programme(demo_event_id(), &source).unwrap();
    assert_eq!(titled(&store, "Wrap-up").slot.ends_at.to_rfc3339(), "2026-03-03T08:45:00+00:00");
}

#[test]
fn a_file_that_is_not_a_programme_is_refused_by_name() {
    let said = |name: &str, bytes: &[u8]| read_programme(name, bytes).unwrap_err().say(Lang::En);
    assert_eq!(
        said("notes.txt", b"Agenda: coffee at ten"),
        "notes.txt cannot be read: it is neither an Indico export (timetable or event) nor a c3voc schedule (frab, pretalx)"
    );
    assert!(
        said("cut.json", b"{\"count\": 1, \"results\": [")
            .starts_with("cut.json cannot be read: its JSON is malformed")
    );
    assert!(said("cut.xml", b"<schedule><day>").starts_with("cut.xml cannot be read: its XML is malformed"));
    let no_date = SCHEDULE_XML.replace("<date>2026-03-02T14:00:00+01:00</date>", "<date>tomorrow</date>");
    assert_eq!(
        said("schedule.xml", no_date.as_bytes()),
        "schedule.xml cannot be read: “tomorrow” is not a time Dais reads"
    );
}

/// Each entry as a reader compares two programmes: kind, title, times, place, its block's title, its people's names
/// and roles.
fn programme_of(store: &Store, meeting: uuid::Uuid) -> Vec<String> {
    let entries: Vec<Entry> = store.list("event_id = ?1", &[&meeting.to_string()]).unwrap();
    let speakers = store.speakers(meeting).unwrap();
    let roles = store.participations(meeting).unwrap();
    let mut lines: Vec<String> = entries
        .iter()
        .filter(|e| e.kind != EntryKind::SideEvent)
        .map(|e| {
            let block = e.block_id.and_then(|b| entries.iter().find(|x| x.id == b)).map(|b| b.title.clone());
            let mut people: Vec<String> = roles
                .iter()
                .filter(|r| r.entry_id == e.id)
                .map(|r| {
                    let s = speakers.iter().find(|s| s.id == r.speaker_id).unwrap();
                    format!("{} ({:?}, {})", s.display_name(), r.role, s.bio)
                })
                .collect();
            people.sort();
            format!(
                "{:?} {} {} {} {:?} {:?} {:?} public={}",
                e.kind, e.title, e.slot.starts_at, e.slot.ends_at, e.slot.place, block, people, e.public
            )
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn daiss_own_export_comes_back_as_the_same_programme_into_its_meeting_and_into_another() {
    let (dir, store) = fresh();
    let export = serde_json::to_string(&store.export(demo_event_id()).unwrap()).unwrap();
    let source = read_programme("u4ssc-9.json", export.as_bytes()).unwrap();
    assert_eq!(source.format, ProgrammeFormat::Dais);
    let home = store.preview_programme_import(demo_event_id(), &source).unwrap();
    assert_eq!((home.added.len(), home.changed.len()), (0, 0), "into its own meeting: the same rows");
    assert!(home.unchanged > 5 && home.new_speakers.is_empty(), "{home:?}");

    let mut other = Store::open(&dir.path().join("other.dais")).unwrap();
    let meeting = other
        .create_meeting(&NewMeeting {
            title: "Tenth U4SSC meeting".into(),
            short_title: "U4SSC-10".into(),
            starts_on: "2026-10-30".parse().unwrap(),
            start: MeetingStart::Blank {
                kind: EventKind::Meeting,
                format: EventFormat::Hybrid,
                zone: "Europe/Zurich".into(),
                ends_on: "2026-10-31".parse().unwrap(),
                languages: vec!["en".into()],
                registration: Default::default(),
            },
            part_of: None,
        })
        .unwrap();
    other.undoable(|s| s.import_programme(meeting.id, &source)).unwrap();
    assert_eq!(programme_of(&other, meeting.id), programme_of(&store, demo_event_id()), "the same programme");
    let again = other.preview_programme_import(meeting.id, &source).unwrap();
    assert_eq!((again.added.len(), again.changed.len(), again.unchanged), (0, 0, home.unchanged), "and once only");
}

#[test]
fn a_schedule_that_fails_the_c3voc_schema_or_an_indico_export_of_another_shape_is_refused_naming_what_is_wrong() {
    let said = |name: &str, bytes: &[u8]| read_programme(name, bytes).unwrap_err().say(Lang::En);
    let no_duration = SCHEDULE_XML.replace("<duration>0:30</duration>", "<duration>half an hour</duration>");
    assert_eq!(
        said("schedule.xml", no_duration.as_bytes()),
        "schedule.xml cannot be read: “half an hour” is not a duration such as 1:30"
    );
    let other = serde_json::json!({ "count": 1, "results": { "1": { "20260302": { "x1": {
        "entryType": "Poster", "title": "A poster", "startDate": at("2026-03-02", "09:00:00"), "endDate": at("2026-03-02", "10:00:00")
    }}}}});
    assert_eq!(
        said("timetable.json", other.to_string().as_bytes()),
        "timetable.json cannot be read: it has an entry of a kind Dais does not know: Poster"
    );
    let no_zone = serde_json::json!({ "count": 1, "results": { "1": { "20260302": { "b1": {
        "entryType": "Break", "title": "Lunch", "startDate": { "date": "2026-03-02", "time": "12:00:00" }, "endDate": at("2026-03-02", "13:00:00")
    }}}}});
    assert!(said("timetable.json", no_zone.to_string().as_bytes()).contains("is not a time Dais reads"));
}
