//! A meeting's facts read from its circular (the invitation letter every ITU meeting begins with), in English,
//! French, Spanish or Russian: deterministic rules, no model. Each fact comes with the paragraph it was read from, for
//! the organiser to confirm or correct; what the letter does not say is listed as missing, never guessed; two
//! different values of one fact (the subject's date and the body's) are both kept, as a conflict to resolve.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::msg;

/// What a circular says, as a meeting's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CircularField {
    /// "TSB Circular 81".
    Reference,
    /// The letter's own date.
    Issued,
    Title,
    /// virtual, physical or hybrid.
    Format,
    /// A day of the meeting (YYYY-MM-DD).
    Date,
    /// A part of the meeting: `HH:MM-HH:MM`.
    Times,
    /// The zone its times are given in (IANA).
    Zone,
    /// The meeting's languages (codes).
    Languages,
    RegistrationRequired,
    FreeOfCharge,
    Phone,
    Fax,
    Email,
    /// A side event with its times: `HH:MM-HH:MM title`.
    SideEvent,
}

/// A fact as read: its value, written as the meeting's field takes it, and the paragraph that says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CircularFact {
    pub field: CircularField,
    pub value: String,
    /// The sentence it was read from (its paragraph, where the fact spans several).
    pub paragraph: String,
}

/// What a circular says, what it does not, and where it says two things.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CircularReading {
    pub facts: Vec<CircularFact>,
    /// The facts a meeting needs that the letter does not give: asked for, never invented.
    pub missing: Vec<CircularField>,
    /// Fields given two different values (each is among the facts).
    pub conflicts: Vec<CircularField>,
}

impl CircularReading {
    /// The values read for `field`.
    pub fn values(&self, field: CircularField) -> Vec<&str> {
        self.facts.iter().filter(|f| f.field == field).map(|f| f.value.as_str()).collect()
    }
}

/// The text of a circular: a DOCX's paragraphs, or text as it is (UTF-8).
pub fn circular_text(name: &str, bytes: &[u8]) -> Result<String> {
    let unreadable = |reason| Error::Unreadable { file: name.to_string(), reason };
    if bytes.starts_with(b"PK\x03\x04") {
        return docx_text(bytes).ok_or_else(|| unreadable(msg!("import-circular-not-docx")));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(unreadable(msg!("import-circular-pdf")));
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| unreadable(msg!("import-file-not-text")))?;
    Ok(text.to_string())
}

/// A DOCX's body as text: a line per paragraph, its tabs and breaks kept.
fn docx_text(bytes: &[u8]) -> Option<String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut xml = String::new();
    zip.by_name("word/document.xml").ok()?.read_to_string(&mut xml).ok()?;
    let doc = roxmltree::Document::parse(&xml).ok()?;
    let mut text = String::new();
    for p in doc.descendants().filter(|n| n.has_tag_name("p")) {
        for n in p.descendants() {
            match n.tag_name().name() {
                "t" => text.push_str(n.text().unwrap_or("")),
                "tab" => text.push('\t'),
                "br" | "cr" => text.push('\n'),
                _ => {}
            }
        }
        text.push('\n');
    }
    Some(text)
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a valid pattern")
}

