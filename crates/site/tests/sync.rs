//! Sync between organisers' workspaces and a real site on 127.0.0.1: authentication, the protocol's rules, two
//! organisers editing the same entry, conflicts and their restore, and form registrations reaching every organiser.

use crate::sync_support::{Organiser, TestSite, form_registration};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;
use dais_sync::{PROTOCOL, PULL_PATH, PUSH_PATH, PushRequest, PushResponse};
use serde_json::{Value, json};

fn entry_titled(store: &Store, title: &str) -> Entry {
    store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == title).unwrap()
}

fn retitle(store: &mut Store, title: &str, new: &str) {
    let entry = entry_titled(store, title);
    store.save_entry(&Entry { title: new.into(), ..entry }).unwrap();
}

fn export(o: &Organiser) -> Value {
    o.with(|s| serde_json::to_value(s.export(demo_event_id()).unwrap()).unwrap())
}

#[test]
fn two_organisers_edit_the_same_entry_offline_and_both_end_with_one_value_and_the_conflict() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    alice.create_shared_demo();
    let first = alice.sync().unwrap();
    assert!(first.pushed > 20, "{first:?}");
    let got = bob.sync().unwrap();
    assert!(got.pulled >= first.pushed / 2, "{got:?}");
    assert_eq!(export(&alice), export(&bob), "Bob's first pull is Alice's meeting");

    // Both offline: Alice retitles the opening, then Bob does.
    alice.with(|s| retitle(s, "Opening and welcome", "Welcome (Alice)"));
    std::thread::sleep(std::time::Duration::from_millis(5));
    bob.with(|s| retitle(s, "Opening and welcome", "Welcome (Bob)"));
    assert_eq!(alice.with(|s| s.pending_count().unwrap()), 1);
    alice.sync().unwrap();
    bob.sync().unwrap();
    alice.sync().unwrap();
    assert_eq!(alice.with(|s| entry_titled(s, "Welcome (Bob)").id), bob.with(|s| entry_titled(s, "Welcome (Bob)").id));
    assert_eq!(export(&alice), export(&bob));

    // Both see what lost, who wrote each value, and that the winner still stands.
    for o in [&alice, &bob] {
        let conflicts = o.with(|s| s.conflicts().unwrap());
        assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
        let c = &conflicts[0];
        assert_eq!((c.superseded.field.as_str(), &c.superseded.value), ("title", &json!("Welcome (Alice)")));
        assert_eq!(c.superseded.winner_value, json!("Welcome (Bob)"));
        assert_eq!((c.superseded.author.as_str(), c.superseded.winner_author.as_str()), ("Alice", "Bob"));
        assert_eq!(c.subject.say(dais_core::Lang::En), "entry “Welcome (Bob)”");
        assert_eq!(c.subject.say(dais_core::Lang::Fr), "entrée « Welcome (Bob) »");
        assert!(c.open && c.lost_at <= c.won_at);
    }

    // Alice restores her title: it wins everywhere, and the conflict is settled.
    let id = alice.with(|s| s.conflicts().unwrap()[0].superseded.id);
    alice.with(|s| s.restore(id).unwrap());
    alice.sync().unwrap();
    bob.sync().unwrap();
    bob.with(|s| entry_titled(s, "Welcome (Alice)"));
    assert!(bob.with(|s| s.conflicts().unwrap()).iter().all(|c| !c.open));
    assert_eq!(export(&alice), export(&bob));
}

