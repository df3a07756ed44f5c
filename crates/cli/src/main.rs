//! `dais`: the headless command line of Dais, for scripts and tests. A thin adapter over `dais-core`: every
//! command opens the workspace, calls one or two core operations and prints what they return. Validation, time
//! zones and the change log are the core's; this file only reads flags and writes text or JSON.
//!
//! The workspace is `--workspace PATH`, else `$DAIS_WORKSPACE`, else the app's data folder (as the desktop app).
//! Only `dais init` creates a workspace; the other commands refuse a path where there is none.
//!
//! Exit codes (stable: scripts may rely on them; [`exit_code`] is the one place that maps errors to them):
//!
//! | code | meaning                                                                                         |
//! |------|-------------------------------------------------------------------------------------------------|
//! | 0    | ok                                                                                              |
//! | 1    | anything else (e.g. the export file cannot be written)                                          |
//! | 2    | usage error: unknown command or flag, missing or malformed value (clap's own)                   |
//! | 3    | invalid input (`invalid`, or `changed_meanwhile`: changed by another since it was read); each field is printed as `field: message`; a publication not made: `changed_since_preview`, or `unconfirmed` warnings without `--yes` |
//! | 4    | not found (`not_found`): no meeting, entry or speaker with that id                              |
//! | 5    | the workspace or its database cannot be used (`workspace`, `database`, `migration`, `disk_full`, `malformed`) |
//! | 6    | `dais init` on a workspace that already holds events (`exists`)                                 |
//! | 7    | offline: the event site cannot be reached (`offline`); nothing was lost, the changes wait        |
//! | 8    | the event site refused: no site set, a wrong token, another protocol, a refused change           |
//!
//! With `--json`, results are JSON on stdout and errors are core's `ErrorBody` on stderr, one line:
//! `{"code": "invalid", "message": "...", "fields": [{"field": "slot", "message": "..."}]}`.

mod focal_points;
mod meetings;
mod text;

/// mimalloc: glibc's allocator made a pull's parsing and writing threads wait on each other (see the workspace's
/// Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use dais_core::participants_list::{ListColumn, ListFormat};
use dais_core::registrations::{DecisionInput, Region, RegistrationQuery, RegistrationSort};
use dais_core::{
    Edit, Entry, EntryInput, EntryKind, Error, ErrorBody, Event, ParticipantCategory, RegistrationStatus, Speaker,
    SpeakerStatus, Store, seed, store,
};
use serde::Serialize;
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

/// Prepare a meeting's programme, speakers and registrations from the command line.
#[derive(Parser)]
#[command(name = "dais", version, after_long_help = EXIT_CODES)]
struct Cli {
    /// The workspace file [default: $DAIS_WORKSPACE, else the app's data folder]
    #[arg(long, global = true, value_name = "PATH", display_order = 100)]
    workspace: Option<PathBuf>,

