//! Cold start of the app to a rendered programme, in a real window under Xvfb, against a bare Tauri 2 window built and
//! started the same way in the same run (issue 10; aim: 1.5x the bare window or less), and the memory of their
//! processes once shown.
//!
//! `cargo bench --features custom-protocol --bench startup` (release build; the UI must be built first:
//! `npm --prefix ui run build`; Xvfb, WebKitWebDriver and tauri-driver come from `scripts/setup.sh check`). The bare
//! window is built by the bench itself (`cargo build --release -p bare-window --features custom-protocol`, a no-op
//! when it is fresh).
//!
//! Four kinds of start, interleaved (bare, demo, arabic, large, bare, ...) so that the machine's noise falls on all
//! alike, one warm-up round then `STARTS` measured rounds:
//! - bare: `benches/bare-window`, a Tauri 2 window with the app's tauri, features and profile, to its one element;
//! - demo: the app on a workspace holding the demo meeting (seeded here), to the programme's rows;
//! - large: the app on the demo with 100,000 registrations, to the programme's rows;
//! - arabic: the app in Arabic (`DAIS_LANG=ar`, on a second display) on the demo workspace, against demo in English.
//!
//! `STARTUP_BENCH_CANDIDATE=PATH` adds a fourth: another build of the app (a change to try, e.g. built with
//! `TAURI_CONFIG='{"build":{"frontendDist":"/tmp/other-dist"}}'` and copied aside) on the demo workspace.
//!
//! Each is timed from asking tauri-driver for a session (which starts the program) to the element being found, the
//! page being asked every `POLL`; printed as the median and the slowest of the rounds, and as the ratio of the medians
//! to the bare window's; then the fastest and its ratio, and how many starts were held up before their page began to
//! load (about a third of all starts under Xvfb here, bare or not, by about half a second each: the environment's, and
//! what makes a median of 7 move between runs). Then where the time goes, as medians: the process's start and CPU time
//! (/proc), the page's own clock (navigation start, DOMContentLoaded, load, the meetings and the rows on screen), the
//! IPC calls that show the programme made again from the page, and core's part of them in this process.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use dais_core::Store;
use dais_core::seed::{add_bulk_registrations, create_demo, demo_event_id};
use serde_json::Value;
use support::{Desktop, app_binary, memory_kb, pid_of, process_tree, testid};

/// Measured rounds, after one warm-up round.
const STARTS: usize = 7;
const REGISTRATIONS: usize = 100_000;
/// How often the window is asked whether the element is there yet: the resolution of the times to shown.
const POLL: Duration = Duration::from_millis(20);
/// How much later than the quickest start's a page may begin to load before its start counts as held up (ms).
const HELD_UP: f64 = 300.0;

/// Asked of the page every `POLL` until it shows the element `arguments[0]`: the page's clock (ms after its navigation
/// started, which is `origin`, ms since the epoch) and which of the app's steps are on screen.
const PROBE: &str = r#"
const seen = (css) => document.querySelector(css) !== null;
return {
  now: performance.now(),
  origin: performance.timeOrigin || performance.timing.navigationStart,
  meetings: seen('[data-testid="meeting-short-title"]'),
  shown: seen(arguments[0]),
};
"#;

/// The page's load events, read once it is shown (ms after its navigation started). The IPC calls and the page's
/// files are not in Resource Timing (custom schemes).
const PAGE_TIMING: &str = r#"
const t = performance.timing;
const since = (x) => (x > 0 ? x - t.navigationStart : null);
const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
return {
  dom: since(t.domContentLoadedEventEnd),
  load: since(t.loadEventEnd),
  language: mark('dais:language'),
  mounted: mark('dais:mounted'),
  workspace: mark('dais:workspace'),
};
"#;

