//! Sharing and publishing: a meeting stays on the laptop until shared; the public sees only numbered versions, each
//! with what changed since the one before.

use chrono::{DateTime, Duration, Utc};
use dais_core::publication::{Change, Edition};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;
use tempfile::TempDir;
use uuid::Uuid;

fn site() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_site(&dir.path().join("site.dais")).unwrap();
    create_demo(&mut store).unwrap();
    (dir, store)
}

fn entry(store: &Store, title: &str) -> Entry {
    store.entries(demo_event_id()).unwrap().into_iter().find(|e| e.title == title).unwrap()
}

fn now() -> DateTime<Utc> {
    "2025-10-20T09:00:00Z".parse().unwrap()
}

#[test]
fn a_new_meeting_stays_on_the_laptop_until_shared_then_goes_whole_and_its_edits_follow() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    assert!(!store.is_shared(demo_event_id()).unwrap());
    let mut opening = entry(&store, "Opening and welcome");
    opening.title = "Welcome".into();
    store.save_entry(&opening).unwrap();
    assert_eq!(store.pending_count().unwrap(), 0, "a local meeting's edits stay on the laptop");

    assert!(store.share(demo_event_id()).unwrap());
    assert!(store.is_shared(demo_event_id()).unwrap());
    let rows = store.export(demo_event_id()).unwrap();
    let expected = 2 + rows.entries.len() + rows.speakers.len() + rows.participations.len() + rows.registrations.len();
    let outbox = store.outbox().unwrap();
    assert_eq!(outbox.len(), expected, "every row of the meeting and its side event, once");
    let sent = outbox.iter().find(|m| m.row_id == opening.id.to_string()).unwrap();
    assert_eq!(sent.changes["title"], "Welcome", "a row goes as it stands now");
    assert!(!store.share(demo_event_id()).unwrap(), "sharing twice sends nothing again");

    opening.title = "Opening and welcome".into();
    store.save_entry(&opening).unwrap();
    assert_eq!(store.pending_count().unwrap() as usize, expected + 1, "a shared meeting's edits are logged");
}

