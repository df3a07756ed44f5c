//! The window while a first pull of 100,000 registrations runs: every IPC round trip from the UI (`sync_status`, a
//! command that reads the workspace) is timed, for as long as the app's own first sync runs, and again with nothing
//! running, in one run. Prints the median and the longest of each, and their ratio.
//! `cargo bench --features custom-protocol --bench pull_window` (the UI must be built first: `npm --prefix ui run
//! build`).

/// The site's allocator (the site runs here; the app is its own process, with the same).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../tests/support/mod.rs"]
mod support;

use std::net::SocketAddr;
use std::time::Duration;

use dais_core::seed::{add_bulk_registrations, create_demo, demo_event_id};
use dais_core::*;
use fantoccini::Client;
use support::{Desktop, testid, wait_css};

const REGISTRATIONS: usize = 100_000;

/// Times `sync_status` round trips from the page: until the sync has been seen running and has ended (`during`), or
/// `count` of them (`idle`). Milliseconds, and whether a sync was seen.
const MEASURE: &str = r#"
const [during, count, done] = arguments;
const invoke = window.__TAURI_INTERNALS__.invoke;
const times = [];
let seen = false;
const until = performance.now() + 300000;
(async () => {
  while (performance.now() < until) {
    const t = performance.now();
    const status = await invoke('sync_status');
    times.push(performance.now() - t);
    if (status.syncing) seen = true;
    if (during ? seen && !status.syncing : times.length >= count) break;
  }
  done({ times, seen });
})();
"#;

/// A site whose meeting has `REGISTRATIONS` registrations in its feed.
async fn site(data: &std::path::Path) -> (String, String) {
    {
        // The site's own store: its writes enter the change feed.
        let mut store = Store::open_site(&data.join(dais_site::DATA_FILE)).unwrap();
        create_demo(&mut store).unwrap();
        add_bulk_registrations(&mut store, REGISTRATIONS).unwrap();
    }
    let state = dais_site::open(data, false).unwrap();
    let token = state.tokens.create("Bench", &dais_core::Meetings::All).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = dais_site::router(state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, token)
}

async fn measure(app: &Client, during: bool, count: usize) -> (Vec<f64>, bool) {
    let answer = app
        .execute_async(MEASURE, vec![during.into(), count.into()])
        .await
        .expect("the round trips measured in the page");
    let times: Vec<f64> = answer["times"].as_array().unwrap().iter().filter_map(|t| t.as_f64()).collect();
    (times, answer["seen"].as_bool().unwrap_or(false))
}

fn median_and_max(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], *times.last().unwrap())
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let (url, token) = site(&dir.path().join("site")).await;
    let workspace = dir.path().join("workspace.dais");
    let (path, site_url, secret) = (workspace.clone(), url.clone(), token.clone());
    tokio::task::spawn_blocking(move || {
        let mut store = Store::open(&path).unwrap();
        dais_sync::settings::save(&mut store, &site_url, &secret).unwrap();
    })
    .await
    .unwrap();

    let desktop = Desktop::start_with(&workspace, &[("DAIS_SITE_TOKEN", &token)]);
    let app = desktop.open_app().await;
    app.update_timeouts(fantoccini::wd::TimeoutConfiguration::new(Some(Duration::from_secs(600)), None, None))
        .await
        .unwrap();
    wait_css(&app, &testid("programme")).await;
    // The app's first sync starts 2 s after it does: the first pull of the whole meeting.
    let (during, seen) = measure(&app, true, 0).await;
    assert!(seen, "no sync was seen running");
    let (idle, _) = measure(&app, false, 300).await;
    let rows = tokio::task::spawn_blocking(move || {
        Store::open(&workspace).unwrap().registrations(demo_event_id()).unwrap().len()
    })
    .await
    .unwrap();
    assert!(rows >= REGISTRATIONS, "the first pull brought every registration (the demo's besides): {rows}");
    let (n_during, n_idle) = (during.len(), idle.len());
    let ((median_during, max_during), (median_idle, max_idle)) = (median_and_max(during), median_and_max(idle));
    println!(
        "IPC round trips (sync_status) from the window, while the first pull of {REGISTRATIONS} registrations runs:"
    );
    println!("  during the pull: median {median_during:.1} ms, longest {max_during:.1} ms ({n_during} round trips)");
    println!("  nothing running: median {median_idle:.1} ms, longest {max_idle:.1} ms ({n_idle} round trips)");
    println!(
        "  ratio of medians {:.2}x; longest wait during the pull {max_during:.0} ms (aim: under 100 ms)",
        median_during / median_idle
    );
    app.close().await.unwrap();
}