/// The calls the window makes to show the programme, made again from the page once it is shown (ms each, one at a
/// time), and the start's chain of them as the UI makes it (`chain`: the workspace's state, then the meetings with
/// the sync status and the zones, then the meeting's programme, side events and publication).
const IPC_CALLS: &str = r#"
const done = arguments[arguments.length - 1];
const invoke = window.__TAURI_INTERNALS__.invoke;
(async () => {
  const meetings = await invoke('meetings');
  const eventId = (meetings.find((m) => !m.archived) ?? meetings[0]).id;
  const calls = [
    ['workspace_problem', {}], ['sync_status', {}], ['zone_names', {}], ['meetings', {}],
    ['programme', { eventId, viewerZone: null }], ['side_events', { eventId }], ['programme_publication', { eventId }],
  ];
  const out = {};
  for (const [name, args] of calls) {
    const t = performance.now();
    await invoke(name, args);
    out[name] = performance.now() - t;
  }
  const t = performance.now();
  await invoke('workspace_problem');
  await Promise.all([invoke('sync_status'), invoke('zone_names'), invoke('meetings')]);
  await Promise.all(calls.slice(4).map(([name, args]) => invoke(name, args)));
  out.chain = performance.now() - t;
  done(out);
})().catch((e) => done({ error: String(e) }));
"#;
/// Core's part of `sync_status` that grows with the workspace.
const OUTBOX: &str = "  of which the outbox's count";
const CALLS: [&str; 8] = [
    "workspace_problem",
    "sync_status",
    "zone_names",
    "meetings",
    "programme",
    "side_events",
    "programme_publication",
    "chain",
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Bare,
    Demo,
    Large,
    /// Another build of the app (`STARTUP_BENCH_CANDIDATE`), on the demo workspace.
    Candidate,
    /// The app in Arabic (right to left), on the demo workspace: against `Demo`, in English (issue 22; aim: 1.05x).
    Arabic,
}

impl Kind {
    fn label(self) -> String {
        match self {
            Kind::Bare => "bare Tauri 2 window".into(),
            Kind::Demo => "app, demo workspace".into(),
            Kind::Large => format!("app, {} registrations", thousands(REGISTRATIONS)),
            Kind::Candidate => "candidate, demo workspace".into(),
            Kind::Arabic => "app in Arabic, demo workspace".into(),
        }
    }

    fn column(self) -> &'static str {
        match self {
            Kind::Bare => "bare",
            Kind::Demo => "demo",
            Kind::Large => "large",
            Kind::Candidate => "candidate",
            Kind::Arabic => "arabic",
        }
    }
}

/// The phases of one start, in ms after the session was asked for (None where the page does not tell).
const PHASES: [&str; 11] = [
    "process started",
    "WebDriver session answered",
    "page navigation started",
    "DOMContentLoaded done",
    "load event done",
    "its language read (UI)",
    "the app mounted (UI)",
    "the workspace read (UI)",
    "meetings listed",
    "element seen by the page",
    "element seen here (shown)",
];

struct Start {
    /// To the element being found.
    shown: Duration,
    memory_kb: u64,
    phases: [Option<f64>; PHASES.len()],
    /// CPU time once shown, ms: the processes, the main thread, the web processes.
    cpu: [Option<f64>; 3],
    /// The app's: `CALLS` made again from the page, ms.
    calls: Option<Value>,
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn epoch_ms(t: SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH).unwrap().as_secs_f64() * 1000.0
}

