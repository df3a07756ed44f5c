//! Sync figures, each against a baseline measured in the same run (issue 3):
//! - a sync with nothing to do on a meeting with 1,000,000 registrations, against the same on 100 registrations
//!   (one round trip; the cost should follow the changes, not the size);
//! - the first pull of 100,000 registrations: rows/s, against plain local inserts of the same rows into the table
//!   without its secondary indexes;
//! - registration form posts: requests/s and p99 latency from `wrk` (a real load generator), when it is installed, on
//!   a meeting with 100,000 registrations against an empty one (the duplicate check must not walk the meeting), and
//!   through a real reverse proxy (nginx, with the site trusting its X-Forwarded-For) against the site directly;
//!   with mail (issue 11: each address confirmed, its mail queued and sent meanwhile) against without.
//!
//! - Publish of a 500-entry programme (issue 9): from the click to the new version being public, and the bytes that
//!   cross the network, against a plain sync of the same edits, through a byte-counting relay.
//!
//! Run: `cargo bench -p dais-site --bench sync [-- noop|first-pull|form|publish]` (release build; the site runs on
//! 127.0.0.1 in this process); a name runs that figure alone.

/// The site's and the app's allocator (both run here).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use dais_core::seed::{add_bulk_registrations, bulk_registration, create_demo, demo_event_id};
use dais_core::*;
use dais_site::AppState;

#[path = "support/big_programme.rs"]
mod big_programme;
use big_programme::{PROGRAMME, big_programme};
use tempfile::TempDir;

struct Site {
    url: String,
    state: AppState,
    data: TempDir,
    _runtime: tokio::runtime::Runtime,
}

fn start(registrations: usize, open_form: bool) -> Site {
    start_with(registrations, open_form, dais_site::settings::Settings::default())
}

/// `start`, with the site's settings made from its address (its mail server, for one).
fn start_with(registrations: usize, open_form: bool, settings: dais_site::settings::Settings) -> Site {
    let data = TempDir::new().unwrap();
    {
        let mut store = Store::open(&data.path().join(dais_site::DATA_FILE)).unwrap();
        create_demo(&mut store).unwrap();
        let mut meeting: Event = store.get(demo_event_id()).unwrap();
        if open_form {
            meeting.registration.closes_at = None;
            store.save_event(&meeting).unwrap();
            // The public form is the published meeting's.
            store.publish(demo_event_id(), "the bench", None, chrono::Utc::now()).unwrap();
        }
        add_bulk_registrations(&mut store, registrations).unwrap();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let settings =
        dais_site::settings::Settings { public_url: settings.mail.as_ref().map(|_| url.clone()), ..settings };
    let mut state = dais_site::open_with(data.path(), false, settings).unwrap();
    // The feed is filled when the site writes; rows written above by a plain workspace enter it now.
    feed_everything(&data);
    state.form_rate =
        dais_site::form::FormRate { burst: std::num::NonZeroU32::MAX, refill_every: Duration::from_millis(1) };
    state.trusted_proxies = vec!["127.0.0.1".parse().unwrap()].into();
    let app = dais_site::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let background = state.clone();
    runtime.spawn(async move {
        // Runs as long as the site serves.
        let _background = dais_site::start_background(&background);
        axum::serve(listener, app).await
    });
    Site { url, state, data, _runtime: runtime }
}

fn feed_everything(data: &TempDir) {
    let conn = rusqlite::Connection::open(data.path().join(dais_site::DATA_FILE)).unwrap();
    for table in dais_core::model::TABLES.iter().map(|t| t.name) {
        conn.execute(
            &format!("INSERT OR REPLACE INTO changes (entity, row_id) SELECT '{table}', id FROM {table} ORDER BY id"),
            [],
        )
        .unwrap();
    }
}

fn laptop(site: &Site) -> (TempDir, Mutex<Store>, dais_sync::Site) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("ws.dais")).unwrap();
    let token = site.state.tokens.create(&format!("bench {}", new_id()), &dais_core::Meetings::All).unwrap();
    (dir, Mutex::new(store), dais_sync::Site::new(&site.url, &token).unwrap())
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn first_pull(site: &Site) -> (Duration, usize) {
    let (_dir, store, remote) = laptop(site);
    let t = Instant::now();
    let report = dais_sync::sync(&store, &remote, &mut |_| {}).unwrap();
    (t.elapsed(), report.pulled)
}

