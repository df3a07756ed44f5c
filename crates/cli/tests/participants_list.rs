//! `dais participants-list` end to end: the real binary on the demo workspace, as a script would run it.

use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_dais");

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

struct Workspace {
    dir: TempDir,
    path: PathBuf,
}

impl Workspace {
    fn demo() -> Workspace {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("ws.dais");
        let ws = Workspace { dir, path };
        assert_eq!(ws.run(&["init", "--demo"]).code, 0);
        ws
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str]) -> Run {
        let home = self.dir.path().join("home");
        let out = Command::new(BIN)
            .arg("--workspace")
            .arg(&self.path)
            .args(args)
            .env_remove("DAIS_WORKSPACE")
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .output()
            .expect("the dais binary runs");
        Run {
            code: out.status.code().expect("exited, not killed"),
            stdout: out.stdout,
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
}

/// The CSV's lines, the byte order mark checked and taken off.
fn lines(csv: &[u8]) -> Vec<String> {
    let text = std::str::from_utf8(csv.strip_prefix(b"\xEF\xBB\xBF").expect("a BOM")).unwrap();
    assert!(text.ends_with("\r\n"), "CRLF");
    text.split_terminator("\r\n").map(str::to_string).collect()
}

#[test]
fn csv_to_the_standard_output_with_the_default_columns_and_the_count_on_stderr() {
    let ws = Workspace::demo();
    let run = ws.run(&["participants-list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = lines(&run.stdout);
    assert_eq!(lines[0], "Family name,Given name,Email,Organisation,Country,Category,Status,Submitted (Europe/Zurich)");
    assert_eq!(lines.len(), 6, "the header and the demo's five: {lines:?}");
    assert!(run.stderr.contains("5 rows to the standard output"), "{}", run.stderr);
}

#[test]
fn the_registrations_filters_the_columns_picked_and_a_file() {
    let ws = Workspace::demo();
    let file = ws.file("approved.csv");
    let run = ws.run(&[
        "participants-list",
        "--status",
        "approved",
        "--sort",
        "name",
        "--columns",
        "family_name,status,country_code",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "the list went to the file");
    let lines = lines(&std::fs::read(&file).unwrap());
    assert_eq!(lines[0], "Family name,Status,Country code");
    assert_eq!(lines.len(), 3, "the demo's two approved: {lines:?}");
    assert!(lines[1..].iter().all(|l| l.contains(",Approved,")), "{lines:?}");
    assert!(lines[1] <= lines[2], "sorted by name: {lines:?}");
}

#[test]
fn xlsx_by_the_extension_with_a_json_report() {
    let ws = Workspace::demo();
    let file = ws.file("participants.XLSX");
    let run = ws.run(&["--json", "participants-list", "--out", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(run.stderr.trim()).unwrap();
    assert_eq!((report["format"].as_str(), report["rows"].as_u64()), (Some("xlsx"), Some(5)));
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "an XLSX is a zip file");
}

#[test]
fn refusals_and_their_exit_codes() {
    let ws = Workspace::demo();
    let code = |args: &[&str]| {
        let run = ws.run(args);
        (run.code, run.stderr)
    };
    let (c, stderr) = code(&["participants-list", "--format", "xlsx"]);
    assert_eq!(c, 3, "XLSX to a terminal: {stderr}");
    assert!(stderr.contains("--out"), "{stderr}");
    let list_txt = ws.file("list.txt");
    let (c, stderr) = code(&["participants-list", "--out", list_txt.to_str().unwrap()]);
    assert_eq!(c, 3, "neither .csv nor .xlsx: {stderr}");
    assert!(!Path::new(&list_txt).exists());
    let (c, _) = code(&["participants-list", "--columns", "family_name,shoe_size"]);
    assert_eq!(c, 2, "an unknown column is a usage error");
    let nowhere = ws.file("no/such/folder/list.csv");
    let (c, stderr) = code(&["participants-list", "--out", nowhere.to_str().unwrap()]);
    assert_eq!(c, 1, "the file cannot be written: {stderr}");
    let (c, _) = code(&["participants-list", "--event", "019a3a00-0000-7000-8000-0000000000ff"]);
    assert_eq!(c, 4, "no such meeting");
}

#[test]
fn a_list_written_by_one_workspace_is_imported_by_another_with_its_columns_mapped_and_undone_as_one_step() {
    let source = Workspace::demo();
    source.run(&[
        "registration",
        "add",
        "--given-name",
        "Kofi",
        "--family-name",
        "Mensah",
        "--email",
        "kofi@example.gh",
        "--organisation",
        "NCA",
        "--country",
        "Ghana",
    ]);
    let list = source.file("list.csv");
    let columns = "family_name,given_name,email,organisation,country,category,status,submitted_at";
    let wrote = source.run(&["participants-list", "--columns", columns, "--out", list.to_str().unwrap()]);
    assert_eq!(wrote.code, 0, "{}", wrote.stderr);

    let target = Workspace::demo();
    let dry = target.run(&["--json", "registration", "import", list.to_str().unwrap(), "--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    let preview: serde_json::Value = serde_json::from_slice(&dry.stdout).unwrap();
    assert_eq!(preview["counts"]["add"], 1, "Kofi; the demo's registrants are there already: {preview}");
    assert_eq!(preview["counts"]["unchanged"], 5);
    assert_eq!(preview["columns"][0]["field"], "family_name");

    let left_out =
        target.run(&["registration", "import", list.to_str().unwrap(), "--map", "Organisation=none", "--dry-run"]);
    assert!(String::from_utf8_lossy(&left_out.stdout).contains("Organisation → (left out)"));
    assert!(String::from_utf8_lossy(&left_out.stdout).contains("organisation is required"), "then refused at its cell");

    let imported = target.run(&["registration", "import", list.to_str().unwrap()]);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    let again = target.file("again.csv");
    target.run(&["participants-list", "--columns", columns, "--out", again.to_str().unwrap()]);
    assert_eq!(lines(&std::fs::read(&again).unwrap()), lines(&std::fs::read(&list).unwrap()), "the same rows");

    let undone = target.run(&["undo"]);
    assert_eq!(undone.code, 0, "{}", undone.stderr);
    let after = target.run(&["--json", "registrations"]);
    assert!(!String::from_utf8_lossy(&after.stdout).contains("kofi@example.gh"), "the import undone");

    let broken = target.file("broken.csv");
    std::fs::write(
        &broken,
        "Given name,Family name,Email,Organisation,Country\nAna,Ribeiro,not-an-address,Anatel,BR\n",
    )
    .unwrap();
    let refused = target.run(&["registration", "import", broken.to_str().unwrap()]);
    assert_eq!(refused.code, 3, "invalid input");
    assert!(refused.stderr.contains("row 2") && refused.stderr.contains("not an email address"), "{}", refused.stderr);
}
