//! The meeting: events, their programme (timetable entries), speakers and registrations (docs/architecture.md).
//!
//! Every type here is also a TypeScript type for the UI (ts-rs); `cargo test` writes them to
//! `ui/src/lib/bindings/`, and CI fails when the checked-in copies are stale.

use crate::i18n::Lang;
use chrono::{DateTime, NaiveDate, Utc};

pub mod name;
pub use name::{NameOrder, full_name};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

mod tables;
pub use tables::{Kind, Record, TABLES, Table};

/// A new id, made where the thing is created; v7 so ids sort roughly by creation time.
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EventKind {
    Meeting,
    Webinar,
    Workshop,
    Conference,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EventFormat {
    Virtual,
    Physical,
    Hybrid,
}

/// Who may register, in the words of ITU's invitation letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ParticipantCategory {
    MemberStateAdministration,
    SectorMember,
    Associate,
    Academia,
    /// State of Palestine, per Resolution 99 (Rev. Dubai, 2018).
    Resolution99,
    OtherEligibleIndividual,
}

impl ParticipantCategory {
    pub const ALL: [ParticipantCategory; 6] = [
        Self::MemberStateAdministration,
        Self::SectorMember,
        Self::Associate,
        Self::Academia,
        Self::Resolution99,
        Self::OtherEligibleIndividual,
    ];

