//! The PDF of a 500-entry programme whose people are named in six scripts (Arabic, Chinese, Devanagari, Cyrillic,
//! Greek, Vietnamese), in English and in Arabic, against the same programme named in Latin letters only, in the same
//! run (the printpdf writer it replaced is gone, so the baseline is the same writer on Latin text). `cargo bench -p
//! dais-core --bench programme_document` prints the median time of a few rounds, the file's size and the ratios.

use std::time::{Duration, Instant};

use dais_core::programme::{Programme, RoleOnEntry};
use dais_core::publication::document::{self, DocumentFormat};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;

const ENTRIES: usize = 500;
const ROUNDS: usize = 5;
const SIX_SCRIPTS: [&str; 6] =
    ["محمد عبد الله", "王小明", "अमित शर्मा", "Ольга Иванова", "Νίκος Παπαδόπουλος", "Nguyễn Thị Minh Khai"];
const LATIN: [&str; 6] =
    ["Ana Ribeiro", "John Smith", "Marie Dupont", "Olga Ivanova", "Nikos Papadopoulos", "Minh Khai"];

/// The demo's rows repeated to `ENTRIES`, each with two people named from `names`.
fn programme(store: &Store, names: &[&str; 6]) -> Programme {
    let mut programme = store.programme(demo_event_id(), None).unwrap();
    let day = &mut programme.days[0];
    let person = day.rows.iter().flat_map(|r| r.roles.clone()).next().unwrap();
    let demo = std::mem::take(&mut day.rows);
    day.rows = (0..ENTRIES)
        .map(|i| {
            let mut row = demo[i % demo.len()].clone();
            row.entry.title = format!("{} ({})", row.entry.title, i + 1);
            row.roles =
                (0..2).map(|k| RoleOnEntry { name: names[(i + k) % 6].to_string(), ..person.clone() }).collect();
            row
        })
        .collect();
    programme
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

/// The median time and the size of the PDF.
fn measure(event: &Event, programme: &Programme, lang: Lang) -> (Duration, usize) {
    let mut size = 0;
    let times = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            size = document::write(DocumentFormat::Pdf, event, programme, lang).unwrap().len();
            start.elapsed()
        })
        .collect();
    (median(times), size)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.dais")).unwrap();
    create_demo(&mut store).unwrap();
    let event: Event = store.get(demo_event_id()).unwrap();
    let (six, latin) = (programme(&store, &SIX_SCRIPTS), programme(&store, &LATIN));
    // The system's fonts are read once a process: the first document pays for it.
    let first = Instant::now();
    document::write(DocumentFormat::Pdf, &event, &latin, Lang::En).unwrap();
    println!("first PDF of the process (reads the fonts): {:.0} ms", first.elapsed().as_secs_f64() * 1e3);
    let (base_time, base_size) = measure(&event, &latin, Lang::En);
    println!(
        "{ENTRIES} entries, Latin names, English: {:.0} ms, {:.0} KB",
        base_time.as_secs_f64() * 1e3,
        base_size as f64 / 1e3
    );
    for lang in [Lang::En, Lang::Ar] {
        let (time, size) = measure(&event, &six, lang);
        println!(
            "{ENTRIES} entries, names in six scripts, {lang}: {:.0} ms, {:.0} KB ({:.2}x the time, {:.2}x the size of Latin only)",
            time.as_secs_f64() * 1e3,
            size as f64 / 1e3,
            time.as_secs_f64() / base_time.as_secs_f64(),
            size as f64 / base_size as f64
        );
    }
}