#[test]
fn each_version_lists_what_changed_and_entries_keep_their_place_in_calendars() {
    let (_dir, mut site) = site();
    let v1 = site.publish(demo_event_id(), "Alice", None, now()).unwrap();
    assert_eq!((v1.version, v1.unchanged), (1, false));
    let first = site.published(demo_event_id()).unwrap().unwrap();
    assert!(matches!(first.changes.as_slice(), [Change::First { .. }]), "{:?}", first.changes);

    // Nothing changed: no version.
    let again = site.publish(demo_event_id(), "Alice", None, now()).unwrap();
    assert_eq!((again.version, again.unchanged), (1, true));

    // Moved, retitled, cancelled (made a draft), added; a speaker withdraws consent, another is added.
    let mut opening = entry(&site, "Opening and welcome");
    opening.slot.starts_at += Duration::minutes(30);
    opening.slot.ends_at += Duration::minutes(30);
    let mut closing = entry(&site, "Closing");
    closing.title = "Closing remarks".into();
    let mut keynote = entry(&site, "Updates from the U4SSC working groups");
    keynote.public = false;
    let block = site.entries(demo_event_id()).unwrap().into_iter().find(|e| e.kind == EntryKind::Block).unwrap();
    let added = Entry {
        id: new_id(),
        event_id: demo_event_id(),
        kind: EntryKind::Item,
        block_id: Some(block.id),
        linked_event_id: None,
        title: "Questions from the floor".into(),
        description: String::new(),
        slot: Slot { starts_at: block.slot.ends_at - Duration::minutes(5), ends_at: block.slot.ends_at, place: None },
        public: true,
    };
    let speakers = site.speakers(demo_event_id()).unwrap();
    let mut leaving = speakers.iter().find(|s| publication::is_listed(s)).unwrap().clone();
    leaving.consent_to_publish = false;
    let mut joining = Speaker::blank(demo_event_id());
    joining.given_name = "Grace".into();
    joining.family_name = "Hopper".into();
    joining.status = SpeakerStatus::Confirmed;
    joining.consent_to_publish = true;
    site.write(|w| {
        for e in [&opening, &closing, &keynote, &added] {
            w.put(e)?;
        }
        w.put(&leaving)?;
        w.put(&joining)?;
        Ok(())
    })
    .unwrap();

    let preview = site.preview(demo_event_id(), dais_core::Lang::En).unwrap();
    assert_eq!((preview.current, preview.next), (Some(1), 2));
    let later = now() + Duration::days(1);
    let v2 = site.publish(demo_event_id(), "Bob", Some(&preview.digest), later).unwrap();
    assert_eq!(v2.version, 2);
    let second = site.published(demo_event_id()).unwrap().unwrap();
    let changes = &second.changes;
    let has = |f: &dyn Fn(&Change) -> bool| changes.iter().any(f);
    assert!(has(&|c| matches!(c, Change::Moved { entry, .. } if entry.id == opening.id)), "{changes:?}");
    assert!(has(&|c| matches!(c, Change::Retitled { entry, from } if entry.id == closing.id && from == "Closing")));
    assert!(has(&|c| matches!(c, Change::Cancelled { entry } if entry.id == keynote.id)));
    assert!(has(&|c| matches!(c, Change::Added { entry } if entry.id == added.id)));
    assert!(has(&|c| matches!(c, Change::SpeakerRemoved { speaker, .. } if *speaker == leaving.id)));
    assert!(has(&|c| matches!(c, Change::SpeakerAdded { name, .. } if name == "Grace Hopper")));
    assert_eq!(preview.changes.len(), changes.len(), "the preview said what was published: {:?}", preview.changes);
    assert!(
        preview
            .changes
            .iter()
            .any(|c| c == "Moved: Opening and welcome from Fri 31 Oct 11:00-11:10 CET to Fri 31 Oct 11:30-11:40 CET"),
        "{:?}",
        preview.changes
    );

    let history = second.history.unwrap();
    let seq = |id: Uuid| history.entries[&id].sequence;
    assert_eq!(seq(opening.id), 1, "a moved entry's calendar event is raised");
    assert_eq!(seq(added.id), 0);
    assert_eq!(seq(keynote.id), 1);
    assert!(history.cancelled.iter().any(|e| e.id == keynote.id));
    assert_eq!(history.entries[&opening.id].version, 2);
    let untouched = first
        .edition
        .unwrap()
        .entries
        .into_iter()
        .find(|e| e.id != opening.id && e.id != closing.id && e.id != keynote.id)
        .unwrap();
    assert_eq!(
        (seq(untouched.id), history.entries[&untouched.id].version),
        (0, 1),
        "an unchanged entry keeps its place"
    );

    let versions = site.versions(demo_event_id()).unwrap();
    assert_eq!(versions.iter().map(|v| v.version).collect::<Vec<_>>(), [2, 1]);
}

#[test]
fn a_publish_of_other_content_than_previewed_publishes_nothing() {
    let (_dir, mut site) = site();
    let preview = site.preview(demo_event_id(), dais_core::Lang::En).unwrap();
    assert_eq!((preview.current, preview.next), (None, 1));
    let mut opening = entry(&site, "Opening and welcome");
    opening.title = "Changed by a colleague".into();
    site.save_entry(&opening).unwrap();
    let err = site.publish(demo_event_id(), "Alice", Some(&preview.digest), now()).unwrap_err();
    assert_eq!(err.code(), "changed_since_preview");
    assert!(site.published(demo_event_id()).unwrap().is_none());
}

