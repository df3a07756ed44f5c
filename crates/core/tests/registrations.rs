//! The organisers' table of registrations on a real SQLite file: search as you type, filters, sorts, pages and counts
//! read by SQLite; decisions on one or many registrations, each keeping the ones before it.

use chrono::{DateTime, Duration, Utc};
use dais_core::registrations::{DecisionInput, RegistrationQuery, RegistrationSort};
use dais_core::seed::{bulk_registration, create_demo, demo_event_id};
use dais_core::*;
use tempfile::TempDir;
use uuid::Uuid;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// The demo meeting, shared, with `n` more registrations of varied names, organisations, countries and categories.
fn workspace(n: usize) -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    store.share(demo_event_id()).unwrap();
    let countries = ["CH", "KE", "BR", "JP", "FR"];
    let categories = ParticipantCategory::ALL;
    store
        .write(|w| {
            for i in 0..n {
                let mut r = bulk_registration(i);
                r.organisation = format!("Organisation {}", i % 7);
                r.country = countries[i % countries.len()].into();
                r.category = categories[i % categories.len()];
                r.submitted_at = at("2025-10-01T00:00:00Z") + Duration::minutes(i as i64);
                w.put(&r)?;
            }
            Ok(())
        })
        .unwrap();
    (dir, store)
}

fn query() -> RegistrationQuery {
    RegistrationQuery::of(demo_event_id(), 50)
}

fn names(page: &registrations::RegistrationPage) -> Vec<String> {
    page.rows.iter().map(|r| format!("{} {}", r.given_name, r.family_name)).collect()
}

fn count(page: &registrations::RegistrationPage, status: RegistrationStatus) -> u32 {
    page.by_status.iter().find(|c| c.status == status).unwrap().count
}

#[test]
fn search_as_you_type_finds_words_by_their_beginning_in_names_email_and_organisation() {
    let (_dir, mut store) = workspace(300);
    let mut zanele = bulk_registration(1_000);
    zanele.given_name = "Zanele".into();
    zanele.family_name = "Dlamini-Zuma".into();
    zanele.email = "z.dlamini@example.gov.za".into();
    zanele.organisation = "Département des Télécommunications".into();
    store.save_registration(&zanele).unwrap();

    let search = |store: &Store, typed: &str| {
        let page = store.registration_page(&RegistrationQuery { search: typed.into(), ..query() }).unwrap();
        (page.matching, names(&page))
    };
    for typed in ["zan", "Zanele dla", "dlamini zu", "z.dla", "example.gov", "departement telecom", "DÉPART télécom"]
    {
        assert_eq!(search(&store, typed), (1, vec!["Zanele Dlamini-Zuma".to_string()]), "{typed:?}");
    }
    assert_eq!(search(&store, "zanele smith").0, 0, "every word must match");
    assert_eq!(search(&store, "nele").0, 0, "a word is found by its beginning");
    assert_eq!(search(&store, "person12@").0, 11, "person12, and person120 to person129: words typed so far");
    // Whatever is typed is words, never a search syntax.
    for typed in ["\"", "*", "AND", "a OR b", "NEAR(", "given_name:x", "-", "^"] {
        store.registration_page(&RegistrationQuery { search: typed.into(), ..query() }).unwrap();
    }
    assert_eq!(search(&store, "  ").0, 306, "blank: every registration (300, Zanele and the demo's 5)");

    // The index follows edits, deletions and erasures.
    zanele.family_name = "Nkosi".into();
    store.save_registration(&zanele).unwrap();
    assert_eq!(search(&store, "dlamini").0, 1, "the email still has it");
    assert_eq!(search(&store, "nkosi").0, 1);
    assert_eq!(search(&store, "zuma").0, 0, "the old name is gone from the index");
    store.erase_registration(zanele.id).unwrap();
    assert_eq!(search(&store, "zanele").0, 0);
    let everyone = RegistrationQuery { search: "zanele nkosi".into(), ..query() };
    assert!(store.registration_ids(&everyone).unwrap().is_empty(), "an erased registrant is found nowhere");
}

