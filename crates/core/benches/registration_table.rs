//! The organisers' table of registrations in core: one page with its counts, as each keystroke of a search asks for
//! it, on a meeting of 100,000 registrations against the same on the demo's 5, in the same run; and the plain SQL
//! floor of a page (the first 100 rows by date, no search, no counts).
//! `cargo bench -p dais-core --bench registration_table` prints the median and p95 of each; `-- each` prints every
//! keystroke's time and matches instead. Last, the programme's read (which counts the registrants by zone for the
//! participants' night warnings) on both meetings.

use std::time::{Duration, Instant};

use dais_core::registrations::{DecisionInput, RegistrationQuery, RegistrationSort};
use dais_core::seed::{add_bulk_registrations, create_demo, demo_event_id};
use dais_core::*;

const REGISTRATIONS: usize = 100_000;
/// What an organiser types, one keystroke at a time.
const TYPED: [&str; 4] = ["family42137", "person9876", "given3141", "organisation family5"];
const ROUNDS: usize = 5;

fn workspace(dir: &std::path::Path, name: &str, registrations: usize) -> Store {
    let mut store = Store::open(&dir.join(name)).unwrap();
    create_demo(&mut store).unwrap();
    add_bulk_registrations(&mut store, registrations).unwrap();
    store
}

fn keystrokes() -> Vec<String> {
    TYPED.iter().flat_map(|w| (1..=w.len()).map(move |end| w[..end].to_string())).collect()
}

fn percentile(mut xs: Vec<Duration>, p: f64) -> Duration {
    xs.sort();
    xs[((xs.len() - 1) as f64 * p).round() as usize]
}

/// Each keystroke's page, timed, over `ROUNDS` rounds; with the sort asked for.
fn search(store: &Store, sort: RegistrationSort) -> Vec<Duration> {
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        for typed in keystrokes() {
            let query = RegistrationQuery { search: typed, sort, ..RegistrationQuery::of(demo_event_id(), 100) };
            let t = Instant::now();
            std::hint::black_box(store.registration_page(&query).unwrap());
            times.push(t.elapsed());
        }
    }
    times
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    // `-- each`: every keystroke's page once, with what it found, to see where the time goes.
    if std::env::args().any(|a| a == "each") {
        let large = workspace(dir.path(), "large.dais", REGISTRATIONS);
        for typed in keystrokes() {
            let query = RegistrationQuery { search: typed.clone(), ..RegistrationQuery::of(demo_event_id(), 100) };
            let t = Instant::now();
            let page = large.registration_page(&query).unwrap();
            println!("{typed:>22} {:>7} {:?}", page.matching, t.elapsed());
        }
        return;
    }
    let small = workspace(dir.path(), "demo.dais", 0);
    let large = workspace(dir.path(), "large.dais", REGISTRATIONS);
    let floor: Vec<Duration> = (0..ROUNDS * 40)
        .map(|_| {
            let t = Instant::now();
            let mut stmt = large
                .connection()
                .prepare_cached("SELECT * FROM registrations WHERE event_id = ?1 ORDER BY submitted_at LIMIT 100")
                .unwrap();
            let rows = stmt.query_map([demo_event_id().to_string()], |_| Ok(())).unwrap().count();
            std::hint::black_box(rows);
            t.elapsed()
        })
        .collect();
    println!("a page of the registrations table with its counts, each keystroke of {:?}:", TYPED);
    for sort in [RegistrationSort::Submitted, RegistrationSort::Name] {
        let (s, l) = (search(&small, sort), search(&large, sort));
        println!(
            "  sorted by {sort:?}: {REGISTRATIONS} registrations median {:?}, p95 {:?}; the demo's 5 median {:?}: \
             ratio {:.1}x",
            percentile(l.clone(), 0.5),
            percentile(l.clone(), 0.95),
            percentile(s.clone(), 0.5),
            percentile(l, 0.5).as_secs_f64() / percentile(s, 0.5).as_secs_f64(),
        );
    }
    println!("  plain SQL floor, the first 100 rows by date: median {:?}", percentile(floor, 0.5));

    // After a decision the in-memory index is made again: the first page then, against the next one.
    let mut large = large;
    let (mut first, mut next) = (Vec::new(), Vec::new());
    let page = RegistrationQuery::of(demo_event_id(), 100);
    for round in 0..ROUNDS {
        let id = large.registration_page(&page).unwrap().rows[round].id;
        let input = DecisionInput { ids: vec![id], status: RegistrationStatus::Approved, reason: None };
        large.decide(&input, "Bench", chrono::Utc::now()).unwrap();
        let t = Instant::now();
        std::hint::black_box(large.registration_page(&page).unwrap());
        first.push(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(large.registration_page(&page).unwrap());
        next.push(t.elapsed());
    }
    println!(
        "  the first page after a decision (the index made again): median {:?}, against the next page {:?}",
        percentile(first, 0.5),
        percentile(next, 0.5)
    );

    let read = |store: &Store| -> Vec<Duration> {
        (0..ROUNDS * 8)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(store.programme(demo_event_id(), None).unwrap());
                t.elapsed()
            })
            .collect()
    };
    let (s, l) = (read(&small), read(&large));
    println!(
        "the programme with its warnings: {REGISTRATIONS} registrations median {:?}; the demo's 5 median {:?}: \
         ratio {:.1}x",
        percentile(l.clone(), 0.5),
        percentile(s.clone(), 0.5),
        percentile(l, 0.5).as_secs_f64() / percentile(s, 0.5).as_secs_f64(),
    );
}
