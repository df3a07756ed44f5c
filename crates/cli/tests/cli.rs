//! The `dais` binary end to end, on a temporary workspace: every test runs the real executable, as a script would.

use serde_json::Value;

use crate::support::{BIN, Workspace};

/// The demo's fixed ids (core's `seed`): the meeting, its morning block and a speaker.
const DEMO_EVENT: &str = "019a3a00-0000-7000-8000-000000000001";
const MORNING_BLOCK: &str = "019a3a00-0000-7000-8000-00000000000a";
const UNKNOWN: &str = "019a3a00-0000-7000-8000-0000000000ff";

impl Workspace {
    fn programme(&self, args: &[&str]) -> String {
        let mut all = vec!["programme"];
        all.extend(args);
        self.ok(&all)
    }
}

/// The one line of `text` that contains `needle`.
fn line<'a>(text: &'a str, needle: &str) -> &'a str {
    let lines: Vec<&str> = text.lines().filter(|l| l.contains(needle)).collect();
    assert_eq!(lines.len(), 1, "expected one line with {needle:?} in:\n{text}");
    lines[0]
}

fn field_names(error: &Value) -> Vec<&str> {
    error["fields"].as_array().expect("fields").iter().map(|f| f["field"].as_str().unwrap()).collect()
}

fn entry_count(ws: &Workspace) -> usize {
    ws.json(&["export"])["entries"].as_array().unwrap().len()
}

#[test]
fn init_with_the_demo_creates_the_workspace_and_events_lists_the_meeting() {
    let ws = Workspace::empty();
    let out = ws.ok(&["init", "--demo"]);
    assert!(out.contains("U4SSC-9") && out.contains(DEMO_EVENT), "{out}");
    assert!(ws.path.is_file());

    let events = ws.ok(&["events"]);
    let row = line(&events, "U4SSC-9");
    for cell in [DEMO_EVENT, "31 October 2025", "Europe/Zurich"] {
        assert!(row.contains(cell), "{cell} missing in {row:?}");
    }
    // Side events are not meetings.
    assert!(!events.contains("World Cities Day webinar"), "{events}");

    let json = ws.json(&["events"]);
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["id"], DEMO_EVENT);
    assert_eq!(json[0]["zone"], "Europe/Zurich");
}