/// The same rows inserted locally with plain SQL in one transaction, into the table without its secondary indexes:
/// the floor a pull could reach.
fn plain_inserts(registrations: usize) -> Duration {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    store.set_indexes_aside().unwrap();
    let rows: Vec<Registration> = (0..registrations).map(bulk_registration).collect();
    let conn = store.connection();
    let t = Instant::now();
    conn.execute_batch("BEGIN").unwrap();
    {
        let mut insert = conn
            .prepare(
                "INSERT INTO registrations (id, event_id, given_name, family_name, email, organisation, country,
                 category, position, source, consent_to_be_listed, submitted_at, decision, private_notes, attended,
                 clocks) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )
            .unwrap();
        for r in &rows {
            insert
                .execute(rusqlite::params![
                    r.id.to_string(),
                    r.event_id.to_string(),
                    r.given_name,
                    r.family_name,
                    r.email,
                    r.organisation,
                    r.country,
                    "academia",
                    r.position,
                    "website_form",
                    r.consent_to_be_listed,
                    r.submitted_at.to_rfc3339(),
                    serde_json::to_string(&r.decision).unwrap(),
                    r.private_notes,
                    r.attended,
                    r#"{"*":"000000000000-000000-0000000000000000"}"#,
                ])
                .unwrap();
        }
    }
    conn.execute_batch("COMMIT").unwrap();
    t.elapsed()
}

/// nginx in front of a site, as a reverse proxy on 127.0.0.1 with the usual forwarding headers; stops when dropped.
struct Nginx {
    url: String,
    process: std::process::Child,
}

impl Nginx {
    fn start(site: &Site) -> Option<Nginx> {
        let dir = site.data.path().join("nginx");
        std::fs::create_dir_all(&dir).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let upstream = site.url.trim_start_matches("http://");
        let d = dir.display();
        let config = format!(
            "daemon off; worker_processes 1; pid {d}/nginx.pid; error_log {d}/error.log;
events {{ worker_connections 256; }}
http {{
  access_log off;
  client_body_temp_path {d}/body; proxy_temp_path {d}/proxy; fastcgi_temp_path {d}/fastcgi;
  uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi;
  upstream site {{ server {upstream}; keepalive 16; }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://site;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }}
  }}
}}"
        );
        std::fs::write(dir.join("nginx.conf"), config).unwrap();
        let process = std::process::Command::new("nginx")
            .arg("-p")
            .arg(&dir)
            .arg("-c")
            .arg(dir.join("nginx.conf"))
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < Duration::from_secs(10), "nginx did not start: see {d}/error.log");
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(Nginx { url: format!("http://127.0.0.1:{port}"), process })
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Form posts with `wrk` on a meeting holding `registrations` already, straight to the site or through nginx: each
/// post a new registrant (a real insert, fsync'd), from 4 connections for 10 s. Returns the requests/s and a summary.
/// With `mail`, the site confirms each address by mail, through aiosmtpd (Debian's `python3-aiosmtpd`) on 127.0.0.1.
fn form_posts(registrations: usize, through_proxy: bool, mail: bool) -> Option<(f64, String)> {
    if std::process::Command::new("wrk").arg("--version").output().is_err() {
        return None;
    }
    let smtp = mail.then(Smtp::start);
    let settings = dais_site::settings::Settings {
        mail: smtp.as_ref().map(|smtp| dais_site::settings::MailSettings {
            from: "Secretariat <events@example.org>".into(),
            smtp_host: "127.0.0.1".into(),
            smtp_port: Some(smtp.port),
            tls: dais_site::settings::Tls::None,
            username: None,
            password: None,
            retry_seconds: 1.0,
        }),
        ..Default::default()
    };
    let site = start_with(registrations, true, settings);
    let proxy = if through_proxy { Some(Nginx::start(&site)?) } else { None };
    let base = proxy.as_ref().map_or(site.url.as_str(), |p| p.url.as_str());
    let form = format!("{base}/events/{}/register", demo_event_id());
    let page = reqwest::blocking::get(&form).unwrap();
    let cookie = page.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string();
    let html = page.text().unwrap();
    let token = html.split("name=\"csrf_token\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let script = site.data.path().join("post.lua");
    std::fs::write(
        &script,
        format!(
            r#"local n = 0
math.randomseed(os.time())
local run = math.random(1, 1000000000)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "{cookie}"
request = function()
  n = n + 1
  local body = "csrf_token={token}&given_name=Ana&family_name=Silva&email=p" .. run .. "-" .. n ..
    "%40example.org&organisation=City&country=PT&category=academia"
  return wrk.format(nil, nil, nil, body)
end
"#
        ),
    )
    .unwrap();
    let out = std::process::Command::new("wrk")
        .args(["-t2", "-c4", "-d10s", "--latency", "-s"])
        .arg(&script)
        .arg(&form)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let stored: i64 = rusqlite::Connection::open(site.data.path().join(dais_site::DATA_FILE))
        .unwrap()
        .query_row("SELECT count(*) FROM registrations WHERE source = 'website_form'", [], |r| r.get(0))
        .unwrap();
    let rate: f64 = text
        .lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|r| r.trim().parse().ok())
        .expect("wrk prints Requests/sec");
    let p99 = text.lines().find_map(|l| l.trim_start().strip_prefix("99%")).unwrap_or("?").trim().to_string();
    let non2xx =
        text.lines().find(|l| l.contains("Non-2xx")).unwrap_or("Non-2xx or 3xx responses: 0").trim().to_string();
    let stored = stored - i64::try_from(registrations).unwrap();
    let kept = match &site.state.mail {
        Some(mail) => format!("{} mails queued, not sent yet", mail.outbox.waiting().unwrap()),
        None => format!("{stored} registrations stored"),
    };
    drop(smtp);
    Some((rate, format!("{rate:.0} requests/s; latency p99 {p99}; {non2xx}; {kept}")))
}

