//! Every operation of the app has its command line: each `#[tauri::command]` of the desktop app (any `.rs` file under
//! `src-tauri/`) is mapped here to the `dais` verb that does the same, or is exempt with the reason. A new app command
//! without a verb fails this test until it has one, or an exemption that says why not.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_dais");

/// What the command line has for an app command.
enum Cli {
    /// The verb (its words, without flags) that does it; a note where a flag or the output does the part.
    Verb(&'static str),
    /// No verb: why a script has no use for one.
    Exempt(&'static str),
}

use Cli::{Exempt, Verb};

const COMMANDS: &[(&str, Cli)] = &[
    // The workspace and its meetings
    ("meetings", Verb("events")),
    ("side_events", Verb("meeting side-events")),
    ("create_meeting", Verb("meeting new")),
    ("edit_event", Verb("meeting edit")), // archive and unarchive too
    ("open_demo", Verb("meeting demo")),
    ("delete_meeting", Verb("meeting delete")),
    ("start_new_workspace", Verb("init")), // `dais init --workspace NEW`: a new workspace where the script says
    // The programme and its entries
    ("programme", Verb("programme")),
    ("save_programme_document", Verb("programme")), // --docx FILE, --pdf FILE
    ("zone_names", Verb("zones")),
    // The language shown: the app keeps the organiser's choice per computer; a command line takes it per run.
    ("languages", Exempt("the app's language picker; `dais --lang xx` (or LANG) chooses the CLI's for each run")),
    ("choose_language", Exempt("keeps the app's language on this computer; `dais --lang xx` chooses the CLI's")),
    // Updates of the app itself: the command line is updated with its package (apt, the installer), not by itself.
    ("update_settings", Exempt("whether the app checks for its own updates")),
    ("choose_update_checks", Exempt("turns the app's own update checks on or off")),
    ("update_offer", Exempt("the app's own newer version, as found")),
    ("check_for_update", Exempt("checks for the app's own newer version")),
    ("install_update", Exempt("installs the app's own newer version and starts it again")),
    ("find_zones", Verb("zones")), // `dais zones CITY`
    ("add_entry", Verb("entry add")),
    ("edit_entry", Verb("entry edit")),
    ("reschedule", Verb("entry move")),
    ("delete_entry", Verb("entry delete")),
    ("participations", Verb("entry role list")),
    ("save_participation", Verb("entry role add")), // and `entry role change`
    ("delete_participation", Verb("entry role remove")),
    ("undo_state", Verb("undo")), // --show
    ("undo", Verb("undo")),
    ("redo", Verb("redo")),
    // Speakers
    ("speakers", Verb("speaker list")),
    ("unlisted_speakers", Verb("speaker list")), // its PUBLIC SITE column
    ("countries", Verb("countries")),
    ("new_speaker", Verb("speaker add")), // the blank speaker the app's form starts from; `speaker add` starts from it
    ("add_speaker", Verb("speaker add")),
    ("edit_speaker", Verb("speaker edit")),
    ("set_speaker_photo", Verb("speaker photo")),
    ("remove_speaker_photo", Verb("speaker photo")), // --remove
    ("delete_speaker", Verb("speaker delete")),
    // Registrations and focal points
    ("registration_page", Verb("registrations")),
    ("registration_ids", Verb("registrations")), // --ids, or the ids of `--json`
    ("registration_countries", Verb("registration summary")), // its countries
    ("registration_summary", Verb("registration summary")),
    ("registration", Verb("registration show")),
    ("add_registration", Verb("registration add")),
    ("edit_registration", Verb("registration edit")),
    ("decide", Verb("registration decide")),
    ("erase_registration", Verb("registration erase")),
    ("list_columns", Verb("participants-list")), // its --help names every column
    ("save_participants_list", Verb("participants-list")),
    ("choose_import_file", Verb("registration import")), // its FILE
    ("preview_registration_import", Verb("registration import")), // with --dry-run
    ("import_registrations", Verb("registration import")),
    ("preview_programme_import", Verb("import-programme")), // with --dry-run
    ("import_programme", Verb("import-programme")),
    ("read_meeting_circular", Verb("meeting read-circular")),
    ("create_meeting_from_circular", Verb("meeting from-circular")),
    ("propose_programme_meeting", Verb("import-programme")), // --new-meeting, what it would make
    ("fetch_indico_programme", Verb("import-programme")),    // an Indico address, --indico-token
    ("import_programme_as_meeting", Verb("import-programme")), // --new-meeting
    (
        "cancel_import",
        Exempt("stops the window's import under way; a `dais registration import` stops with Ctrl-C, writing nothing"),
    ),
    (
        "close_import_file",
        Exempt("lets the window's chosen file go; `dais registration import` reads its file per run"),
    ),
    ("translations", Verb("translations")),
    ("translate", Verb("translate")),
    ("focal_points", Verb("focal-point list")),
    ("save_focal_point", Verb("focal-point add")), // and `focal-point change`
    ("delete_focal_point", Verb("focal-point remove")),
    // The event site
    ("save_site_settings", Verb("site")),
    ("organiser_name", Verb("organiser")),
    ("save_organiser_name", Verb("organiser")),
    ("sync_now", Verb("sync")),
    ("sync_status", Verb("status")),
    ("share_meeting", Verb("share")),
    ("conflicts", Verb("conflicts")),
    ("restore_conflict", Verb("restore")),
    // Publication
    ("preview", Verb("preview")),
    ("publish", Verb("publish")),
    ("unpublish", Verb("unpublish")),
    ("versions", Verb("versions")),
    ("programme_publication", Verb("published")),
    ("embed_snippets", Verb("embed")),
    ("save_site_files", Verb("site-files")),
    // The window's own
    (
        "edit_menu",
        Exempt("sets what the window's Edit menu says; `dais undo --show` tells a script what Undo would lay back"),
    ),
    (
        "open_site_page",
        Exempt("opens a page in the browser; `dais publish` prints the programme's address for a script to use"),
    ),
    (
        "workspace_problem",
        Exempt("the window's screen for a workspace that cannot be opened; `dais` says why on stderr and exits 5"),
    ),
];

/// The repository's root: the CLI crate is `crates/cli`.
fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.rs` file under `dir`, in its sub-folders too.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{} cannot be read: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target" && n != "gen") {
                rust_files(&path, found);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The name of each function marked `#[tauri::command]` in `source` (the attribute may sit above further attributes
/// or comments; the function is the first `fn` after it).
fn commands_in(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("#[tauri::command") {
        rest = &rest[at + 1..];
        let after_fn = rest.find("fn ").map(|i| &rest[i + 3..]).expect("a function after #[tauri::command]");
        let name: String = after_fn.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        names.push(name);
    }
    names
}

fn app_commands() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&repository().join("src-tauri"), &mut files);
    let mut names: Vec<String> = files.iter().flat_map(|f| commands_in(&std::fs::read_to_string(f).unwrap())).collect();
    names.sort();
    names
}