#[test]
fn filters_sorts_pages_and_counts_come_from_the_database() {
    let (_dir, mut store) = workspace(600);
    let page = store.registration_page(&query()).unwrap();
    assert_eq!((page.total, page.matching, page.rows.len()), (605, 605, 50));
    assert_eq!(count(&page, RegistrationStatus::Pending), 602, "the demo's two pending and 600 more");
    assert_eq!(count(&page, RegistrationStatus::Approved), 2);
    assert_eq!(count(&page, RegistrationStatus::Rejected), 1);
    assert!(page.rows.windows(2).all(|w| w[0].submitted_at <= w[1].submitted_at), "oldest request first");

    // Filters: each narrows; the counts by status follow the other filters, not the status filter.
    let kenyan_academics =
        RegistrationQuery { countries: vec!["ke".into()], categories: vec![ParticipantCategory::Academia], ..query() };
    let page = store.registration_page(&kenyan_academics).unwrap();
    assert!(
        page.matching > 0 && page.rows.iter().all(|r| r.country == "KE" && r.category == ParticipantCategory::Academia)
    );
    let expected = (0..600).filter(|i| i % 5 == 1 && i % 6 == 3).count() as u32;
    assert_eq!(page.matching, expected);
    let approved = RegistrationQuery { statuses: vec![RegistrationStatus::Approved], ..query() };
    let page = store.registration_page(&approved).unwrap();
    assert_eq!(page.matching, 2);
    assert_eq!(count(&page, RegistrationStatus::Pending), 602, "what picking Pending instead would show");

    // Sorts, both ways, and pages that follow each other without a gap or a repeat.
    let by_name = RegistrationQuery { sort: RegistrationSort::Name, ..query() };
    let mut seen = Vec::new();
    for offset in (0..605).step_by(50) {
        let page = store.registration_page(&RegistrationQuery { offset, ..by_name.clone() }).unwrap();
        assert_eq!(page.offset, offset);
        seen.extend(page.rows.into_iter().map(|r| (r.family_name.to_lowercase(), r.given_name.to_lowercase(), r.id)));
    }
    assert_eq!(seen.len(), 605);
    let key = |(family, given, _): &(String, String, Uuid)| {
        [dais_core::i18n::sort_key(Lang::En, family), vec![0], dais_core::i18n::sort_key(Lang::En, given)].concat()
    };
    assert!(seen.windows(2).all(|w| key(&w[0]) <= key(&w[1])), "by family name, then given name, as English sorts");
    let last = store.registration_page(&RegistrationQuery { descending: true, limit: 1, ..by_name }).unwrap();
    assert_eq!(last.rows[0].id, seen.last().unwrap().2, "descending starts where ascending ends");
    for sort in [
        RegistrationSort::Email,
        RegistrationSort::Organisation,
        RegistrationSort::Country,
        RegistrationSort::Category,
        RegistrationSort::Status,
    ] {
        let page = store.registration_page(&RegistrationQuery { sort, limit: 1000, ..query() }).unwrap();
        // Words by English's collation (a country by its English name), codes as they are.
        let keys: Vec<Vec<u8>> = page
            .rows
            .iter()
            .map(|r| match sort {
                RegistrationSort::Email => r.email.to_lowercase().into_bytes(),
                RegistrationSort::Organisation => dais_core::i18n::sort_key(Lang::En, &r.organisation),
                RegistrationSort::Country => dais_core::i18n::sort_key(
                    Lang::En,
                    dais_core::rules::country::country_name(&r.country).unwrap_or(&r.country),
                ),
                RegistrationSort::Category => serde_json::to_string(&r.category).unwrap().into_bytes(),
                _ => serde_json::to_string(&r.decision.status).unwrap().into_bytes(),
            })
            .collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{sort:?}");
    }

    // A deleted registration is in no page and no count.
    let gone = store.registration_page(&query()).unwrap().rows[0].id;
    store.write(|w| w.delete::<Registration>(gone).map(drop)).unwrap();
    let page = store.registration_page(&query()).unwrap();
    assert_eq!(page.total, 604);
    assert!(page.rows.iter().all(|r| r.id != gone));

    for limit in [0, 1001] {
        let err = store.registration_page(&RegistrationQuery { limit, ..query() }).unwrap_err();
        assert!(matches!(err, Error::Invalid(ref f) if f[0].field == "limit"), "{err:?}");
    }
    let _ = &mut store;
}

