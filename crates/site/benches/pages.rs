//! A public programme page in Arabic against the same in English (issue 22: 1.1x or less per request): the demo
//! meeting's programme served by the real router on 127.0.0.1, the two languages' requests alternated so that the
//! machine's drift touches both alike; the median of each and their ratio, in one run.
//!
//! Run: `cargo bench -p dais-site --bench pages`.

/// The site's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use dais_core::Store;
use dais_core::seed::{create_demo, demo_event_id};

fn main() {
    let data = tempfile::TempDir::new().unwrap();
    {
        let mut store = Store::open(&data.path().join(dais_site::DATA_FILE)).unwrap();
        create_demo(&mut store).unwrap();
        store.publish(demo_event_id(), "the bench", None, chrono::Utc::now()).unwrap();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}/events/{}/programme", listener.local_addr().unwrap(), demo_event_id());
    let state = dais_site::open_with(data.path(), false, dais_site::settings::Settings::default()).unwrap();
    let app = dais_site::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    runtime.spawn(async move { axum::serve(listener, app).await });

    let client = reqwest::blocking::Client::new();
    let get = |lang: &str| {
        let t = Instant::now();
        let body = client.get(&url).header("accept-language", lang).send().unwrap().text().unwrap();
        assert!(body.contains(&format!("<html lang=\"{lang}\"")));
        t.elapsed()
    };
    for _ in 0..50 {
        get("ar");
        get("en");
    }
    let (mut ar, mut en): (Vec<Duration>, Vec<Duration>) = (Vec::new(), Vec::new());
    for _ in 0..1000 {
        ar.push(get("ar"));
        en.push(get("en"));
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (ar, en) = (median(&mut ar), median(&mut en));
    println!(
        "programme page: Arabic {:.0} µs, English {:.0} µs per request (median of 1000): {:.2}x (target: 1.1x or less)",
        ar.as_secs_f64() * 1e6,
        en.as_secs_f64() * 1e6,
        ar.as_secs_f64() / en.as_secs_f64()
    );
}