/// Months as the four languages write them in a date (Russian's in the genitive: "31 октября").
const MONTHS: [[&str; 4]; 12] = [
    ["january", "janvier", "enero", "января"],
    ["february", "février", "febrero", "февраля"],
    ["march", "mars", "marzo", "марта"],
    ["april", "avril", "abril", "апреля"],
    ["may", "mai", "mayo", "мая"],
    ["june", "juin", "junio", "июня"],
    ["july", "juillet", "julio", "июля"],
    ["august", "août", "agosto", "августа"],
    ["september", "septembre", "septiembre", "сентября"],
    ["october", "octobre", "octubre", "октября"],
    ["november", "novembre", "noviembre", "ноября"],
    ["december", "décembre", "diciembre", "декабря"],
];

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months: Vec<&str> = MONTHS.iter().flatten().copied().collect();
    re(&format!(r"(?i)\b(\d{{1,2}})(?:er)?\s+(?:de\s+)?({})\s+(?:de\s+)?(\d{{4}})", months.join("|")))
});
/// `TSB Circular 81`, `Circulaire TSB 81`, `Circular TSB 81`, `Циркуляр 81 БСЭ`.
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:TSB\s+Circular|Circulaire\s+(?:de\s+la\s+)?TSB|Circular\s+(?:de\s+la\s+)?TSB|Циркуляр)\s+(\d+)")
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| re(r"\+\d{1,3}(?:[ \u{a0}]?\d{1,4}){2,5}"));
static EMAIL: LazyLock<Regex> = LazyLock::new(|| re(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"));
/// A range of times: `11:00-12:00`, `from 11.00 to 12.00`, `de 11 h 00 à 12 h 00`, `с 11 час. 00 мин. до 12 час. 00 мин.`.
static TIMES: LazyLock<Regex> = LazyLock::new(|| {
    let time = r"(\d{1,2})\s*(?::|\.|h|час\.)\s*(\d{2})(?:\s*мин\.)?";
    re(&format!(r"(?i){time}\s*(?:-|–|—|to|until|à|a|hasta|до)\s*(?:las\s+)?{time}"))
});
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| re(r"(?im)^\s*(?:Subject|Objet|Asunto|Предмет)\s*:\s*$"));
static ISSUED: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s*(?:Geneva|Genève|Ginebra|Женева)\s*,"));
static DEADLINE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:by|before|avant le|antes del|до|не позднее)\s+\d"));
static SIDE_EVENT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)вебинар|webinar|webinaire|seminario web"));
static QUOTED: LazyLock<Regex> = LazyLock::new(|| re(r#"["«“](.+)["»”]"#));

/// The words that name each fact, in the four languages, lower case.
const FORMATS: [(&str, &[&str]); 3] = [
    ("hybrid", &["hybrid", "hybride", "híbrid", "гибридн"]),
    ("virtual", &["virtual", "virtuel", "виртуальн", "online only", "en ligne"]),
    ("physical", &["in person", "physical", "en présentiel", "presencial", "очн"]),
];
const ZONES: [(&str, &[&str]); 2] = [
    (
        "Europe/Zurich",
        &[
            "cet",
            "cest",
            "geneva time",
            "heure de genève",
            "hora de ginebra",
            "центральноевропейск",
            "женевск",
            "europe centrale",
            "europa central",
        ],
    ),
    ("UTC", &["utc", "gmt"]),
];
const LANGUAGES: [(&str, &[&str]); 6] = [
    ("en", &["english", "anglais", "inglés", "английск"]),
    ("fr", &["french", "français", "francés", "французск"]),
    ("es", &["spanish", "espagnol", "español", "испанск"]),
    ("ru", &["russian", "russe", "ruso", "русск"]),
    ("zh", &["chinese", "chinois", "chino", "китайск"]),
    ("ar", &["arabic", "arabe", "árabe", "арабск"]),
];
/// What says a paragraph is about the meeting's languages: the word, or "only" beside a language's name.
const LANGUAGE_OF_MEETING: [&str; 11] =
    ["language", "langue", "idioma", "язык", "only", "только", "uniquement", "seulement", "únicamente", "solo", "sólo"];
const REGISTRATION: [(&str, &str); 4] = [
    ("registration", "mandatory"),
    ("inscription", "obligatoire"),
    ("inscripción", "obligatori"),
    ("регистрац", "обязательн"),
];
const FREE: [&str; 5] = ["free of charge", "gratuit", "sin costo", "бесплатн", "no fee"];

/// Reads a circular's facts from its text.
pub fn read_circular(text: &str) -> CircularReading {
    let cleaned = re(r"\[bookmark: [^\]]*\]").replace_all(text, "");
    let paragraphs: Vec<String> = cleaned
        .lines()
        .map(|l| l.trim().trim_start_matches(|c: char| c.is_ascii_digit()).trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut facts = Vec::new();
    // The letter's head lists Tel. then Fax, their numbers in the same order.
    let fax_given = has_fax_label(text);

    // The subject: the paragraph after its label; its brackets say the format and the date.
    let subject = SUBJECT
        .find(&cleaned)
        .and_then(|m| cleaned[m.end()..].lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_string));
    if let Some(subject) = &subject {
        let title = match subject.rfind(" (") {
            Some(at) if subject.ends_with(')') => &subject[..at],
            _ => subject.as_str(),
        };
        add(&mut facts, CircularField::Title, title.trim().to_string(), subject);
    }

    for p in &paragraphs {
        let lower = p.to_lowercase();
        if let Some(c) = REFERENCE.captures(p) {
            add(&mut facts, CircularField::Reference, format!("TSB Circular {}", &c[1]), p);
        }
        let dates: Vec<NaiveDate> = DATE.captures_iter(p).filter_map(|c| date(&c[1], &c[2], &c[3])).collect();
        if ISSUED.is_match(p) {
            if let Some(d) = dates.first() {
                add(&mut facts, CircularField::Issued, d.to_string(), p);
            }
            continue;
        }
        for phone in PHONE.find_iter(p) {
            let number = phone.as_str().replace('\u{a0}', " ");
            let phones = facts.iter().filter(|f| f.field == CircularField::Phone).count();
            let field = if phones == 0 || !fax_given { CircularField::Phone } else { CircularField::Fax };
            add(&mut facts, field, number, p);
        }
        for email in EMAIL.find_iter(p) {
            add(&mut facts, CircularField::Email, email.as_str().to_string(), p);
        }
        let side_event = SIDE_EVENT.is_match(p);
        for (format, words) in FORMATS {
            if let Some(word) = words.iter().find(|w| !side_event && lower.contains(*w)) {
                add(&mut facts, CircularField::Format, format.to_string(), sentence_with(p, word));
                break;
            }
        }
        if !DEADLINE.is_match(p) && !side_event {
            for c in DATE.captures_iter(p) {
                if let Some(d) = date(&c[1], &c[2], &c[3]) {
                    add(&mut facts, CircularField::Date, d.to_string(), sentence_with(p, &c[0]));
                }
            }
        }
        for c in TIMES.captures_iter(p) {
            let (Some(from), Some(to)) = (time(&c[1], &c[2]), time(&c[3], &c[4])) else { continue };
            match side_event {
                true => {
                    let title = QUOTED.captures(p).map(|q| q[1].to_string()).unwrap_or_default();
                    add(&mut facts, CircularField::SideEvent, format!("{from}-{to} {title}").trim().to_string(), p);
                }
                false => add(&mut facts, CircularField::Times, format!("{from}-{to}"), sentence_with(p, &c[0])),
            }
        }
        for (zone, words) in ZONES {
            if let Some(word) = words.iter().find(|w| TIMES.is_match(p) && contains_word(&lower, w)) {
                add(&mut facts, CircularField::Zone, zone.to_string(), sentence_with(p, word));
            }
        }
        if LANGUAGE_OF_MEETING.iter().any(|w| lower.contains(w)) {
            let codes: Vec<&str> = LANGUAGES
                .iter()
                .filter(|(_, words)| words.iter().any(|w| lower.contains(w)))
                .map(|(code, _)| *code)
                .collect();
            if !codes.is_empty() {
                add(&mut facts, CircularField::Languages, codes.join(","), p);
            }
        }
        if let Some((_, word)) = REGISTRATION.iter().find(|(a, b)| lower.contains(a) && lower.contains(b)) {
            add(&mut facts, CircularField::RegistrationRequired, "true".into(), sentence_with(p, word));
        }
        if let Some(word) = FREE.iter().find(|w| lower.contains(*w)) {
            add(&mut facts, CircularField::FreeOfCharge, "true".into(), sentence_with(p, word));
        }
    }
    let needed =
        [CircularField::Title, CircularField::Format, CircularField::Date, CircularField::Times, CircularField::Zone];
    let missing = needed.into_iter().filter(|f| !facts.iter().any(|x| x.field == *f)).collect();
    let conflicts = [CircularField::Date, CircularField::Format, CircularField::Zone]
        .into_iter()
        .filter(|f| facts.iter().filter(|x| x.field == *f).count() > 1)
        .collect();
    CircularReading { facts, missing, conflicts }
}

/// The sentence of `paragraph` that holds `evidence` (case aside): a fact is shown beside it, not beside a long
/// paragraph. Sentences end at a full stop before a capital ("(CET). Собрание"), not at an abbreviation's ("час. 00").
fn sentence_with<'p>(paragraph: &'p str, evidence: &str) -> &'p str {
    let evidence = evidence.to_lowercase();
    let mut start = 0;
    let mut ends: Vec<usize> = paragraph
        .match_indices(". ")
        .filter(|(at, _)| paragraph[at + 2..].chars().next().is_some_and(char::is_uppercase))
        .map(|(at, _)| at + 1)
        .collect();
    ends.push(paragraph.len());
    for end in ends {
        let sentence = paragraph[start..end].trim();
        if sentence.to_lowercase().contains(&evidence) {
            return sentence;
        }
        start = end;
    }
    paragraph
}

/// Keeps a fact, once.
fn add(facts: &mut Vec<CircularFact>, field: CircularField, value: String, paragraph: &str) {
    if !facts.iter().any(|f| f.field == field && f.value == value) {
        facts.push(CircularFact { field, value, paragraph: paragraph.to_string() });
    }
}

/// A word of `lower` (CET, not the "cet" of "cette").
fn contains_word(lower: &str, word: &str) -> bool {
    lower.match_indices(word).any(|(at, _)| {
        let before = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = lower[at + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        // A stem ("центральноевропейск") is a word's beginning.
        before && (after || !word.is_ascii())
    })
}

fn has_fax_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["fax", "факс", "télécopie"].iter().any(|w| lower.contains(w))
}

fn date(day: &str, month: &str, year: &str) -> Option<NaiveDate> {
    let month = month.to_lowercase();
    let m = MONTHS.iter().position(|names| names.contains(&month.as_str()))? as u32 + 1;
    NaiveDate::from_ymd_opt(year.parse().ok()?, m, day.parse().ok()?)
}

fn time(hour: &str, minute: &str) -> Option<String> {
    let (h, m): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}
