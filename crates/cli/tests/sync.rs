//! Organisers on the command line against a real `dais-site` process on 127.0.0.1: two workspaces editing the same
//! entry, a registration from the public form, and a `dais sync` killed with SIGKILL at random points.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;
use tempfile::TempDir;

const DAIS: &str = env!("CARGO_BIN_EXE_dais");
const DEMO_EVENT: &str = "019a3a00-0000-7000-8000-000000000001";
const OPENING: &str = "019a3a00-0000-7000-8000-00000000000b";

/// `dais-site` is built beside `dais` by `cargo test --workspace`.
fn site_binary() -> PathBuf {
    let path = Path::new(DAIS).with_file_name(format!("dais-site{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} is missing: run the tests with `cargo test --workspace`", path.display());
    path
}

struct SiteProcess {
    child: Child,
    url: String,
    data: TempDir,
}

impl SiteProcess {
    fn start() -> SiteProcess {
        let data = TempDir::new().unwrap();
        let mut child = Command::new(site_binary())
            .args(["serve", "--bind", "127.0.0.1:0", "--data"])
            .arg(data.path())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let url = line.trim().rsplit(' ').next().unwrap().to_string();
        assert!(url.starts_with("http://127.0.0.1:"), "{line:?}");
        SiteProcess { child, url, data }
    }

    fn token(&self, name: &str) -> String {
        let out = Command::new(site_binary())
            .args(["token", "create", "--name", name, "--data"])
            .arg(self.data.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }
}

impl Drop for SiteProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Laptop {
    dir: TempDir,
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Laptop {
    fn new(site: &SiteProcess, name: &str, demo: bool) -> Laptop {
        let laptop = Laptop { dir: TempDir::new().unwrap() };
        laptop.ok(&if demo { vec!["init", "--demo"] } else { vec!["init"] });
        if demo {
            // The demo stays on the laptop unless shared deliberately.
            laptop.ok(&["share"]);
        }
        laptop.ok(&["site", "--url", &site.url, "--token", &site.token(name)]);
        laptop
    }

    fn workspace(&self) -> PathBuf {
        self.dir.path().join("ws.dais")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(DAIS);
        cmd.arg("--workspace").arg(self.workspace()).args(args);
        // No keychain in a test: the token goes to the documented file beside the workspace.
        cmd.env("HOME", self.dir.path()).env_remove("DBUS_SESSION_BUS_ADDRESS").env_remove("DAIS_SITE_TOKEN");
        cmd
    }

    fn run(&self, args: &[&str]) -> Run {
        let out = self.command(args).output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into(),
            stderr: String::from_utf8_lossy(&out.stderr).into(),
        }
    }

    fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, 0, "dais {args:?}: {} {}", run.stderr, run.stdout);
        run.stdout
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        serde_json::from_str(&self.ok(&all)).unwrap()
    }

    fn title_of_opening(&self) -> String {
        let programme = self.json(&["programme"]);
        programme["days"][0]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["entry"]["id"] == OPENING)
            .map(|r| r["entry"]["title"].as_str().unwrap().to_string())
            .unwrap()
    }
}

#[test]
fn re_pointing_a_workspace_at_a_site_it_already_synced_with_reports_no_new_conflicts() {
    let site = SiteProcess::start();
    let alice = Laptop::new(&site, "Alice", true);
    alice.ok(&["sync"]);
    let bob = Laptop::new(&site, "Bob", false);
    bob.ok(&["sync"]);
    alice.ok(&["entry", "edit", OPENING, "--title", "Welcome by the Director"]);
    std::thread::sleep(Duration::from_millis(5));
    bob.ok(&["entry", "edit", OPENING, "--title", "Welcome and introductions"]);
    alice.ok(&["sync"]);
    assert_eq!(bob.json(&["sync"])["conflicts"], 1, "Bob's sync brings him the conflict, once");
    assert_eq!(bob.json(&["sync"])["conflicts"], 0);

    // The same site by another of its addresses: the position starts afresh and the pull brings everything again.
    let again = site.url.replace("127.0.0.1", "localhost");
    assert_ne!(again, site.url);
    let token = std::fs::read_to_string(bob.dir.path().join("ws.dais.token")).unwrap();
    bob.ok(&["site", "--url", &again, "--token", token.trim()]);
    let report = bob.json(&["sync"]);
    assert!(report["pulled"].as_u64().unwrap() > 0, "{report}");
    assert_eq!(report["conflicts"], 0, "the conflict it had is not new: {report}");
    assert!(!bob.ok(&["sync"]).contains("new conflicts"));
    assert_eq!(bob.json(&["conflicts"]).as_array().unwrap().len(), 1);
}

