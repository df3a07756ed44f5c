//! The real site on 127.0.0.1 over a temporary data folder holding the demo meeting (U4SSC-9): what the tests of the
//! public side start, over HTTP (public.rs) and in a browser (accessibility.rs).

#![allow(dead_code)] // each test target uses part of it

use std::net::SocketAddr;
use std::path::PathBuf;

use std::time::Duration as StdDuration;

use chrono::{Duration, Utc};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::{Event, Registration, SpeakerStatus, Store};
use dais_site::settings::Settings;
use reqwest::StatusCode;
use reqwest::blocking::{Client, Response};
use reqwest::header::{CONTENT_TYPE, COOKIE, SET_COOKIE};

/// A running site; stops when dropped. Its runtime can drive a test's own async clients too.
pub struct PublicSite {
    pub base: String,
    pub data_file: PathBuf,
    /// What the handlers reach: the storage, the mail.
    pub state: dais_site::AppState,
    pub runtime: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

impl PublicSite {
    /// The demo meeting, changed by `prepare` before the site starts, and every meeting then published.
    pub fn start(prepare: impl FnOnce(&mut Store)) -> PublicSite {
        PublicSite::start_with(prepare, |_| {})
    }

    /// Like `start`, with the site's settings changed by `configure` (as `serve`'s options would).
    pub fn start_with(
        prepare: impl FnOnce(&mut Store),
        configure: impl FnOnce(&mut dais_site::AppState),
    ) -> PublicSite {
        PublicSite::start_with_settings(prepare, |_| Settings::default(), configure)
    }

    /// Like `start_with`, with the site's settings made from its address (as a settings file would give them).
    pub fn start_with_settings(
        prepare: impl FnOnce(&mut Store),
        settings: impl FnOnce(&str) -> Settings,
        configure: impl FnOnce(&mut dais_site::AppState),
    ) -> PublicSite {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut store = Store::open(&dir.path().join(dais_site::DATA_FILE)).unwrap();
            create_demo(&mut store).unwrap();
            prepare(&mut store);
            publish_all(&mut store);
        }
        PublicSite::serve(dir, settings, configure)
    }

    /// Stops the site and starts it again on the same data folder.
    pub fn restart(self) -> PublicSite {
        let PublicSite { runtime, _dir: dir, .. } = self;
        runtime.shutdown_background();
        PublicSite::serve(dir, |_| Settings::default(), |_| {})
    }

    fn serve(
        dir: tempfile::TempDir,
        settings: impl FnOnce(&str) -> Settings,
        configure: impl FnOnce(&mut dais_site::AppState),
    ) -> PublicSite {
        let data_file = dir.path().join(dais_site::DATA_FILE);
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let mut state = dais_site::open_with(dir.path(), false, settings(&base)).unwrap();
        configure(&mut state);
        let app = dais_site::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
        let started = state.clone();
        runtime.spawn(async move {
            // Runs as long as the site serves.
            let _background = dais_site::start_background(&started);
            axum::serve(listener, app).await
        });
        PublicSite { base, data_file, state, runtime, _dir: dir }
    }

    /// The demo with its registration open (the letter's dates are past).
    pub fn open_for_registration() -> PublicSite {
        PublicSite::start(open_registration)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// Publishes every meeting as it stands, as an organiser would.
pub fn publish_all(store: &mut Store) {
    for meeting in store.meetings().unwrap() {
        store.publish(meeting.id, "an organiser", None, Utc::now()).unwrap();
    }
}

/// Opens the demo's registration from a week ago for a month.
pub fn open_registration(store: &mut Store) {
    let mut event: Event = store.get(demo_event_id()).unwrap();
    event.registration.opens_at = Some(Utc::now() - Duration::days(7));
    event.registration.closes_at = Some(Utc::now() + Duration::days(30));
    store.save_event(&event).unwrap();
}

pub fn event_path(rest: &str) -> String {
    format!("/events/{}{rest}", demo_event_id())
}

/// A running site and an HTTP client that does not follow redirects; stops when dropped.
pub struct Site {
    pub site: PublicSite,
    pub client: Client,
}

impl Site {
    /// The demo meeting, changed by `prepare` before the site starts.
    pub fn start(prepare: impl FnOnce(&mut Store)) -> Site {
        Site::of(PublicSite::start(prepare))
    }

    pub fn of(site: PublicSite) -> Site {
        let client = Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(StdDuration::from_secs(30))
            .build()
            .unwrap();
        Site { site, client }
    }

    /// The demo with its registration open (the letter's dates are past).
    pub fn open_for_registration() -> Site {
        Site::start(open_registration)
    }

    pub fn url(&self, path: &str) -> String {
        self.site.url(path)
    }

    pub fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().unwrap()
    }

    /// The body of a page that must answer 200.
    pub fn page(&self, path: &str) -> String {
        let response = self.get(path);
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.text().unwrap()
    }

    pub fn store(&self) -> Store {
        Store::open(&self.site.data_file).unwrap()
    }

    pub fn registrations(&self) -> Vec<Registration> {
        self.store().registrations(demo_event_id()).unwrap()
    }

    /// Opens the form as a browser would: its cookie and the token of its hidden field.
    pub fn open_form(&self) -> FormSession {
        let response = self.get(&register_path());
        assert_eq!(response.status(), StatusCode::OK);
        let set_cookie = response.headers()[SET_COOKIE].to_str().unwrap().to_string();
        let cookie = set_cookie.split(';').next().unwrap().to_string();
        let body = response.text().unwrap();
        FormSession { cookie, token: hidden_token(&body) }
    }

    /// Posts the form with a browser's cookie and token.
    pub fn post_form(&self, session: &FormSession, fields: &[(&str, &str)]) -> Response {
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &session.token)];
        all.extend_from_slice(fields);
        self.client.post(self.url(&register_path())).header(COOKIE, &session.cookie).form(&all).send().unwrap()
    }

    pub fn post_raw(&self, session: &FormSession, content_type: &str, body: Vec<u8>) -> Response {
        self.client
            .post(self.url(&register_path()))
            .header(COOKIE, &session.cookie)
            .header(CONTENT_TYPE, content_type)
            .body(body)
            .send()
            .unwrap()
    }
}

