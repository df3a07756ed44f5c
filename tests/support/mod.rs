//! The real app in a real window: Xvfb, tauri-driver (which drives WebKitWebDriver) and a WebDriver client.
//! Used by the end-to-end tests and the start-up benchmark.

#![allow(dead_code)] // each test target uses part of it

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

/// The app binary under test: built by cargo with the UI embedded (feature `custom-protocol`).
pub fn app_binary() -> PathBuf {
    if !cfg!(feature = "custom-protocol") {
        panic!(
            "the window tests need the UI embedded: build the UI (npm --prefix ui run build), then run \
             `cargo test --features dais-app/custom-protocol` (scripts/test-all.sh does both)"
        );
    }
    PathBuf::from(env!("CARGO_BIN_EXE_dais-app"))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_until(what: &str, timeout: Duration, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < timeout, "{what} did not come up within {timeout:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A virtual display with tauri-driver on it; both are stopped when this is dropped.
pub struct Desktop {
    xvfb: Child,
    driver: Child,
    pub display: String,
    port: u16,
}

impl Desktop {
    /// Starts a display and a driver whose apps open the workspace at `workspace`.
    pub fn start(workspace: &Path) -> Desktop {
        Desktop::start_with(workspace, &[])
    }

    /// Like `start`, with more environment for the apps (e.g. `DAIS_SITE_TOKEN`).
    pub fn start_with(workspace: &Path, env: &[(&str, &str)]) -> Desktop {
        Desktop::start_on_screen(workspace, env, (1280, 860))
    }

    /// Like `start_with`, on a display of `screen` pixels (width, height): room for a window larger than the app's own.
    pub fn start_on_screen(workspace: &Path, env: &[(&str, &str)], screen: (u32, u32)) -> Desktop {
        let n = (90..400).find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists()).expect("a free display");
        let display = format!(":{n}");
        let xvfb = Command::new("Xvfb")
            .args([&display, "-screen", "0", &format!("{}x{}x24", screen.0, screen.1), "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb must be installed (scripts/setup.sh test)");
        wait_until("Xvfb", Duration::from_secs(10), || Path::new(&format!("/tmp/.X11-unix/X{n}")).exists());
        let (port, native) = (free_port(), free_port());
        let driver = Command::new("tauri-driver")
            .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .env("DISPLAY", &display)
            .env("DAIS_WORKSPACE", workspace)
            // The language chosen in Settings is kept in the OS's config folder: the test's own, never the tester's.
            .env("XDG_CONFIG_HOME", workspace.with_extension("config"))
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("NO_AT_BRIDGE", "1")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver must be installed (scripts/setup.sh test)");
        wait_until("tauri-driver", Duration::from_secs(10), || TcpStream::connect(("127.0.0.1", port)).is_ok());
        Desktop { xvfb, driver, display, port }
    }

    /// Starts the app in the window and connects to it.
    pub async fn open_app(&self) -> Client {
        self.open(&app_binary(), &[]).await
    }

    /// Starts `binary` with `args` in the window and connects to it: the app on another workspace than the driver's
    /// (`--workspace PATH`), or another program (the start-up bench's bare window).
    pub async fn open(&self, binary: &Path, args: &[&str]) -> Client {
        let mut options = serde_json::json!({ "application": binary.to_string_lossy() });
        if !args.is_empty() {
            options["args"] = serde_json::json!(args);
        }
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), options);
        // tauri-driver listens before its WebKit driver is ready: a first session request can be cut off
        // ("IncompleteMessage"), seen on a loaded 2-core machine. A few tries, then the real error.
        let mut tries = 0;
        loop {
            let session = ClientBuilder::rustls()
                .expect("TLS roots")
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{}", self.port))
                .await;
            match session {
                Ok(client) => return client,
                Err(e) if tries < 4 => {
                    tries += 1;
                    eprintln!("WebDriver session refused ({e}); trying again");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
                Err(e) => panic!("a WebDriver session with the app: {e}"),
            }
        }
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
        // Killed, Xvfb leaves its lock and socket behind: a machine that ran the tests a few hundred times would
        // have no display left to start.
        let n = self.display.trim_start_matches(':');
        let _ = std::fs::remove_file(format!("/tmp/.X{n}-lock"));
        let _ = std::fs::remove_file(format!("/tmp/.X11-unix/X{n}"));
    }
}

pub fn testid(id: &str) -> String {
    format!("[data-testid='{id}']")
}

/// Waits for an element by CSS selector.
pub async fn wait_css(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no element {css}: {e}"))
}

/// The programme row whose title is exactly `title`.
pub fn row_xpath(title: &str) -> String {
    format!("//*[@data-testid='programme-row'][.//*[@data-testid='row-title'][normalize-space()='{title}']]")
}

pub async fn wait_row(client: &Client, title: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::XPath(&row_xpath(title)))
        .await
        .unwrap_or_else(|e| panic!("no programme row {title:?}: {e}"))
}

