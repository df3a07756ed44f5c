//! The meeting's own words in other languages: given by two organisers offline (each language its own row, so they
//! never meet), synced, published, and read back by a reader of each language on the pages, the feeds, the JSON API
//! and the documents; the original for readers of a language not given; a draft's translation stays private.

use chrono::Utc;
use dais_core::seed::demo_event_id;
use dais_core::*;

use crate::public_site::{PublicSite, event_path};
use crate::sync_support::{Organiser, TestSite};

fn entry_titled(store: &Store, title: &str) -> Entry {
    store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == title).unwrap()
}

fn translate(store: &mut Store, record_id: uuid::Uuid, field: &str, lang: Lang, text: &str) -> Translation {
    store.translate(&TranslationInput { record_id, field: field.into(), lang, text: text.into() }).unwrap()
}

fn get(site: &PublicSite, path: &str) -> String {
    let response = reqwest::blocking::get(site.url(path)).unwrap();
    assert_eq!(response.status().as_u16(), 200, "{path}");
    response.text().unwrap()
}

#[test]
fn two_organisers_translate_offline_into_two_languages_and_both_translations_are_kept() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    alice.create_shared_demo();
    alice.sync().unwrap();
    bob.sync().unwrap();

    // Offline, each into their own language: the same field, two rows.
    let opening = alice.with(|s| entry_titled(s, "Opening and welcome").id);
    alice.with(|s| translate(s, demo_event_id(), "title", Lang::Fr, "Neuvième réunion de l'U4SSC"));
    alice.with(|s| translate(s, opening, "title", Lang::Fr, "Ouverture et bienvenue"));
    bob.with(|s| translate(s, demo_event_id(), "title", Lang::Ar, "الاجتماع التاسع لمبادرة U4SSC"));
    bob.with(|s| translate(s, opening, "title", Lang::Zh, "开幕和欢迎"));
    for o in [&alice, &bob, &alice] {
        o.sync().unwrap();
    }
    for o in [&alice, &bob] {
        let given: Vec<(Lang, String)> =
            o.with(|s| s.translations(demo_event_id()).unwrap()).into_iter().map(|t| (t.lang, t.text)).collect();
        assert_eq!(given.len(), 4, "{given:?}");
        assert!(given.contains(&(Lang::Ar, "الاجتماع التاسع لمبادرة U4SSC".into())), "{given:?}");
        assert!(given.contains(&(Lang::Fr, "Ouverture et bienvenue".into())), "{given:?}");
        assert!(o.with(|s| s.conflicts().unwrap()).is_empty(), "two languages never meet");
    }

    // Into the same language at once: one row, one value, and the other kept as a conflict to restore.
    alice.with(|s| translate(s, opening, "description", Lang::Es, "Apertura (Alice)"));
    std::thread::sleep(std::time::Duration::from_millis(5));
    bob.with(|s| translate(s, opening, "description", Lang::Es, "Apertura (Bob)"));
    for o in [&alice, &bob, &alice] {
        o.sync().unwrap();
    }
    for o in [&alice, &bob] {
        let spanish: Vec<String> = o
            .with(|s| s.translations(demo_event_id()).unwrap())
            .into_iter()
            .filter(|t| t.lang == Lang::Es)
            .map(|t| t.text)
            .collect();
        assert_eq!(spanish, ["Apertura (Bob)"]);
        let conflicts = o.with(|s| s.conflicts().unwrap());
        assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
        assert_eq!(conflicts[0].superseded.value, serde_json::json!("Apertura (Alice)"));
        assert_eq!(conflicts[0].subject.say(Lang::En), "translation “Apertura (Bob)”");
    }
}