#[test]
fn init_twice_is_refused_with_exit_6_and_leaves_the_workspace_alone() {
    let ws = Workspace::demo();
    ws.ok(&["entry", "edit", MORNING_BLOCK, "--title", "Kept"]);
    let run = ws.fails(&["init", "--demo"], 6);
    assert!(run.stderr.contains("already initialised"), "{}", run.stderr);
    let run = ws.fails(&["--json", "init"], 6);
    assert_eq!(run.stderr_json()["code"], "exists");
    assert!(ws.programme(&[]).contains("Kept"));
    assert_eq!(ws.json(&["events"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_workspace_of_an_earlier_schema_opens_and_one_of_a_newer_dais_is_refused_with_exit_5_untouched() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/workspaces");
    let ws = Workspace::empty();
    let earlier =
        fixtures.read_dir().unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().is_some_and(|e| e == "dais"));
    std::fs::copy(earlier.expect("a fixture of an earlier schema"), &ws.path).unwrap();
    assert!(ws.programme(&[]).contains("Opening and welcome"));
    assert!(ws.json(&["registrations"])["rows"].as_array().unwrap().len() > 5);

    let conn = rusqlite::Connection::open(&ws.path).unwrap();
    conn.pragma_update(None, "user_version", dais_core::storage::SCHEMA_VERSION + 1).unwrap();
    dais_core::storage::checkpoint(&conn).unwrap();
    drop(conn);
    let bytes = std::fs::read(&ws.path).unwrap();
    let run = ws.fails(&["programme"], 5);
    assert!(run.stderr.contains("written by a newer version of Dais"), "{}", run.stderr);
    assert_eq!(ws.fails_json(&["programme"], 5)["code"], "newer_schema");
    assert_eq!(std::fs::read(&ws.path).unwrap(), bytes, "the file is left as it is");
}

#[test]
fn an_empty_workspace_has_no_meeting_to_default_to() {
    let ws = Workspace::empty();
    let out = ws.json(&["init"]);
    assert_eq!(out["demo_event_id"], Value::Null);
    assert!(ws.ok(&["events"]).contains("No meetings"));
    assert_eq!(ws.json(&["events"]), serde_json::json!([]));
    let run = ws.fails(&["programme"], 4);
    assert!(run.stderr.contains("no meeting"), "{}", run.stderr);
    // An empty workspace may be initialised again, with the demo this time.
    ws.ok(&["init", "--demo"]);
    assert!(ws.programme(&[]).contains("U4SSC meeting"));
}

#[test]
fn the_programme_is_in_the_meetings_zone_with_items_under_their_blocks() {
    let ws = Workspace::demo();
    let out = ws.programme(&[]);
    assert!(out.contains("Friday, 31 October 2025"), "{out}");
    assert!(out.contains("(CET)"), "{out}");
    assert!(line(&out, "U4SSC meeting (continued)").starts_with("13:30-15:30  "), "{out}");
    assert!(out.lines().any(|l| l == "11:00-12:00  U4SSC meeting"), "{out}");
    assert_eq!(line(&out, "Opening and welcome"), "  11:00-11:10  Opening and welcome");
    assert_eq!(line(&out, "Any other business"), "  15:10-15:20  Any other business [draft]");
    assert!(!line(&out, "Closing").contains("[draft]"));
    assert_eq!(line(&out, "Break"), "13:00-13:30  Break");

    let json = ws.json(&["programme"]);
    assert_eq!(json["zone_label"], "CET");
    assert_eq!(json["viewer_zone"], Value::Null);
    assert_eq!(json["days"][0]["rows"][0]["start"]["time"], "11:00");
    assert_eq!(json["days"][0]["rows"].as_array().unwrap().len(), 11);
}

#[test]
fn the_programme_in_new_york_shows_the_viewers_times_beside() {
    let ws = Workspace::demo();
    let out = ws.programme(&["--zone", "America/New_York"]);
    assert!(out.contains("(CET)") && out.contains("(EDT)"), "{out}");
    assert_eq!(line(&out, "11:00-12:00"), "11:00-12:00  06:00-07:00  U4SSC meeting");
    let json = ws.json(&["programme", "--zone", "America/New_York"]);
    assert_eq!(json["viewer_zone_label"], "EDT");
}

#[test]
fn the_programme_in_sydney_names_the_next_day() {
    let ws = Workspace::demo();
    let out = ws.programme(&["--zone", "Australia/Sydney"]);
    assert!(out.contains("(AEDT)"), "{out}");
    // 13:30-15:30 CET is 23:30 on Friday to 01:30 on Saturday in Sydney.
    let afternoon = line(&out, "U4SSC meeting (continued)");
    assert!(afternoon.starts_with("13:30-15:30  23:30-Sat 1 Nov 01:30"), "{afternoon}");
    assert!(out.lines().any(|l| l == "11:00-12:00  21:00-22:00            U4SSC meeting"), "{out}");
    assert!(line(&out, "Closing").contains("Sat 1 Nov 01:20-01:30"), "{out}");
    // The morning is still Friday there: no day label.
    assert!(!line(&out, "Opening and welcome").contains("Nov"), "{out}");
}

#[test]
fn an_unknown_viewer_zone_is_invalid_input() {
    let ws = Workspace::demo();
    let run = ws.fails(&["--json", "programme", "--zone", "Mars/Olympus"], 3);
    assert_eq!(field_names(&run.stderr_json()), ["viewer_zone"]);
}

#[test]
fn an_item_added_inside_a_block_appears_under_it() {
    let ws = Workspace::demo();
    let args = [
        "entry",
        "add",
        "--kind",
        "item",
        "--block",
        MORNING_BLOCK,
        "--title",
        "Questions from the floor",
        "--date",
        "2025-10-31",
        "--start",
        "11:45",
        "--end",
        "11:55",
        "--place",
        "Room K",
    ];
    let id = ws.ok(&args);
    let id = id.trim();
    assert!(uuid::Uuid::parse_str(id).is_ok(), "prints the new id: {id:?}");

    let out = ws.programme(&["--ids"]);
    assert_eq!(line(&out, id), format!("{id}    11:45-11:55  Questions from the floor"));
    // It overlaps another item of the block: a warning, not an error.
    assert!(out.contains("Warnings:") && out.contains("overlaps"), "{out}");

    let entry = ws.json(&["programme"])["days"][0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["entry"]["id"] == id)
        .expect("in the programme")["entry"]
        .clone();
    assert_eq!(entry["kind"], "item");
    assert_eq!(entry["block_id"], MORNING_BLOCK);
    assert_eq!(entry["event_id"], DEMO_EVENT);
    assert_eq!(entry["slot"]["place"], "Room K");
    assert_eq!(entry["slot"]["starts_at"], "2025-10-31T10:45:00Z");
    assert_eq!(entry["public"], true);
}

#[test]
fn add_with_json_prints_the_entry_and_draft_keeps_it_private() {
    let ws = Workspace::demo();
    let entry = ws.json(&[
        "entry",
        "add",
        "--kind",
        "side-event",
        "--title",
        "Reception",
        "--date",
        "2025-10-31",
        "--start",
        "18:00",
        "--end",
        "19:00",
        "--draft",
        "--event",
        DEMO_EVENT,
    ]);
    assert_eq!(entry["kind"], "side_event");
    assert_eq!(entry["public"], false);
    assert_eq!(entry["slot"]["starts_at"], "2025-10-31T17:00:00Z");
    // (The programme also warns that 18:00 in Geneva is late evening for the demo's registrant in India.)
    assert_eq!(line(&ws.programme(&[]), "18:00-19:00"), "18:00-19:00  Reception [draft]");
}

#[test]
fn editing_an_entry_persists_and_changes_only_the_given_fields() {
    let ws = Workspace::demo();
    let out = ws.ok(&["entry", "edit", MORNING_BLOCK, "--title", "Morning session", "--draft"]);
    assert!(out.contains("Morning session"), "{out}");

    // A new process reads it back from the file.
    let programme = ws.programme(&[]);
    assert_eq!(line(&programme, "Morning session"), "11:00-12:00  Morning session [draft]");
    assert!(!programme.lines().any(|l| l.ends_with("  U4SSC meeting")), "{programme}");

    ws.ok(&["entry", "edit", MORNING_BLOCK, "--public", "--end", "12:15", "--place", "Room A"]);
    let json = ws.json(&["export"]);
    let block = json["entries"].as_array().unwrap().iter().find(|e| e["id"] == MORNING_BLOCK).unwrap();
    assert_eq!(block["title"], "Morning session");
    assert_eq!(block["public"], true);
    assert_eq!(block["slot"]["starts_at"], "2025-10-31T10:00:00Z");
    assert_eq!(block["slot"]["ends_at"], "2025-10-31T11:15:00Z");
    assert_eq!(block["slot"]["place"], "Room A");
}

#[test]
fn a_block_cannot_shrink_away_from_its_items() {
    let ws = Workspace::demo();
    let run = ws.fails(&["--json", "entry", "edit", MORNING_BLOCK, "--start", "11:30"], 3);
    assert_eq!(field_names(&run.stderr_json()), ["slot"]);
    assert!(line(&ws.programme(&[]), "11:00-12:00").ends_with("U4SSC meeting"));
}

#[test]
fn an_item_outside_its_block_is_refused_with_exit_3_naming_slot() {
    let ws = Workspace::demo();
    let before = entry_count(&ws);
    let args = [
        "entry",
        "add",
        "--kind",
        "item",
        "--block",
        MORNING_BLOCK,
        "--title",
        "Too late",
        "--date",
        "2025-10-31",
        "--start",
        "12:30",
        "--end",
        "12:45",
    ];
    let run = ws.fails(&args, 3);
    assert!(run.stderr.lines().any(|l| l.trim_start().starts_with("slot: ")), "{}", run.stderr);
    assert!(run.stderr.contains("outside its block"), "{}", run.stderr);

    let mut json_args = vec!["--json"];
    json_args.extend(args);
    let run = ws.fails(&json_args, 3);
    let error = run.stderr_json();
    assert_eq!(error["code"], "invalid");
    assert_eq!(field_names(&error), ["slot"]);
    assert!(error["message"].as_str().unwrap().contains("slot"), "{error}");

    assert_eq!(entry_count(&ws), before, "nothing was saved");
    assert!(!ws.programme(&[]).contains("Too late"));
}

#[test]
fn an_end_before_the_start_is_refused_with_exit_3_naming_end() {
    let ws = Workspace::demo();
    let args = [
        "entry",
        "add",
        "--kind",
        "block",
        "--title",
        "Backwards",
        "--date",
        "2025-10-31",
        "--start",
        "16:00",
        "--end",
        "15:00",
    ];
    let run = ws.fails(&args, 3);
    assert!(run.stderr.lines().any(|l| l.trim_start().starts_with("end: ")), "{}", run.stderr);
    let run = ws.fails(&[&["--json"][..], &args[..]].concat(), 3);
    assert_eq!(field_names(&run.stderr_json()), ["end"]);
    assert!(!ws.programme(&[]).contains("Backwards"));
}

#[test]
fn every_malformed_field_is_listed() {
    let ws = Workspace::demo();
    let args = [
        "--json",
        "entry",
        "add",
        "--kind",
        "block",
        "--title",
        "T",
        "--date",
        "31/10/2025",
        "--start",
        "9am",
        "--end",
        "10:00",
    ];
    let run = ws.fails(&args, 3);
    assert_eq!(field_names(&run.stderr_json()), ["date", "start"]);
    let run = ws.fails(&args[1..], 3);
    assert!(run.stderr.contains("date: ") && run.stderr.contains("start: "), "{}", run.stderr);
}

#[test]
fn an_item_without_a_block_is_invalid() {
    let ws = Workspace::demo();
    let run = ws.fails(
        &[
            "--json",
            "entry",
            "add",
            "--kind",
            "item",
            "--title",
            "Lost",
            "--date",
            "2025-10-31",
            "--start",
            "11:00",
            "--end",
            "11:10",
        ],
        3,
    );
    assert_eq!(field_names(&run.stderr_json()), ["block_id"]);
}

#[test]
fn unknown_ids_exit_4() {
    let ws = Workspace::demo();
    for args in [
        vec!["entry", "edit", UNKNOWN, "--title", "X"],
        vec!["entry", "delete", UNKNOWN],
        vec!["speaker", "edit", UNKNOWN, "--family", "X"],
        vec!["speaker", "delete", UNKNOWN],
        vec!["programme", "--event", UNKNOWN],
        vec!["speaker", "list", "--event", UNKNOWN],
        vec!["speaker", "add", "--given", "A", "--family", "B", "--event", UNKNOWN],
        vec!["registrations", "--event", UNKNOWN],
        vec!["export", "--event", UNKNOWN],
    ] {
        let run = ws.fails(&args, 4);
        assert!(run.stderr.contains(UNKNOWN), "{args:?}: {}", run.stderr);
        let run = ws.fails(&[&["--json"][..], &args[..]].concat(), 4);
        assert_eq!(run.stderr_json()["code"], "not_found", "{args:?}");
    }
}

#[test]
fn deleting_a_block_takes_its_items_and_a_second_delete_is_not_found() {
    let ws = Workspace::demo();
    let before = entry_count(&ws);
    let out = ws.ok(&["entry", "delete", MORNING_BLOCK]);
    assert!(out.contains("U4SSC meeting"), "{out}");
    let programme = ws.programme(&[]);
    assert!(!programme.contains("Opening and welcome"), "{programme}");
    assert!(programme.contains("U4SSC meeting (continued)"));
    assert_eq!(entry_count(&ws), before - 4);
    ws.fails(&["entry", "delete", MORNING_BLOCK], 4);
}

#[test]
fn a_malformed_speaker_email_is_refused_naming_email() {
    let ws = Workspace::demo();
    let run = ws.fails(&["speaker", "add", "--given", "Ada", "--family", "Byron", "--email", "ada-at-example"], 3);
    assert!(run.stderr.contains("email: "), "{}", run.stderr);
    let run = ws.fails(&["--json", "speaker", "add", "--given", "Ada", "--family", "Byron", "--email", "ada@"], 3);
    assert_eq!(field_names(&run.stderr_json()), ["email"]);
    assert!(!ws.ok(&["speaker", "list"]).contains("Byron"));
}

#[test]
fn an_unknown_country_code_is_refused() {
    let ws = Workspace::demo();
    let run = ws.fails(&["--json", "speaker", "add", "--given", "Ada", "--family", "Byron", "--country", "XX"], 3);
    assert_eq!(field_names(&run.stderr_json()), ["country"]);
    let run = ws.fails(&["speaker", "edit", "019a3a00-0000-7000-8000-00000000001e", "--country", "XX"], 3);
    assert!(run.stderr.contains("country: "), "{}", run.stderr);
    assert!(line(&ws.ok(&["speaker", "list"]), "Ribeiro").contains("PT"));
}

#[test]
fn a_country_is_given_by_its_name_or_code_and_a_name_is_never_taken_for_another_country() {
    let ws = Workspace::demo();
    ws.ok(&["speaker", "add", "--given", "Aminata", "--family", "Diallo", "--country", "Senegal"]);
    ws.ok(&["speaker", "add", "--given", "Lena", "--family", "Gruber", "--country", "austria"]);
    assert!(line(&ws.ok(&["speaker", "list"]), "Diallo").contains("SN"), "not SE, Sweden");
    assert!(line(&ws.ok(&["speaker", "list"]), "Gruber").contains("AT"), "not AU, Australia");
    assert!(ws.ok(&["countries"]).lines().any(|l| l == "SN\tSenegal"));
    let run = ws.fails(&["speaker", "add", "--given", "Ada", "--family", "Byron", "--country", "Sen"], 3);
    assert!(run.stderr.contains("choose one by its name, or give its two-letter code"), "{}", run.stderr);
}

#[test]
fn a_speaker_can_be_added_edited_and_deleted() {
    let ws = Workspace::demo();
    let id = ws.ok(&[
        "speaker",
        "add",
        "--given",
        "Ada",
        "--family",
        "Byron",
        "--honorific",
        "Dr",
        "--country",
        "GB",
        "--email",
        "ada@example.org",
    ]);
    let id = id.trim().to_string();
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "prints the id: {id:?}");
    let row = line(&ws.ok(&["speaker", "list"]), "Byron").to_string();
    for cell in [id.as_str(), "Dr Ada Byron", "GB", "Invited", "no"] {
        assert!(row.contains(cell), "{cell} missing in {row:?}");
    }

    ws.ok(&[
        "speaker",
        "edit",
        &id,
        "--organisation",
        "Analytical Engines Ltd",
        "--status",
        "confirmed",
        "--consent",
        "--honorific",
        "",
    ]);
    let row = line(&ws.ok(&["speaker", "list"]), "Byron").to_string();
    for cell in ["Analytical Engines Ltd", "Confirmed", "yes", "listed"] {
        assert!(row.contains(cell), "{cell} missing in {row:?}");
    }
    let speakers = ws.json(&["speaker", "list"]);
    let ada = speakers.as_array().unwrap().iter().find(|s| s["id"] == id.as_str()).unwrap();
    assert_eq!(ada["honorific"], Value::Null, "an empty value removes it");
    assert_eq!(ada["email"], "ada@example.org", "untouched");
    assert_eq!(ada["country"], "GB");
    assert_eq!(ada["consent_to_publish"], true);
    assert_eq!(ada["event_id"], DEMO_EVENT);

    ws.ok(&["speaker", "edit", &id, "--no-consent", "--status", "declined"]);
    let row = line(&ws.ok(&["speaker", "list"]), "Byron").to_string();
    assert!(row.ends_with("Declined   no       left out: declined; has not agreed to be published"), "{row:?}");

    ws.ok(&["speaker", "delete", &id]);
    assert!(!ws.ok(&["speaker", "list"]).contains("Byron"));
    assert_eq!(ws.json(&["speaker", "list"]).as_array().unwrap().len(), 5);
    ws.fails(&["speaker", "delete", &id], 4);
}

#[test]
fn registrations_are_listed_with_their_statuses() {
    let ws = Workspace::demo();
    let out = ws.ok(&["registrations"]);
    let header = out.lines().next().unwrap();
    for column in ["NAME", "ORGANISATION", "COUNTRY", "CATEGORY", "STATUS"] {
        assert!(header.contains(column), "{header}");
    }
    for (name, organisation, country, category, status) in [
        ("Jonas Keller", "Federal Office of Communications", "CH", "ITU Member State administration", "Approved"),
        ("Aisha Bello", "Example Telecom", "NG", "ITU-T Sector Member", "Approved"),
        ("Lucas Moreau", "Example Institute of Technology", "FR", "ITU Academia", "Pending"),
        ("Priya Nair", "Smart City Consultancy", "IN", "Individual from an ITU Member State", "Pending"),
        ("Omar Khalil", "Ministry of Telecommunications", "PS", "State of Palestine (Resolution 99)", "Rejected"),
    ] {
        let row = line(&out, name);
        for cell in [organisation, country, category] {
            assert!(row.contains(cell), "{cell} missing in {row:?}");
        }
        assert!(row.ends_with(status), "{row:?}");
    }
    assert!(out.trim_end().ends_with("5 of 5 registrations: 2 Pending, 2 Approved, 1 Rejected"), "{out}");
    let json = ws.json(&["registrations"]);
    assert_eq!(json["rows"].as_array().unwrap().len(), 5);
    assert_eq!(json["rows"][0]["decision"]["status"], "approved");
    assert_eq!((json["matching"].as_u64(), json["total"].as_u64()), (Some(5), Some(5)));
}

#[test]
fn registrations_are_searched_filtered_sorted_and_paged() {
    let ws = Workspace::demo();
    let names = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["registrations"];
        all.extend(args);
        let json = ws.json(&all);
        json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| format!("{} {}", r["given_name"].as_str().unwrap(), r["family_name"].as_str().unwrap()))
            .collect()
    };
    assert_eq!(names(&["--search", "aisha tele"]), ["Aisha Bello"]);
    assert_eq!(names(&["--search", "mor"]), ["Lucas Moreau"]);
    assert_eq!(names(&["--status", "pending", "--sort", "name"]), ["Lucas Moreau", "Priya Nair"]);
    assert_eq!(
        names(&["--status", "approved", "--status", "rejected", "--sort", "name", "--descending"]),
        ["Omar Khalil", "Jonas Keller", "Aisha Bello"]
    );
    assert_eq!(names(&["--category", "academia", "--country", "fr"]), ["Lucas Moreau"]);
    // Countries sort by their names in the reader's language: France, India, Nigeria, State of Palestine, Switzerland.
    assert_eq!(names(&["--sort", "country", "--limit", "2", "--offset", "1"]), ["Priya Nair", "Aisha Bello"]);
    // In French: État de Palestine, France, Inde, Nigéria, Suisse.
    assert_eq!(
        names(&["--lang", "fr", "--sort", "country", "--limit", "2", "--offset", "3"]),
        ["Aisha Bello", "Jonas Keller"]
    );
    let out = ws.ok(&["registrations", "--search", "nobody"]);
    assert_eq!(out.trim(), "None of the 5 registrations matches.");
    let bad = ws.fails(&["registrations", "--status", "maybe"], 2);
    assert!(bad.stderr.contains("maybe"), "{}", bad.stderr);
    ws.fails(&["registrations", "--limit", "0"], 3);
}

