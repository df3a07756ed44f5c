//! The public pages, rendered on the server (askama escapes every value) and usable without JavaScript: the meetings,
//! a meeting's home with the facts of its letter, its programme in the shape of ITU's "Draft Programme" pages, its
//! speakers, and the changes of each published version.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use dais_core::Lang;
use dais_core::rules::zone::{date_range, parse_zone, zone_names};
use dais_core::{Contact, EntryKind, EventFormat, EventKind, Role};
use uuid::Uuid;

use crate::AppState;
use crate::public::{self, EventSummary, MeetingFacts, PublicEntry, PublicMeeting, RegistrationState};
use crate::web::{
    EventId, Layout, SiteError, ZoneQuery, instant_label, load_meeting, render, with_public_headers, with_storage,
};

pub fn routes() -> Router<AppState> {
    let pages = Router::new()
        .route("/", get(index))
        .route("/events/{id}", get(home))
        .route("/events/{id}/programme", get(programme))
        .route("/events/{id}/speakers", get(speakers))
        .route("/events/{id}/speakers/{speaker}/photo.jpg", get(speaker_photo))
        .route("/events/{id}/changes", get(changes));
    with_public_headers(pages)
}

async fn index(State(state): State<AppState>) -> Result<Response, SiteError> {
    let meetings = with_storage(&state, public::meetings).await?;
    if let [only] = meetings.as_slice() {
        return Ok(Redirect::to(&format!("/events/{}", only.id)).into_response());
    }
    let meetings = meetings.iter().map(MeetingLine::of).collect();
    Ok(render(&IndexPage { layout: Layout { title: "Meetings".into(), nav: None }, meetings }))
}

#[derive(Template)]
#[template(path = "index.html")]
struct IndexPage {
    layout: Layout,
    meetings: Vec<MeetingLine>,
}

struct MeetingLine {
    id: Uuid,
    title: String,
    dates: String,
    format: &'static str,
}

impl MeetingLine {
    fn of(e: &EventSummary) -> MeetingLine {
        MeetingLine {
            id: e.id,
            title: e.title.clone(),
            dates: date_range(e.starts_on, e.ends_on),
            format: format_label(e.format),
        }
    }
}

async fn home(State(state): State<AppState>, EventId(id): EventId) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, None).await?;
    Ok(render(&HomePage::of(meeting)))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    event: MeetingFacts,
    kind: &'static str,
    format: &'static str,
    dates: String,
    /// First start to last end of the public programme, in the event's zone.
    hours: Option<String>,
    opens: Option<String>,
    closes: Option<String>,
    /// Online participation: its link is mailed to approved participants, never published.
    online: bool,
    website: Option<LinkView>,
    part_of: Option<MeetingLine>,
    side_events: Vec<MeetingLine>,
    contacts: Vec<ContactView>,
}

impl HomePage {
    fn of(m: PublicMeeting) -> HomePage {
        let entries: Vec<&PublicEntry> = m.programme.days.iter().flat_map(|d| &d.entries).collect();
        let hours = match (entries.first(), entries.iter().max_by_key(|e| e.ends_at)) {
            (Some(first), Some(last)) => Some(format!(
                "{} - {} {} ({})",
                first.times.start.time, last.times.end.time, m.programme.zone_label, m.event.zone
            )),
            _ => None,
        };
        let at = |t: Option<DateTime<Utc>>| t.and_then(|t| instant_label(t, &m.event.zone));
        HomePage {
            layout: Layout::meeting("About", &m.event, "home"),
            kind: kind_label(m.event.kind),
            format: format_label(m.event.format),
            dates: date_range(m.event.starts_on, m.event.ends_on),
            hours,
            opens: at(m.event.registration.opens_at),
            closes: at(m.event.registration.closes_at),
            online: m.event.format != EventFormat::Physical,
            website: m.event.website.as_deref().map(LinkView::of),
            part_of: m.part_of.as_ref().map(MeetingLine::of),
            side_events: m.side_events.iter().map(MeetingLine::of).collect(),
            contacts: m.event.contacts.iter().map(ContactView::of).collect(),
            event: m.event,
        }
    }

    fn registration_open(&self) -> bool {
        self.event.registration.state == RegistrationState::Open
    }

    fn registration_not_yet_open(&self) -> bool {
        self.event.registration.state == RegistrationState::NotYetOpen
    }
}

