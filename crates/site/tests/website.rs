//! The meeting on the organisation's own website (docs/website.md): the embeds in a host page of another origin in
//! Chromium, and the public site as static files served by nginx and checked by LinkChecker.
//!
//! The host page is served by a second server of the test's own, reached as `localhost` while the site is reached as
//! `127.0.0.1`: another origin and another site to the browser, so that its third-party rules apply as on the web.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dais_core::Lang;
use dais_core::seed::demo_event_id;
use dais_site::settings::{EmbedSettings, Settings};
use dais_wire::embed::Embed;
use fantoccini::Locator;
use reqwest::StatusCode;
use reqwest::header::{ACCESS_CONTROL_ALLOW_ORIGIN, CONTENT_SECURITY_POLICY, ETAG, IF_NONE_MATCH, LOCATION, ORIGIN};
use serde_json::Value;

use crate::accessibility::{
    Browser, DESKTOP, PATIENCE, TAB, axe_source, axe_violations, fill_in_good_answers, js, press, screenshot, settled,
};
use crate::public_site::{
    PublicSite, Site, add_private_data, open_registration, publish_all, register_privately_and_tell_secrets,
};

/// A listener for the host page, bound before the site starts so that the site's settings can name its origin.
fn host_listener() -> (TcpListener, String) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let origin = format!("http://localhost:{}", listener.local_addr().unwrap().port());
    (listener, origin)
}

/// Serves `page` at `/` from `listener` on the site's runtime: the organisation's own website.
fn serve_host(site: &PublicSite, listener: TcpListener, page: String) {
    listener.set_nonblocking(true).unwrap();
    let router = axum::Router::new().route("/", axum::routing::get(move || async move { axum::response::Html(page) }));
    site.runtime.spawn(async move {
        let listener = tokio::net::TcpListener::from_std(listener).unwrap();
        axum::serve(listener, router).await
    });
}

/// The demo, open for registration, whose embeds `origins` may show.
fn site_embeddable_by(origins: &[&str]) -> PublicSite {
    let origins: Vec<String> = origins.iter().map(|o| o.to_string()).collect();
    PublicSite::start_with_settings(
        open_registration,
        move |_| Settings { embed: EmbedSettings { origins, ..Default::default() }, ..Default::default() },
        |_| {},
    )
}

