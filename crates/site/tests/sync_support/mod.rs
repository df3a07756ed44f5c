//! A real `dais-site` router on 127.0.0.1 and organisers' workspaces on real SQLite files, for the sync tests.

#![allow(dead_code)] // each test file uses its own part of this

use std::net::SocketAddr;
use std::sync::Mutex;

use dais_core::Store;
use dais_site::AppState;
use dais_sync::{Site, SyncError, SyncReport};
use tempfile::TempDir;

pub struct TestSite {
    pub url: String,
    pub state: AppState,
    pub data: TempDir,
    pub runtime: tokio::runtime::Runtime,
    address: SocketAddr,
    /// Stops the server: every connection is closed once its request is answered.
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    served: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl TestSite {
    pub fn start() -> TestSite {
        TestSite::start_in(TempDir::new().unwrap())
    }

    /// A site on the data folder `data` as it is (one of an earlier version's, say).
    pub fn start_in(data: TempDir) -> TestSite {
        let state = dais_site::open(data.path(), false).unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let address = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap().local_addr().unwrap();
        let mut site =
            TestSite { url: format!("http://{address}"), state, data, runtime, address, stop: None, served: None };
        site.serve();
        site
    }

    fn serve(&mut self) {
        let listener = self.runtime.block_on(tokio::net::TcpListener::bind(self.address)).unwrap();
        let app = dais_site::router(self.state.clone()).into_make_service_with_connect_info::<SocketAddr>();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        self.stop = Some(stop);
        self.served = Some(self.runtime.spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        }));
    }

    /// Stops the site, puts its data folder back from `copy` (made by `dais-site backup`), and starts it again on the
    /// same address, as an administrator restoring a server would.
    pub fn restore(&mut self, copy: &std::path::Path) {
        let _ = self.stop.take().unwrap().send(());
        self.runtime.block_on(self.served.take().unwrap()).unwrap().unwrap();
        // The old site's files must be closed before they are replaced: SQLite removes its WAL by name on closing.
        let scratch = TempDir::new().unwrap();
        drop(std::mem::replace(&mut self.state, dais_site::open(scratch.path(), false).unwrap()));
        for entry in std::fs::read_dir(self.data.path()).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
        for entry in std::fs::read_dir(copy).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), self.data.path().join(entry.file_name())).unwrap();
        }
        self.state = dais_site::open(self.data.path(), false).unwrap();
        self.serve();
    }

    pub fn token(&self, name: &str) -> String {
        self.state.tokens.create(name, &dais_core::Meetings::All).unwrap()
    }

    /// The site's own copy of the data, opened beside the server (SQLite's WAL lets both read and write).
    pub fn store(&self) -> Store {
        Store::open(&self.data.path().join(dais_site::DATA_FILE)).unwrap()
    }
}

/// A registration as the public form makes it, for the demo meeting.
pub fn form_registration(email: &str) -> dais_core::Registration {
    use dais_core::*;
    Registration {
        given_name: "Ana".into(),
        family_name: "Silva".into(),
        email: email.into(),
        organisation: "City of Lisbon".into(),
        country: "PT".into(),
        category: ParticipantCategory::MemberStateAdministration,
        ..Registration::blank(seed::demo_event_id(), RegistrationSource::WebsiteForm, chrono::Utc::now())
    }
}

/// An organiser's laptop: a workspace file and the site it syncs with.
pub struct Organiser {
    pub store: Mutex<Store>,
    pub site: Site,
    pub dir: TempDir,
    pub token: String,
}

impl Organiser {
    pub fn new(site: &TestSite, name: &str) -> Organiser {
        Organiser::via(site, &site.url, name)
    }

    /// An organiser whose requests go to `url` (a faulty network in front of the site).
    pub fn via(site: &TestSite, url: &str, name: &str) -> Organiser {
        Organiser::with_token(url, site.token(name))
    }

    /// An organiser whose token covers only `meetings`.
    pub fn covering(site: &TestSite, name: &str, meetings: &dais_core::Meetings) -> Organiser {
        Organiser::with_token(&site.url, site.state.tokens.create(name, meetings).unwrap())
    }

    pub fn with_token(url: &str, token: String) -> Organiser {
        let dir = TempDir::new().unwrap();
        let store = Store::open(&dir.path().join("workspace.dais")).unwrap();
        Organiser { store: Mutex::new(store), site: Site::new(url, &token).unwrap(), dir, token }
    }

