//! The programme as the organisers read it: by day in the meeting's zone and, beside it, in a viewer's zone, with
//! each entry's people and the warnings on it.

use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::*;
use crate::rules::validate::{self, Warning};
use crate::rules::zone::{self, ZonedTimes, event_zone, long_date, parse_zone, zoned};
use crate::storage::Store;

/// One speaker's role on an entry, with the name to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RoleOnEntry {
    pub participation_id: Uuid,
    pub speaker_id: Uuid,
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProgrammeRow {
    pub entry: Entry,
    #[serde(flatten)]
    #[ts(flatten)]
    pub times: ZonedTimes,
    /// Minutes from the programme day's midnight in the event's zone to the start and to the end (past 1440 when it
    /// ends the next day): where the timetable draws the entry, to scale.
    pub start_minute: i32,
    pub end_minute: i32,
    pub roles: Vec<RoleOnEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProgrammeDay {
    pub date: chrono::NaiveDate,
    /// `Friday 31 October 2025`.
    pub label: String,
    /// The event zone's abbreviation that day (`CET`, then `CEST` after the change to summer time).
    pub zone_label: String,
    /// The viewer zone's, when one was asked for.
    pub viewer_zone_label: Option<String>,
    pub rows: Vec<ProgrammeRow>,
}

/// The programme by day in the event's zone, and beside it, in another zone if one was asked for.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Programme {
    pub event_id: Uuid,
    pub zone: String,
    /// The event zone's abbreviation on the first day, e.g. `CET`.
    pub zone_label: String,
    pub viewer_zone: Option<String>,
    pub viewer_zone_label: Option<String>,
    pub days: Vec<ProgrammeDay>,
    /// The meeting's days, from its first to its last, that have no entry: for the timetable to offer their slots.
    pub empty_days: Vec<ProgrammeDay>,
    pub warnings: Vec<Warning>,
}

impl Store {
    pub fn warnings(&self, event_id: Uuid) -> Result<Vec<Warning>> {
        let entries = self.entries(event_id)?;
        self.warnings_of(event_id, &entries, &self.participations(event_id)?, &names(&self.speakers(event_id)?))
    }

    /// Every warning of a meeting's programme, from what the caller has read of it.
    fn warnings_of(
        &self,
        event_id: Uuid,
        entries: &[Entry],
        participations: &[Participation],
        names: &[(Uuid, String)],
    ) -> Result<Vec<Warning>> {
        let mut warnings = validate::warnings(entries, participations, names);
        warnings.extend(validate::participants_night(entries, &self.registrant_zones(event_id)?));
        Ok(warnings)
    }

    /// The programme of an event in its zone and, if `viewer_zone` is given, in that zone beside it.
    pub fn programme(&self, event_id: Uuid, viewer_zone: Option<&str>) -> Result<Programme> {
        self.programme_with(&self.get(event_id)?, self.entries(event_id)?, viewer_zone)
    }

    /// The meeting and its programme (drafts too) as a reader of `lang` reads them, in the meeting's zone: its words
    /// and its entries' in `lang` where the organisers gave them, else as typed. What the documents are made of.
    pub fn programme_in(&self, event_id: Uuid, lang: Lang) -> Result<(Event, Programme)> {
        let translations = self.translations(event_id)?;
        let words = super::Words::of(&translations, lang);
        let mut event: Event = self.get(event_id)?;
        words.event(&mut event);
        let mut entries = self.entries(event_id)?;
        entries.iter_mut().for_each(|e| words.entry(e));
        let programme = self.programme_with(&event, entries, None)?;
        Ok((event, programme))
    }

    fn programme_with(&self, event: &Event, entries: Vec<Entry>, viewer_zone: Option<&str>) -> Result<Programme> {
        let event_id = event.id;
        let participations = self.participations(event_id)?;
        let speakers = self.speakers(event_id)?;
        let names = names(&speakers);
        let warnings = self.warnings_of(event_id, &entries, &participations, &names)?;
        Ok(Programme { warnings, ..programme_of(event, entries, &participations, &names, viewer_zone)? })
    }
}