#[test]
fn a_withdrawn_meeting_is_off_the_site_until_the_next_publish() {
    let (_dir, mut site) = site();
    site.publish(demo_event_id(), "Alice", None, now()).unwrap();
    assert!(site.withdraw(demo_event_id(), "Alice", now()).unwrap());
    assert!(site.published(demo_event_id()).unwrap().unwrap().withdrawn);
    assert!(site.published_meetings(Lang::En).unwrap().is_empty());
    let preview = site.preview(demo_event_id(), dais_core::Lang::En).unwrap();
    assert_eq!(preview.current, None);
    assert!(preview.changes.iter().any(|c| c.contains("Back on the public site")), "{:?}", preview.changes);
    let back = site.publish(demo_event_id(), "Alice", None, now()).unwrap();
    assert_eq!((back.version, back.unchanged), (2, false));
    assert_eq!(site.published_meetings(Lang::En).unwrap().len(), 1);
}

#[test]
fn an_edition_holds_no_email_note_or_registration() {
    let (_dir, mut site) = site();
    for mut s in site.speakers(demo_event_id()).unwrap() {
        s.email = Some(format!("{}@private.example", s.family_name.to_lowercase()));
        s.private_notes = "PRIVATE-NOTE".into();
        s.status = SpeakerStatus::Confirmed;
        s.consent_to_publish = true;
        site.save_speaker(&s).unwrap();
    }
    site.publish(demo_event_id(), "Alice", None, now()).unwrap();
    let edition: Edition = site.published(demo_event_id()).unwrap().unwrap().edition.unwrap();
    let text = serde_json::to_string(&edition).unwrap();
    assert!(!text.contains("private.example") && !text.contains("PRIVATE-NOTE"), "{text}");
    for r in site.registrations(demo_event_id()).unwrap() {
        assert!(!text.contains(&r.email) && !text.contains(&r.family_name), "{}", r.email);
    }
    let preview = site.preview(demo_event_id(), dais_core::Lang::En).unwrap();
    let fields: Vec<&String> = preview.public_fields.iter().flat_map(|f| &f.fields).collect();
    assert!(fields.iter().all(|f| !f.contains("email") && !f.contains("note")), "{fields:?}");
    assert!(fields.iter().any(|f| *f == "bio"), "{fields:?}");
}

#[test]
fn the_app_sees_which_version_each_entry_was_last_published_in_and_what_changed_since() {
    use dais_core::publication::EntryPublication::{ChangedSince, HeldBack, New, Published};
    let (_dir, mut site) = site();
    let state = |site: &Store, title: &str| {
        site.programme_publication(demo_event_id()).unwrap().entries.get(&entry(site, title).id).copied()
    };
    let before = site.programme_publication(demo_event_id()).unwrap();
    assert_eq!(before.version, None);
    assert_eq!(state(&site, "Opening and welcome"), Some(New), "public, never published");
    assert_eq!(state(&site, "Any other business"), None, "a draft is not on the way to the public");

    site.publish(demo_event_id(), "Alice", None, now()).unwrap();
    assert_eq!(site.programme_publication(demo_event_id()).unwrap().version, Some(1));
    assert_eq!(state(&site, "Opening and welcome"), Some(Published { version: 1 }));

    let mut opening = entry(&site, "Opening and welcome");
    opening.title = "Welcome".into();
    site.save_entry(&opening).unwrap();
    let mut webinar = entry(&site, "Updates from the U4SSC thematic groups");
    webinar.slot.ends_at += Duration::minutes(5);
    site.save_entry(&webinar).unwrap();
    let mut block = entry(&site, "U4SSC meeting (continued)");
    let item =
        site.entries(demo_event_id()).unwrap().into_iter().find(|e| e.block_id == Some(block.id) && e.public).unwrap();
    block.public = false;
    site.save_entry(&block).unwrap();
    assert_eq!(state(&site, "Welcome"), Some(ChangedSince { version: 1 }), "retitled since version 1");
    assert_eq!(state(&site, &webinar.title), Some(ChangedSince { version: 1 }), "moved since version 1");
    assert_eq!(state(&site, &item.title), Some(HeldBack), "public, but its block is a draft now");
    assert_eq!(state(&site, "U4SSC meeting (continued)"), None);

    site.publish(demo_event_id(), "Alice", None, now() + Duration::hours(1)).unwrap();
    let after = site.programme_publication(demo_event_id()).unwrap();
    assert_eq!(after.version, Some(2));
    assert_eq!(state(&site, "Welcome"), Some(Published { version: 2 }), "last published in version 2");
    let unchanged = entry(&site, "Updates from the U4SSC working groups");
    assert_eq!(after.entries[&unchanged.id], Published { version: 1 }, "unchanged since version 1");

    let mut aob = entry(&site, "Any other business");
    aob.public = true;
    site.save_entry(&aob).unwrap();
    assert_eq!(state(&site, "Any other business"), Some(HeldBack), "its block is still a draft");
    block.public = true;
    site.save_entry(&block).unwrap();
    assert_eq!(state(&site, "Any other business"), Some(New), "public now, in no version yet");
    assert_eq!(state(&site, &item.title), Some(New), "taken off in version 2, not back in any version yet");
}