pub struct FormSession {
    pub cookie: String,
    pub token: String,
}

pub fn hidden_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).expect("the form has a CSRF token") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

pub fn register_path() -> String {
    event_path("/register")
}

/// A registrant's answers, complete and valid.
pub fn valid_answers<'a>(given: &'a str, family: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("given_name", given),
        ("family_name", family),
        ("email", email),
        ("organisation", "Office of Communications"),
        ("country", "CH"),
        ("category", "member_state_administration"),
        ("position", "Adviser"),
        ("consent_to_be_listed", "yes"),
    ]
}

/// What the organisers keep that no public page may show: private notes, an unconsented speaker, a declined one, the
/// online link, a focal point.
pub fn add_private_data(store: &mut Store) {
    open_registration(store);
    for mut speaker in store.speakers(demo_event_id()).unwrap() {
        speaker.private_notes = format!("PRIVATE NOTE about {}", speaker.family_name);
        match speaker.family_name.as_str() {
            // Confirmed without consent, and consent without confirmation: neither is published.
            "Mensah" => speaker.consent_to_publish = false,
            "Haddad" => speaker.status = SpeakerStatus::Declined,
            _ => {}
        }
        store.save_speaker(&speaker).unwrap();
    }
    for mut registration in store.registrations(demo_event_id()).unwrap() {
        registration.private_notes = format!("PRIVATE NOTE on registration of {}", registration.family_name);
        store.save_registration(&registration).unwrap();
    }
    // The online link goes to approved participants by mail; a focal point is the organisers' to know.
    let mut event: Event = store.get(demo_event_id()).unwrap();
    event.online_link = Some("https://meet.example.com/j/SECRET-LINK".into());
    store.save_event(&event).unwrap();
    store
        .save_focal_point(&dais_core::FocalPointInput {
            id: None,
            event_id: demo_event_id(),
            country: "CH".into(),
            category: None,
            name: "Focal Point Keller".into(),
            email: "focal.keller@bakom.example.ch".into(),
        })
        .unwrap();
}

/// Three requests through the form (one without consent to be listed), then everything private the site holds, as
/// texts no public file may contain.
pub fn register_privately_and_tell_secrets(site: &Site) -> Vec<String> {
    let session = site.open_form();
    for (given, family, email, consent) in [
        ("Zanele", "Dlamini", "zanele.dlamini@example.gov", true),
        ("Ingrid", "Solberg", "ingrid.solberg@example.no", false),
        ("Hiroshi", "Tanaka", "hiroshi.tanaka@example.jp", true),
    ] {
        let mut answers = valid_answers(given, family, email);
        if !consent {
            answers.pop();
        }
        assert_eq!(site.post_form(&session, &answers).status(), StatusCode::SEE_OTHER);
    }

    let store = site.store();
    let registrations = store.registrations(demo_event_id()).unwrap();
    let speakers = store.speakers(demo_event_id()).unwrap();
    assert_eq!(registrations.len(), 8, "the demo's five and the three from the form");
    let mut secrets: Vec<String> = Vec::new();
    for r in &registrations {
        secrets.extend([r.email.clone(), r.email.to_uppercase(), format!("{} {}", r.given_name, r.family_name)]);
        secrets.push(r.organisation.clone());
        secrets.extend([r.private_notes.clone()].into_iter().filter(|n| !n.is_empty()));
    }
    for s in &speakers {
        secrets.extend(s.email.clone());
        secrets.extend([s.private_notes.clone()].into_iter().filter(|n| !n.is_empty()));
    }
    for unlisted in ["Kwame Mensah", "Mei Lin", "Sara Haddad"] {
        secrets.push(unlisted.to_string());
    }
    secrets.extend(["PRIVATE NOTE".to_string(), "@example.net".to_string(), "@example.org".to_string()]);
    secrets.extend(["SECRET-LINK", "Focal Point Keller", "focal.keller"].map(String::from));
    secrets
}
