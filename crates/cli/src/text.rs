//! What the commands print without `--json`: plain tables for people. Only layout: every value comes from the core.

use dais_core::Lang;
use dais_core::publication::{EntryPublication, Preview, ProgrammePublication, Publication, UnlistedSpeaker};
use dais_core::registrations::{RegistrationPage, RegistrationSummary};
use dais_core::rules::zone::ZonedTime;
use dais_core::{Entry, Event, FocalPoint, MailState, Participation, Programme, ProgrammeRow, Registration, Speaker};
use serde::Serialize;

/// A value's name as the core serialises it (`confirmed`, `side_event`), so that text and JSON say the same.
fn word<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Rows of cells as columns padded to their widest cell; the last column is not padded.
fn table(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c + 1 < row.len() {
                line.push_str(&format!("{cell:<width$}  ", width = widths[c]));
            } else {
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn with_header(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut all = vec![header.iter().map(|h| h.to_string()).collect::<Vec<_>>()];
    all.extend(rows);
    table(&all)
}

fn or_blank(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

pub fn events(events: &[Event]) -> String {
    if events.is_empty() {
        return "No meetings yet; `dais init --demo` creates the demo meeting.".into();
    }
    event_table("MEETING", events)
}

pub fn side_events(meeting: &Event, side_events: &[Event]) -> String {
    if side_events.is_empty() {
        return format!(
            "{} has no side events; `dais meeting new --part-of {}` starts one.",
            meeting.short_title, meeting.id
        );
    }
    event_table("SIDE EVENT", side_events)
}

fn event_table(what: &str, events: &[Event]) -> String {
    with_header(
        &["ID", what, "DATE", "ZONE"],
        events.iter().map(|e| {
            let date = if e.ends_on == e.starts_on {
                e.starts_on.to_string()
            } else {
                format!("{} to {}", e.starts_on, e.ends_on)
            };
            let name = if e.archived { format!("{} (archived)", e.short_title) } else { e.short_title.clone() };
            vec![e.id.to_string(), name, date, e.zone.clone()]
        }),
    )
}

pub fn speakers(speakers: &[Speaker]) -> String {
    if speakers.is_empty() {
        return "No speakers yet.".into();
    }
    with_header(
        &["ID", "NAME", "ORGANISATION", "COUNTRY", "STATUS", "CONSENT", "PUBLIC SITE"],
        speakers.iter().map(|s| {
            vec![
                s.id.to_string(),
                s.display_name(),
                or_blank(&s.organisation),
                or_blank(&s.country),
                word(&s.status),
                if s.consent_to_publish { "yes" } else { "no" }.to_string(),
                match UnlistedSpeaker::of(s) {
                    Some(u) => format!("left out: {}", u.reason),
                    None => "listed".into(),
                },
            ]
        }),
    )
}

/// The people of entries: each role, with who holds it and on which entry.
pub fn roles(roles: &[(Participation, Entry, Speaker)]) -> String {
    with_header(
        &["ID", "ROLE", "SPEAKER", "ENTRY"],
        roles
            .iter()
            .map(|(p, e, s)| vec![p.id.to_string(), p.role.label(Lang::En, 1), s.display_name(), e.title.clone()]),
    )
}

/// Entries moved or stretched: each with its new times, in the meeting's zone.
pub fn moved(entries: &[Entry], zone: chrono_tz::Tz) -> String {
    let at = |t| {
        let t = dais_core::rules::zone::zoned(t, zone);
        format!("{} {}", t.day_label, t.time)
    };
    let lines: Vec<String> = entries
        .iter()
        .map(|e| format!("Moved {} ({}) to {} - {}", e.title, e.id, at(e.slot.starts_at), at(e.slot.ends_at)))
        .collect();
    lines.join("\n")
}

pub fn registrations(page: &RegistrationPage, ids: bool) -> String {
    if page.total == 0 {
        return "No registrations yet.".into();
    }
    if page.rows.is_empty() {
        return format!("None of the {} registrations matches.", page.total);
    }
    let header = ["ID", "NAME", "ORGANISATION", "COUNTRY", "CATEGORY", "STATUS"];
    let table = with_header(
        &header[usize::from(!ids)..],
        page.rows.iter().map(|r| {
            let row = [
                r.id.to_string(),
                format!("{} {}", r.given_name, r.family_name),
                r.organisation.clone(),
                r.country.clone(),
                r.category.label(Lang::En),
                r.decision.status.label(Lang::En),
            ];
            row[usize::from(!ids)..].to_vec()
        }),
    );
    let counts: Vec<String> = page
        .by_status
        .iter()
        .filter(|c| c.count > 0)
        .map(|c| format!("{} {}", c.count, c.status.label(Lang::En)))
        .collect();
    format!("{table}\n{} of {} registrations: {}", page.matching, page.total, counts.join(", "))
}

/// `11:00`, or `Sat 1 Nov 01:30` when the time falls on another day than `day`; with the zone's abbreviation when it
/// differs from the column's (the clocks changed during the day).
fn time(t: &ZonedTime, day: chrono::NaiveDate, abbreviation: &str) -> String {
    let mut s = if t.date == day { t.time.clone() } else { format!("{} {}", t.day_label, t.time) };
    if t.abbreviation != abbreviation {
        s.push(' ');
        s.push_str(&t.abbreviation);
    }
    s
}

/// `11:00-12:00`; the end's day is shown when it is not the start's.
fn range(start: &ZonedTime, end: &ZonedTime, day: chrono::NaiveDate, abbreviation: &str) -> String {
    format!("{}-{}", time(start, day, abbreviation), time(end, start.date, abbreviation))
}

/// The programme day by day: `HH:MM-HH:MM  Title` in the meeting's zone, beside it the viewer's times if asked for,
/// items indented under their block, `[draft]` on entries that are not public.
pub fn programme(event: &Event, p: &Programme, ids: bool) -> String {
    let mut out = format!("{}: {}\n", event.short_title, event.title);
    out.push_str(&match &p.viewer_zone {
        Some(viewer) => format!("Times in {}, and beside them in {viewer}.\n", p.zone),
        None => format!("Times in {}.\n", p.zone),
    });
    if p.days.is_empty() {
        out.push_str("\nNo entries yet.\n");
    }
    for day in &p.days {
        let first = day.rows.first();
        let zone = first.map_or(p.zone_label.clone(), |r| r.times.start.abbreviation.clone());
        let viewer_zone = first
            .and_then(|r| r.times.viewer_start.as_ref().map(|v| v.abbreviation.clone()))
            .or_else(|| p.viewer_zone_label.clone());
        let mut header = Vec::new();
        if ids {
            header.push(String::new());
        }
        header.push(format!("({zone})"));
        if let Some(v) = &viewer_zone {
            header.push(format!("({v})"));
        }
        let mut rows = vec![header];
        rows.extend(day.rows.iter().map(|r| row(r, day.date, &zone, viewer_zone.as_deref(), ids)));
        out.push('\n');
        out.push_str(&day.label);
        out.push('\n');
        // Items are indented under their block, after the id column if there is one.
        let at = if ids { rows[1][0].len() + 2 } else { 0 };
        let items = std::iter::once(false).chain(day.rows.iter().map(|r| r.entry.block_id.is_some()));
        for (mut line, item) in table(&rows).lines().map(str::to_string).zip(items) {
            if item {
                line.insert_str(at, "  ");
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !p.warnings.is_empty() {
        out.push_str("\nWarnings:\n");
        for w in &p.warnings {
            out.push_str(&format!("  ! {}\n", w.message()));
        }
    }
    out
}

fn row(r: &ProgrammeRow, day: chrono::NaiveDate, zone: &str, viewer_zone: Option<&str>, ids: bool) -> Vec<String> {
    let mut cells = Vec::new();
    if ids {
        cells.push(r.entry.id.to_string());
    }
    cells.push(range(&r.times.start, &r.times.end, day, zone));
    if let (Some(start), Some(end), Some(viewer_zone)) = (&r.times.viewer_start, &r.times.viewer_end, viewer_zone) {
        cells.push(range(start, end, day, viewer_zone));
    }
    let draft = if r.entry.public { "" } else { " [draft]" };
    cells.push(format!("{}{draft}", r.entry.title));
    cells
}

pub fn sync_report(r: &dais_sync::SyncReport) -> String {
    let mut out = format!("Synced: {} changes sent, {} rows received", r.pushed, r.pulled);
    if r.conflicts > 0 {
        out += &format!(", {} new conflicts (see `dais conflicts`)", r.conflicts);
    }
    if r.reset {
        out += "; the event site had been restored from an earlier copy: this workspace's data went to it again, \
                and its data was reloaded";
    }
    out
}

pub fn status(status: &serde_json::Value) -> String {
    let site = status["site"].as_str().unwrap_or("none (set one with `dais site`)");
    format!("Event site: {site}\nChanges waiting: {}", status["waiting"])
}

pub fn conflicts(conflicts: &[dais_core::Conflict]) -> String {
    if conflicts.is_empty() {
        return "No conflicts".into();
    }
    let mut out = String::new();
    for c in conflicts {
        let s = &c.superseded;
        let settled = if c.open { "" } else { " (settled)" };
        out += &format!(
            "{}{settled}\n  {} of {}: {} by {} at {} lost to {} by {} at {}\n",
            s.id,
            s.field,
            c.subject,
            s.value,
            s.author,
            c.lost_at.format("%Y-%m-%d %H:%M:%S UTC"),
            s.winner_value,
            s.winner_author,
            c.won_at.format("%Y-%m-%d %H:%M:%S UTC"),
        );
    }
    out
}

pub fn preview(p: &Preview) -> String {
    let mut out = match p.current {
        Some(v) => format!("The public sees version {v}. Publishing makes version {}:\n", p.next),
        None if p.next == 1 => "Nothing is public yet. Publishing makes version 1:\n".to_string(),
        None => format!("The meeting is off the public site. Publishing makes version {}:\n", p.next),
    };
    if p.changes.is_empty() {
        out.push_str("  nothing changed\n");
    }
    for c in &p.changes {
        out.push_str(&format!("  {c}\n"));
    }
    if !p.unlisted_speakers.is_empty() {
        out.push_str(
            "\nSpeakers left out of the public site (it lists those confirmed and agreeing to be published):\n",
        );
        for u in &p.unlisted_speakers {
            out.push_str(&format!("  {}: {}\n", u.name, u.reason));
        }
    }
    out.push_str("\nWhat becomes public (no email, private note or registration is among it):\n");
    for f in p.public_fields.iter().filter(|f| !f.fields.is_empty()) {
        out.push_str(&format!("  {}: {}\n", f.what, f.fields.join("; ")));
    }
    out.push_str("\nWhat the site keeps for its own work, never shown:\n");
    for f in p.kept_by_site.iter().filter(|f| !f.fields.is_empty()) {
        out.push_str(&format!("  {}: {}\n", f.what, f.fields.join("; ")));
    }
    if !p.shared {
        out.push_str("\nThis meeting is on this laptop only: publishing shares it with the event site.\n");
    }
    for e in &p.errors {
        out.push_str(&format!("\n  x {} (this blocks publishing)", e.message));
    }
    for w in &p.warnings {
        out.push_str(&format!("\n  ! {}", w.message()));
    }
    out
}

pub fn versions(versions: &[Publication], event: &Event) -> String {
    if versions.is_empty() {
        return format!("{} has not been published (versions come with each sync)\n", event.short_title);
    }
    let tz = dais_core::rules::zone::parse_zone("zone", &event.zone).unwrap_or(chrono_tz::UTC);
    let mut out = String::new();
    for v in versions {
        let when = v.published_at.with_timezone(&tz).format("%-d %b %Y %H:%M %Z");
        if v.withdrawn {
            out.push_str(&format!("Taken off the public site on {when} by {}\n", v.published_by));
            continue;
        }
        out.push_str(&format!("Version {}, {when}, by {}\n", v.version, v.published_by));
        for c in &v.changes {
            out.push_str(&format!("  {}\n", c.describe(tz)));
        }
    }
    out
}

/// One registration, and every decision on it, latest first.
pub fn registration(r: &Registration) -> String {
    let mut out = format!(
        "{} {} <{}>\n{}, {} · {}\nSubmitted {} ({})\n",
        r.given_name,
        r.family_name,
        r.email,
        r.organisation,
        r.country,
        r.category.label(Lang::En),
        r.submitted_at.format("%Y-%m-%d %H:%M UTC"),
        serde_json::to_value(r.source).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
    );
    if !r.private_notes.is_empty() {
        out.push_str(&format!("Notes: {}\n", r.private_notes));
    }
    if let Some(mail) = &r.mail {
        let state = match mail.state {
            MailState::Sent => "sent",
            MailState::Retrying => "not sent yet, the site tries again",
            MailState::Failed => "FAILED",
        };
        let why = mail.error.as_deref().map(|e| format!(": {e}")).unwrap_or_default();
        let when = mail.at.format("%Y-%m-%d %H:%M UTC");
        out.push_str(&format!("Mail: {} {state} {when}{why}\n", mail.message.label(Lang::En)));
    }
    out.push_str("Decisions:\n");
    for d in std::iter::once(&r.decision).chain(r.decision.earlier.iter()) {
        let when = d.decided_at.map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_else(|| "-".into());
        let by = d.decided_by.as_deref().unwrap_or("-");
        let why = d.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
        out.push_str(&format!("  {}  {when}  by {by}{why}\n", d.status.label(Lang::En)));
    }
    out
}

pub fn focal_points(meeting: &Event, focal_points: &[FocalPoint]) -> String {
    if focal_points.is_empty() {
        return format!(
            "{} has no focal points: the organisers decide on every request. `dais focal-point add` adds one.",
            meeting.short_title
        );
    }
    with_header(
        &["ID", "COUNTRY", "CATEGORY", "NAME", "EMAIL"],
        focal_points.iter().map(|f| {
            vec![
                f.id.to_string(),
                f.country.clone(),
                f.category.map_or("any".to_string(), |c| c.label(Lang::En)),
                f.name.clone(),
                f.email.clone(),
            ]
        }),
    )
}

/// A meeting's registrations counted: each way on its own lines.
pub fn summary(s: &RegistrationSummary) -> String {
    let mut out = format!("{} registrations\n", s.total);
    let mut part = |title: &str, rows: Vec<(String, u32)>| {
        out.push_str(&format!("\n{title}\n"));
        for (what, count) in rows {
            out.push_str(&format!("  {count:>7}  {what}\n"));
        }
    };
    part("By status", s.by_status.iter().map(|c| (c.status.label(Lang::En), c.count)).collect());
    part("By category", s.by_category.iter().map(|c| (c.of.label(Lang::En), c.count)).collect());
    part(
        "By region",
        s.by_region.iter().map(|c| (c.of.map_or("Elsewhere".to_string(), |r| r.label(Lang::En)), c.count)).collect(),
    );
    part("By country", s.by_country.iter().map(|c| (c.of.clone(), c.count)).collect());
    part("By day of request", s.by_day.iter().map(|c| (c.of.to_string(), c.count)).collect());
    out
}

/// Each entry of the programme, in its order, and where it stands against the public site.
pub fn published(event: &Event, programme: &Programme, publication: &ProgrammePublication) -> String {
    let head = match publication.version {
        Some(version) => format!("{}: version {version} is public.", event.short_title),
        None => format!("{}: not published yet.", event.short_title),
    };
    let rows = programme.days.iter().flat_map(|day| &day.rows).map(|r| {
        let state = match publication.entries.get(&r.entry.id) {
            Some(EntryPublication::Published { version }) => format!("published in version {version}"),
            Some(EntryPublication::ChangedSince { version }) => format!("changed since version {version}"),
            Some(EntryPublication::New) => "new: the next publication adds it".into(),
            Some(EntryPublication::HeldBack) => "held back: its block is a draft".into(),
            None => "draft".into(),
        };
        vec![format!("{} {}", r.times.start.day_label, r.times.start.time), r.entry.title.clone(), state]
    });
    format!("{head}\n\n{}", with_header(&["WHEN", "ENTRY", "STATE"], rows))
}
