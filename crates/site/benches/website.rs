//! The meeting on the organisation's website (issue 24), on the demo and on a 500-entry programme, in one run:
//! - the bytes a host page loads for the programme's embed (script, markup, stylesheets, gzip as the site sends
//!   them), against the site's own programme page with its stylesheet and script;
//! - the embed's time to draw in Chromium (the host page's start to the timetable drawn), against the site's own
//!   programme page loading in the same browser (start to its load event); medians, the two alternated;
//! - the static export of the 500-entry meeting (every language, page, feed and document): its time and size,
//!   against fetching the same files from the live site over HTTP one by one.
//!
//! Run: `cargo bench -p dais-site --bench website` (Chromium and chromedriver: scripts/setup.sh test).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "support/big_programme.rs"]
mod big_programme;

use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dais_core::seed::{create_demo, demo_event_id};
use dais_core::{Lang, Store};
use dais_wire::embed::Embed;
use serde_json::json;

/// Loads of each page in Chromium, alternated.
const ROUNDS: usize = 15;

struct Site {
    url: String,
    state: dais_site::AppState,
    _data: tempfile::TempDir,
}

fn start(runtime: &tokio::runtime::Runtime, large: bool) -> Site {
    let data = tempfile::TempDir::new().unwrap();
    {
        let mut store = Store::open(&data.path().join(dais_site::DATA_FILE)).unwrap();
        create_demo(&mut store).unwrap();
        if large {
            big_programme::big_programme(&mut store);
        }
        store.publish(demo_event_id(), "the bench", None, chrono::Utc::now()).unwrap();
    }
    let state = dais_site::open(data.path(), false).unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = dais_site::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    runtime.spawn(async move { axum::serve(listener, app).await });
    Site { url, state, _data: data }
}

/// Bytes of `paths` as a browser that takes gzip receives them (reqwest here decodes nothing).
fn bytes(site: &Site, paths: &[String]) -> usize {
    let client = reqwest::blocking::Client::new();
    paths
        .iter()
        .map(|p| {
            let response = client.get(format!("{}{p}", site.url)).header("accept-encoding", "gzip").send().unwrap();
            assert!(response.status().is_success(), "{p}");
            response.bytes().unwrap().len()
        })
        .sum()
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let demo = start(&runtime, false);
    let large = start(&runtime, true);
    let id = demo_event_id();
    let embed: Vec<String> = vec![
        dais_wire::embed::SCRIPT_PATH.into(),
        format!("/events/{id}/embed/programme?lang=en&zone=Asia/Tokyo"),
        "/static/site.css".into(),
        "/static/embed.css".into(),
    ];
    let page: Vec<String> =
        vec![format!("/events/{id}/programme"), "/static/site.css".into(), "/static/zone.js".into()];
    for (name, site) in [("demo", &demo), ("500-entry programme", &large)] {
        let (embed_bytes, page_bytes) = (bytes(site, &embed), bytes(site, &page));
        println!(
            "programme embed, {name}: {:.1} KB loaded by the host page (script, markup, stylesheets; gzip), against \
             {:.1} KB for the site's own programme page: {:.2}x (aim: under 50 KB for the demo)",
            embed_bytes as f64 / 1024.0,
            page_bytes as f64 / 1024.0,
            embed_bytes as f64 / page_bytes as f64
        );
    }
    match chromium() {
        Some(driver) => {
            for (name, site) in [("demo", &demo), ("500-entry programme", &large)] {
                let (embed, page) = runtime.block_on(draw_times(&driver, &runtime, site));
                println!(
                    "programme embed drawn in Chromium, {name}: {:.0} ms from the host page's start, against {:.0} ms \
                     for the site's own programme page to load (medians of {ROUNDS}, alternated): {:.2}x",
                    embed * 1e3,
                    page * 1e3,
                    embed / page
                );
            }
        }
        None => println!("programme embed drawn in Chromium: chromium or chromedriver is not installed"),
    }
    export_figure(&runtime, &large);
}

