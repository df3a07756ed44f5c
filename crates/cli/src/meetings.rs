//! `dais meeting ...`: start a meeting (blank or from a past one), edit any fact of its circular, archive, delete.

use std::path::Path;

use clap::Subcommand;
use dais_core::{
    Contact, Edit, Error, Event, EventFormat, EventKind, MeetingStart, NewMeeting, ParticipantCategory,
    RegistrationRulesInput, Store,
};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{EventArg, Failure, Out, meeting, named, optional, text};

#[derive(Subcommand)]
#[expect(
    clippy::large_enum_variant,
    reason = "parsed once per run; a Box would only make clap's derive harder to read"
)]
pub enum MeetingCommand {
    /// Start a meeting, blank or from a past one (--from), or a side event of one (--part-of); prints its id. It stays on this laptop until shared
    New {
        /// The title, as the circular gives it
        #[arg(long)]
        title: String,
        /// A short title for lists, e.g. U4SSC-10
        #[arg(long)]
        short_title: String,
        /// The first day, YYYY-MM-DD
        #[arg(long)]
        starts_on: chrono::NaiveDate,
        /// A past meeting to start from: its facts and programme, moved to the new first day; no speakers or
        /// registrations (the flags below are then not used)
        #[arg(long, value_name = "ID", conflicts_with = "part_of")]
        from: Option<Uuid>,
        /// Start a side event of this meeting instead (a workshop, a webinar, a visit)
        #[arg(long, value_name = "MEETING")]
        part_of: Option<Uuid>,
        /// The last day, YYYY-MM-DD [default: the first day]
        #[arg(long)]
        ends_on: Option<chrono::NaiveDate>,
        /// meeting, webinar, workshop or conference
        #[arg(long, value_parser = named::<EventKind>, default_value = "meeting")]
        kind: EventKind,
        /// virtual, physical or hybrid
        #[arg(long, value_parser = named::<EventFormat>, default_value = "hybrid")]
        format: EventFormat,
        /// The meeting's time zone, an IANA name
        #[arg(long, default_value = "Europe/Zurich")]
        zone: String,
        /// A language of the meeting (repeat for several) [default: English]
        #[arg(long = "language", value_name = "LANGUAGE")]
        languages: Vec<String>,
        #[command(flatten)]
        registration: RegistrationFlags,
    },
    /// Change facts of a meeting's circular: only the given ones change ("" empties an optional one)
    Edit {
        #[command(flatten)]
        event: EventArg,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        short_title: Option<String>,
        /// meeting, webinar, workshop or conference
        #[arg(long, value_parser = named::<EventKind>)]
        kind: Option<EventKind>,
        /// virtual, physical or hybrid
        #[arg(long, value_parser = named::<EventFormat>)]
        format: Option<EventFormat>,
        #[arg(long)]
        zone: Option<String>,
        #[arg(long)]
        starts_on: Option<chrono::NaiveDate>,
        #[arg(long)]
        ends_on: Option<chrono::NaiveDate>,
        #[arg(long)]
        venue: Option<String>,
        /// The online link, sent to approved participants (never published)
        #[arg(long)]
        online_link: Option<String>,
        /// The meeting's languages, all of them (repeat the flag)
        #[arg(long = "language", value_name = "LANGUAGE")]
        languages: Vec<String>,
        #[arg(long)]
        organiser: Option<String>,
        #[arg(long)]
        description: Option<String>,
        /// Who may take part, as the letter puts it
        #[arg(long)]
        audience: Option<String>,
        /// The announcing document, e.g. "TSB Circular 81, 15 October 2025"
        #[arg(long)]
        reference: Option<String>,
        #[arg(long)]
        website: Option<String>,
        /// The eligible participant categories, all of them (repeat the flag), e.g. sector_member
        #[arg(long = "category", value_name = "CATEGORY", value_parser = named::<ParticipantCategory>)]
        categories: Vec<ParticipantCategory>,
        /// The contacts, all of them (repeat the flag): "Label; email; phone; fax", the last three optional
        #[arg(long = "contact", value_name = "CONTACT", value_parser = contact)]
        contacts: Vec<Contact>,
        /// Take every contact off
        #[arg(long, conflicts_with = "contacts")]
        no_contacts: bool,
        #[command(flatten)]
        registration: RegistrationFlags,
        /// Registration needed: true or false
        #[arg(long)]
        mandatory: Option<bool>,
        /// Free of charge: true or false
        #[arg(long)]
        free: Option<bool>,
    },
    /// Put a meeting aside: kept whole, listed apart
    Archive {
        #[command(flatten)]
        event: EventArg,
    },
    /// Bring an archived meeting back among the others
    Unarchive {
        #[command(flatten)]
        event: EventArg,
    },
    /// List a meeting's side events (each is edited, archived and deleted as a meeting is, by its id)
    SideEvents {
        #[command(flatten)]
        event: EventArg,
    },
    /// Delete a meeting and its side events, or one side event; a shared one goes from the site and the other
    /// organisers' laptops too
    Delete {
        #[command(flatten)]
        event: EventArg,
        /// Confirm: without it nothing is deleted
        #[arg(long)]
        yes: bool,
    },
}

#[derive(clap::Args)]
pub struct RegistrationFlags {
    /// When registration opens: "YYYY-MM-DD HH:MM" in the meeting's zone ("" for not set)
    #[arg(long, value_name = "WHEN")]
    registration_opens: Option<String>,
    /// When registration closes: "YYYY-MM-DD HH:MM" in the meeting's zone ("" for not set)
    #[arg(long, value_name = "WHEN")]
    registration_closes: Option<String>,
    /// How many may register ("" for no limit)
    #[arg(long, value_name = "N")]
    capacity: Option<String>,
}