async fn programme(
    State(state): State<AppState>,
    EventId(id): EventId,
    Query(query): Query<ZoneQuery>,
) -> Result<Response, SiteError> {
    // The zone is checked here, so that a mistyped one keeps the programme on screen with a message by the picker.
    let asked = query.zone.map(|z| z.trim().to_string()).filter(|z| !z.is_empty());
    let zone_error = asked.as_deref().and_then(|z| parse_zone("zone", z).err()).map(|e| e.message);
    let viewer_zone = asked.filter(|_| zone_error.is_none());
    let meeting = load_meeting(&state, id, viewer_zone).await?;
    let status = if zone_error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let mut response = render(&ProgrammePage::of(meeting, zone_error));
    *response.status_mut() = status;
    Ok(response)
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage {
    layout: Layout,
    /// `Version 2, published Friday 24 October 2025, 10:00 CET`.
    version: String,
    event: MeetingFacts,
    zone: String,
    zone_label: String,
    viewer_zone: Option<String>,
    viewer_zone_label: Option<String>,
    zone_error: Option<String>,
    zones: Vec<&'static str>,
    contacts: Vec<ContactView>,
    days: Vec<DayView>,
}

struct DayView {
    anchor: String,
    label: String,
    rows: Vec<RowView>,
}

/// One row of the timetable, ready to show: `11:00 - 12:00  Title`, its description and who chairs or speaks.
struct RowView {
    anchor: String,
    /// `block`, `item`, `break` or `side-event`: the row's look, and its heading level.
    class: &'static str,
    time: String,
    viewer_time: Option<String>,
    title: String,
    description: String,
    place: Option<String>,
    roles: Vec<RoleLine>,
    /// A side event's own page.
    link: Option<String>,
}

struct RoleLine {
    label: String,
    names: String,
}

impl ProgrammePage {
    fn of(m: PublicMeeting, zone_error: Option<String>) -> ProgrammePage {
        let p = m.programme;
        ProgrammePage {
            layout: Layout::meeting("Programme", &m.event, "programme"),
            version: version_label(m.version, m.published_at, &m.event.zone),
            days: p
                .days
                .iter()
                .map(|d| DayView {
                    anchor: format!("day-{}", d.date),
                    label: d.label.clone(),
                    rows: d.entries.iter().map(RowView::of).collect(),
                })
                .collect(),
            zone: p.zone,
            zone_label: p.zone_label,
            viewer_zone: p.viewer_zone,
            viewer_zone_label: p.viewer_zone_label,
            zone_error,
            zones: zone_names(),
            contacts: m.event.contacts.iter().map(ContactView::of).collect(),
            event: m.event,
        }
    }

    fn is_viewer_zone(&self, zone: &str) -> bool {
        self.viewer_zone.as_deref() == Some(zone)
    }
}

impl RowView {
    fn of(e: &PublicEntry) -> RowView {
        let class = match e.kind {
            EntryKind::Block => "block",
            EntryKind::Item => "item",
            EntryKind::Break => "break",
            EntryKind::SideEvent => "side-event",
        };
        RowView {
            anchor: format!("entry-{}", e.id),
            class,
            time: format!("{} - {}", e.times.start.time, e.times.end.time),
            viewer_time: viewer_time(e),
            title: e.title.clone(),
            description: e.description.clone(),
            // An item takes place where its block does; saying it again on every row is noise.
            place: e.place.clone().filter(|_| !matches!(e.kind, EntryKind::Item | EntryKind::Break)),
            roles: role_lines(e),
            link: e.linked_event_id.map(|id| format!("/events/{id}")),
        }
    }
}

/// `06:00 - 07:00`, or `Sat 1 Nov, 00:30 - 01:30` when it is another day in the viewer's zone.
fn viewer_time(e: &PublicEntry) -> Option<String> {
    let t = &e.times;
    let (start, end) = (t.viewer_start.as_ref()?, t.viewer_end.as_ref()?);
    let start_text =
        if t.viewer_start_day_shift != 0 { format!("{}, {}", start.day_label, start.time) } else { start.time.clone() };
    let end_text = if t.viewer_end_day_shift != t.viewer_start_day_shift {
        format!("{}, {}", end.day_label, end.time)
    } else {
        end.time.clone()
    };
    Some(format!("{start_text} - {end_text}"))
}

/// `Chair: Ms Ana Ribeiro`, one line per role, in the order chairs first.
fn role_lines(e: &PublicEntry) -> Vec<RoleLine> {
    Role::IN_ORDER
        .iter()
        .filter_map(|&role| {
            let names: Vec<&str> = e.roles.iter().filter(|r| r.role == role).map(|r| r.name.as_str()).collect();
            (!names.is_empty()).then(|| RoleLine { label: role.label(Lang::En, names.len()), names: names.join(", ") })
        })
        .collect()
}

async fn speakers(State(state): State<AppState>, EventId(id): EventId) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, None).await?;
    Ok(render(&SpeakersPage::of(meeting)))
}

/// A listed speaker's photo, from the published edition only.
async fn speaker_photo(
    State(state): State<AppState>,
    Path((id, speaker)): Path<(String, String)>,
) -> Result<Response, SiteError> {
    let (Ok(id), Ok(speaker)) = (id.parse::<Uuid>(), speaker.parse::<Uuid>()) else { return Err(SiteError::NotFound) };
    let jpeg = with_storage(&state, move |s| public::speaker_photo(s, id, speaker)).await?;
    Ok(([(axum::http::header::CONTENT_TYPE, "image/jpeg")], jpeg).into_response())
}

