//! What the commands print without `--json`: plain tables for people, in the language chosen (`locales/*/cli.ftl`).
//! Only layout: every value comes from the core.

use dais_core::i18n::{date, day_label};
use dais_core::import::circular::CircularReading;
use dais_core::import::programme::{ProgrammeLine, ProgrammePreview};
use dais_core::import::{ImportCounts, ImportPreview};
use dais_core::publication::{EntryPublication, Preview, ProgrammePublication, Publication, UnlistedSpeaker};
use dais_core::registrations::{RegistrationPage, RegistrationSummary};
use dais_core::rules::zone::ZonedTime;
use dais_core::{Entry, Event, FocalPoint, Participation, Programme, ProgrammeRow, Registration, Speaker};
use dais_core::{Lang, t};
use icu_properties::CodePointMapData;
use icu_properties::props::{EastAsianWidth, GeneralCategory};
use serde::Serialize;

/// A value's name as the core serialises it (`confirmed`, `side_event`), so that text and JSON say the same.
fn word<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The columns a text takes in a terminal: a Chinese character (East Asian wide or full-width) two, a combining mark
/// (an Arabic vowel sign) or an invisible format character none, any other one.
pub fn columns(text: &str) -> usize {
    let widths = CodePointMapData::<EastAsianWidth>::new();
    let categories = CodePointMapData::<GeneralCategory>::new();
    text.chars()
        .map(|c| match (widths.get(c), categories.get(c)) {
            (_, GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark | GeneralCategory::Format) => 0,
            (EastAsianWidth::Wide | EastAsianWidth::Fullwidth, _) => 2,
            _ => 1,
        })
        .sum()
}

