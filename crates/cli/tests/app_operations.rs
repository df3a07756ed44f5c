//! The operations of the app that the command line gained with them: a speaker's role on an entry, entries moved,
//! a speaker's photo, undo and redo, the demo meeting, the zones, where each entry stands against the public site.
//! Each test runs the real `dais` on a temporary workspace, as a script would.

use serde_json::Value;

use crate::support::Workspace;

/// The demo's fixed ids (core's `seed`): the meeting, its morning block (chaired by Ms Ana Ribeiro), its opening
/// item, and two of its speakers.
const DEMO_EVENT: &str = "019a3a00-0000-7000-8000-000000000001";
const MORNING_BLOCK: &str = "019a3a00-0000-7000-8000-00000000000a";
const OPENING: &str = "019a3a00-0000-7000-8000-00000000000b";
const MORNING_CHAIR: &str = "019a3a00-0000-7000-8000-00000000001e";
const SECOND_SPEAKER: &str = "019a3a00-0000-7000-8000-00000000001f";
const UNKNOWN: &str = "019a3a00-0000-7000-8000-0000000000ff";

/// A 1×1 PNG: the smallest image a speaker's photo can be made from.
const PNG: [u8; 70] = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x64, 0x60, 0xf8, 0x5f, 0x0f, 0x00, 0x02, 0x87, 0x01, 0x80, 0xeb, 0x47, 0xba,
    0x92, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