/// The programme of `event` made of `entries` (in programme order) and the roles on them, named from `names` (speakers
/// by id; a role whose speaker is not there is left out), in the event's zone and, if `viewer_zone` is given, in that zone
/// beside it. Without warnings: the caller knows whether its entries are the organisers' or the published ones.
pub fn programme_of(
    event: &Event,
    entries: Vec<Entry>,
    participations: &[Participation],
    names: &[(Uuid, String)],
    viewer_zone: Option<&str>,
) -> Result<Programme> {
    let tz = event_zone(event)?;
    let viewer = viewer_zone
        .filter(|z| !z.is_empty())
        .map(|z| parse_zone("viewer_zone", z))
        .transpose()
        .map_err(|e| Error::Invalid(vec![e]))?;
    let first_instant = entries.first().map(|e| e.slot.starts_at);
    let label_at = |tz: Tz| zoned(first_instant.unwrap_or_else(|| noon(event.starts_on, tz)), tz).abbreviation;
    let mut days: Vec<ProgrammeDay> = Vec::new();
    for entry in entries {
        let times = ZonedTimes::of(entry.slot.starts_at, entry.slot.ends_at, tz, viewer);
        let roles = participations
            .iter()
            .filter(|p| p.entry_id == entry.id)
            .filter_map(|p| {
                let (_, name) = names.iter().find(|(id, _)| *id == p.speaker_id)?;
                let name = name.clone();
                Some(RoleOnEntry { participation_id: p.id, speaker_id: p.speaker_id, name, role: p.role })
            })
            .collect();
        let midnight =
            zone::instant("date", times.start.date, chrono::NaiveTime::MIN, tz).unwrap_or(entry.slot.starts_at);
        let minute = |at: chrono::DateTime<chrono::Utc>| (at - midnight).num_minutes() as i32;
        let row = ProgrammeRow {
            start_minute: minute(entry.slot.starts_at),
            end_minute: minute(entry.slot.ends_at),
            entry,
            times,
            roles,
        };
        match days.last_mut() {
            Some(day) if day.date == row.times.start.date => day.rows.push(row),
            _ => days.push(ProgrammeDay {
                date: row.times.start.date,
                label: long_date(row.times.start.date),
                zone_label: row.times.start.abbreviation.clone(),
                viewer_zone_label: row.times.viewer_start.as_ref().map(|v| v.abbreviation.clone()),
                rows: vec![row],
            }),
        }
    }
    let empty_days = event
        .starts_on
        .iter_days()
        .take_while(|date| *date <= event.ends_on)
        // A month at most: a mistyped year in the last day would otherwise make thousands.
        .take(MOST_DAYS)
        .filter(|date| !days.iter().any(|day| day.date == *date))
        .map(|date| ProgrammeDay {
            date,
            label: long_date(date),
            zone_label: zoned(noon(date, tz), tz).abbreviation,
            viewer_zone_label: viewer.map(|v| zoned(noon(date, tz), v).abbreviation),
            rows: Vec::new(),
        })
        .collect();
    Ok(Programme {
        event_id: event.id,
        zone: event.zone.clone(),
        zone_label: label_at(tz),
        viewer_zone: viewer.map(|v| v.name().to_string()),
        viewer_zone_label: viewer.map(label_at),
        days,
        empty_days,
        warnings: Vec::new(),
    })
}

/// The most days of a meeting offered empty.
const MOST_DAYS: usize = 31;

/// Midday of `date` in `tz`: an instant that day whatever its change of clocks.
fn noon(date: chrono::NaiveDate, tz: Tz) -> chrono::DateTime<chrono::Utc> {
    zone::instant("date", date, chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default(), tz).unwrap_or_default()
}

/// Speakers by id with the name to show.
pub(super) fn names(speakers: &[Speaker]) -> Vec<(Uuid, String)> {
    speakers.iter().map(|s| (s.id, s.display_name())).collect()
}