#[test]
fn two_organisers_with_names_set_are_named_so_in_conflicts_versions_and_decisions_not_by_their_tokens() {
    let site = SiteProcess::start();
    let alice = Laptop::new(&site, "alice", true);
    alice.ok(&["organiser", "Alice Martin, TSB"]);
    alice.ok(&["sync"]);
    let bob = Laptop::new(&site, "bob", false);
    bob.ok(&["organiser", "王小明 (BDT)"]);
    bob.ok(&["sync"]);

    alice.ok(&["entry", "edit", OPENING, "--title", "Welcome by the Director"]);
    std::thread::sleep(Duration::from_millis(5));
    bob.ok(&["entry", "edit", OPENING, "--title", "Welcome and introductions"]);
    alice.ok(&["sync"]);
    bob.ok(&["sync"]);
    alice.ok(&["sync"]);
    for laptop in [&alice, &bob] {
        let conflicts = laptop.json(&["conflicts"]);
        assert_eq!(conflicts[0]["author"], "Alice Martin, TSB", "{conflicts}");
        assert_eq!(conflicts[0]["winner_author"], "王小明 (BDT)", "{conflicts}");
    }

    alice.ok(&["publish"]);
    bob.ok(&["sync"]);
    for laptop in [&alice, &bob] {
        let versions = laptop.json(&["versions"]);
        assert_eq!(versions[0]["published_by"], "Alice Martin, TSB", "{versions}");
        assert!(laptop.ok(&["versions"]).contains("by Alice Martin, TSB"));
    }

    let id = bob.ok(&[
        "registration",
        "add",
        "--given-name",
        "Ana",
        "--family-name",
        "Silva",
        "--email",
        "ana.silva@example.org",
        "--organisation",
        "Anatel",
        "--country",
        "br",
        "--category",
        "member_state_administration",
    ]);
    bob.ok(&["registration", "decide", id.trim(), "--status", "approved"]);
    bob.ok(&["sync"]);
    alice.ok(&["sync"]);
    let registrations = alice.json(&["registrations"]);
    let ana = registrations["rows"].as_array().unwrap().iter().find(|r| r["family_name"] == "Silva").unwrap();
    assert_eq!(ana["decision"]["decided_by"], "王小明 (BDT)", "{ana}");
}