/// Clock ticks per second of /proc's times.
fn clock_ticks() -> f64 {
    static TICKS: OnceLock<f64> = OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok()?.trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// The fields of a /proc stat file after the name (the first is the state, field 3).
fn stat_fields(path: &str) -> Option<Vec<String>> {
    let stat = std::fs::read_to_string(path).ok()?;
    Some(stat[stat.rfind(')')? + 2..].split(' ').map(str::to_string).collect())
}

/// CPU time (ms, user and system) that a /proc stat file reports.
fn cpu_ms(path: &str) -> Option<f64> {
    let fields = stat_fields(path)?;
    let ticks: f64 = fields[11].parse::<f64>().ok()? + fields[12].parse::<f64>().ok()?;
    Some(ticks / clock_ticks() * 1000.0)
}

/// CPU time (ms) used so far by the process `pid` and those below it, by its main thread, and by its web processes.
fn cpu_use(pid: u32) -> [Option<f64>; 3] {
    let tree = process_tree(pid);
    let total = tree.iter().filter_map(|p| cpu_ms(&format!("/proc/{p}/stat"))).sum();
    let main = cpu_ms(&format!("/proc/{pid}/task/{pid}/stat"));
    let web = tree
        .iter()
        .filter(|p| {
            std::fs::read_to_string(format!("/proc/{p}/comm")).is_ok_and(|name| name.starts_with("WebKitWebProces"))
        })
        .filter_map(|p| cpu_ms(&format!("/proc/{p}/stat")))
        .sum();
    [Some(total), main, Some(web)]
}

/// When the process `pid` started, in ms since the epoch (to the kernel's clock tick, 10 ms).
fn process_start_ms(pid: u32) -> Option<f64> {
    // Field 22: clock ticks after boot.
    let ticks: f64 = stat_fields(&format!("/proc/{pid}/stat"))?[19].parse().ok()?;
    let uptime: f64 = std::fs::read_to_string("/proc/uptime").ok()?.split(' ').next()?.parse().ok()?;
    Some(epoch_ms(SystemTime::now()) - uptime * 1000.0 + ticks / clock_ticks() * 1000.0)
}

/// Builds the bare window as the app under test is built (release, embedded page) and returns its binary: cargo's
/// answer when it is run from here, else the binary beside the app's.
fn bare_window() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--release", "-p", "bare-window", "--features", "custom-protocol", "--message-format=json"])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .stderr(Stdio::inherit())
        .output()
        .expect("cargo builds the bare window");
    assert!(out.status.success(), "cargo build -p bare-window failed");
    let built = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|m| m["target"]["name"] == "bare-window")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from));
    let binary = built.unwrap_or_else(|| app_binary().with_file_name("bare-window"));
    assert!(binary.exists(), "no bare window at {}", binary.display());
    binary
}

fn workspace(dir: &Path, name: &str, registrations: usize) -> PathBuf {
    let path = dir.join(name);
    let mut store = Store::open(&path).unwrap();
    create_demo(&mut store).unwrap();
    if registrations > 0 {
        add_bulk_registrations(&mut store, registrations).unwrap();
    }
    path
}

/// What core takes, in this process on a fresh handle, for the calls of `CALLS` that reach the workspace (ms, the
/// median of 5), and for opening it: the workspace's part of the round trips from the page.
fn core_calls(path: &Path) -> Vec<(&'static str, f64)> {
    let event = demo_event_id();
    let mut runs: Vec<Vec<(&'static str, f64)>> = Vec::new();
    for _ in 0..5 {
        let mut run = Vec::new();
        let mut time = |name: &'static str, f: &mut dyn FnMut()| {
            let t = Instant::now();
            f();
            run.push((name, t.elapsed().as_secs_f64() * 1000.0));
        };
        let mut store = None;
        time("open", &mut || store = Some(Store::open(path).unwrap()));
        let store = store.unwrap();
        time("sync_status", &mut || {
            store.conflicts().unwrap();
            store.site_url().unwrap();
            store.pending_count().unwrap();
        });
        time(OUTBOX, &mut || {
            store.pending_count().unwrap();
        });
        time("meetings", &mut || drop(store.meetings().unwrap()));
        time("programme", &mut || drop(store.programme(event, None).unwrap()));
        time("side_events", &mut || drop(store.side_events(event).unwrap()));
        time("programme_publication", &mut || drop(store.programme_publication(event).unwrap()));
        runs.push(run);
    }
    (0..runs[0].len()).map(|i| (runs[0][i].0, median(runs.iter().map(|r| r[i].1).collect()).unwrap())).collect()
}

