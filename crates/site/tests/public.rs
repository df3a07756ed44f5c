//! The public side of the event site through real HTTP: the real router on 127.0.0.1 over a SQLite file holding the
//! demo meeting (U4SSC-9, TSB Circular 81). Pages, feeds, the JSON API, the registration form and its protections,
//! and a scan of every public route for private data.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use dais_core::seed::demo_event_id;
use dais_core::{Entry, EntryKind, Event, Registration, RegistrationSource, RegistrationStatus, Slot, Speaker};
use reqwest::StatusCode;
use reqwest::blocking::Response;
use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION, RETRY_AFTER, SET_COOKIE};
use serde_json::Value;
use uuid::Uuid;

use crate::public_site::{
    FormSession, PublicSite, Site, add_private_data, event_path, hidden_token, open_registration, publish_all,
    register_path, register_privately_and_tell_secrets, valid_answers,
};

fn demo_id(n: u128) -> Uuid {
    Uuid::from_u128(0x019a_3a00_0000_7000_8000_0000_0000_0000 | n)
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// A public entry of the demo meeting, after its programme (16:00-16:30 CET).
fn extra_entry(title: &str, description: &str) -> Entry {
    Entry {
        id: dais_core::new_id(),
        event_id: demo_event_id(),
        kind: EntryKind::Block,
        block_id: None,
        linked_event_id: None,
        title: title.into(),
        description: description.into(),
        slot: Slot { starts_at: at("2025-10-31T15:00:00Z"), ends_at: at("2025-10-31T15:30:00Z"), place: None },
        public: true,
    }
}

fn json(response: Response) -> Value {
    response.json().unwrap()
}

/// The public entries of the demo, from the JSON API.
fn public_entry_titles(site: &Site) -> Vec<String> {
    let api = json(site.get(&format!("/api/v1/events/{}/programme", demo_event_id())));
    api["programme"]["days"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entries"].as_array().unwrap())
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_pages_show_the_letters_facts_and_the_programme() {
    let site = Site::start(|_| {});

    let root = site.get("/");
    assert_eq!(root.status(), StatusCode::SEE_OTHER, "one meeting: / leads to its home");
    assert_eq!(root.headers()[LOCATION], event_path("").as_str());

    let home = site.page(&event_path(""));
    for fact in [
        "<html lang=\"en\" dir=\"ltr\">",
        "href=\"#main\"",
        "Ninth meeting of the &#34;United for Smart Sustainable Cities&#34; initiative (U4SSC)",
        "Friday, 31 October 2025",
        "11:00 - 15:30 CET (Europe/Zurich)",
        "Virtual (online only)",
        "TSB Circular 81, 15 October 2025",
        "English",
        "Registration is mandatory.",
        "Participation is free of charge.",
        "ITU-T Sector Member",
        "State of Palestine (Resolution 99)",
        "u4ssc@itu.int",
        "+41 22 730 6301",
        "/events/019a3a00-0000-7000-8000-000000000002",
        "Registration is closed",
    ] {
        assert!(home.contains(fact), "the home page shows {fact:?}");
    }

    let programme = site.page(&event_path("/programme"));
    for row in [
        "<th scope=\"col\" class=\"time\"><bdi dir=\"ltr\">CET</bdi><span class=\"zone-name\" dir=\"ltr\">Europe/Zurich</span></th>",
        "11:00 - 12:00",
        "U4SSC meeting",
        "11:00 - 11:10",
        "Opening and welcome",
        "Opening remarks by the U4SSC Chair and the TSB secretariat; adoption of the agenda.",
        "12:00 - 13:00",
        "Webinar: Empowering people through people-centred smart cities",
        "13:00 - 13:30",
        "class=\"break\"",
        "13:30 - 15:30",
        "U4SSC meeting (continued)",
        "15:20 - 15:30",
        "<span class=\"role\">Chair:</span> <bdi>Ms Ana Ribeiro</bdi>",
        "u4ssc@itu.int",
        "programme.ics",
    ] {
        assert!(programme.contains(row), "the programme shows {row:?}");
    }
    let opening = programme.find("Opening and welcome").unwrap();
    let break_row = programme.find("class=\"break\"").unwrap();
    let continued = programme.find("U4SSC meeting (continued)").unwrap();
    assert!(opening < break_row && break_row < continued, "rows in time order");
    assert!(!programme.contains("Any other business"), "a draft entry stays off the programme");
    assert!(!programme.contains("Mei Lin"), "an invited speaker who did not consent is not named");

    let speakers = site.page(&event_path("/speakers"));
    for name in ["Ms Ana Ribeiro", "Mr Kwame Mensah", "Mr Tomasz Nowak", "Ms Sara Haddad", "Chair, U4SSC"] {
        assert!(speakers.contains(name), "the speakers page lists {name:?}");
    }
    assert!(
        speakers.contains("Chair, <bdi>U4SSC meeting</bdi>: <bdi>11:00 - 12:00 CET, Fri 31 Oct</bdi>"),
        "with their sessions"
    );
    assert!(!speakers.contains("Mei Lin") && !speakers.contains("Example University"));

    let webinar = site.page("/events/019a3a00-0000-7000-8000-000000000002");
    assert!(webinar.contains("Empowering people through people-centred smart cities"));
    assert!(webinar.contains(&format!("href=\"{}\"", event_path(""))), "the side event links its meeting");

    let css = site.get("/static/site.css");
    assert_eq!(css.headers()[CONTENT_TYPE], "text/css; charset=utf-8");
}

#[test]
fn with_several_meetings_the_site_lists_them() {
    let site = Site::start(|store| {
        let mut other: Event = store.get(demo_event_id()).unwrap();
        other.id = dais_core::new_id();
        other.title = "Tenth meeting of the U4SSC".into();
        other.short_title = "U4SSC-10".into();
        store.save_event(&other).unwrap();
    });
    let list = site.page("/");
    assert!(list.contains("<h1>Meetings</h1>"));
    assert!(list.contains(&format!("href=\"{}\"", event_path(""))));
    assert!(list.contains("Tenth meeting of the U4SSC"));
    assert!(!list.contains("Empowering people"), "side events are listed under their meeting, not here");
}

#[test]
fn the_programme_shows_new_york_time_beside_geneva_time() {
    let site = Site::start(|_| {});
    let programme = site.page(&event_path("/programme?zone=America/New_York"));
    assert!(programme.contains("11:00 - 12:00"), "event zone first");
    // 31 October 2025: Geneva is on winter time already, New York still on summer time.
    assert!(programme.contains("06:00 - 07:00"), "11:00 CET is 06:00 in New York that day, not 05:00");
    assert!(
        programme
            .contains("<bdi dir=\"ltr\">EDT</bdi><span class=\"zone-name\" dir=\"ltr\">America/New_York</span></th>")
    );
    assert!(programme.contains("<option selected>America/New_York</option>"), "the picker keeps the choice");

    let sydney = site.page(&event_path("/programme?zone=Australia/Sydney"));
    assert!(sydney.contains("Sat 1 Nov, 01:20 - 01:30"), "the closing is on Saturday in Sydney");

    let typo = site.get(&event_path("/programme?zone=Mars/Olympus_Mons"));
    assert_eq!(typo.status(), StatusCode::BAD_REQUEST);
    let body = typo.text().unwrap();
    assert!(
        body.contains("id=\"zone-error\"") && body.contains("This is not a time zone: choose one from the list."),
        "a message by the picker"
    );
    assert!(body.contains("11:00 - 12:00"), "and the programme stays on screen");
}

#[test]
fn unknown_meetings_are_not_found() {
    let site = Site::start(|_| {});
    for path in ["/events/not-an-id", "/events/019a3a00-0000-7000-8000-0000000000ff/programme"] {
        let response = site.get(path);
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(response.text().unwrap().contains("There is no such page on this site."));
    }
    let api = site.get("/api/v1/events/019a3a00-0000-7000-8000-0000000000ff/programme");
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    assert_eq!(json(api)["code"], "not_found");
}

/// Content lines of an iCalendar stream, unfolded.
fn unfold(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[test]
fn the_calendar_is_rfc_5545_with_the_zones_rules() {
    let long_title =
        "Développement des villes intelligentes et durables — échanges, questions; réponses \\ suite ".repeat(3);
    let title = long_title.trim().to_string();
    let site = Site::start(|store| {
        store.save_entry(&extra_entry(&title, "First line\nSecond line, with a comma")).unwrap();
    });
    let response = site.get(&event_path("/programme.ics"));
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "text/calendar; charset=utf-8");
    assert_eq!(response.headers()["cache-control"], "public, max-age=60");
    let bytes = response.bytes().unwrap();
    let ics = std::str::from_utf8(&bytes).expect("UTF-8");

    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'), "every line ends with CRLF: {line:?}");
        assert!(line.len() <= 75, "folded at 75 octets: {} octets in {line:?}", line.len());
    }

    let lines = unfold(ics);
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));

    // Europe/Zurich in 2025: summer time from 30 March 02:00, winter time again from 26 October 03:00.
    let vtimezone: Vec<&str> = lines
        .iter()
        .skip_while(|l| *l != "BEGIN:VTIMEZONE")
        .take_while(|l| *l != "END:VTIMEZONE")
        .map(String::as_str)
        .collect();
    assert!(vtimezone.contains(&"TZID:Europe/Zurich"));
    let daylight =
        ["BEGIN:DAYLIGHT", "DTSTART:20250330T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST"];
    let standard =
        ["BEGIN:STANDARD", "DTSTART:20251026T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET"];
    assert!(vtimezone.windows(5).any(|w| w == daylight), "{vtimezone:#?}");
    assert!(vtimezone.windows(5).any(|w| w == standard), "{vtimezone:#?}");

    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(events, public_entry_titles(&site).len(), "one VEVENT per public entry");
    assert_eq!(events, 11, "the demo's ten public entries and the one added");
    for property in ["UID:", "DTSTAMP:", "DTSTART;TZID=Europe/Zurich:", "DTEND;TZID=Europe/Zurich:", "SUMMARY:"] {
        assert_eq!(lines.iter().filter(|l| l.starts_with(property)).count(), events, "each VEVENT has {property}");
    }
    assert!(lines.contains(&"DTSTART;TZID=Europe/Zurich:20251031T110000".to_string()));
    assert!(lines.contains(&format!("UID:{}", demo_id(10))), "the UID is the entry's id, whatever the host");
    assert!(lines.contains(&"SUMMARY:Opening and welcome".to_string()));
    assert!(
        lines.contains(
            &"DESCRIPTION:Opening remarks by the U4SSC Chair and the TSB secretariat\\; adoption of the agenda.\\nSpeaker: Mr Tomasz Nowak"
                .to_string()
        ),
        "semicolons and newlines escaped"
    );
    let escaped_title = title.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,");
    assert!(lines.contains(&format!("SUMMARY:{escaped_title}")), "a long title unfolds whole, its , ; \\ escaped");
    assert!(lines.contains(&"DESCRIPTION:First line\\nSecond line\\, with a comma".to_string()));
    assert!(!ics.contains("Any other business"), "no draft entry");
    assert!(!ics.contains("Mei Lin"), "no speaker who did not consent");
}

