//! The built-in demo: the ninth U4SSC meeting of 31 October 2025 (ITU-T TSB Circular 81), with a drafted programme,
//! a few speakers and registrations. Its ids are fixed, so that two workspaces made from the demo hold the same meeting.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::error::Result;
use crate::model::*;
use crate::programme::save_entry;
use crate::storage::Store;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x019a_3a00_0000_7000_8000_0000_0000_0000 | n)
}

pub fn demo_event_id() -> Uuid {
    id(1)
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().expect("demo instants are valid")
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 10, 31).expect("valid date")
}

const ONLINE: &str = "Online (the link is sent to registered participants)";

fn events() -> (Event, Event) {
    let meeting = Event {
        id: demo_event_id(),
        title: "Ninth meeting of the \"United for Smart Sustainable Cities\" initiative (U4SSC)".into(),
        short_title: "U4SSC-9".into(),
        kind: EventKind::Meeting,
        format: EventFormat::Virtual,
        zone: "Europe/Zurich".into(),
        starts_on: day(),
        ends_on: day(),
        venue: None,
        online_link: None,
        languages: vec!["English".into()],
        description: "Updates on the work of the U4SSC thematic groups and working groups; new U4SSC activities and \
                      approval of the U4SSC annual work plan 2025-2026. U4SSC is a UN initiative supported by 20 UN \
                      agencies and programmes."
            .into(),
        organiser: "ITU Telecommunication Standardization Bureau (TSB), Geneva".into(),
        audience: "ITU Member States, Sector Members, Associates and Academia, and any individual from an ITU Member \
                   State who wishes to contribute, including members of international, regional and national \
                   organisations."
            .into(),
        registration: RegistrationRules {
            mandatory: true,
            free_of_charge: true,
            opens_at: Some(at("2025-10-15T08:00:00Z")),
            closes_at: Some(at("2025-10-31T10:00:00Z")),
            capacity: None,
        },
        eligible_categories: ParticipantCategory::ALL.to_vec(),
        contacts: vec![Contact {
            label: "U4SSC secretariat, TSB".into(),
            email: Some("u4ssc@itu.int".into()),
            phone: Some("+41 22 730 6301".into()),
            fax: Some("+41 22 730 5853".into()),
        }],
        reference: Some("TSB Circular 81, 15 October 2025".into()),
        website: Some("https://u4ssc.itu.int/".into()),
        parent_event_id: None,
        archived: false,
    };
    let webinar = Event {
        id: id(2),
        title: "Empowering people through people-centred smart cities".into(),
        short_title: "World Cities Day webinar".into(),
        kind: EventKind::Webinar,
        description: "A webinar for World Cities Day, part of the Digital Transformation Dialogues series.".into(),
        registration: RegistrationRules { closes_at: Some(at("2025-10-31T11:00:00Z")), ..meeting.registration.clone() },
        parent_event_id: Some(meeting.id),
        ..meeting.clone()
    };
    (meeting, webinar)
}

fn entry(n: u128, kind: EntryKind, block: Option<u128>, title: &str, description: &str, from: &str, to: &str) -> Entry {
    Entry {
        id: id(n),
        event_id: demo_event_id(),
        kind,
        block_id: block.map(id),
        linked_event_id: None,
        title: title.into(),
        description: description.into(),
        slot: Slot {
            starts_at: at(&format!("2025-10-31T{from}:00Z")),
            ends_at: at(&format!("2025-10-31T{to}:00Z")),
            place: Some(ONLINE.into()),
        },
        public: true,
    }
}