    /// As ITU's invitation letters name it, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::t!(lang, "participant-category", category = self.key())
    }

    /// Its name in the model (serde's), which the catalogue's selectors are keyed by.
    pub fn key(self) -> &'static str {
        match self {
            Self::MemberStateAdministration => "member_state_administration",
            Self::SectorMember => "sector_member",
            Self::Associate => "associate",
            Self::Academia => "academia",
            Self::Resolution99 => "resolution99",
            Self::OtherEligibleIndividual => "other_eligible_individual",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Contact {
    pub label: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegistrationRules {
    pub mandatory: bool,
    pub free_of_charge: bool,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub capacity: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Event {
    pub id: Uuid,
    pub title: String,
    pub short_title: String,
    pub kind: EventKind,
    pub format: EventFormat,
    /// IANA zone, e.g. `Europe/Zurich` for ITU Geneva.
    pub zone: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub venue: Option<String>,
    pub online_link: Option<String>,
    pub languages: Vec<String>,
    pub description: String,
    pub organiser: String,
    /// Who may take part, as the letter puts it.
    pub audience: String,
    pub registration: RegistrationRules,
    pub eligible_categories: Vec<ParticipantCategory>,
    pub contacts: Vec<Contact>,
    /// The document that announced the event, e.g. "TSB Circular 81, 15 October 2025".
    pub reference: Option<String>,
    pub website: Option<String>,
    /// For a side event: the meeting it belongs to.
    pub parent_event_id: Option<Uuid>,
    /// Done with: kept whole, listed apart from the meetings in preparation. Absent from rows sent before it existed.
    #[serde(default)]
    pub archived: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EntryKind {
    /// A session of the meeting, which holds items.
    Block,
    /// An agenda item inside a block.
    Item,
    Break,
    /// A linked event of its own (e.g. a webinar) that sits in the programme.
    SideEvent,
}

/// Start, end and place of an entry. They change together, as one field, so that two concurrent edits
/// cannot combine into an end before its start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Slot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// A room, or an online link.
    pub place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Entry {
    pub id: Uuid,
    pub event_id: Uuid,
    pub kind: EntryKind,
    /// The block an item belongs to.
    pub block_id: Option<Uuid>,
    /// The event a side event stands for.
    pub linked_event_id: Option<Uuid>,
    pub title: String,
    pub description: String,
    pub slot: Slot,
    /// Draft entries stay on the organisers' laptops.
    pub public: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Role {
    Chair,
    Moderator,
    Speaker,
    Panellist,
    Keynote,
    Rapporteur,
}

impl Role {
    /// The order roles are listed in under an entry: chairs first.
    pub const IN_ORDER: [Role; 6] =
        [Role::Chair, Role::Moderator, Role::Keynote, Role::Speaker, Role::Panellist, Role::Rapporteur];

    /// `Chair`, or `Chairs` for several, in `lang`.
    pub fn label(self, lang: Lang, count: usize) -> String {
        crate::t!(lang, "role", role = self.key(), count = count)
    }

    pub fn key(self) -> &'static str {
        match self {
            Role::Chair => "chair",
            Role::Moderator => "moderator",
            Role::Speaker => "speaker",
            Role::Panellist => "panellist",
            Role::Keynote => "keynote",
            Role::Rapporteur => "rapporteur",
        }
    }
}

/// A speaker's role on an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Participation {
    pub id: Uuid,
    pub event_id: Uuid,
    pub entry_id: Uuid,
    pub speaker_id: Uuid,
    pub role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SpeakerStatus {
    Invited,
    Confirmed,
    Declined,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Speaker {
    pub id: Uuid,
    pub event_id: Uuid,
    pub honorific: Option<String>,
    pub given_name: String,
    pub family_name: String,
    /// Family name first or given name first, as the speaker writes it; none: as their name's script does.
    #[serde(default)]
    pub name_order: Option<NameOrder>,
    pub position: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub bio: String,
    pub photo: Option<String>,
    pub links: Vec<String>,
    /// Private: never published.
    pub email: Option<String>,
    pub status: SpeakerStatus,
    pub consent_to_publish: bool,
    /// Private: never published.
    pub private_notes: String,
}

impl Speaker {
    /// A new, empty speaker for the organiser to fill in.
    pub fn blank(event_id: Uuid) -> Speaker {
        Speaker {
            id: new_id(),
            event_id,
            honorific: None,
            given_name: String::new(),
            family_name: String::new(),
            name_order: None,
            position: None,
            organisation: None,
            country: None,
            bio: String::new(),
            photo: None,
            links: Vec::new(),
            email: None,
            status: SpeakerStatus::Invited,
            consent_to_publish: false,
            private_notes: String::new(),
        }
    }

    pub fn display_name(&self) -> String {
        display_name(self.honorific.as_deref(), self.name_order, &self.given_name, &self.family_name)
    }
}

/// A person's name as shown, in its own order, with the honorific: `Ms Ana Ribeiro`, `Dr 王小明`.
pub fn display_name(honorific: Option<&str>, order: Option<NameOrder>, given_name: &str, family_name: &str) -> String {
    let name = full_name(order, given_name, family_name);
    match honorific {
        Some(h) if !h.trim().is_empty() => format!("{} {name}", h.trim()),
        _ => name,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RegistrationSource {
    WebsiteForm,
    Manual,
    Import,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RegistrationStatus {
    #[default]
    Pending,
    /// The meeting is full: approved if a place frees up.
    Waitlisted,
    Approved,
    Rejected,
    Cancelled,
}

impl RegistrationStatus {
    pub const ALL: [RegistrationStatus; 5] =
        [Self::Pending, Self::Waitlisted, Self::Approved, Self::Rejected, Self::Cancelled];

    /// As the organisers' lists say it, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::t!(lang, "registration-status", status = self.key())
    }

    pub fn key(self) -> &'static str {
        match self {
            RegistrationStatus::Pending => "pending",
            RegistrationStatus::Waitlisted => "waitlisted",
            RegistrationStatus::Approved => "approved",
            RegistrationStatus::Rejected => "rejected",
            RegistrationStatus::Cancelled => "cancelled",
        }
    }
}

/// The organiser's decision on a registration: status, who decided, when and why change together (one field, so
/// that two organisers deciding at once leave one decision, the other kept as a conflict).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Decision {
    pub status: RegistrationStatus,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    /// Why, as the organiser gave it (a rejection needs one).
    #[serde(default)]
    pub reason: Option<String>,
    /// The decisions before this one, oldest first (theirs empty): the registration's history.
    #[serde(default)]
    pub earlier: Vec<Decision>,
}

/// A registration. The registrant's fields and the organiser's fields are separate (`decision`, `private_notes`,
/// `attended`), so the two sides rarely overwrite each other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Registration {
    pub id: Uuid,
    pub event_id: Uuid,
    pub given_name: String,
    pub family_name: String,
    /// Family name first or given name first, as the registrant writes it; none: as their name's script does.
    #[serde(default)]
    pub name_order: Option<NameOrder>,
    /// Private: never published.
    pub email: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub category: ParticipantCategory,
    pub position: Option<String>,
    pub source: RegistrationSource,
    pub consent_to_be_listed: bool,
    pub submitted_at: DateTime<Utc>,
    pub decision: Decision,
    /// Private: never published.
    pub private_notes: String,
    pub attended: bool,
    /// The registrant's time zone (IANA), as their browser gave it: the times of their mail are also in it.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// The last mail the event site sent about this registration, or failed to (written by the site only).
    #[serde(default)]
    pub mail: Option<MailNote>,
    /// The language the registrant read the form in: every mail to them is in it, whoever decides and in whatever
    /// language their app shows.
    #[serde(default)]
    pub language: Option<Lang>,
}

impl Registration {
    /// A new registration from `source`, made `at`: every field of the registrant's empty (the category the widest),
    /// pending, not listed, not attended.
    pub fn blank(event_id: Uuid, source: RegistrationSource, at: DateTime<Utc>) -> Registration {
        Registration {
            id: new_id(),
            event_id,
            given_name: String::new(),
            family_name: String::new(),
            name_order: None,
            email: String::new(),
            organisation: String::new(),
            country: String::new(),
            category: ParticipantCategory::OtherEligibleIndividual,
            position: None,
            source,
            consent_to_be_listed: false,
            submitted_at: at,
            decision: Decision::default(),
            private_notes: String::new(),
            attended: false,
            time_zone: None,
            mail: None,
            language: None,
        }
    }

    /// The registrant's name in its own order: `Ana Ribeiro`, `王小明`.
    pub fn full_name(&self) -> String {
        full_name(self.name_order, &self.given_name, &self.family_name)
    }
}

/// The focal point of an administration or entity for a meeting: who approves the requests from one country (in one
/// participant category, or in any), ITU's own way of validating a registration. Private: never published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FocalPoint {
    pub id: Uuid,
    pub event_id: Uuid,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The category they approve; none: every category from the country without a focal point of its own.
    pub category: Option<ParticipantCategory>,
    pub name: String,
    pub email: String,
}

impl FocalPoint {
    /// Whether this focal point approves `registration`'s request.
    pub fn covers(&self, registration: &Registration) -> bool {
        self.event_id == registration.event_id
            && self.country.eq_ignore_ascii_case(&registration.country)
            && self.category.is_none_or(|c| c == registration.category)
    }
}

/// The meeting's own words in another language: one field of the meeting or of an entry (its title, description...)
/// in one of the six languages, beside the original the organisers typed. Its id is made from the meeting, the record,
/// the field and the language (`Translation::id_of`), so two organisers who translate one field into one language edit
/// the same row (a conflict, if at once, as for any field), and into two languages never meet; and a row pushed in
/// another meeting's name is another row. An empty text is no translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Translation {
    pub id: Uuid,
    pub event_id: Uuid,
    /// The meeting or entry whose field it translates.
    pub record_id: Uuid,
    pub field: String,
    pub lang: crate::i18n::Lang,
    pub text: String,
}

impl Translation {
    /// The row of `field` of `record_id` (of the meeting `event_id`) in `lang`, the same on every laptop.
    pub fn id_of(event_id: Uuid, record_id: Uuid, field: &str, lang: crate::i18n::Lang) -> Uuid {
        Uuid::new_v5(&record_id, format!("{event_id}/{field}/{}", lang.code()).as_bytes())
    }
}

/// The fields an organiser may give in other languages: the words of the meeting the public reads (not its names of
/// people, which are written as their owners write them).
pub const TRANSLATED_FIELDS: [(&str, &[&str]); 2] =
    [("events", &["title", "short_title", "description", "audience", "venue"]), ("entries", &["title", "description"])];

/// What became of the last mail about a registration: the organisers see a failure, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MailNote {
    pub message: MailMessage,
    pub state: MailState,
    pub at: DateTime<Utc>,
    /// The mail server's answer when it was not sent.
    #[serde(default)]
    pub error: Option<String>,
}

/// The mails the event site sends about a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MailMessage {
    /// The request was received (after its address was confirmed).
    Received,
    /// A decision: approved (with the online link of a virtual meeting), rejected, waiting list, cancelled.
    Decision,
    /// The focal point of the registrant's administration was asked to decide.
    FocalPoint,
}

impl MailMessage {
    pub fn label(self, lang: Lang) -> String {
        let key = match self {
            MailMessage::Received => "received",
            MailMessage::Decision => "decision",
            MailMessage::FocalPoint => "focal_point",
        };
        crate::t!(lang, "mail-message", message = key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MailState {
    Sent,
    /// Not sent yet: the mail server could not be reached or asked to try later; the site tries again.
    Retrying,
    /// Refused for good (an address that does not exist, a full mailbox): it will not be sent.
    Failed,
}