#[test]
fn decisions_on_many_at_once_keep_who_when_why_and_the_decisions_before() {
    let (_dir, mut store) = workspace(10);
    let pending: Vec<Uuid> = store
        .registration_page(&RegistrationQuery { statuses: vec![RegistrationStatus::Pending], ..query() })
        .unwrap()
        .rows
        .iter()
        .map(|r| r.id)
        .take(4)
        .collect();
    let outbox = store.pending_count().unwrap();
    let now = at("2025-10-25T10:00:00Z");
    let approve = DecisionInput { ids: pending.clone(), status: RegistrationStatus::Approved, reason: None };
    let decided = store.decide(&approve, "Alice", now).unwrap();
    assert_eq!(decided.len(), 4);
    assert_eq!(store.pending_count().unwrap(), outbox + 4, "one change each");
    let sent = store.outbox().unwrap();
    let fields: Vec<_> = sent.iter().rev().take(4).map(|m| m.changes.keys().cloned().collect::<Vec<_>>()).collect();
    assert!(fields.iter().all(|f| f == &["decision"]), "only the decision changes: {fields:?}");

    // A rejection needs a reason; nothing is written without one.
    let reject =
        DecisionInput { ids: vec![pending[0]], status: RegistrationStatus::Rejected, reason: Some(" ".into()) };
    let err = store.decide(&reject, "Bob", now).unwrap_err();
    assert!(matches!(err, Error::Invalid(ref f) if f[0].field == "reason"), "{err:?}");
    assert_eq!(store.get::<Registration>(pending[0]).unwrap().decision.status, RegistrationStatus::Approved);
    let reason = "Registered twice, under another address".to_string();
    let reject = DecisionInput { reason: Some(reason.clone()), ..reject };
    store.decide(&reject, "Bob", now + Duration::hours(1)).unwrap();

    let history = store.get::<Registration>(pending[0]).unwrap().decision;
    assert_eq!(
        (history.status, history.decided_by.as_deref(), history.reason.as_deref()),
        (RegistrationStatus::Rejected, Some("Bob"), Some(reason.as_str()))
    );
    let steps: Vec<_> = history.earlier.iter().map(|d| (d.status, d.decided_by.clone(), d.decided_at)).collect();
    assert_eq!(
        steps,
        [(RegistrationStatus::Pending, None, None), (RegistrationStatus::Approved, Some("Alice".into()), Some(now))],
        "submitted, then approved by Alice, then rejected by Bob"
    );
    assert!(history.earlier.iter().all(|d| d.earlier.is_empty()), "the history is kept once, not nested");

    // Off the waiting list.
    let wait = DecisionInput { ids: vec![pending[1]], status: RegistrationStatus::Waitlisted, reason: None };
    store.decide(&wait, "Alice", now).unwrap();
    let page = store
        .registration_page(&RegistrationQuery { statuses: vec![RegistrationStatus::Waitlisted], ..query() })
        .unwrap();
    assert_eq!(page.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [pending[1]]);
    store.decide(&DecisionInput { status: RegistrationStatus::Approved, ..wait }, "Alice", now).unwrap();
    assert_eq!(store.get::<Registration>(pending[1]).unwrap().decision.status, RegistrationStatus::Approved);

    let none = DecisionInput { ids: vec![], status: RegistrationStatus::Approved, reason: None };
    assert!(matches!(store.decide(&none, "Alice", now), Err(Error::Invalid(_))));
    let unknown =
        DecisionInput { ids: vec![pending[2], Uuid::nil()], status: RegistrationStatus::Cancelled, reason: None };
    assert!(matches!(store.decide(&unknown, "Alice", now), Err(Error::NotFound { .. })));
    assert_eq!(
        store.get::<Registration>(pending[2]).unwrap().decision.status,
        RegistrationStatus::Approved,
        "all or nothing"
    );
}