#[test]
fn the_frab_schedule_validates_against_the_c3voc_schema() {
    let site = Site::start(|_| {});
    let schema: Value = serde_json::from_str(include_str!("fixtures/c3voc-schema.json")).unwrap();
    let validator = jsonschema::draft6::options().should_validate_formats(true).build(&schema).unwrap();

    let response = site.get(&event_path("/schedule.json"));
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()[CONTENT_TYPE].to_str().unwrap().starts_with("application/json"));
    let schedule = json(response);
    let errors: Vec<String> =
        validator.iter_errors(&schedule).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let conference = &schedule["schedule"]["conference"];
    assert_eq!(conference["acronym"], "u4ssc_9");
    assert_eq!(conference["time_zone_name"], "Europe/Zurich");
    assert_eq!(conference["daysCount"], 1);
    let talks: Vec<&Value> =
        conference["days"][0]["rooms"].as_object().unwrap().values().flat_map(|r| r.as_array().unwrap()).collect();
    let opening = talks.iter().find(|t| t["title"] == "Opening and welcome").expect("items are sessions");
    assert_eq!(opening["date"], "2025-10-31T11:00:00+01:00");
    assert_eq!(opening["start"], "11:00");
    assert_eq!(opening["duration"], "00:10");
    assert_eq!(opening["track"], "U4SSC meeting", "an item's block is its track");
    assert_eq!(opening["persons"][0]["name"], "Mr Tomasz Nowak");
    let titles: Vec<&str> = talks.iter().map(|t| t["title"].as_str().unwrap()).collect();
    assert!(!titles.contains(&"Any other business"), "no draft entry");
    assert!(!titles.contains(&"Break"), "breaks are not sessions");

    // The validator does reject what the schema forbids, so the check above means something.
    let mut broken = schedule.clone();
    broken["schedule"]["conference"]["days"][0]["rooms"].as_object_mut().unwrap().values_mut().next().unwrap()[0]
        .as_object_mut()
        .unwrap()
        .remove("guid");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn the_frab_xml_schedule_validates_against_the_c3voc_xsd_and_matches_the_json() {
    let site = Site::start(|store| {
        let mut opening =
            store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title.starts_with("Opening")).unwrap();
        // Characters XML must escape, and one it cannot carry at all.
        opening.title = "Opening <& welcome>\u{1}".into();
        store.save_entry(&opening).unwrap();
    });
    let response = site.get(&event_path("/schedule.xml"));
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "application/xml; charset=utf-8");
    let xml = response.text().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("schedule.xml");
    std::fs::write(&file, &xml).unwrap();
    let xsd = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/c3voc-schedule.xsd");
    let validate = |file: &std::path::Path| xmllint(&["--noout", "--schema", xsd], file);
    let (valid, report) = validate(&file);
    assert!(valid, "{report}\n{xml}");

    // The same sessions, times and people as the JSON form.
    let schedule = json(site.get(&event_path("/schedule.json")));
    let conference = &schedule["schedule"]["conference"];
    let talks: Vec<&Value> =
        conference["days"][0]["rooms"].as_object().unwrap().values().flat_map(|r| r.as_array().unwrap()).collect();
    let count = |path: &str| xmllint(&["--noout", "--xpath", path], &file).1.trim().to_string();
    assert_eq!(count("count(/schedule/day/room/event)"), talks.len().to_string());
    assert_eq!(count("string(/schedule/conference/acronym)"), "u4ssc_9");
    assert_eq!(count("string(/schedule/version)"), schedule["schedule"]["version"].as_str().unwrap());
    let opening = "/schedule/day/room/event[title='Opening <& welcome>']";
    assert_eq!(count(&format!("string({opening}/date)")), "2025-10-31T11:00:00+01:00");
    assert_eq!(count(&format!("string({opening}/start)")), "11:00");
    assert_eq!(count(&format!("string({opening}/duration)")), "00:10");
    assert_eq!(count(&format!("string({opening}/track)")), "U4SSC meeting");
    assert_eq!(count(&format!("string({opening}/persons/person)")), "Mr Tomasz Nowak");
    let json_opening = talks.iter().find(|t| t["title"] == "Opening <& welcome>\u{1}").unwrap();
    assert_eq!(count(&format!("string({opening}/@guid)")), json_opening["guid"].as_str().unwrap());
    assert_eq!(count(&format!("string({opening}/@id)")), json_opening["id"].to_string());
    assert!(!xml.contains("Any other business") && !xml.contains("Mei Lin"), "no draft entry, no unlisted speaker");

    // The schema does reject what it forbids, so the check above means something.
    let broken = dir.path().join("broken.xml");
    std::fs::write(&broken, xml.replacen("<event id=", "<event number=", 1)).unwrap();
    assert!(!validate(&broken).0, "an event without its id is refused");
}