/// aiosmtpd on a port of its own, keeping mail in a Maildir; stopped when dropped.
struct Smtp {
    port: u16,
    child: std::process::Child,
    _dir: TempDir,
}

impl Smtp {
    fn start() -> Smtp {
        let dir = TempDir::new().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let child = std::process::Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "smtp_sink.Sink"])
            .arg(dir.path().join("maildir"))
            .env("PYTHONPATH", fixtures)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("python3-aiosmtpd");
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            std::thread::sleep(Duration::from_millis(50));
        }
        Smtp { port, child, _dir: dir }
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn main() {
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |name: &str| only.as_deref().is_none_or(|o| o == name);
    if wanted("noop") {
        noop_figure();
    }
    if wanted("first-pull") {
        first_pull_figure();
    }
    if wanted("form") {
        form_figures();
    }
    if wanted("publish") {
        publish_figure();
    }
}

fn noop_figure() {
    // Both meetings at once, their syncs alternated, so that the machine's drift touches both alike.
    let (small_site, large_site) = (start(100, false), start(1_000_000, false));
    let (small, large) = (laptop(&small_site), laptop(&large_site));
    let mut times = [Vec::new(), Vec::new()];
    for (_, store, remote) in [&small, &large] {
        dais_sync::sync(store, remote, &mut |_| {}).unwrap();
    }
    for _ in 0..300 {
        for (i, (_, store, remote)) in [&small, &large].into_iter().enumerate() {
            let t = Instant::now();
            let report = dais_sync::sync(store, remote, &mut |_| {}).unwrap();
            assert_eq!(report.pulled, 0);
            times[i].push(t.elapsed());
        }
    }
    let rows = |(_, store, _): &(TempDir, Mutex<Store>, dais_sync::Site)| {
        store.lock().unwrap().registrations(demo_event_id()).unwrap().len()
    };
    let [small_time, large_time] = times.map(median);
    println!(
        "no-op sync: {small_time:?} on {} registrations, {large_time:?} on {} (median of 300, alternated): ratio {:.2}x",
        rows(&small),
        rows(&large),
        large_time.as_secs_f64() / small_time.as_secs_f64()
    );
}

/// Rounds of the first pull figure: a single pull or insert swings by a third on a busy machine.
const ROUNDS: usize = 9;

fn first_pull_figure() {
    // One site; each round a new laptop's first pull, the same pages applied alone (read from the site's file
    // beforehand, as the client applies them), then the plain inserts, so that drift touches all three alike.
    let site = start(100_000, false);
    let pages = feed_pages(&site);
    let (mut pulls, mut applied, mut plains, mut rows) = (Vec::new(), Vec::new(), Vec::new(), 0);
    for _ in 0..ROUNDS {
        let (pull, pulled) = first_pull(&site);
        pulls.push(pull);
        rows = pulled;
        applied.push(apply_alone(&pages));
        plains.push(plain_inserts(100_000));
    }
    let (pull, applied, plain) = (median(pulls), median(applied), median(plains));
    let rate = rows as f64 / pull.as_secs_f64();
    println!(
        "first pull (median of {ROUNDS}): {rows} rows in {pull:?} = {rate:.0} rows/s; plain local inserts of 100000 in \
         {plain:?} = {:.0} rows/s; pull/plain time ratio {:.2}x; its pages applied alone in {applied:?}: {:.2}x",
        100_000.0 / plain.as_secs_f64(),
        pull.as_secs_f64() / plain.as_secs_f64(),
        applied.as_secs_f64() / plain.as_secs_f64()
    );
}

