//! A meeting's focal points: kept by the organisers, one per country and category, and the one who approves a
//! request found by its country and category.

use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;
use tempfile::TempDir;

fn input(country: &str, category: Option<ParticipantCategory>, name: &str, email: &str) -> FocalPointInput {
    FocalPointInput {
        id: None,
        event_id: demo_event_id(),
        country: country.into(),
        category,
        name: name.into(),
        email: email.into(),
    }
}

#[test]
fn focal_points_are_kept_one_per_country_and_category_and_each_request_finds_its_own() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    let admin = Some(ParticipantCategory::MemberStateAdministration);
    let ofcom = store.save_focal_point(&input(" ch ", admin, " Anna Keller ", "anna.keller@bakom.admin.ch")).unwrap();
    assert_eq!((ofcom.country.as_str(), ofcom.name.as_str()), ("CH", "Anna Keller"));
    let any = store.save_focal_point(&input("CH", None, "Bruno Meier", "bruno.meier@example.ch")).unwrap();

    // Refused at the field: a second one for the same country and category; a bad address or country.
    let second = store.save_focal_point(&input("CH", admin, "Someone", "someone@example.ch")).unwrap_err();
    assert_eq!(second.body(dais_core::Lang::En).fields[0].field, "category");
    let bad = store.save_focal_point(&input("XX", None, "", "not-an-address")).unwrap_err();
    let mut fields: Vec<String> = bad.body(dais_core::Lang::En).fields.into_iter().map(|f| f.field).collect();
    fields.sort();
    assert_eq!(fields, ["country", "email", "name"]);
    assert_eq!(store.focal_points(demo_event_id()).unwrap(), [ofcom.clone(), any.clone()]);

    // A request finds the focal point of its category first, else the country's.
    let mut request = store.registrations(demo_event_id()).unwrap().remove(0);
    request.country = "CH".into();
    request.category = ParticipantCategory::MemberStateAdministration;
    assert_eq!(store.focal_point_for(&request).unwrap(), Some(ofcom.clone()));
    request.category = ParticipantCategory::Academia;
    assert_eq!(store.focal_point_for(&request).unwrap(), Some(any.clone()));
    request.country = "FR".into();
    assert_eq!(store.focal_point_for(&request).unwrap(), None, "the organisers decide");

    // Changed, removed; and taken to a meeting started from this one.
    let changed =
        store.save_focal_point(&FocalPointInput { id: Some(any.id), ..input("CH", None, "Bruno Meier", "b@x.ch") });
    assert_eq!(changed.unwrap().email, "b@x.ch");
    store.delete_focal_point(ofcom.id).unwrap();
    assert_eq!(store.focal_points(demo_event_id()).unwrap().len(), 1);
    let next = store
        .create_meeting(&NewMeeting {
            title: "Tenth".into(),
            short_title: "U4SSC-10".into(),
            starts_on: "2026-10-30".parse().unwrap(),
            start: MeetingStart::Template { event_id: demo_event_id() },
            part_of: None,
        })
        .unwrap();
    let copied = store.focal_points(next.id).unwrap();
    assert_eq!(copied.len(), 1);
    assert_eq!((copied[0].name.as_str(), copied[0].event_id), ("Bruno Meier", next.id));
    assert_ne!(copied[0].id, any.id);
}