#[test]
fn a_registration_from_the_form_reaches_every_organiser_once() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    alice.create_shared_demo();
    alice.sync().unwrap();
    let demo_registrations = alice.with(|s| s.registrations(demo_event_id()).unwrap().len());

    // Registered in Spanish: the language the site's mails to her are in travels with the registration.
    let spanish = Registration { language: Some(Lang::Es), ..form_registration("ana.silva@example.org") };
    let first = site.state.storage.register(spanish).unwrap();
    let again = site.state.storage.register(form_registration("Ana.Silva@Example.org")).unwrap();
    assert!(first.created && !again.created);
    assert_eq!(site.store().pending_count().unwrap(), 0, "the site's own writes wait for no one");
    assert_eq!(again.registration.id, first.registration.id);

    for o in [&alice, &bob] {
        o.sync().unwrap();
        o.sync().unwrap();
        let registrations = o.with(|s| s.registrations(demo_event_id()).unwrap());
        assert_eq!(registrations.len(), demo_registrations + 1);
        assert_eq!(registrations.iter().filter(|r| r.email == "ana.silva@example.org").count(), 1);
        assert_eq!(o.with(|s| s.get::<Registration>(first.registration.id).unwrap().language), Some(Lang::Es));
    }
    // The organisers' decision and the registrant's fields are separate fields: approving does not touch them.
    alice.with(|s| {
        let mut r = s.get::<Registration>(first.registration.id).unwrap();
        r.decision =
            Decision { status: RegistrationStatus::Approved, decided_by: Some("Alice".into()), ..Decision::default() };
        s.save_registration(&r).unwrap();
    });
    alice.sync().unwrap();
    bob.sync().unwrap();
    let r = bob.with(|s| s.get::<Registration>(first.registration.id).unwrap());
    assert_eq!((r.decision.status, r.given_name.as_str()), (RegistrationStatus::Approved, "Ana"));
    assert_eq!(r.language, Some(Lang::Es), "the decision leaves the language as it was");
    assert!(bob.with(|s| s.conflicts().unwrap()).is_empty());

    // A registration an organiser takes by hand, in the language they know the registrant reads, reaches the site.
    let by_hand = alice.with(|s| {
        let new = NewRegistration {
            event_id: demo_event_id(),
            given_name: "Omar".into(),
            family_name: "Haddad".into(),
            name_order: None,
            email: "omar.haddad@example.jo".into(),
            organisation: "Telecommunications Regulatory Commission".into(),
            country: "JO".into(),
            category: ParticipantCategory::MemberStateAdministration,
            position: None,
            private_notes: String::new(),
            language: Some(Lang::Ar),
        };
        s.add_registration(&new, chrono::Utc::now()).unwrap()
    });
    alice.sync().unwrap();
    assert_eq!(site.store().get::<Registration>(by_hand.id).unwrap().language, Some(Lang::Ar));
}

#[test]
fn a_meeting_deleted_by_one_organiser_leaves_every_workspace_and_an_archive_follows_too() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    alice.create_shared_demo();
    alice.sync().unwrap();
    bob.sync().unwrap();
    assert_eq!(bob.with(|s| s.meetings().unwrap().len()), 1);

    let field = |v: bool| json!({ "archived": v }).as_object().unwrap().clone();
    let edit = Edit { id: demo_event_id(), changes: field(true), opened: field(false) };
    alice.with(|s| s.edit_event(&edit).unwrap());
    alice.sync().unwrap();
    bob.sync().unwrap();
    assert!(bob.with(|s| s.get::<Event>(demo_event_id()).unwrap()).archived, "an archive syncs");

    alice.with(|s| s.delete_meeting(demo_event_id()).unwrap());
    alice.sync().unwrap();
    bob.sync().unwrap();
    assert!(bob.with(|s| s.meetings().unwrap()).is_empty(), "Bob's list no longer has it");
    assert!(bob.with(|s| s.events().unwrap()).is_empty(), "nor its side event");
    assert!(site.store().meetings().unwrap().is_empty());
    assert!(alice.with(|s| s.conflicts().unwrap()).is_empty());
}

#[test]
fn focal_points_kept_by_one_organiser_reach_the_site_and_the_others() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    alice.create_shared_demo();
    let anna = alice.with(|s| {
        s.save_focal_point(&dais_core::FocalPointInput {
            id: None,
            event_id: demo_event_id(),
            country: "CH".into(),
            category: None,
            name: "Anna Keller".into(),
            email: "anna.keller@bakom.example.ch".into(),
        })
        .unwrap()
    });
    alice.sync().unwrap();
    bob.sync().unwrap();
    assert_eq!(site.store().focal_points(demo_event_id()).unwrap(), std::slice::from_ref(&anna), "the site has it");
    assert_eq!(bob.with(|s| s.focal_points(demo_event_id()).unwrap()), std::slice::from_ref(&anna));
    bob.with(|s| s.delete_focal_point(anna.id).unwrap());
    bob.sync().unwrap();
    alice.sync().unwrap();
    assert!(alice.with(|s| s.focal_points(demo_event_id()).unwrap()).is_empty(), "a removal syncs");
}

/// The push an organiser's sync would send: the whole outbox.
fn outbox_push(o: &Organiser) -> PushRequest {
    o.with(|s| PushRequest {
        protocol: PROTOCOL,
        client_id: s.replica_id(),
        mutations: s.outbox().unwrap(),
        cursor: None,
    })
}