fn fields(changes: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    changes.as_object().unwrap().clone()
}

#[test]
fn a_registration_taken_by_hand_is_manual_and_pending_and_its_registrants_fields_are_corrected_field_by_field() {
    let (_dir, mut store) = workspace(0);
    let new = NewRegistration {
        event_id: demo_event_id(),
        given_name: " Amina ".into(),
        family_name: "Diallo".into(),
        name_order: None,
        email: "amina.diallo@example.sn".into(),
        organisation: "ARTP Senegal".into(),
        country: "sn".into(),
        category: ParticipantCategory::MemberStateAdministration,
        position: Some(" ".into()),
        private_notes: "Called on 2 December".into(),
        language: Some(Lang::Fr),
    };
    let r = store.add_registration(&new, at("2025-10-20T10:00:00Z")).unwrap();
    assert_eq!((r.source, r.decision.status), (RegistrationSource::Manual, RegistrationStatus::Pending));
    assert_eq!(store.get::<Registration>(r.id).unwrap().language, Some(Lang::Fr), "kept with the registration");
    assert_eq!((r.given_name.as_str(), r.country.as_str(), r.position.as_deref()), ("Amina", "SN", None));
    let waiting = store.pending_count().unwrap();
    assert!(store.outbox().unwrap().iter().any(|m| m.row_id == r.id.to_string()), "logged like any edit ({waiting})");

    // The same address again, any case: refused at the field.
    let twice = NewRegistration { email: "Amina.Diallo@example.SN".into(), ..new.clone() };
    let Err(Error::Invalid(errors)) = store.add_registration(&twice, at("2025-10-20T10:01:00Z")) else { panic!() };
    assert_eq!(errors[0].field, "email");
    assert!(errors[0].message.say(dais_core::Lang::En).contains("Amina Diallo"), "{errors:?}");
    // The same while a first pull has the indexes set aside (the check is pinned to the email index).
    store.set_indexes_aside().unwrap();
    let Err(Error::Invalid(aside)) = store.add_registration(&twice, at("2025-10-20T10:01:00Z")) else { panic!() };
    assert_eq!(aside, errors);
    store.build_indexes_set_aside().unwrap();
    let Err(Error::Invalid(errors)) =
        store.add_registration(&NewRegistration { email: "not an address".into(), ..new }, at("2025-10-20T10:02:00Z"))
    else {
        panic!()
    };
    assert_eq!(errors[0].field, "email");

    let edit = Edit {
        id: r.id,
        changes: fields(serde_json::json!({ "organisation": "Ministry of Communication", "attended": true })),
        opened: fields(serde_json::json!({ "organisation": "ARTP Senegal", "attended": false })),
    };
    let edited = store.edit_registration(&edit).unwrap();
    assert_eq!((edited.organisation.as_str(), edited.attended), ("Ministry of Communication", true));
    assert_eq!(edited.private_notes, "Called on 2 December", "what was not changed stays");

    // A decision is not edited here: `decide` keeps its history.
    let decision = Edit {
        id: r.id,
        changes: fields(serde_json::json!({ "decision": { "status": "approved" } })),
        opened: fields(serde_json::json!({ "decision": r.decision })),
    };
    let Err(Error::Invalid(errors)) = store.edit_registration(&decision) else { panic!() };
    assert_eq!(errors[0].field, "decision");
}

