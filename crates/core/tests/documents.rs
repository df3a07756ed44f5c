//! The programme as a document prints every script as typed: read back by pdftotext (poppler) from the PDF and by
//! python-docx from the DOCX, as readers of their own would; its fixed words in the language asked for; an Arabic
//! programme rendered by pdftoppm (target/screenshots/programme-ar.png, looked at: joined, right to left).

use std::path::{Path, PathBuf};
use std::process::Command;

use dais_core::programme::{Programme, RoleOnEntry};
use dais_core::publication::document::{self, DocumentFormat};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;
use tempfile::TempDir;

/// Speakers named in six scripts: Arabic, Chinese, Devanagari (Hindi), Cyrillic, Greek and Latin with stacked
/// accents (Vietnamese).
const NAMES: [&str; 6] =
    ["محمد عبد الله", "王小明", "अमित शर्मा", "Ольга Иванова", "Νίκος Παπαδόπουλος", "Nguyễn Thị Minh Khai"];

/// The demo meeting's programme with its people named in six scripts, each at least once.
fn programme() -> (TempDir, Event, Programme) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    let event: Event = store.get(demo_event_id()).unwrap();
    let mut programme = store.programme(demo_event_id(), None).unwrap();
    let rows: Vec<&mut programme::ProgrammeRow> =
        programme.days.iter_mut().flat_map(|d| d.rows.iter_mut()).filter(|r| !r.roles.is_empty()).collect();
    let mut names = NAMES.iter().cycle();
    let mut given = 0;
    for row in rows {
        for role in &mut row.roles {
            role.name = names.next().unwrap().to_string();
            given += 1;
        }
        while given < NAMES.len() {
            let mut more: RoleOnEntry = row.roles[0].clone();
            more.name = names.next().unwrap().to_string();
            row.roles.push(more);
            given += 1;
        }
    }
    (dir, event, programme)
}

fn written(dir: &Path, format: DocumentFormat, event: &Event, programme: &Programme, lang: Lang) -> PathBuf {
    let file = dir.join(format!("programme-{lang}.{}", format.extension()));
    std::fs::write(&file, document::write(format, event, programme, lang).unwrap()).unwrap();
    file
}

fn run(command: &mut Command) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{command:?}: {e} (scripts/setup.sh test installs it)"));
    assert!(out.status.success(), "{command:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Whitespace made single spaces: a reader's line breaks and column gaps are not the text.
fn spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_text(file: &Path) -> String {
    spaced(&run(Command::new("pdftotext").arg(file).arg("-")))
}

fn docx_text(file: &Path) -> String {
    let script = "import docx, sys\nd = docx.Document(sys.argv[1])\nfor p in d.paragraphs: print(p.text)\n\
                  for t in d.tables:\n  for r in t.rows:\n    for c in r.cells: print(c.text)";
    spaced(&run(Command::new("/usr/bin/python3").args(["-c", script]).arg(file)))
}

#[test]
fn every_name_comes_back_from_the_pdf_as_typed_in_every_language_of_the_document() {
    let (dir, event, programme) = programme();
    for lang in Lang::ALL {
        let text = pdf_text(&written(dir.path(), DocumentFormat::Pdf, &event, &programme, lang));
        for name in NAMES {
            assert!(text.contains(name), "{name} in the {lang} PDF: {text}");
        }
        // The fixed words, less the embedding marks poppler puts round right-to-left lines.
        let words: String = text.chars().filter(|c| !('\u{202A}'..='\u{202E}').contains(c)).collect();
        assert!(words.contains(&t!(lang, "doc-draft")), "{lang}: {text}");
        if !lang.is_rtl() {
            assert!(words.contains(&spaced(&i18n::long_date(lang, event.starts_on))), "{lang}: {text}");
        }
    }
}

#[test]
fn every_name_comes_back_from_the_docx_as_typed_with_the_fixed_words_in_the_language() {
    let (dir, event, programme) = programme();
    for lang in Lang::ALL {
        let file = written(dir.path(), DocumentFormat::Docx, &event, &programme, lang);
        let text = docx_text(&file);
        for name in NAMES {
            assert!(text.contains(name), "{name} in the {lang} DOCX: {text}");
        }
        for words in
            [t!(lang, "doc-draft"), i18n::long_date(lang, event.starts_on), t!(lang, "role", role = "chair", count = 1)]
        {
            assert!(text.contains(&spaced(&words)), "{words} in the {lang} DOCX: {text}");
        }
        // Word is told each run's fonts and, in Arabic, to read it right to left.
        let xml = run(Command::new("unzip").args(["-p"]).arg(&file).arg("word/document.xml"));
        assert!(xml.contains("w:eastAsia=\"Microsoft YaHei\"") && xml.contains("w:cs=\"Nirmala UI\""), "{xml}");
        assert!(xml.contains("<w:rtl />"), "the Arabic name's run is right to left");
        assert_eq!(xml.contains("<w:bidi />"), lang == Lang::Ar, "paragraphs are right to left in Arabic only");
        let styles = run(Command::new("unzip").args(["-p"]).arg(&file).arg("word/styles.xml"));
        assert!(styles.contains("w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\""), "{styles}");
    }
}

#[test]
fn the_arabic_programme_is_rendered_right_to_left_and_kept_to_look_at() {
    let (dir, event, programme) = programme();
    let file = written(dir.path(), DocumentFormat::Pdf, &event, &programme, Lang::Ar);
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    run(Command::new("pdftoppm")
        .args(["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&file)
        .arg(shots.join("programme-ar")));
    assert!(shots.join("programme-ar.png").exists());
    std::fs::copy(&file, shots.join("programme-ar.pdf")).unwrap();
    // The day's heading starts at the page's right edge: pdftotext's layout puts it after the most space.
    let layout = run(Command::new("pdftotext").args(["-layout"]).arg(&file).arg("-"));
    let heading = layout.lines().find(|l| l.contains("2025")).unwrap();
    assert!(heading.starts_with("  "), "{heading:?}");
}

#[test]
fn a_programme_without_noto_still_writes_a_pdf() {
    // Fonts are looked for, never required: the built-in DejaVu Sans is the last of the list.
    let (dir, event, mut programme) = programme();
    programme.days.clear();
    let text = pdf_text(&written(dir.path(), DocumentFormat::Pdf, &event, &programme, Lang::Ru));
    assert!(text.contains(&t!(Lang::Ru, "doc-no-entries")), "{text}");
}