/// Registers through the public form as a browser would: the form page first (its cookie and hidden token), then
/// the post.
fn register_on_the_form(site: &str, email: &str) {
    let http = reqwest::blocking::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let form_url = format!("{site}/events/{DEMO_EVENT}/register");
    let page = http.get(&form_url).send().unwrap();
    let cookie = page.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string();
    let html = page.text().unwrap();
    let token = html.split("name=\"csrf_token\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let answer = http
        .post(&form_url)
        .header("cookie", cookie)
        .form(&[
            ("csrf_token", token.as_str()),
            ("given_name", "Ana"),
            ("family_name", "Silva"),
            ("email", email),
            ("organisation", "City of Lisbon"),
            ("country", "PT"),
            ("category", "academia"),
        ])
        .send()
        .unwrap();
    assert!(answer.status().is_redirection() || answer.status().is_success(), "{}", answer.status());
}

#[test]
fn two_organisers_edit_one_entry_offline_and_both_end_with_the_same_value_and_see_the_conflict() {
    let site = SiteProcess::start();
    let alice = Laptop::new(&site, "Alice", true);
    // The letter's registration closed in 2025: Alice keeps it open a while longer, so the form takes one today.
    {
        let mut store = dais_core::Store::open(&alice.workspace()).unwrap();
        let mut meeting: dais_core::Event = store.get(DEMO_EVENT.parse().unwrap()).unwrap();
        meeting.registration.closes_at = None;
        store.save_event(&meeting).unwrap();
    }
    assert!(alice.ok(&["sync"]).contains("changes sent"));
    // Nothing is public before a publication; the first makes version 1.
    assert_eq!(reqwest::blocking::get(format!("{}/events/{DEMO_EVENT}/programme", site.url)).unwrap().status(), 404);
    assert_eq!(alice.json(&["publish"])["published"]["version"], 1);
    let bob = Laptop::new(&site, "Bob", false);
    bob.ok(&["sync"]);
    assert_eq!(bob.title_of_opening(), "Opening and welcome");

    alice.ok(&["entry", "edit", OPENING, "--title", "Welcome by the Director"]);
    std::thread::sleep(Duration::from_millis(5));
    bob.ok(&["entry", "edit", OPENING, "--title", "Welcome and introductions"]);
    assert_eq!(alice.json(&["status"])["waiting"], 1);
    alice.ok(&["sync"]);
    bob.ok(&["sync"]);
    alice.ok(&["sync"]);
    assert_eq!(alice.title_of_opening(), "Welcome and introductions");
    assert_eq!(bob.title_of_opening(), "Welcome and introductions");
    for laptop in [&alice, &bob] {
        let conflicts = laptop.json(&["conflicts"]);
        assert_eq!(conflicts.as_array().unwrap().len(), 1, "{conflicts}");
        assert_eq!(conflicts[0]["value"], "Welcome by the Director");
        assert_eq!(conflicts[0]["author"], "Alice");
        assert_eq!(conflicts[0]["winner_author"], "Bob");
        assert!(laptop.ok(&["conflicts"]).contains("Welcome by the Director"));
    }

    // A registration on the public form reaches both.
    register_on_the_form(&site.url, "ana.silva@example.org");
    for laptop in [&alice, &bob] {
        laptop.ok(&["sync"]);
        let registrations = laptop.json(&["registrations"]);
        let from_form: Vec<_> = registrations["rows"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["email"] == "ana.silva@example.org")
            .collect();
        assert_eq!(from_form.len(), 1);
        assert_eq!(from_form[0]["source"], "website_form");
    }

    // The public programme still shows version 1; the next publication shows Bob's title.
    let programme = format!("{}/events/{DEMO_EVENT}/programme", site.url);
    let page = reqwest::blocking::get(&programme).unwrap().text().unwrap();
    assert!(!page.contains("Welcome and introductions"), "an edit synced but not published stays off the site");
    let preview = alice.ok(&["preview"]);
    assert!(preview.contains("Retitled: \"Opening and welcome\" is now \"Welcome and introductions\""), "{preview}");
    let published = alice.json(&["publish"]);
    assert_eq!(published["published"]["version"], 2);
    let page = reqwest::blocking::get(published["programme"].as_str().unwrap()).unwrap().text().unwrap();
    assert!(page.contains("Welcome and introductions"), "the public programme shows the edit");
    bob.ok(&["sync"]);
    let versions = bob.json(&["versions"]);
    assert_eq!(
        versions.as_array().unwrap().iter().map(|v| v["version"].as_i64().unwrap()).collect::<Vec<_>>(),
        [2, 1],
        "each laptop keeps the versions"
    );
}

#[test]
fn offline_is_a_normal_state_with_the_changes_waiting() {
    let site = SiteProcess::start();
    let alice = Laptop::new(&site, "Alice", true);
    let url = site.url.clone();
    drop(site);
    let run = alice.run(&["sync"]);
    assert_eq!(run.code, 7, "{}", run.stderr);
    assert!(run.stderr.contains("offline") && run.stderr.contains("changes waiting"), "{}", run.stderr);
    assert!(alice.json(&["status"])["waiting"].as_i64().unwrap() > 20);
    assert_eq!(alice.json(&["status"])["site"], url.as_str());
}

#[test]
fn a_wrong_token_is_a_clear_error() {
    let site = SiteProcess::start();
    let alice = Laptop::new(&site, "Alice", true);
    alice.ok(&["site", "--url", &site.url, "--token", "dais_wrong"]);
    let run = alice.run(&["sync"]);
    assert_eq!(run.code, 8);
    assert!(run.stderr.contains("token"), "{}", run.stderr);
}

#[test]
fn the_app_and_the_cli_writing_one_workspace_at_once_take_turns_and_every_edit_reaches_the_site() {
    let site = SiteProcess::start();
    let alice = Laptop::new(&site, "Alice", true);
    alice.ok(&["sync"]);
    // The app holds the workspace open all day; the CLI writes to the same file meanwhile.
    let mut app = dais_core::Store::open(&alice.workspace()).unwrap();
    let thematic_groups = |app: &dais_core::Store| {
        let entries = app.entries(DEMO_EVENT.parse().unwrap()).unwrap();
        entries.into_iter().find(|e| e.title.starts_with("Updates from the U4SSC thematic")).unwrap()
    };
    let mut thematic = thematic_groups(&app);
    std::thread::scope(|s| {
        s.spawn(|| {
            for i in 0..25 {
                alice.ok(&["entry", "edit", OPENING, "--title", &format!("Opening, take {i}")]);
            }
        });
        for i in 0..25 {
            thematic.title = format!("Thematic groups, take {i}");
            app.save_entry(&thematic).expect("the app's write waits its turn, never fails");
        }
    });
    // The CLI's sync takes every change waiting, the app's included; the app's next edit still gets a new id.
    alice.ok(&["sync"]);
    thematic.title = "Thematic groups, final".into();
    app.save_entry(&thematic).unwrap();
    assert_eq!(alice.json(&["status"])["waiting"], 1);
    alice.ok(&["sync"]);

    let site_file = site.data.path().join("site.dais");
    assert_eq!(rows(&alice.workspace()), rows(&site_file), "the site holds every edit of both writers");
    let titles: Vec<String> = rows(&site_file).into_iter().map(|r| r.1).collect();
    assert!(titles.contains(&"Opening, take 24".to_string()), "{titles:?}");
    assert!(titles.contains(&"Thematic groups, final".to_string()), "{titles:?}");
}

/// Many changes each way, so that a sync takes long enough to be killed in the middle of a push or a pull.
fn big_outbox(laptop: &Laptop, entries: usize) {
    let store = &mut dais_core::Store::open(&laptop.workspace()).unwrap();
    let block: dais_core::Entry = store.get(OPENING.parse().unwrap()).unwrap();
    store
        .write(|w| {
            for i in 0..entries {
                let entry = dais_core::Entry { id: dais_core::new_id(), title: format!("Entry {i}"), ..block.clone() };
                w.put(&entry)?;
            }
            Ok(())
        })
        .unwrap();
}

fn integrity(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

/// Every entry, with its fields and stamps: equal on two replicas when they converged.
fn rows(path: &Path) -> Vec<(String, String, String, bool)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn.prepare("SELECT id, title, clocks, deleted FROM entries ORDER BY id").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(Result::unwrap).collect()
}

fn indexes(path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

fn count(path: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(path).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_sync_killed_at_random_points_loses_nothing_and_duplicates_nothing() {
    let site = SiteProcess::start();
    let alice = Laptop::new(&site, "Alice", true);
    // The demo reaches the site first: Bob edits its Opening below, whatever the kills leave of the big push.
    alice.ok(&["sync"]);
    big_outbox(&alice, 4_000);
    let bob = Laptop::new(&site, "Bob", false);
    let expected_entries = count(&alice.workspace(), "SELECT count(*) FROM entries");
    let mut killed = 0;
    // Kill Alice's push and Bob's pull at spread-out moments, then let each finish.
    for (round, delay) in [5u64, 40, 90, 150, 250, 400, 20, 70].into_iter().enumerate() {
        let laptop = if round % 2 == 0 { &alice } else { &bob };
        let mut child = laptop.command(&["sync"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            killed += 1;
        }
        child.wait().unwrap();
        assert_eq!(integrity(&laptop.workspace()), "ok");
        if round == 3 {
            // Bob catches up and edits while Alice's push may be half done.
            bob.ok(&["sync"]);
            bob.ok(&["entry", "edit", OPENING, "--title", "Edited between kills"]);
        }
    }
    assert!(killed > 0, "no sync was killed: the fixture is too small to test anything");
    for _ in 0..2 {
        alice.ok(&["sync"]);
        bob.ok(&["sync"]);
    }
    for laptop in [&alice, &bob] {
        let ws = laptop.workspace();
        assert_eq!(integrity(&ws), "ok");
        assert_eq!(count(&ws, "SELECT count(*) FROM outbox"), 0);
        assert_eq!(count(&ws, "SELECT count(*) FROM outbox_created"), 0, "the new rows' entries too");
        assert_eq!(count(&ws, "SELECT count(*) FROM entries"), expected_entries);
        assert_eq!(count(&ws, "SELECT count(DISTINCT title) FROM entries WHERE title LIKE 'Entry %'"), 4_000);
        let opening = format!("SELECT count(*) FROM entries WHERE id = '{OPENING}' AND title = 'Edited between kills'");
        assert_eq!(count(&ws, &opening), 1);
    }
    // A first pull sets the indexes aside (`Store::set_indexes_aside`): each kill left them built again.
    let fresh = tempfile::TempDir::new().unwrap();
    drop(dais_core::Store::open(&fresh.path().join("ws.dais")).unwrap());
    for laptop in [&alice, &bob] {
        assert_eq!(indexes(&laptop.workspace()), indexes(&fresh.path().join("ws.dais")));
    }
    let site_file = site.data.path().join("site.dais");
    assert_eq!(integrity(&site_file), "ok");
    assert_eq!(count(&site_file, "SELECT count(*) FROM entries"), expected_entries);
    assert_eq!(rows(&alice.workspace()), rows(&site_file));
    assert_eq!(rows(&bob.workspace()), rows(&site_file));
}

/// `token create` says what a token covers; a meeting the site does not have is refused by name.
#[test]
fn a_new_token_says_which_meetings_it_covers() {
    let site = SiteProcess::start();
    let create = |args: &[&str]| {
        Command::new(site_binary())
            .args(["token", "create"])
            .args(args)
            .arg("--data")
            .arg(site.data.path())
            .output()
            .unwrap()
    };
    let out = create(&["--name", "Alice"]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Alice's token may change and read every meeting of this site"), "{said}");
    assert!(String::from_utf8_lossy(&out.stdout).trim().starts_with("dais_"));

    let unknown = uuid::Uuid::now_v7().to_string();
    let out = create(&["--name", "Bob", "--meeting", &unknown]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(&format!("no meeting with id {unknown}")), "{said}");
    assert!(out.stdout.is_empty(), "no token is made");

    let list = Command::new(site_binary()).args(["token", "list", "--data"]).arg(site.data.path()).output().unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(list.contains("Alice") && list.contains("every meeting") && !list.contains("Bob"), "{list}");
}

#[test]
fn a_colleague_gives_the_embeds_snippets_and_writes_the_public_site_as_files_with_the_site_down() {
    let site = SiteProcess::start();
    let alice = Laptop::new(&site, "Alice", true);
    alice.ok(&["sync"]);
    assert_eq!(alice.json(&["publish"])["published"]["version"], 1);
    let bob = Laptop::new(&site, "Bob", false);
    bob.ok(&["sync"]);

    // The snippets: the site's script and an element, with a link for a browser that runs no script.
    let snippets = bob.json(&["embed"]);
    let parts: Vec<&str> = snippets.as_array().unwrap().iter().map(|s| s["part"].as_str().unwrap()).collect();
    assert_eq!(parts, ["programme", "speakers", "registration"]);
    let programme = bob.ok(&["embed", "--part", "programme"]);
    let url = site.url.clone();
    assert!(programme.starts_with(&format!("<script src=\"{url}/embed.js\" async></script>\n")), "{programme}");
    assert!(
        programme.contains(&format!(
            "<dais-programme meeting=\"{DEMO_EVENT}\"><a href=\"{url}/events/{DEMO_EVENT}/programme\">Programme of U4SSC-9</a></dais-programme>"
        )),
        "{programme}"
    );
    let french = bob.ok(&["--lang", "fr", "embed", "--part", "registration"]);
    assert!(french.contains(">S’inscrire à U4SSC-9</a></dais-registration>"), "{french}");

    // With the site down, the public site as Bob's workspace keeps it, as files.
    drop(site);
    let dir = TempDir::new().unwrap();
    let files = dir.path().join("u4ssc-site");
    let written =
        bob.json(&["site-files", "--to", files.to_str().unwrap(), "--public-url", "https://u4ssc.example.org"]);
    assert!(written["files"].as_u64().unwrap() > 50, "{written}");
    let home = std::fs::read_to_string(files.join(format!("events/{DEMO_EVENT}/index.html"))).unwrap();
    assert!(home.contains("U4SSC-9") && home.contains("href=\"programme/index.html\""), "{home}");
    assert!(home.contains(&format!("href=\"{url}/events/{DEMO_EVENT}/register\"")), "the live form: {home}");
    let calendar = std::fs::read_to_string(files.join(format!("fr/events/{DEMO_EVENT}/programme.ics"))).unwrap();
    assert!(calendar.contains("https://u4ssc.example.org/events/"), "the feeds link where the files are served");

    // A folder that holds files is not written over.
    let again = bob.run(&["site-files", "--to", files.to_str().unwrap()]);
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(again.stderr.contains("is not empty"), "{}", again.stderr);
}
