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
use dais_core::rules::zone::{parse_zone, zone_names};
use dais_core::{Contact, EntryKind, EventFormat, EventKind, Role, t};
use dais_core::{Lang, i18n};
use uuid::Uuid;

use crate::AppState;
use crate::public::{self, EventSummary, MeetingFacts, PublicEntry, PublicMeeting, RegistrationState};
use crate::web::{
    EventId, Layout, SiteError, Visitor, ZoneQuery, date_range, instant_label, load_meeting, long_date, render,
    with_public_headers, with_storage,
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

async fn index(State(state): State<AppState>, visitor: Visitor) -> Result<Response, SiteError> {
    let meetings = with_storage(&state, move |s| public::meetings(s, visitor.lang)).await?;
    if let [only] = meetings.as_slice() {
        return Ok(Redirect::to(&visitor.link(&format!("/events/{}", only.id))).into_response());
    }
    let meetings = meetings.iter().map(|m| MeetingLine::of(m, visitor.lang)).collect();
    Ok(render(&IndexPage { layout: Layout::new(&visitor, t!(visitor.lang, "site-meetings"), None), meetings }))
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
    format: String,
}

impl MeetingLine {
    fn of(e: &EventSummary, lang: Lang) -> MeetingLine {
        MeetingLine {
            id: e.id,
            title: e.title.clone(),
            dates: date_range(lang, e.starts_on, e.ends_on),
            format: format_label(lang, e.format),
        }
    }
}

async fn home(State(state): State<AppState>, visitor: Visitor, EventId(id): EventId) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, visitor.lang, None).await?;
    Ok(render(&HomePage::of(meeting, &visitor)))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    event: MeetingFacts,
    kind: String,
    format: String,
    dates: String,
    /// The meeting's languages, by their names in the visitor's.
    languages: String,
    languages_label: String,
    registration_terms: String,
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
    fn of(m: PublicMeeting, visitor: &Visitor) -> HomePage {
        let lang = visitor.lang;
        let entries: Vec<&PublicEntry> = m.programme.days.iter().flat_map(|d| &d.entries).collect();
        let hours = match (entries.first(), entries.iter().max_by_key(|e| e.ends_at)) {
            (Some(first), Some(last)) => Some(t!(
                lang,
                "site-hours",
                start = first.times.start.time.as_str(),
                end = last.times.end.time.as_str(),
                zone = m.programme.zone_label.as_str(),
                place = m.event.zone.as_str()
            )),
            _ => None,
        };
        let at = |t: Option<DateTime<Utc>>| t.and_then(|t| instant_label(lang, t, &m.event.zone));
        let rules = &m.event.registration;
        HomePage {
            layout: Layout::meeting(visitor, &t!(lang, "site-nav-about"), &m.event, "home"),
            kind: kind_label(lang, m.event.kind),
            format: format_label(lang, m.event.format),
            dates: date_range(lang, m.event.starts_on, m.event.ends_on),
            languages: language_names(lang, &m.event.languages),
            languages_label: t!(lang, "site-fact-languages", count = m.event.languages.len()),
            registration_terms: registration_terms(lang, rules.mandatory, rules.free_of_charge),
            hours,
            opens: at(m.event.registration.opens_at),
            closes: at(m.event.registration.closes_at),
            online: m.event.format != EventFormat::Physical,
            website: m.event.website.as_deref().map(LinkView::of),
            part_of: m.part_of.as_ref().map(|e| MeetingLine::of(e, lang)),
            side_events: m.side_events.iter().map(|e| MeetingLine::of(e, lang)).collect(),
            contacts: m.event.contacts.iter().map(ContactView::of).collect(),
            event: m.event,
        }
    }

    fn category(&self, category: &dais_core::ParticipantCategory) -> String {
        category.label(self.layout.lang)
    }

    fn opens_line(&self, when: &str) -> String {
        t!(self.layout.lang, "site-registration-opens", when = when)
    }

    fn closes_line(&self, when: &str) -> String {
        t!(self.layout.lang, "site-registration-closes", when = when)
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
    visitor: Visitor,
    EventId(id): EventId,
    Query(query): Query<ZoneQuery>,
) -> Result<Response, SiteError> {
    // The zone is checked here, so that a mistyped one keeps the programme on screen with a message by the picker.
    let asked = query.zone.map(|z| z.trim().to_string()).filter(|z| !z.is_empty());
    let zone_error =
        asked.as_deref().and_then(|z| parse_zone("zone", z).err()).map(|_| t!(visitor.lang, "site-zone-unknown"));
    let viewer_zone = asked.filter(|_| zone_error.is_none());
    let meeting = load_meeting(&state, id, visitor.lang, viewer_zone).await?;
    let status = if zone_error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let mut response = render(&ProgrammePage::of(meeting, zone_error, &visitor));
    *response.status_mut() = status;
    Ok(response)
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage {
    layout: Layout,
    /// `Version 2, published Friday 24 October 2025, 10:00 CET`.
    version: String,
    /// `All times are CET (Europe/Zurich)`, and the viewer's zone beside them when asked.
    zone_note: String,
    only_event_zone: String,
    /// What zone.js offers, the visitor's zone in place of `%s`.
    offer_my_zone: String,
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
    /// `Chairs:`.
    label: String,
    /// Each isolated where shown: a name in Arabic among names in English.
    names: Vec<String>,
}

impl ProgrammePage {
    fn of(m: PublicMeeting, zone_error: Option<String>, visitor: &Visitor) -> ProgrammePage {
        let lang = visitor.lang;
        let p = m.programme;
        ProgrammePage {
            layout: Layout::meeting(visitor, &t!(lang, "site-nav-programme"), &m.event, "programme"),
            version: version_label(lang, m.version, m.published_at, &m.event.zone),
            zone_note: match &p.viewer_zone {
                Some(viewer) => t!(
                    lang,
                    "site-zone-note-two",
                    zone = p.zone_label.as_str(),
                    place = p.zone.as_str(),
                    viewer = viewer.as_str()
                ),
                None => t!(lang, "site-zone-note", zone = p.zone_label.as_str(), place = p.zone.as_str()),
            },
            only_event_zone: t!(lang, "site-zone-only", zone = p.zone_label.as_str()),
            // zone.js puts the visitor's zone in place of `%s`.
            offer_my_zone: t!(lang, "site-zone-mine-too", zone = "%s"),
            days: p
                .days
                .iter()
                .map(|d| DayView {
                    anchor: format!("day-{}", d.date),
                    label: long_date(lang, d.date),
                    rows: d.entries.iter().map(|e| RowView::of(e, visitor)).collect(),
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
    fn of(e: &PublicEntry, visitor: &Visitor) -> RowView {
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
            viewer_time: viewer_time(e, visitor.lang),
            title: e.title.clone(),
            description: e.description.clone(),
            // An item takes place where its block does; saying it again on every row is noise.
            place: e.place.clone().filter(|_| !matches!(e.kind, EntryKind::Item | EntryKind::Break)),
            roles: role_lines(e, visitor.lang),
            link: e.linked_event_id.map(|id| visitor.link(&format!("/events/{id}"))),
        }
    }
}

/// `06:00 - 07:00`, or `Sat 1 Nov, 00:30 - 01:30` when it is another day in the viewer's zone.
fn viewer_time(e: &PublicEntry, lang: Lang) -> Option<String> {
    let t = &e.times;
    let (start, end) = (t.viewer_start.as_ref()?, t.viewer_end.as_ref()?);
    let on_day = |z: &dais_core::rules::zone::ZonedTime| {
        t!(lang, "site-time-on-day", day = i18n::day_label(lang, z.date), time = z.time.as_str())
    };
    let start_text = if t.viewer_start_day_shift != 0 { on_day(start) } else { start.time.clone() };
    let end_text = if t.viewer_end_day_shift != t.viewer_start_day_shift { on_day(end) } else { end.time.clone() };
    Some(format!("{start_text} - {end_text}"))
}

/// `Chair: Ms Ana Ribeiro`, one line per role, in the order chairs first.
fn role_lines(e: &PublicEntry, lang: Lang) -> Vec<RoleLine> {
    Role::IN_ORDER
        .iter()
        .filter_map(|&role| {
            let names: Vec<String> = e.roles.iter().filter(|r| r.role == role).map(|r| r.name.clone()).collect();
            (!names.is_empty())
                .then(|| RoleLine { label: t!(lang, "site-role-label", role = role.label(lang, names.len())), names })
        })
        .collect()
}

async fn speakers(
    State(state): State<AppState>,
    visitor: Visitor,
    EventId(id): EventId,
) -> Result<Response, SiteError> {
    let meeting = load_meeting(&state, id, visitor.lang, None).await?;
    Ok(render(&SpeakersPage::of(meeting, &visitor)))
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
    /// `Chair`.
    role: String,
    title: String,
    /// `11:00 - 12:00 CET, Fri 31 Oct`.
    when: String,
}

impl SpeakersPage {
    fn of(m: PublicMeeting, visitor: &Visitor) -> SpeakersPage {
        let lang = visitor.lang;
        let zone_label = m.programme.zone_label.clone();
        let speakers = m
            .speakers
            .into_iter()
            .map(|s| SpeakerView {
                anchor: format!("speaker-{}", s.listed.id),
                affiliation: [
                    s.listed.position,
                    s.listed.organisation,
                    s.listed.country.as_deref().and_then(|c| country_in(c, lang)).map(str::to_string),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
                sessions: s
                    .sessions
                    .iter()
                    .map(|x| SessionLine {
                        entry_id: x.entry_id,
                        role: x.role.label(lang, 1),
                        title: x.title.clone(),
                        when: t!(
                            lang,
                            "site-session-when",
                            start = x.start.time.as_str(),
                            end = x.end.time.as_str(),
                            zone = zone_label.as_str(),
                            day = i18n::day_label(lang, x.start.date)
                        ),
                    })
                    .collect(),
                name: s.name,
                photo_url: s.photo_url,
                bio: s.listed.bio,
                links: s.listed.links.iter().map(|l| LinkView::of(l)).collect(),
            })
            .collect();
        SpeakersPage {
            layout: Layout::meeting(visitor, &t!(lang, "site-nav-speakers"), &m.event, "speakers"),
            event: m.event,
            speakers,
        }
    }
}

/// `Version 2, published Friday 24 October 2025, 10:00 CET`.
fn version_label(lang: Lang, version: u32, at: DateTime<Utc>, zone: &str) -> String {
    match instant_label(lang, at, zone) {
        Some(when) => t!(lang, "site-version-published", version = version, when = when),
        None => t!(lang, "site-version", version = version),
    }
}

/// The versions of a meeting's programme, newest first, with what changed in each: for participants who follow it.
async fn changes(State(state): State<AppState>, visitor: Visitor, EventId(id): EventId) -> Result<Response, SiteError> {
    let lang = visitor.lang;
    let meeting = load_meeting(&state, id, visitor.lang, None).await?;
    let versions = with_storage(&state, move |s| s.versions(id)).await?;
    let tz = parse_zone("zone", &meeting.event.zone).map_err(|e| SiteError::Internal(e.message.say(Lang::En)))?;
    let versions = versions
        .into_iter()
        .map(|v| VersionView {
            anchor: format!("version-{}", v.version),
            heading: match v.withdrawn {
                true => t!(
                    lang,
                    "site-version-withdrawn",
                    when = instant_label(lang, v.published_at, &meeting.event.zone).unwrap_or_default()
                ),
                false => version_label(lang, v.version, v.published_at, &meeting.event.zone),
            },
            withdrawn: v.withdrawn,
            lines: v.changes.iter().map(|c| c.describe(lang, tz)).collect(),
        })
        .collect();
    Ok(render(&ChangesPage {
        layout: Layout::meeting(&visitor, &t!(lang, "site-nav-changes"), &meeting.event, "changes"),
        intro: t!(lang, "site-changes-intro", version = meeting.version),
        versions,
        event: meeting.event,
    }))
}

#[derive(Template)]
#[template(path = "changes.html")]
struct ChangesPage {
    layout: Layout,
    event: MeetingFacts,
    /// Which version the site shows, and how to follow the changes.
    intro: String,
    versions: Vec<VersionView>,
}

struct VersionView {
    anchor: String,
    heading: String,
    withdrawn: bool,
    lines: Vec<String>,
}

fn format_label(lang: Lang, format: EventFormat) -> String {
    let format = match format {
        EventFormat::Virtual => "virtual",
        EventFormat::Physical => "physical",
        EventFormat::Hybrid => "hybrid",
    };
    t!(lang, "site-format", format = format)
}

fn kind_label(lang: Lang, kind: EventKind) -> String {
    let kind = match kind {
        EventKind::Meeting => "meeting",
        EventKind::Webinar => "webinar",
        EventKind::Workshop => "workshop",
        EventKind::Conference => "conference",
    };
    t!(lang, "event-kind", kind = kind)
}

/// Whether registering is required, and whether taking part is free, as one sentence.
pub(crate) fn registration_terms(lang: Lang, mandatory: bool, free: bool) -> String {
    let mandatory = if mandatory { "yes" } else { "no" };
    let free = if free { "yes" } else { "no" };
    t!(lang, "site-registration-terms", mandatory = mandatory, free = free)
}

/// The meeting's languages as the organisers typed them: a language Dais speaks (`French`, `fr`, `Français`) is
/// named in the visitor's language, any other as typed.
fn language_names(lang: Lang, languages: &[String]) -> String {
    languages
        .iter()
        .map(|typed| {
            let known = Lang::parse(typed).or_else(|| {
                Lang::ALL.into_iter().find(|l| {
                    l.name().eq_ignore_ascii_case(typed)
                        || i18n::tr(Lang::En, "site-language", &[("language", l.code().into())])
                            .eq_ignore_ascii_case(typed)
                })
            });
            match known.filter(|l| *l != Lang::Pseudo) {
                Some(l) => t!(lang, "site-language", language = l.code()),
                None => typed.clone(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A country's name in the visitor's language (English in the pseudo-language, whose words are English).
pub(crate) fn country_in(code: &str, lang: Lang) -> Option<&'static str> {
    let language = if lang == Lang::Pseudo { "en" } else { lang.code() };
    dais_core::rules::country::country_name_in(code, language)
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

/// The programme for another website's page (`embed.rs`), in the viewer's zone beside the meeting's when the script
/// knows it; a zone the site does not know is left out, as the picker would refuse it.
pub(crate) async fn programme_part(
    state: &AppState,
    id: Uuid,
    visitor: &Visitor,
    zone: Option<String>,
) -> Result<String, SiteError> {
    let zone = zone.filter(|z| parse_zone("zone", z).is_ok());
    let page = ProgrammePage::of(load_meeting(state, id, visitor.lang, zone).await?, None, visitor);
    let on_the_site = t!(visitor.lang, "embed-on-the-site", part = "programme");
    render_part(&ProgrammePart {
        layout: page.layout,
        version: page.version,
        zone_note: page.zone_note,
        event: page.event,
        zone: page.zone,
        zone_label: page.zone_label,
        viewer_zone: page.viewer_zone,
        viewer_zone_label: page.viewer_zone_label,
        days: page.days,
        on_the_site,
    })
}

#[derive(Template)]
#[template(path = "embed/programme.html")]
struct ProgrammePart {
    layout: Layout,
    version: String,
    zone_note: String,
    event: MeetingFacts,
    zone: String,
    zone_label: String,
    viewer_zone: Option<String>,
    viewer_zone_label: Option<String>,
    days: Vec<DayView>,
    /// `The programme on the meeting's site`.
    on_the_site: String,
}

/// The speakers for another website's page (`embed.rs`).
pub(crate) async fn speakers_part(state: &AppState, id: Uuid, visitor: &Visitor) -> Result<String, SiteError> {
    let page = SpeakersPage::of(load_meeting(state, id, visitor.lang, None).await?, visitor);
    let on_the_site = t!(visitor.lang, "embed-on-the-site", part = "speakers");
    render_part(&SpeakersPart { layout: page.layout, event: page.event, speakers: page.speakers, on_the_site })
}

#[derive(Template)]
#[template(path = "embed/speakers.html")]
struct SpeakersPart {
    layout: Layout,
    event: MeetingFacts,
    speakers: Vec<SpeakerView>,
    on_the_site: String,
}

/// The registration form for another website's page (`embed.rs`): a frame of the form itself.
pub(crate) async fn registration_part(state: &AppState, id: Uuid, visitor: &Visitor) -> Result<String, SiteError> {
    let event = load_meeting(state, id, visitor.lang, None).await?.event;
    let mut framed = visitor.clone();
    framed.embedded = true;
    render_part(&RegistrationPart {
        layout: Layout::meeting(visitor, &t!(visitor.lang, "site-nav-register"), &event, "register"),
        form: framed.form_link(&format!("/events/{id}/register")),
        title: t!(visitor.lang, "embed-form-title", meeting = event.short_title.as_str()),
    })
}

#[derive(Template)]
#[template(path = "embed/registration.html")]
struct RegistrationPart {
    layout: Layout,
    form: String,
    title: String,
}

fn render_part(template: &impl Template) -> Result<String, SiteError> {
    template.render().map_err(|e| SiteError::Internal(format!("an embed could not be rendered: {e}")))
}