#[test]
fn registrations_filter_by_region_and_count_every_way_the_charts_show_them() {
    use dais_core::registrations::Region;
    let (_dir, store) = workspace(500);
    assert_eq!(Region::of("ke"), Some(Region::Africa));
    assert_eq!(Region::of("BR"), Some(Region::Americas));
    assert_eq!(Region::of("AQ"), None, "Antarctica is in none of the five");

    let africa = store.registration_page(&RegistrationQuery { regions: vec![Region::Africa], ..query() }).unwrap();
    let all = store.registration_ids(&query()).unwrap();
    let african: Vec<_> = store
        .registration_ids(&RegistrationQuery { regions: vec![Region::Africa], ..query() })
        .unwrap()
        .into_iter()
        .map(|id| store.get::<Registration>(id).unwrap().country)
        .collect();
    assert_eq!(african.len() as u32, africa.matching);
    assert!(african.iter().all(|c| Region::of(c) == Some(Region::Africa)), "{african:?}");
    assert!(african.len() >= 100 && african.len() < all.len());
    let with_kenya =
        RegistrationQuery { regions: vec![Region::Europe, Region::Africa], countries: vec!["KE".into()], ..query() };
    assert_eq!(store.registration_ids(&with_kenya).unwrap().len(), 100, "country and region both hold");

    let summary = store.registration_summary(demo_event_id()).unwrap();
    assert_eq!(summary.total as usize, all.len());
    for counts in [
        summary.by_status.iter().map(|c| c.count).sum::<u32>(),
        summary.by_category.iter().map(|c| c.count).sum(),
        summary.by_region.iter().map(|c| c.count).sum(),
        summary.by_country.iter().map(|c| c.count).sum(),
        summary.by_day.iter().map(|c| c.count).sum(),
    ] {
        assert_eq!(counts, summary.total);
    }
    assert_eq!(summary.by_category.len(), ParticipantCategory::ALL.len());
    assert_eq!(summary.by_region.iter().filter(|c| c.of.is_some()).count(), 5);
    assert!(summary.by_country.windows(2).all(|w| w[0].count >= w[1].count), "most first");
    assert_eq!(summary.by_region.iter().find(|c| c.of == Some(Region::Africa)).unwrap().count as usize, african.len());
    // 500 requests a minute apart from 1 October 00:00 UTC: 02:00 in Geneva, all on 1 October, plus the demo's days.
    let days: Vec<_> = summary.by_day.iter().map(|c| c.of).collect();
    assert!(days.windows(2).all(|w| (w[1] - w[0]).num_days() == 1), "every day, none missing: {days:?}");
    let first = summary.by_day.iter().find(|c| c.of.to_string() == "2025-10-01").unwrap();
    assert_eq!(first.count, 500);
}

