//! The real site on 127.0.0.1 over a temporary data folder holding the demo meeting (U4SSC-9): what the tests of the
//! public side start, over HTTP (public.rs) and in a browser (accessibility.rs).

#![allow(dead_code)] // each test target uses part of it

use std::net::SocketAddr;
use std::path::PathBuf;

use chrono::{Duration, Utc};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::{Event, Store};

/// A running site; stops when dropped. Its runtime can drive a test's own async clients too.
pub struct PublicSite {
    pub base: String,
    pub data_file: PathBuf,
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
        let dir = tempfile::tempdir().unwrap();
        {
            let mut store = Store::open(&dir.path().join(dais_site::DATA_FILE)).unwrap();
            create_demo(&mut store).unwrap();
            prepare(&mut store);
            publish_all(&mut store);
        }
        PublicSite::serve(dir, configure)
    }

    /// Stops the site and starts it again on the same data folder.
    pub fn restart(self) -> PublicSite {
        let PublicSite { runtime, _dir: dir, .. } = self;
        runtime.shutdown_background();
        PublicSite::serve(dir, |_| {})
    }

    fn serve(dir: tempfile::TempDir, configure: impl FnOnce(&mut dais_site::AppState)) -> PublicSite {
        let data_file = dir.path().join(dais_site::DATA_FILE);
        let mut state = dais_site::open(dir.path(), false).unwrap();
        configure(&mut state);
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = dais_site::router(state).into_make_service_with_connect_info::<SocketAddr>();
        runtime.spawn(async move { axum::serve(listener, app).await });
        PublicSite { base, data_file, runtime, _dir: dir }
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