fn raw(site: &TestSite, path: &str, token: Option<&str>, body: &Value) -> reqwest::blocking::Response {
    let mut request = reqwest::blocking::Client::new().post(format!("{}{path}", site.url)).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().unwrap()
}

#[test]
fn every_sync_call_needs_a_live_token_and_a_wrong_one_learns_nothing() {
    let site = TestSite::start();
    let token = site.token("Alice");
    let pull =
        json!({"protocol": PROTOCOL, "client_id": "00000000000000aa", "cursor": null, "limit": 10, "acknowledged": 0});
    assert_eq!(raw(&site, PULL_PATH, Some(&token), &pull).status(), 200);
    for wrong in [None, Some("dais_0000"), Some("not a token"), Some(&token[..token.len() - 1])] {
        let response = raw(&site, PULL_PATH, wrong, &pull);
        assert_eq!(response.status(), 401, "{wrong:?}");
        assert_eq!(response.text().unwrap(), "", "no detail for {wrong:?}");
        assert_eq!(raw(&site, PUSH_PATH, wrong, &json!({})).status(), 401);
    }
    site.state.tokens.revoke("Alice").unwrap();
    assert_eq!(raw(&site, PULL_PATH, Some(&token), &pull).status(), 401);
    // The token is stored hashed: it is nowhere in the token file.
    let file = std::fs::read(site.data.path().join(dais_site::TOKENS_FILE)).unwrap();
    assert!(!file.windows(token.len()).any(|w| w == token.as_bytes()));
}

#[test]
fn another_protocol_version_gets_a_clear_error() {
    let site = TestSite::start();
    let token = site.token("Alice");
    let response = raw(&site, PULL_PATH, Some(&token), &json!({"protocol": PROTOCOL + 1, "client_id": "x"}));
    assert_eq!(response.status(), 409);
    let body: Value = response.json().unwrap();
    assert_eq!(body["code"], "protocol_mismatch");
    assert!(body["message"].as_str().unwrap().contains("update the event site"), "{body}");
    let response = raw(&site, PUSH_PATH, Some(&token), &json!({"mutations": "garbage"}));
    assert_eq!(response.status(), 400);
    assert_eq!(response.json::<Value>().unwrap()["code"], "malformed");
}

#[test]
fn a_push_repeated_after_a_lost_response_applies_once() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.create_shared_demo();
    let token = alice.token.clone();
    let request = outbox_push(&alice);
    let last = request.mutations.last().unwrap().id;
    // The site commits, the answer is "lost": the laptop still has its outbox and sends it again, twice.
    for _ in 0..2 {
        let response = raw(&site, PUSH_PATH, Some(&token), &serde_json::to_value(&request).unwrap());
        assert_eq!(response.json::<PushResponse>().unwrap().last_mutation_id, last);
    }
    let report = alice.sync().unwrap();
    assert_eq!(report.pushed, request.mutations.len());
    assert_eq!(alice.with(|s| s.pending_count().unwrap()), 0);
    let server = site.store();
    assert_eq!(server.registrations(demo_event_id()).unwrap().len(), 5);
    assert!(server.superseded().unwrap().is_empty(), "re-applying the same edits loses nothing");
    assert_eq!(export(&alice), serde_json::to_value(server.export(demo_event_id()).unwrap()).unwrap());
}

#[test]
fn a_push_with_a_gap_is_refused_and_the_next_full_push_goes_through() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.create_shared_demo();
    let token = alice.token.clone();
    let mut request = outbox_push(&alice);
    request.mutations.remove(1);
    let response = raw(&site, PUSH_PATH, Some(&token), &serde_json::to_value(&request).unwrap());
    assert_eq!(response.status(), 422);
    assert_eq!(response.json::<Value>().unwrap()["code"], "rejected");
    assert!(site.store().meetings().unwrap().is_empty(), "a refused push applies nothing");
    alice.sync().unwrap();
    assert_eq!(site.store().meetings().unwrap().len(), 1);
}

/// A push that starts after changes the site never took is what a site put back from an earlier copy sees.
#[test]
fn a_push_that_starts_after_changes_the_site_lacks_says_the_site_was_restored() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.create_shared_demo();
    let mut request = outbox_push(&alice);
    request.mutations.remove(0);
    let response = raw(&site, PUSH_PATH, Some(&alice.token), &serde_json::to_value(&request).unwrap());
    assert_eq!(response.status(), 409);
    let body = response.json::<Value>().unwrap();
    assert_eq!(body["code"], "site_restored", "{body}");
    assert!(site.store().meetings().unwrap().is_empty(), "a refused push applies nothing");
}

