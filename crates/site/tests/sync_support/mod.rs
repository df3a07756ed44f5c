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
    runtime: tokio::runtime::Runtime,
}

impl TestSite {
    pub fn start() -> TestSite {
        let data = TempDir::new().unwrap();
        let state = dais_site::open(data.path(), false).unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let app = dais_site::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
        runtime.spawn(async move { axum::serve(listener, app).await });
        TestSite { url, state, data, runtime }
    }

    pub fn token(&self, name: &str) -> String {
        self.state.tokens.create(name).unwrap()
    }

    /// The site's own copy of the data, opened beside the server (SQLite's WAL lets both read and write).
    pub fn store(&self) -> Store {
        Store::open(&self.data.path().join(dais_site::DATA_FILE)).unwrap()
    }
}

/// An organiser's laptop: a workspace file and the site it syncs with.
pub struct Organiser {
    pub store: Mutex<Store>,
    pub site: Site,
    pub dir: TempDir,
}

impl Organiser {
    pub fn new(site: &TestSite, name: &str) -> Organiser {
        let dir = TempDir::new().unwrap();
        let store = Store::open(&dir.path().join("workspace.dais")).unwrap();
        Organiser { store: Mutex::new(store), site: Site::new(&site.url, &site.token(name)).unwrap(), dir }
    }

    pub fn sync(&self) -> Result<SyncReport, SyncError> {
        dais_sync::sync(&self.store, &self.site, &mut |_| {})
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        f(&mut self.store.lock().unwrap())
    }
}