    /// A full sync on a direct line to the site, whatever the network in between.
    pub fn sync_direct(&self, site: &TestSite) -> Result<SyncReport, SyncError> {
        dais_sync::sync(&self.store, &Site::new(&site.url, &self.token).unwrap(), &mut |_| {})
    }

    pub fn sync(&self) -> Result<SyncReport, SyncError> {
        dais_sync::sync(&self.store, &self.site, &mut |_| {})
    }

    /// Makes the demo meeting and shares it with the site (a meeting made on a laptop stays there until shared).
    pub fn create_shared_demo(&self) {
        self.with(|s| {
            dais_core::seed::create_demo(s).unwrap();
            s.share(dais_core::seed::demo_event_id()).unwrap();
        });
    }

    /// Publishes the demo meeting as it stands after a sync.
    pub fn publish(&self) -> Result<(SyncReport, dais_core::publication::Published), SyncError> {
        dais_sync::publish(&self.store, &self.site, dais_core::seed::demo_event_id(), None, &mut |_| {})
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        f(&mut self.store.lock().unwrap())
    }
}

/// A faulty network between laptops and the site: an HTTP proxy on 127.0.0.1 that, by a seeded plan, forwards a
/// request, drops it, forwards it and loses the answer (the site committed, the laptop never hears), sends it twice,
/// or first replays an older request (a reordered, late duplicate).
pub struct FaultyNetwork {
    pub url: String,
}

impl FaultyNetwork {
    pub fn start(site: &TestSite, seed: u64) -> FaultyNetwork {
        use axum::body::Bytes;
        use axum::http::{HeaderMap, StatusCode, Uri};
        use std::sync::Arc;

        struct Plan {
            state: u64,
            seen: Vec<(String, Option<String>, Bytes)>,
        }
        let plan = Arc::new(tokio::sync::Mutex::new(Plan { state: seed | 1, seen: Vec::new() }));
        let target = site.url.clone();
        let http = reqwest::Client::new();
        let forward = move |uri: Uri, headers: HeaderMap, body: Bytes| {
            let (plan, target, http) = (plan.clone(), target.clone(), http.clone());
            async move {
                let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).map(String::from);
                let send = |path: String, auth: Option<String>, body: Bytes| {
                    let mut request = http.post(format!("{target}{path}")).header("content-type", "application/json");
                    if let Some(auth) = auth {
                        request = request.header("authorization", auth);
                    }
                    request.body(body).send()
                };
                let path = uri.path().to_string();
                let (choice, stale) = {
                    let mut plan = plan.lock().await;
                    // xorshift: deterministic for a seed, no dependency.
                    plan.state ^= plan.state << 13;
                    plan.state ^= plan.state >> 7;
                    plan.state ^= plan.state << 17;
                    let choice = plan.state % 8;
                    let stale = if plan.seen.is_empty() {
                        None
                    } else {
                        Some(plan.seen[(plan.state as usize / 8) % plan.seen.len()].clone())
                    };
                    plan.seen.push((path.clone(), auth.clone(), body.clone()));
                    (choice, stale)
                };
                let dropped = (StatusCode::SERVICE_UNAVAILABLE, Bytes::from_static(b"dropped"));
                match choice {
                    0 => dropped,
                    1 => {
                        let _ = send(path, auth, body).await;
                        dropped
                    }
                    2 => {
                        let _ = send(path.clone(), auth.clone(), body.clone()).await;
                        answer(send(path, auth, body).await).await
                    }
                    3 => {
                        if let Some((p, a, b)) = stale {
                            let _ = send(p, a, b).await;
                        }
                        answer(send(path, auth, body).await).await
                    }
                    _ => answer(send(path, auth, body).await).await,
                }
            }
        };
        async fn answer(r: reqwest::Result<reqwest::Response>) -> (StatusCode, Bytes) {
            match r {
                Ok(r) => {
                    let status = StatusCode::from_u16(r.status().as_u16()).unwrap();
                    (status, r.bytes().await.unwrap_or_default())
                }
                Err(_) => (StatusCode::BAD_GATEWAY, Bytes::new()),
            }
        }
        let app = axum::Router::new().fallback(axum::routing::post(forward));
        let listener = site.runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        site.runtime.spawn(async move { axum::serve(listener, app).await });
        FaultyNetwork { url }
    }
}