/// What `q` should find, worked out apart from core's index: SQLite filters and sorts, and each typed word must begin
/// a word of the name, email or organisation, case and accents aside.
fn expected(store: &Store, q: &RegistrationQuery) -> Vec<Uuid> {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    let plain = |t: &str| -> String { t.nfd().filter(|c| !is_combining_mark(*c)).collect::<String>().to_lowercase() };
    let words = |t: &str| -> Vec<String> {
        plain(t).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect()
    };
    let order = match q.sort {
        RegistrationSort::Submitted => "submitted_at",
        RegistrationSort::Name => "family_name COLLATE NOCASE, given_name COLLATE NOCASE",
        RegistrationSort::Email => "lower(email)",
        RegistrationSort::Organisation => "organisation COLLATE NOCASE",
        RegistrationSort::Country => "country",
        RegistrationSort::Category => "category",
        RegistrationSort::Status => "status",
    };
    let direction = if q.descending { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT id, given_name, family_name, email, organisation, status, category, country FROM registrations
         WHERE deleted = 0 AND event_id = ?1 ORDER BY {}, id {direction}",
        order.split(", ").map(|o| format!("{o} {direction}")).collect::<Vec<_>>().join(", ")
    );
    let name = |v: serde_json::Value| v.as_str().unwrap().to_string();
    let (statuses, categories): (Vec<String>, Vec<String>) = (
        q.statuses.iter().map(|s| name(serde_json::to_value(s).unwrap())).collect(),
        q.categories.iter().map(|c| name(serde_json::to_value(c).unwrap())).collect(),
    );
    let regions: Vec<String> = q.regions.iter().flat_map(|r| r.countries()).collect();
    let typed = words(&q.search);
    let mut stmt = store.connection().prepare(&sql).unwrap();
    let rows = stmt
        .query_map([q.event_id.to_string()], |r| {
            (0..8).map(|i| r.get::<_, String>(i)).collect::<rusqlite::Result<Vec<String>>>()
        })
        .unwrap();
    let mut rows: Vec<Vec<String>> = rows.map(Result::unwrap).collect();
    // Words sort as the language shown reads them (English here): a name by family name, then given name.
    let collated = |r: &Vec<String>| -> Option<Vec<u8>> {
        let lang = q.lang.unwrap_or(Lang::En);
        match q.sort {
            RegistrationSort::Name => {
                let (family, given) = (dais_core::i18n::sort_key(lang, &r[2]), dais_core::i18n::sort_key(lang, &r[1]));
                Some([family, vec![0], given].concat())
            }
            RegistrationSort::Organisation => Some(dais_core::i18n::sort_key(lang, &r[4])),
            RegistrationSort::Country => Some(dais_core::i18n::sort_key(
                lang,
                dais_core::rules::country::country_name_in(&r[7], lang.code()).unwrap_or(&r[7]),
            )),
            _ => None,
        }
    };
    if matches!(q.sort, RegistrationSort::Name | RegistrationSort::Organisation | RegistrationSort::Country) {
        rows.sort_by_cached_key(|r| (collated(r), r[0].clone()));
        if q.descending {
            rows.reverse();
        }
    }
    rows.into_iter()
        .filter(|r| {
            let held: Vec<String> = r[1..5].iter().flat_map(|f| words(f)).collect();
            typed.iter().all(|t| held.iter().any(|w| w.starts_with(t.as_str())))
                && (statuses.is_empty() || statuses.contains(&r[5]))
                && (categories.is_empty() || categories.contains(&r[6]))
                && (q.countries.is_empty() || q.countries.iter().any(|c| c.eq_ignore_ascii_case(&r[7])))
                && (regions.is_empty() || regions.contains(&r[7]))
        })
        .map(|r| r[0].parse().unwrap())
        .collect()
}