/// Every real server is put back from a copy one day. The copy is made with `dais-site backup` while the site serves;
/// afterwards Alice retitles an entry, Bob changes a description and adds a speaker, a registrant signs up on the
/// form, all synced, and Carol (who only reads) pulls it all; Bob goes on offline. Then the site is put back from the
/// copy. The first laptop to sync finds the site behind its history and sends its rows again; every organiser ends
/// with every edit, on the site and on every laptop, and no one is stuck.
#[test]
fn a_site_restored_from_an_earlier_copy_gets_every_edit_back_and_strands_no_one() {
    let mut site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    let carol = Organiser::new(&site, "Carol");
    alice.create_shared_demo();
    for o in [&alice, &bob, &carol] {
        o.sync().unwrap();
    }

    let copy = tempfile::TempDir::new().unwrap();
    let backup = std::process::Command::new(env!("CARGO_BIN_EXE_dais-site"))
        .arg("--data")
        .arg(site.data.path())
        .args(["backup", "--to"])
        .arg(copy.path().join("site-data"))
        .output()
        .unwrap();
    assert!(backup.status.success(), "{}", String::from_utf8_lossy(&backup.stderr));

    alice.with(|s| retitle(s, "Opening and welcome", "Opening, after the copy"));
    let speaker = bob.with(|s| {
        let mut closing = entry_titled(s, "Closing");
        closing.description = "Described after the copy".into();
        s.save_entry(&closing).unwrap();
        let speaker =
            Speaker { family_name: "After-the-copy".into(), ..s.speakers(demo_event_id()).unwrap()[0].clone() };
        let speaker = Speaker { id: new_id(), ..speaker };
        s.save_speaker(&speaker).unwrap();
        speaker.id
    });
    let registrant = site.state.storage.register(form_registration("after.the.copy@example.org")).unwrap();
    for o in [&alice, &bob, &carol] {
        o.sync().unwrap();
    }
    bob.with(|s| retitle(s, "Closing", "Closing, offline"));

    site.restore(&copy.path().join("site-data"));
    let before = site.store();
    assert!(before.get::<Speaker>(speaker).is_err(), "the copy is older than Bob's speaker");
    drop(before);

    // Carol only read: she holds everyone's edits, the registrant's too, and gives them back.
    let report = carol.sync().unwrap();
    assert!(report.reset, "{report:?}");
    let server = site.store();
    assert_eq!(server.get::<Speaker>(speaker).unwrap().family_name, "After-the-copy");
    assert_eq!(server.get::<Registration>(registrant.registration.id).unwrap().email, "after.the.copy@example.org");
    entry_titled(&server, "Opening, after the copy");
    drop(server);
    for o in [&alice, &bob] {
        let report = o.sync().unwrap();
        assert!(report.reset, "{report:?}");
    }
    for o in [&alice, &bob, &carol] {
        o.sync().unwrap();
        assert_eq!(o.with(|s| s.pending_count().unwrap()), 0);
    }
    let server = site.store();
    let closing = entry_titled(&server, "Closing, offline");
    assert_eq!(closing.description, "Described after the copy");
    assert_eq!(
        server.registrations(demo_event_id()).unwrap().iter().filter(|r| r.email.starts_with("after.")).count(),
        1
    );
    let expected = serde_json::to_value(server.export(demo_event_id()).unwrap()).unwrap();
    for o in [&alice, &bob, &carol] {
        assert_eq!(export(o), expected);
    }
    assert!(alice.with(|s| s.conflicts().unwrap()).is_empty(), "a restore is no conflict of anyone's");

    // Syncs after that are ordinary again: nothing is sent twice.
    alice.with(|s| retitle(s, "Opening, after the copy", "Opening, after the restore"));
    let report = alice.sync().unwrap();
    assert!(!report.reset && report.pushed == 1, "{report:?}");
    bob.sync().unwrap();
    bob.with(|s| entry_titled(s, "Opening, after the restore"));
}

