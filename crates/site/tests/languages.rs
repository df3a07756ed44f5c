//! The site in the visitor's language, over HTTP on the real router: how the language is chosen (`?lang=`, the
//! switcher's cookie, `Accept-Language`, else English), what every page says of it (`<html lang dir>`, the switcher,
//! links that keep a named language), and the form in the visitor's language (its errors, its countries).

use dais_core::seed::demo_event_id;
use dais_core::{Event, Lang};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE, VARY};

use crate::public_site::{Site, event_path, open_registration, register_path, valid_answers};

const WEBINAR: &str = "/events/019a3a00-0000-7000-8000-000000000002";

/// Every public page of the demo (the form open), by path.
fn public_pages() -> Vec<String> {
    vec![
        "/".into(),
        event_path(""),
        event_path("/programme"),
        event_path("/speakers"),
        event_path("/changes"),
        event_path("/register"),
        event_path("/register/done"),
        WEBINAR.into(),
        format!("{WEBINAR}/programme"),
        "/events/not-an-id".into(),
    ]
}

fn two_meetings() -> Site {
    Site::start(|store| {
        open_registration(store);
        let mut other: Event = store.get(demo_event_id()).unwrap();
        other.id = dais_core::new_id();
        other.short_title = "U4SSC-10".into();
        store.save_event(&other).unwrap();
    })
}

fn get_with(site: &Site, path: &str, header: (&reqwest::header::HeaderName, &str)) -> (StatusCode, String) {
    let response = site.client.get(site.url(path)).header(header.0, header.1).send().unwrap();
    (response.status(), response.text().unwrap())
}

fn html_tag(body: &str) -> &str {
    let start = body.find("<html").expect("an html element");
    &body[start..start + body[start..].find('>').unwrap()]
}

