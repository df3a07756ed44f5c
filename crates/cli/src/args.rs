//! The command line's grammar: every command, subcommand and flag of `dais` (clap's derive), with the help each shows,
//! and how a flag's value becomes a core value. The handlers, one module per command group, take these as parsed.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use dais_core::import::OnDuplicate;
use dais_core::registrations::participants_list::{ListColumn, ListFormat};
use dais_core::registrations::{Region, RegistrationQuery, RegistrationSort};
use dais_core::{
    Contact, EntryKind, EventFormat, EventKind, Lang, NameOrder, ParticipantCategory, RegistrationStatus, Role,
    Speaker, SpeakerStatus,
};
use serde_json::json;
use uuid::Uuid;

const EXIT_CODES: &str = "\
Workspace:
  --workspace PATH, else the DAIS_WORKSPACE environment variable, else the app's data folder.
  Only `dais init` creates a workspace.

Exit codes:
  0  ok
  1  anything else (e.g. the export file cannot be written)
  2  usage error: unknown command or flag, missing or malformed value
  3  invalid input: every refused field is printed as `field: message`   (code \"invalid\")
  4  not found: no meeting, entry or speaker with that id                (code \"not_found\")
  5  the workspace or its database cannot be used                        (codes \"workspace\", \"database\",
                                                                          \"migration\", \"disk_full\", \"malformed\")
  6  `dais init` on a workspace that already holds events                (code \"exists\")
  7  offline: the event site cannot be reached; the changes wait         (code \"offline\")
  8  the event site refused: no site set, wrong token, another protocol  (codes \"no_site\", \"unauthorized\", ...)

With --json, errors go to stderr as one line of JSON: {\"code\", \"message\", \"fields\": [{\"field\", \"message\"}]}.";

/// A language Dais speaks, by its tag or a locale (`fr`, `zh-CN`, `ru_RU.UTF-8`, and `en-XA` for tests).
fn language(tag: &str) -> Result<Lang, String> {
    Lang::parse(tag).ok_or_else(|| format!("{tag:?} is not one of ar, zh, en, fr, ru, es"))
}

/// Prepare a meeting's programme, speakers and registrations from the command line.
#[derive(Parser)]
#[command(name = "dais", version, after_long_help = EXIT_CODES)]
pub struct Cli {
    /// The workspace file [default: $DAIS_WORKSPACE, else the app's data folder]
    #[arg(long, global = true, value_name = "PATH", display_order = 100)]
    pub workspace: Option<PathBuf>,

    /// Print results as JSON on stdout, and errors as JSON ({code, message, fields}) on stderr
    #[arg(long, global = true, display_order = 101)]
    pub json: bool,

    /// The language of what is printed: ar, zh, en, fr, ru or es [default: from LC_ALL, LC_MESSAGES or LANG, else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = language, display_order = 102)]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
#[expect(
    clippy::large_enum_variant,
    reason = "parsed once per run; a Box would only make clap's derive harder to read"
)]
pub enum Command {
    /// Create the workspace; refuses one that already holds events
    Init {
        /// Start with the demo meeting (U4SSC-9, 31 October 2025)
        #[arg(long)]
        demo: bool,
    },
    /// List the meetings of the workspace
    Events,
    /// Start a meeting, change the facts of its circular, archive or delete it
    #[command(subcommand)]
    Meeting(MeetingCommand),
    /// Show a meeting's programme, day by day, in the meeting's time zone
    Programme {
        #[command(flatten)]
        event: EventArg,
        /// Also show the times in this zone, e.g. America/New_York (`dais zones CITY` finds a city's)
        #[arg(long, value_name = "ZONE")]
        zone: Option<String>,
        /// Show each entry's id, for `dais entry edit` and `dais entry delete`
        #[arg(long)]
        ids: bool,
        /// Write the programme as a document (DOCX, the shape of a circular's annex) to this file instead
        #[arg(long, value_name = "FILE", conflicts_with = "pdf")]
        docx: Option<PathBuf>,
        /// Write the programme as a PDF document (A4, the same content) to this file instead
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
    },
    /// Bring a programme in from another system: Indico's timetable or event export (JSON), or a c3voc schedule
    /// (frab, pretalx; XML or JSON)
    ///
    /// Sessions become blocks with their contributions as items, breaks stay breaks, conveners chair, speakers
    /// speak; a person the meeting has as a speaker (same name and organisation) is not added again. Importing the
    /// same source again changes what changed and adds nothing twice. The import is one step for `dais undo`.
    ImportProgramme {
        /// The file, or an Indico event's address (https://indico.example.org/event/1234/, fetched as its
        /// timetable's export) or one of its exports' (…/export/event/1234.json?detail=contributions)
        file: PathBuf,
        /// Indico's API token (My profile → API tokens, scope read:legacy_api), for an event that is not public
        #[arg(long, env = "DAIS_INDICO_TOKEN", hide_env_values = true)]
        indico_token: Option<String>,
        #[command(flatten)]
        event: EventArg,
        /// Into a new meeting, made for it: its title, days and zone the source's (or those given below); prints
        /// the new meeting's id with what was imported
        #[arg(long, conflicts_with = "id")]
        new_meeting: bool,
        /// The new meeting's title [default: the source's]
        #[arg(long, requires = "new_meeting")]
        title: Option<String>,
        /// The new meeting's short title [default: the title's acronym in brackets, else the title]
        #[arg(long, requires = "new_meeting")]
        short_title: Option<String>,
        /// The new meeting's time zone (IANA) [default: the source's]
        #[arg(long, requires = "new_meeting")]
        zone: Option<String>,
        /// Show what the import would do, and write nothing
        #[arg(long, conflicts_with = "new_meeting")]
        dry_run: bool,
    },
    /// The time zones a meeting or `dais programme --zone` may name (IANA names), or those found by a city, a
    /// country or part of a name: `dais zones Geneva` finds Europe/Zurich
    Zones {
        /// A city, a country or part of a zone's name
        search: Option<String>,
    },
    /// Every country and area, by name, with the two-letter code the records keep (`--country` takes either)
    Countries,
    /// Add, change, move or remove an entry of the programme, and give speakers their roles on it
    #[command(subcommand)]
    Entry(EntryCommand),
    /// List, add, change or remove speakers
    #[command(subcommand)]
    Speaker(SpeakerCommand),
    /// Give the meeting's or an entry's words in another language: a meeting's title, short_title, description,
    /// audience or venue, an entry's title or description ("" takes the translation away). Readers of that language
    /// see them on the public site, in the feeds and in the documents; others see the original
    Translate {
        /// The meeting's or the entry's id (`dais events`, `dais programme --ids`)
        record: Uuid,
        /// The field: title, short_title, description, audience or venue
        field: String,
        /// Its language: ar, zh, en, fr, ru or es
        #[arg(value_parser = language)]
        language: Lang,
        /// The words in that language
        text: String,
    },
    /// List the translations of a meeting's words, its entries' and its side events'
    Translations {
        #[command(flatten)]
        event: EventArg,
    },
    /// Undo the meeting's last edit made on this laptop (by the app or by `dais`), as a new edit that syncs
    Undo {
        #[command(flatten)]
        event: EventArg,
        /// Only say what Undo and Redo would lay back, without laying it
        #[arg(long)]
        show: bool,
    },
    /// Make again the meeting's edit undone last
    Redo {
        #[command(flatten)]
        event: EventArg,
    },
    /// List a meeting's registrations: searched, filtered and sorted; with --json, their counts by status too
    Registrations {
        #[command(flatten)]
        event: EventArg,
        #[command(flatten)]
        find: FindRegistrations,
        /// Show each registration's id, for `dais registration decide` and `erase`
        #[arg(long)]
        ids: bool,
        /// At most this many (1 to 1000), from --offset [default: all]
        #[arg(long)]
        limit: Option<u32>,
        #[arg(long, default_value_t = 0)]
        offset: u32,
    },
    /// Decide on registrations, or erase one
    #[command(subcommand)]
    Registration(RegistrationCommand),
    /// A meeting's focal points, who approve the requests of their administration
    #[command(subcommand)]
    FocalPoint(FocalPointCommand),
    /// Write the participants list to CSV or XLSX for Excel, with the columns picked
    ///
    /// The rows are the registrations `dais registrations` lists with the same flags, all of them. A cell beginning
    /// with =, +, - or @ is written so that no spreadsheet takes it for a formula. How many rows were written goes to
    /// stderr (one line of JSON with --json).
    ParticipantsList {
        #[command(flatten)]
        event: EventArg,
        #[command(flatten)]
        find: FindRegistrations,
        /// csv or xlsx [default: the --out file's extension, else csv]
        #[arg(long, value_parser = named::<ListFormat>)]
        format: Option<ListFormat>,
        /// The columns, in order, comma-separated: name, given_name, family_name, email, organisation, position,
        /// country, country_code, category, status, submitted_at, decided_by, decided_at, reason, source,
        /// consent_to_be_listed, attended, private_notes, id [default: family_name, given_name, email, organisation,
        /// country, category, status, submitted_at]
        #[arg(long, value_delimiter = ',', value_parser = named::<ListColumn>)]
        columns: Vec<ListColumn>,
        /// The file to write (required for xlsx) [default: the standard output]
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Show, or set, the name you are known by: your decisions, and on the event site your changes, conflicts and
    /// publications [default: the computer's user name, and the site's token label on the site]
    Organiser {
        /// Your name as others should read it, e.g. "Alice Martin, TSB"
        name: Option<String>,
    },
    /// Set the event site this workspace syncs with, and the organiser's token (kept in the OS keychain)
    Site {
        /// The site's address, e.g. http://127.0.0.1:8080
        #[arg(long)]
        url: String,
        /// The token from `dais-site token create`
        #[arg(long)]
        token: String,
    },
    /// Send local changes to the event site and bring back everyone else's, registrations included
    Sync,
    /// Share a meeting kept on this laptop with the event site: the next sync sends it to the other organisers
    Share {
        #[command(flatten)]
        event: EventArg,
    },
    /// What the next publication would make public: the changes since the version the public sees, the fields that
    /// become public, and the programme's errors and warnings
    Preview {
        #[command(flatten)]
        event: EventArg,
    },
    /// Sync, then publish the meeting as its next version: the public pages and feeds show it from then on
    Publish {
        #[command(flatten)]
        event: EventArg,
        /// Publish only if the site holds what this preview showed (the `digest` of `dais preview --json`)
        #[arg(long)]
        digest: Option<String>,
        /// Publish despite the programme's warnings (overlaps, a speaker in two places)
        #[arg(long)]
        yes: bool,
    },
    /// Take the meeting off the public site until the next publication
    Unpublish {
        #[command(flatten)]
        event: EventArg,
    },
    /// The versions of the meeting published so far, newest first, with what changed in each
    Versions {
        #[command(flatten)]
        event: EventArg,
    },
    /// Where each entry of the programme stands against the public site: published in a version, changed since,
    /// new, or held back with its draft block
    Published {
        #[command(flatten)]
        event: EventArg,
    },
    /// The HTML that shows the meeting's programme, speakers or registration form inside a page of the
    /// organisation's own website (docs/website.md): a script and an element, for the event site of this workspace
    Embed {
        #[command(flatten)]
        event: EventArg,
        /// Only this part [default: all three]
        #[arg(long, value_enum)]
        part: Option<EmbedPart>,
    },
    /// Write the public site as this workspace has it from its event site (the published meetings, in every language:
    /// pages, feeds, documents, photos) into a folder any web server serves as it is (docs/website.md)
    SiteFiles {
        /// The new or empty folder to write into
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
        /// The address the files will be served at, for the feeds' links [default: the event site's]
        #[arg(long, value_name = "URL")]
        public_url: Option<String>,
    },
    /// What is waiting for the event site
    Status,
    /// Values that lost to a concurrent edit by another organiser
    Conflicts {
        /// Also those settled since (the field was edited again)
        #[arg(long)]
        all: bool,
    },
    /// Put a value that lost back (a new edit, synced like any other)
    Restore {
        /// The conflict's id, from `dais conflicts`
        id: Uuid,
    },
    /// Write everything about a meeting as JSON
    Export {
        #[command(flatten)]
        event: EventArg,
        /// Write to this file instead of the standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// A part of the meeting another website can show (`dais embed --part`).
#[derive(Clone, Copy, ValueEnum)]
pub enum EmbedPart {
    Programme,
    Speakers,
    Registration,
}

impl From<EmbedPart> for dais_wire::embed::Embed {
    fn from(part: EmbedPart) -> Self {
        match part {
            EmbedPart::Programme => Self::Programme,
            EmbedPart::Speakers => Self::Speakers,
            EmbedPart::Registration => Self::Registration,
        }
    }
}

#[derive(Args)]
pub struct EventArg {
    /// The meeting's id [default: the first meeting of the workspace]
    #[arg(long = "event", value_name = "ID")]
    pub id: Option<Uuid>,
}

#[derive(Subcommand)]
pub enum EntryCommand {
    /// Add an entry; prints its id
    Add {
        /// What the entry is
        #[arg(long, value_enum)]
        kind: Kind,
        /// The title, as the programme shows it
        #[arg(long)]
        title: String,
        /// The day, YYYY-MM-DD, in the meeting's time zone
        #[arg(long)]
        date: String,
        /// HH:MM, 24-hour, in the meeting's time zone
        #[arg(long)]
        start: String,
        /// HH:MM, 24-hour, in the meeting's time zone; after the start
        #[arg(long)]
        end: String,
        /// The block an item belongs to
        #[arg(long, value_name = "ID")]
        block: Option<Uuid>,
        /// A room, or an online link
        #[arg(long)]
        place: Option<String>,
        /// A few words on the entry, for the programme
        #[arg(long)]
        description: Option<String>,
        /// Keep the entry off the published programme
        #[arg(long)]
        draft: bool,
        #[command(flatten)]
        event: EventArg,
    },
    /// Change an entry: only the given fields change
    Edit {
        /// The entry's id (`dais programme --ids` shows them)
        id: Uuid,
        /// The title, as the programme shows it
        #[arg(long)]
        title: Option<String>,
        /// The day, YYYY-MM-DD, in the meeting's time zone
        #[arg(long)]
        date: Option<String>,
        /// HH:MM, 24-hour, in the meeting's time zone
        #[arg(long)]
        start: Option<String>,
        /// HH:MM, 24-hour, in the meeting's time zone
        #[arg(long)]
        end: Option<String>,
        /// A room, or an online link; "" removes it
        #[arg(long)]
        place: Option<String>,
        /// A few words on the entry, for the programme
        #[arg(long)]
        description: Option<String>,
        /// Put the entry on the published programme
        #[arg(long, conflicts_with = "draft")]
        public: bool,
        /// Keep the entry off the published programme
        #[arg(long)]
        draft: bool,
        /// Move an item to another block
        #[arg(long, value_name = "ID")]
        block: Option<Uuid>,
    },
    /// Move entries, or stretch them, by minutes, all in one edit; a block moved takes its items with it
    #[command(group(clap::ArgGroup::new("minutes").required(true).multiple(true)))]
    Move {
        /// The entries' ids (`dais programme --ids` shows them)
        #[arg(required = true)]
        ids: Vec<Uuid>,
        /// Move the start and the end by this many minutes (negative: earlier)
        #[arg(long, value_name = "MINUTES", allow_negative_numbers = true, group = "minutes",
              conflicts_with_all = ["start_by", "end_by"])]
        by: Option<i64>,
        /// Move only the start by this many minutes
        #[arg(long, value_name = "MINUTES", allow_negative_numbers = true, group = "minutes")]
        start_by: Option<i64>,
        /// Move only the end by this many minutes
        #[arg(long, value_name = "MINUTES", allow_negative_numbers = true, group = "minutes")]
        end_by: Option<i64>,
    },
    /// Remove an entry; a block takes its items with it
    Delete {
        /// The entry's id (`dais programme --ids` shows them)
        id: Uuid,
    },
    /// The people of an entry: give a speaker a role on it, change or remove the role, list them
    #[command(subcommand)]
    Role(RoleCommand),
}

#[derive(Subcommand)]
pub enum RoleCommand {
    /// Give a speaker a role on an entry; prints the role's id
    Add {
        /// The entry's id (`dais programme --ids` shows them)
        entry: Uuid,
        /// The speaker's id (`dais speaker list` shows them)
        #[arg(long, value_name = "ID")]
        speaker: Uuid,
        /// chair, moderator, keynote, speaker, panellist or rapporteur
        #[arg(long, value_parser = named::<Role>)]
        role: Role,
    },
    /// Change a role: another role, or the same role for another speaker
    Change {
        /// The role's id (`dais entry role list` shows them)
        id: Uuid,
        /// chair, moderator, keynote, speaker, panellist or rapporteur
        #[arg(long, value_parser = named::<Role>, required_unless_present = "speaker")]
        role: Option<Role>,
        /// The speaker who takes the role instead
        #[arg(long, value_name = "ID")]
        speaker: Option<Uuid>,
    },
    /// Take a role off its entry (the speaker stays among the meeting's speakers)
    Remove {
        /// The role's id (`dais entry role list` shows them)
        id: Uuid,
    },
    /// The people of an entry, chairs first; without an entry, every role in the meeting
    List {
        /// The entry's id [default: every entry of the meeting]
        entry: Option<Uuid>,
        #[command(flatten)]
        event: EventArg,
    },
}

/// What an entry is, as `--kind` names it.
#[derive(Clone, Copy, ValueEnum)]
pub enum Kind {
    /// A session of the meeting, which holds items
    Block,
    /// An agenda item inside a block (give the block with --block)
    Item,
    Break,
    /// A linked event of its own, such as a webinar
    SideEvent,
}

impl From<Kind> for EntryKind {
    fn from(kind: Kind) -> EntryKind {
        match kind {
            Kind::Block => EntryKind::Block,
            Kind::Item => EntryKind::Item,
            Kind::Break => EntryKind::Break,
            Kind::SideEvent => EntryKind::SideEvent,
        }
    }
}

#[derive(Subcommand)]
pub enum SpeakerCommand {
    /// List a meeting's speakers
    List {
        #[command(flatten)]
        event: EventArg,
    },
    /// Add a speaker; prints the id
    Add {
        /// Given name
        #[arg(long)]
        given: String,
        /// Family name
        #[arg(long)]
        family: String,
        #[command(flatten)]
        details: SpeakerDetails,
        #[command(flatten)]
        event: EventArg,
    },
    /// Change a speaker: only the given fields change
    Edit {
        /// The speaker's id (`dais speaker list` shows them)
        id: Uuid,
        /// Given name
        #[arg(long)]
        given: Option<String>,
        /// Family name
        #[arg(long)]
        family: Option<String>,
        #[command(flatten)]
        details: SpeakerDetails,
    },
    /// Give a speaker the photo in an image file (JPEG, PNG, WebP or GIF: cropped square and resized), or remove it
    Photo {
        /// The speaker's id (`dais speaker list` shows them)
        id: Uuid,
        /// The image file
        #[arg(required_unless_present = "remove")]
        file: Option<PathBuf>,
        /// Remove the speaker's photo instead
        #[arg(long, conflicts_with = "file")]
        remove: bool,
    },
    /// Remove a speaker, and their roles in the programme
    Delete {
        /// The speaker's id (`dais speaker list` shows them)
        id: Uuid,
    },
}

/// Which registrations, in which order.
#[derive(Args)]
pub struct FindRegistrations {
    /// Words that begin words of the name, email or organisation, e.g. "dlam example.gov"
    #[arg(long, default_value = "")]
    pub search: String,
    /// Only these statuses (repeat for several): pending, waitlisted, approved, rejected, cancelled
    #[arg(long = "status", value_parser = named::<RegistrationStatus>)]
    pub statuses: Vec<RegistrationStatus>,
    /// Only these categories (repeat): member_state_administration, sector_member, associate, academia,
    /// resolution99, other_eligible_individual
    #[arg(long = "category", value_parser = named::<ParticipantCategory>)]
    pub categories: Vec<ParticipantCategory>,
    /// Only these countries (names or two-letter codes; repeat)
    #[arg(long = "country", value_parser = country)]
    pub countries: Vec<String>,
    /// Only registrants from these regions (repeat): africa, americas, asia, europe, oceania
    #[arg(long = "region", value_parser = named::<Region>)]
    pub regions: Vec<Region>,
    /// submitted, name, email, organisation, country, category or status
    #[arg(long, value_parser = named::<RegistrationSort>, default_value = "submitted")]
    pub sort: RegistrationSort,
    #[arg(long)]
    pub descending: bool,
}

impl FindRegistrations {
    pub fn query(self, event_id: Uuid, lang: Lang, offset: u32, limit: u32) -> RegistrationQuery {
        RegistrationQuery {
            event_id,
            search: self.search,
            statuses: self.statuses,
            categories: self.categories,
            countries: self.countries,
            regions: self.regions,
            sort: self.sort,
            descending: self.descending,
            lang: Some(lang),
            offset,
            limit,
        }
    }
}

/// An optional text as given on the command line: "" empties the field (null), anything else is its value.
pub fn optional(text: Option<String>) -> Option<serde_json::Value> {
    text.map(|t| if t.trim().is_empty() { serde_json::Value::Null } else { json!(t) })
}

/// A value by its name in the model's serde form (`waitlisted`, `sector_member`): one spelling for the CLI, the JSON
/// and the app.
pub fn named<T: serde::de::DeserializeOwned>(name: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).map_err(|e| e.to_string())
}

/// A circular's fact as the organiser gives it: `FIELD=VALUE`.
fn meeting_fact(text: &str) -> Result<dais_core::import::circular::MeetingFact, String> {
    let (field, value) = text.split_once('=').ok_or_else(|| format!("{text:?} is not FIELD=VALUE"))?;
    Ok(dais_core::import::circular::MeetingFact { field: named(field.trim())?, value: value.trim().to_string() })
}

/// A country given by its name ("Senegal") or its code ("sn"), as its code. What names none goes on as typed, for
/// the record's validation to refuse at its field.
pub fn country(typed: &str) -> Result<String, String> {
    Ok(dais_core::rules::country::read_country(typed).map_or_else(|| typed.to_string(), str::to_string))
}

#[derive(Subcommand)]
pub enum RegistrationCommand {
    /// Decide on one registration or many at once (ids from `dais registrations --ids`), as this workspace's organiser
    Decide {
        ids: Vec<Uuid>,
        /// pending, waitlisted, approved, rejected or cancelled
        #[arg(long, value_parser = named::<RegistrationStatus>)]
        status: RegistrationStatus,
        /// Why (required to reject)
        #[arg(long)]
        reason: Option<String>,
    },
    /// Take a registration by hand (a phone call, a letter): source manual, pending; prints its id
    Add {
        #[command(flatten)]
        event: EventArg,
        #[command(flatten)]
        registrant: Registrant,
    },
    /// Correct a registrant's fields, the private notes or attendance: only the given ones change
    Edit {
        /// The registration's id (`dais registrations --ids` shows them)
        id: Uuid,
        #[command(flatten)]
        registrant: Registrant,
        /// Came to the meeting: true or false
        #[arg(long)]
        attended: Option<bool>,
    },
    /// Bring registrations in from a file: CSV (any separator and encoding), XLSX, XLS or ODS, Indico's registrants
    /// export or a participants list Dais wrote
    ///
    /// Each column goes to the field its header names (in any of the six languages), or as --map says; the mapping
    /// is remembered for the next file with the same headers. A row matching a registration of the meeting (by
    /// email, or a list's registration id) is updated, skipped or kept beside it. A row with a problem stops the
    /// import, named at its cell, until it is mended in the file or skipped with --row N=skip: nothing is written in
    /// part. The import is one step for `dais undo`.
    Import {
        /// The file
        file: PathBuf,
        #[command(flatten)]
        event: EventArg,
        /// The sheet of a workbook, from 1 [default: the first with rows]
        #[arg(long)]
        sheet: Option<usize>,
        /// A CSV's encoding, e.g. windows-1251 [default: guessed from its bytes]
        #[arg(long)]
        encoding: Option<String>,
        /// A column's field, by its header: "Affiliation=organisation", or "Notes=none" to leave it out (fields:
        /// the participants list's columns, e.g. given_name, family_name, email, organisation, country, category,
        /// status, submitted_at, private_notes)
        #[arg(long = "map", value_name = "HEADER=FIELD")]
        map: Vec<String>,
        /// What to do with a row matching a registration: update, skip or keep_both
        #[arg(long, value_parser = named::<OnDuplicate>, default_value = "update")]
        on_duplicate: OnDuplicate,
        /// What to do with one row, by its number in the sheet: "7=skip", "9=keep_both", "12=add"
        #[arg(long = "row", value_name = "N=ACTION")]
        rows: Vec<String>,
        /// Show what the import would do, and write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// A meeting's registrations counted by status, category, region, country and day of request
    Summary {
        #[command(flatten)]
        event: EventArg,
    },
    /// One registration whole, with every decision on it, latest first
    Show { id: Uuid },
    /// Erase a registration at the registrant's request: their name, email, answers and notes leave this workspace,
    /// and the event site and every organiser's laptop at their next sync; only the id stays. It cannot be undone.
    Erase {
        /// The registration's id (`dais registrations --ids` shows them)
        id: Uuid,
    },
}

/// A registrant's fields, as the registration form asks them.
#[derive(Args)]
pub struct Registrant {
    #[arg(long)]
    pub given_name: Option<String>,
    #[arg(long)]
    pub family_name: Option<String>,
    /// How the name is written [default: by_script, family name first in Chinese, Japanese and Korean characters]
    #[arg(long, value_enum)]
    pub name_order: Option<NameOrderArg>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub organisation: Option<String>,
    /// Its name or two-letter code, e.g. Senegal or SN
    #[arg(long, value_name = "COUNTRY", value_parser = country)]
    pub country: Option<String>,
    /// e.g. member_state_administration, sector_member, academia
    #[arg(long, value_parser = named::<ParticipantCategory>)]
    pub category: Option<ParticipantCategory>,
    #[arg(long)]
    pub position: Option<String>,
    /// Private notes: never published
    #[arg(long)]
    pub notes: Option<String>,
}

/// A speaker's details; an empty value ("") removes one.
#[derive(Args)]
pub struct SpeakerDetails {
    /// e.g. Ms, Mr, Dr
    #[arg(long)]
    pub honorific: Option<String>,
    /// How the name is written [default: by_script, family name first in Chinese, Japanese and Korean characters]
    #[arg(long, value_enum)]
    pub name_order: Option<NameOrderArg>,
    /// e.g. Chair, U4SSC
    #[arg(long)]
    pub position: Option<String>,
    /// The organisation the speaker represents
    #[arg(long)]
    pub organisation: Option<String>,
    /// Its name or two-letter code, e.g. Switzerland or CH
    #[arg(long, value_name = "COUNTRY", value_parser = country)]
    pub country: Option<String>,
    /// Private: never published
    #[arg(long)]
    pub email: Option<String>,
    /// Where the invitation stands
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// The speaker agrees that their name and details are published
    #[arg(long, conflicts_with = "no_consent")]
    pub consent: bool,
    /// The speaker does not (or no longer) agree to be published
    #[arg(long)]
    pub no_consent: bool,
}

/// A name's order as a flag gives it: `by_script` leaves it to the name's script.
#[derive(Clone, Copy, ValueEnum)]
pub enum NameOrderArg {
    ByScript,
    GivenFirst,
    FamilyFirst,
}

impl NameOrderArg {
    pub fn order(self) -> Option<NameOrder> {
        match self {
            NameOrderArg::ByScript => None,
            NameOrderArg::GivenFirst => Some(NameOrder::GivenFirst),
            NameOrderArg::FamilyFirst => Some(NameOrder::FamilyFirst),
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Status {
    Invited,
    Confirmed,
    Declined,
}

impl From<Status> for SpeakerStatus {
    fn from(status: Status) -> SpeakerStatus {
        match status {
            Status::Invited => SpeakerStatus::Invited,
            Status::Confirmed => SpeakerStatus::Confirmed,
            Status::Declined => SpeakerStatus::Declined,
        }
    }
}

impl SpeakerDetails {
    pub fn apply(self, s: &mut Speaker) {
        let optional = |target: &mut Option<String>, value: Option<String>| {
            if let Some(v) = value {
                *target = Some(v).filter(|v| !v.is_empty());
            }
        };
        optional(&mut s.honorific, self.honorific);
        if let Some(order) = self.name_order {
            s.name_order = order.order();
        }
        optional(&mut s.position, self.position);
        optional(&mut s.organisation, self.organisation);
        optional(&mut s.country, self.country);
        optional(&mut s.email, self.email);
        if let Some(status) = self.status {
            s.status = status.into();
        }
        if self.consent || self.no_consent {
            s.consent_to_publish = self.consent;
        }
    }
}

pub fn set<T>(target: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *target = v;
    }
}

#[derive(Subcommand)]
#[expect(
    clippy::large_enum_variant,
    reason = "parsed once per run; a Box would only make clap's derive harder to read"
)]
pub enum MeetingCommand {
    /// Read a meeting's facts from its circular (a DOCX, a PDF, or its text; in English, French, Spanish or Russian):
    /// each with the sentence it came from, and what the letter does not say, to give when making the meeting
    ReadCircular {
        /// The circular
        file: PathBuf,
    },
    /// Make a meeting from its circular: the facts read-circular shows, with those it could not find or read wrong
    /// given by --set; its sessions' times become blocks and its side events side events. Prints its id
    FromCircular {
        /// The circular
        file: PathBuf,
        /// A fact given or corrected, FIELD=VALUE, as read-circular --json names and writes them
        /// (short_title=U4SSC-9, times=09:30-12:30); given again for several values (two sessions' times);
        /// FIELD= leaves the letter's out
        #[arg(long = "set", value_name = "FIELD=VALUE", value_parser = meeting_fact)]
        set: Vec<dais_core::import::circular::MeetingFact>,
    },
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
        /// The meeting's time zone, e.g. Europe/Zurich (`dais zones CITY` finds a city's)
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
    /// Add the demo meeting (U4SSC-9) unless the workspace holds it already; prints its id either way
    Demo,
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
    pub registration_opens: Option<String>,
    /// When registration closes: "YYYY-MM-DD HH:MM" in the meeting's zone ("" for not set)
    #[arg(long, value_name = "WHEN")]
    pub registration_closes: Option<String>,
    /// How many may register ("" for no limit)
    #[arg(long, value_name = "N")]
    pub capacity: Option<String>,
}

/// `Label; email; phone; fax`, the last three optional.
fn contact(text: &str) -> Result<Contact, String> {
    let mut parts = text.split(';').map(|p| Some(p.trim()).filter(|p| !p.is_empty()).map(str::to_string));
    let label =
        parts.next().flatten().ok_or("a contact starts with who it is, e.g. \"U4SSC secretariat; u4ssc@itu.int\"")?;
    Ok(Contact { label, email: parts.next().flatten(), phone: parts.next().flatten(), fax: parts.next().flatten() })
}

#[derive(Subcommand)]
pub enum FocalPointCommand {
    /// List a meeting's focal points
    List {
        #[command(flatten)]
        event: EventArg,
    },
    /// Add a focal point; prints its id
    Add {
        #[command(flatten)]
        event: EventArg,
        /// The administration's country: its name or two-letter code, e.g. Switzerland or CH
        #[arg(long, value_parser = country)]
        country: String,
        /// The category they approve (member_state_administration, sector_member, associate, academia,
        /// resolution_99, other_eligible_individual) [default: every category without a focal point of its own]
        #[arg(long, value_parser = named::<ParticipantCategory>)]
        category: Option<ParticipantCategory>,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
    },
    /// Change a focal point: only the given facts change
    Change {
        id: Uuid,
        /// Its name or two-letter code
        #[arg(long, value_parser = country)]
        country: Option<String>,
        /// The category they approve; "any" for every category
        #[arg(long, value_parser = category_or_any)]
        category: Option<Category>,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
    /// Remove a focal point: the links the site mailed them open nothing any more
    Remove { id: Uuid },
}

/// A category, or none (`any`).
#[derive(Clone)]
pub struct Category(pub Option<ParticipantCategory>);

fn category_or_any(text: &str) -> Result<Category, String> {
    if text == "any" { Ok(Category(None)) } else { named::<ParticipantCategory>(text).map(|c| Category(Some(c))) }
}