#[test]
fn a_push_over_the_size_the_site_takes_is_refused_whole_and_the_client_sends_it_in_batches() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.with(|s| {
        create_demo(s).unwrap();
        s.share(demo_event_id()).unwrap();
        let opening = entry_titled(s, "Opening and welcome");
        s.write(|w| {
            for i in 0..dais_sync::MAX_PUSH {
                w.put(&Entry { id: new_id(), title: format!("Entry {i}"), ..opening.clone() })?;
            }
            Ok(())
        })
        .unwrap();
    });
    let request = outbox_push(&alice);
    assert!(request.mutations.len() > dais_sync::MAX_PUSH);
    let response = raw(&site, PUSH_PATH, Some(&alice.token), &serde_json::to_value(&request).unwrap());
    assert_eq!(response.status(), 413);
    assert_eq!(response.json::<Value>().unwrap()["code"], "too_large");
    assert!(site.store().meetings().unwrap().is_empty(), "a refused push applies nothing");
    alice.sync().unwrap();
    assert_eq!(alice.with(|s| s.pending_count().unwrap()), 0);
    assert_eq!(export(&alice), serde_json::to_value(site.store().export(demo_event_id()).unwrap()).unwrap());

    // A colleague's first pull: one page of over 1,000 rows, applied in several short transactions, arrives whole,
    // and the next sync has nothing more to bring.
    let bob = Organiser::new(&site, "Bob");
    let first = bob.sync().unwrap();
    assert!(first.pulled > 1_000, "{first:?}");
    assert_eq!(export(&bob), export(&alice));
    assert_eq!(bob.sync().unwrap().pulled, 0);
}

#[test]
fn a_token_cannot_push_as_another_organisers_workspace_nor_stamp_as_someone_else() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.create_shared_demo();
    alice.sync().unwrap();
    alice.with(|s| retitle(s, "Opening and welcome", "Opening by Alice"));
    let mallory = site.token("Mallory");

    // Mallory replays Alice's next change under Alice's client id: refused, so Alice's own push is not "already applied".
    let stolen = outbox_push(&alice);
    let response = raw(&site, PUSH_PATH, Some(&mallory), &serde_json::to_value(&stolen).unwrap());
    assert_eq!(response.status(), 422);
    let message = response.json::<Value>().unwrap()["message"].as_str().unwrap().to_string();
    assert!(message.contains("Alice's token"), "{message}");
    alice.sync().unwrap();
    assert_eq!(entry_titled(&site.store(), "Opening by Alice").title, "Opening by Alice");

    // Under a client id of her own, Mallory cannot stamp a change as Alice's workspace or as the registration form.
    let opening = entry_titled(&site.store(), "Opening by Alice");
    let site_node = site.store().replica_id();
    for (node, client_id) in
        [(alice.with(|s| s.replica_id()), "00000000000000aa"), (site_node.clone(), site_node.as_str())]
    {
        let stamp =
            storage::Hlc { millis: storage::now_millis(), counter: 0, node: u64::from_str_radix(&node, 16).unwrap() };
        let mutation = Mutation {
            id: 1,
            entity: "entries".into(),
            row_id: opening.id.to_string(),
            hlc: stamp.to_string(),
            changes: [("title".to_string(), json!("Forged"))].into_iter().collect(),
            base: Default::default(),
        };
        let request =
            PushRequest { protocol: PROTOCOL, client_id: client_id.into(), mutations: vec![mutation], cursor: None };
        let response = raw(&site, PUSH_PATH, Some(&mallory), &serde_json::to_value(&request).unwrap());
        assert_eq!(response.status(), 422, "stamped as {node} under {client_id}");
    }
    assert_eq!(entry_titled(&site.store(), "Opening by Alice").title, "Opening by Alice", "nothing forged applied");
}

#[test]
fn a_stamp_from_a_clock_far_ahead_is_brought_back_and_does_not_win_forever() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    alice.create_shared_demo();
    alice.sync().unwrap();
    bob.sync().unwrap();
    // Alice's laptop thinks it is next year.
    let opening = alice.with(|s| entry_titled(s, "Opening and welcome"));
    let year_ahead = storage::Hlc { millis: storage::now_millis() + 365 * 86_400_000, counter: 0, node: 1 };
    let token = site.token("Alice's clock");
    let changes: serde_json::Map<String, Value> =
        [("title".to_string(), json!("From the future"))].into_iter().collect();
    let mutation = Mutation {
        id: 1,
        entity: "entries".into(),
        row_id: opening.id.to_string(),
        hlc: year_ahead.to_string(),
        changes,
        base: Default::default(),
    };
    let request = PushRequest {
        protocol: PROTOCOL,
        client_id: "0000000000000001".into(),
        mutations: vec![mutation],
        cursor: None,
    };
    assert_eq!(raw(&site, PUSH_PATH, Some(&token), &serde_json::to_value(&request).unwrap()).status(), 200);
    let stamp = site.store().clock::<Entry>(opening.id, "title").unwrap();
    assert!(stamp.millis <= storage::now_millis(), "clamped to the site's now: {stamp}");
    // So Bob's later edit wins, as the people involved would expect.
    std::thread::sleep(std::time::Duration::from_millis(5));
    bob.sync().unwrap();
    bob.with(|s| retitle(s, "From the future", "Opening and welcome"));
    bob.sync().unwrap();
    alice.sync().unwrap();
    alice.with(|s| entry_titled(s, "Opening and welcome"));
}