#[test]
fn decisions_on_several_registrations_are_recorded_with_who_and_why() {
    let ws = Workspace::demo();
    let out = ws.ok(&["organiser", "Alice Martin"]);
    assert_eq!(out.trim(), "Decisions are recorded as made by Alice Martin");
    let listed = ws.ok(&["registrations", "--ids", "--status", "pending"]);
    let ids: Vec<&str> =
        listed.lines().skip(1).filter_map(|l| l.split_whitespace().next()).filter(|w| w.len() == 36).collect();
    assert_eq!(ids.len(), 2);

    let mut approve = vec!["registration", "decide", "--status", "approved"];
    approve.extend(&ids);
    let out = ws.ok(&approve);
    assert_eq!(out.trim(), "Approved: 2 registrations, decided by Alice Martin");
    let json = ws.json(&["registrations", "--status", "approved"]);
    assert_eq!(json["matching"], 4);

    let refused = ws.fails(&["--json", "registration", "decide", "--status", "rejected", ids[0]], 3);
    assert_eq!(field_names(&refused.stderr_json()), ["reason"]);
    ws.ok(&["registration", "decide", "--status", "rejected", "--reason", "Registered twice", ids[0]]);
    let json = ws.json(&["registrations", "--status", "rejected", "--sort", "submitted"]);
    let decision = &json["rows"].as_array().unwrap().iter().find(|r| r["id"] == ids[0]).unwrap()["decision"];
    assert_eq!(decision["reason"], "Registered twice");
    assert_eq!(decision["decided_by"], "Alice Martin");
    let history: Vec<&str> =
        decision["earlier"].as_array().unwrap().iter().map(|d| d["status"].as_str().unwrap()).collect();
    assert_eq!(history, ["pending", "approved"]);
    ws.fails(&["registration", "decide", "--status", "approved", "019a3a00-0000-7000-8000-0000000000ff"], 4);
}

