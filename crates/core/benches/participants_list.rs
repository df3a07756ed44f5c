//! The participants list of a meeting of 100,000 registrations, written to XLSX, against the same rows written to CSV
//! and against just reading them (the same statement, each row made a `Registration` and dropped), in the same run.
//! `cargo bench -p dais-core --bench participants_list` prints rows/s of each (the median of a few rounds), the file
//! sizes, how much the process's peak memory grew while writing them (Linux), and the ratios.
//!
//! Then the list back in (`import/registrations.rs`): each file imported into a new workspace end to end (read,
//! matched against the meeting, written as one edit with its undo step), against plain inserts of the same rows
//! through the change log; and the preview's time to its first screen (its first rows read alone), then to the whole
//! file's.

/// The app's and the CLI's allocator, which write and read these lists.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use dais_core::registrations::RegistrationQuery;
use dais_core::registrations::participants_list::{ListColumn, ListFormat};
use dais_core::seed::{add_bulk_registrations, create_demo, demo_event_id};
use dais_core::*;

const REGISTRATIONS: usize = 100_000;
const ROUNDS: usize = 5;

/// The process's peak resident memory since the last `reset_peak`, in MB (Linux; `None` elsewhere).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 =
        status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb / 1e3)
}

/// Sets the peak back to the current resident memory (Linux: `5` to `/proc/self/clear_refs`).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("large.dais")).unwrap();
    create_demo(&mut store).unwrap();
    add_bulk_registrations(&mut store, REGISTRATIONS).unwrap();
    let query = RegistrationQuery::of(demo_event_id(), 1);
    let rows = REGISTRATIONS as u64 + 5;
    // The search index catches up with the 100,000 new rows before the first read: not part of any round.
    store.registration_page(&RegistrationQuery::of(demo_event_id(), 1)).unwrap();

    let time = |f: &mut dyn FnMut() -> u64| -> Duration {
        let times = (0..ROUNDS)
            .map(|_| {
                let t = Instant::now();
                assert_eq!(f(), rows);
                t.elapsed()
            })
            .collect();
        median(times)
    };
    let read = time(&mut || {
        store
            .each_registration(&query, |r| {
                std::hint::black_box(r);
                Ok(())
            })
            .unwrap()
    });
    println!("the participants list of {rows} registrations, median of {ROUNDS} rounds:");
    let per_second = |d: Duration| rows as f64 / d.as_secs_f64();
    println!("  reading the rows (the floor):   {:>9.0} rows/s ({read:.2?})", per_second(read));
    for (name, columns) in [("default", &ListColumn::DEFAULT[..]), ("all", &ListColumn::ALL[..])] {
        let export = |format: ListFormat| {
            let path = dir.path().join(format!("list.{}", format.extension()));
            reset_peak();
            let before = peak_mb();
            let took = time(&mut || {
                let file = std::fs::File::create(&path).unwrap();
                store.participants_list(&query, columns, format, file).unwrap()
            });
            let grew = match (before, peak_mb()) {
                (Some(b), Some(a)) => format!(", peak memory +{:.1} MB", a - b),
                _ => String::new(),
            };
            (took, std::fs::metadata(&path).unwrap().len(), grew)
        };
        let (csv, csv_bytes, csv_memory) = export(ListFormat::Csv);
        let (xlsx, xlsx_bytes, xlsx_memory) = export(ListFormat::Xlsx);
        println!("  {} columns ({name}):", columns.len());
        println!("    CSV:  {:>9.0} rows/s ({csv:.2?}, {:.1} MB{csv_memory})", per_second(csv), csv_bytes as f64 / 1e6);
        println!(
            "    XLSX: {:>9.0} rows/s ({xlsx:.2?}, {:.1} MB{xlsx_memory}): {:.2}x the CSV's time, {:.2}x reading's",
            per_second(xlsx),
            xlsx_bytes as f64 / 1e6,
            xlsx.as_secs_f64() / csv.as_secs_f64(),
            xlsx.as_secs_f64() / read.as_secs_f64(),
        );
    }
    import_figures(dir.path(), &store);
}