#[test]
fn each_page_finds_what_sqlite_finds_in_its_order_and_follows_writes_from_here_and_elsewhere() {
    use dais_core::registrations::Region;
    let (dir, mut store) = workspace(3_000);
    let mut accented = bulk_registration(90_001);
    (accented.given_name, accented.family_name, accented.organisation) =
        ("Zoë".into(), "Müller-Lüdenscheidt".into(), "Université de Genève".into());
    store.save_registration(&accented).unwrap();
    let queries = [
        query(),
        RegistrationQuery { search: "f".into(), ..query() },
        RegistrationQuery { search: "family12".into(), sort: RegistrationSort::Name, ..query() },
        RegistrationQuery { search: "organisation 3".into(), descending: true, ..query() },
        RegistrationQuery { search: "zoe lud".into(), ..query() },
        RegistrationQuery { search: "GENEVE".into(), ..query() },
        RegistrationQuery { search: "example.org".into(), sort: RegistrationSort::Email, ..query() },
        RegistrationQuery { sort: RegistrationSort::Country, descending: true, ..query() },
        RegistrationQuery { sort: RegistrationSort::Organisation, ..query() },
        RegistrationQuery { sort: RegistrationSort::Category, ..query() },
        RegistrationQuery { statuses: vec![RegistrationStatus::Pending], sort: RegistrationSort::Status, ..query() },
        RegistrationQuery { regions: vec![Region::Asia], countries: vec!["JP".into()], ..query() },
        RegistrationQuery { categories: vec![ParticipantCategory::Academia], search: "given2".into(), ..query() },
    ];
    for q in &queries {
        let everything = store.registration_ids(q).unwrap();
        assert_eq!(everything, expected(&store, q), "select all finds what SQLite and the rule of search find: {q:?}");
        let mut paged = Vec::new();
        let mut offset = 0;
        loop {
            let page = store.registration_page(&RegistrationQuery { offset, limit: 1000, ..q.clone() }).unwrap();
            assert_eq!(page.matching as usize, everything.len(), "{q:?}");
            if page.rows.is_empty() {
                break;
            }
            offset += page.rows.len() as u32;
            paged.extend(page.rows.into_iter().map(|r| r.id));
        }
        assert_eq!(paged, everything, "the pages hold what select all finds: {q:?}");
    }
    let zoe = store.registration_page(&RegistrationQuery { search: "zoe lud".into(), ..query() }).unwrap();
    assert_eq!(zoe.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [accented.id], "diacritics folded");

    // A write here, then one by another program on the same file: the next page has each.
    let before = store.registration_page(&query()).unwrap().total;
    store.save_registration(&bulk_registration(90_002)).unwrap();
    assert_eq!(store.registration_page(&query()).unwrap().total, before + 1);
    let mut elsewhere = Store::open(&dir.path().join("ws.dais")).unwrap();
    elsewhere.save_registration(&bulk_registration(90_003)).unwrap();
    assert_eq!(store.registration_page(&query()).unwrap().total, before + 2);
}

#[test]
fn search_finds_a_name_in_every_script_as_it_is_typed() {
    let (_dir, mut store) = workspace(50);
    let people = [
        ("小明", "王", "清华大学"),
        ("مُحَمَّد", "عبد الله", "جامعة القاهرة"),
        ("Фёдор", "Достоевский", "Министерство связи"),
        ("नमस्ते", "शर्मा", "भारत सरकार"),
        ("Zoë", "Müller", "ETH Zürich"),
    ];
    for (n, (given, family, organisation)) in people.iter().enumerate() {
        let mut r = bulk_registration(5_000 + n);
        (r.given_name, r.family_name, r.organisation) =
            (given.to_string(), family.to_string(), organisation.to_string());
        store.save_registration(&r).unwrap();
    }
    let found = |typed: &str| {
        let page = store.registration_page(&RegistrationQuery { search: typed.into(), ..query() }).unwrap();
        names(&page)
    };
    for (typed, who) in [
        ("王小明", "小明 王"),
        ("小明", "小明 王"),
        ("大学", "小明 王"),
        ("华大", "小明 王"),
        ("محمد", "مُحَمَّد عبد الله"),
        ("مُحَمَّد", "مُحَمَّد عبد الله"),
        ("القاهره", "مُحَمَّد عبد الله"),
        ("федор", "Фёдор Достоевский"),
        ("ФЁДОР дост", "Фёдор Достоевский"),
        ("नमस्ते", "नमस्ते शर्मा"),
        ("शर्मा", "नमस्ते शर्मा"),
        ("zoe zurich", "Zoë Müller"),
    ] {
        assert_eq!(found(typed), vec![who.to_string()], "{typed:?}");
    }
    assert!(found("üller").is_empty(), "a Latin word is found by its beginning");
    // "Select all" and the participants list find what the table finds.
    let ids = store.registration_ids(&RegistrationQuery { search: "大学".into(), ..query() }).unwrap();
    assert_eq!(ids.len(), 1);
    let mut exported = Vec::new();
    store
        .each_registration(&RegistrationQuery { search: "محمد".into(), ..query() }, |r| {
            exported.push(r.family_name);
            Ok(())
        })
        .unwrap();
    assert_eq!(exported, ["عبد الله"]);
}