#[test]
fn the_preview_says_in_the_organisers_words_what_becomes_public_and_apart_what_the_site_keeps_for_its_work() {
    let (_dir, mut site) = site();
    for mut s in site.speakers(demo_event_id()).unwrap() {
        s.status = SpeakerStatus::Confirmed;
        s.consent_to_publish = true;
        site.save_speaker(&s).unwrap();
    }
    let preview = site.preview(demo_event_id(), dais_core::Lang::En).unwrap();
    let words = |fields: &[dais_core::publication::EditionFields]| -> Vec<String> {
        fields.iter().flat_map(|f| f.fields.iter().cloned()).collect()
    };
    let (public, kept) = (words(&preview.public_fields), words(&preview.kept_by_site));
    assert!(public.iter().any(|f| f == "times and place") && public.iter().any(|f| f == "bio"), "{public:?}");
    assert!(!public.iter().any(|f| f.contains("online link") || f.contains("archived")), "{public:?}");
    assert!(kept.iter().any(|f| f.contains("online link")), "{kept:?}");
    // No database column's name: every field has the organiser's words.
    for field in public.iter().chain(&kept) {
        assert!(!field.ends_with(" id") && !field.contains('_'), "{field:?} is a column's name");
    }
}

#[test]
fn the_preview_and_the_speakers_list_say_which_speakers_the_site_leaves_out_and_why() {
    let (_dir, mut store) = site();
    let event = demo_event_id();
    let opening = entry(&store, "Opening and welcome");
    let mut newcomer = Speaker::blank(event);
    (newcomer.given_name, newcomer.family_name) = ("Aminata".into(), "Diallo".into());
    store.save_speaker(&newcomer).unwrap();
    let mut declined = Speaker::blank(event);
    (declined.given_name, declined.family_name, declined.status) =
        ("Dara".into(), "Okafor".into(), SpeakerStatus::Declined);
    declined.consent_to_publish = true;
    store.save_speaker(&declined).unwrap();

    let unlisted = store.unlisted_speakers(event).unwrap();
    let of = |id: Uuid| unlisted.iter().find(|u| u.speaker_id == id).map(|u| (u.because.clone(), u.reason(Lang::En)));
    assert_eq!(
        of(newcomer.id),
        Some((
            vec![publication::Unlisted::NotConfirmed, publication::Unlisted::NoConsent],
            "not confirmed yet; has not agreed to be published".into()
        )),
        "a new speaker is invited without consent: both are said"
    );
    assert_eq!(of(declined.id).map(|u| u.0), Some(vec![publication::Unlisted::Declined]));
    let in_russian = unlisted.iter().find(|u| u.speaker_id == newcomer.id).unwrap().reason(Lang::Ru);
    assert_eq!(in_russian, "ещё не подтвердил участие; не дал согласия на публикацию");
    let listed = store.speakers(event).unwrap().into_iter().filter(publication::is_listed).count();
    assert_eq!(unlisted.len() + listed, store.speakers(event).unwrap().len(), "each speaker is listed or said why not");

    let named = |store: &Store| {
        store
            .preview(event, dais_core::Lang::En)
            .unwrap()
            .unlisted_speakers
            .iter()
            .map(|u| u.name.clone())
            .collect::<Vec<_>>()
    };
    assert!(named(&store).contains(&"Aminata Diallo".to_string()), "{:?}", named(&store));
    assert!(!named(&store).contains(&"Dara Okafor".to_string()), "who declined and holds no role surprises no one");

    // Given a role, the declined speaker's absence from the programme would surprise: the preview says it.
    let role = Participation {
        id: new_id(),
        event_id: event,
        entry_id: opening.id,
        speaker_id: declined.id,
        role: Role::Speaker,
    };
    store.save_participation(&role).unwrap();
    assert!(named(&store).contains(&"Dara Okafor".to_string()));

    // Confirmed and consenting, the newcomer is listed and published.
    newcomer.status = SpeakerStatus::Confirmed;
    newcomer.consent_to_publish = true;
    store.save_speaker(&newcomer).unwrap();
    assert!(!named(&store).contains(&"Aminata Diallo".to_string()));
    store.publish(event, "Alice", None, now()).unwrap();
    let edition = store.published(event).unwrap().unwrap().edition.unwrap();
    assert!(edition.speakers.iter().any(|s| s.id == newcomer.id));
}