/// Rows of cells as columns padded to their widest cell (in a terminal's columns); the last column is not padded.
fn table(rows: &[Vec<String>]) -> String {
    let columns_of = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> =
        (0..columns_of).map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| columns(s)).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c + 1 < row.len() {
                line.push_str(cell);
                line.push_str(&" ".repeat(widths[c] - columns(cell) + 2));
            } else {
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn with_header(header: &[String], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut all = vec![header.to_vec()];
    all.extend(rows);
    table(&all)
}

fn or_blank(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

pub fn events(lang: Lang, events: &[Event]) -> String {
    if events.is_empty() {
        return t!(lang, "cli-no-meetings");
    }
    event_table(lang, t!(lang, "cli-column-meeting"), events)
}

pub fn side_events(lang: Lang, meeting: &Event, side_events: &[Event]) -> String {
    if side_events.is_empty() {
        return t!(lang, "cli-no-side-events", meeting = &meeting.short_title, id = meeting.id.to_string());
    }
    event_table(lang, t!(lang, "cli-column-side-event"), side_events)
}

fn event_table(lang: Lang, what: String, events: &[Event]) -> String {
    with_header(
        &[t!(lang, "cli-column-id"), what, t!(lang, "cli-column-date"), t!(lang, "cli-column-zone")],
        events.iter().map(|e| {
            let days = if e.ends_on == e.starts_on {
                date(lang, e.starts_on)
            } else {
                t!(lang, "date-range", first = date(lang, e.starts_on), last = date(lang, e.ends_on))
            };
            let name = match e.archived {
                true => t!(lang, "cli-archived-meeting", meeting = &e.short_title),
                false => e.short_title.clone(),
            };
            vec![e.id.to_string(), name, days, e.zone.clone()]
        }),
    )
}

pub fn speakers(lang: Lang, speakers: &[Speaker]) -> String {
    if speakers.is_empty() {
        return t!(lang, "cli-no-speakers");
    }
    let header = [
        t!(lang, "cli-column-id"),
        t!(lang, "cli-column-name"),
        t!(lang, "cli-column-organisation"),
        t!(lang, "cli-column-country"),
        t!(lang, "cli-column-status"),
        t!(lang, "cli-column-consent"),
        t!(lang, "cli-column-public-site"),
    ];
    with_header(
        &header,
        speakers.iter().map(|s| {
            vec![
                s.id.to_string(),
                s.display_name(),
                or_blank(&s.organisation),
                or_blank(&s.country),
                t!(lang, "speaker-status", status = word(&s.status)),
                if s.consent_to_publish { t!(lang, "cli-yes") } else { t!(lang, "cli-no") },
                match UnlistedSpeaker::of(s) {
                    Some(u) => t!(lang, "cli-left-out", reason = u.reason(lang)),
                    None => t!(lang, "cli-listed"),
                },
            ]
        }),
    )
}

/// The people of entries: each role, with who holds it and on which entry.
pub fn roles(lang: Lang, roles: &[(Participation, Entry, Speaker)]) -> String {
    let header = [
        t!(lang, "cli-column-id"),
        t!(lang, "cli-column-role"),
        t!(lang, "cli-column-speaker"),
        t!(lang, "cli-column-entry"),
    ];
    with_header(
        &header,
        roles.iter().map(|(p, e, s)| vec![p.id.to_string(), p.role.label(lang, 1), s.display_name(), e.title.clone()]),
    )
}

/// Entries moved or stretched: each with its new times, in the meeting's zone.
pub fn moved(lang: Lang, entries: &[Entry], zone: chrono_tz::Tz) -> String {
    let at = |t| {
        let t = dais_core::rules::zone::zoned(t, zone);
        format!("{} {}", day_label(lang, t.date), t.time)
    };
    let lines: Vec<String> = entries
        .iter()
        .map(|e| {
            let (start, end) = (at(e.slot.starts_at), at(e.slot.ends_at));
            t!(lang, "cli-moved", entry = &e.title, id = e.id.to_string(), start = start, end = end)
        })
        .collect();
    lines.join("\n")
}

pub fn registrations(lang: Lang, page: &RegistrationPage, ids: bool) -> String {
    if page.total == 0 {
        return t!(lang, "cli-no-registrations");
    }
    if page.rows.is_empty() {
        return t!(lang, "cli-no-registration-matches", count = page.total);
    }
    let header = [
        t!(lang, "cli-column-id"),
        t!(lang, "cli-column-name"),
        t!(lang, "cli-column-organisation"),
        t!(lang, "cli-column-country"),
        t!(lang, "cli-column-category"),
        t!(lang, "cli-column-status"),
    ];
    let table = with_header(
        &header[usize::from(!ids)..],
        page.rows.iter().map(|r| {
            let row = [
                r.id.to_string(),
                r.full_name(),
                r.organisation.clone(),
                r.country.clone(),
                r.category.label(lang),
                r.decision.status.label(lang),
            ];
            row[usize::from(!ids)..].to_vec()
        }),
    );
    let counts: Vec<String> = page
        .by_status
        .iter()
        .filter(|c| c.count > 0)
        .map(|c| t!(lang, "cli-status-count", count = c.count, status = c.status.label(lang)))
        .collect();
    let counts = counts.join(", ");
    let total = t!(lang, "cli-registrations-matching", matching = page.matching, count = page.total, counts = counts);
    format!("{table}\n{total}")
}

/// `11:00`, or `Sat 1 Nov 01:30` when the time falls on another day than `day`; with the zone's abbreviation when it
/// differs from the column's (the clocks changed during the day).
fn time(lang: Lang, t: &ZonedTime, day: chrono::NaiveDate, abbreviation: &str) -> String {
    let mut s = if t.date == day { t.time.clone() } else { format!("{} {}", day_label(lang, t.date), t.time) };
    if t.abbreviation != abbreviation {
        s.push(' ');
        s.push_str(&t.abbreviation);
    }
    s
}

/// `11:00-12:00`; the end's day is shown when it is not the start's.
fn range(lang: Lang, start: &ZonedTime, end: &ZonedTime, day: chrono::NaiveDate, abbreviation: &str) -> String {
    format!("{}-{}", time(lang, start, day, abbreviation), time(lang, end, start.date, abbreviation))
}

/// The programme day by day: `HH:MM-HH:MM  Title` in the meeting's zone, beside it the viewer's times if asked for,
/// items indented under their block, `[draft]` on entries that are not public.
pub fn programme(lang: Lang, event: &Event, p: &Programme, ids: bool) -> String {
    let mut out = format!("{}: {}\n", event.short_title, event.title);
    out.push_str(&match &p.viewer_zone {
        Some(viewer) => t!(lang, "cli-times-in-two-zones", zone = &p.zone, viewer = viewer),
        None => t!(lang, "cli-times-in-zone", zone = &p.zone),
    });
    out.push('\n');
    if p.days.is_empty() {
        out.push('\n');
        out.push_str(&t!(lang, "cli-no-entries"));
        out.push('\n');
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
        rows.extend(day.rows.iter().map(|r| row(lang, r, day.date, &zone, viewer_zone.as_deref(), ids)));
        out.push('\n');
        out.push_str(&dais_core::i18n::long_date(lang, day.date));
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
        out.push('\n');
        out.push_str(&t!(lang, "cli-warnings"));
        out.push('\n');
        for w in &p.warnings {
            out.push_str(&format!("  ! {}\n", w.say(lang)));
        }
    }
    out
}

fn row(
    lang: Lang,
    r: &ProgrammeRow,
    day: chrono::NaiveDate,
    zone: &str,
    viewer_zone: Option<&str>,
    ids: bool,
) -> Vec<String> {
    let mut cells = Vec::new();
    if ids {
        cells.push(r.entry.id.to_string());
    }
    cells.push(range(lang, &r.times.start, &r.times.end, day, zone));
    if let (Some(start), Some(end), Some(viewer_zone)) = (&r.times.viewer_start, &r.times.viewer_end, viewer_zone) {
        cells.push(range(lang, start, end, day, viewer_zone));
    }
    cells.push(match r.entry.public {
        true => r.entry.title.clone(),
        false => t!(lang, "cli-draft-entry", entry = &r.entry.title),
    });
    cells
}

pub fn sync_report(lang: Lang, r: &dais_sync::SyncReport) -> String {
    let mut out = t!(lang, "cli-synced", sent = r.pushed, received = r.pulled, conflicts = r.conflicts);
    if r.reset {
        out.push('\n');
        out.push_str(&t!(lang, "cli-site-was-restored"));
    }
    out
}

pub fn status(lang: Lang, status: &serde_json::Value) -> String {
    let site = status["site"].as_str().map_or_else(|| t!(lang, "cli-no-site-set"), str::to_string);
    t!(lang, "cli-status", site = site, waiting = status["waiting"].as_i64().unwrap_or(0))
}

pub fn conflicts(lang: Lang, conflicts: &[dais_core::Conflict]) -> String {
    if conflicts.is_empty() {
        return t!(lang, "cli-no-conflicts");
    }
    let mut out = String::new();
    for c in conflicts {
        let s = &c.superseded;
        out += &match c.open {
            true => s.id.to_string(),
            false => t!(lang, "cli-conflict-settled", id = s.id.to_string()),
        };
        out += "\n  ";
        out += &t!(
            lang,
            "cli-conflict",
            field = &s.field,
            subject = c.subject.say(lang),
            value = s.value.to_string(),
            author = &s.author,
            lost_at = c.lost_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            winner_value = s.winner_value.to_string(),
            winner_author = &s.winner_author,
            won_at = c.won_at.format("%Y-%m-%d %H:%M:%S UTC").to_string()
        );
        out += "\n";
    }
    out
}

pub fn preview(lang: Lang, p: &Preview) -> String {
    let mut out = match p.current {
        Some(version) => t!(lang, "cli-preview-public", version = version, next = p.next),
        None if p.next == 1 => t!(lang, "cli-preview-first"),
        None => t!(lang, "cli-preview-withdrawn", next = p.next),
    };
    out.push('\n');
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    if p.changes.is_empty() {
        line(&format!("  {}", t!(lang, "cli-preview-nothing-changed")));
    }
    for c in &p.changes {
        line(&format!("  {c}"));
    }
    if !p.unlisted_speakers.is_empty() {
        line("");
        line(&t!(lang, "cli-preview-unlisted-speakers"));
        for u in &p.unlisted_speakers {
            line(&format!("  {}: {}", u.name, u.reason(lang)));
        }
    }
    line("");
    line(&t!(lang, "cli-preview-public-fields"));
    for f in p.public_fields.iter().filter(|f| !f.fields.is_empty()) {
        line(&format!("  {}: {}", f.what, f.fields.join("; ")));
    }
    line("");
    line(&t!(lang, "cli-preview-kept-fields"));
    for f in p.kept_by_site.iter().filter(|f| !f.fields.is_empty()) {
        line(&format!("  {}: {}", f.what, f.fields.join("; ")));
    }
    if !p.shared {
        line("");
        line(&t!(lang, "cli-preview-not-shared"));
    }
    for e in &p.errors {
        out.push_str(&format!("\n  x {}", t!(lang, "cli-preview-error", problem = &e.message)));
    }
    for w in &p.warnings {
        out.push_str(&format!("\n  ! {}", w.say(lang)));
    }
    out
}

pub fn versions(lang: Lang, versions: &[Publication], event: &Event) -> String {
    if versions.is_empty() {
        return t!(lang, "cli-not-published", meeting = &event.short_title);
    }
    let tz = dais_core::rules::zone::parse_zone("zone", &event.zone).unwrap_or(chrono_tz::UTC);
    let mut out = String::new();
    for v in versions {
        let at = v.published_at.with_timezone(&tz);
        let when = format!("{} {}", date(lang, at.date_naive()), at.format("%H:%M %Z"));
        if v.withdrawn {
            out.push_str(&t!(lang, "cli-version-withdrawn", when = when, by = &v.published_by));
            out.push('\n');
            continue;
        }
        out.push_str(&t!(lang, "cli-version", version = v.version, when = when, by = &v.published_by));
        out.push('\n');
        for c in &v.changes {
            out.push_str(&format!("  {}\n", c.describe(lang, tz)));
        }
    }
    out
}

/// One registration, and every decision on it, latest first.
pub fn registration(lang: Lang, r: &Registration) -> String {
    let utc = |t: chrono::DateTime<chrono::Utc>| format!("{} {} UTC", date(lang, t.date_naive()), t.format("%H:%M"));
    let mut out = format!(
        "{} {} <{}>\n{}, {} · {}\n",
        r.given_name,
        r.family_name,
        r.email,
        r.organisation,
        r.country,
        r.category.label(lang),
    );
    out.push_str(&t!(
        lang,
        "cli-submitted",
        when = utc(r.submitted_at),
        source = t!(lang, "registration-source", source = word(&r.source))
    ));
    out.push('\n');
    if !r.private_notes.is_empty() {
        out.push_str(&t!(lang, "cli-notes", notes = &r.private_notes));
        out.push('\n');
    }
    if let Some(mail) = &r.mail {
        let state = t!(lang, "mail-state", state = word(&mail.state));
        let message = mail.message.label(lang);
        let when = utc(mail.at);
        out.push_str(&match &mail.error {
            Some(error) => t!(lang, "cli-mail-failed", message = message, state = state, when = when, error = error),
            None => t!(lang, "cli-mail", message = message, state = state, when = when),
        });
        out.push('\n');
    }
    out.push_str(&t!(lang, "cli-decisions"));
    out.push('\n');
    for d in std::iter::once(&r.decision).chain(r.decision.earlier.iter()) {
        let when = d.decided_at.map_or_else(|| "-".to_string(), utc);
        let by = d.decided_by.as_deref().unwrap_or("-");
        let status = d.status.label(lang);
        out.push_str("  ");
        out.push_str(&match &d.reason {
            Some(reason) => t!(lang, "cli-decision-reason", status = status, when = when, by = by, reason = reason),
            None => t!(lang, "cli-decision", status = status, when = when, by = by),
        });
        out.push('\n');
    }
    out
}

pub fn focal_points(lang: Lang, meeting: &Event, focal_points: &[FocalPoint]) -> String {
    if focal_points.is_empty() {
        return t!(lang, "cli-no-focal-points", meeting = &meeting.short_title);
    }
    let header = [
        t!(lang, "cli-column-id"),
        t!(lang, "cli-column-country"),
        t!(lang, "cli-column-category"),
        t!(lang, "cli-column-name"),
        t!(lang, "cli-column-email"),
    ];
    with_header(
        &header,
        focal_points.iter().map(|f| {
            vec![
                f.id.to_string(),
                f.country.clone(),
                f.category.map_or_else(|| t!(lang, "cli-any-category"), |c| c.label(lang)),
                f.name.clone(),
                f.email.clone(),
            ]
        }),
    )
}

/// A meeting's registrations counted: each way on its own lines.
pub fn summary(lang: Lang, s: &RegistrationSummary) -> String {
    let mut out = t!(lang, "cli-registrations-count", count = s.total);
    out.push('\n');
    let mut part = |title: String, rows: Vec<(String, u32)>| {
        out.push_str(&format!("\n{title}\n"));
        for (what, count) in rows {
            out.push_str(&format!("  {count:>7}  {what}\n"));
        }
    };
    part(t!(lang, "cli-by-status"), s.by_status.iter().map(|c| (c.status.label(lang), c.count)).collect());
    part(t!(lang, "cli-by-category"), s.by_category.iter().map(|c| (c.of.label(lang), c.count)).collect());
    part(
        t!(lang, "cli-by-region"),
        s.by_region
            .iter()
            .map(|c| (c.of.map_or_else(|| t!(lang, "cli-elsewhere"), |r| r.label(lang)), c.count))
            .collect(),
    );
    part(t!(lang, "cli-by-country"), s.by_country.iter().map(|c| (c.of.clone(), c.count)).collect());
    part(t!(lang, "cli-by-day"), s.by_day.iter().map(|c| (date(lang, c.of), c.count)).collect());
    out
}

/// Each entry of the programme, in its order, and where it stands against the public site.
pub fn published(lang: Lang, event: &Event, programme: &Programme, publication: &ProgrammePublication) -> String {
    let head = match publication.version {
        Some(version) => t!(lang, "cli-version-public", meeting = &event.short_title, version = version),
        None => t!(lang, "cli-not-published-yet", meeting = &event.short_title),
    };
    let rows = programme.days.iter().flat_map(|day| &day.rows).map(|r| {
        let state = match publication.entries.get(&r.entry.id) {
            Some(EntryPublication::Published { version }) => t!(lang, "cli-entry-published", version = *version),
            Some(EntryPublication::ChangedSince { version }) => t!(lang, "cli-entry-changed-since", version = *version),
            Some(EntryPublication::New) => t!(lang, "cli-entry-new"),
            Some(EntryPublication::HeldBack) => t!(lang, "cli-entry-held-back"),
            None => t!(lang, "cli-entry-draft"),
        };
        let start = &r.times.start;
        vec![format!("{} {}", day_label(lang, start.date), start.time), r.entry.title.clone(), state]
    });
    let header = [t!(lang, "cli-column-when"), t!(lang, "cli-column-entry"), t!(lang, "cli-column-state")];
    format!("{head}\n\n{}", with_header(&header, rows))
}

/// A meeting's translations: the record, the field, the language and the words, one per line.
pub fn translations(lang: Lang, translations: &[dais_core::Translation]) -> String {
    if translations.is_empty() {
        return t!(lang, "cli-no-translations");
    }
    let lines: Vec<String> =
        translations.iter().map(|x| format!("{}  {}  {}  {}", x.record_id, x.field, x.lang.code(), x.text)).collect();
    lines.join("\n")
}

/// What an import would do: how the file was read, each column's field, the counts, and every problem listed.
pub fn import_preview(lang: Lang, file: &str, p: &ImportPreview) -> String {
    let mut out = match (&p.encoding, &p.separator) {
        (Some(encoding), Some(separator)) => {
            let separator = if separator == "\t" { "Tab".to_string() } else { separator.clone() };
            t!(lang, "cli-import-csv", file = file, encoding = encoding, separator = separator)
        }
        _ => t!(lang, "cli-import-workbook", file = file, kind = format!("{:?}", p.kind).to_uppercase()),
    };
    out.push('\n');
    for (i, sheet) in p.sheets.iter().enumerate().filter(|_| p.sheets.len() > 1) {
        let chosen = if i == p.sheet { "*" } else { " " };
        let number = i + 1;
        out.push_str(&format!(
            "{chosen} {}\n",
            t!(lang, "cli-import-sheet", number = number, name = &sheet.name, rows = sheet.rows)
        ));
    }
    for c in &p.columns {
        let field = c.field.map_or_else(|| t!(lang, "cli-import-left-out"), |f| f.label(lang));
        out.push_str(&format!("  {} → {field}\n", c.header));
    }
    out.push_str(&import_counts(lang, &p.counts));
    for problem in &p.problems {
        let line = match problem.header.as_str() {
            "" => t!(lang, "cli-import-problem-row", row = problem.row, problem = &problem.message),
            header => t!(lang, "cli-import-problem", row = problem.row, header = header, problem = &problem.message),
        };
        out.push_str(&format!("\n  {line}"));
    }
    if p.problem_count as usize > p.problems.len() {
        out.push_str(&format!(
            "\n  {}",
            t!(lang, "cli-import-more-problems", count = p.problem_count as usize - p.problems.len())
        ));
    }
    out
}

fn import_counts(lang: Lang, c: &ImportCounts) -> String {
    t!(
        lang,
        "cli-import-counts",
        rows = c.rows,
        add = c.add,
        update = c.update,
        unchanged = c.unchanged,
        skip = c.skip,
        keep_both = c.keep_both,
        refused = c.refused
    )
}

/// What an import did.
pub fn import_report(lang: Lang, meeting: &str, c: &ImportCounts) -> String {
    format!("{}\n{}", t!(lang, "cli-import-done", meeting = meeting), import_counts(lang, c))
}

/// What a programme's import adds and changes, each entry on its line in the meeting's zone.
pub fn programme_import(lang: Lang, event: &Event, p: &ProgrammePreview, dry_run: bool) -> String {
    let zone: chrono_tz::Tz = event.zone.parse().unwrap_or(chrono_tz::UTC);
    let when = |l: &ProgrammeLine| l.starts_at.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string();
    let (added, changed, speakers) = (p.added.len(), p.changed.len(), p.new_speakers.len());
    let meeting = &event.short_title;
    let mut out = match dry_run {
        true => t!(
            lang,
            "cli-programme-import-would",
            meeting = meeting,
            added = added,
            changed = changed,
            unchanged = p.unchanged,
            speakers = speakers
        ),
        false => t!(
            lang,
            "cli-programme-import-done",
            meeting = meeting,
            added = added,
            changed = changed,
            unchanged = p.unchanged,
            speakers = speakers
        ),
    };
    for l in &p.added {
        out.push_str(&format!("\n  + {}  {}", when(l), l.title));
    }
    for l in &p.changed {
        out.push_str(&format!("\n  ~ {}  {} ({})", when(l), l.title, l.changes.join(", ")));
    }
    out
}

/// A circular as read: each fact with the paragraph it came from, then what the letter does not say.
pub fn circular(lang: Lang, read: &CircularReading) -> String {
    let mut out = String::new();
    for fact in &read.facts {
        let conflict = if read.conflicts.contains(&fact.field) { " (!)" } else { "" };
        out.push_str(&format!(
            "{}: {}{conflict}\n    “{}”\n",
            t!(lang, "circular-field", field = fact.field.key()),
            fact.value,
            fact.paragraph
        ));
    }
    for field in &read.missing {
        out.push_str(&format!(
            "{}\n",
            t!(lang, "cli-circular-missing", field = t!(lang, "circular-field", field = field.key()))
        ));
    }
    out
}