#[test]
fn a_cursor_the_site_does_not_know_reloads_everything() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    alice.create_shared_demo();
    alice.sync().unwrap();
    bob.sync().unwrap();
    // Bob's cursor names a copy of the site's data that is gone (restored from a backup, say).
    bob.with(|s| {
        s.connection().execute("UPDATE entries SET title = 'stale' WHERE title = 'Closing'", []).unwrap();
        s.connection().execute("UPDATE meta SET value = 'oldepoch.99999' WHERE key = 'cursor'", []).unwrap();
    });
    let report = bob.sync().unwrap();
    assert!(report.reset && report.pulled > 20, "{report:?}");
    assert_eq!(export(&alice), export(&bob));
}

/// A laptop that bypasses the app's checks (an old version, a script writing the file) pushes a meeting in an unknown
/// zone and an entry that ends before it starts. The site applies neither (its pages keep answering), names each
/// refused field, applies the valid change beside them, and the laptop takes the site's values back: never stuck.
#[test]
fn a_pushed_change_that_breaks_the_rules_is_refused_at_its_field_and_the_laptop_takes_the_sites_value_back() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.create_shared_demo();
    alice.sync().unwrap();

    let closing = alice.with(|s| {
        retitle(s, "Opening and welcome", "Opening");
        let event: Event = s.get(demo_event_id()).unwrap();
        let closing = entry_titled(s, "Closing");
        s.write(|w| {
            w.put(&Event { zone: "Mars/Olympus".into(), ..event })?;
            let backwards =
                Slot { starts_at: closing.slot.ends_at, ends_at: closing.slot.starts_at, ..closing.slot.clone() };
            w.put(&Entry { slot: backwards, ..closing.clone() })
        })
        .unwrap();
        closing
    });
    let report = alice.sync().unwrap();

    let refused: Vec<(String, String, Vec<String>)> = report
        .refused
        .iter()
        .map(|r| (r.entity.clone(), r.row_id.clone(), r.fields.iter().map(|f| f.field.clone()).collect()))
        .collect();
    assert_eq!(
        refused,
        [
            ("events".to_string(), demo_event_id().to_string(), vec!["zone".to_string()]),
            ("entries".to_string(), closing.id.to_string(), vec!["slot".to_string()]),
        ]
    );
    assert!(
        report.refused[0].fields[0].message.say(dais_core::Lang::En).contains("Mars/Olympus"),
        "{:?}",
        report.refused[0]
    );
    assert!(report.refused[0].to_string().contains("event"), "{}", report.refused[0]);

    // The site kept its values, applied the valid change, and every page of the meeting still answers.
    let on_site = site.store();
    assert_eq!(on_site.get::<Event>(demo_event_id()).unwrap().zone, "Europe/Zurich");
    assert_eq!(on_site.get::<Entry>(closing.id).unwrap().slot, closing.slot);
    assert!(
        on_site.entries(demo_event_id()).unwrap().iter().any(|e| e.title == "Opening"),
        "the valid change is applied"
    );
    alice.publish().unwrap();
    for page in ["", "/programme", "/speakers", "/programme.ics", "/schedule.json"] {
        let url = format!("{}/events/{}{page}", site.url, demo_event_id());
        assert_eq!(reqwest::blocking::get(&url).unwrap().status(), 200, "{url}");
    }

    // The laptop has the site's values back, nothing waits, and the next sync is clean.
    alice.with(|s| {
        assert_eq!(s.get::<Event>(demo_event_id()).unwrap().zone, "Europe/Zurich");
        assert_eq!(s.get::<Entry>(closing.id).unwrap().slot, closing.slot);
        assert_eq!(s.pending_count().unwrap(), 0);
    });
    assert!(alice.sync().unwrap().refused.is_empty());
}

