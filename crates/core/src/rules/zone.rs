//! Time zones: instants are UTC, wall-clock times come from the IANA database (chrono-tz), never fixed offsets.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

use crate::error::FieldError;

pub fn parse_zone(field: &str, name: &str) -> Result<Tz, FieldError> {
    name.parse::<Tz>().map_err(|_| {
        FieldError::new(field, format!("unknown time zone {name:?}; use an IANA name such as Europe/Zurich"))
    })
}

/// Every IANA zone name, for zone pickers.
pub fn zone_names() -> Vec<&'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect()
}

/// An instant as a person in one zone reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ZonedTime {
    pub date: NaiveDate,
    /// `HH:MM`, 24-hour.
    pub time: String,
    /// The zone's abbreviation at that instant (`CET`, `EDT`, `AEDT`), or its UTC offset where it has none.
    pub abbreviation: String,
    /// e.g. `+01:00`.
    pub utc_offset: String,
    /// e.g. `Sat 1 Nov`: shown beside the time when it falls on another day than the programme's.
    pub day_label: String,
}

/// An entry's start and end as the programme shows them, on the organisers' timetable and on the public site alike: in
/// the event's zone and, when a viewer picked one, in theirs beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ZonedTimes {
    /// In the event's zone.
    pub start: ZonedTime,
    pub end: ZonedTime,
    /// In the zone the viewer picked, when one was.
    pub viewer_start: Option<ZonedTime>,
    pub viewer_end: Option<ZonedTime>,
    /// Days between the programme's day and the viewer's start and end days (e.g. 1 for Sydney's Saturday).
    pub viewer_start_day_shift: i32,
    pub viewer_end_day_shift: i32,
}

impl ZonedTimes {
    pub fn of(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, tz: Tz, viewer: Option<Tz>) -> ZonedTimes {
        let (start, end) = (zoned(starts_at, tz), zoned(ends_at, tz));
        let (viewer_start, viewer_end) = viewer.map(|v| (zoned(starts_at, v), zoned(ends_at, v))).unzip();
        let shift = |v: &Option<ZonedTime>| v.as_ref().map(|v| day_shift(start.date, v.date)).unwrap_or(0);
        let (viewer_start_day_shift, viewer_end_day_shift) = (shift(&viewer_start), shift(&viewer_end));
        ZonedTimes { start, end, viewer_start, viewer_end, viewer_start_day_shift, viewer_end_day_shift }
    }
}

pub fn zoned(instant: DateTime<Utc>, tz: Tz) -> ZonedTime {
    let local = instant.with_timezone(&tz);
    let offset = local.offset().fix().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let utc_offset = format!("{sign}{:02}:{:02}", offset.abs() / 3600, offset.abs() % 3600 / 60);
    let abbreviation = local.format("%Z").to_string();
    ZonedTime {
        date: local.date_naive(),
        time: local.format("%H:%M").to_string(),
        // chrono-tz gives "+03" for zones without a letter abbreviation; say UTC+03 then.
        abbreviation: if abbreviation.starts_with(['+', '-']) { format!("UTC{abbreviation}") } else { abbreviation },
        utc_offset,
        day_label: local.format("%a %-d %b").to_string(),
    }
}

/// `Friday 31 October 2025`.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// An event's days: `Friday 31 October 2025`, or `Monday 3 November 2025 to Wednesday 5 November 2025`.
pub fn date_range(starts_on: NaiveDate, ends_on: NaiveDate) -> String {
    if starts_on == ends_on {
        long_date(starts_on)
    } else {
        format!("{} to {}", long_date(starts_on), long_date(ends_on))
    }
}

/// The instant of a wall-clock time in a zone. A time that the zone skips (clocks going forward) is an error; a time
/// that happens twice (clocks going back) is the first of the two, as calendars do.
/// A country's main zone: the first of its rows in the tz database's `zone.tab` (crates/core/data/zone.tab, from
/// Debian's tzdata, public domain), which lists the most populous first (`America/New_York` for the United States).
pub fn main_zone_of(country: &str) -> Option<&'static str> {
    static MAIN: std::sync::LazyLock<std::collections::HashMap<&'static str, &'static str>> =
        std::sync::LazyLock::new(|| {
            let mut out = std::collections::HashMap::new();
            for line in include_str!("../../data/zone.tab").lines().filter(|l| !l.starts_with('#')) {
                let mut columns = line.split('\t');
                if let (Some(code), Some(_), Some(zone)) = (columns.next(), columns.next(), columns.next()) {
                    out.entry(code).or_insert(zone);
                }
            }
            out
        });
    MAIN.get(country).copied()
}