/// Rounds of the import figures: each imports 100,000 rows into a new workspace.
const IMPORT_ROUNDS: usize = 3;

fn import_figures(dir: &std::path::Path, source: &Store) {
    let rows = source.registrations(demo_event_id()).unwrap();
    let new_workspace = |name: &str| {
        let path = dir.join(name);
        let _ = std::fs::remove_file(&path);
        let mut store = Store::open(&path).unwrap();
        create_demo(&mut store).unwrap();
        store
    };
    let now = chrono::Utc::now();
    let import = dais_core::import::RegistrationImport { event_id: demo_event_id(), ..Default::default() };
    let plain = median(
        (0..IMPORT_ROUNDS)
            .map(|_| {
                let mut store = new_workspace("plain.dais");
                let t = Instant::now();
                store
                    .write(|w| {
                        for r in &rows {
                            w.put(&Registration { id: new_id(), ..r.clone() })?;
                        }
                        Ok(())
                    })
                    .unwrap();
                t.elapsed()
            })
            .collect(),
    );
    println!("the list back in, {} rows, median of {IMPORT_ROUNDS} rounds:", rows.len());
    println!(
        "  plain inserts of the same rows through the change log: {:>7.0} rows/s ({plain:.2?})",
        rows.len() as f64 / plain.as_secs_f64()
    );
    let query = RegistrationQuery::of(demo_event_id(), 1);
    for format in [ListFormat::Csv, ListFormat::Xlsx] {
        let file = dir.join(format!("back.{}", format.extension()));
        let columns: Vec<ListColumn> = ListColumn::ALL.into_iter().filter(|c| *c != ListColumn::Id).collect();
        source.participants_list(&query, &columns, format, std::fs::File::create(&file).unwrap()).unwrap();
        let preview = median(
            (0..IMPORT_ROUNDS)
                .map(|_| {
                    let store = new_workspace("preview.dais");
                    let t = Instant::now();
                    let read = dais_core::import::TableFile::read(&file, None).unwrap();
                    std::hint::black_box(store.preview_registration_import(&read, &import, now, Lang::En).unwrap());
                    t.elapsed()
                })
                .collect(),
        );
        let first_screen = median(
            (0..IMPORT_ROUNDS)
                .map(|_| {
                    let store = new_workspace("preview.dais");
                    let t = Instant::now();
                    let bytes = std::fs::read(&file).unwrap();
                    let head = dais_core::import::TableFile::first_rows(
                        "back",
                        &bytes,
                        None,
                        dais_core::import::FIRST_SCREEN_ROWS,
                    )
                    .unwrap();
                    std::hint::black_box(store.preview_registration_import(&head, &import, now, Lang::En).unwrap());
                    t.elapsed()
                })
                .collect(),
        );
        reset_peak();
        let before = peak_mb();
        let mut added = 0;
        let took = median(
            (0..IMPORT_ROUNDS)
                .map(|_| {
                    let mut store = new_workspace("imported.dais");
                    let t = Instant::now();
                    let read = dais_core::import::TableFile::read(&file, None).unwrap();
                    let report = store.undoable_import(|s| s.import_registrations(read, &import, now)).unwrap();
                    added = report.counts.add;
                    t.elapsed()
                })
                .collect(),
        );
        let grew = match (before, peak_mb()) {
            (Some(b), Some(a)) => format!(", peak memory +{:.0} MB", a - b),
            _ => String::new(),
        };
        println!(
            "  {format:?}: {:>7.0} rows/s ({took:.2?}, {added} added{grew}): {:.2}x plain inserts (aim: 2x or less); first screen {first_screen:.2?} (aim: under 1 s), then the whole file's preview {preview:.2?}",
            rows.len() as f64 / took.as_secs_f64(),
            took.as_secs_f64() / plain.as_secs_f64(),
        );
    }
}
