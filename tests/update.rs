//! Dais updating itself, end to end, as installed: the .deb of version N installed with dpkg, a feed on 127.0.0.1
//! offering N+1 (a real bundle, signed with a throw-away release key that both versions were built with), the real
//! window under Xvfb. Checks off (by the computer's policy, by the organiser) ask nothing of the feed; a bundle whose
//! signature was tampered with is refused and nothing is installed; the good one is installed on the organiser's word
//! and the app starts again as N+1 on its workspace, every meeting kept. Installed, a `.dais` file is of Dais's type
//! and opens in it, as a file manager opens it (GIO, which GNOME's and most others use).
//!
//! `scripts/update-test.sh` builds the two .debs and the signatures and runs this (as root: it installs packages).

mod support;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fantoccini::Client;
use support::*;

const INSTALLED: &str = "/usr/bin/dais-app";

fn given(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run scripts/update-test.sh"))
}

/// The feed: `latest.json` naming N+1, and its .deb. Counts the requests for the manifest; serves the tampered
/// signature until told otherwise.
struct Feed {
    asked: Arc<AtomicUsize>,
    tampered: Arc<AtomicBool>,
    url: String,
}

async fn start_feed(new_deb: PathBuf, new_version: String, good: String, bad: String) -> Feed {
    use axum::routing::get;
    let asked = Arc::new(AtomicUsize::new(0));
    let tampered = Arc::new(AtomicBool::new(true));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let (count, bad_now) = (asked.clone(), tampered.clone());
    let manifest = move || {
        count.fetch_add(1, Ordering::SeqCst);
        let signature = if bad_now.load(Ordering::SeqCst) { bad.clone() } else { good.clone() };
        let body = serde_json::json!({
            "version": new_version,
            "notes": "The programme prints in six languages.",
            "pub_date": "2026-12-08T09:00:00Z",
            "platforms": {
                "linux-x86_64-deb": { "url": format!("http://{addr}/dais.deb"), "signature": signature }
            }
        });
        async move { axum::Json(body) }
    };
    let bundle = std::fs::read(new_deb).unwrap();
    let app = axum::Router::new()
        .route("/latest.json", get(manifest))
        .route("/dais.deb", get(move || async move { bundle.clone() }));
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Feed { asked, tampered, url: format!("http://{addr}/latest.json") }
}