#[derive(Template)]
#[template(path = "speakers.html")]
struct SpeakersPage {
    layout: Layout,
    event: MeetingFacts,
    speakers: Vec<SpeakerView>,
}

struct SpeakerView {
    anchor: String,
    name: String,
    /// Position, organisation and country, as far as given.
    affiliation: String,
    bio: String,
    links: Vec<LinkView>,
    sessions: Vec<SessionLine>,
    photo_url: Option<String>,
}

struct SessionLine {
    entry_id: Uuid,
    /// `Chair, U4SSC meeting: 11:00 - 12:00 CET, Fri 31 Oct`.
    text: String,
}

impl SpeakersPage {
    fn of(m: PublicMeeting) -> SpeakersPage {
        let zone_label = m.programme.zone_label.clone();
        let speakers = m
            .speakers
            .into_iter()
            .map(|s| SpeakerView {
                anchor: format!("speaker-{}", s.listed.id),
                affiliation: [s.listed.position, s.listed.organisation, s.country_name]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", "),
                sessions: s
                    .sessions
                    .iter()
                    .map(|x| SessionLine {
                        entry_id: x.entry_id,
                        text: format!(
                            "{}, {}: {} - {} {zone_label}, {}",
                            x.role.label(Lang::En, 1),
                            x.title,
                            x.start.time,
                            x.end.time,
                            x.start.day_label
                        ),
                    })
                    .collect(),
                name: s.name,
                photo_url: s.photo_url,
                bio: s.listed.bio,
                links: s.listed.links.iter().map(|l| LinkView::of(l)).collect(),
            })
            .collect();
        SpeakersPage { layout: Layout::meeting("Speakers", &m.event, "speakers"), event: m.event, speakers }
    }
}

/// `Version 2, published Friday 24 October 2025, 10:00 CET`.
fn version_label(version: u32, at: DateTime<Utc>, zone: &str) -> String {
    match instant_label(at, zone) {
        Some(when) => format!("Version {version}, published {when}"),
        None => format!("Version {version}"),
    }
}

/// The versions of a meeting's programme, newest first, with what changed in each: for participants who follow it.
async fn changes(State(state): State<AppState>, EventId(id): EventId) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, None).await?;
    let versions = with_storage(&state, move |s| s.versions(id)).await?;
    let tz = parse_zone("zone", &meeting.event.zone).map_err(|e| SiteError::Internal(e.message))?;
    let versions = versions
        .into_iter()
        .map(|v| VersionView {
            anchor: format!("version-{}", v.version),
            heading: match v.withdrawn {
                true => format!(
                    "Taken off this site on {}",
                    instant_label(v.published_at, &meeting.event.zone).unwrap_or_default()
                ),
                false => version_label(v.version, v.published_at, &meeting.event.zone),
            },
            withdrawn: v.withdrawn,
            lines: v.changes.iter().map(|c| c.describe(tz)).collect(),
        })
        .collect();
    Ok(render(&ChangesPage {
        layout: Layout::meeting("Changes", &meeting.event, "changes"),
        current: meeting.version,
        versions,
        event: meeting.event,
    }))
}

#[derive(Template)]
#[template(path = "changes.html")]
struct ChangesPage {
    layout: Layout,
    event: MeetingFacts,
    current: u32,
    versions: Vec<VersionView>,
}

struct VersionView {
    anchor: String,
    heading: String,
    withdrawn: bool,
    lines: Vec<String>,
}

fn format_label(format: EventFormat) -> &'static str {
    match format {
        EventFormat::Virtual => "Virtual (online only)",
        EventFormat::Physical => "In person",
        EventFormat::Hybrid => "Hybrid (in person and online)",
    }
}

fn kind_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Meeting => "Meeting",
        EventKind::Webinar => "Webinar",
        EventKind::Workshop => "Workshop",
        EventKind::Conference => "Conference",
    }
}

/// A contact of the secretariat, ready to show.
struct ContactView {
    label: String,
    email: Option<String>,
    phone: Option<String>,
    /// `tel:+41227306301`.
    phone_href: Option<String>,
    fax: Option<String>,
}

impl ContactView {
    pub fn of(c: &Contact) -> ContactView {
        ContactView {
            label: c.label.clone(),
            email: c.email.clone(),
            phone_href: c
                .phone
                .as_deref()
                .map(|n| format!("tel:{}", n.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>())),
            phone: c.phone.clone(),
            fax: c.fax.clone(),
        }
    }
}

/// A link the organisers typed: followed only when it is a web address, so that a `javascript:` or `data:` URL can
/// never become a live link; anything else is shown as text.
struct LinkView {
    text: String,
    href: Option<String>,
}

impl LinkView {
    pub fn of(text: &str) -> LinkView {
        let lower = text.trim().to_ascii_lowercase();
        let is_web = lower.starts_with("https://") || lower.starts_with("http://");
        LinkView { text: text.to_string(), href: is_web.then(|| text.trim().to_string()) }
    }
}