/// The programme, with times in UTC (CET is UTC+1 on 31 October 2025).
fn entries() -> Vec<Entry> {
    use EntryKind::*;
    vec![
        entry(10, Block, None, "U4SSC meeting", "", "10:00", "11:00"),
        entry(
            11,
            Item,
            Some(10),
            "Opening and welcome",
            "Opening remarks by the U4SSC Chair and the TSB secretariat; adoption of the agenda.",
            "10:00",
            "10:10",
        ),
        entry(
            12,
            Item,
            Some(10),
            "Updates from the U4SSC thematic groups",
            "Progress reports of the thematic groups.",
            "10:10",
            "10:40",
        ),
        entry(13, Item, Some(10), "Updates from the U4SSC working groups", "", "10:40", "11:00"),
        Entry {
            linked_event_id: Some(id(2)),
            ..entry(
                14,
                SideEvent,
                None,
                "Webinar: Empowering people through people-centred smart cities",
                "For World Cities Day; part of the Digital Transformation Dialogues series. Separate registration.",
                "11:00",
                "12:00",
            )
        },
        Entry {
            slot: Slot { place: None, ..entry(15, Break, None, "Break", "", "12:00", "12:30").slot },
            ..entry(15, Break, None, "Break", "", "12:00", "12:30")
        },
        entry(20, Block, None, "U4SSC meeting (continued)", "", "12:30", "14:30"),
        entry(
            21,
            Item,
            Some(20),
            "New U4SSC activities",
            "Proposals for new activities and deliverables.",
            "12:30",
            "13:15",
        ),
        entry(22, Item, Some(20), "Approval of the U4SSC annual work plan 2025-2026", "", "13:15", "14:10"),
        Entry { public: false, ..entry(23, Item, Some(20), "Any other business", "", "14:10", "14:20") },
        entry(24, Item, Some(20), "Closing", "", "14:20", "14:30"),
    ]
}

#[allow(clippy::too_many_arguments)] // one line per demo speaker reads best
fn speaker(
    n: u128,
    honorific: &str,
    given: &str,
    family: &str,
    position: &str,
    organisation: &str,
    country: &str,
    status: SpeakerStatus,
    consent: bool,
) -> Speaker {
    Speaker {
        id: id(n),
        event_id: demo_event_id(),
        honorific: Some(honorific.into()),
        given_name: given.into(),
        family_name: family.into(),
        name_order: None,
        position: Some(position.into()),
        organisation: Some(organisation.into()),
        country: Some(country.into()),
        bio: String::new(),
        photo: None,
        links: Vec::new(),
        email: Some(format!("{}.{}@example.org", given.to_lowercase(), family.to_lowercase())),
        status,
        consent_to_publish: consent,
        private_notes: String::new(),
    }
}

fn speakers() -> Vec<Speaker> {
    use SpeakerStatus::*;
    vec![
        speaker(30, "Ms", "Ana", "Ribeiro", "Chair, U4SSC", "City of Example", "PT", Confirmed, true),
        speaker(
            31,
            "Mr",
            "Kwame",
            "Mensah",
            "Convener, thematic group on city platforms",
            "Example Metropolitan Authority",
            "GH",
            Confirmed,
            true,
        ),
        speaker(32, "Dr", "Mei", "Lin", "Lead, working group on data", "Example University", "SG", Invited, false),
        speaker(33, "Mr", "Tomasz", "Nowak", "U4SSC secretariat", "ITU/TSB", "PL", Confirmed, true),
        speaker(34, "Ms", "Sara", "Haddad", "Moderator", "Example Cities Network", "JO", Confirmed, true),
    ]
}

fn participations() -> Vec<Participation> {
    [
        (40, 10, 30, Role::Chair),
        (41, 20, 30, Role::Chair),
        (42, 11, 33, Role::Speaker),
        (43, 12, 31, Role::Speaker),
        (44, 13, 32, Role::Speaker),
        (45, 14, 34, Role::Moderator),
        (46, 20, 33, Role::Rapporteur),
    ]
    .into_iter()
    .map(|(n, entry, speaker, role)| Participation {
        id: id(n),
        event_id: demo_event_id(),
        entry_id: id(entry),
        speaker_id: id(speaker),
        role,
    })
    .collect()
}

#[allow(clippy::too_many_arguments)] // one line per demo registration reads best
fn registration(
    n: u128,
    given: &str,
    family: &str,
    organisation: &str,
    country: &str,
    category: ParticipantCategory,
    submitted: &str,
    status: RegistrationStatus,
) -> Registration {
    Registration {
        id: id(n),
        event_id: demo_event_id(),
        given_name: given.into(),
        family_name: family.into(),
        name_order: None,
        email: format!("{}.{}@example.net", given.to_lowercase(), family.to_lowercase()),
        organisation: organisation.into(),
        country: country.into(),
        category,
        position: None,
        source: RegistrationSource::WebsiteForm,
        consent_to_be_listed: true,
        submitted_at: at(submitted),
        decision: Decision {
            status,
            decided_by: (status != RegistrationStatus::Pending).then(|| "Focal point".to_string()),
            decided_at: (status != RegistrationStatus::Pending).then(|| at("2025-10-24T09:00:00Z")),
            reason: (status == RegistrationStatus::Rejected)
                .then(|| "Not among the categories invited to this meeting".to_string()),
            earlier: Vec::new(),
        },
        private_notes: String::new(),
        attended: false,
        time_zone: None,
        mail: None,
        language: None,
    }
}