#[test]
fn each_page_is_in_the_language_the_visitor_asks_for_with_a_switcher_and_its_direction() {
    let site = two_meetings();
    for path in public_pages() {
        // Accept-Language, by weight, among the languages Dais speaks.
        let (_, body) = get_with(&site, &path, (&ACCEPT_LANGUAGE, "de-CH, ar;q=0.9, en;q=0.5"));
        assert!(html_tag(&body).contains(r#"lang="ar" dir="rtl""#), "{path} in Arabic: {}", html_tag(&body));
        let (_, body) = get_with(&site, &path, (&ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"));
        assert!(html_tag(&body).contains(r#"lang="zh" dir="ltr""#), "{path} in Chinese");
        // Nothing asked: English.
        let body = site.client.get(site.url(&path)).send().unwrap().text().unwrap();
        assert!(html_tag(&body).contains(r#"lang="en" dir="ltr""#), "{path} in English");
        // The switcher: a labelled navigation, each language by its own name, in its own language, the current one
        // marked, each link to this very page.
        let (_, body) = get_with(&site, &path, (&ACCEPT_LANGUAGE, "ru"));
        assert!(body.contains(r#"<nav class="languages" aria-label="Язык">"#), "{path} has the switcher");
        for lang in Lang::ALL {
            let base = path.split('?').next().unwrap();
            let link = format!(r#"<a href="{base}?lang={0}" hreflang="{0}" lang="{0}""#, lang.code());
            assert!(body.contains(&link), "{path}: the switcher links to {lang}: {link}");
            assert!(body.contains(&format!(">{}</a>", lang.name())), "{path}: {lang} by its own name");
        }
        assert!(body.contains(r#"hreflang="ru" lang="ru" dir="ltr" aria-current="true">Русский</a>"#), "{path}");
        assert!(body.contains(r#"<link rel="alternate" hreflang="fr""#), "{path}: the alternates for search engines");
    }
}

#[test]
fn a_named_language_wins_is_kept_by_every_link_and_remembered_by_a_cookie() {
    let site = two_meetings();
    let programme = event_path("/programme");
    let response =
        site.client.get(site.url(&format!("{programme}?lang=fr"))).header(ACCEPT_LANGUAGE, "ru").send().unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let vary = response.headers()[VARY].to_str().unwrap().to_string();
    assert!(vary.contains("Accept-Language") && vary.contains("Cookie"), "caches are told: {vary}");
    let cookie = response.headers()[SET_COOKIE].to_str().unwrap().to_string();
    assert!(cookie.starts_with("dais_lang=fr;") && cookie.contains("Path=/"), "the choice is kept: {cookie}");
    assert!(
        response.headers()["cache-control"].to_str().unwrap().starts_with("private"),
        "a page that sets a cookie is not for shared caches"
    );
    let body = response.text().unwrap();
    assert!(html_tag(&body).contains(r#"lang="fr""#));
    assert!(body.contains("<h1>Programme</h1>") && body.contains("Toutes les heures sont en"));
    // Every internal link of the page keeps the language, so the address a visitor shares is read in it.
    let id = demo_event_id();
    for link in [
        format!(r#"href="/events/{id}/speakers?lang=fr""#),
        format!(r#"href="/events/{id}/changes?lang=fr""#),
        format!(r#"href="/events/{id}/register?lang=fr""#),
        r#"href="/?lang=fr""#.to_string(),
    ] {
        assert!(body.contains(&link), "the page links with its language: {link}");
    }
    assert!(body.contains(r#"<input type="hidden" name="lang" value="fr">"#), "the zone form keeps it too");

    // The cookie comes back: the visitor's choice wins over their browser's header, and links need not carry it.
    let response = site
        .client
        .get(site.url(&event_path("/speakers")))
        .header(ACCEPT_LANGUAGE, "ru")
        .header(COOKIE, "dais_lang=fr")
        .send()
        .unwrap();
    assert!(response.headers().get(SET_COOKIE).is_none(), "nothing to remember anew");
    let body = response.text().unwrap();
    assert!(html_tag(&body).contains(r#"lang="fr""#), "the cookie wins over Accept-Language");
    assert!(body.contains(&format!(r#"href="/events/{id}/programme""#)), "links without ?lang= when none was named");

    // The pseudo-language is chosen by name only, and never remembered.
    let response = site.client.get(site.url(&format!("{programme}?lang=en-XA"))).send().unwrap();
    assert!(response.headers().get(SET_COOKIE).is_none());
    let body = response.text().unwrap();
    assert!(html_tag(&body).contains(r#"lang="en-XA""#) && body.contains("<h1>⟦Prögràmmé"));
    let (_, body) = get_with(&site, &programme, (&COOKIE, "dais_lang=en-XA"));
    assert!(html_tag(&body).contains(r#"lang="en""#), "a cookie cannot choose it");
    // A language Dais does not speak falls through to the next way of choosing.
    let (_, body) = get_with(&site, &format!("{programme}?lang=de"), (&ACCEPT_LANGUAGE, "es"));
    assert!(html_tag(&body).contains(r#"lang="es""#));
}

#[test]
fn the_pages_say_their_fixed_words_and_dates_in_the_visitors_language() {
    let site = two_meetings();
    let home = event_path("");
    let (_, ar) = get_with(&site, &format!("{home}?lang=ar"), (&ACCEPT_LANGUAGE, "en"));
    assert!(ar.contains("البرنامج") && ar.contains("التسجيل"), "Arabic words");
    assert!(ar.contains("أكتوبر") || ar.contains("تشرين"), "the date's month in Arabic");
    let (_, zh) = get_with(&site, &format!("{home}?lang=zh"), (&ACCEPT_LANGUAGE, "en"));
    assert!(zh.contains("2025年10月31日"), "the date as Chinese writes it");
    let (_, ru) = get_with(&site, &event_path("/programme?lang=ru"), (&ACCEPT_LANGUAGE, "en"));
    assert!(ru.contains("октября 2025"), "the day's heading in Russian");
    // Role lines use the shared catalogue's roles, with the count.
    let (_, fr) = get_with(&site, &event_path("/programme?lang=fr"), (&ACCEPT_LANGUAGE, "en"));
    assert!(fr.contains(r#"<span class="role">Président :</span>"#) || fr.contains("Présidente :"), "French roles");
    // The organisers' words stay as typed, isolated from the language around them.
    assert!(ar.contains(r#"<h1 dir="auto">Ninth meeting of the"#), "the title as typed, isolated");
    // The error pages too.
    let (status, body) = get_with(&site, "/events/not-an-id?lang=es", (&ACCEPT_LANGUAGE, "en"));
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("<h1>Página no encontrada</h1>"));
    // The calendar's fixed words.
    let (_, ics) = get_with(&site, &event_path("/programme.ics?lang=fr"), (&ACCEPT_LANGUAGE, "en"));
    assert!(ics.contains("Président") || ics.contains("Intervenant"), "the calendar's roles in French");
}

#[test]
fn the_form_says_its_errors_in_french_to_a_french_visitor_and_keeps_the_language_for_the_mails() {
    let site = Site::open_for_registration();
    let form = site
        .client
        .get(site.url(&register_path()))
        .header(ACCEPT_LANGUAGE, "fr-CH, fr;q=0.9, en;q=0.5")
        .send()
        .unwrap();
    let cookie = form.headers()[SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_string();
    let body = form.text().unwrap();
    assert!(body.contains(r#"<input type="hidden" name="lang" value="fr">"#), "the form says its language");
    assert!(body.contains("<label for=\"given_name\">Prénom</label>"));
    let token = crate::public_site::hidden_token(&body);
    let refused = site
        .client
        .post(site.url(&register_path()))
        .header(COOKIE, &cookie)
        .header(ACCEPT_LANGUAGE, "fr")
        .form(&[("csrf_token", token.as_str()), ("lang", "fr"), ("email", "nobody"), ("given_name", &"é".repeat(101))])
        .send()
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = refused.text().unwrap();
    assert!(body.contains("<title>Erreur : Inscription - U4SSC-9</title>"), "the title says it first");
    assert!(body.contains("Un problème est survenu"));
    for message in [
        "Raccourcissez ce texte à 100 caractères au plus",
        "Indiquez votre nom de famille",
        "Indiquez une adresse électronique du type nom@exemple.org",
        "Indiquez l&#39;organisation que vous représentez",
        "Choisissez votre pays",
        "Choisissez la catégorie dans laquelle vous participez",
    ] {
        assert!(body.contains(message), "the French error {message:?}");
    }
    assert!(!body.contains("Enter your"), "no English error");
}

#[test]
fn the_forms_countries_are_named_and_sorted_in_the_visitors_language() {
    let site = Site::open_for_registration();
    let (_, body) = get_with(&site, &register_path(), (&ACCEPT_LANGUAGE, "ru-RU"));
    let select = &body[body.find(r#"<select id="country""#).unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    let options: Vec<(String, String)> = select
        .split("<option value=\"")
        .skip(2)
        .map(|o| {
            let (value, rest) = o.split_once('"').unwrap();
            let label = rest.split_once('>').unwrap().1.split('<').next().unwrap();
            (value.to_string(), label.to_string())
        })
        .collect();
    assert!(options.len() > 240, "every country and area");
    let switzerland = options.iter().find(|(code, _)| code == "CH").unwrap();
    assert_eq!(switzerland.1, "Швейцария", "named in Russian, the code behind it");
    assert!(options.iter().all(|(code, label)| !label.is_empty() && label != code), "no label is a bare code");
    let labels: Vec<&str> = options.iter().map(|(_, l)| l.as_str()).collect();
    let mut sorted = labels.clone();
    sorted.sort_by_cached_key(|l| dais_core::i18n::sort_key(dais_core::i18n::Lang::Ru, l));
    assert_eq!(labels, sorted, "in Russian order");
    assert!(options.first().unwrap().1.starts_with('А'), "Russian's alphabet first: {:?}", options.first());
    // Й is a letter of its own, after И: folding it to И (as a search does) would put Yemen among the И.
    let position = |name: &str| labels.iter().position(|l| *l == name).unwrap();
    assert!(position("Италия") < position("Йемен") && position("Йемен") < position("Кабо-Верде"));
}

#[test]
fn a_page_in_arabic_and_the_same_in_english_both_answer() {
    let site = two_meetings();
    for path in [event_path("/programme"), event_path("/speakers"), event_path("")] {
        let (ar_status, ar) = get_with(&site, &path, (&ACCEPT_LANGUAGE, "ar"));
        let (en_status, en) = get_with(&site, &path, (&ACCEPT_LANGUAGE, "en"));
        assert_eq!((ar_status, en_status), (StatusCode::OK, StatusCode::OK));
        assert_ne!(ar, en);
        assert!(html_tag(&ar).contains(r#"dir="rtl""#) && html_tag(&en).contains(r#"dir="ltr""#));
        // The organisers' data is the same in both.
        assert!(ar.contains("U4SSC-9") && en.contains("U4SSC-9"));
    }
}

#[test]
fn a_registrant_says_how_their_name_is_written_and_it_is_kept_with_the_registration() {
    let site = Site::open_for_registration();
    let (_, form) = get_with(&site, &register_path(), (&ACCEPT_LANGUAGE, "fr"));
    let select = &form[form.find(r#"<select id="name_order""#).expect("the form asks the name's order")..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(select.contains(r#"<option value="by_script" selected>"#), "by its script unless told: {select}");
    assert!(select.contains("Nom de famille d’abord"), "in the visitor's language: {select}");
    let session = site.open_form();
    let mut answers = valid_answers("János", "Kovács", "kovacs.janos@example.hu");
    answers.push(("name_order", "family_first"));
    site.post_form(&session, &answers);
    let mut answers = valid_answers("小明", "王", "wang.xiaoming@example.cn");
    // An order the form does not offer is the default: the script's.
    answers.push(("name_order", "backwards"));
    site.post_form(&session, &answers);
    let registrations = site.registrations();
    let kovacs = registrations.iter().find(|r| r.family_name == "Kovács").unwrap();
    assert_eq!(kovacs.name_order, Some(dais_core::NameOrder::FamilyFirst));
    assert_eq!(kovacs.full_name(), "Kovács János");
    let wang = registrations.iter().find(|r| r.family_name == "王").unwrap();
    assert_eq!((wang.name_order, wang.full_name().as_str()), (None, "王小明"));
}
