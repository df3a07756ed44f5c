//! The public pages in a real browser: Debian's Chromium, headless, driven through chromedriver, over the real router
//! on 127.0.0.1 with the demo meeting. Every public page is checked with axe-core (WCAG 2.x A and AA, and axe's best
//! practices); then, with the keyboard and the rendered layout, what axe cannot see: where the focus lands when the
//! form is refused, whether the focus ring stands out from what is behind it, and the programme on a phone.
//!
//! Needs `chromium` and `chromium-driver` (scripts/setup.sh test) and axe-core in ui/node_modules (npm ci in ui).
//! Screenshots go to target/screenshots/site-*.png.

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration as StdDuration, Instant};

use dais_core::seed::demo_event_id;
use dais_core::{Event, Lang};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::public_site::{PublicSite as Site, event_path, open_registration};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const AXE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/node_modules/axe-core/axe.min.js");
/// What the site promises: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.
const AXE_TAGS: [&str; 6] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/// A phone: an iPhone's width in CSS pixels.
const PHONE: (u32, u32) = (375, 812);
pub(crate) const DESKTOP: (u32, u32) = (1280, 900);
/// For waits on the browser: generous, since the machine may be busy with a build; a wait ends as soon as it can.
pub(crate) const PATIENCE: StdDuration = StdDuration::from_secs(60);
const WEBINAR: &str = "/events/019a3a00-0000-7000-8000-000000000002";

pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromedriver on a free port, in a process group of its own with the Chromium it starts: dropping this kills the
/// group, so a failed test leaves no browser behind.
pub(crate) struct Browser {
    driver: Child,
    url: String,
    profile: tempfile::TempDir,
}

impl Browser {
    /// Chromium whose clock reads `time_zone`, as a visitor's would.
    pub(crate) fn start(time_zone: &str) -> Browser {
        for path in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                Path::new(path).exists(),
                "{path} is missing: the site's accessibility tests need Debian's Chromium and chromedriver \
                 (apt-get install chromium chromium-driver, or scripts/setup.sh test)"
            );
        }
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .env("TZ", time_zone)
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{CHROMEDRIVER} does not start: {e}"));
        let browser =
            Browser { driver, url: format!("http://127.0.0.1:{port}"), profile: tempfile::tempdir().unwrap() };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < PATIENCE, "chromedriver did not listen on port {port}");
            std::thread::sleep(StdDuration::from_millis(20));
        }
        browser
    }

    /// A headless window of `width` x `height` CSS pixels.
    pub(crate) async fn open(&self, (width, height): (u32, u32)) -> Window {
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // Scrollbars over the page, as on a phone, rather than 15 px taken from a 375 px viewport.
            "--hide-scrollbars",
        ]
        .map(String::from)
        .to_vec();
        args.push(format!("--user-data-dir={}", self.profile.path().display()));
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert("goog:chromeOptions".into(), json!({ "binary": CHROMIUM, "args": args }));
        let client = ClientBuilder::rustls()
            .expect("TLS roots")
            .capabilities(caps)
            .connect(&self.url)
            .await
            .unwrap_or_else(|e| panic!("a Chromium session through chromedriver: {e}"));
        let window = Window { client, driver: self.url.clone() };
        // The page behaves as if its window had the system's focus, which a headless window need not have: without
        // it, :focus and :focus-visible match nothing and no focus ring is drawn.
        cdp(&window, "Emulation.setFocusEmulationEnabled", json!({ "enabled": true })).await;
        resize(&window, (width, height)).await;
        window
    }
}

/// A browser session, and the driver it runs on (for DevTools commands).
pub(crate) struct Window {
    client: Client,
    driver: String,
}

impl std::ops::Deref for Window {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The group's id is chromedriver's pid (process_group(0) above).
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.driver.id())]).status();
        let _ = self.driver.wait();
    }
}

/// Sets the viewport to `width` x `height` CSS pixels, and checks it took. Through Chrome's device emulation:
/// WebDriver's window sizes count a frame and stop at a minimum width. Not as a "mobile" device, whose viewport
/// would follow each page's `<meta name="viewport">`: the site's says `width=device-width`, which is this width.
async fn resize(client: &Window, (width, height): (u32, u32)) {
    let metrics = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false });
    cdp(client, "Emulation.setDeviceMetricsOverride", metrics).await;
    let inner = js(client, "return [innerWidth, innerHeight];").await;
    assert_eq!(inner, json!([width, height]), "the viewport is {width} x {height}");
}

/// A DevTools command, through chromedriver's endpoint for them.
async fn cdp(window: &Window, cmd: &str, params: Value) -> Value {
    let session = window.session_id().await.unwrap().expect("a session");
    let response = reqwest::Client::new()
        .post(format!("{}/session/{session}/goog/cdp/execute", window.driver))
        .json(&json!({ "cmd": cmd, "params": params }))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    assert!(response.status().is_success(), "{cmd}: {}", response.status());
    response.json::<Value>().await.unwrap()["value"].take()
}

