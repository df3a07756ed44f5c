//! Cold start of the app to a rendered programme, in a real window under Xvfb, and the memory of its processes.
//! `cargo bench --features custom-protocol --bench startup` (release build; the UI must be built first:
//! `npm --prefix ui run build`). Prints the median of 5 starts.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use support::{Desktop, testid, wait_css};

/// Resident memory (kB) of `root` and every process below it.
fn tree_rss_kb(root: u32) -> u64 {
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
    tree.iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
        .filter_map(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .sum()
}

fn app_pid() -> Option<u32> {
    let exe = support::app_binary().canonicalize().ok()?;
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_string_lossy().parse().ok()?;
        (std::fs::read_link(format!("/proc/{pid}/exe")).ok()? == exe).then_some(pid)
    })
}

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
            rss.push(app_pid().map(tree_rss_kb).unwrap_or(0));
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
