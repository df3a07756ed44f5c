//! `dais` speaks the language asked for (`--lang`), else the locale's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English:
//! its words, its errors (with `--json` too), its dates; and its tables stay aligned whatever the script.

use crate::support::Workspace;

const DEMO_EVENT: &str = "019a3a00-0000-7000-8000-000000000001";
const MORNING_BLOCK: &str = "019a3a00-0000-7000-8000-00000000000a";

/// An entry that ends before it starts.
const BACKWARDS: [&str; 12] = [
    "entry",
    "add",
    "--kind",
    "break",
    "--title",
    "Coffee",
    "--date",
    "2025-10-31",
    "--start",
    "11:00",
    "--end",
    "10:00",
];

#[test]
fn lang_fr_prints_french_words_and_french_errors() {
    let ws = Workspace::demo();
    let out = ws.ok(&["--lang", "fr", "speaker", "list"]);
    assert!(out.starts_with("ID") && out.contains("ORGANISATION") && out.contains("PAYS"), "{out}");
    assert!(out.contains("Confirmé") || out.contains("Invité"), "statuses from common.ftl: {out}");

    let programme = ws.ok(&["--lang", "fr", "programme"]);
    assert!(programme.contains("vendredi 31 octobre 2025"), "the day as French writes it: {programme}");

    let run = ws.fails(
        &[
            "--lang",
            "fr",
            "entry",
            "add",
            "--kind",
            "item",
            "--title",
            "X",
            "--date",
            "2025-10-31",
            "--start",
            "9h",
            "--end",
            "10:00",
            "--block",
            MORNING_BLOCK,
        ],
        3,
    );
    assert!(run.stderr.contains("saisie non valide") && run.stderr.contains("n'est pas une heure"), "{}", run.stderr);

    let error = ws.fails_json(&["--lang", "fr"].iter().chain(BACKWARDS.iter()).copied().collect::<Vec<_>>(), 3);
    assert_eq!(error["code"], "invalid");
    let field = &error["fields"][0];
    let message = field["message"].as_str().unwrap();
    assert!(message.contains("doit suivre le début") || message.contains("avant de commencer"), "{error}");
    assert!(error["message"].as_str().unwrap().contains(message), "{error}");
}

#[test]
fn the_locale_picks_the_language_and_lang_overrides_it() {
    let ws = Workspace::demo();
    let russian = ws.run_in(Some(&ws.path), &["speaker", "list"], &[("LANG", "ru_RU.UTF-8")]);
    assert_eq!(russian.code, 0, "{}", russian.stderr);
    assert!(russian.stdout.contains("ОРГАНИЗАЦИЯ") && russian.stdout.contains("СТРАНА"), "{}", russian.stdout);

    let error = ws.run_in(Some(&ws.path), &BACKWARDS, &[("LANG", "ru_RU.UTF-8")]);
    assert_eq!(error.code, 3);
    assert!(error.stderr.contains("неверные данные"), "{}", error.stderr);

    // LC_ALL comes before LANG, and --lang before both.
    let spanish =
        ws.run_in(Some(&ws.path), &["speaker", "list"], &[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "es_ES.UTF-8")]);
    assert!(spanish.stdout.contains("PAÍS"), "{}", spanish.stdout);
    let english = ws.run_in(Some(&ws.path), &["--lang", "en", "speaker", "list"], &[("LANG", "ru_RU.UTF-8")]);
    assert!(english.stdout.contains("COUNTRY"), "{}", english.stdout);
    // A language Dais does not speak: English.
    let german = ws.run_in(Some(&ws.path), &["speaker", "list"], &[("LANG", "de_DE.UTF-8")]);
    assert!(german.stdout.contains("COUNTRY"), "{}", german.stdout);
}

/// The display columns a line's start takes up to `needle` (a Chinese character takes two).
fn column_of(line: &str, needle: &str) -> usize {
    let at = line.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {line:?}"));
    line[..at]
        .chars()
        .map(|c| if ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c) { 2 } else { 1 })
        .sum()
}

#[test]
fn a_table_with_chinese_names_stays_aligned() {
    let ws = Workspace::demo();
    for (given, family, email, organisation) in
        [("小明", "王", "wang@example.org", "清华大学"), ("Anna", "Smith", "smith@example.org", "ITU")]
    {
        ws.ok(&[
            "registration",
            "add",
            "--given-name",
            given,
            "--family-name",
            family,
            "--email",
            email,
            "--organisation",
            organisation,
            "--country",
            "CN",
            "--category",
            "academia",
        ]);
    }
    for lang in ["zh", "en"] {
        let out = ws.ok(&["--lang", lang, "registrations", "--search", "example.org"]);
        let rows: Vec<&str> = out.lines().take_while(|l| !l.is_empty()).collect();
        assert_eq!(rows.len(), 3, "{out}");
        // Each row's country code starts at the same column, after names and organisations in either script.
        let columns: Vec<usize> = rows[1..].iter().map(|r| column_of(r, " CN ")).collect();
        assert_eq!(columns[0], columns[1], "{out}");
    }
}

#[test]
fn the_pseudo_language_wraps_every_word_but_the_data() {
    let ws = Workspace::demo();
    let speakers = ws.ok(&["--lang", "en-XA", "speaker", "list"]);
    let header = speakers.lines().next().unwrap();
    for word in header.split("  ").map(str::trim).filter(|w| !w.is_empty()) {
        assert!(word.starts_with('⟦') && word.ends_with('⟧'), "{word:?} in {header:?}");
    }
    let saved = ws.ok(&["--lang", "en-XA", "meeting", "edit", "--event", DEMO_EVENT, "--venue", "Room K"]);
    assert!(saved.starts_with('⟦') && saved.trim_end().ends_with('⟧'), "{saved}");
    let run = ws.fails(&["--lang", "en-XA"].iter().chain(BACKWARDS.iter()).copied().collect::<Vec<_>>(), 3);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert!(lines[0].contains('⟦'), "{}", run.stderr);
    for line in &lines[1..] {
        let (_field, message) = line.trim().split_once(": ").unwrap();
        assert!(message.starts_with('⟦') && message.ends_with('⟧'), "{line:?}");
    }
    let empty = Workspace::empty();
    empty.ok(&["init"]);
    let none = empty.ok(&["--lang", "en-XA", "events"]);
    assert!(none.trim().starts_with('⟦') && none.trim().ends_with('⟧'), "{none}");
}