/// Every file of a replica's folder (the SQLite file, its WAL and shared memory), after a checkpoint, as bytes.
fn files_after_checkpoint(dir: &std::path::Path, data_file: &str) -> Vec<(String, Vec<u8>)> {
    let store = Store::open(&dir.join(data_file)).unwrap();
    store.connection().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get::<_, i64>(0)).unwrap();
    let files = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    drop(store);
    files
}

/// A registrant asks to be removed. Their registration had a note, a conflict over that note (kept as a superseded
/// value on the site and both laptops), and an edit by Bob still waiting offline. Alice erases it; after both sync,
/// the registrant's email, name and notes are in no file of any replica (the site's, Alice's, Bob's: the databases and
/// their WALs, after a checkpoint), only the id stays, and Bob's late edit brings nothing back.
#[test]
fn an_erased_registrant_is_in_no_file_of_any_replica_after_sync() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    let bob = Organiser::new(&site, "Bob");
    alice.create_shared_demo();
    alice.sync().unwrap();
    let email = "erase.me.please@example.org";
    let mut form = form_registration(email);
    form.given_name = "Zenobia".into();
    form.family_name = "Quillfeather".into();
    let id = site.state.storage.register(form).unwrap().registration.id;
    alice.sync().unwrap();
    bob.sync().unwrap();
    let note = |o: &Organiser, text: &str| {
        o.with(|s| {
            let r = s.get::<Registration>(id).unwrap();
            s.save_registration(&Registration { private_notes: text.into(), ..r }).unwrap();
        })
    };
    note(&alice, "Alice: wheelchair access requested");
    note(&bob, "Bob: arrives late, wheelchair access");
    alice.sync().unwrap();
    bob.sync().unwrap();
    alice.sync().unwrap();
    assert!(!alice.with(|s| s.conflicts().unwrap()).is_empty(), "the two notes make a conflict");
    note(&bob, "Bob: offline note about the wheelchair");

    alice.with(|s| s.erase_registration(id).unwrap());
    assert!(alice.with(|s| s.get::<Registration>(id)).is_err());
    alice.sync().unwrap();
    bob.sync().unwrap();
    alice.sync().unwrap();

    let secrets: [&[u8]; 4] = [email.as_bytes(), b"Quillfeather", b"Zenobia", b"wheelchair"];
    let replicas = [
        (site.data.path().to_path_buf(), dais_site::DATA_FILE),
        (alice.dir.path().to_path_buf(), "workspace.dais"),
        (bob.dir.path().to_path_buf(), "workspace.dais"),
    ];
    for (dir, file) in &replicas {
        for (path, bytes) in files_after_checkpoint(dir, file) {
            for secret in secrets {
                assert!(
                    !bytes.windows(secret.len()).any(|w| w == secret),
                    "{} is still in {path}",
                    String::from_utf8_lossy(secret)
                );
            }
        }
        let store = Store::open(&dir.join(file)).unwrap();
        assert!(store.get::<Registration>(id).is_err());
        assert_eq!(store.erased().unwrap(), [ErasedRow { entity: "registrations".into(), row_id: id.to_string() }]);
    }
    for o in [&alice, &bob] {
        assert_eq!(o.with(|s| s.pending_count().unwrap()), 0);
        assert!(o.with(|s| s.conflicts().unwrap()).iter().all(|c| c.superseded.row_id != id.to_string()));
    }
    assert_eq!(export(&alice), export(&bob));
}

/// The public pages read from handles of their own: a push that waits for the database (here another program holds
/// its write lock) does not hold them up. The programme page answers while the push is still waiting; the push goes
/// through once the lock is released.
#[test]
fn a_public_page_answers_while_a_push_waits_for_the_database() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.create_shared_demo();
    alice.publish().unwrap();
    alice.with(|s| retitle(s, "Opening and welcome", "Opening, pushed while locked"));

    let other = rusqlite::Connection::open(site.data.path().join(dais_site::DATA_FILE)).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let push = std::thread::spawn(move || {
        let report = alice.sync();
        (alice, report)
    });
    // Long enough for the push to be inside the site, waiting for the lock (the site waits up to 5 s).
    std::thread::sleep(std::time::Duration::from_millis(500));
    let page = reqwest::blocking::get(format!("{}/events/{}/programme", site.url, demo_event_id())).unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().unwrap().contains("Opening and welcome"), "the page shows the last commit");
    assert!(!push.is_finished(), "the page answered while the push was still waiting");
    other.execute_batch("ROLLBACK").unwrap();
    let (alice, report) = push.join().unwrap();
    report.unwrap();
    assert_eq!(alice.with(|s| s.pending_count().unwrap()), 0);
    entry_titled(&site.store(), "Opening, pushed while locked");
}