/// The site's feed in pages of 5,000, as a first pull gets them.
fn feed_pages(site: &Site) -> Vec<ChangePage> {
    let server = Store::open(&site.data.path().join(dais_site::DATA_FILE)).unwrap();
    let mut pages = Vec::new();
    let mut after = 0;
    loop {
        let page = server.changes_since(after, 5_000, &Meetings::All).unwrap();
        after = page.last;
        let more = page.has_more;
        pages.push(page);
        if !more {
            return pages;
        }
    }
}

/// The laptop's share of a first pull: the pages applied to a new workspace in parts, as the client does.
fn apply_alone(pages: &[ChangePage]) -> Duration {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    let t = Instant::now();
    store.set_indexes_aside().unwrap();
    for (n, page) in pages.iter().enumerate() {
        let parts: Vec<RowsPart> = page.tables.iter().flat_map(|t| t.parts(dais_sync::FIRST_PULL_APPLY_ROWS)).collect();
        let cursor = format!("bench.{n}");
        for (i, part) in parts.iter().enumerate() {
            let last = i + 1 == parts.len();
            let durable = last && n + 1 == pages.len();
            let part = Adopted { tables: std::slice::from_ref(part), ..Default::default() };
            store.adopt_page(part, last.then_some(cursor.as_str()), &page.clock, durable).unwrap();
        }
    }
    store.build_indexes_set_aside().unwrap();
    t.elapsed()
}

fn form_figures() {
    match (form_posts(0, false, false), form_posts(0, false, true)) {
        (Some((without_rate, without)), Some((with_rate, with))) => println!(
            "form posts with mail (each address confirmed: the request and its mail queued, sent meanwhile to \
             aiosmtpd): {with}; without mail {without}; time per post ratio {:.2}x (aim: 1.2x or less)",
            without_rate / with_rate
        ),
        _ => println!("form posts with mail: wrk is not installed (apt-get install wrk)"),
    }
    match (form_posts(0, false, false), form_posts(100_000, false, false)) {
        (Some((empty_rate, empty)), Some((full_rate, full))) => println!(
            "form posts (wrk -t2 -c4 -d10s, a new registrant each): on an empty meeting {empty}; on one with 100000 \
             registrations {full}; time per post ratio {:.2}x",
            empty_rate / full_rate
        ),
        _ => println!("form posts: wrk is not installed (apt-get install wrk)"),
    }
    match (form_posts(0, false, false), form_posts(0, true, false)) {
        (Some((direct_rate, direct)), Some((proxied_rate, proxied))) => println!(
            "form posts through nginx (trusted proxy, X-Forwarded-For): {proxied}; straight to the site {direct}; \
             time per post ratio {:.2}x",
            direct_rate / proxied_rate
        ),
        _ => println!("form posts through a proxy: wrk or nginx is not installed (apt-get install wrk nginx)"),
    }
}

fn publish_figure() {
    let site = start(0, false);
    let relay = Relay::start(&site);
    let (_dir, store, _) = laptop(&site);
    let token = site.state.tokens.create("bench publish", &Meetings::All).unwrap();
    let remote = dais_sync::Site::new(&relay.url, &token).unwrap();
    dais_sync::sync(&store, &remote, &mut |_| {}).unwrap();
    let entries = big_programme(&mut store.lock().unwrap());
    dais_sync::publish(&store, &remote, demo_event_id(), None, &mut |_| {}).unwrap();

    // Each round edits the same entries, then publishes them or only syncs them, alternated so that drift touches
    // both alike. Each edit is the next version's change list: the site diffs and stores the whole programme.
    for edited in [10, PROGRAMME] {
        let (mut publishes, mut syncs) = (Vec::new(), Vec::new());
        for round in 0..2 * ROUNDS {
            store
                .lock()
                .unwrap()
                .write(|w| {
                    for entry in &entries[..edited] {
                        let mut entry = entry.clone();
                        entry.title = format!("{} (round {round})", entry.title);
                        programme::save_entry(w, &entry)?;
                    }
                    Ok(())
                })
                .unwrap();
            let before = relay.counts();
            let t = Instant::now();
            if round % 2 == 0 {
                let (_, published) = dais_sync::publish(&store, &remote, demo_event_id(), None, &mut |_| {}).unwrap();
                assert!(!published.unchanged);
                publishes.push((t.elapsed(), relay.counts() - before));
            } else {
                let report = dais_sync::sync(&store, &remote, &mut |_| {}).unwrap();
                assert_eq!(report.pushed, edited);
                syncs.push((t.elapsed(), relay.counts() - before));
            }
        }
        let version = public_version(&site);
        let (publish, publish_bytes) = median_with_bytes(publishes);
        let (sync, sync_bytes) = median_with_bytes(syncs);
        println!(
            "publish of a {PROGRAMME}-entry programme, {edited} entries edited (median of {ROUNDS}, alternated; now \
             version {version}): {publish:?}, {} up / {} down; a plain sync of the same edits: {sync:?}, {} up / {} \
             down; time ratio {:.2}x, bytes ratio {:.2}x",
            publish_bytes.up,
            publish_bytes.down,
            sync_bytes.up,
            sync_bytes.down,
            publish.as_secs_f64() / sync.as_secs_f64(),
            publish_bytes.total() as f64 / sync_bytes.total() as f64,
        );
    }
}