pub(crate) async fn js(client: &Client, script: &str) -> Value {
    client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

async fn goto(client: &Client, site: &Site, path: &str) {
    client.goto(&site.url(path)).await.unwrap_or_else(|e| panic!("GET {path}: {e}"));
}

pub(crate) async fn wait_for(client: &Client, locator: Locator<'_>) -> fantoccini::elements::Element {
    let what = format!("{locator:?}");
    client.wait().at_most(PATIENCE).for_element(locator).await.unwrap_or_else(|e| panic!("no {what}: {e}"))
}

/// A page whose `<h1>` reads `heading` (which also means the navigation to it has finished).
async fn wait_heading(client: &Client, heading: &str) {
    assert!(!heading.contains('\''), "the XPath below quotes with '");
    wait_for(client, Locator::XPath(&format!("//h1[normalize-space()='{heading}']"))).await;
}

pub(crate) async fn press(client: &Client, key: char) {
    let keys =
        KeyActions::new("keyboard".into()).then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    client.perform_actions(keys).await.unwrap();
}

pub(crate) const TAB: char = '\u{e004}';
const ENTER: char = '\u{e007}';

/// Waits until the page has loaded and been rendered twice: what the browser does on its own at load (such as
/// `autofocus`, applied when it renders) is done by then.
pub(crate) async fn settled(client: &Client) {
    let script = r#"const done = arguments[arguments.length - 1];
        const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
        if (document.readyState === "complete") { frames(); } else { addEventListener("load", frames); }"#;
    client.execute_async(script, vec![]).await.unwrap_or_else(|e| panic!("the page did not settle: {e}"));
}

/// Saves the whole page (not only what is in view) as target/screenshots/site-NAME.png.
pub(crate) async fn screenshot(client: &Window, name: &str) {
    let size = js(client, "return [innerWidth, innerHeight, document.documentElement.scrollHeight];").await;
    let size = |i: usize| u32::try_from(size[i].as_u64().unwrap()).unwrap();
    resize(client, (size(0), size(2))).await;
    let png = client.screenshot().await.unwrap();
    resize(client, (size(0), size(1))).await;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let file: PathBuf = dir.join(format!("site-{name}.png"));
    std::fs::write(&file, png).unwrap();
}

/// axe-core's violations on the page in view, one line per rule and its nodes.
pub(crate) async fn axe_violations(client: &Client, axe_source: &str) -> Vec<String> {
    js(client, axe_source).await;
    let run = format!(
        r#"const done = arguments[arguments.length - 1];
        axe.run(document, {{ runOnly: {{ type: "tag", values: {tags} }}, resultTypes: ["violations"] }})
          .then(r => done(r.violations.map(v => ({{
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\s+/g, " "))
          }}))))
          .catch(e => done([{{ id: "axe-error", impact: "", help: String(e), nodes: [] }}]));"#,
        tags = json!(AXE_TAGS)
    );
    let found = client.execute_async(&run, vec![]).await.unwrap_or_else(|e| panic!("axe.run failed: {e}"));
    found
        .as_array()
        .expect("axe answers with a list")
        .iter()
        .map(|v| {
            let nodes: Vec<String> =
                v["nodes"].as_array().unwrap().iter().map(|n| format!("      {}", n.as_str().unwrap())).collect();
            format!("  {} ({}): {}\n{}", v["id"], v["impact"], v["help"], nodes.join("\n"))
        })
        .collect()
}

/// The axe source, or a clear failure: the file comes with ui's npm packages.
pub(crate) fn axe_source() -> String {
    std::fs::read_to_string(AXE)
        .unwrap_or_else(|e| panic!("{AXE}: {e}; install the UI's packages (npm --prefix ui ci, or scripts/setup.sh)"))
}