#[test]
fn a_registration_is_erased_by_its_id_and_leaves_only_the_id() {
    let ws = Workspace::demo();
    let listed = ws.ok(&["registrations", "--ids"]);
    let id = line(&listed, "Priya Nair").split_whitespace().next().unwrap().to_string();
    let out = ws.ok(&["registration", "erase", &id]);
    assert!(out.contains("Erased the registration of Priya Nair"), "{out}");
    assert!(!ws.ok(&["registrations"]).contains("Priya Nair"));
    assert_eq!(ws.json(&["registrations"])["rows"].as_array().unwrap().len(), 4);
    // Erased is gone for good: there is nothing left to erase, nor to restore.
    ws.fails(&["registration", "erase", &id], 4);
}

#[test]
fn export_writes_json_with_the_entries() {
    let ws = Workspace::demo();
    let id = ws.ok(&[
        "entry",
        "add",
        "--kind",
        "break",
        "--title",
        "Coffee",
        "--date",
        "2025-10-31",
        "--start",
        "16:00",
        "--end",
        "16:30",
    ]);
    let file = ws.dir.path().join("export.json");
    let out = ws.ok(&["export", "--out", file.to_str().unwrap()]);
    assert!(out.contains("export.json"), "{out}");
    let export: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(export["event"]["id"], DEMO_EVENT);
    let entries = export["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 12);
    assert!(entries.iter().any(|e| e["id"] == id.trim() && e["title"] == "Coffee"));
    assert!(entries.iter().any(|e| e["title"] == "Opening and welcome"));
    assert_eq!(export["speakers"].as_array().unwrap().len(), 5);
    assert_eq!(export["registrations"].as_array().unwrap().len(), 5);
    assert_eq!(export["side_events"][0]["short_title"], "World Cities Day webinar");

    // To stdout, it is the same document.
    let stdout: Value = serde_json::from_str(&ws.ok(&["export"])).unwrap();
    assert_eq!(stdout, export);
}

#[test]
fn an_export_file_that_cannot_be_written_exits_1() {
    let ws = Workspace::demo();
    let file = ws.dir.path().join("no/such/folder/export.json");
    let run = ws.fails(&["--json", "export", "--out", file.to_str().unwrap()], 1);
    let error = run.stderr_json();
    assert_eq!(error["code"], "io");
    assert!(error["message"].as_str().unwrap().contains("export.json"), "{error}");
}

#[test]
fn a_corrupt_workspace_exits_5_and_is_left_untouched() {
    let ws = Workspace::empty();
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&ws.path, &garbage).unwrap();
    for args in [&["events"][..], &["programme"], &["speaker", "list"], &["init", "--demo"]] {
        let run = ws.fails(args, 5);
        assert!(run.stderr.contains("cannot be opened"), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(ws.path.to_str().unwrap()), "names the file: {}", run.stderr);
    }
    let run = ws.fails(&["--json", "events"], 5);
    assert_eq!(run.stderr_json()["code"], "workspace");
    assert_eq!(std::fs::read(&ws.path).unwrap(), garbage, "the file is unchanged");
}