#[test]
fn a_reader_of_each_language_reads_the_words_given_in_it_everywhere_the_others_the_original() {
    let site = PublicSite::start(|store| {
        let opening = entry_titled(store, "Opening and welcome");
        translate(store, demo_event_id(), "title", Lang::Fr, "Neuvième réunion de l'U4SSC");
        let mut event: Event = store.get(demo_event_id()).unwrap();
        event.venue = Some("ITU headquarters, Geneva".into());
        store.save_event(&event).unwrap();
        translate(store, demo_event_id(), "venue", Lang::Fr, "Siège de l'UIT, Genève");
        translate(store, opening.id, "title", Lang::Fr, "Ouverture et bienvenue");
        translate(store, opening.id, "title", Lang::Ar, "الافتتاح والترحيب");
        // A draft entry's words in French stay as private as the entry.
        let draft = store.entries(demo_event_id()).unwrap().into_iter().find(|e| !e.public).unwrap();
        translate(store, draft.id, "title", Lang::Fr, "BROUILLON-TRADUIT");
        // A row that says it is another meeting's (what an organiser whose token covers only that one could push)
        // does not reach this meeting's page, though it names one of its entries.
        let mut other: Event = store.get(demo_event_id()).unwrap();
        other.id = new_id();
        other.short_title = "OTHER".into();
        store.save_event(&other).unwrap();
        let closing = entry_titled(store, "Closing");
        let forged = Translation {
            id: Translation::id_of(other.id, closing.id, "title", Lang::Fr),
            event_id: other.id,
            record_id: closing.id,
            field: "title".into(),
            lang: Lang::Fr,
            text: "FORGÉ-AILLEURS".into(),
        };
        store.write(|w| w.put(&forged)).unwrap();
    });
    let french = get(&site, &event_path("/programme?lang=fr"));
    assert!(french.contains("Ouverture et bienvenue"), "{french}");
    assert!(french.contains("Neuvième réunion de l&#39;U4SSC") || french.contains("Neuvième réunion de l'U4SSC"));
    assert!(!french.contains("Opening and welcome"), "the original gives way to the words given");
    let arabic = get(&site, &event_path("/programme?lang=ar"));
    assert!(arabic.contains("الافتتاح والترحيب") && !arabic.contains("Ouverture"), "{arabic}");
    // Russian was not given: the original, as typed.
    let russian = get(&site, &event_path("/programme?lang=ru"));
    assert!(russian.contains("Opening and welcome") && !russian.contains("Ouverture"));
    let home = get(&site, &event_path("?lang=fr"));
    assert!(
        home.contains("Siège de l&#39;UIT, Genève") || home.contains("Siège de l'UIT, Genève"),
        "the venue in French"
    );
    assert!(get(&site, "/?lang=fr").contains("Neuvième réunion"), "the list of meetings too");

    // The feeds: iCalendar says the language of the words given in it, frab and the JSON API too.
    let ics = get(&site, &event_path("/programme.ics?lang=fr"));
    assert!(ics.contains("SUMMARY;LANGUAGE=fr:Ouverture et bienvenue"), "{ics}");
    assert!(!get(&site, &event_path("/programme.ics?lang=ru")).contains("LANGUAGE="));
    let frab = get(&site, &event_path("/schedule.xml?lang=fr"));
    assert!(frab.contains("<title>Ouverture et bienvenue</title>"), "{frab}");
    assert!(frab.contains("<language>fr</language>"), "{frab}");
    let api: serde_json::Value =
        serde_json::from_str(&get(&site, &format!("/api/v1/events/{}/programme?lang=fr", demo_event_id()))).unwrap();
    assert_eq!(api["lang"], "fr");
    assert_eq!(api["event"]["title"], "Neuvième réunion de l'U4SSC");
    assert_eq!(api["event"]["eligible_categories"][0]["label"], "Administration d'un État Membre de l'UIT");
    let opening = api["programme"]["days"][0]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["title"] == "Ouverture et bienvenue")
        .cloned()
        .unwrap();
    assert_eq!(opening["title_lang"], "fr");
    assert!(opening.get("description_lang").is_none(), "its description is as typed");
    assert!(api["programme"]["days"][0]["label"].as_str().unwrap().contains("octobre"), "{}", api["programme"]);
    assert_eq!(opening["start"]["day_label"], "ven. 31 oct.", "each time's day in French too");

    // The document in French: python-docx reads the French title.
    let docx = reqwest::blocking::Client::new()
        .get(site.url(&event_path("/programme.docx")))
        .header("Accept-Language", "fr")
        .send()
        .unwrap()
        .bytes()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("programme.docx");
    std::fs::write(&file, docx).unwrap();
    let read = std::process::Command::new("/usr/bin/python3")
        .args(["-c", "import docx, sys\nd = docx.Document(sys.argv[1])\nprint('\\n'.join(p.text for p in d.paragraphs))\nfor t in d.tables:\n  for r in t.rows: print(' | '.join(c.text for c in r.cells))"])
        .arg(&file)
        .output()
        .expect("python3-docx");
    let text = String::from_utf8(read.stdout).unwrap();
    assert!(text.contains("Ouverture et bienvenue"), "{text}");
    // Named in the reader's language too: plain characters for the clients that read only `filename`.
    let russian =
        reqwest::blocking::Client::new().get(site.url(&event_path("/programme.docx?lang=ru"))).send().unwrap();
    assert_eq!(
        russian.headers()["content-disposition"],
        "attachment; filename=\"U4SSC-9 _________.docx\"; \
         filename*=UTF-8''U4SSC%2D9%20%D0%BF%D1%80%D0%BE%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0%2Edocx"
    );

    // Nothing of the draft's translation is public, in any language or form.
    for path in ["/programme?lang=fr", "/programme.ics?lang=fr", "/schedule.json?lang=fr", "/schedule.xml?lang=fr"] {
        let body = get(&site, &event_path(path));
        assert!(!body.contains("BROUILLON-TRADUIT") && !body.contains("FORGÉ"), "{path}");
    }
    assert!(!get(&site, &format!("/api/v1/events/{}/programme?lang=fr", demo_event_id())).contains("BROUILLON"));
}