#[test]
fn the_app_commands_are_read_from_every_file_under_src_tauri() {
    let names = app_commands();
    assert!(names.len() > 40, "too few app commands found: {names:?}");
    for known in ["programme", "save_participation", "edit_menu"] {
        assert!(names.iter().any(|n| n == known), "{known} not found among {names:?}");
    }
    let source = "/// Doc.\n#[tauri::command]\n#[allow(unused)]\npub(crate) async fn a_command(x: u8) {}\n";
    assert_eq!(commands_in(source), ["a_command"]);
}

#[test]
fn every_app_command_has_a_dais_verb_or_a_reason_why_not() {
    let names = app_commands();
    let missing: Vec<&String> = names.iter().filter(|n| !COMMANDS.iter().any(|(c, _)| c == n)).collect();
    assert!(
        missing.is_empty(),
        "app commands without a `dais` verb: {missing:?}; add the verb (crates/cli) and map it in COMMANDS, or exempt \
         the command there with the reason"
    );
    let gone: Vec<&str> = COMMANDS.iter().map(|(c, _)| *c).filter(|c| !names.iter().any(|n| n == c)).collect();
    assert!(gone.is_empty(), "COMMANDS names commands the app no longer has: {gone:?}");
    for (command, cli) in COMMANDS {
        match cli {
            Verb(verb) => {
                let out = Command::new(BIN).args(verb.split(' ')).arg("--help").output().expect("the dais binary runs");
                assert!(
                    out.status.success(),
                    "`dais {verb} --help` (for the app's {command}) failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            Exempt(reason) => assert!(!reason.is_empty(), "{command} is exempt without a reason"),
        }
    }
}

#[test]
fn each_command_is_in_the_table_once() {
    let mut names: Vec<&str> = COMMANDS.iter().map(|(c, _)| *c).collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "a command is listed twice");
}
