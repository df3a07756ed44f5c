//! Cold start of the app to a rendered programme, in a real window under Xvfb, and the memory of its processes.
//! `cargo bench --features custom-protocol --bench startup` (release build; the UI must be built first:
//! `npm --prefix ui run build`). Prints the median of 5 starts.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use support::{Desktop, app_memory_kb, testid, wait_css};

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let desktop = Desktop::start(&dir.path().join("workspace.dais"));
    let mut starts = Vec::new();
    let mut rss = Vec::new();
    for run in 0..6 {
        let t = Instant::now();
        let app = desktop.open_app().await;
        wait_css(&app, &testid("programme-row")).await;
        let took = t.elapsed();
        // The first start creates the workspace with the demo; it is not a cold start of an existing workspace.
        if run > 0 {
            starts.push(took);
            rss.push(app_memory_kb());
        }
        app.close().await.unwrap();
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    starts.sort();
    rss.sort();
    println!("start to a rendered programme (release, Xvfb, via tauri-driver), 5 starts:");
    println!("  median {:?}  (min {:?}, max {:?})", starts[2], starts[0], starts[4]);
    println!("  memory of the app and its WebKit processes once shown: median {} MiB", rss[2] / 1024);
}