pub async fn text_in(el: &fantoccini::elements::Element, id: &str) -> String {
    el.find(Locator::Css(&testid(id))).await.unwrap_or_else(|e| panic!("no {id}: {e}")).text().await.unwrap()
}

/// Polls until `text_of` returns `want`, for text that changes after an asynchronous fetch.
pub async fn eventually_text(client: &Client, css: &str, want: &str) {
    eventually(client, css, want, |got| got.trim() == want).await
}

/// Polls until the text of `css` contains `want`.
pub async fn eventually_contains(client: &Client, css: &str, want: &str) {
    eventually(client, css, want, |got| got.contains(want)).await
}

async fn eventually(client: &Client, css: &str, want: &str, good: impl Fn(&str) -> bool) {
    let start = Instant::now();
    loop {
        let got = match client.find(Locator::Css(css)).await {
            Ok(el) => el.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if good(&got) {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{css} shows {got:?}, expected {want:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

impl Desktop {
    /// Saves the display as target/screenshots/NAME.png. Taken from the X server: WebKitWebDriver's own screenshot
    /// call can wait forever for a repaint of an idle page.
    pub fn screenshot(&self, name: &str) {
        self.capture(name, &[]);
    }

    /// Saves the top left `width` x `height` pixels of the display as target/screenshots/NAME.png: a window placed
    /// there (WebDriver's set_window_rect) on a larger display.
    pub fn screenshot_of(&self, name: &str, (width, height): (u32, u32)) {
        self.capture(name, &["-crop", &format!("{width}x{height}+0+0")]);
    }

    fn capture(&self, name: &str, options: &[&str]) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let status = Command::new("import")
            .args(["-window", "root"])
            .args(options)
            .arg(dir.join(format!("{name}.png")))
            .env("DISPLAY", &self.display)
            .status()
            .expect("imagemagick's import must be installed (scripts/setup.sh test)");
        assert!(status.success(), "screenshot {name} failed");
    }
}

/// Runs axe-core (the npm package in ui/node_modules) on the page as it is now and fails with every violation it
/// finds: WCAG 2.2 A and AA and axe's best practices. `view` names what is on screen, for the failure message.
pub async fn assert_accessible(client: &Client, view: &str) {
    let axe = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&axe)
        .unwrap_or_else(|e| panic!("{}: {e} (scripts/setup.sh installs the UI's packages)", axe.display()));
    client.execute(&format!("{source}\nreturn true;"), vec![]).await.expect("axe-core loads into the page");
    let found = client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               axe.run(document, { runOnly: { type: 'tag',
                   values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                 .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    at ` +
                     v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ` - ${n.failureSummary}` : ''))
                        .join('\n    at '))))
                 .catch(e => done([`axe failed: ${e}`]));"#,
            vec![],
        )
        .await
        .expect("axe-core runs");
    let violations: Vec<String> = serde_json::from_value(found).expect("a list of violations");
    assert!(violations.is_empty(), "{view}: {} accessibility violations:\n{}", violations.len(), violations.join("\n"));
}

// ---- Memory, for the benchmarks ----

/// Resident memory (kB) of `root` and every process below it.
fn tree_rss_kb(root: u32) -> u64 {
    process_tree(root)
        .iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
        .filter_map(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .sum()
}

/// `root` and every process below it.
pub fn process_tree(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        let after_name = &stat[stat.rfind(')').map_or(0, |i| i + 2)..];
        let ppid: u32 = after_name.split(' ').nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
        parents.push((pid, ppid));
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    tree
}

/// The process running `binary`, if one does.
pub fn pid_of(binary: &Path) -> Option<u32> {
    let exe = binary.canonicalize().ok()?;
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_string_lossy().parse().ok()?;
        (std::fs::read_link(format!("/proc/{pid}/exe")).ok()? == exe).then_some(pid)
    })
}

/// Resident memory (kB) of the running app and its WebKit processes; 0 when it is not running.
pub fn app_memory_kb() -> u64 {
    memory_kb(&app_binary())
}

/// Resident memory (kB) of the process running `binary` and every process below it; 0 when none runs.
pub fn memory_kb(binary: &Path) -> u64 {
    pid_of(binary).map(tree_rss_kb).unwrap_or(0)
}

// ---- The app's languages ----

/// What the page shows as it is now that is neither from the catalogue (wrapped ⟦…⟧ in the pseudo-language) nor the
/// organiser's data (`data`: the meeting's own strings), nor a date, a time, a number or a zone; and every element
/// whose text is cut off or runs out of its box or the window. One line each, for a view's report.
pub async fn unwrapped_and_overflowing(client: &Client, data: &[String]) -> (Vec<String>, Vec<String>) {
    let found = client
        .execute(
            r#"const [data] = arguments;
               const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                   return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[hidden]'); };
               // Not words of the app: the catalogue's (⟦…⟧), the organiser's data, dates and times written by Intl,
               // numbers, zones (CET, GMT+1), symbols, and the language picker's names (each in its own language).
               const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
               const days = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun';
               const months3 = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
               const dateWords = new RegExp(`\\b(${months}|${days}|${months3})\\b`, 'g');
               const strip = (text) => {
                 let rest = text.replace(/⟦[^⟧]*⟧/g, ' ').replace(/\b\w+:\/\/\S+/g, ' ').replace(dateWords, ' ')
                   .replace(/\b[A-Z]{2,5}([+-]\d+)?\b/g, ' ');
                 for (const d of data) {
                   if (d.length > 2) rest = rest.split(d).join(' ');
                   // A short one (an honorific: Ms, Dr) only as a word of its own.
                   else if (/^\p{L}+$/u.test(d)) rest = rest.replace(new RegExp(`(^|\\P{L})${d}(?=\\P{L}|$)`, 'gu'), '$1 ');
                 }
                 return rest;
               };
               const unwrapped = [], overflowing = [];
               const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
               const bearers = new Set();
               for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                 const el = n.parentElement;
                 const text = n.textContent.trim();
                 if (!text || !el || !visible(el) || el.closest('script, style, [data-testid="language"]')) continue;
                 bearers.add(el);
                 if (/\p{L}{2,}/u.test(strip(text)) && !data.includes(text))
                   unwrapped.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}: ${text}`);
               }
               for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
                 for (const name of ['aria-label', 'title', 'placeholder']) {
                   const text = (el.getAttribute(name) || '').trim();
                   if (text && visible(el) && /\p{L}{2,}/u.test(strip(text)) && !el.closest('[data-testid="language"]'))
                     unwrapped.push(`${el.tagName.toLowerCase()}@${name}: ${text}`);
                 }
               const width = document.documentElement.clientWidth;
               for (const el of bearers) {
                 // Words for screen readers only sit in a 1-pixel box by design.
                 if (el.closest('.visually-hidden')) continue;
                 const s = getComputedStyle(el), r = el.getBoundingClientRect();
                 // A table's cell may end its text with an ellipsis and hold it whole in its title: that is no loss.
                 const whole = s.textOverflow === 'ellipsis' && el.getAttribute('title')?.trim() === el.textContent.trim();
                 const cut = s.display !== 'inline' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !whole;
                 const out = r.right > width + 1 || r.left < -1;
                 if (cut || out) overflowing.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}: ${el.textContent.trim().slice(0, 60)} (${cut ? `${el.scrollWidth} wide in ${el.clientWidth}` : `at ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`})`);
               }
               return [unwrapped, overflowing];"#,
            vec![serde_json::json!(data)],
        )
        .await
        .expect("the page's text is read");
    serde_json::from_value(found).expect("two lists of lines")
}

/// Every string of the demo meeting as its workspace holds it (titles, names, places, ...): the organiser's data,
/// shown as typed whatever the language.
pub fn organiser_data(workspace: &Path) -> Vec<String> {
    let store = dais_core::Store::open(workspace).unwrap();
    let mut out = Vec::new();
    fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.trim().to_string()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let meetings = store.meetings().unwrap();
    let side_events: Vec<dais_core::Event> = meetings.iter().flat_map(|m| store.side_events(m.id).unwrap()).collect();
    for event in meetings.into_iter().chain(side_events) {
        strings(&serde_json::to_value(&event).unwrap(), &mut out);
        strings(&serde_json::to_value(store.entries(event.id).unwrap()).unwrap(), &mut out);
        strings(&serde_json::to_value(store.speakers(event.id).unwrap()).unwrap(), &mut out);
        strings(&serde_json::to_value(store.registrations(event.id).unwrap()).unwrap(), &mut out);
        strings(&serde_json::to_value(store.focal_points(event.id).unwrap()).unwrap(), &mut out);
    }
    // Countries' names are the UN's table, not the catalogue's (the pseudo-language shows them in English).
    out.extend(dais_core::rules::country::countries(dais_core::Lang::En).iter().map(|c| c.name.to_string()));
    out.retain(|s| !s.is_empty());
    // Longest first, so that a name is taken out before a word of it.
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}