/// A token limited to one meeting (`dais-site token create --meeting ID`) reads that meeting only, and every change it
/// pushes to another meeting's rows, or to make a meeting of its own, is refused at its field while its changes to its
/// own meeting go through.
#[test]
fn a_token_limited_to_a_meeting_reads_and_changes_that_meeting_only() {
    let site = TestSite::start();
    let alice = Organiser::new(&site, "Alice");
    alice.create_shared_demo();
    let (other, other_entry, other_registrant) = alice.with(|s| {
        let demo: Event = s.get(demo_event_id()).unwrap();
        let opening = entry_titled(s, "Opening and welcome");
        let other = Event { id: new_id(), title: "Another meeting".into(), short_title: "Other".into(), ..demo };
        let entry = Entry { id: new_id(), event_id: other.id, title: "Their opening".into(), ..opening };
        let registrant = Registration { event_id: other.id, ..form_registration("other.meeting@example.org") };
        s.write(|w| {
            w.put(&other)?;
            w.put(&entry)?;
            w.put(&registrant)
        })
        .unwrap();
        s.share(other.id).unwrap();
        (other.id, entry.id, registrant.id)
    });
    alice.sync().unwrap();

    let bob = Organiser::covering(&site, "Bob", &Meetings::Only(vec![demo_event_id()]));
    bob.sync().unwrap();
    bob.with(|s| {
        assert_eq!(s.meetings().unwrap().iter().map(|m| m.id).collect::<Vec<_>>(), [demo_event_id()]);
        assert!(s.get::<Event>(other).is_err() && s.get::<Entry>(other_entry).is_err());
        assert!(s.get::<Registration>(other_registrant).is_err(), "another meeting's registrants stay unseen");
        assert!(!s.registrations(demo_event_id()).unwrap().is_empty());
    });

    // Under a workspace id of his own, Bob retitles the other meeting's entry, moves it into his meeting, and makes a
    // meeting of his own: each is refused at its field.
    let node = 0xbb_u64;
    let stamp = |n: u64| storage::Hlc { millis: storage::now_millis(), counter: n as u32, node }.to_string();
    let change = |id: i64, entity: &str, row: uuid::Uuid, field: &str, value: Value| Mutation {
        id,
        entity: entity.into(),
        row_id: row.to_string(),
        hlc: stamp(id as u64),
        changes: [(field.to_string(), value)].into_iter().collect(),
        base: Default::default(),
    };
    let demo: Event = site.store().get(demo_event_id()).unwrap();
    let own = Event { id: new_id(), title: "Bob's meeting".into(), ..demo };
    let mut own_meeting = change(3, "events", own.id, "title", json!(own.title));
    own_meeting.changes = serde_json::to_value(&own).unwrap().as_object().unwrap().clone();
    own_meeting.changes.remove("id");
    let mutations = vec![
        change(1, "entries", other_entry, "title", json!("Retitled by Bob")),
        change(2, "entries", other_entry, "event_id", json!(demo_event_id())),
        own_meeting,
    ];
    let request = PushRequest { protocol: PROTOCOL, client_id: format!("{node:016x}"), mutations, cursor: None };
    let response = raw(&site, PUSH_PATH, Some(&bob.token), &serde_json::to_value(&request).unwrap());
    assert_eq!(response.status(), 200);
    let answer: PushResponse = response.json().unwrap();
    let refused: Vec<(i64, &str)> =
        answer.refused.iter().map(|r| (r.mutation_id, r.fields[0].field.as_str())).collect();
    assert_eq!(refused, [(1, "event_id"), (2, "event_id"), (3, "parent_event_id")], "{:?}", answer.refused);
    assert!(
        answer.refused[0].fields[0].message.say(dais_core::Lang::En).contains(&demo_event_id().to_string()),
        "{:?}",
        answer.refused
    );
    let server = site.store();
    assert_eq!(server.get::<Entry>(other_entry).unwrap().title, "Their opening");
    assert_eq!(server.get::<Entry>(other_entry).unwrap().event_id, other);
    assert!(server.get::<Event>(own.id).is_err());
    drop(server);

    // His own meeting he changes as any organiser.
    bob.with(|s| retitle(s, "Opening and welcome", "Opening, by Bob"));
    let report = bob.sync().unwrap();
    assert!(report.refused.is_empty(), "{report:?}");
    entry_titled(&site.store(), "Opening, by Bob");
}