impl Workspace {
    /// The `start` and `end` times (`HH:MM`, in the meeting's zone) of an entry, as `dais programme` gives them.
    fn times(&self, entry: &str) -> (String, String) {
        let programme = self.json(&["programme"]);
        let rows = programme["days"].as_array().unwrap().iter().flat_map(|d| d["rows"].as_array().unwrap().iter());
        let row = rows.clone().find(|r| r["entry"]["id"] == entry).unwrap_or_else(|| panic!("{entry} not listed"));
        (row["start"]["time"].as_str().unwrap().into(), row["end"]["time"].as_str().unwrap().into())
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

#[test]
fn a_speaker_given_the_chair_of_an_entry_is_listed_then_changed_to_moderator_then_removed() {
    let ws = Workspace::demo();
    let role = ws.ok(&["entry", "role", "add", MORNING_BLOCK, "--speaker", SECOND_SPEAKER, "--role", "chair"]);
    let role = role.trim().to_string();
    assert!(uuid::Uuid::parse_str(&role).is_ok(), "prints the role's id: {role:?}");

    let people = ws.ok(&["entry", "role", "list", MORNING_BLOCK]);
    let row = line(&people, &role);
    for cell in ["Chair", "U4SSC meeting"] {
        assert!(row.contains(cell), "{cell} missing in {row:?}");
    }
    let listed = ws.json(&["entry", "role", "list", MORNING_BLOCK]);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2, "the demo's chair and the new one: {listed:?}");
    let new = listed.iter().find(|p| p["id"] == role.as_str()).unwrap();
    assert_eq!(
        (&new["speaker_id"], &new["role"], &new["event_id"]),
        (&SECOND_SPEAKER.into(), &"chair".into(), &DEMO_EVENT.into())
    );
    // The programme the app shows has the same people: it reads the same roles.
    let programme = ws.json(&["programme"]);
    let block =
        &programme["days"][0]["rows"].as_array().unwrap().iter().find(|r| r["entry"]["id"] == MORNING_BLOCK).unwrap();
    assert!(
        block["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["participation_id"] == role.as_str() && r["role"] == "chair")
    );

    let changed = ws.ok(&["entry", "role", "change", &role, "--role", "moderator"]);
    assert!(changed.contains("is Moderator of U4SSC meeting"), "{changed}");
    let people = ws.ok(&["entry", "role", "list", MORNING_BLOCK]);
    assert!(line(&people, &role).contains("Moderator"), "{people}");
    assert!(people.find("Chair").unwrap() < people.find("Moderator").unwrap(), "chairs first:\n{people}");

    let removed = ws.ok(&["entry", "role", "remove", &role]);
    assert!(removed.starts_with("Removed "), "{removed}");
    let listed = ws.json(&["entry", "role", "list", MORNING_BLOCK]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["speaker_id"], MORNING_CHAIR, "the demo's chair stays");
    ws.fails_json(&["entry", "role", "remove", &role], 4);
    ws.fails_json(&["entry", "role", "change", &role, "--role", "chair"], 4);
}

#[test]
fn a_role_for_an_unknown_speaker_or_entry_is_not_found_and_the_same_role_twice_is_invalid() {
    let ws = Workspace::demo();
    let error = ws.fails_json(&["entry", "role", "add", MORNING_BLOCK, "--speaker", UNKNOWN, "--role", "chair"], 4);
    assert_eq!(error["code"], "not_found");
    let error = ws.fails_json(&["entry", "role", "add", UNKNOWN, "--speaker", SECOND_SPEAKER, "--role", "chair"], 4);
    assert_eq!(error["code"], "not_found");

    let error =
        ws.fails_json(&["entry", "role", "add", MORNING_BLOCK, "--speaker", MORNING_CHAIR, "--role", "chair"], 3);
    assert_eq!(error["code"], "invalid");
    assert_eq!(field_names(&error), ["role"]);
    assert!(error["message"].as_str().unwrap().contains("already has this role"), "{error}");

    // A second role for the same speaker on the same entry is no duplicate.
    ws.ok(&["entry", "role", "add", MORNING_BLOCK, "--speaker", MORNING_CHAIR, "--role", "keynote"]);
    // Changing a role into one the speaker holds there already is refused the same way.
    let keynote = ws.json(&["entry", "role", "list", MORNING_BLOCK]);
    let keynote = keynote.as_array().unwrap().iter().find(|p| p["role"] == "keynote").unwrap()["id"].clone();
    let error = ws.fails_json(&["entry", "role", "change", keynote.as_str().unwrap(), "--role", "chair"], 3);
    assert_eq!(field_names(&error), ["role"]);

    // A speaker of another meeting has no role in this one.
    let other = ws.ok(&["meeting", "new", "--title", "Other", "--short-title", "Other", "--starts-on", "2026-03-02"]);
    let stranger = ws.ok(&["speaker", "add", "--given", "Sam", "--family", "Else", "--event", other.trim()]);
    let error =
        ws.fails_json(&["entry", "role", "add", MORNING_BLOCK, "--speaker", stranger.trim(), "--role", "chair"], 3);
    assert_eq!(field_names(&error), ["speaker_id"]);

    ws.fails_json(&["entry", "role", "add", MORNING_BLOCK, "--speaker", SECOND_SPEAKER, "--role", "host"], 2);
    ws.fails_json(&["entry", "role", "change", keynote.as_str().unwrap()], 2);
}

#[test]
fn without_an_entry_the_role_list_is_every_role_in_the_meeting() {
    let ws = Workspace::demo();
    let all = ws.json(&["entry", "role", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 7, "the demo's roles: {all}");
    let text = ws.ok(&["entry", "role", "list", "--event", DEMO_EVENT]);
    assert!(text.starts_with("ID"), "{text}");
    assert_eq!(text.lines().count(), 8, "a header and a line each:\n{text}");
    let coffee = ws.ok(&[
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
    let none = ws.ok(&["entry", "role", "list", coffee.trim()]);
    assert_eq!(none.trim(), "Coffee has no people yet; `dais entry role add` gives one a role.");
}

#[test]
fn a_block_moved_takes_its_items_and_undo_lays_it_back_and_redo_again() {
    let ws = Workspace::demo();
    assert_eq!(ws.times(MORNING_BLOCK), ("11:00".into(), "12:00".into()));
    assert_eq!(ws.times(OPENING), ("11:00".into(), "11:10".into()));

    let moved = ws.ok(&["entry", "move", MORNING_BLOCK, "--by", "-30"]);
    assert!(line(&moved, MORNING_BLOCK).ends_with("to Fri 31 Oct 10:30 - Fri 31 Oct 11:30"), "{moved}");
    assert_eq!(ws.times(MORNING_BLOCK), ("10:30".into(), "11:30".into()));
    assert_eq!(ws.times(OPENING), ("10:30".into(), "10:40".into()), "the item moved with its block");

    let state = ws.json(&["undo", "--show"]);
    assert!(state["undo"].as_str().unwrap().starts_with("Move"), "{state}");
    assert_eq!(state["redo"], Value::Null);
    let undone = ws.ok(&["undo"]);
    assert!(undone.starts_with("Undid Move"), "{undone}");
    assert_eq!(ws.times(MORNING_BLOCK), ("11:00".into(), "12:00".into()));
    assert_eq!(ws.times(OPENING), ("11:00".into(), "11:10".into()));

    let redone = ws.json(&["redo", "--event", DEMO_EVENT]);
    assert!(redone["redone"].as_str().unwrap().starts_with("Move"), "{redone}");
    assert_eq!(ws.times(OPENING), ("10:30".into(), "10:40".into()));
    ws.ok(&["undo"]);

    // Stretching moves only the end; an end before the start is refused at its field.
    ws.ok(&["entry", "move", OPENING, "--end-by", "5"]);
    assert_eq!(ws.times(OPENING), ("11:00".into(), "11:15".into()));
    let error = ws.fails_json(&["entry", "move", OPENING, "--end-by", "-30"], 3);
    assert_eq!(field_names(&error), ["end"]);
    ws.fails_json(&["entry", "move", UNKNOWN, "--by", "10"], 4);
    ws.fails_json(&["entry", "move", OPENING], 2);
    ws.fails_json(&["entry", "move", OPENING, "--by", "5", "--end-by", "5"], 2);
}

#[test]
fn an_edit_made_by_dais_is_undone_and_nothing_left_to_undo_is_said() {
    let ws = Workspace::demo();
    let nothing = ws.ok(&["undo"]);
    assert_eq!(nothing.trim(), "Nothing to undo in U4SSC-9");
    ws.ok(&["entry", "edit", OPENING, "--title", "Welcome"]);
    assert!(ws.ok(&["undo"]).contains("Welcome"));
    assert!(ws.ok(&["programme"]).contains("Opening and welcome"));
    let state = ws.ok(&["undo", "--show"]);
    assert!(state.contains("Undo: nothing") && state.contains("Redo: Edit"), "{state}");
}

#[test]
fn a_speaker_gets_a_photo_from_an_image_file_and_loses_it() {
    let ws = Workspace::demo();
    let file = ws.dir.path().join("photo.png");
    std::fs::write(&file, PNG).unwrap();
    let speaker = ws.json(&["speaker", "photo", SECOND_SPEAKER, file.to_str().unwrap()]);
    assert!(speaker["photo"].as_str().unwrap().starts_with("data:image/jpeg;base64,"), "{speaker}");
    let removed = ws.ok(&["speaker", "photo", SECOND_SPEAKER, "--remove"]);
    assert!(removed.starts_with("Removed the photo of "), "{removed}");
    let speakers = ws.json(&["speaker", "list"]);
    let speaker = speakers.as_array().unwrap().iter().find(|s| s["id"] == SECOND_SPEAKER).unwrap();
    assert_eq!(speaker["photo"], Value::Null);

    let text = ws.dir.path().join("notes.txt");
    std::fs::write(&text, "not an image").unwrap();
    let error = ws.fails_json(&["speaker", "photo", SECOND_SPEAKER, text.to_str().unwrap()], 3);
    assert_eq!(field_names(&error), ["photo"]);
    let missing = ws.dir.path().join("missing.png");
    assert_eq!(
        field_names(&ws.fails_json(&["speaker", "photo", SECOND_SPEAKER, missing.to_str().unwrap()], 3)),
        ["photo"]
    );
    ws.fails_json(&["speaker", "photo", UNKNOWN, file.to_str().unwrap()], 4);
    ws.fails_json(&["speaker", "photo", SECOND_SPEAKER], 2);
}

#[test]
fn the_demo_meeting_is_added_once_to_a_workspace() {
    let ws = Workspace::empty();
    ws.ok(&["init"]);
    assert_eq!(ws.ok(&["meeting", "demo"]).trim(), DEMO_EVENT);
    assert_eq!(ws.ok(&["meeting", "demo"]).trim(), DEMO_EVENT);
    assert_eq!(ws.json(&["events"]).as_array().unwrap().len(), 1);
}

#[test]
fn the_zones_are_the_iana_names() {
    let ws = Workspace::empty();
    let zones = ws.ok(&["zones"]);
    for zone in ["Europe/Zurich", "America/New_York", "Australia/Sydney"] {
        assert!(zones.lines().any(|l| l == zone), "{zone} missing");
    }
    assert!(ws.json(&["zones"]).as_array().unwrap().len() > 300);
}

#[test]
fn a_zone_is_found_by_a_city_or_a_country() {
    let ws = Workspace::empty();
    assert_eq!(
        ws.ok(&["zones", "Geneva"]).trim(),
        "Europe/Zurich (Geneva)\tSwitzerland: Zürich, Geneva, Basel, Lausanne"
    );
    let json = ws.json(&["zones", "Japan"]);
    assert_eq!(json[0]["zone"], "Asia/Tokyo");
    assert_eq!(json[0]["label"], "Asia/Tokyo (Japan)");
    // A meeting given a city for its zone is told the zone meant.
    ws.ok(&["init"]);
    let run = ws.fails(
        &["meeting", "new", "--title", "Tenth", "--short-title", "T", "--starts-on", "2026-03-26", "--zone", "Geneva"],
        3,
    );
    assert!(run.stderr.contains("did you mean Europe/Zurich (Geneva)?"), "{}", run.stderr);
}

#[test]
fn before_the_first_publication_every_public_entry_is_new_and_a_draft_is_a_draft() {
    let ws = Workspace::demo();
    let published = ws.json(&["published"]);
    assert_eq!(published["version"], Value::Null);
    assert_eq!(published["entries"][OPENING]["state"], "new");
    let text = ws.ok(&["published"]);
    assert!(text.starts_with("U4SSC-9: not published yet."), "{text}");
    assert!(line(&text, "Opening and welcome").ends_with("new: the next publication adds it"), "{text}");
    assert!(line(&text, "Any other business").ends_with("draft"), "{text}");
}

#[test]
fn the_meetings_words_are_given_in_another_language_listed_taken_away_and_written_in_its_documents() {
    let ws = Workspace::demo();
    let said = ws.ok(&["translate", DEMO_EVENT, "title", "fr", "Neuvième réunion de l'U4SSC", "--lang", "en"]);
    assert_eq!(said.trim(), "The title is now given in French");
    ws.ok(&["translate", OPENING, "title", "fr", "Ouverture et bienvenue"]);
    ws.ok(&["translate", OPENING, "description", "ar", "كلمات افتتاحية"]);
    let listed = ws.ok(&["translations"]);
    assert!(line(&listed, "Ouverture").contains(&format!("{OPENING}  title  fr")), "{listed}");
    assert_eq!(ws.json(&["translations"]).as_array().unwrap().len(), 3);

    // The programme as a document in French carries the French words; in Russian, the originals.
    let dir = tempfile::tempdir().unwrap();
    let read = |lang: &str| {
        let file = dir.path().join(format!("programme-{lang}.docx"));
        ws.ok(&["programme", "--docx", file.to_str().unwrap(), "--lang", lang]);
        let out = std::process::Command::new("/usr/bin/python3")
            .args(["-c", "import docx, sys\nd = docx.Document(sys.argv[1])\nprint('\\n'.join(p.text for p in d.paragraphs))\nfor t in d.tables:\n  for r in t.rows: print(' | '.join(c.text for c in r.cells))"])
            .arg(&file)
            .output()
            .expect("python3-docx");
        String::from_utf8(out.stdout).unwrap()
    };
    let french = read("fr");
    assert!(french.contains("Ouverture et bienvenue") && french.contains("Neuvième réunion"), "{french}");
    let russian = read("ru");
    assert!(russian.contains("Opening and welcome") && !russian.contains("Ouverture"), "{russian}");

    // "" takes it away; a field that is not translated is refused at it, with exit code 3.
    assert!(ws.ok(&["translate", OPENING, "title", "fr", ""]).contains("no longer given in French"));
    assert_eq!(ws.json(&["translations"]).as_array().unwrap().len(), 2);
    let refused = ws.fails_json(&["translate", OPENING, "slot", "fr", "x"], 3);
    assert_eq!(field_names(&refused), ["field"]);
    ws.fails(&["translate", UNKNOWN, "title", "fr", "x"], 4);
    ws.fails(&["translate", OPENING, "title", "xx", "x"], 2);
}