pub fn instant(field: &str, date: NaiveDate, time: NaiveTime, tz: Tz) -> Result<DateTime<Utc>, FieldError> {
    match tz.from_local_datetime(&NaiveDateTime::new(date, time)) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(FieldError::new(
            field,
            format!(
                "{} does not exist on {} in {tz}: the clocks go forward then",
                time.format("%H:%M"),
                long_date(date)
            ),
        )),
    }
}

pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate, FieldError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| FieldError::new(field, format!("{text:?} is not a date; write it as YYYY-MM-DD")))
}

pub fn parse_time(field: &str, text: &str) -> Result<NaiveTime, FieldError> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| FieldError::new(field, format!("{text:?} is not a time; write it as HH:MM, 24-hour")))
}

/// Days between two dates, for "+1 day" marks.
pub fn day_shift(from: NaiveDate, to: NaiveDate) -> i32 {
    to.num_days_from_ce() - from.num_days_from_ce()
}

/// A meeting's zone, as a field error at `zone` if it names none.
pub(crate) fn event_zone(event: &crate::model::Event) -> crate::error::Result<Tz> {
    parse_zone("zone", &event.zone).map_err(|e| crate::error::Error::Invalid(vec![e]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn new_york_is_still_on_summer_time_on_31_october_2025() {
        let ny: Tz = "America/New_York".parse().unwrap();
        let t = zoned(utc("2025-10-31T10:00:00Z"), ny);
        assert_eq!((t.time.as_str(), t.abbreviation.as_str(), t.utc_offset.as_str()), ("06:00", "EDT", "-04:00"));
    }

    #[test]
    fn geneva_is_on_winter_time_on_31_october_2025() {
        let z: Tz = "Europe/Zurich".parse().unwrap();
        let t = zoned(utc("2025-10-31T10:00:00Z"), z);
        assert_eq!((t.time.as_str(), t.abbreviation.as_str()), ("11:00", "CET"));
    }

    #[test]
    fn sydney_is_already_on_saturday() {
        let syd: Tz = "Australia/Sydney".parse().unwrap();
        let t = zoned(utc("2025-10-31T14:30:00Z"), syd);
        assert_eq!(
            (t.date, t.time.as_str(), t.day_label.as_str()),
            (NaiveDate::from_ymd_opt(2025, 11, 1).unwrap(), "01:30", "Sat 1 Nov")
        );
        assert_eq!(t.abbreviation, "AEDT");
    }

    #[test]
    fn the_repeated_hour_on_the_day_europe_leaves_summer_time() {
        let z: Tz = "Europe/Zurich".parse().unwrap();
        let date = NaiveDate::from_ymd_opt(2025, 10, 26).unwrap();
        // 02:30 happens twice; the first is summer time.
        let first = instant("start", date, NaiveTime::from_hms_opt(2, 30, 0).unwrap(), z).unwrap();
        assert_eq!(first, utc("2025-10-26T00:30:00Z"));
        let later = zoned(utc("2025-10-26T01:30:00Z"), z);
        assert_eq!((later.time.as_str(), later.abbreviation.as_str()), ("02:30", "CET"));
        // A 09:00 meeting is an hour later in UTC than the day before.
        let before = instant("start", date.pred_opt().unwrap(), NaiveTime::from_hms_opt(9, 0, 0).unwrap(), z).unwrap();
        let after = instant("start", date, NaiveTime::from_hms_opt(9, 0, 0).unwrap(), z).unwrap();
        assert_eq!((before, after), (utc("2025-10-25T07:00:00Z"), utc("2025-10-26T08:00:00Z")));
    }

    #[test]
    fn a_skipped_time_is_a_clear_error() {
        let z: Tz = "Europe/Zurich".parse().unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        let err = instant("start", date, NaiveTime::from_hms_opt(2, 30, 0).unwrap(), z).unwrap_err();
        assert_eq!(err.field, "start");
        assert!(err.message.contains("does not exist"), "{}", err.message);
    }

    #[test]
    fn unknown_zone_names_the_field() {
        let err = parse_zone("zone", "CET+1").unwrap_err();
        assert_eq!(err.field, "zone");
        assert!(err.message.contains("IANA"));
    }
}