fn registrations() -> Vec<Registration> {
    use ParticipantCategory::*;
    use RegistrationStatus::*;
    vec![
        registration(
            50,
            "Jonas",
            "Keller",
            "Federal Office of Communications",
            "CH",
            MemberStateAdministration,
            "2025-10-16T09:12:00Z",
            Approved,
        ),
        registration(51, "Aisha", "Bello", "Example Telecom", "NG", SectorMember, "2025-10-18T14:40:00Z", Approved),
        registration(
            52,
            "Lucas",
            "Moreau",
            "Example Institute of Technology",
            "FR",
            Academia,
            "2025-10-22T07:05:00Z",
            Pending,
        ),
        registration(
            53,
            "Priya",
            "Nair",
            "Smart City Consultancy",
            "IN",
            OtherEligibleIndividual,
            "2025-10-27T16:30:00Z",
            Pending,
        ),
        registration(
            54,
            "Omar",
            "Khalil",
            "Ministry of Telecommunications",
            "PS",
            Resolution99,
            "2025-10-28T11:00:00Z",
            Rejected,
        ),
    ]
}

/// Writes the demo meeting into the workspace (in one transaction, through the change log); returns its id.
pub fn create_demo(store: &mut Store) -> Result<Uuid> {
    let (meeting, webinar) = events();
    store.write(|w| {
        w.put(&meeting)?;
        w.put(&webinar)?;
        for e in entries() {
            save_entry(w, &e)?;
        }
        for s in speakers() {
            w.put(&s)?;
        }
        for p in participations() {
            w.put(&p)?;
        }
        for r in registrations() {
            w.put(&r)?;
        }
        Ok(meeting.id)
    })
}

/// The demo's id, adding it first unless the workspace holds it: for "Open the demo".
pub fn open_demo(store: &mut Store) -> Result<Uuid> {
    if !store.events()?.iter().any(|e| e.id == demo_event_id()) {
        create_demo(store)?;
    }
    Ok(demo_event_id())
}

/// Adds `n` made-up registrants to the demo meeting (`bulk_registration`), in one transaction: the large meeting of
/// the benchmarks and of the tests that need one.
pub fn add_bulk_registrations(store: &mut Store, n: usize) -> Result<()> {
    // Many rows at once: the indexes are built once, after (`Store::set_indexes_aside`).
    store.set_indexes_aside()?;
    let written = store.write(|w| {
        for i in 0..n {
            w.put(&bulk_registration(i))?;
        }
        Ok(())
    });
    store.build_indexes_set_aside()?;
    written
}

/// Where the made-up registrants come from: ITU members of every region, some more often than others.
const BULK_COUNTRIES: [&str; 24] = [
    "CH", "CH", "FR", "DE", "GB", "IT", "ES", "PL", "US", "US", "BR", "MX", "CA", "AR", "CN", "IN", "JP", "KR", "SA",
    "KE", "NG", "SN", "ZA", "AU",
];

/// The `n`th of many made-up registrants for the demo meeting, each with an address of their own: what benchmarks
/// fill a large meeting with. Countries, categories and request times vary (the 16 days the registration was open),
/// so that filters and charts have something to show.
pub fn bulk_registration(n: usize) -> Registration {
    let submitted_at = at("2025-10-15T08:00:00Z") + chrono::Duration::minutes((n * 7_919 % (16 * 24 * 60)) as i64);
    Registration {
        given_name: format!("Given{n}"),
        family_name: format!("Family{n}"),
        email: format!("person{n}@example.org"),
        organisation: "Organisation".into(),
        country: BULK_COUNTRIES[n % BULK_COUNTRIES.len()].into(),
        category: ParticipantCategory::ALL[n / 7 % ParticipantCategory::ALL.len()],
        position: Some("Delegate".into()),
        consent_to_be_listed: n.is_multiple_of(2),
        ..Registration::blank(demo_event_id(), RegistrationSource::WebsiteForm, submitted_at)
    }
}