/// chromedriver on a free port, killed when dropped.
struct Driver {
    process: std::process::Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn chromium() -> Option<Driver> {
    if !std::path::Path::new("/usr/bin/chromium").exists() {
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
    let process = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if start.elapsed() > Duration::from_secs(30) {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(Driver { process, url: format!("http://127.0.0.1:{port}") })
}

/// The medians, in seconds, of the embed's time to draw in a host page and of the site's page's time to load.
async fn draw_times(driver: &Driver, runtime: &tokio::runtime::Runtime, site: &Site) -> (f64, f64) {
    // The host page, on another origin (localhost, where the site is 127.0.0.1): it notes when the embed is drawn.
    let snippet = Embed::Programme.snippet(&site.url, demo_event_id(), "U4SSC-9", Lang::En);
    let host = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title><script>
         new MutationObserver((_, o) => {{ const e = document.querySelector('dais-programme[data-drawn]');
           if (e) {{ window.drawnAt = performance.now(); o.disconnect(); }} }})
           .observe(document.documentElement, {{ subtree: true, attributes: true }});
         </script></head><body><h1>Host</h1>{snippet}</body></html>"
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let host_url = format!("http://localhost:{}/", listener.local_addr().unwrap().port());
    let router = axum::Router::new().route("/", axum::routing::get(move || async move { axum::response::Html(host) }));
    runtime.spawn(async move { axum::serve(listener, router).await });

    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({ "binary": "/usr/bin/chromium", "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"] }),
    );
    let client = fantoccini::ClientBuilder::rustls().unwrap().capabilities(caps).connect(&driver.url).await.unwrap();
    let page_url = format!("{}/events/{}/programme", site.url, demo_event_id());
    let (mut embed, mut page) = (Vec::new(), Vec::new());
    for round in 0..=ROUNDS {
        client.goto(&host_url).await.unwrap();
        let drawn = client
            .execute_async(
                "const done = arguments[0]; const wait = () => window.drawnAt ? done(window.drawnAt) : setTimeout(wait, 10); wait();",
                vec![],
            )
            .await
            .unwrap();
        client.goto(&page_url).await.unwrap();
        let loaded =
            client.execute("return performance.getEntriesByType('navigation')[0].loadEventEnd;", vec![]).await.unwrap();
        // The first round warms the browser's caches and the site's.
        if round > 0 {
            embed.push(drawn.as_f64().unwrap() / 1e3);
            page.push(loaded.as_f64().unwrap() / 1e3);
        }
    }
    client.close().await.unwrap();
    (median(embed), median(page))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The static export of the 500-entry meeting, against fetching its files from the live site one by one.
fn export_figure(runtime: &tokio::runtime::Runtime, site: &Site) {
    let out = tempfile::TempDir::new().unwrap();
    let folder = out.path().join("files");
    let started = Instant::now();
    let written = runtime
        .block_on(dais_site::export::export(site.state.clone(), &folder, dais_site::export::Options::default()))
        .unwrap();
    let export = started.elapsed();
    // The same files over HTTP: each file's address read back from its name.
    let mut addresses = Vec::new();
    let mut folders = vec![folder.clone()];
    while let Some(dir) = folders.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let file = path.strip_prefix(&folder).unwrap().to_string_lossy().to_string();
            let (lang, rest) = match file.split_once('/') {
                Some((first, rest)) if Lang::parse(first).is_some() && first.len() == 2 => {
                    (Some(first), rest.to_string())
                }
                _ => (None, file.clone()),
            };
            let rest = rest.trim_end_matches("index.html").trim_end_matches('/').to_string();
            let rest = if rest.starts_with("api/") { rest.trim_end_matches(".json").to_string() } else { rest };
            let query = lang.map(|l| format!("?lang={l}")).unwrap_or_default();
            addresses.push(format!("{}/{rest}{query}", site.url));
        }
    }
    let client = reqwest::blocking::Client::new();
    let started = Instant::now();
    for address in &addresses {
        let response = client.get(address).send().unwrap();
        let _ = response.bytes().unwrap();
    }
    let fetched = started.elapsed();
    println!(
        "static export of the 500-entry meeting: {} files, {:.1} MB in {:.2} s; the same {} addresses fetched from the \
         live site over HTTP: {:.2} s: {:.2}x",
        written.files,
        written.bytes as f64 / 1e6,
        export.as_secs_f64(),
        addresses.len(),
        fetched.as_secs_f64(),
        export.as_secs_f64() / fetched.as_secs_f64()
    );
}