fn installed_version() -> String {
    let out = Command::new("dpkg-query").args(["-W", "-f=${Version}", "dais"]).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn dpkg(args: &[&str]) {
    let status = Command::new("dpkg").args(args).status().unwrap();
    assert!(status.success(), "dpkg {args:?} failed");
}

/// What `gio` prints for `args`.
fn gio(args: &[&str]) -> String {
    let out = Command::new("gio").args(args).output().expect("gio (libglib2.0-bin, scripts/setup.sh test)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn sha(path: &str) -> Vec<u8> {
    Command::new("sha256sum").arg(path).output().unwrap().stdout
}

/// The app in the window, on the display's workspace, its start measured to the programme.
async fn open_installed(desktop: &Desktop) -> Client {
    let app = desktop.open(Path::new(INSTALLED), &[]).await;
    wait_row(&app, "U4SSC meeting").await;
    app
}

async fn settings(app: &Client) {
    wait_css(app, &testid("nav-settings")).await.click().await.unwrap();
    wait_css(app, &testid("update-settings")).await;
}

/// No request reached the feed within a few seconds of a start whose window is shown.
async fn nothing_asked(feed: &Feed, why: &str) {
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(feed.asked.load(Ordering::SeqCst), 0, "{why}: the feed was asked");
}

/// The process that now holds `workspace`: its window port changed from `before` and it answers there.
fn restarted(workspace: &Path, before: &str) -> bool {
    let port = std::fs::read_to_string(workspace.with_extension("dais.window")).unwrap_or_default();
    port.trim() != before.trim()
        && port.trim().parse::<u16>().is_ok_and(|p| std::net::TcpStream::connect(("127.0.0.1", p)).is_ok())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "installs .deb packages as root: scripts/update-test.sh builds them and runs this"]
async fn the_installed_app_refuses_a_tampered_update_installs_the_signed_one_on_consent_and_starts_again_as_it() {
    tokio::time::timeout(Duration::from_secs(600), update_end_to_end())
        .await
        .expect("the update test took over 10 minutes");
}

async fn update_end_to_end() {
    let (old_deb, new_deb) = (given("DAIS_UPDATE_OLD_DEB"), given("DAIS_UPDATE_NEW_DEB"));
    let (old_version, new_version) = (given("DAIS_UPDATE_OLD_VERSION"), given("DAIS_UPDATE_NEW_VERSION"));
    let feed = start_feed(
        new_deb.into(),
        new_version.clone(),
        given("DAIS_UPDATE_SIGNATURE"),
        given("DAIS_UPDATE_TAMPERED_SIGNATURE"),
    )
    .await;
    dpkg(&["-i", &old_deb]);
    assert_eq!(installed_version(), old_version);
    let before = sha(INSTALLED);

    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().join("workspace.dais");
    {
        let mut store = dais_core::Store::open(&workspace).unwrap();
        dais_core::seed::create_demo(&mut store).unwrap();
    }
    let policy = dir.path().join("policy.json");
    std::fs::write(&policy, r#"{"updates": false}"#).unwrap();
    let config = workspace.with_extension("config");
    let organisers_choice = config.join("dais/updates");

    // A workspace's file is Dais's type, opened by Dais: launched as a file manager launches it, the app takes the
    // file as its workspace (the one-window lock's port appears beside it).
    let named = dir.path().join("U4SSC 10.dais");
    std::fs::copy(&workspace, &named).unwrap();
    assert!(
        gio(&["info", "-a", "standard::content-type", named.to_str().unwrap()])
            .contains("application/x-dais-workspace")
    );
    assert!(
        gio(&["mime", "application/x-dais-workspace"])
            .contains("Default application for “application/x-dais-workspace”: Dais.desktop")
    );
    {
        let desktop = Desktop::start(&workspace);
        let launched = Command::new("gio")
            .args(["launch", "/usr/share/applications/Dais.desktop", named.to_str().unwrap()])
            .env("DISPLAY", &desktop.display)
            .env("XDG_CONFIG_HOME", workspace.with_extension("config"))
            .env("DAIS_POLICY_FILE", &policy)
            .status()
            .unwrap();
        assert!(launched.success());
        let port_file = dir.path().join("U4SSC 10.dais.window");
        let waited = Instant::now();
        while !port_file.exists() {
            assert!(waited.elapsed() < Duration::from_secs(30), "the app did not open the file it was launched on");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Command::new("pkill").args(["-TERM", "-x", "dais-app"]).status().unwrap();
    }

    // The computer's policy turns checks off: nothing is asked, and Settings says who decided.
    {
        let desktop = Desktop::start_with(
            &workspace,
            &[("DAIS_UPDATE_FEED", &feed.url), ("DAIS_POLICY_FILE", policy.to_str().unwrap())],
        );
        let app = open_installed(&desktop).await;
        nothing_asked(&feed, "checks turned off by policy").await;
        settings(&app).await;
        let switch = wait_css(&app, &testid("update-checks")).await;
        assert!(!switch.is_enabled().await.unwrap(), "the organiser cannot turn on what the policy turned off");
        assert_eq!(switch.prop("checked").await.unwrap().as_deref(), Some("false"));
        eventually_contains(&app, &testid("updates-hint"), "organisation").await;
        desktop.screenshot("settings-updates-policy");
        app.close().await.unwrap();
    }

    // The organiser turned checks off: nothing is asked either.
    std::fs::create_dir_all(organisers_choice.parent().unwrap()).unwrap();
    std::fs::write(&organisers_choice, "off").unwrap();
    let desktop = Desktop::start_with(&workspace, &[("DAIS_UPDATE_FEED", &feed.url)]);
    {
        let app = open_installed(&desktop).await;
        nothing_asked(&feed, "checks turned off by the organiser").await;
        app.close().await.unwrap();
    }

    // Checks on (as by default): the start finds N+1 and the sidebar offers it, with what is new.
    std::fs::write(&organisers_choice, "on").unwrap();
    let started = Instant::now();
    let app = desktop.open(Path::new(INSTALLED), &[]).await;
    eventually_contains(&app, &testid("update-notice"), &new_version).await;
    let to_offer = started.elapsed();
    wait_row(&app, "U4SSC meeting").await;
    assert_eq!(feed.asked.load(Ordering::SeqCst), 1, "one check at start");
    desktop.screenshot("update-offered");
    wait_css(&app, "[data-testid='update-notice'] summary").await.click().await.unwrap();
    eventually_contains(&app, &testid("update-notes"), "six languages").await;
    assert_accessible(&app, "the update offered, its notes open").await;

    // Its signature was tampered with: refused, said, and nothing installed.
    wait_css(&app, &testid("install-update")).await.click().await.unwrap();
    eventually_contains(&app, &testid("update-error"), &new_version).await;
    let said = wait_css(&app, &testid("update-error")).await.text().await.unwrap();
    assert!(said.contains("refused") && said.contains("Nothing was installed"), "{said}");
    desktop.screenshot("update-refused");
    assert_accessible(&app, "the update refused").await;
    assert_eq!(installed_version(), old_version, "nothing installed");
    assert_eq!(sha(INSTALLED), before, "the app's binary untouched");

    // The feed now serves the release as signed: Settings' check finds it again; the organiser installs it.
    feed.tampered.store(false, Ordering::SeqCst);
    settings(&app).await;
    wait_css(&app, &testid("check-update")).await.click().await.unwrap();
    eventually_contains(&app, &testid("update-check-result"), &new_version).await;
    let port_before = std::fs::read_to_string(workspace.with_extension("dais.window")).unwrap();
    wait_css(&app, &testid("install-update")).await.click().await.unwrap();

    // The app starts again as N+1 on the same workspace.
    let waited = Instant::now();
    while !(installed_version() == new_version && restarted(&workspace, &port_before)) {
        assert!(waited.elapsed() < Duration::from_secs(120), "N+1 was not installed and started again");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_ne!(sha(INSTALLED), before, "the app's binary replaced");
    drop(app); // its session ended with the process it drove
    Command::new("pkill").args(["-TERM", "-x", "dais-app"]).status().unwrap();
    let waited = Instant::now();
    while restarted(&workspace, &port_before) && waited.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Opened again: N+1, with the meeting whole.
    let app = open_installed(&desktop).await;
    settings(&app).await;
    eventually_contains(&app, &testid("app-version"), &new_version).await;
    let meetings = dais_core::Store::open(&workspace).unwrap().meetings().unwrap();
    assert_eq!(meetings.len(), 1, "the demo meeting kept");
    app.close().await.unwrap();
    drop(desktop);
    dpkg(&["--purge", "dais"]);

    println!("update: start to \"{new_version} is available\": {} ms (local feed)", to_offer.as_millis());
}