/// Starts `binary` with `args` through the driver and times it to `css`, then (the app: `calls`) makes the calls of
/// `CALLS` again; then closes it and waits for it to end.
async fn start(desktop: &Desktop, binary: &Path, args: &[&str], css: &str, calls: bool) -> Start {
    let asked = epoch_ms(SystemTime::now());
    let t = Instant::now();
    let app = desktop.open(binary, args).await;
    let session = t.elapsed();
    // Polled from the page: the first time (page clock) each of the app's steps was seen, and the element.
    let mut seen: [Option<f64>; 2] = [None; 2];
    let origin = loop {
        assert!(t.elapsed() < Duration::from_secs(60), "no element {css}");
        if let Ok(probe) = app.execute(PROBE, vec![css.into()]).await {
            let now = probe["now"].as_f64().unwrap();
            for (i, step) in ["meetings", "shown"].iter().enumerate() {
                if probe[step] == true && seen[i].is_none() {
                    seen[i] = Some(now);
                }
            }
            if seen[1].is_some() {
                break probe["origin"].as_f64().unwrap() - asked;
            }
        }
        tokio::time::sleep(POLL).await;
    };
    let shown = t.elapsed();
    let memory_kb = memory_kb(binary);
    let pid = pid_of(binary);
    let exec = pid.and_then(process_start_ms).map(|ms| ms - asked);
    let cpu = pid.map(cpu_use).unwrap_or_default();
    let page = app.execute(PAGE_TIMING, vec![]).await.unwrap();
    let on_page = |ms: Option<f64>| Some(origin + ms?);
    let phases = [
        exec,
        Some(session.as_secs_f64() * 1000.0),
        Some(origin),
        on_page(page["dom"].as_f64()),
        on_page(page["load"].as_f64()),
        on_page(page["language"].as_f64()),
        on_page(page["mounted"].as_f64()),
        on_page(page["workspace"].as_f64()),
        on_page(seen[0]),
        on_page(seen[1]),
        Some(shown.as_secs_f64() * 1000.0),
    ];
    let calls = if calls {
        let calls = app.execute_async(IPC_CALLS, vec![]).await.unwrap();
        assert!(calls.get("error").is_none(), "{calls}");
        Some(calls)
    } else {
        None
    };
    app.close().await.unwrap();
    // The next start of the same workspace would find this window still holding it: wait for the process to end.
    let closing = Instant::now();
    while pid_of(binary).is_some() {
        assert!(closing.elapsed() < Duration::from_secs(20), "{} is still running", binary.display());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    Start { shown, memory_kb, phases, cpu, calls }
}

fn median(mut xs: Vec<f64>) -> Option<f64> {
    xs.sort_by(f64::total_cmp);
    (!xs.is_empty()).then(|| xs[xs.len() / 2])
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

#[tokio::main]
async fn main() {
    let bare = bare_window();
    let app = app_binary();
    let candidate = std::env::var_os("STARTUP_BENCH_CANDIDATE").map(PathBuf::from);
    let dir = tempfile::tempdir().unwrap();
    let demo = workspace(dir.path(), "demo.dais", 0);
    let large = workspace(dir.path(), "large.dais", REGISTRATIONS);
    let (demo_arg, large_arg) = (demo.to_string_lossy().into_owned(), large.to_string_lossy().into_owned());
    let desktop = Desktop::start_with(&demo, &[("DAIS_LANG", "en")]);
    // The app's language is its environment's: a second display whose apps start in Arabic.
    let arabic = Desktop::start_with(&demo, &[("DAIS_LANG", "ar")]);
    let programme = testid("programme-row");
    let ready = testid("ready");
    let mut kinds = vec![Kind::Bare, Kind::Demo, Kind::Arabic, Kind::Large];
    kinds.extend(candidate.as_ref().map(|_| Kind::Candidate));

    let mut starts: Vec<(Kind, Start)> = Vec::new();
    for round in 0..=STARTS {
        for &kind in &kinds {
            let measured = match kind {
                Kind::Bare => start(&desktop, &bare, &[], &ready, false).await,
                Kind::Demo => start(&desktop, &app, &["--workspace", &demo_arg], &programme, true).await,
                Kind::Large => start(&desktop, &app, &["--workspace", &large_arg], &programme, true).await,
                Kind::Arabic => start(&arabic, &app, &["--workspace", &demo_arg], &programme, true).await,
                Kind::Candidate => {
                    let binary = candidate.as_deref().unwrap();
                    start(&desktop, binary, &["--workspace", &demo_arg], &programme, true).await
                }
            };
            let page = measured.phases[2].map_or("-".into(), |ms| format!("{ms:.0} ms"));
            eprintln!("round {round}: {}: {} (the page's navigation at {page})", kind.label(), secs(measured.shown));
            // The first round opens each workspace for the first time and finds nothing in the OS's caches.
            if round > 0 {
                starts.push((kind, measured));
            }
        }
    }

    let of = |kind: Kind| starts.iter().filter(move |(k, _)| *k == kind).map(|(_, s)| s);
    let shown = |kind: Kind| {
        let mut times: Vec<Duration> = of(kind).map(|s| s.shown).collect();
        times.sort();
        (times[0], times[times.len() / 2], times[times.len() - 1])
    };
    // A start whose page began loading `HELD_UP` ms or more after the quickest start's did was held up before its
    // page, whatever the program: about a third of the starts here, bare or not, each by about half a second.
    let quickest_page = starts.iter().filter_map(|(_, s)| s.phases[2]).fold(f64::INFINITY, f64::min);
    let held_up = |kind: Kind| of(kind).filter(|s| s.phases[2].is_some_and(|ms| ms > quickest_page + HELD_UP)).count();
    let (bare_fastest, bare_median, _) = shown(Kind::Bare);
    println!(
        "Start to shown (release, Xvfb, via tauri-driver), {STARTS} starts of each, interleaved, after a warm-up round:"
    );
    for &kind in &kinds {
        let (fastest, median, max) = shown(kind);
        let ratio = median.as_secs_f64() / bare_median.as_secs_f64();
        let aim = if kind == Kind::Bare { "" } else { "  (aim: 1.5x or less)" };
        println!("  {:<30} median {}  max {}  {ratio:.2}x the bare window{aim}", kind.label(), secs(median), secs(max));
        println!(
            "  {:<30} fastest {} ({:.2}x the bare window's fastest); held up before the page: {} of {STARTS}",
            "",
            secs(fastest),
            fastest.as_secs_f64() / bare_fastest.as_secs_f64(),
            held_up(kind)
        );
    }
    let memory = |kind: Kind| median(of(kind).map(|s| s.memory_kb as f64).collect()).unwrap_or(0.0) / 1024.0;
    let memories: Vec<String> = kinds.iter().map(|&k| format!("{} {:.0} MiB", k.column(), memory(k))).collect();
    println!("  memory of the processes once shown, median: {}", memories.join(", "));
    println!(
        "  Arabic against English, demo workspace: start {:.2}x, memory {:.2}x (aim: 1.05x or less)",
        shown(Kind::Arabic).1.as_secs_f64() / shown(Kind::Demo).1.as_secs_f64(),
        memory(Kind::Arabic) / memory(Kind::Demo)
    );

    println!("Where the time goes: medians, ms after the session was asked for (- where the page does not tell):");
    let header: String = kinds.iter().map(|k| format!(" {:>9}", k.column())).collect();
    println!("  {:<32}{header}", "");
    let row = |label: &str, value: &dyn Fn(&Start) -> Option<f64>| {
        let cells: String = kinds
            .iter()
            .map(|&k| match median(of(k).filter_map(value).collect()) {
                Some(ms) => format!(" {ms:>9.0}"),
                None => format!(" {:>9}", "-"),
            })
            .collect();
        println!("  {label:<32}{cells}");
    };
    for (i, phase) in PHASES.iter().enumerate() {
        row(phase, &|s| s.phases[i]);
    }
    for (i, what) in
        ["CPU time to shown, all processes", "  the program's main thread", "  its web process"].iter().enumerate()
    {
        row(what, &|s| s.cpu[i]);
    }
    println!("The calls that show the programme, made again from the page once shown (IPC, medians, ms):");
    for call in CALLS {
        let label = if call == "chain" { "the start's chain, as the UI" } else { call };
        row(label, &|s| s.calls.as_ref()?[call].as_f64());
    }
    let (demo_core, large_core) = (core_calls(&demo), core_calls(&large));
    println!("Core's part of them, in this process on a fresh handle (medians, ms): demo / large");
    for ((name, demo_ms), (_, large_ms)) in demo_core.iter().zip(&large_core) {
        println!("  {name:<32} {demo_ms:>9.1} {large_ms:>9.1}");
    }
}