#[test]
fn a_missing_workspace_exits_5_and_is_not_created() {
    let ws = Workspace::empty();
    let run = ws.fails(&["events"], 5);
    assert!(run.stderr.contains("dais init"), "{}", run.stderr);
    let run = ws.fails(&["--json", "entry", "delete", MORNING_BLOCK], 5);
    assert_eq!(run.stderr_json()["code"], "workspace");
    assert!(!ws.path.exists());
}

#[test]
fn the_workspace_can_come_from_dais_workspace() {
    let ws = Workspace::demo();
    let out = std::process::Command::new(BIN)
        .arg("events")
        .env("DAIS_WORKSPACE", &ws.path)
        .env("HOME", ws.dir.path().join("home"))
        .env("XDG_DATA_HOME", ws.dir.path().join("home/data"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().contains("U4SSC-9"));
}

#[test]
fn usage_errors_exit_2_and_help_documents_the_exit_codes() {
    let ws = Workspace::demo();
    ws.fails(
        &[
            "entry",
            "add",
            "--kind",
            "meeting",
            "--title",
            "T",
            "--date",
            "2025-10-31",
            "--start",
            "10:00",
            "--end",
            "11:00",
        ],
        2,
    );
    ws.fails(&["entry", "delete", "not-a-uuid"], 2);
    ws.fails(&["entry", "edit", MORNING_BLOCK, "--public", "--draft"], 2);
    ws.fails(&["frobnicate"], 2);
    let help = ws.ok(&["--help"]);
    for needed in
        ["Exit codes", "3  invalid input", "4  not found", "5  the workspace", "6  `dais init`", "DAIS_WORKSPACE"]
    {
        assert!(help.contains(needed), "{needed} missing in --help:\n{help}");
    }
}

#[test]
fn a_meeting_started_from_scratch_gets_every_fact_of_its_circular_and_opens_its_registration() {
    let ws = Workspace::empty();
    ws.ok(&["init"]);
    let id = ws
        .ok(&[
            "meeting",
            "new",
            "--title",
            "Tenth U4SSC meeting",
            "--short-title",
            "U4SSC-10",
            "--starts-on",
            "2026-03-10",
            "--ends-on",
            "2026-03-11",
            "--zone",
            "Asia/Tokyo",
            "--format",
            "physical",
        ])
        .trim()
        .to_string();
    assert!(line(&ws.ok(&["events"]), &id).contains("U4SSC-10"));
    let edited = ws.json(&[
        "meeting",
        "edit",
        "--event",
        &id,
        "--venue",
        "ITU HQ, Geneva",
        "--language",
        "English",
        "--language",
        "French",
        "--category",
        "sector_member",
        "--category",
        "academia",
        "--contact",
        "U4SSC secretariat; u4ssc@itu.int; +41 22 730 6301",
        "--registration-opens",
        "2026-02-01 09:00",
        "--registration-closes",
        "2026-03-09 18:00",
        "--capacity",
        "150",
        "--reference",
        "TSB Circular 99",
    ]);
    assert_eq!(edited["venue"], "ITU HQ, Geneva");
    assert_eq!(edited["languages"], serde_json::json!(["English", "French"]));
    assert_eq!(edited["eligible_categories"], serde_json::json!(["sector_member", "academia"]));
    assert_eq!(edited["contacts"][0]["email"], "u4ssc@itu.int");
    assert_eq!(edited["contacts"][0]["fax"], Value::Null);
    assert_eq!(edited["registration"]["opens_at"], "2026-02-01T00:00:00Z", "09:00 in Tokyo");
    assert_eq!(edited["registration"]["closes_at"], "2026-03-09T09:00:00Z");
    assert_eq!(edited["registration"]["capacity"], 150);
    assert_eq!(edited["title"], "Tenth U4SSC meeting", "what was not given stays");

    // A side event of it, edited and deleted as a meeting is; the meeting stays.
    let visit = ws
        .ok(&[
            "meeting",
            "new",
            "--title",
            "Site visit",
            "--short-title",
            "Visit",
            "--starts-on",
            "2026-03-12",
            "--zone",
            "Asia/Tokyo",
            "--kind",
            "workshop",
            "--part-of",
            &id,
        ])
        .trim()
        .to_string();
    assert!(line(&ws.ok(&["meeting", "side-events", "--event", &id]), &visit).contains("Visit"));
    assert!(!ws.ok(&["events"]).contains(&visit), "side events are not meetings");
    let edited_visit = ws.json(&["meeting", "edit", "--event", &visit, "--venue", "Main entrance"]);
    assert_eq!(
        (edited_visit["venue"].as_str(), edited_visit["parent_event_id"].as_str()),
        (Some("Main entrance"), Some(id.as_str()))
    );
    let run = ws.fails(
        &[
            "--json",
            "meeting",
            "new",
            "--title",
            "T",
            "--short-title",
            "T",
            "--starts-on",
            "2026-03-12",
            "--part-of",
            &visit,
        ],
        3,
    );
    assert_eq!(field_names(&run.stderr_json()), ["part_of"], "not part of a side event");
    ws.ok(&["meeting", "delete", "--event", &visit, "--yes"]);
    assert_eq!(ws.json(&["meeting", "side-events", "--event", &id]), serde_json::json!([]));
    assert_eq!(ws.json(&["events"]).as_array().unwrap().len(), 1, "the meeting stays");

    // A wrong value is refused at its field, with nothing written.
    let run = ws.fails(&["--json", "meeting", "edit", "--event", &id, "--registration-opens", "soon"], 3);
    assert_eq!(field_names(&run.stderr_json()), ["registration"]);
    let run = ws.fails(&["--json", "meeting", "edit", "--event", &id, "--capacity", "many"], 3);
    assert_eq!(field_names(&run.stderr_json()), ["registration"]);
    ws.ok(&["meeting", "edit", "--event", &id, "--venue", ""]);
    assert_eq!(ws.json(&["events"])[0]["venue"], Value::Null, "\"\" empties an optional fact");
}

#[test]
fn a_meeting_from_a_past_one_is_archived_and_deleted_only_with_yes() {
    let ws = Workspace::demo();
    let id = ws
        .ok(&[
            "meeting",
            "new",
            "--title",
            "Tenth",
            "--short-title",
            "U4SSC-10",
            "--starts-on",
            "2026-10-30",
            "--from",
            DEMO_EVENT,
        ])
        .trim()
        .to_string();
    let programme = ws.programme(&["--event", &id]);
    assert!(programme.contains("Friday, 30 October 2026"), "{programme}");
    assert!(line(&programme, "Opening and welcome").contains("11:00"), "{programme}");

    assert!(ws.ok(&["meeting", "archive", "--event", &id]).starts_with("Archived U4SSC-10"));
    assert!(line(&ws.ok(&["events"]), &id).contains("(archived)"));
    ws.ok(&["meeting", "unarchive", "--event", &id]);

    let run = ws.fails(&["meeting", "delete", "--event", DEMO_EVENT], 3);
    assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    assert_eq!(ws.json(&["events"]).as_array().unwrap().len(), 2);
    ws.ok(&["meeting", "delete", "--event", DEMO_EVENT, "--yes"]);
    let left = ws.json(&["events"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["id"], id.as_str());
    ws.fails(&["meeting", "delete", "--event", DEMO_EVENT, "--yes"], 4);
}

#[test]
fn focal_points_are_listed_added_changed_and_removed_and_a_registration_shows_its_mail() {
    let ws = Workspace::demo();
    assert!(ws.ok(&["focal-point", "list"]).contains("no focal points"));
    let anna = ws
        .ok(&[
            "focal-point",
            "add",
            "--country",
            "ch",
            "--category",
            "member_state_administration",
            "--name",
            "Anna Keller",
            "--email",
            "anna.keller@bakom.example.ch",
        ])
        .trim()
        .to_string();
    let run = ws.fails(
        &[
            "--json",
            "focal-point",
            "add",
            "--country",
            "CH",
            "--category",
            "member_state_administration",
            "--name",
            "B",
            "--email",
            "b@example.ch",
        ],
        3,
    );
    assert_eq!(field_names(&run.stderr_json()), ["category"], "one per country and category");
    let listed = ws.ok(&["focal-point", "list"]);
    let row = line(&listed, &anna);
    assert!(row.contains("CH") && row.contains("ITU Member State administration") && row.contains("Anna Keller"));
    let changed = ws.json(&["focal-point", "change", &anna, "--category", "any", "--email", "anna@bakom.example.ch"]);
    assert_eq!((changed["category"].clone(), changed["email"].clone()), (Value::Null, "anna@bakom.example.ch".into()));
    assert_eq!(changed["name"], "Anna Keller", "what was not given stays");
    ws.ok(&["focal-point", "remove", &anna]);
    assert_eq!(ws.json(&["focal-point", "list"]), serde_json::json!([]));
    ws.fails(&["focal-point", "remove", &anna], 4);

    // The site's note of a registration's mail, as a sync brings it.
    let id = ws.json(&["registrations", "--ids"])["rows"][0]["id"].as_str().unwrap().to_string();
    {
        let mut store = dais_core::Store::open(&ws.path).unwrap();
        let note = dais_core::MailNote {
            message: dais_core::MailMessage::Decision,
            state: dais_core::MailState::Failed,
            at: "2025-10-20T10:00:00Z".parse().unwrap(),
            error: Some("550 5.1.1 No such mailbox here".into()),
        };
        store.note_mail(id.parse().unwrap(), note).unwrap();
    }
    let shown = ws.ok(&["registration", "show", &id]);
    assert!(
        line(&shown, "Mail:").contains("decision not sent 20 October 2025 10:00 UTC: 550 5.1.1 No such mailbox"),
        "{shown}"
    );
}

#[test]
fn a_registration_taken_by_hand_is_corrected_and_shows_its_decisions_latest_first() {
    let ws = Workspace::demo();
    let id = ws
        .ok(&[
            "registration",
            "add",
            "--given-name",
            "Amina",
            "--family-name",
            "Diallo",
            "--email",
            "amina.diallo@example.sn",
            "--organisation",
            "ARTP",
            "--country",
            "sn",
            "--category",
            "member_state_administration",
            "--notes",
            "Called on 2 December",
        ])
        .trim()
        .to_string();
    let run = ws.fails(
        &[
            "--json",
            "registration",
            "add",
            "--given-name",
            "A",
            "--family-name",
            "D",
            "--email",
            "AMINA.DIALLO@example.sn",
            "--organisation",
            "X",
            "--country",
            "SN",
        ],
        3,
    );
    assert_eq!(field_names(&run.stderr_json()), ["email"], "the same address twice");

    let edited = ws.json(&["registration", "edit", &id, "--organisation", "Ministry of ICT", "--attended", "true"]);
    assert_eq!((edited["organisation"].as_str(), edited["attended"].as_bool()), (Some("Ministry of ICT"), Some(true)));
    assert_eq!(edited["source"], "manual");
    ws.ok(&["organiser", "Alice Martin"]);
    ws.ok(&["registration", "decide", &id, "--status", "waitlisted"]);
    ws.ok(&["registration", "decide", &id, "--status", "rejected", "--reason", "Registered twice"]);
    let shown = ws.ok(&["registration", "show", &id]);
    let rejected = shown.find("Rejected").expect("the latest decision");
    let waitlisted = shown.find("Waiting list").expect("the one before");
    assert!(rejected < waitlisted, "latest first:\n{shown}");
    assert!(line(&shown, "Rejected").contains("by Alice Martin: Registered twice"), "{shown}");
    assert!(shown.contains("Notes: Called on 2 December"), "{shown}");
}

#[test]
fn registrations_filter_by_region_and_the_summary_counts_them() {
    let ws = Workspace::demo();
    let summary = ws.json(&["registration", "summary"]);
    let total = summary["total"].as_u64().unwrap();
    assert_eq!(total, 5);
    let regions = summary["by_region"].as_array().unwrap();
    let counted: u64 = regions.iter().map(|r| r["count"].as_u64().unwrap()).sum();
    assert_eq!(counted, total);
    let europe = regions.iter().find(|r| r["of"] == "europe").unwrap()["count"].as_u64().unwrap();
    let listed = ws.json(&["registrations", "--region", "europe"]);
    assert_eq!(listed["matching"].as_u64().unwrap(), europe);
    assert!(ws.ok(&["registration", "summary"]).contains("By region"));
    ws.fails(&["registrations", "--region", "atlantis"], 2);
}

/// The document's paragraphs and its tables' cells, as python-docx (Debian's `python3-docx`) reads them.
const READ_DOCX: &str = r#"
import docx, json, sys
d = docx.Document(sys.argv[1])
def cell(c):
    first = c.paragraphs[0].runs[0] if c.paragraphs and c.paragraphs[0].runs else None
    return {"text": c.text, "bold": bool(first and first.bold), "italic": bool(first and first.italic),
            "indent": c.paragraphs[0].paragraph_format.left_indent is not None}
print(json.dumps({
    "paragraphs": [p.text for p in d.paragraphs],
    "tables": [[[cell(c) for c in row.cells] for row in t.rows] for t in d.tables],
}))
"#;

#[test]
fn the_programme_as_a_document_is_read_back_by_python_docx_with_its_times_titles_and_people() {
    let ws = Workspace::demo();
    let file = ws.path.with_file_name("programme.docx");
    let out = ws.ok(&["programme", "--docx", file.to_str().unwrap()]);
    assert!(out.contains("Wrote the programme of U4SSC-9"), "{out}");
    let read = std::process::Command::new("/usr/bin/python3")
        .args(["-c", READ_DOCX])
        .arg(&file)
        .output()
        .expect("python3-docx (scripts/setup.sh installs it)");
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    let doc: Value = serde_json::from_slice(&read.stdout).unwrap();
    let paragraphs: Vec<&str> = doc["paragraphs"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    for expected in [
        "Draft programme",
        "Ninth meeting of the \"United for Smart Sustainable Cities\" initiative (U4SSC)",
        "Friday, 31 October 2025",
        "All times are in Europe/Zurich (CET).",
    ] {
        assert!(paragraphs.contains(&expected), "{expected:?} in {paragraphs:?}");
    }
    let rows = doc["tables"][0].as_array().unwrap();
    let find = |time: &str| rows.iter().find(|r| r[0]["text"] == time).unwrap_or_else(|| panic!("{time} in {rows:?}"));
    let block = find("11:00-12:00");
    assert!(block[1]["text"].as_str().unwrap().starts_with("U4SSC meeting"), "{block:?}");
    assert!(block[1]["text"].as_str().unwrap().contains("Chair: Ms Ana Ribeiro"), "{block:?}");
    assert_eq!(block[1]["bold"], true, "a block's title is bold");
    let opening = find("11:10-11:40");
    assert_eq!(opening[1]["indent"], true, "an item is indented under its block");
    let item = find("11:00-11:10");
    assert!(item[1]["text"].as_str().unwrap().contains("Opening and welcome\nOpening remarks by the U4SSC Chair"));
    let lunch = find("13:00-13:30");
    assert_eq!((lunch[1]["text"].as_str(), lunch[1]["italic"].as_bool()), (Some("Break"), Some(true)), "a break");
    assert!(find("15:20-15:30")[1]["text"].as_str().unwrap().starts_with("Closing"));
}

#[test]
fn the_programme_as_a_pdf_has_its_times_titles_and_people_as_pdftotext_reads_them() {
    let ws = Workspace::demo();
    // A title in other scripts: the PDF embeds its font, so it prints as typed.
    let opening = "019a3a00-0000-7000-8000-00000000000b";
    ws.ok(&["entry", "edit", opening, "--title", "Opening and welcome: Αθήνα, Москва, Zürich"]);
    let file = ws.path.with_file_name("programme.pdf");
    let out = ws.ok(&["programme", "--pdf", file.to_str().unwrap()]);
    assert!(out.contains("Wrote the programme of U4SSC-9"), "{out}");
    let read = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils; scripts/setup.sh installs it)");
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    let text = String::from_utf8(read.stdout).unwrap();
    let line =
        |needle: &str| text.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} in {text}"));
    for expected in [
        "Draft programme",
        "Ninth meeting of the \"United for Smart Sustainable Cities\"",
        "Friday, 31 October 2025",
        "All times are in Europe/Zurich (CET).",
        "Chair: Ms Ana Ribeiro",
        "Opening remarks by the U4SSC Chair",
    ] {
        line(expected);
    }
    // Each time on the line of its title.
    assert!(line("11:00-11:10").contains("Opening and welcome: Αθήνα, Москва, Zürich"), "{text}");
    assert!(line("11:00-12:00").contains("U4SSC meeting"), "{text}");
    assert!(line("13:00-13:30").contains("Break"), "{text}");
    assert!(line("15:20-15:30").contains("Closing"), "{text}");
}

#[test]
fn a_c3voc_schedule_is_previewed_then_imported_once_and_undone() {
    let ws = Workspace::demo();
    let file = ws.dir.path().join("schedule.json");
    let schedule = serde_json::json!({ "schedule": { "version": "1.0", "conference": {
        "acronym": "u4ssc-9", "title": "Ninth U4SSC meeting",
        "days": [{ "index": 1, "date": "2025-10-31", "rooms": { "Popov Room": [{
            "guid": "1d2c3b4a-0000-5000-8000-000000000003", "id": 103, "date": "2025-10-31T16:30:00+01:00",
            "start": "16:30", "duration": "00:45", "room": "Popov Room", "title": "Wrap-up", "abstract": "",
            "persons": [{ "code": "ABCD12", "name": "Marta Silva" }]
        }]}}]
    }}});
    std::fs::write(&file, schedule.to_string()).unwrap();
    let before = entry_count(&ws);
    let would = ws.ok(&["import-programme", file.to_str().unwrap(), "--dry-run"]);
    assert!(would.contains("Entries added: 1") && would.contains("+ 2025-10-31 16:30  Wrap-up"), "{would}");
    assert_eq!(entry_count(&ws), before, "a dry run writes nothing");
    let done = ws.ok(&["import-programme", file.to_str().unwrap()]);
    assert!(done.contains("New speakers: 1"), "{done}");
    let again = ws.json(&["import-programme", file.to_str().unwrap()]);
    assert_eq!((again["added"].as_array().unwrap().len(), again["unchanged"].as_u64()), (0, Some(1)), "{again}");
    assert_eq!(entry_count(&ws), before + 1, "imported once");
    ws.ok(&["undo"]);
    ws.ok(&["undo"]);
    assert_eq!(entry_count(&ws), before, "undone");
    let refused = ws.run(&["import-programme", ws.dir.path().join("ws.dais").to_str().unwrap()]);
    assert_eq!(refused.code, 3, "a file that is not a programme is invalid input: {}", refused.stderr);
    assert!(refused.stderr.contains("ws.dais cannot be read"), "{}", refused.stderr);
}

#[test]
fn a_meeting_is_made_from_its_circular_with_the_facts_the_letter_lacks_given() {
    let ws = Workspace::demo();
    let letter = ws.dir.path().join("circular-81-ru.txt");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/data/circular-81-ru.txt"), &letter).unwrap();
    let letter = letter.to_str().unwrap();
    let read = ws.ok(&["meeting", "read-circular", letter]);
    assert!(read.contains("Times: 11:00-12:00\n    “Собрание будет проходить"), "{read}");
    let without_times = ws.dir.path().join("no-times.txt");
    let text = std::fs::read_to_string(letter).unwrap();
    std::fs::write(
        &without_times,
        text.replace("с\u{a0}11\u{a0}час.\u{a0}00 мин. до 12 час. 00 мин. и с 13 час. 30 мин. до 15 час. 30 мин.", ""),
    )
    .unwrap();
    let refused = ws.run(&["meeting", "from-circular", without_times.to_str().unwrap()]);
    assert_eq!(refused.code, 3, "invalid input: {}", refused.stderr);
    assert!(
        refused.stderr.contains("times: the letter does not say it: give it to make the meeting"),
        "{}",
        refused.stderr
    );

    let made = ws.json(&[
        "meeting",
        "from-circular",
        letter,
        "--set",
        "short_title=U4SSC-9",
        "--set",
        "times=09:30-10:30",
        "--set",
        "times=11:00-12:00",
    ]);
    assert_eq!(made["short_title"], "U4SSC-9");
    assert_eq!(made["reference"], "TSB Circular 81, 15 October 2025");
    let id = made["id"].as_str().unwrap();
    let exported = ws.json(&["export", "--event", id]);
    let blocks: Vec<&str> = exported["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "block")
        .map(|e| e["slot"]["starts_at"].as_str().unwrap())
        .collect();
    assert_eq!(blocks, ["2025-10-31T08:30:00Z", "2025-10-31T10:00:00Z"], "the organiser's times, not the letter's");
    assert_eq!(exported["side_events"][0]["kind"], "webinar");
}

#[test]
fn a_programme_goes_into_a_new_meeting_made_for_it_on_its_own_clock() {
    let ws = Workspace::demo();
    let file = ws.dir.path().join("schedule.json");
    let schedule = serde_json::json!({ "schedule": { "version": "1.0", "conference": {
        "acronym": "wtsa-24", "title": "World Telecommunication Standardization Assembly (WTSA)",
        "time_zone_name": "Asia/Kolkata",
        "days": [{ "index": 1, "date": "2024-10-15", "rooms": { "Hall 1": [{
            "guid": "1d2c3b4a-0000-5000-8000-000000000010", "id": 10, "date": "2024-10-15T23:30:00+05:30",
            "start": "23:30", "duration": "01:00", "room": "Hall 1", "title": "Night session", "abstract": "",
            "persons": [{ "code": "EF34", "name": "Seizo Onoe" }]
        }]}}]
    }}});
    std::fs::write(&file, schedule.to_string()).unwrap();
    let file = file.to_str().unwrap();
    let done = ws.json(&["import-programme", file, "--new-meeting"]);
    let id = done["event_id"].as_str().unwrap().to_string();
    let exported = ws.json(&["export", "--event", &id]);
    let event = &exported["event"];
    assert_eq!(event["title"], "World Telecommunication Standardization Assembly (WTSA)");
    assert_eq!((event["short_title"].as_str(), event["zone"].as_str()), (Some("WTSA"), Some("Asia/Kolkata")));
    // 23:30 in New Delhi: the meeting's day there, not UTC's.
    assert_eq!((event["starts_on"].as_str(), event["ends_on"].as_str()), (Some("2024-10-15"), Some("2024-10-16")));
    assert_eq!(exported["entries"].as_array().unwrap().len(), 1);
    let again = ws.json(&["import-programme", file, "--event", &id]);
    assert_eq!((again["added"].as_array().unwrap().len(), again["unchanged"].as_u64()), (0, Some(1)), "{again}");

    // Indico's timetable names no title: it is asked for, and nothing is made.
    let timetable = ws.dir.path().join("timetable.json");
    let at = |time: &str| serde_json::json!({ "date": "2026-03-02", "time": time, "tz": "Europe/Zurich" });
    let indico = serde_json::json!({ "count": 1, "results": { "7": { "20260302": { "b1": {
        "entryType": "Break", "title": "Coffee", "startDate": at("10:00:00"), "endDate": at("10:30:00")
    }}}}});
    std::fs::write(&timetable, indico.to_string()).unwrap();
    let meetings = ws.json(&["events"]).as_array().unwrap().len();
    let refused = ws.run(&["import-programme", timetable.to_str().unwrap(), "--new-meeting"]);
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert!(refused.stderr.contains("title: give the title"), "{}", refused.stderr);
    assert_eq!(ws.json(&["events"]).as_array().unwrap().len(), meetings, "nothing made");
    let made =
        ws.json(&["import-programme", timetable.to_str().unwrap(), "--new-meeting", "--title", "Workshop on AI (AIW)"]);
    let made = ws.json(&["export", "--event", made["event_id"].as_str().unwrap()]);
    assert_eq!(
        (made["event"]["short_title"].as_str(), made["event"]["zone"].as_str()),
        (Some("AIW"), Some("Europe/Zurich"))
    );
}

/// An HTTP server on 127.0.0.1 that answers as Indico's export API does: the timetable of event 77 to a request with
/// the token, 401 without it, 404 for any other event. Each request is answered once, on its own connection.
fn indico_server(timetable: String) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = Vec::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap() == 0 || line == "\r\n" {
                    break;
                }
                request.push(line.trim_end().to_string());
            }
            let path = request[0].split(' ').nth(1).unwrap_or("").to_string();
            let authorised = request.iter().any(|h| h.eq_ignore_ascii_case("authorization: Bearer indico-token-77"));
            let (status, body) = match (path.as_str(), authorised) {
                ("/indico/export/timetable/77.json", true) => ("200 OK", timetable.clone()),
                ("/indico/export/timetable/77.json", false) => ("401 Unauthorized", "{}".to_string()),
                _ => ("404 Not Found", "{}".to_string()),
            };
            let answer = format!(
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(answer.as_bytes()).unwrap();
        }
    });
    address
}