/// A host page as a web team writes one: its own heading, its own aggressive styles, and the three snippets as the
/// app gives them.
fn host_page(site: &str) -> String {
    let snippets: Vec<String> =
        Embed::ALL.iter().map(|e| e.snippet(site, demo_event_id(), "U4SSC-9", Lang::En)).collect();
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>U4SSC at the organisation's site</title>
<style>
  * {{ color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px; }}
  body {{ font-size: 30px; line-height: 3; background: rgb(255, 255, 0); margin: 0 40px; }}
  table, td, th {{ display: none !important; }}
  h2 {{ text-transform: uppercase; border: 9px solid blue; }}
  a {{ display: none; }}
  dais-programme, dais-registration {{ --dais-accent: #6a1b9a; --dais-dark-accent: #d7a8f0; }}
  #host-banner {{ width: 500px; height: 80px; }}
</style></head>
<body>
<main>
<h1 id="host-banner">The U4SSC meeting</h1>
<h2 id="host-programme">Programme</h2>
{}
<h2>Speakers</h2>
{}
<h2>Register</h2>
{}
</main>
</body></html>"#,
        snippets[0], snippets[1], snippets[2]
    )
}

#[test]
fn an_embeds_markup_links_to_the_site_is_cached_and_shared_with_the_origins_allowed() {
    let site = site_embeddable_by(&["https://www.example.org"]);
    let client = reqwest::blocking::Client::new();
    let part = |origin: &str| {
        client
            .get(site.url(&format!("/events/{}/embed/programme?zone=Asia/Tokyo", demo_event_id())))
            .header(ORIGIN, origin)
            .send()
            .unwrap()
    };
    let allowed = part("https://www.example.org");
    assert_eq!(allowed.status(), StatusCode::OK);
    assert_eq!(allowed.headers()[ACCESS_CONTROL_ALLOW_ORIGIN], "https://www.example.org");
    assert!(allowed.headers().get("set-cookie").is_none(), "a shared cache keeps it for every reader");
    let etag = allowed.headers()[ETAG].clone();
    let html = allowed.text().unwrap();
    assert!(html.contains("Opening and welcome") && html.contains("Asia/Tokyo"), "{html}");
    assert!(html.contains(&format!("href=\"{}/static/site.css\"", site.base)), "links name the site: {html}");
    assert!(!html.contains("href=\"/"), "no link is left to the host page's own address: {html}");

    // Another origin's script cannot read it; the same markup again costs a 304.
    assert!(part("https://evil.example").headers().get(ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
    let again = client
        .get(site.url(&format!("/events/{}/embed/programme?zone=Asia/Tokyo", demo_event_id())))
        .header(IF_NONE_MATCH, etag)
        .send()
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

    // Without origins in the settings, the programme is any page's to show, as the feeds are.
    let open = Site::open_for_registration();
    let response = open.get(&format!("/events/{}/embed/speakers", demo_event_id()));
    assert_eq!(response.headers()[ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    assert!(response.text().unwrap().contains("Ms Ana Ribeiro"));
    assert_eq!(open.get(&format!("/events/{}/embed/agenda", demo_event_id())).status(), StatusCode::NOT_FOUND);
}

#[test]
fn the_embedded_form_is_framed_by_the_allowed_origins_and_takes_a_post_without_cookie_only_from_its_own_page() {
    let site = site_embeddable_by(&["https://www.example.org"]);
    let client = reqwest::blocking::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let form = site.url(&format!("/events/{}/register?embed=1", demo_event_id()));
    let page = client.get(&form).send().unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let policy = page.headers()[CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
    assert!(policy.ends_with("frame-ancestors https://www.example.org"), "{policy}");
    let html = page.text().unwrap();
    assert!(!html.contains("site-header"), "the form alone, without the site's frame");
    let field = |name: &str| {
        let marker = format!("name=\"{name}\" value=\"");
        let start = html.find(&marker).unwrap_or_else(|| panic!("no {name}")) + marker.len();
        html[start..].split('"').next().unwrap().to_string()
    };
    let (token, nonce) = (field("csrf_token"), field("csrf_nonce"));
    let post = |fetch_site: Option<&str>, email: &str| {
        let mut answers = crate::public_site::valid_answers("Amina", "Okafor", email);
        answers.extend([("csrf_token", token.as_str()), ("csrf_nonce", nonce.as_str())]);
        let mut request = client.post(&form).form(&answers);
        if let Some(fetch_site) = fetch_site {
            request = request.header("sec-fetch-site", fetch_site);
        }
        request.send().unwrap()
    };
    // A page of another site cannot make a browser say it posts from ours.
    assert_eq!(post(Some("cross-site"), "amina.okafor@example.ng").status(), StatusCode::FORBIDDEN);
    assert_eq!(post(None, "amina.okafor@example.ng").status(), StatusCode::FORBIDDEN);
    let done = post(Some("same-origin"), "amina.okafor@example.ng");
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert!(done.headers()[LOCATION].to_str().unwrap().ends_with("/register/done?embed=1"), "the frame keeps it");
    assert_eq!(site_registrations(&site, "amina.okafor@example.ng"), 1);
    // The limit on posts per visitor holds in the frame as on the site.
    let statuses: Vec<StatusCode> =
        (0..25).map(|n| post(Some("same-origin"), &format!("flood{n}@example.ng")).status()).collect();
    assert!(statuses.contains(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");

    // Without origins in the settings, no page may frame the form.
    let closed = Site::open_for_registration();
    let policy = closed.get(&format!("/events/{}/register?embed=1", demo_event_id())).headers()
        [CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    assert!(policy.ends_with("frame-ancestors 'none'"), "{policy}");
}

fn site_registrations(site: &PublicSite, email: &str) -> usize {
    let store = dais_core::Store::open(&site.data_file).unwrap();
    store.registrations(demo_event_id()).unwrap().iter().filter(|r| r.email == email).count()
}

/// Waits until the host page's three embeds are drawn.
async fn drawn(window: &fantoccini::Client) {
    let start = Instant::now();
    loop {
        let count = js(window, "return document.querySelectorAll('[data-drawn]').length;").await;
        if count == 3 {
            return;
        }
        assert!(start.elapsed() < PATIENCE, "the embeds were not drawn");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[test]
fn a_host_page_of_another_origin_shows_the_programme_speakers_and_form_and_follows_each_publish() {
    let (listener, host) = host_listener();
    let site = site_embeddable_by(&[&host]);
    serve_host(&site, listener, host_page(&site.base));
    let browser = Browser::start("Asia/Tokyo");
    site.runtime.block_on(async {
        let window = browser.open(DESKTOP).await;
        window.goto(&format!("{host}/")).await.unwrap();
        drawn(&window).await;
        settled(&window).await;
        // The embed draws the timetable, in the viewer's zone beside the meeting's, in its own styles.
        let inside = js(
            &window,
            "const root = document.querySelector('dais-programme').shadowRoot;
             const cell = root.querySelector('table.programme td.session');
             return { text: root.textContent, tableShown: root.querySelector('table').offsetHeight > 0,
                      colour: getComputedStyle(cell).color, font: getComputedStyle(cell).fontFamily,
                      accent: getComputedStyle(root.querySelector('a')).color };",
        )
        .await;
        let text = inside["text"].as_str().unwrap();
        assert!(text.contains("Opening and welcome") && text.contains("JST"), "{text}");
        assert_eq!(inside["tableShown"], true, "the host's display: none does not reach in");
        assert_ne!(inside["colour"], "rgb(255, 0, 0)", "the host's colour does not reach in");
        assert!(!inside["font"].as_str().unwrap().contains("Comic"), "nor its font");
        assert_eq!(inside["accent"], "rgb(106, 27, 154)", "the colour the host chose for the embed does");
        // ...and the host's own page is as its styles make it.
        let outside = js(
            &window,
            "const banner = document.getElementById('host-banner').getBoundingClientRect();
             const h2 = getComputedStyle(document.getElementById('host-programme'));
             return [banner.width, banner.height, h2.textTransform, h2.borderTopWidth, h2.color];",
        )
        .await;
        assert_eq!(outside, serde_json::json!([500, 80, "uppercase", "9px", "rgb(255, 0, 0)"]));
        let speakers = js(&window, "return document.querySelector('dais-speakers').shadowRoot.textContent;").await;
        assert!(speakers.as_str().unwrap().contains("Ms Ana Ribeiro"));
        // The form's frame grows as tall as the form, once the form has told its height: no scroll bar of its own.
        let start = Instant::now();
        loop {
            let heights = js(
                &window,
                "const frame = document.querySelector('dais-registration').shadowRoot.querySelector('iframe');
                 return frame.offsetHeight;",
            )
            .await;
            if heights.as_u64().unwrap() > 900 {
                break;
            }
            assert!(start.elapsed() < PATIENCE, "the frame did not grow to the form: {heights}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let violations = axe_violations(&window, &axe_source()).await;
        assert!(violations.is_empty(), "axe in the host page:\n{}", violations.join("\n"));
        screenshot(&window, "embed-host").await;

        // Dark, as the host asks: readable as the light theme is.
        js(&window, "for (const e of document.querySelectorAll('dais-programme, dais-speakers')) e.setAttribute('theme', 'dark');").await;
        let background = js(
            &window,
            "return getComputedStyle(document.querySelector('dais-programme').shadowRoot.querySelector('.dais-embed')).backgroundColor;",
        )
        .await;
        assert_eq!(background, "rgb(20, 24, 29)");
        let violations = axe_violations(&window, &axe_source()).await;
        assert!(violations.is_empty(), "axe in the host page, dark:\n{}", violations.join("\n"));
        screenshot(&window, "embed-host-dark").await;
        js(&window, "for (const e of document.querySelectorAll('[theme]')) e.removeAttribute('theme');").await;

        // The keyboard reaches into the embed: Tab from the host's own content lands on the programme's first link.
        js(&window, "window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();").await;
        let mut focused = Value::Null;
        for _ in 0..5 {
            press(&window, TAB).await;
            focused = js(
                &window,
                "const a = document.activeElement;
                 return a && a.shadowRoot && a.shadowRoot.activeElement ? [a.localName, a.shadowRoot.activeElement.localName] : null;",
            )
            .await;
            if !focused.is_null() {
                break;
            }
        }
        assert_eq!(focused, serde_json::json!(["dais-programme", "a"]), "Tab reaches the embed's first link");

        // A registration through the embedded form reaches the organisers once.
        let found =
            js(&window, "return document.querySelector('dais-registration').shadowRoot.querySelector('iframe');").await;
        let id = found.as_object().and_then(|o| o.values().next()).and_then(Value::as_str).expect("an element");
        let element = fantoccini::elements::Element::from_element_id((*window).clone(), id.to_string().into());
        element.enter_frame().await.unwrap();
        // The frame takes the host's accent, which it cannot inherit.
        let start = Instant::now();
        loop {
            let button = js(
                &window,
                "return getComputedStyle(document.querySelector('form button[type=submit]')).backgroundColor;",
            )
            .await;
            if button == "rgb(106, 27, 154)" {
                break;
            }
            assert!(start.elapsed() < PATIENCE, "the form's frame did not take the host's accent: {button}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let violations = axe_violations(&window, &axe_source()).await;
        assert!(violations.is_empty(), "axe in the form's frame:\n{}", violations.join("\n"));
        fill_in_good_answers(&window, "Chidi", "chidi.okafor@example.ng").await;
        window.find(Locator::Css("form button[type=submit]")).await.unwrap().click().await.unwrap();
        let start = Instant::now();
        while !js(&window, "return location.pathname.endsWith('/register/done');").await.as_bool().unwrap() {
            assert!(start.elapsed() < PATIENCE, "the embedded form did not reach its confirmation");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        window.enter_parent_frame().await.unwrap();
        assert_eq!(site_registrations(&site, "chidi.okafor@example.ng"), 1);

        // A new version published: the host page shows it, the host having changed nothing.
        {
            let mut store = dais_core::Store::open(&site.data_file).unwrap();
            let mut opening =
                store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == "Opening and welcome").unwrap();
            opening.title = "Opening and welcome by the Chair".into();
            store.save_entry(&opening).unwrap();
            publish_all(&mut store);
        }
        window.refresh().await.unwrap();
        drawn(&window).await;
        let text = js(&window, "return document.querySelector('dais-programme').shadowRoot.textContent;").await;
        assert!(text.as_str().unwrap().contains("Opening and welcome by the Chair"), "{text}");
        (*window).clone().close().await.unwrap();
    });
}

#[test]
fn an_origin_not_allowed_cannot_frame_the_form_and_a_page_without_script_links_to_the_site() {
    let (listener, host) = host_listener();
    let site = site_embeddable_by(&["https://www.example.org"]);
    let form = site.url(&format!("/events/{}/register?embed=1", demo_event_id()));
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><title>Not allowed</title></head><body><main><h1>Elsewhere</h1>\
         <iframe id=\"form\" src=\"{form}\" title=\"Registration\"></iframe>{}</main></body></html>",
        Embed::Programme.snippet(&site.base, demo_event_id(), "U4SSC-9", Lang::En)
    );
    serve_host(&site, listener, page);
    let browser = Browser::start("Europe/Zurich");
    site.runtime.block_on(async {
        let window = browser.open(DESKTOP).await;
        window.goto(&format!("{host}/")).await.unwrap();
        settled(&window).await;
        let frame = window.find(Locator::Id("form")).await.unwrap();
        frame.enter_frame().await.unwrap();
        let inside = js(&window, "return [location.href, document.querySelectorAll('form').length];").await;
        assert_eq!(inside[1], 0, "the browser refused to show the form: {inside}");
        window.enter_parent_frame().await.unwrap();
        // The programme's markup is not this origin's to read: the link stays, to the programme on the site.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let programme = js(
            &window,
            "const e = document.querySelector('dais-programme');
             return [e.hasAttribute('data-drawn'), e.querySelector('a').href, e.querySelector('a').offsetHeight > 0];",
        )
        .await;
        assert_eq!(programme[0], false);
        assert!(programme[1].as_str().unwrap().ends_with("/programme"));
        assert_eq!(programme[2], true, "the link shows where the embed cannot");
        (*window).clone().close().await.unwrap();
    });
}

/// nginx serving `root` as static files on a free port of 127.0.0.1, as a web team's server would; stops when dropped.
struct Nginx {
    process: std::process::Child,
    port: u16,
}

impl Nginx {
    fn serve(root: &Path, work: &Path) -> Nginx {
        let port = crate::accessibility::free_port();
        let config = format!(
            "daemon off; worker_processes 1; pid {w}/nginx.pid; error_log {w}/error.log;
             events {{ worker_connections 64; }}
             http {{
               include /etc/nginx/mime.types; access_log off;
               client_body_temp_path {w}/body; proxy_temp_path {w}/proxy; fastcgi_temp_path {w}/fastcgi;
               uwsgi_temp_path {w}/uwsgi; scgi_temp_path {w}/scgi;
               server {{ listen 127.0.0.1:{port}; root {root}; index index.html; }}
             }}",
            w = work.display(),
            root = root.display(),
        );
        std::fs::write(work.join("nginx.conf"), config).unwrap();
        let process = Command::new("nginx")
            .args(["-p", &work.display().to_string(), "-c"])
            .arg(work.join("nginx.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx (nginx-light, scripts/setup.sh test)");
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < PATIENCE, "nginx did not start: see {}/error.log", work.display());
            std::thread::sleep(Duration::from_millis(20));
        }
        Nginx { process, port }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Every file under `dir`.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() { folders.push(path) } else { files.push(path) }
        }
    }
    files.sort();
    files
}

/// A file's words as a reader gets them: a PDF's through pdftotext, a DOCX's document text, any other as it is.
fn text_of(file: &Path) -> String {
    let extension = file.extension().and_then(|e| e.to_str()).unwrap_or_default();
    let tool = match extension {
        "pdf" => Command::new("pdftotext").arg(file).arg("-").output(),
        "docx" => Command::new("python3")
            .args(["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())"])
            .arg(file)
            .output(),
        "jpg" => return String::new(),
        _ => return String::from_utf8(std::fs::read(file).unwrap()).unwrap_or_else(|_| panic!("{file:?} is not text")),
    };
    let out = tool.unwrap_or_else(|e| panic!("reading {file:?}: {e}"));
    assert!(out.status.success(), "reading {file:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_static_export_served_by_nginx_answers_every_link_its_feeds_validate_and_nothing_private_is_in_it() {
    let site = Site::start(|store| {
        add_private_data(store);
        let photo = crate::public::camera_photo();
        let ribeiro =
            store.speakers(demo_event_id()).unwrap().into_iter().find(|s| s.family_name == "Ribeiro").unwrap();
        store.set_speaker_photo(ribeiro.id, Some(&photo)).unwrap();
    });
    let secrets = register_privately_and_tell_secrets(&site);
    let work = tempfile::tempdir().unwrap();
    let files = work.path().join("files");
    let options = dais_site::export::Options {
        public_url: Some("https://u4ssc.example.org".into()),
        live_site: Some(site.site.base.clone()),
    };
    let written =
        site.site.runtime.block_on(dais_site::export::export(site.site.state.clone(), &files, options)).unwrap();
    let all = files_under(&files);
    assert_eq!(written.files, all.len());

    // Each language, each page, feed, document and photo; the form is the live site's.
    for file in ["index.html", "fr/index.html", "ar/index.html", "static/site.css"] {
        assert!(files.join(file).is_file(), "{file}");
    }
    let meeting = format!("events/{}", demo_event_id());
    for name in [
        "index.html",
        "programme/index.html",
        "speakers/index.html",
        "changes/index.html",
        "programme.ics",
        "schedule.json",
        "schedule.xml",
        "changes.atom",
        "programme.pdf",
        "programme.docx",
    ] {
        for lang in ["", "zh/"] {
            assert!(files.join(format!("{lang}{meeting}/{name}")).is_file(), "{lang}{meeting}/{name}");
        }
    }
    assert!(all.iter().any(|f| f.extension().is_some_and(|e| e == "jpg")), "the listed speaker's photo");
    assert!(!all.iter().any(|f| f.to_string_lossy().contains("register")), "no form among the files");
    let home = std::fs::read_to_string(files.join(format!("{meeting}/index.html"))).unwrap();
    assert!(home.contains(&format!("href=\"{}/{meeting}/register\"", site.site.base)), "the live form: {home}");
    assert!(home.contains("href=\"programme/index.html\""), "relative links: {home}");

    // Without a live site, the pages say where registration goes instead.
    let alone = work.path().join("alone");
    let options = dais_site::export::Options { public_url: None, live_site: None };
    site.site.runtime.block_on(dais_site::export::export(site.site.state.clone(), &alone, options)).unwrap();
    let home = std::fs::read_to_string(alone.join(format!("{meeting}/index.html"))).unwrap();
    assert!(home.contains("Registration is not taken on these pages"), "{home}");
    assert!(!home.contains("/register"), "no link to a form: {home}");

    // Nothing private in any file, whatever its kind.
    for file in &all {
        let text = text_of(file);
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{file:?} holds {secret:?}");
        }
    }

    // The feeds, as the live site's: the c3voc schema and XSD, an iCalendar reader, an XML reader for Atom.
    let schema: Value = serde_json::from_str(include_str!("fixtures/c3voc-schema.json")).unwrap();
    let validator = jsonschema::draft6::options().should_validate_formats(true).build(&schema).unwrap();
    let xsd = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/c3voc-schedule.xsd");
    for file in &all {
        let name = file.file_name().unwrap().to_str().unwrap();
        match name {
            "schedule.json" => {
                let schedule: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
                let errors: Vec<String> = validator.iter_errors(&schedule).map(|e| e.to_string()).collect();
                assert!(errors.is_empty(), "{file:?}: {errors:#?}");
            }
            "schedule.xml" => {
                let (valid, report) = crate::public::xmllint(&["--noout", "--schema", xsd], file);
                assert!(valid, "{file:?}: {report}");
            }
            "changes.atom" => assert!(crate::public::xmllint(&["--noout"], file).0, "{file:?}"),
            "programme.ics" => {
                let ics = std::fs::read_to_string(file).unwrap();
                let unfolded = icalendar::parser::unfold(&ics);
                let calendar = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{file:?}: {e}"));
                assert!(!calendar.components.is_empty(), "{file:?}");
            }
            _ => {}
        }
    }

    // Served by nginx as they are: LinkChecker, a checker of its own, follows every link of every page.
    let nginx = Nginx::serve(&files, work.path());
    let checked = Command::new("linkchecker")
        .args(["--no-status", "--no-warnings", "--threads=4", "--check-extern"])
        .args(["--ignore-url", "^mailto:", "--ignore-url", "^tel:", "--ignore-url", "^https://u4ssc"])
        .arg(format!("http://127.0.0.1:{}/", nginx.port))
        .output()
        .expect("linkchecker (scripts/setup.sh test)");
    let report = String::from_utf8_lossy(&checked.stdout);
    assert!(checked.status.success(), "a link does not answer:\n{report}{}", String::from_utf8_lossy(&checked.stderr));
    let links: u32 = report
        .lines()
        .find_map(|l| l.split_once(" links in ").map(|(n, _)| n.trim().rsplit(' ').next().unwrap().parse().unwrap()))
        .unwrap_or(0);
    assert!(links > 100, "LinkChecker followed the files' links: {report}");
}
