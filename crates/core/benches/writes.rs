//! The cost of the change log: 50,000 programme entries written through core (row + per-field clocks + outbox,
//! validated) against plain rusqlite inserts of the same rows into the same table, in the same run.
//! `cargo bench -p dais-core --bench writes` prints rows/s (median of 15 interleaved runs each) and the ratios (the median
//! of each round's).

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::storage::record::{fields, to_sql};
use dais_core::*;
use rusqlite::params_from_iter;

const ROWS: usize = 50_000;
/// Runs of each, interleaved (plain, logged, validated, plain, ...) so that the machine's drift touches all three alike.
const RUNS: usize = 15;

fn entries() -> Vec<Entry> {
    let start: DateTime<Utc> = "2025-11-03T08:00:00Z".parse().unwrap();
    (0..ROWS)
        .map(|i| {
            let starts_at = start + chrono::Duration::minutes(i as i64 * 30);
            Entry {
                id: new_id(),
                event_id: demo_event_id(),
                kind: EntryKind::Break,
                block_id: None,
                linked_event_id: None,
                title: format!("Session {i}"),
                description: "A session of the benchmark meeting, with a line of description.".into(),
                slot: Slot {
                    starts_at,
                    ends_at: starts_at + chrono::Duration::minutes(25),
                    place: Some("Room A".into()),
                },
                public: true,
            }
        })
        .collect()
}

fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.dais")).unwrap();
    create_demo(&mut store).unwrap();
    store.share(demo_event_id()).unwrap();
    (dir, store)
}

/// The same rows, one plain INSERT each, no clocks and no outbox.
fn plain(store: &mut Store, rows: &[Entry]) {
    let cols: Vec<&str> = Entry::COLUMNS.iter().map(|(c, _)| *c).collect();
    let sql = format!(
        "INSERT INTO entries (id, {}, clocks) VALUES (?1, {}, '{{}}')",
        cols.join(", "),
        (2..=cols.len() + 1).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
    );
    store
        .write(|w| {
            let conn = w.connection();
            let mut stmt = conn.prepare_cached(&sql)?;
            for e in rows {
                let values = fields(e)?;
                let params = std::iter::once(rusqlite::types::Value::Text(e.id.to_string()))
                    .chain(Entry::COLUMNS.iter().map(|(c, k)| to_sql(&values[*c], *k)));
                stmt.execute(params_from_iter(params))?;
            }
            Ok(())
        })
        .unwrap();
}

fn through_core(store: &mut Store, rows: &[Entry]) {
    store
        .write(|w| {
            for e in rows {
                programme::save_entry(w, e)?;
            }
            Ok(())
        })
        .unwrap();
}

/// The change log alone: rows, clocks and outbox, without validation.
fn put_only(store: &mut Store, rows: &[Entry]) {
    store
        .write(|w| {
            for e in rows {
                w.put(e)?;
            }
            Ok(())
        })
        .unwrap();
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn once(f: fn(&mut Store, &[Entry])) -> Duration {
    let rows = entries();
    let (_dir, mut store) = fresh();
    let t = Instant::now();
    f(&mut store, &rows);
    t.elapsed()
}

fn main() {
    let mut times: [Vec<Duration>; 3] = Default::default();
    for _ in 0..RUNS {
        for (i, f) in [plain, put_only, through_core].into_iter().enumerate() {
            times[i].push(once(f));
        }
    }
    // Each run's ratio to the plain inserts of its own round, then their median: the disk's drift from one round to
    // the next (a WAL of 15 MB synced each time) would otherwise weigh more than the change log.
    let ratio = |of: &[Duration]| -> f64 {
        let mut ratios: Vec<f64> =
            of.iter().zip(&times[0]).map(|(t, base)| t.as_secs_f64() / base.as_secs_f64()).collect();
        ratios.sort_by(f64::total_cmp);
        ratios[ratios.len() / 2]
    };
    let (logged_ratio, core_ratio) = (ratio(&times[1]), ratio(&times[2]));
    let [base, logged, core] = times.map(median);
    let rate = |d: Duration| ROWS as f64 / d.as_secs_f64();
    println!("{ROWS} entries in one transaction, median of {RUNS} runs on a WAL file with synchronous=FULL:");
    println!("  plain rusqlite inserts        {:>9.0} rows/s  ({:?})", rate(base), base);
    println!("  with the change log           {:>9.0} rows/s  ({:?})", rate(logged), logged);
    println!("  with the change log, validated{:>9.0} rows/s  ({:?})", rate(core), core);
    println!(
        "  cost of the change log (median of each round's ratio): {logged_ratio:.2}x (aim: 1.25x or less); with \
         validation: {core_ratio:.2}x"
    );
}