#[test]
fn a_programme_is_fetched_from_indico_by_its_event_address_with_the_api_token() {
    let ws = Workspace::demo();
    let at = |time: &str| serde_json::json!({ "date": "2025-10-31", "time": time, "tz": "Europe/Zurich" });
    let timetable = serde_json::json!({ "count": 1, "results": { "77": { "20251031": { "c9": {
        "entryType": "Contribution", "id": "c9", "title": "Closing remarks", "description": "",
        "startDate": at("16:00:00"), "endDate": at("16:15:00"),
        "presenters": [{ "firstName": "Ana", "familyName": "Ribeiro", "affiliation": "Anatel" }]
    }}}}});
    let server = indico_server(timetable.to_string());
    let page = format!("{server}/indico/event/77/timetable/");

    let refused = ws.run(&["import-programme", &page]);
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert!(refused.stderr.contains("Indico refused the API token"), "{}", refused.stderr);
    let unknown =
        ws.run(&["import-programme", &format!("{server}/indico/event/78/"), "--indico-token", "indico-token-77"]);
    assert!(unknown.stderr.contains("Indico answered with the error 404"), "{}", unknown.stderr);
    let not_indico = ws.run(&["import-programme", &format!("{server}/category/2/")]);
    assert!(not_indico.stderr.contains("it is not the address of an Indico event"), "{}", not_indico.stderr);

    let would = ws.ok(&["import-programme", &page, "--indico-token", "indico-token-77", "--dry-run"]);
    assert!(would.contains("Entries added: 1") && would.contains("Closing remarks"), "{would}");
    let done =
        ws.run_in(Some(&ws.path), &["--json", "import-programme", &page], &[("DAIS_INDICO_TOKEN", "indico-token-77")]);
    assert_eq!(done.code, 0, "the token from the environment: {}", done.stderr);
    let done: serde_json::Value = serde_json::from_str(&done.stdout).unwrap();
    assert_eq!(done["added"][0]["title"], "Closing remarks");
}