#[test]
fn every_public_page_passes_axe() {
    // Two meetings, so that / lists them rather than leading to the only one; registration open.
    let site = Site::start(|store| {
        open_registration(store);
        let mut other: Event = store.get(demo_event_id()).unwrap();
        other.id = dais_core::new_id();
        other.title = "Tenth meeting of the U4SSC".into();
        other.short_title = "U4SSC-10".into();
        store.save_event(&other).unwrap();
    });
    // A second version, so that the Changes page has changes to list.
    {
        let mut store = dais_core::Store::open(&site.data_file).unwrap();
        let mut entries = store.entries(demo_event_id()).unwrap();
        let opening = entries.iter_mut().find(|e| e.title == "Opening and welcome").unwrap();
        opening.title = "Opening and welcome by the Chair".into();
        store.save_entry(opening).unwrap();
        let closing = entries.iter_mut().find(|e| e.title == "Closing").unwrap();
        closing.slot.starts_at += chrono::Duration::minutes(-5);
        closing.slot.ends_at += chrono::Duration::minutes(-5);
        store.save_entry(closing).unwrap();
        store.publish(demo_event_id(), "an organiser", None, chrono::Utc::now()).unwrap();
    }
    let axe = axe_source();
    // A visitor in Tokyo: the programme offers their zone (zone.js), and the test follows that offer.
    let browser = Browser::start("Asia/Tokyo");
    site.runtime.block_on(async {
        let client = browser.open(DESKTOP).await;
        let mut report: Vec<String> = Vec::new();
        let mut checked = 0;
        let mut check = async |page: &str| {
            let violations = axe_violations(&client, &axe).await;
            checked += 1;
            if !violations.is_empty() {
                report.push(format!("{page}:\n{}", violations.join("\n")));
            }
        };

        for (path, heading) in [
            ("/".to_string(), "Meetings"),
            (event_path(""), "Ninth meeting of the \"United for Smart Sustainable Cities\" initiative (U4SSC)"),
            (event_path("/speakers"), "Speakers"),
            (event_path("/changes"), "Changes to the programme"),
            (event_path("/programme?zone=Mars/Olympus_Mons"), "Programme"),
            (WEBINAR.to_string(), "Empowering people through people-centred smart cities"),
            (format!("{WEBINAR}/programme"), "Programme"),
            (format!("{WEBINAR}/speakers"), "Speakers"),
            (format!("{WEBINAR}/register"), "Registration is closed"),
            (event_path("/register/done"), "Thank you: your registration request was received"),
            ("/events/not-an-id".to_string(), "Page not found"),
        ] {
            goto(&client, &site, &path).await;
            wait_heading(&client, heading).await;
            check(&path).await;
            if path.ends_with("/changes") {
                screenshot(&client, "changes").await;
            }
        }

        // axe does report what it should: an image without a text alternative, put on the page in view.
        js(
            &client,
            "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/none.png\">');",
        )
        .await;
        let planted = axe_violations(&client, &axe).await;
        assert!(planted.iter().any(|v| v.contains("\"image-alt\"")), "axe finds a planted violation: {planted:?}");

        // The programme in the event's zone, with the offer of the visitor's own zone, then after following it.
        goto(&client, &site, &event_path("/programme")).await;
        let offer = wait_for(&client, Locator::Css("#my-zone:not([hidden]) a")).await;
        check("programme (event zone, offering the visitor's zone)").await;
        assert_eq!(offer.text().await.unwrap(), "Show the times in my time zone too (Asia/Tokyo)");
        offer.click().await.unwrap();
        wait_for(&client, Locator::Css("th.time.viewer")).await;
        assert!(client.current_url().await.unwrap().as_str().ends_with("/programme?zone=Asia%2FTokyo"));
        check("programme in the visitor's zone (Asia/Tokyo)").await;

        // The form: empty, refused at its fields, refused without its cookie, and accepted.
        goto(&client, &site, &event_path("/register")).await;
        wait_heading(&client, "Register").await;
        check("registration form").await;
        let email = client.find(Locator::Id("email")).await.unwrap();
        email.send_keys("not-an-email").await.unwrap();
        email.send_keys(&ENTER.to_string()).await.unwrap();
        wait_for(&client, Locator::Css(".error-summary")).await;
        check("registration form, refused at its fields").await;

        fill_in_good_answers(&client, "Amara", "amara.okafor@example.gov").await;
        client.delete_cookie("dais_form").await.unwrap();
        client.find(Locator::Css("form[method=post] button[type=submit]")).await.unwrap().click().await.unwrap();
        wait_heading(&client, "Please send the form again").await;
        check("registration form without its cookie").await;

        goto(&client, &site, &event_path("/register")).await;
        wait_heading(&client, "Register").await;
        fill_in_good_answers(&client, "Amara", "amara.okafor@example.gov").await;
        client.find(Locator::Css("form[method=post] button[type=submit]")).await.unwrap().click().await.unwrap();
        wait_heading(&client, "Thank you: your registration request was received").await;
        check("confirmation").await;

        client.client.close().await.unwrap();
        assert!(
            report.is_empty(),
            "axe found violations ({} of {checked} pages):\n{}",
            report.len(),
            report.join("\n")
        );
        assert_eq!(checked, 17, "every page was checked");
    });
}

/// The pages the site's mails lead to: a request waiting for its address ("check your mailbox"), the confirmation,
/// and a focal point's page of their administration's requests. The mail server is down here: the links are read from
/// the outbox, as the mails would carry them.
#[test]
fn the_pages_of_the_mails_links_pass_axe() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let site = Site::start_with_settings(
        |store| {
            open_registration(store);
            store
                .save_focal_point(&dais_core::FocalPointInput {
                    id: None,
                    event_id: demo_event_id(),
                    country: "NG".into(),
                    category: None,
                    name: "Ngozi Adeyemi".into(),
                    email: "ngozi.adeyemi@ncc.example.ng".into(),
                })
                .unwrap();
        },
        |base| dais_site::settings::Settings {
            public_url: Some(base.to_string()),
            mail: Some(dais_site::settings::MailSettings {
                from: "U4SSC secretariat <u4ssc@itu.int>".into(),
                smtp_host: "127.0.0.1".into(),
                smtp_port: Some(closed),
                tls: dais_site::settings::Tls::None,
                username: None,
                password: None,
                retry_seconds: 3600.0,
            }),
            ..Default::default()
        },
        |_| {},
    );
    let axe = axe_source();
    let browser = Browser::start("Africa/Lagos");
    site.runtime.block_on(async {
        let client = browser.open(DESKTOP).await;
        let mut report: Vec<String> = Vec::new();
        let mut check = async |page: &str| {
            let violations = axe_violations(&client, &axe).await;
            if !violations.is_empty() {
                report.push(format!("{page}:\n{}", violations.join("\n")));
            }
        };
        goto(&client, &site, &event_path("/register")).await;
        wait_heading(&client, "Register").await;
        fill_in_good_answers(&client, "Amara", "amara.okafor@example.gov").await;
        screenshot(&client, "register").await;
        client.find(Locator::Css("form[method=post] button[type=submit]")).await.unwrap().click().await.unwrap();
        wait_heading(&client, "Check your mailbox").await;
        check("check your mailbox").await;

        let mail = site.state.mail.clone().unwrap();
        let text: String = rusqlite::Connection::open(site.data_file.with_file_name(dais_site::mail::MAIL_FILE))
            .unwrap()
            .query_row("SELECT text_body FROM outbox WHERE key LIKE 'confirm:%'", [], |r| r.get(0))
            .unwrap();
        let link = text.split_whitespace().find(|w| w.contains("/confirm/")).unwrap().to_string();
        client.goto(&link).await.unwrap();
        wait_heading(&client, "Confirm your request").await;
        check("confirm your request").await;
        client.find(Locator::Css("form[method=post] button")).await.unwrap().click().await.unwrap();
        wait_heading(&client, "Your request is confirmed").await;
        check("request confirmed").await;

        let ngozi = dais_core::Store::open(&site.data_file).unwrap().focal_points(demo_event_id()).unwrap().remove(0);
        let focal = mail.focal_link(&ngozi, chrono::Utc::now() + chrono::Duration::days(14));
        client.goto(&focal).await.unwrap();
        wait_heading(&client, "Requests from Nigeria").await;
        check("a focal point's requests").await;
        screenshot(&client, "focal-point").await;
        let request = wait_for(&client, Locator::Css("[data-testid=focal-request]")).await;
        assert!(request.text().await.unwrap().contains("Amara Okafor"));

        client.client.close().await.unwrap();
        assert!(report.is_empty(), "axe found violations:\n{}", report.join("\n"));
    });
}