/// The version the public schedule names, read as a reader would.
fn public_version(site: &Site) -> String {
    let url = format!("{}/events/{}/schedule.json", site.url, demo_event_id());
    let schedule: serde_json::Value = reqwest::blocking::get(url).unwrap().json().unwrap();
    schedule["schedule"]["version"].as_str().unwrap().to_string()
}

fn median_with_bytes(mut runs: Vec<(Duration, Bytes)>) -> (Duration, Bytes) {
    runs.sort_by_key(|(time, _)| *time);
    let bytes = runs.iter().map(|(_, b)| *b).collect::<Vec<_>>();
    let mut ups: Vec<u64> = bytes.iter().map(|b| b.up).collect();
    let mut downs: Vec<u64> = bytes.iter().map(|b| b.down).collect();
    ups.sort_unstable();
    downs.sort_unstable();
    (runs[runs.len() / 2].0, Bytes { up: ups[ups.len() / 2], down: downs[downs.len() / 2] })
}

#[derive(Debug, Clone, Copy)]
struct Bytes {
    /// From the laptop to the site.
    up: u64,
    down: u64,
}

impl Bytes {
    fn total(self) -> u64 {
        self.up + self.down
    }
}

impl std::ops::Sub for Bytes {
    type Output = Bytes;
    fn sub(self, before: Bytes) -> Bytes {
        Bytes { up: self.up - before.up, down: self.down - before.down }
    }
}

/// A TCP relay in front of the site that counts the bytes each way: what the laptop's network carries, headers
/// included.
struct Relay {
    url: String,
    up: std::sync::Arc<std::sync::atomic::AtomicU64>,
    down: std::sync::Arc<std::sync::atomic::AtomicU64>,
    _runtime: tokio::runtime::Runtime,
}

impl Relay {
    fn start(site: &Site) -> Relay {
        use std::sync::Arc;
        use std::sync::atomic::AtomicU64;
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let target = site.url.trim_start_matches("http://").to_string();
        let (up, down) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let counters = (up.clone(), down.clone());
        runtime.spawn(async move {
            loop {
                let (laptop, _) = listener.accept().await.unwrap();
                let site = tokio::net::TcpStream::connect(&target).await.unwrap();
                let (laptop_read, laptop_write) = laptop.into_split();
                let (site_read, site_write) = site.into_split();
                tokio::spawn(relay(laptop_read, site_write, counters.0.clone()));
                tokio::spawn(relay(site_read, laptop_write, counters.1.clone()));
            }
        });
        Relay { url, up, down, _runtime: runtime }
    }

    fn counts(&self) -> Bytes {
        use std::sync::atomic::Ordering::SeqCst;
        Bytes { up: self.up.load(SeqCst), down: self.down.load(SeqCst) }
    }
}

/// Copies one direction of a connection, counting each chunk before it is forwarded.
async fn relay(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    count: std::sync::Arc<std::sync::atomic::AtomicU64>,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut buffer = vec![0u8; 64 * 1024];
    while let Ok(n) = from.read(&mut buffer).await {
        if n == 0 {
            break;
        }
        count.fetch_add(n as u64, std::sync::atomic::Ordering::SeqCst);
        if to.write_all(&buffer[..n]).await.is_err() {
            break;
        }
    }
    let _ = to.shutdown().await;
}