#[test]
fn the_next_publication_lists_the_words_given_changed_or_taken_away_by_language() {
    let site = PublicSite::start(|_| {});
    let mut store = Store::open(&site.data_file).unwrap();
    let opening = entry_titled(&store, "Opening and welcome");
    translate(&mut store, opening.id, "title", Lang::Fr, "Ouverture");
    translate(&mut store, opening.id, "description", Lang::Fr, "Mot de bienvenue");
    translate(&mut store, demo_event_id(), "title", Lang::Zh, "第九次U4SSC会议");
    let said: Vec<String> = store
        .preview(demo_event_id(), Lang::En)
        .unwrap()
        .changes
        .into_iter()
        .filter(|c| c.starts_with("Words in"))
        .collect();
    assert_eq!(
        said,
        [
            "Words in Chinese: title of “Ninth meeting of the \"United for Smart Sustainable Cities\" initiative (U4SSC)”"
                .to_string(),
            "Words in French: title of “Opening and welcome”, description of “Opening and welcome”".to_string(),
        ],
        "one change a language, in the UN's order"
    );
    store.publish(demo_event_id(), "Alice", None, Utc::now()).unwrap();
    // Calendars that follow the meeting in French take the new words: the entry's SEQUENCE moved on.
    let api: serde_json::Value =
        serde_json::from_str(&get(&site, &format!("/api/v1/events/{}/programme?lang=fr", demo_event_id()))).unwrap();
    let entries = api["programme"]["days"][0]["entries"].as_array().unwrap();
    let sequence = |title: &str| entries.iter().find(|e| e["title"] == title).unwrap()["sequence"].clone();
    assert_eq!((sequence("Ouverture"), sequence("Closing")), (serde_json::json!(1), serde_json::json!(0)));
    let changes = get(&site, &event_path("/changes?lang=fr"));
    assert!(
        changes.contains("Textes en français : titre de « Ouverture »") || changes.contains("Textes en français"),
        "{changes}"
    );

    // Taken away: listed again, and readers of French read the original once more.
    translate(&mut store, opening.id, "title", Lang::Fr, "");
    let changes = store.preview(demo_event_id(), Lang::En).unwrap().changes;
    assert!(changes.contains(&"Words in French: title of “Opening and welcome”".to_string()), "{changes:#?}");
    store.publish(demo_event_id(), "Alice", None, Utc::now()).unwrap();
    assert!(get(&site, &event_path("/programme?lang=fr")).contains("Opening and welcome"));
}

#[test]
fn only_the_meetings_and_entries_public_words_may_be_translated_each_in_one_row_per_language() {
    let site = PublicSite::start(|_| {});
    let mut store = Store::open(&site.data_file).unwrap();
    let opening = entry_titled(&store, "Opening and welcome");
    let refused = |store: &mut Store, record_id, field: &str, lang| {
        store.translate(&TranslationInput { record_id, field: field.into(), lang, text: "x".into() }).unwrap_err()
    };
    assert!(matches!(refused(&mut store, opening.id, "venue", Lang::Fr), Error::Invalid(_)), "an entry has no venue");
    assert!(matches!(refused(&mut store, demo_event_id(), "online_link", Lang::Fr), Error::Invalid(_)));
    assert!(matches!(refused(&mut store, demo_event_id(), "title", Lang::Pseudo), Error::Invalid(_)));
    assert!(matches!(refused(&mut store, new_id(), "title", Lang::Fr), Error::NotFound { .. }));
    let Error::Invalid(fields) = refused(&mut store, opening.id, "slot", Lang::Fr) else { panic!() };
    assert_eq!(fields[0].message.say(Lang::En).split(';').next().unwrap(), "slot is not given in other languages");
    // The same field and language is one row, whoever writes it.
    let a = translate(&mut store, opening.id, "title", Lang::Ru, "Открытие");
    let b = translate(&mut store, opening.id, "title", Lang::Ru, "Открытие и приветствие");
    assert_eq!(a.id, b.id);
    assert_eq!(a.id, Translation::id_of(demo_event_id(), opening.id, "title", Lang::Ru));
    assert_eq!(store.translations(demo_event_id()).unwrap().len(), 1);
}

#[test]
fn a_pushed_translation_that_is_not_one_row_per_field_and_language_is_refused_at_its_field() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.create_shared_demo();
    alice.sync().unwrap();
    // Written past `translate`'s rules, as a hostile or broken laptop would push it.
    let (forged, pseudo) = alice.with(|s| {
        let forged = Translation {
            id: new_id(),
            event_id: demo_event_id(),
            record_id: demo_event_id(),
            field: "title".into(),
            lang: Lang::Fr,
            text: "Un second titre".into(),
        };
        let pseudo = Translation {
            id: Translation::id_of(demo_event_id(), demo_event_id(), "title", Lang::Pseudo),
            lang: Lang::Pseudo,
            ..forged.clone()
        };
        s.write(|w| {
            w.put(&forged)?;
            w.put(&pseudo)
        })
        .unwrap();
        (forged, pseudo)
    });
    let report = alice.sync().unwrap();
    let refused: Vec<(String, Vec<String>)> =
        report.refused.iter().map(|r| (r.row_id.clone(), r.fields.iter().map(|f| f.field.clone()).collect())).collect();
    assert_eq!(
        refused,
        [(forged.id.to_string(), vec!["record_id".to_string()]), (pseudo.id.to_string(), vec!["lang".to_string()])]
    );
    assert!(site.store().translations(demo_event_id()).unwrap().is_empty(), "the site keeps neither");
}