    /// Print results as JSON on stdout, and errors as JSON ({code, message, fields}) on stderr
    #[arg(long, global = true, display_order = 101)]
    json: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
#[expect(
    clippy::large_enum_variant,
    reason = "parsed once per run; a Box would only make clap's derive harder to read"
)]
enum Command {
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
    Meeting(meetings::MeetingCommand),
    /// Show a meeting's programme, day by day, in the meeting's time zone
    Programme {
        #[command(flatten)]
        event: EventArg,
        /// Also show the times in this zone (an IANA name, e.g. America/New_York)
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
    /// Add, change or remove an entry of the programme
    #[command(subcommand)]
    Entry(EntryCommand),
    /// List, add, change or remove speakers
    #[command(subcommand)]
    Speaker(SpeakerCommand),
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
    FocalPoint(focal_points::FocalPointCommand),
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
    /// Show, or set, the name this workspace's decisions are recorded under [default: the computer's user name]
    Organiser {
        /// The name to record decisions under, e.g. "Alice Martin, TSB"
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

#[derive(Args)]
struct EventArg {
    /// The meeting's id [default: the first meeting of the workspace]
    #[arg(long = "event", value_name = "ID")]
    id: Option<Uuid>,
}

#[derive(Subcommand)]
enum EntryCommand {
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
    /// Remove an entry; a block takes its items with it
    Delete {
        /// The entry's id (`dais programme --ids` shows them)
        id: Uuid,
    },
}

/// What an entry is, as `--kind` names it.
#[derive(Clone, Copy, ValueEnum)]
enum Kind {
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
enum SpeakerCommand {
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
    /// Remove a speaker, and their roles in the programme
    Delete {
        /// The speaker's id (`dais speaker list` shows them)
        id: Uuid,
    },
}

/// Which registrations, in which order.
#[derive(Args)]
struct FindRegistrations {
    /// Words that begin words of the name, email or organisation, e.g. "dlam example.gov"
    #[arg(long, default_value = "")]
    search: String,
    /// Only these statuses (repeat for several): pending, waitlisted, approved, rejected, cancelled
    #[arg(long = "status", value_parser = named::<RegistrationStatus>)]
    statuses: Vec<RegistrationStatus>,
    /// Only these categories (repeat): member_state_administration, sector_member, associate, academia,
    /// resolution99, other_eligible_individual
    #[arg(long = "category", value_parser = named::<ParticipantCategory>)]
    categories: Vec<ParticipantCategory>,
    /// Only these countries (ISO codes; repeat)
    #[arg(long = "country")]
    countries: Vec<String>,
    /// Only registrants from these regions (repeat): africa, americas, asia, europe, oceania
    #[arg(long = "region", value_parser = named::<Region>)]
    regions: Vec<Region>,
    /// submitted, name, email, organisation, country, category or status
    #[arg(long, value_parser = named::<RegistrationSort>, default_value = "submitted")]
    sort: RegistrationSort,
    #[arg(long)]
    descending: bool,
}

impl FindRegistrations {
    fn query(self, event_id: Uuid, offset: u32, limit: u32) -> RegistrationQuery {
        RegistrationQuery {
            event_id,
            search: self.search,
            statuses: self.statuses,
            categories: self.categories,
            countries: self.countries,
            regions: self.regions,
            sort: self.sort,
            descending: self.descending,
            offset,
            limit,
        }
    }
}

/// An optional text as given on the command line: "" empties the field (null), anything else is its value.
fn optional(text: Option<String>) -> Option<serde_json::Value> {
    text.map(|t| if t.trim().is_empty() { serde_json::Value::Null } else { json!(t) })
}

/// A value by its name in the model's serde form (`waitlisted`, `sector_member`): one spelling for the CLI, the JSON
/// and the app.
fn named<T: serde::de::DeserializeOwned>(name: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).map_err(|e| e.to_string())
}

#[derive(Subcommand)]
enum RegistrationCommand {
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
struct Registrant {
    #[arg(long)]
    given_name: Option<String>,
    #[arg(long)]
    family_name: Option<String>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    organisation: Option<String>,
    /// ISO 3166-1 alpha-2 code, e.g. SN
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// e.g. member_state_administration, sector_member, academia
    #[arg(long, value_parser = named::<ParticipantCategory>)]
    category: Option<ParticipantCategory>,
    #[arg(long)]
    position: Option<String>,
    /// Private notes: never published
    #[arg(long)]
    notes: Option<String>,
}

/// A speaker's details; an empty value ("") removes one.
#[derive(Args)]
struct SpeakerDetails {
    /// e.g. Ms, Mr, Dr
    #[arg(long)]
    honorific: Option<String>,
    /// e.g. Chair, U4SSC
    #[arg(long)]
    position: Option<String>,
    /// The organisation the speaker represents
    #[arg(long)]
    organisation: Option<String>,
    /// ISO 3166-1 alpha-2 code, e.g. CH
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// Private: never published
    #[arg(long)]
    email: Option<String>,
    /// Where the invitation stands
    #[arg(long, value_enum)]
    status: Option<Status>,
    /// The speaker agrees that their name and details are published
    #[arg(long, conflicts_with = "no_consent")]
    consent: bool,
    /// The speaker does not (or no longer) agree to be published
    #[arg(long)]
    no_consent: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Status {
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

/// Why a command failed: a core error, or one of the few that only the command line has.
enum Failure {
    Core(Error),
    /// `dais init` on a workspace that already holds events.
    Initialised {
        path: PathBuf,
        events: Vec<String>,
    },
    /// No `--event`, and the workspace has no meeting to default to.
    NoMeeting {
        path: PathBuf,
    },
    /// The export file cannot be written.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Sync(dais_sync::SyncError),
    /// `dais sync` before `dais site`.
    NoSite,
    /// `dais publish` of a programme with warnings, without `--yes`.
    Unconfirmed(Vec<String>),
}

impl From<dais_sync::SyncError> for Failure {
    fn from(e: dais_sync::SyncError) -> Self {
        match e {
            dais_sync::SyncError::Local(e) => Failure::Core(e),
            e => Failure::Sync(e),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Core(e)
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::Core(Error::Malformed(e))
    }
}

impl Failure {
    /// The error as scripts see it: core's own body, or one in the same shape.
    fn body(&self) -> ErrorBody {
        let body = |code: &str, message: String| ErrorBody { code: code.into(), message, fields: Vec::new() };
        match self {
            Failure::Core(e) => e.body(),
            Failure::Initialised { path, events } => body(
                "exists",
                format!(
                    "the workspace {} is already initialised: it holds {}; `dais init` leaves it alone",
                    path.display(),
                    events.join(", ")
                ),
            ),
            Failure::NoMeeting { path } => body(
                "not_found",
                format!(
                    "the workspace {} holds no meeting; `dais init --demo` creates the demo meeting",
                    path.display()
                ),
            ),
            Failure::Io { path, error } => body("io", format!("cannot write {}: {error}", path.display())),
            Failure::Sync(e) => body(e.code(), e.to_string()),
            Failure::NoSite => {
                body("no_site", "this workspace has no event site yet: `dais site --url URL --token TOKEN`".into())
            }
            Failure::Unconfirmed(warnings) => body(
                "unconfirmed",
                format!(
                    "not published: the programme has warnings ({}); `--yes` publishes anyway",
                    warnings.join("; ")
                ),
            ),
        }
    }
}

/// The one place where error codes become exit codes (see the table at the top of this file).
fn exit_code(code: &str) -> u8 {
    match code {
        "invalid" | "changed_meanwhile" | "changed_since_preview" | "unconfirmed" => 3,
        "not_found" => 4,
        "workspace" | "database" | "migration" | "disk_full" | "malformed" | "corrupt" => 5,
        "exists" => 6,
        "offline" => 7,
        "no_site" | "unauthorized" | "protocol_mismatch" | "protocol" | "rejected" | "refused" | "site_restored"
        | "site" => 8,
        _ => 1,
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let body = failure.body();
            let report = if json {
                serde_json::to_string(&body).unwrap_or_else(|_| body.message.clone())
            } else if body.fields.is_empty() {
                format!("dais: {}", body.message)
            } else {
                let fields: Vec<String> = body.fields.iter().map(|f| format!("  {}: {}", f.field, f.message)).collect();
                format!("dais: invalid input:\n{}", fields.join("\n"))
            };
            let _ = writeln!(std::io::stderr(), "{report}");
            ExitCode::from(exit_code(&body.code))
        }
    }
}

/// Where results go: JSON or text on stdout. A closed pipe (`dais ... | head`) is not an error.
struct Out {
    json: bool,
}

impl Out {
    fn show<T: Serialize>(&self, value: &T, text: impl FnOnce() -> String) -> Result<(), Failure> {
        let out = if self.json { serde_json::to_string_pretty(value)? } else { text() };
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "{}", out.trim_end_matches('\n'));
        Ok(())
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let path = match cli.workspace {
        Some(p) => p,
        None => store::workspace_path_from_env()?,
    };
    let out = Out { json: cli.json };
    match cli.command {
        Command::Init { demo } => init(&path, demo, &out),
        Command::Events => {
            let meetings = open(&path)?.meetings()?;
            out.show(&meetings, || text::events(&meetings))
        }
        Command::Programme { event, zone, ids, docx, pdf } => {
            use dais_core::programme_document::DocumentFormat;
            let store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let programme = store.programme(event.id, zone.as_deref())?;
            let document = docx.map(|f| (DocumentFormat::Docx, f)).or(pdf.map(|f| (DocumentFormat::Pdf, f)));
            match document {
                Some((format, file)) => {
                    std::fs::write(&file, dais_core::programme_document::write(format, &event, &programme)?)
                        .map_err(|error| Failure::Io { path: file.clone(), error })?;
                    out.show(&file, || format!("Wrote the programme of {} to {}", event.short_title, file.display()))
                }
                None => out.show(&programme, || text::programme(&event, &programme, ids)),
            }
        }
        Command::Meeting(command) => meetings::run(&mut open(&path)?, &path, command, &out),
        Command::FocalPoint(command) => focal_points::run(&mut open(&path)?, &path, command, &out),
        Command::Entry(command) => entry(&mut open(&path)?, &path, command, &out),
        Command::Speaker(command) => speaker(&mut open(&path)?, &path, command, &out),
        Command::Registrations { event, find, ids, limit, offset } => {
            let store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let query = find.query(event.id, offset, limit.unwrap_or(1000));
            let mut page = store.registration_page(&query)?;
            // Without --limit, every one: the pages after the first.
            while limit.is_none() && page.offset as usize + page.rows.len() < page.matching as usize {
                let next = store.registration_page(&RegistrationQuery {
                    offset: page.offset + page.rows.len() as u32,
                    ..query.clone()
                })?;
                page.rows.extend(next.rows);
            }
            out.show(&page, || text::registrations(&page, ids))
        }
        Command::ParticipantsList { event, find, format, columns, out: file } => {
            participants_list(&open(&path)?, &path, event, find, format, columns, file, &out)
        }
        Command::Registration(RegistrationCommand::Decide { ids, status, reason }) => {
            let mut store = open(&path)?;
            let by = store.organiser()?;
            let decided = store.decide(&DecisionInput { ids, status, reason }, &by, chrono::Utc::now())?;
            out.show(&decided, || format!("{}: {} registration(s), decided by {by}", status.label(), decided.len()))
        }
        Command::Organiser { name } => {
            let mut store = open(&path)?;
            if let Some(name) = name {
                store.set_organiser(&name)?;
            }
            let name = store.organiser()?;
            out.show(&json!({ "organiser": name }), || format!("Decisions are recorded as made by {name}"))
        }
        Command::Registration(RegistrationCommand::Add { event, registrant: r }) => {
            let mut store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let new = dais_core::NewRegistration {
                event_id: event.id,
                given_name: r.given_name.unwrap_or_default(),
                family_name: r.family_name.unwrap_or_default(),
                email: r.email.unwrap_or_default(),
                organisation: r.organisation.unwrap_or_default(),
                country: r.country.unwrap_or_default(),
                category: r.category.unwrap_or(ParticipantCategory::OtherEligibleIndividual),
                position: r.position,
                private_notes: r.notes.unwrap_or_default(),
            };
            let added = store.add_registration(&new, chrono::Utc::now())?;
            out.show(&added, || added.id.to_string())
        }
        Command::Registration(RegistrationCommand::Edit { id, registrant: r, attended }) => {
            let mut store = open(&path)?;
            let opened = serde_json::to_value(store.get::<dais_core::Registration>(id)?)?;
            let mut edited = opened.clone();
            for (field, value) in [
                ("given_name", r.given_name.map(|v| json!(v))),
                ("family_name", r.family_name.map(|v| json!(v))),
                ("email", r.email.map(|v| json!(v))),
                ("organisation", r.organisation.map(|v| json!(v))),
                ("country", r.country.map(|v| json!(v.trim().to_uppercase()))),
                ("category", r.category.map(|v| json!(v))),
                ("position", optional(r.position)),
                ("private_notes", r.notes.map(|v| json!(v))),
                ("attended", attended.map(|v| json!(v))),
            ] {
                if let Some(v) = value {
                    edited[field] = v;
                }
            }
            let saved = store.edit_registration(&Edit::between(id, &opened, &edited)?)?;
            out.show(&saved, || format!("Saved the registration of {} {} ({id})", saved.given_name, saved.family_name))
        }
        Command::Registration(RegistrationCommand::Summary { event }) => {
            let store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let summary = store.registration_summary(event.id)?;
            out.show(&summary, || text::summary(&summary))
        }
        Command::Registration(RegistrationCommand::Show { id }) => {
            let r = open(&path)?.get::<dais_core::Registration>(id)?;
            out.show(&r, || text::registration(&r))
        }
        Command::Registration(RegistrationCommand::Erase { id }) => {
            let mut store = open(&path)?;
            let r = store.get::<dais_core::Registration>(id)?;
            store.erase_registration(id)?;
            out.show(&json!({ "erased": id }), || {
                format!(
                    "Erased the registration of {} {} ({id}); it leaves the event site at the next sync",
                    r.given_name, r.family_name
                )
            })
        }
        Command::Site { url, token } => {
            let mut store = open(&path)?;
            let place = dais_sync::settings::save(&mut store, &url, &token)?;
            let kept = match place {
                dais_sync::settings::TokenPlace::Keychain => "the OS keychain".to_string(),
                dais_sync::settings::TokenPlace::File => format!("{}.token (no keychain here)", path.display()),
            };
            out.show(&json!({ "url": url, "token": place }), || format!("Site {url}; the token is kept in {kept}"))
        }
        Command::Sync => {
            let report = sync(open(&path)?)?;
            out.show(&report, || text::sync_report(&report))?;
            refused(&report)
        }
        Command::Share { event } => {
            let mut store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let shared = store.share(event.id)?;
            out.show(&json!({ "event_id": event.id, "shared": shared }), || match shared {
                true => format!("Shared {}: it goes to the event site at the next sync", event.short_title),
                false => format!("{} is shared already", event.short_title),
            })
        }
        Command::Preview { event } => {
            let store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let preview = store.preview(event.id)?;
            out.show(&preview, || text::preview(&preview))
        }
        Command::Publish { event, digest, yes } => {
            let store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let preview = store.preview(event.id)?;
            if !preview.errors.is_empty() {
                return Err(Error::Invalid(preview.errors).into());
            }
            if !preview.warnings.is_empty() && !yes {
                return Err(Failure::Unconfirmed(preview.warnings.iter().map(|w| w.message().to_string()).collect()));
            }
            let url = store.site_url()?.ok_or(Failure::NoSite)?;
            let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
            let store = std::sync::Mutex::new(store);
            let (report, published) = dais_sync::publish(&store, &site, event.id, digest.as_deref(), &mut |_| {})?;
            let page = dais_sync::programme_url(&url, event.id);
            out.show(&json!({ "sync": report, "published": published, "programme": page }), || {
                let what = match published.unchanged {
                    true => format!("Nothing changed: version {} stays public", published.version),
                    false => format!("Published version {}", published.version),
                };
                format!("{}\n{what}: {page}", text::sync_report(&report))
            })?;
            refused(&report)
        }
        Command::Unpublish { event } => {
            let store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
            let withdrawn = dais_sync::withdraw(&std::sync::Mutex::new(store), &site, event.id)?;
            out.show(&json!({ "event_id": event.id, "withdrawn": withdrawn }), || match withdrawn {
                true => format!("{} is off the public site until the next publication", event.short_title),
                false => format!("{} was not on the public site", event.short_title),
            })
        }
        Command::Versions { event } => {
            let store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let versions = store.versions(event.id)?;
            out.show(&versions, || text::versions(&versions, &event))
        }
        Command::Status => {
            let store = open(&path)?;
            let status = json!({ "site": store.site_url()?, "waiting": store.pending_count()? });
            out.show(&status, || text::status(&status))
        }
        Command::Conflicts { all } => {
            let conflicts: Vec<_> = open(&path)?.conflicts()?.into_iter().filter(|c| all || c.open).collect();
            out.show(&conflicts, || text::conflicts(&conflicts))
        }
        Command::Restore { id } => {
            open(&path)?.restore(id)?;
            out.show(&json!({ "restored": id }), || "Restored; it reaches the others at the next sync".into())
        }
        Command::Export { event, out: file } => {
            let store = open(&path)?;
            let event = meeting(&store, &path, event.id)?;
            let export = store.export(event.id)?;
            let pretty = serde_json::to_string_pretty(&export)?;
            match file {
                None => out.show(&export, || pretty),
                Some(file) => {
                    std::fs::write(&file, format!("{pretty}\n"))
                        .map_err(|error| Failure::Io { path: file.clone(), error })?;
                    let done = json!({ "event_id": event.id, "out": file, "entries": export.entries.len() });
                    out.show(&done, || format!("Exported {} to {}", event.short_title, file.display()))
                }
            }
        }
    }
}

/// One sync. Offline is not a failure of the data: the message says how many changes wait.
fn sync(store: Store) -> Result<dais_sync::SyncReport, Failure> {
    let site = dais_sync::settings::site(&store)?.ok_or(Failure::NoSite)?;
    let store = std::sync::Mutex::new(store);
    match dais_sync::sync(&store, &site, &mut |_| {}) {
        Ok(report) => Ok(report),
        Err(dais_sync::SyncError::Offline { url, reason }) => {
            let waiting = store.lock().map_err(|_| Error::Corrupt("lock".into()))?.pending_count()?;
            Err(Failure::Sync(dais_sync::SyncError::Offline {
                url,
                reason: format!("{reason}; {waiting} changes waiting"),
            }))
        }
        Err(e) => Err(e.into()),
    }
}

/// A sync that went through, but with changes the site refused: a failure for scripts (exit 8), each one named.
fn refused(report: &dais_sync::SyncReport) -> Result<(), Failure> {
    report.refused_error().map_or(Ok(()), |e| Err(e.into()))
}

fn init(path: &Path, demo: bool, out: &Out) -> Result<(), Failure> {
    let existed = path.exists();
    let mut store = Store::open(path)?;
    let events = store.events()?;
    if !events.is_empty() {
        let events = events.into_iter().map(|e| e.short_title).collect();
        return Err(Failure::Initialised { path: path.to_path_buf(), events });
    }
    let demo: Option<Event> = match demo {
        true => {
            let id = seed::create_demo(&mut store)?;
            Some(store.get(id)?)
        }
        false => None,
    };
    let demo_id = demo.as_ref().map(|e| e.id);
    let done = json!({ "workspace": path, "created": !existed, "demo_event_id": demo_id });
    out.show(&done, || {
        let what = if existed { "Initialised the workspace" } else { "Created the workspace" };
        match &demo {
            Some(e) => format!("{what} {}, with the demo meeting {} ({})", path.display(), e.short_title, e.id),
            None => format!("{what} {}", path.display()),
        }
    })
}

/// The existing workspace at `path`. Unlike `Store::open`, never creates one: a mistyped path is an error, not a new,
/// empty workspace.
fn open(path: &Path) -> Result<Store, Failure> {
    if !path.exists() {
        return Err(Error::Workspace {
            path: path.display().to_string(),
            reason: "there is no workspace there; `dais init` creates one".into(),
        }
        .into());
    }
    Ok(Store::open(path)?)
}

/// The meeting named by `--event`, else the workspace's first meeting.
fn meeting(store: &Store, path: &Path, id: Option<Uuid>) -> Result<Event, Failure> {
    match id {
        Some(id) => Ok(store.get(id)?),
        None => store.meetings()?.into_iter().next().ok_or_else(|| Failure::NoMeeting { path: path.to_path_buf() }),
    }
}

fn entry(store: &mut Store, path: &Path, command: EntryCommand, out: &Out) -> Result<(), Failure> {
    match command {
        EntryCommand::Add { kind, title, date, start, end, block, place, description, draft, event } => {
            // Without --event, an item goes to its block's meeting (if the block exists: if not, the core says so).
            let event_id = match (event.id, block.map(|b| store.get::<Entry>(b))) {
                (Some(id), _) => Some(id),
                (None, Some(Ok(block))) => Some(block.event_id),
                (None, Some(Err(Error::NotFound { .. })) | None) => None,
                (None, Some(Err(e))) => return Err(e.into()),
            };
            let event = meeting(store, path, event_id)?;
            let input = EntryInput {
                id: None,
                event_id: event.id,
                kind: kind.into(),
                block_id: block,
                linked_event_id: None,
                title,
                description: description.unwrap_or_default(),
                date,
                start,
                end,
                place,
                public: !draft,
            };
            let saved = store.save_entry_input(&input)?;
            out.show(&saved, || saved.id.to_string())
        }
        EntryCommand::Edit { id, title, date, start, end, place, description, public, draft, block } => {
            let entry: Entry = store.get(id)?;
            let event: Event = store.get(entry.event_id)?;
            let opened = EntryInput::of(&entry, &event)?;
            let mut input = opened.clone();
            set(&mut input.title, title);
            set(&mut input.date, date);
            set(&mut input.start, start);
            set(&mut input.end, end);
            set(&mut input.description, description);
            if place.is_some() {
                input.place = place;
            }
            if public || draft {
                input.public = public;
            }
            if block.is_some() {
                input.block_id = block;
            }
            // Only the fields given: a sync by the app between this read and the write keeps what it brought.
            let saved = store.edit_entry(&Edit::between(id, &opened, &input)?)?;
            out.show(&saved, || format!("Saved {} ({})", saved.title, saved.id))
        }
        EntryCommand::Delete { id } => {
            let entry: Entry = store.get(id)?;
            store.delete_entry(id)?;
            out.show(&json!({ "deleted": id }), || format!("Deleted {} ({id})", entry.title))
        }
    }
}

fn speaker(store: &mut Store, path: &Path, command: SpeakerCommand, out: &Out) -> Result<(), Failure> {
    match command {
        SpeakerCommand::List { event } => {
            let event = meeting(store, path, event.id)?;
            let speakers = store.speakers(event.id)?;
            out.show(&speakers, || text::speakers(&speakers))
        }
        SpeakerCommand::Add { given, family, details, event } => {
            let event = meeting(store, path, event.id)?;
            let mut speaker = Speaker::blank(event.id);
            speaker.given_name = given;
            speaker.family_name = family;
            details.apply(&mut speaker);
            store.save_speaker(&speaker)?;
            out.show(&speaker, || speaker.id.to_string())
        }
        SpeakerCommand::Edit { id, given, family, details } => {
            let opened: Speaker = store.get(id)?;
            let mut speaker = opened.clone();
            set(&mut speaker.given_name, given);
            set(&mut speaker.family_name, family);
            details.apply(&mut speaker);
            let speaker = store.edit_speaker(&Edit::between(id, &opened, &speaker)?)?;
            out.show(&speaker, || format!("Saved {} ({})", speaker.display_name(), speaker.id))
        }
        SpeakerCommand::Delete { id } => {
            let speaker: Speaker = store.get(id)?;
            store.delete_speaker(id)?;
            out.show(&json!({ "deleted": id }), || format!("Deleted {} ({id})", speaker.display_name()))
        }
    }
}

impl SpeakerDetails {
    fn apply(self, s: &mut Speaker) {
        let optional = |target: &mut Option<String>, value: Option<String>| {
            if let Some(v) = value {
                *target = Some(v).filter(|v| !v.is_empty());
            }
        };
        optional(&mut s.honorific, self.honorific);
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

fn set<T>(target: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *target = v;
    }
}

/// `dais participants-list`: the list to a file, or as CSV to the standard output; how many rows, on stderr.
#[allow(clippy::too_many_arguments)] // the command's flags, as parsed
fn participants_list(
    store: &Store,
    path: &Path,
    event: EventArg,
    find: FindRegistrations,
    format: Option<ListFormat>,
    columns: Vec<ListColumn>,
    file: Option<PathBuf>,
    out: &Out,
) -> Result<(), Failure> {
    let event = meeting(store, path, event.id)?;
    let format = match (format, &file) {
        (Some(format), _) => format,
        (None, None) => ListFormat::Csv,
        (None, Some(file)) => ListFormat::of_path(file).ok_or_else(|| {
            Error::invalid("format", format!("{} is neither .csv nor .xlsx: give --format", file.display()))
        })?,
    };
    let columns = if columns.is_empty() { ListColumn::DEFAULT.to_vec() } else { columns };
    let query = find.query(event.id, 0, 1);
    let rows = match &file {
        None if format == ListFormat::Xlsx => {
            return Err(Error::invalid("out", "an XLSX file is written to a file: give --out FILE").into());
        }
        None => store.participants_list(&query, &columns, format, Pipe(std::io::stdout()))?,
        Some(file) => {
            let created = std::fs::File::create(file).map_err(|error| Failure::Io { path: file.clone(), error })?;
            store.participants_list(&query, &columns, format, created).inspect_err(|_| {
                // Half a list is worse than none.
                let _ = std::fs::remove_file(file);
            })?
        }
    };
    let to = file.as_ref().map_or("the standard output".to_string(), |f| f.display().to_string());
    let done = json!({ "event_id": event.id, "format": format, "rows": rows, "out": file });
    let report = match out.json {
        true => serde_json::to_string(&done)?,
        false => format!("Wrote the participants list of {}: {rows} row(s) to {to}", event.short_title),
    };
    let _ = writeln!(std::io::stderr(), "{report}");
    Ok(())
}

/// The standard output, where a reader that stops early (`dais participants-list | head`) is not an error.
struct Pipe(std::io::Stdout);

impl Write for Pipe {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.0.write(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(buf.len()),
            written => written,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self.0.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            flushed => flushed,
        }
    }
}