/// Runs xmllint (Debian's libxml2-utils, installed by `scripts/setup.sh test`) on a file: success, and its output.
pub(crate) fn xmllint(args: &[&str], file: &std::path::Path) -> (bool, String) {
    let out = std::process::Command::new("xmllint")
        .args(args)
        .arg(file)
        .output()
        .expect("xmllint (libxml2-utils, scripts/setup.sh test)");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn the_json_api_is_the_public_view() {
    let site = Site::start(|_| {});
    let response = site.get(&format!("/api/v1/events/{}/programme?zone=America/New_York", demo_event_id()));
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    let api = json(response);
    assert_eq!(api["event"]["reference"], "TSB Circular 81, 15 October 2025");
    assert_eq!(api["event"]["registration"]["state"], "closed");
    assert_eq!(api["event"]["eligible_categories"][1]["label"], "ITU-T Sector Member");
    assert_eq!(api["side_events"][0]["short_title"], "World Cities Day webinar");
    let first = &api["programme"]["days"][0]["entries"][0];
    assert_eq!(first["title"], "U4SSC meeting");
    assert_eq!(first["start"]["time"], "11:00");
    assert_eq!(first["viewer_start"]["time"], "06:00");
    assert_eq!(api["programme"]["zone_label"], "CET");
    assert_eq!(public_entry_titles(&site).len(), 10);
    let speakers: Vec<&str> = api["speakers"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(speakers, ["Ms Sara Haddad", "Mr Kwame Mensah", "Mr Tomasz Nowak", "Ms Ana Ribeiro"]);
    let text = api.to_string();
    assert!(!text.contains("@example.org") && !text.contains("@example.net"), "no speaker's or registrant's email");
    assert!(!text.contains("private_notes") && !text.contains("registrations"));

    let bad = site.get(&format!("/api/v1/events/{}/programme?zone=Nowhere", demo_event_id()));
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert_eq!(json(bad)["code"], "bad_request");
}

#[test]
fn a_valid_registration_is_recorded_once_and_confirmed() {
    let site = Site::open_for_registration();
    let before = site.registrations().len();

    let form = site.get(&register_path());
    assert_eq!(form.headers()["cache-control"], "no-store");
    let set_cookie = form.headers()[SET_COOKIE].to_str().unwrap().to_string();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"), "{set_cookie}");
    let html = form.text().unwrap();
    for field in [
        "<label for=\"given_name\">Given name</label>",
        "<label for=\"family_name\">",
        "<label for=\"email\">",
        "<label for=\"organisation\">",
        "<label for=\"country\">Country</label>",
        "<option value=\"CH\">Switzerland</option>",
        "<option value=\"GB\">United Kingdom of Great Britain and Northern Ireland</option>",
        "<option value=\"resolution99\">State of Palestine (Resolution 99)</option>",
        "<option value=\"academia\">ITU Academia</option>",
        "<label for=\"position\">Position <span class=\"required\">(optional)</span></label>",
        "name=\"consent_to_be_listed\"",
    ] {
        assert!(html.contains(field), "the form has {field:?}");
    }

    let session = site.open_form();
    let posted = site.post_form(&session, &valid_answers("Zanele", "Dlamini", "zanele.dlamini@example.gov"));
    assert_eq!(posted.status(), StatusCode::SEE_OTHER, "post-redirect-get");
    assert_eq!(posted.headers()["cache-control"], "no-store");
    let done = posted.headers()[LOCATION].to_str().unwrap().to_string();
    assert_eq!(done, event_path("/register/done"));
    let confirmation = site.page(&done);
    assert!(confirmation.contains("your registration request was received"));
    // A reload of the confirmation is a GET: nothing is sent again.
    site.page(&done);

    let registrations = site.registrations();
    assert_eq!(registrations.len(), before + 1);
    let r = registrations.iter().find(|r| r.email == "zanele.dlamini@example.gov").expect("stored");
    assert_eq!((r.given_name.as_str(), r.family_name.as_str()), ("Zanele", "Dlamini"));
    assert_eq!((r.country.as_str(), r.position.as_deref()), ("CH", Some("Adviser")));
    assert_eq!(r.category, dais_core::ParticipantCategory::MemberStateAdministration);
    assert_eq!(r.source, RegistrationSource::WebsiteForm);
    assert_eq!(r.decision.status, RegistrationStatus::Pending);
    assert!(r.consent_to_be_listed);
    assert!(Utc::now() - r.submitted_at < Duration::minutes(1));
}

#[test]
fn invalid_answers_come_back_with_a_message_by_each_field() {
    let site = Site::open_for_registration();
    let before = site.registrations().len();
    let session = site.open_form();
    let response = site.post_form(
        &session,
        &[
            ("given_name", "  "),
            ("family_name", "Keller-Brunner"),
            ("email", "not-an-email"),
            ("organisation", "Federal Office"),
            ("country", "XX"),
            ("category", "sector_member"),
        ],
    );
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().unwrap();
    assert!(html.contains("<title>Error: Register - U4SSC-9</title>"));
    assert!(html.contains("There is a problem"));
    for (field, message) in [
        ("given_name", "Enter your given name"),
        ("email", "Enter an email address like name@example.org"),
        ("country", "Choose your country from the list"),
    ] {
        let error = format!(
            "<p id=\"{field}-error\" class=\"field-error\"><span class=\"visually-hidden\">Error:</span> {message}"
        );
        assert!(html.contains(&error), "{field}: {message}\n{html}");
        let input = html.find(&format!("id=\"{field}\" name=\"{field}\"")).unwrap();
        let message_at = html.find(&error).unwrap();
        assert!(message_at < input && input - message_at < 400, "the message stands right by its field");
        assert!(html[input..].split('>').next().unwrap().contains(&format!("{field}-error\"")), "aria-describedby");
        assert!(html[input..].split('>').next().unwrap().contains("aria-invalid=\"true\""));
    }
    assert!(html.contains("aria-describedby=\"email-hint email-error\""));
    assert!(!html.contains("id=\"family_name-error\""), "no message for a good field");
    assert!(html.contains("value=\"Keller-Brunner\""), "answers are kept");
    assert!(html.contains("value=\"not-an-email\""));
    assert!(html.contains("<option value=\"sector_member\" selected>ITU-T Sector Member</option>"));
    assert_eq!(hidden_token(&html), session.token, "the form stays sendable");
    assert_eq!(site.registrations().len(), before, "nothing stored");

    let long = "x".repeat(101);
    let too_long = site.post_form(&session, &valid_answers(&long, "Keller", "long@example.org"));
    assert_eq!(too_long.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.text().unwrap().contains("Shorten this to at most 100 characters"));
    let no_domain = site.post_form(&session, &valid_answers("Jonas", "Keller", "jonas.keller@admin"));
    assert_eq!(no_domain.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_domain.text().unwrap().contains("Enter an email address like name@example.org"));
    let no_category = site.post_form(
        &session,
        &[
            ("given_name", "A"),
            ("family_name", "B"),
            ("email", "a.b@example.org"),
            ("organisation", "O"),
            ("country", "CH"),
        ],
    );
    assert!(no_category.text().unwrap().contains("Choose the category in which you take part"));
    assert_eq!(site.registrations().len(), before, "nothing stored");
}

#[test]
fn the_same_email_registers_once_and_is_answered_like_the_first_revealing_nothing() {
    let site = Site::open_for_registration();
    let before = site.registrations().len();
    let session = site.open_form();
    let first = site.post_form(&session, &valid_answers("Amara", "Okafor", "amara.okafor@example.gov"));
    assert_eq!(first.headers()[LOCATION], event_path("/register/done").as_str());

    let mut second_answers = valid_answers("Someone", "Else", "AMARA.Okafor@Example.GOV");
    second_answers[3] = ("organisation", "Another Body");
    let second = site.post_form(&session, &second_answers);
    assert_eq!(second.status(), StatusCode::SEE_OTHER);
    let done = second.headers()[LOCATION].to_str().unwrap().to_string();
    // Answered like the first: whether an address is registered is nobody's to learn from the form.
    assert_eq!(done, event_path("/register/done"));
    let page = site.page(&done);
    assert!(page.contains("your registration request was received"));
    for first_data in ["Amara", "Okafor", "amara.okafor", "Office of Communications", "Adviser"] {
        assert!(!page.contains(first_data), "the second submitter does not see {first_data:?}");
    }

    let registrations = site.registrations();
    assert_eq!(registrations.len(), before + 1, "no second registration");
    let stored = registrations.iter().find(|r| r.email.eq_ignore_ascii_case("amara.okafor@example.gov")).unwrap();
    assert_eq!(stored.given_name, "Amara", "the first one stands");
}

#[test]
fn past_the_capacity_requests_go_to_the_waiting_list_and_two_racing_for_the_last_place_do_not_both_get_it() {
    // One place left.
    let site = Site::start(|store| {
        open_registration(store);
        let mut event: Event = store.get(demo_event_id()).unwrap();
        event.registration.capacity = Some(u32::MAX);
        store.save_event(&event).unwrap();
        let taken = store.places(demo_event_id()).unwrap().unwrap().taken;
        event.registration.capacity = Some(taken + 1);
        store.save_event(&event).unwrap();
    });
    assert!(!site.page(&register_path()).contains("data-testid=\"waiting-list\""), "a place is left");

    // Two visitors send the form at the same moment, for the last place.
    let sessions = [site.open_form(), site.open_form()];
    let barrier = std::sync::Barrier::new(2);
    std::thread::scope(|scope| {
        for (session, who) in sessions.iter().zip(["first", "second"]) {
            let (site, barrier) = (&site, &barrier);
            scope.spawn(move || {
                let email = format!("{who}@example.gov");
                barrier.wait();
                let response = site.post_form(session, &valid_answers("Racing", who, &email));
                assert_eq!(response.status(), StatusCode::SEE_OTHER, "{who}");
            });
        }
    });
    let racers: Vec<Registration> = site.registrations().into_iter().filter(|r| r.given_name == "Racing").collect();
    let mut statuses: Vec<RegistrationStatus> = racers.iter().map(|r| r.decision.status).collect();
    statuses.sort_by_key(|s| format!("{s:?}"));
    assert_eq!(statuses, [RegistrationStatus::Pending, RegistrationStatus::Waitlisted], "{racers:?}");
    let waiting = racers.iter().find(|r| r.decision.status == RegistrationStatus::Waitlisted).unwrap();
    assert_eq!(waiting.decision.decided_by.as_deref(), Some(dais_core::PLACES_DECIDER));
    assert!(waiting.decision.reason.as_deref().unwrap().contains("places were taken"));

    // The form now says so, before anyone sends it; the confirmation says what may have happened.
    let form = site.page(&register_path());
    assert!(form.contains("data-testid=\"waiting-list\""), "the form says the meeting is full");
    assert!(form.contains("goes to the waiting list"));
    assert!(site.page(&event_path("/register/done")).contains("waiting list"));
    let late = site.post_form(&site.open_form(), &valid_answers("Late", "Comer", "late@example.gov"));
    assert_eq!(late.status(), StatusCode::SEE_OTHER);
    let late = site.registrations().into_iter().find(|r| r.email == "late@example.gov").unwrap();
    assert_eq!(late.decision.status, RegistrationStatus::Waitlisted);
}

#[test]
fn markup_from_organisers_and_registrants_is_escaped() {
    const ATTACK: &str = "<script>alert(1)</script>";
    let site = Site::start(|store| {
        open_registration(store);
        store.save_entry(&extra_entry(ATTACK, "\"><img src=x onerror=alert(2)>")).unwrap();
        let mut ana: Speaker = store.get(demo_id(30)).unwrap();
        ana.bio = format!("Bio {ATTACK}");
        ana.links = vec!["javascript:alert(3)".into()];
        store.save_speaker(&ana).unwrap();
    });
    // askama writes numeric character references: &#60; for <, &#62; for >, &#34; for ".
    let escaped = "&#60;script&#62;alert(1)&#60;/script&#62;";
    for path in [event_path("/programme"), event_path("/speakers")] {
        let html = site.page(&path);
        assert!(html.contains(escaped), "{path} shows the text, escaped");
        assert!(!html.contains(ATTACK), "{path} never has it raw");
        assert!(!html.contains("<img src=x"), "{path}");
        assert!(!html.contains("href=\"javascript:"), "{path}: a javascript: link is shown as text only");
    }

    let session = site.open_form();
    let mut answers = valid_answers(ATTACK, "Doe", "not an email");
    answers[3] = ("organisation", "\"><b>bold</b>");
    let html = site.post_form(&session, &answers).text().unwrap();
    assert!(html.contains(&format!("value=\"{escaped}\"")), "the kept answer is escaped");
    assert!(html.contains("value=\"&#34;&#62;&#60;b&#62;bold&#60;/b&#62;\""));
    assert!(!html.contains(ATTACK) && !html.contains("<b>bold</b>"));

    let csp = site.get(&event_path("/programme")).headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "injected scripts would not run");
}

#[test]
fn an_oversized_body_is_refused_and_the_site_goes_on() {
    let site = Site::open_for_registration();
    let session = site.open_form();
    let mut body = format!("csrf_token={}&given_name=", session.token).into_bytes();
    body.resize(10 * 1024 * 1024, b'a');
    let response = site.post_raw(&session, "application/x-www-form-urlencoded", body);
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(response.text().unwrap().contains("The form is too large"));
    site.page(&event_path(""));
    assert_eq!(
        site.post_form(&session, &valid_answers("Ok", "After", "ok.after@example.org")).status(),
        StatusCode::SEE_OTHER
    );
}

#[test]
fn broken_encodings_are_refused_with_a_clear_message() {
    let site = Site::open_for_registration();
    let before = site.registrations().len();
    let session = site.open_form();
    let form = format!("csrf_token={}&given_name=", session.token);
    let fields = "&family_name=Doe&email=j.doe%40example.org&organisation=O&country=CH&category=academia";

    let mut raw = form.clone().into_bytes();
    raw.extend_from_slice(&[0xff, 0xfe]);
    raw.extend_from_slice(fields.as_bytes());
    let response = site.post_raw(&session, "application/x-www-form-urlencoded", raw);
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.text().unwrap().contains("not in UTF-8"));

    let escaped = format!("{form}J%FF%FEane{fields}").into_bytes();
    let response = site.post_raw(&session, "application/x-www-form-urlencoded", escaped);
    assert_eq!(response.status(), StatusCode::BAD_REQUEST, "percent-escaped bytes that are not UTF-8");

    let twice = format!("{form}Jane{fields}&email=other%40example.org").into_bytes();
    assert_eq!(site.post_raw(&session, "application/x-www-form-urlencoded", twice).status(), StatusCode::BAD_REQUEST);

    let as_json = site.post_raw(&session, "application/json", b"{\"given_name\":\"Jane\"}".to_vec());
    assert_eq!(as_json.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(site.registrations().len(), before);
}

#[test]
fn a_form_without_its_token_is_refused() {
    let site = Site::open_for_registration();
    let before = site.registrations().len();
    let session = site.open_form();
    let answers = valid_answers("Forged", "Request", "forged@example.org");

    let no_cookie =
        site.client.post(site.url(&register_path())).form(&[("csrf_token", session.token.as_str())]).send().unwrap();
    assert_eq!(no_cookie.status(), StatusCode::FORBIDDEN);
    assert!(no_cookie.text().unwrap().contains("did not come from this site"));

    let wrong_token = FormSession { cookie: session.cookie.clone(), token: "00".repeat(32) };
    assert_eq!(site.post_form(&wrong_token, &answers).status(), StatusCode::FORBIDDEN);
    let no_token = FormSession { cookie: session.cookie.clone(), token: String::new() };
    assert_eq!(site.post_form(&no_token, &answers).status(), StatusCode::FORBIDDEN);
    let other_cookie = FormSession { cookie: site.open_form().cookie, token: session.token.clone() };
    assert_eq!(site.post_form(&other_cookie, &answers).status(), StatusCode::FORBIDDEN, "token and cookie must match");
    assert_eq!(site.registrations().len(), before, "nothing stored");

    assert_eq!(site.post_form(&session, &answers).status(), StatusCode::SEE_OTHER, "the real one goes through");
}

#[test]
fn a_flood_from_one_client_is_slowed_and_nothing_is_lost_or_doubled() {
    let site = Site::open_for_registration();
    let before = site.registrations().len();
    let session = site.open_form();
    let mut accepted = Vec::new();
    let mut limited = 0;
    for n in 0..40 {
        let email = format!("flood.{n}@example.org");
        let response = site.post_form(&session, &valid_answers("Flood", "Test", &email));
        match response.status() {
            StatusCode::SEE_OTHER => accepted.push(email),
            StatusCode::TOO_MANY_REQUESTS => {
                let wait: u64 = response.headers()[RETRY_AFTER].to_str().unwrap().parse().unwrap();
                assert!((1..=60).contains(&wait), "Retry-After {wait}");
                limited += 1;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(limited > 0, "the flood was limited");
    assert!(accepted.len() >= 5, "a delegation can still register a few people: {}", accepted.len());
    let stored: Vec<String> =
        site.registrations().into_iter().map(|r| r.email).filter(|e| e.starts_with("flood.")).collect();
    assert_eq!(site.registrations().len(), before + accepted.len());
    let mut stored_sorted = stored.clone();
    stored_sorted.sort();
    let mut accepted_sorted = accepted.clone();
    accepted_sorted.sort();
    assert_eq!(stored_sorted, accepted_sorted, "every accepted form stored once, no refused one stored");
    // Reading pages is not limited.
    site.page(&event_path("/programme"));
}

#[test]
fn registration_closes_as_the_rules_say() {
    let site = Site::open_for_registration();
    let session = site.open_form();
    {
        let mut store = site.store();
        let mut event: Event = store.get(demo_event_id()).unwrap();
        event.registration.closes_at = Some(Utc::now() - Duration::minutes(1));
        store.save_event(&event).unwrap();
        // The form follows the published rules: a closing date still a draft closes nothing.
        assert!(site.page(&register_path()).contains("name=\"csrf_token\""));
        publish_all(&mut store);
    }
    let page = site.page(&register_path());
    assert!(page.contains("Registration is closed") && !page.contains("name=\"csrf_token\""));
    let before = site.registrations().len();
    let late = site.post_form(&session, &valid_answers("Late", "Comer", "late@example.org"));
    assert_eq!(late.status(), StatusCode::FORBIDDEN);
    assert!(late.text().unwrap().contains("Registration is closed"));
    assert_eq!(site.registrations().len(), before);

    let not_yet = Site::start(|store| {
        let mut event: Event = store.get(demo_event_id()).unwrap();
        event.registration.opens_at = Some(Utc::now() + Duration::days(3));
        event.registration.closes_at = Some(Utc::now() + Duration::days(30));
        store.save_event(&event).unwrap();
    });
    assert!(not_yet.page(&register_path()).contains("Registration is not open yet"));
}

#[test]
fn the_form_says_what_is_kept_and_past_the_retention_period_a_meetings_registrations_are_erased() {
    let future = std::cell::Cell::new(None);
    let site = Site::of(PublicSite::start_with_settings(
        |store| {
            open_registration(store);
            // A meeting still to come keeps its registrations.
            let soon = (Utc::now() + Duration::days(60)).date_naive();
            let later = store
                .create_meeting(&dais_core::NewMeeting {
                    title: "Tenth".into(),
                    short_title: "U4SSC-10".into(),
                    starts_on: soon,
                    start: dais_core::MeetingStart::Blank {
                        kind: dais_core::EventKind::Meeting,
                        format: dais_core::EventFormat::Hybrid,
                        zone: "Europe/Zurich".into(),
                        ends_on: soon,
                        languages: vec!["English".into()],
                        registration: Default::default(),
                    },
                    part_of: None,
                })
                .unwrap();
            let new = dais_core::NewRegistration {
                event_id: later.id,
                given_name: "Kept".into(),
                family_name: "Registrant".into(),
                name_order: None,
                email: "kept@example.gov".into(),
                organisation: "Office".into(),
                country: "CH".into(),
                category: dais_core::ParticipantCategory::Academia,
                position: None,
                private_notes: String::new(),
                language: None,
            };
            store.add_registration(&new, Utc::now()).unwrap();
            future.set(Some(later.id));
        },
        |_| {
            let mut settings = dais_site::settings::Settings::default();
            settings.registrations.retention_days = Some(30);
            settings
        },
        |_| {},
    ));
    let form = site.page(&register_path());
    assert!(form.contains("data-testid=\"privacy-notice\""));
    assert!(form.contains("until 30 days after the meeting") && form.contains("last day (Friday, 31 October 2025)"));
    assert!(form.contains("write to u4ssc@itu.int"));

    // The demo ended on 31 October 2025, more than 30 days ago: its registrations go.
    let deadline = std::time::Instant::now() + StdDuration::from_secs(20);
    while !site.registrations().is_empty() {
        assert!(std::time::Instant::now() < deadline, "still {} registrations", site.registrations().len());
        std::thread::sleep(StdDuration::from_millis(50));
    }
    let kept = site.store().registrations(future.get().unwrap()).unwrap();
    assert_eq!(kept.len(), 1, "a meeting to come keeps its registrations");
}

#[test]
fn the_published_programme_is_offered_as_documents_that_python_docx_and_pdftotext_read() {
    let site = Site::start(|_| {});
    // An edit after the publication is not in the public document.
    site.store().save_entry(&extra_entry("Not published yet", "")).unwrap();
    assert!(site.page(&event_path("/programme")).contains("programme.docx"), "the programme page offers it");
    let response = site.get(&event_path("/programme.docx"));
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(response.headers()["content-disposition"], "attachment; filename=\"U4SSC-9 programme.docx\"");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("programme.docx");
    std::fs::write(&file, response.bytes().unwrap()).unwrap();
    let read = std::process::Command::new("/usr/bin/python3")
        .args(["-c", "import docx, sys\nd = docx.Document(sys.argv[1])\nfor t in d.tables:\n  for r in t.rows: print(' | '.join(c.text for c in r.cells))"])
        .arg(&file)
        .output()
        .expect("python3-docx");
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    let text = String::from_utf8(read.stdout).unwrap();
    assert!(text.lines().any(|l| l.starts_with("11:00-11:10 | Opening and welcome")), "{text}");
    assert!(!text.contains("Not published yet"), "only what was published");
    assert!(!text.contains("Any other business"), "nor a draft entry");
    assert_eq!(site.get(&format!("/events/{}/programme.docx", Uuid::from_u128(9))).status(), StatusCode::NOT_FOUND);

    // And as PDF, read by pdftotext.
    assert!(site.page(&event_path("/programme")).contains("programme.pdf"), "the programme page offers it");
    let response = site.get(&event_path("/programme.pdf"));
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "application/pdf");
    assert_eq!(response.headers()["content-disposition"], "attachment; filename=\"U4SSC-9 programme.pdf\"");
    let file = dir.path().join("programme.pdf");
    std::fs::write(&file, response.bytes().unwrap()).unwrap();
    let read = std::process::Command::new("pdftotext").arg("-layout").arg(&file).arg("-").output().expect("pdftotext");
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    let text = String::from_utf8(read.stdout).unwrap();
    assert!(text.lines().any(|l| l.contains("11:00-11:10") && l.contains("Opening and welcome")), "{text}");
    assert!(!text.contains("Not published yet") && !text.contains("Any other business"), "only what was published");
}

#[test]
fn no_public_route_shows_private_data() {
    let site = Site::start(add_private_data);
    let secrets = register_privately_and_tell_secrets(&site);

    let webinar = "/events/019a3a00-0000-7000-8000-000000000002";
    let routes = [
        "/".to_string(),
        event_path(""),
        event_path("/programme"),
        event_path("/programme?zone=America/New_York"),
        event_path("/programme?zone=Asia/Tokyo"),
        event_path("/speakers"),
        event_path("/register"),
        event_path("/register/done"),
        event_path("/programme.ics"),
        event_path("/schedule.json"),
        event_path("/schedule.xml"),
        event_path("/changes"),
        event_path("/changes.atom"),
        format!("/api/v1/events/{}/programme", demo_event_id()),
        format!("/api/v1/events/{}/programme?zone=Australia/Sydney", demo_event_id()),
        webinar.to_string(),
        format!("{webinar}/programme"),
        format!("{webinar}/speakers"),
        format!("{webinar}/register"),
    ];
    for route in &routes {
        let response = site.get(route);
        assert!([StatusCode::OK, StatusCode::SEE_OTHER].contains(&response.status()), "{route}: {}", response.status());
        let body = response.text().unwrap();
        for secret in &secrets {
            assert!(!body.contains(secret.as_str()), "{route} shows {secret:?}");
        }
    }
    // The scan does look at real content: the public names are there.
    assert!(site.page(&event_path("/speakers")).contains("Ms Ana Ribeiro"));
}

#[test]
fn an_open_form_survives_a_restart_of_the_site() {
    let site = Site::open_for_registration();
    let session = site.open_form();
    let site = Site::of(site.site.restart());
    let answer = site.post_form(&session, &valid_answers("Lena", "Berg", "lena.berg@example.org"));
    assert_eq!(answer.status(), StatusCode::SEE_OTHER, "the form filled in before the restart is taken");
    assert!(site.registrations().iter().any(|r| r.email == "lena.berg@example.org"));
}

#[test]
fn behind_https_the_form_cookie_is_secure_and_the_feeds_link_to_the_public_url() {
    // Behind a TLS proxy that says so.
    let site = Site::open_for_registration();
    let cookie = |site: &Site, proto: Option<&str>| {
        let mut request = site.client.get(site.url(&register_path()));
        if let Some(proto) = proto {
            request = request.header("x-forwarded-proto", proto);
        }
        request.send().unwrap().headers()[SET_COOKIE].to_str().unwrap().to_string()
    };
    assert!(!cookie(&site, None).contains("Secure"), "plain http on 127.0.0.1 cannot keep a Secure cookie");
    assert!(cookie(&site, Some("https")).contains("; Secure"));

    // With its public URL set, whatever Host a request names.
    let site = Site::of(PublicSite::start_with(open_registration, |state| {
        state.public_url = Some("https://events.example.org".into());
    }));
    assert!(cookie(&site, None).contains("; Secure"));
    for host in ["127.0.0.1", "other.example.net"] {
        let ics = site.client.get(site.url(&event_path("/programme.ics"))).header("host", host).send().unwrap();
        let text = ics.text().unwrap().replace("\r\n ", ""); // long lines are folded
        assert!(text.contains(&format!("URL:https://events.example.org/events/{}/programme#entry-", demo_event_id())));
        assert!(!text.contains(host), "{host} appears in the calendar");
        let frab: Value = site
            .client
            .get(site.url(&event_path("/schedule.json")))
            .header("host", host)
            .send()
            .unwrap()
            .json()
            .unwrap();
        assert_eq!(frab["schedule"]["base_url"], "https://events.example.org/");
    }
}

#[test]
fn behind_a_trusted_proxy_each_visitor_has_their_own_form_limit_and_no_one_can_claim_another_address() {
    let rate = dais_site::form::FormRate {
        burst: std::num::NonZeroU32::new(2).unwrap(),
        refill_every: StdDuration::from_secs(600),
    };
    let post_from = |site: &Site, session: &FormSession, forwarded_for: &str, n: usize| {
        let email = format!("proxy.{n}@example.org");
        let mut fields = valid_answers("Proxy", "Test", &email);
        fields.insert(0, ("csrf_token", &session.token));
        let request = site.client.post(site.url(&register_path())).header(COOKIE, &session.cookie).form(&fields);
        request.header("x-forwarded-for", forwarded_for).send().unwrap().status()
    };

    // The site's own proxy on 127.0.0.1: visitors behind it are told apart by the address it forwards.
    let site = Site::of(PublicSite::start_with(open_registration, |state| {
        state.form_rate = rate;
        state.trusted_proxies = vec!["127.0.0.1".parse().unwrap()].into();
    }));
    let session = site.open_form();
    assert_eq!(post_from(&site, &session, "203.0.113.5", 0), StatusCode::SEE_OTHER);
    assert_eq!(post_from(&site, &session, "203.0.113.5", 1), StatusCode::SEE_OTHER);
    assert_eq!(post_from(&site, &session, "203.0.113.5", 2), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(post_from(&site, &session, "203.0.113.9", 3), StatusCode::SEE_OTHER, "another office is not locked out");
    // An address the visitor wrote in front of the proxy's own entry does not make them someone else.
    assert_eq!(post_from(&site, &session, "198.51.100.1, 203.0.113.5", 4), StatusCode::TOO_MANY_REQUESTS);

    // No trusted proxy: the header is anyone's to write, and is ignored.
    let site = Site::of(PublicSite::start_with(open_registration, |state| state.form_rate = rate));
    let session = site.open_form();
    assert_eq!(post_from(&site, &session, "203.0.113.5", 10), StatusCode::SEE_OTHER);
    assert_eq!(post_from(&site, &session, "203.0.113.6", 11), StatusCode::SEE_OTHER);
    assert_eq!(post_from(&site, &session, "203.0.113.7", 12), StatusCode::TOO_MANY_REQUESTS);
}

#[test]
fn a_client_that_sends_its_request_slowly_is_cut_off() {
    use std::io::{Read, Write};
    let site = Site::of(PublicSite::start_with(open_registration, |state| {
        state.request_timeout = StdDuration::from_secs(1);
    }));
    let mut stream = std::net::TcpStream::connect(site.site.base.trim_start_matches("http://")).unwrap();
    stream.set_read_timeout(Some(StdDuration::from_secs(30))).unwrap();
    // A promised body of 1,000 bytes, of which a few arrive, then nothing.
    write!(
        stream,
        "POST {} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: 1000\r\n\r\ngiven_name=Slow",
        register_path()
    )
    .unwrap();
    let mut answer = [0u8; 12];
    stream.read_exact(&mut answer).expect("an answer before the client finishes");
    assert_eq!(&answer, b"HTTP/1.1 408");
}

/// An image file as a camera would make it: landscape, 900 by 600 (ImageMagick, which `scripts/setup.sh` installs).
pub(crate) fn camera_photo() -> Vec<u8> {
    let made = std::process::Command::new("convert")
        .args(["-size", "900x600", "gradient:navy-gold", "jpg:-"])
        .output()
        .expect("ImageMagick's convert");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    made.stdout
}

#[test]
fn a_listed_speakers_photo_is_on_the_speakers_page_and_an_unlisted_ones_nowhere() {
    let photo = camera_photo();
    let site = Site::start(move |store| {
        for speaker in store.speakers(demo_event_id()).unwrap() {
            let id = speaker.id;
            store.set_speaker_photo(id, Some(&photo)).unwrap();
            if speaker.family_name == "Mensah" {
                store
                    .save_speaker(&Speaker { consent_to_publish: false, ..store.get::<Speaker>(id).unwrap() })
                    .unwrap();
            }
        }
    });
    let speakers = site.store().speakers(demo_event_id()).unwrap();
    let id_of = |family: &str| speakers.iter().find(|s| s.family_name == family).unwrap().id;
    let page = site.page(&event_path("/speakers"));
    let listed = event_path(&format!("/speakers/{}/photo.jpg", id_of("Ribeiro")));
    assert!(page.contains(&format!("<img class=\"photo\" src=\"{listed}\"")), "{page}");
    let response = site.get(&listed);
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "image/jpeg");
    let jpeg = response.bytes().unwrap();
    assert_eq!(&jpeg[..3], &[0xFF, 0xD8, 0xFF], "a JPEG");

    // Who did not consent has no photo here, though the organisers keep one.
    let unlisted = event_path(&format!("/speakers/{}/photo.jpg", id_of("Mensah")));
    assert!(!page.contains(&unlisted));
    assert_eq!(site.get(&unlisted).status(), StatusCode::NOT_FOUND);
    // The JSON gives the photo's address, not the photo.
    let api = site.page(&format!("/api/v1{}", event_path("/programme")));
    assert!(api.contains(&listed) && !api.contains("base64"), "{api:.400}");
}