/// `Label; email; phone; fax`, the last three optional.
fn contact(text: &str) -> Result<Contact, String> {
    let mut parts = text.split(';').map(|p| Some(p.trim()).filter(|p| !p.is_empty()).map(str::to_string));
    let label =
        parts.next().flatten().ok_or("a contact starts with who it is, e.g. \"U4SSC secretariat; u4ssc@itu.int\"")?;
    Ok(Contact { label, email: parts.next().flatten(), phone: parts.next().flatten(), fax: parts.next().flatten() })
}

fn capacity(text: &str) -> Result<Option<u32>, Failure> {
    match text.trim() {
        "" => Ok(None),
        n => {
            n.parse().map(Some).map_err(|_| Error::invalid("registration", "the capacity is a number of people").into())
        }
    }
}

pub fn run(store: &mut Store, path: &Path, command: MeetingCommand, out: &Out) -> Result<(), Failure> {
    match command {
        MeetingCommand::New {
            title,
            short_title,
            starts_on,
            from,
            part_of,
            ends_on,
            kind,
            format,
            zone,
            languages,
            registration,
        } => {
            let start = match from {
                Some(event_id) => MeetingStart::Template { event_id },
                None => MeetingStart::Blank {
                    kind,
                    format,
                    zone,
                    ends_on: ends_on.unwrap_or(starts_on),
                    languages: if languages.is_empty() { vec!["English".into()] } else { languages },
                    registration: RegistrationRulesInput {
                        mandatory: true,
                        free_of_charge: true,
                        opens: registration.registration_opens,
                        closes: registration.registration_closes,
                        capacity: registration.capacity.as_deref().map(capacity).transpose()?.flatten(),
                    },
                },
            };
            let event = store.create_meeting(&NewMeeting { title, short_title, starts_on, start, part_of })?;
            out.show(&event, || event.id.to_string())
        }
        MeetingCommand::Edit {
            event,
            title,
            short_title,
            kind,
            format,
            zone,
            starts_on,
            ends_on,
            venue,
            online_link,
            languages,
            organiser,
            description,
            audience,
            reference,
            website,
            categories,
            contacts,
            no_contacts,
            registration,
            mandatory,
            free,
        } => {
            let event = meeting(store, path, event.id)?;
            let opened = serde_json::to_value(&event)?;
            let mut edited = opened.clone();
            let mut set = |field: &str, value: Option<Value>| {
                if let Some(v) = value {
                    edited[field] = v;
                }
            };
            set("title", title.map(Value::from));
            set("short_title", short_title.map(Value::from));
            set("kind", kind.map(|k| json!(k)));
            set("format", format.map(|f| json!(f)));
            set("zone", zone.map(Value::from));
            set("starts_on", starts_on.map(|d| json!(d)));
            set("ends_on", ends_on.map(|d| json!(d)));
            set("venue", optional(venue));
            set("online_link", optional(online_link));
            set("languages", (!languages.is_empty()).then(|| json!(languages)));
            set("organiser", organiser.map(Value::from));
            set("description", description.map(Value::from));
            set("audience", audience.map(Value::from));
            set("reference", optional(reference));
            set("website", optional(website));
            set("eligible_categories", (!categories.is_empty()).then(|| json!(categories)));
            set("contacts", (!contacts.is_empty() || no_contacts).then(|| json!(contacts)));
            // The opening and closing go as typed: core reads them in the meeting's zone.
            let mut rules = opened["registration"].clone();
            for (key, value) in [
                ("opens_at", optional(registration.registration_opens)),
                ("closes_at", optional(registration.registration_closes)),
                ("mandatory", mandatory.map(Value::from)),
                ("free_of_charge", free.map(Value::from)),
                ("capacity", registration.capacity.as_deref().map(capacity).transpose()?.map(|c| json!(c))),
            ] {
                if let Some(v) = value {
                    rules[key] = v;
                }
            }
            set("registration", Some(rules));
            // Only the facts given: a sync by the app between this read and the write keeps what it brought.
            let saved = store.edit_event(&Edit::between(event.id, &opened, &edited)?)?;
            out.show(&saved, || format!("Saved {} ({})", saved.short_title, saved.id))
        }
        MeetingCommand::Archive { event } => archive(store, path, event, true, out),
        MeetingCommand::Unarchive { event } => archive(store, path, event, false, out),
        MeetingCommand::SideEvents { event } => {
            let event = meeting(store, path, event.id)?;
            let side_events = store.side_events(event.id)?;
            out.show(&side_events, || text::side_events(&event, &side_events))
        }
        MeetingCommand::Delete { event, yes } => {
            let event = meeting(store, path, event.id)?;
            if !yes {
                return Err(Error::invalid(
                    "yes",
                    format!(
                        "{} would be deleted with its programme, speakers and registrations: add --yes",
                        event.short_title
                    ),
                )
                .into());
            }
            store.delete_meeting(event.id)?;
            out.show(&event.id, || format!("Deleted {} ({})", event.short_title, event.id))
        }
    }
}

fn archive(store: &mut Store, path: &Path, event: EventArg, archived: bool, out: &Out) -> Result<(), Failure> {
    let event: Event = meeting(store, path, event.id)?;
    let field = |v: bool| json!({ "archived": v }).as_object().cloned().unwrap_or_default();
    let saved = store.edit_event(&Edit { id: event.id, changes: field(archived), opened: field(event.archived) })?;
    let done = if archived { "Archived" } else { "Brought back" };
    out.show(&saved, || format!("{done} {} ({})", saved.short_title, saved.id))
}