/// A laptop that has just published gets back only what it lacks: the edition it published, and its history, it
/// makes itself. Made otherwise (an edit came between), they are not kept, for the site to send whole.
#[test]
fn a_publication_sent_back_leaves_out_the_edition_the_laptop_has_and_the_laptop_makes_it_the_same() {
    let (dir, mut site) = site();
    site.publish(demo_event_id(), "Alice", None, now()).unwrap();
    let first = site.last_publication_seq().unwrap();
    let mut opening = entry(&site, "Opening and welcome");
    opening.title = "Welcome".into();
    site.save_entry(&opening).unwrap();
    // The laptop: the site's rows and its first version, as after a sync.
    site.checkpoint().unwrap();
    std::fs::copy(dir.path().join("site.dais"), dir.path().join("ws.dais")).unwrap();
    let mut laptop = Store::open(&dir.path().join("ws.dais")).unwrap();

    let at = now() + Duration::minutes(5) + Duration::nanoseconds(123_456);
    site.publish(demo_event_id(), "Alice", None, at).unwrap();
    let whole = site.publications_after(first, &Meetings::All, &[]).unwrap();
    assert!(whole[0].left_out.is_none() && whole[0].publication.edition.is_some());
    let sent =
        site.publications_after(first, &Meetings::All, &laptop.edition_digests(demo_event_id()).unwrap()).unwrap();
    let left_out = sent[0].left_out.clone().expect("the edition the laptop has is left out");
    assert_eq!((left_out.edition.len(), left_out.history.len()), (64, 64), "SHA-256 digests: {left_out:?}");
    assert_eq!((&sent[0].publication.edition, &sent[0].publication.history), (&None, &None));
    assert!(serde_json::to_string(&sent).unwrap().len() * 10 < serde_json::to_string(&whole).unwrap().len());

    // Made otherwise: nothing kept, and the publication named for the site to send whole.
    let mut edited = entry(&laptop, "Welcome");
    edited.title = "Welcome, edited meanwhile".into();
    laptop.save_entry(&edited).unwrap();
    assert_eq!(laptop.keep_publications(&sent).unwrap(), Some(first + 1));
    assert_eq!(laptop.last_publication_seq().unwrap(), first);
    edited.title = "Welcome".into();
    laptop.save_entry(&edited).unwrap();

    assert_eq!(laptop.keep_publications(&sent).unwrap(), None);
    let kept = laptop.publications_after(first, &Meetings::All, &[]).unwrap();
    assert_eq!(kept[0].publication, whole[0].publication, "the laptop made what the site has");
    assert_eq!(kept[0].publication.published_at, at - Duration::nanoseconds(123_456), "kept to the millisecond");
}
