//! Time zones: instants are UTC, wall-clock times come from the IANA database (chrono-tz), never fixed offsets.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

use crate::error::FieldError;
use crate::i18n::Msg;
use crate::msg;
use crate::rules::fold::fold;

pub fn parse_zone(field: &str, name: &str) -> Result<Tz, FieldError> {
    name.parse::<Tz>().map_err(|_| FieldError::new(field, unknown_zone(name)))
}

/// What to do about a zone that is none, in the organiser's words: the zones they may have meant, by the place typed.
fn unknown_zone(name: &str) -> Msg {
    if name.trim().is_empty() {
        return msg!("error-zone-required");
    }
    let labels: Vec<String> = find_zones(name, 3).into_iter().map(|z| z.label).collect();
    match labels.as_slice() {
        [] => msg!("error-unknown-zone", zone = name),
        [one] => msg!("error-unknown-zone-one", zone = name, meant = one),
        [first @ .., last] => msg!("error-unknown-zone-several", zone = name, meant = first.join(", "), last = last),
    }
}

/// Every IANA zone name, for zone pickers.
pub fn zone_names() -> Vec<&'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect()
}

/// A time zone as an organiser finds it: by the place it is the clock of as well as by its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ZoneChoice {
    /// The IANA name, which the meeting keeps: `Europe/Zurich`.
    pub zone: String,
    /// The name with the place it was found by: `Europe/Zurich (Geneva)`; the name alone when found by it.
    pub label: String,
    /// `Switzerland`; empty for a zone of no country (`Etc/GMT+5`).
    pub country: String,
    /// Its main cities, the most populous first: `Zürich`, `Geneva`, `Basel`, `Lausanne`.
    pub cities: Vec<String>,
}

/// A zone of `data/zone-cities.tsv`: the names it is found by.
struct Place {
    zone: &'static str,
    country_code: &'static str,
    country: &'static str,
    common_name: &'static str,
    cities: Vec<&'static str>,
    /// The zone's other names: tz database links (`Asia/Calcutta`) and zones merged into it (`America/Detroit`).
    others: Vec<&'static str>,
}

/// Every zone: those of `data/zone-cities.tsv` (from @vvo/tzdb, with their cities), then the IANA names of none of
/// them (`UTC`, `Etc/GMT+5`), which are found by name only.
fn places() -> &'static [Place] {
    static PLACES: std::sync::LazyLock<Vec<Place>> = std::sync::LazyLock::new(|| {
        let mut out: Vec<Place> = include_str!("../../data/zone-cities.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|line| {
                let c: Vec<&str> = line.split('\t').collect();
                let list = |text: &'static str, by: &str| text.split(by).filter(|s| !s.is_empty()).collect();
                Place {
                    zone: c[0],
                    country_code: c[1],
                    country: c[2],
                    common_name: c[3],
                    cities: list(c[4], "; "),
                    others: list(c[5], " "),
                }
            })
            .collect();
        let known: std::collections::HashSet<&str> =
            out.iter().flat_map(|p| std::iter::once(p.zone).chain(p.others.iter().copied())).collect();
        let rest: Vec<Place> = zone_names()
            .into_iter()
            .filter(|z| !known.contains(z))
            .map(|zone| Place { zone, country_code: "", country: "", common_name: "", cities: vec![], others: vec![] })
            .collect();
        out.extend(rest);
        out
    });
    &PLACES
}

/// How well a text matches what was typed (both folded): the whole of it, the start of one of its words, or inside.
fn closeness(text: &str, typed: &str) -> Option<u8> {
    let text = fold(text).replace(['_', '/', '-'], " ");
    if text == typed {
        Some(0)
    } else if text.starts_with(typed) || text.contains(&format!(" {typed}")) {
        Some(1)
    } else if text.contains(typed) {
        Some(2)
    } else {
        None
    }
}

/// The zones an organiser may mean by `text` (a city, a country, a zone's name or part of it), the closest first,
/// at most `most`: "Geneva" finds `Europe/Zurich (Geneva)`, "Switzerland" the same, "New York" `America/New_York`.
pub fn find_zones(text: &str, most: usize) -> Vec<ZoneChoice> {
    let typed = fold(text.trim()).replace(['_', '/', '-'], " ");
    if typed.is_empty() {
        return Vec::new();
    }
    // Per zone: how close (whole, word start, inside), then what matched (a city, the bigger first; the country; the
    // zone's names; its common name), and the place to show in brackets.
    let mut found: Vec<((u8, usize), usize, Option<&str>)> = Vec::new();
    for (i, p) in places().iter().enumerate() {
        let by_city = p.cities.iter().enumerate().filter_map(|(n, c)| closeness(c, &typed).map(|k| ((k, n), Some(*c))));
        // A country by its name, or by its code typed whole ("CH"; two letters are inside too many words).
        let by_country = [closeness(p.country, &typed), closeness(p.country_code, &typed).filter(|k| *k == 0)]
            .into_iter()
            .flatten()
            .filter(|_| !p.country.is_empty())
            .map(|k| ((k, 10), Some(p.country)));
        let by_name = std::iter::once(p.zone)
            .chain(p.others.iter().copied())
            .filter_map(|z| closeness(z, &typed).map(|k| ((k, 20), None)));
        let by_common = Some(p.common_name)
            .filter(|c| !c.is_empty())
            .and_then(|c| closeness(c, &typed).map(|k| ((k, 30), Some(c))));
        if let Some((rank, place)) =
            by_city.chain(by_country).chain(by_name).chain(by_common).min_by_key(|(rank, _)| *rank)
        {
            found.push((rank, i, place));
        }
    }
    found.sort_by_key(|(rank, i, _)| (*rank, *i));
    found
        .into_iter()
        .take(most)
        .map(|(_, i, place)| {
            let p = &places()[i];
            ZoneChoice {
                zone: p.zone.to_string(),
                label: match place {
                    Some(place) => format!("{} ({place})", p.zone),
                    None => p.zone.to_string(),
                },
                country: p.country.to_string(),
                cities: p.cities.iter().map(|c| c.to_string()).collect(),
            }
        })
        .collect()
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
            msg!("error-time-skipped", time = time.format("%H:%M").to_string(), day = date, zone = tz.name()),
        )),
    }
}

pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate, FieldError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| match text.trim() {
        "" => FieldError::new(field, msg!("error-date-required")),
        _ => FieldError::new(field, msg!("error-not-a-date", text = text.trim())),
    })
}

pub fn parse_time(field: &str, text: &str) -> Result<NaiveTime, FieldError> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| match text.trim() {
        "" => FieldError::new(field, msg!("error-time-required")),
        _ => FieldError::new(field, msg!("error-not-a-time", text = text.trim())),
    })
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
        assert!(err.message.say(crate::Lang::En).contains("does not exist"), "{}", err.message.say(crate::Lang::En));
    }

    fn labels(text: &str) -> Vec<String> {
        find_zones(text, 5).into_iter().map(|z| z.label).collect()
    }

    #[test]
    fn a_city_finds_its_zone_with_the_city_in_brackets() {
        let geneva = find_zones("Geneva", 5);
        assert_eq!(geneva[0].label, "Europe/Zurich (Geneva)");
        assert_eq!(geneva[0].zone, "Europe/Zurich");
        assert_eq!(geneva[0].country, "Switzerland");
        assert_eq!(geneva[0].cities, ["Zürich", "Geneva", "Basel", "Lausanne"]);
        // Without its accent, in any case; a few letters of a word are enough.
        assert_eq!(labels("zurich")[0], "Europe/Zurich (Zürich)");
        assert_eq!(labels("gene")[0], "Europe/Zurich (Geneva)");
        assert_eq!(labels("new york")[0], "America/New_York (New York City)");
        assert_eq!(labels("Sao Paulo")[0], "America/Sao_Paulo (São Paulo)");
    }

    #[test]
    fn a_country_finds_its_zones_and_a_name_finds_itself() {
        assert_eq!(labels("Switzerland"), ["Europe/Zurich (Switzerland)"]);
        assert_eq!(labels("CH")[0], "Europe/Zurich (Switzerland)");
        assert!(labels("Japan").contains(&"Asia/Tokyo (Japan)".to_string()));
        assert_eq!(labels("Europe/Zurich")[0], "Europe/Zurich");
        assert_eq!(labels("europe/zur")[0], "Europe/Zurich");
        // An old name of a zone finds the zone as it is called now; zones of no country, by their names.
        assert_eq!(labels("Asia/Calcutta")[0], "Asia/Kolkata");
        assert_eq!(labels("UTC")[0], "UTC");
        assert!(find_zones("", 5).is_empty());
        assert!(find_zones("Olympus Mons", 5).is_empty());
    }

    #[test]
    fn every_zone_of_the_cities_file_is_one_that_chrono_tz_knows() {
        for p in places() {
            assert!(p.zone.parse::<Tz>().is_ok(), "{}", p.zone);
        }
        assert!(places().len() > zone_names().len() / 2);
    }

    #[test]
    fn an_unknown_zone_is_told_with_the_zones_meant() {
        let err = parse_zone("zone", "Geneva").unwrap_err();
        assert_eq!(err.field, "zone");
        assert_eq!(
            err.message.say(crate::Lang::En),
            "no time zone is called “Geneva”; did you mean Europe/Zurich (Geneva)?"
        );
        let err = parse_zone("zone", "Mars/Olympus").unwrap_err();
        assert_eq!(
            err.message.say(crate::Lang::En),
            "no time zone is called “Mars/Olympus”; look it up by a city or a country (Geneva finds Europe/Zurich)"
        );
        assert_eq!(
            parse_zone("zone", "").unwrap_err().message.say(crate::Lang::En),
            "give the time zone: look it up by a city or a country (Geneva finds Europe/Zurich)"
        );
    }

    #[test]
    fn a_date_or_time_left_empty_or_mistyped_says_what_to_write() {
        assert_eq!(
            parse_time("start", "").unwrap_err().message.say(crate::Lang::En),
            "give the time, such as 09:30 or 14:00"
        );
        assert_eq!(
            parse_time("start", "9h30").unwrap_err().message.say(crate::Lang::En),
            "“9h30” is not a time; write it as 09:30 or 14:00 (24-hour)"
        );
        assert_eq!(
            parse_date("date", " ").unwrap_err().message.say(crate::Lang::En),
            "give the date, such as 2026-03-26"
        );
    }
}