/// Fills in the form as a person would, with keys (and the lists by their values).
pub(crate) async fn fill_in_good_answers(client: &Client, given: &str, email: &str) {
    for (id, text) in [
        ("given_name", given),
        ("family_name", "Okafor"),
        ("email", email),
        ("organisation", "Federal Ministry of Communications"),
        ("position", "Director"),
    ] {
        let field = client.find(Locator::Id(id)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }
    client.find(Locator::Id("country")).await.unwrap().select_by_value("NG").await.unwrap();
    client.find(Locator::Id("category")).await.unwrap().select_by_value("member_state_administration").await.unwrap();
}

#[test]
fn a_refused_form_puts_the_focus_on_its_error_summary() {
    let site = Site::open_for_registration();
    let browser = Browser::start("Europe/Zurich");
    site.runtime.block_on(async {
        let client = browser.open(DESKTOP).await;
        goto(&client, &site, &event_path("/register")).await;
        wait_heading(&client, "Register").await;
        // A family name and a bad email, sent with Enter from the email field.
        client.find(Locator::Id("family_name")).await.unwrap().send_keys("Keller").await.unwrap();
        let email = client.find(Locator::Id("email")).await.unwrap();
        email.send_keys("not-an-email").await.unwrap();
        email.send_keys(&ENTER.to_string()).await.unwrap();
        wait_for(&client, Locator::Css(".error-summary")).await;
        settled(&client).await;

        // The focus must come from the markup (autofocus), as it would with JavaScript off: the page's one script
        // only fills in the browser's time zone, for the registrant's mail.
        assert_eq!(
            js(&client, "return [...document.scripts].map((s) => new URL(s.src).pathname);").await,
            json!(["/static/zone.js"]),
        );
        assert_eq!(js(&client, "return document.getElementById('time_zone').value;").await, json!("Europe/Zurich"));
        let focused = js(
            &client,
            "const a = document.activeElement; return [a.tagName, a.className, a.contains(document.getElementById('error-summary-title'))];",
        )
        .await;
        assert_eq!(focused, json!(["DIV", "error-summary", true]), "the focus is on the error summary");

        // The summary names each refused field and links to it, in the form's order.
        let links = js(
            &client,
            "return [...document.querySelectorAll('.error-summary a')].map(a => a.getAttribute('href'));",
        )
        .await;
        let invalid = js(
            &client,
            "return [...document.querySelectorAll('form [aria-invalid=true]')].map(f => '#' + f.id);",
        )
        .await;
        assert_eq!(links, json!(["#given_name", "#email", "#organisation", "#country", "#category"]));
        assert_eq!(links, invalid, "one link for each field marked invalid, and no other");
        screenshot(&client, "register-errors").await;

        // Keyboard: Tab reaches the first link, Enter follows it and the focus is then in that field.
        press(&client, TAB).await;
        let on = js(&client, "return document.activeElement.getAttribute('href');").await;
        assert_eq!(on, json!("#given_name"), "Tab goes from the summary to its first link");
        press(&client, ENTER).await;
        wait_for(&client, Locator::Css("#given_name:focus")).await;
        let described = js(&client, "return document.activeElement.getAttribute('aria-describedby');").await;
        assert_eq!(described, json!("given_name-error"), "and the field's message is read with it");
        client.client.close().await.unwrap();
    });
}

/// The colour behind the focus ring, sampled around the focused element: what `elementsFromPoint` finds under the
/// middle of each side of the ring, the first with a background of its own. Returns null when there is no focused
/// element left to look at (back on the body, or an element seen before: the tab order came round).
const FOCUS_PROBE: &str = r##"
const el = document.activeElement;
if (!el || el === document.body || el.dataset.ringSeen) { return null; }
el.dataset.ringSeen = "1";
const s = getComputedStyle(el);
const width = parseFloat(s.outlineWidth) || 0;
const d = (parseFloat(s.outlineOffset) || 0) + width / 2;
const r = el.getBoundingClientRect();
const midX = (r.left + r.right) / 2, midY = (r.top + r.bottom) / 2;
const points = [[r.left - d, midY], [r.right + d, midY], [midX, r.top - d], [midX, r.bottom + d]]
  .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
const backgrounds = points.map(([x, y]) => {
  for (const under of document.elementsFromPoint(x, y)) {
    if (under === el || el.contains(under)) { continue; }
    const bg = getComputedStyle(under).backgroundColor;
    if (!/^rgba\(.*, 0\)$/.test(bg) && bg !== "transparent") { return bg; }
  }
  return "rgb(255, 255, 255)";
});
const label = (el.textContent || el.getAttribute("aria-label") || el.id || "").trim().replace(/\s+/g, " ").slice(0, 40);
return { what: el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + JSON.stringify(label),
         style: s.outlineStyle, width, color: s.outlineColor, backgrounds };
"##;

/// `rgb(r, g, b)` or `rgba(r, g, b, a)` as computed styles give them.
fn rgb(css: &str) -> [f64; 3] {
    let inner = css.trim().trim_start_matches("rgba(").trim_start_matches("rgb(").trim_end_matches(')');
    let parts: Vec<f64> = inner.split(',').map(|p| p.trim().parse().unwrap()).collect();
    assert!(parts.len() == 3 || parts[3] == 1.0, "an opaque colour: {css}");
    [parts[0], parts[1], parts[2]]
}

/// WCAG 2.x relative luminance and contrast ratio.
fn luminance([r, g, b]: [f64; 3]) -> f64 {
    let channel = |c: f64| {
        let c = c / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_contrast_function_is_wcags() {
    assert!((contrast([0.0; 3], [255.0; 3]) - 21.0).abs() < 1e-9);
    assert!((contrast([118.0; 3], [255.0; 3]) - 4.54).abs() < 0.01, "#767676 on white is 4.54:1");
    assert!(contrast(rgb("rgb(245, 166, 35)"), rgb("rgb(255, 255, 255)")) < 3.0, "the old orange ring on white");
}

#[test]
fn the_focus_ring_stands_out_from_every_background() {
    let site = Site::open_for_registration();
    let browser = Browser::start("Europe/Zurich");
    site.runtime.block_on(async {
        let client = browser.open(DESKTOP).await;
        let mut failures = Vec::new();
        // For each background seen behind a ring: the lowest contrast on it, and where.
        let mut by_background: Vec<(String, f64, String)> = Vec::new();
        let mut stops = 0;
        for size in [DESKTOP, PHONE] {
            resize(&client, size).await;
            for path in [event_path(""), event_path("/programme"), event_path("/register")] {
                goto(&client, &site, &path).await;
                wait_for(&client, Locator::Css("main h1")).await;
                if path.ends_with("/register") {
                    // The refused form: its summary (focused on arrival) and its links join the tab order.
                    let given = client.find(Locator::Id("given_name")).await.unwrap();
                    given.send_keys(&ENTER.to_string()).await.unwrap();
                    wait_for(&client, Locator::Css(".error-summary:focus")).await;
                }
                let mut on_page = 0;
                loop {
                    let probe = js(&client, FOCUS_PROBE).await;
                    if probe.is_null() {
                        if on_page > 0
                            || js(&client, "return document.activeElement === document.body;").await == json!(false)
                        {
                            break;
                        }
                    } else {
                        on_page += 1;
                        let what = format!("{}x{} {path}: {}", size.0, size.1, probe["what"].as_str().unwrap());
                        let color = probe["color"].as_str().unwrap();
                        if probe["style"] == "none" || probe["width"].as_f64().unwrap() < 2.0 {
                            failures
                                .push(format!("{what}: no visible outline ({} {})", probe["style"], probe["width"]));
                        }
                        // The side where the ring stands out least.
                        let worst = probe["backgrounds"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|b| b.as_str().unwrap())
                            .map(|b| (contrast(rgb(color), rgb(b)), b.to_string()))
                            .min_by(|a, b| a.0.total_cmp(&b.0));
                        match &worst {
                            None => failures.push(format!("{what}: the ring is out of view")),
                            Some((ratio, background)) if *ratio < 3.0 => {
                                failures.push(format!("{what}: ring {color} on {background} is {ratio:.2}:1"))
                            }
                            Some(_) => {}
                        }
                        if let Some((ratio, background)) = worst {
                            let seen = format!("{what}: ring {color} on {background}");
                            match by_background.iter_mut().find(|(b, _, _)| *b == background) {
                                Some(entry) if ratio < entry.1 => *entry = (background, ratio, seen),
                                Some(_) => {}
                                None => by_background.push((background, ratio, seen)),
                            }
                        }
                    }
                    assert!(on_page < 200, "the tab order on {path} does not come round");
                    press(&client, TAB).await;
                }
                stops += on_page;
            }
        }
        client.client.close().await.unwrap();
        for (_, ratio, seen) in &by_background {
            eprintln!("focus ring: lowest {ratio:.2}:1 at {seen}");
        }
        assert!(failures.is_empty(), "focus rings below 3:1 (WCAG 1.4.11):\n{}", failures.join("\n"));
        assert!(stops > 40, "the walk went through the pages: {stops} stops");
    });
}

/// Each time cell of the programme: its text and on how many lines it is laid out.
const TIME_LINES: &str = r#"
return [...document.querySelectorAll(".programme tbody .time")]
  .filter(cell => cell.textContent.trim() !== "")
  .map(cell => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
    return [cell.textContent.trim(), lines];
  });
"#;

#[test]
fn the_pages_fit_a_phone_and_each_programme_time_stays_on_one_line() {
    let site = Site::open_for_registration();
    let axe = axe_source();
    let browser = Browser::start("Europe/Zurich");
    site.runtime.block_on(async {
        let client = browser.open(PHONE).await;
        for (path, shot) in [
            (event_path("/programme"), Some("programme-375")),
            (event_path("/programme?zone=America/New_York"), Some("programme-375-new-york")),
            // The longest times: the closing is on the next day in Sydney ("Sat 1 Nov, 01:20 - 01:30").
            (event_path("/programme?zone=Australia/Sydney"), Some("programme-375-sydney")),
            (event_path(""), None),
            (event_path("/speakers"), None),
            (event_path("/register"), None),
        ] {
            goto(&client, &site, &path).await;
            wait_for(&client, Locator::Css("main h1")).await;
            let width = js(&client, "return document.documentElement.scrollWidth;").await.as_u64().unwrap();
            assert!(
                width <= u64::from(PHONE.0),
                "{path} is {width} px wide on a {} px phone: it scrolls sideways",
                PHONE.0
            );
            if path.contains("/programme") {
                let violations = axe_violations(&client, &axe).await;
                assert!(violations.is_empty(), "{path} at {} px:\n{}", PHONE.0, violations.join("\n"));
                assert_still_a_table(&client, &path).await;
                let times = js(&client, TIME_LINES).await;
                let times = times.as_array().unwrap();
                assert!(times.len() >= 10, "{path}: the time cells were found: {times:?}");
                let wrapped: Vec<&Value> = times.iter().filter(|t| t[1] != 1).collect();
                assert!(wrapped.is_empty(), "{path}: times laid out on more than one line: {wrapped:?}");
            }
            if let Some(name) = shot {
                screenshot(&client, name).await;
            }
        }
        // The refused form, with its messages, on the phone too.
        client.find(Locator::Id("given_name")).await.unwrap().send_keys(&ENTER.to_string()).await.unwrap();
        wait_for(&client, Locator::Css(".error-summary")).await;
        let width = js(&client, "return document.documentElement.scrollWidth;").await.as_u64().unwrap();
        assert!(width <= u64::from(PHONE.0), "the refused form is {width} px wide on a {} px phone", PHONE.0);
        screenshot(&client, "register-errors-375").await;
        client.client.close().await.unwrap();
    });
}

/// The programme's tables as Chromium gives them to assistive technology: a phone's layout changes the boxes of the
/// rows, and the headers must still be headers of their rows and columns.
async fn assert_still_a_table(window: &Window, path: &str) {
    let tree = cdp(window, "Accessibility.getFullAXTree", json!({})).await;
    let roles: Vec<&str> = tree["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["ignored"] != true)
        .filter_map(|n| n["role"]["value"].as_str())
        .collect();
    let count = |role: &str| roles.iter().filter(|r| **r == role).count() as u64;
    let dom = js(
        window,
        "return ['.programme', '.programme thead th', '.programme tbody th', '.programme tbody td']
           .map(s => document.querySelectorAll(s).length);",
    )
    .await;
    let got = json!([count("table"), count("columnheader"), count("rowheader"), count("cell") + count("gridcell")]);
    assert_eq!(got, dom, "{path}: tables, column headers, row headers and cells as the markup has them");
}

/// The pages of the demo that a visitor reaches, two meetings listed and the form open.
fn site_with_two_meetings() -> Site {
    Site::start(|store| {
        open_registration(store);
        let mut other: Event = store.get(demo_event_id()).unwrap();
        other.id = dais_core::new_id();
        other.title = "Tenth meeting of the U4SSC".into();
        other.short_title = "U4SSC-10".into();
        store.save_event(&other).unwrap();
        // The meeting's words in Arabic, Chinese and Russian, for the readers of those (their pages are checked and
        // photographed below); the rest as typed.
        let opening = store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title.starts_with("Opening"));
        for (record_id, field, lang, text) in [
            (demo_event_id(), "title", Lang::Ar, "الاجتماع التاسع لمبادرة \"متحدون من أجل مدن ذكية ومستدامة\""),
            (demo_event_id(), "title", Lang::Zh, "“联合推动智慧可持续城市”倡议第九次会议"),
            (
                demo_event_id(),
                "title",
                Lang::Ru,
                "Девятое собрание инициативы «Объединение за умные устойчивые города»",
            ),
            (opening.as_ref().unwrap().id, "title", Lang::Ar, "الافتتاح والترحيب"),
            (opening.as_ref().unwrap().id, "title", Lang::Zh, "开幕和欢迎"),
            (opening.as_ref().unwrap().id, "title", Lang::Ru, "Открытие и приветствие"),
        ] {
            let input = dais_core::TranslationInput { record_id, field: field.into(), lang, text: text.into() };
            store.translate(&input).unwrap();
        }
    })
}

/// Every public page, by a name for its screenshot and its path (the language is added to it).
fn pages_to_crawl() -> Vec<(&'static str, String)> {
    vec![
        ("meetings", "/".to_string()),
        ("home", event_path("")),
        ("programme", event_path("/programme")),
        ("programme-two-zones", event_path("/programme?zone=America/New_York")),
        ("speakers", event_path("/speakers")),
        ("changes", event_path("/changes")),
        ("register", event_path("/register")),
        ("register-done", event_path("/register/done")),
        ("webinar", WEBINAR.to_string()),
        ("webinar-programme", format!("{WEBINAR}/programme")),
        ("webinar-register", format!("{WEBINAR}/register")),
        ("not-found", "/events/not-an-id".to_string()),
    ]
}

fn with_lang(path: &str, lang: &str) -> String {
    let joiner = if path.contains('?') { '&' } else { '?' };
    format!("{path}{joiner}lang={lang}")
}

/// Every string of the organisers' data as the site publishes it (its JSON API, which holds nothing but that), with
/// the names of every country (data of the UN's table, not of the catalogue) and of every time zone.
fn organisers_data(site: &Site) -> Vec<String> {
    fn strings(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut data = Vec::new();
    let meetings: Vec<String> = [demo_event_id().to_string(), WEBINAR.rsplit('/').next().unwrap().to_string()].to_vec();
    for id in meetings {
        let url = site.url(&format!("/api/v1/events/{id}/programme?zone=America/New_York"));
        let json: Value = reqwest::blocking::get(url).unwrap().json().unwrap();
        strings(&json, &mut data);
    }
    data.push("Tenth meeting of the U4SSC".into());
    data.push("U4SSC-10".into());
    data.extend(dais_core::rules::country::countries(dais_core::Lang::En).iter().map(|c| c.name.clone()));
    data.extend(dais_core::rules::zone::zone_names().iter().map(|z| z.to_string()));
    // The names of files and formats, which no language translates.
    data.extend(["programme.pdf", "programme.docx", "programme.ics", "Word", "JSON", "XML"].map(String::from));
    // The languages' own names on the switcher (each in its own language, from the catalogue but never pseudo's).
    data.extend(dais_core::Lang::ALL.iter().map(|l| l.name()));
    data.retain(|s| s.chars().any(char::is_alphabetic));
    // The longest first, so that a title is taken whole before a word of it.
    data.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    data.dedup();
    data
}

/// What of `text` is neither the catalogue's (`⟦…⟧`) nor the organisers' data: any letter left is a word that did
/// not come from the catalogue.
fn foreign_words(text: &str, data: &[String]) -> Option<String> {
    let mut rest = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth -= 1,
            c if depth == 0 => rest.push(c),
            _ => {}
        }
    }
    for known in data {
        if rest.contains(known.as_str()) {
            rest = rest.replace(known.as_str(), " ");
        }
    }
    rest.chars().any(char::is_alphabetic).then(|| rest.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The text of every visible text node of the page (a select by its chosen option), and every element whose text
/// does not fit its box: cut off by `overflow: hidden`/`clip` or an ellipsis, or pushing the page wider than the
/// window.
const VISIBLE_TEXT_AND_OVERFLOW: &str = r#"
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent.trim() || parent.closest("script, style, option, .version-entry li")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      texts.push(node.textContent.trim());
    }
    for (const select of document.querySelectorAll("select")) {
      if (select.selectedIndex >= 0 && select.checkVisibility()) texts.push(select.options[select.selectedIndex].text);
    }
    const cut = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (!el.checkVisibility() || el.closest(".visually-hidden, .skip-link")) continue;
      // Kept for screen readers only, in a box of one pixel (a phone's hidden column heading).
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      const style = getComputedStyle(el);
      const clips = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
      const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (clips && overflows && el.textContent.trim()) cut.push(el.tagName + "." + el.className + ": " + el.textContent.trim().slice(0, 60));
    }
    if (document.documentElement.scrollWidth > innerWidth + 1) cut.push("the page is wider than the window: " + document.documentElement.scrollWidth);
    return { texts, cut };"#;

/// The site in the pseudo-language (each message wrapped `⟦…⟧` and a third longer): every word on every public page
/// comes from the catalogue or is the organisers' data, and nothing is cut off, on a desktop and on a phone.
/// Dates are CLDR's, not the catalogue's: the site marks them in the pseudo-language as it does its messages
/// (`web::said`), so a date written in English whatever the visitor's language would show here, unwrapped.
#[test]
fn in_the_pseudo_language_every_word_on_every_public_page_comes_from_the_catalogue_and_none_is_cut_off() {
    let site = site_with_two_meetings();
    let data = organisers_data(&site);
    let browser = Browser::start("Asia/Tokyo");
    site.runtime.block_on(async {
        let client = browser.open(DESKTOP).await;
        let mut problems = Vec::new();
        for size in [DESKTOP, PHONE] {
            resize(&client, size).await;
            for (name, path) in pages_to_crawl() {
                let path = with_lang(&path, "en-XA");
                goto(&client, &site, &path).await;
                settled(&client).await;
                let found = js(&client, VISIBLE_TEXT_AND_OVERFLOW).await;
                let texts = found["texts"].as_array().unwrap();
                assert!(texts.len() > 5, "{path}: the page has text");
                for text in texts {
                    if let Some(words) = foreign_words(text.as_str().unwrap(), &data) {
                        problems.push(format!("{path}: not from the catalogue: {words:?} in {text}"));
                    }
                }
                for cut in found["cut"].as_array().unwrap() {
                    problems.push(format!("{path} at {} px: cut off: {cut}", size.0));
                }
                if size == DESKTOP && matches!(name, "programme" | "register") {
                    screenshot(&client, &format!("pseudo-{name}")).await;
                }
            }
        }
        // The check does catch a word that is not the catalogue's.
        js(&client, "document.querySelector('main').insertAdjacentHTML('beforeend', '<p>Plain words</p>');").await;
        let found = js(&client, VISIBLE_TEXT_AND_OVERFLOW).await;
        let caught =
            found["texts"].as_array().unwrap().iter().filter_map(|t| foreign_words(t.as_str().unwrap(), &data));
        assert_eq!(caught.collect::<Vec<_>>(), ["Plain words"], "a planted English sentence is found");
        client.client.close().await.unwrap();
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    });
}

/// axe-core on every public page in Arabic (right to left) and in Chinese; the screenshots of the home, programme,
/// speakers and form pages in Arabic, Chinese and Russian, to look at.
#[test]
fn every_public_page_passes_axe_in_arabic_and_chinese() {
    let site = site_with_two_meetings();
    let axe = axe_source();
    let browser = Browser::start("Asia/Tokyo");
    site.runtime.block_on(async {
        let client = browser.open(DESKTOP).await;
        let mut report = Vec::new();
        for lang in ["ar", "zh", "ru"] {
            for (name, path) in pages_to_crawl() {
                let path = with_lang(&path, lang);
                goto(&client, &site, &path).await;
                settled(&client).await;
                let html = js(&client, "return [document.documentElement.lang, document.documentElement.dir];").await;
                let dir = if lang == "ar" { "rtl" } else { "ltr" };
                assert_eq!(html, json!([lang, dir]), "{path}");
                if name == "programme" {
                    let opening = match lang {
                        "ar" => "الافتتاح والترحيب",
                        "zh" => "开幕和欢迎",
                        _ => "Открытие и приветствие",
                    };
                    let text = js(&client, "return document.body.innerText;").await;
                    assert!(text.as_str().unwrap().contains(opening), "{path} reads the opening in its language");
                }
                if lang != "ru" {
                    let violations = axe_violations(&client, &axe).await;
                    if !violations.is_empty() {
                        report.push(format!("{path}:\n{}", violations.join("\n")));
                    }
                }
                if matches!(name, "home" | "programme" | "programme-two-zones" | "speakers" | "register") {
                    screenshot(&client, &format!("{lang}-{name}")).await;
                }
            }
        }
        // Arabic on a phone: right to left, and the programme still fits.
        resize(&client, PHONE).await;
        for (name, path) in
            [("programme", event_path("/programme?zone=America/New_York")), ("register", event_path("/register"))]
        {
            goto(&client, &site, &with_lang(&path, "ar")).await;
            settled(&client).await;
            let wide = js(&client, "return document.documentElement.scrollWidth > innerWidth + 1;").await;
            assert_eq!(wide, json!(false), "{path} in Arabic fits a phone");
            screenshot(&client, &format!("ar-{name}-375")).await;
        }
        client.client.close().await.unwrap();
        assert!(report.is_empty(), "axe found violations:\n{}", report.join("\n"));
    });
}

/// The names easy to get wrong (core's tests/data): code, then en, fr, es, ru, zh, ar.
const EASY_TO_GET_WRONG: &str = include_str!("../../core/tests/data/countries-easy-to-get-wrong.tsv");

#[test]
fn the_forms_countries_are_named_as_the_un_names_them_in_each_language_as_chromium_shows_them() {
    let site = Site::open_for_registration();
    let browser = Browser::start("Europe/Zurich");
    let easy: Vec<Vec<&str>> =
        EASY_TO_GET_WRONG.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').collect()).collect();
    assert!(easy.len() >= 20, "the list of names easy to get wrong");
    site.runtime.block_on(async {
        let client = browser.open(DESKTOP).await;
        for (column, lang) in ["en", "fr", "es", "ru", "zh", "ar"].into_iter().enumerate() {
            goto(&client, &site, &with_lang(&event_path("/register"), lang)).await;
            settled(&client).await;
            let options = js(
                &client,
                "return [...document.querySelectorAll('#country option')].filter(o => o.value)
                    .map(o => [o.value, o.textContent.trim()]);",
            )
            .await;
            let options: Vec<(String, String)> = serde_json::from_value(options).unwrap();
            assert!(options.len() > 240, "every country and area in {lang}");
            for (code, label) in &options {
                assert!(!label.is_empty() && label != code, "{code} has a name in {lang}, not a bare code");
            }
            for row in &easy {
                let shown = options.iter().find(|(code, _)| code == row[0]).map(|(_, l)| l.as_str());
                assert_eq!(shown, Some(row[column + 1]), "{} in {lang}", row[0]);
            }
        }
        client.client.close().await.unwrap();
    });
}
