//! A meeting's facts read from its circular (the invitation letter every ITU meeting begins with), in English,
//! French, Spanish or Russian: deterministic rules, no model. Each fact comes with the sentence it was read from, for
//! the organiser to confirm or correct; what the letter does not say is listed as missing, never guessed; two
//! different values of one fact (the subject's date and the body's) are both kept, as a conflict to resolve. The
//! meeting is then made from the facts as confirmed (`Store::create_meeting_from_circular`).

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveTime};
use regex::Regex;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{Error, FieldError, Result};
use crate::i18n::{Lang, Msg};
use crate::model::*;
use crate::msg;
use crate::programme::save_entry;
use crate::rules::{validate, zone};
use crate::storage::Store;

/// What a circular says, as a meeting's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CircularField {
    /// "TSB Circular 81".
    Reference,
    /// The letter's own date.
    Issued,
    Title,
    /// The acronym the title ends with, "U4SSC".
    ShortTitle,
    /// virtual, physical or hybrid.
    Format,
    /// Where a physical or hybrid meeting is held.
    Venue,
    /// A day of the meeting (YYYY-MM-DD).
    Date,
    /// A part of each day of the meeting: `HH:MM-HH:MM`.
    Times,
    /// The zone its times are given in (IANA).
    Zone,
    /// The meeting's languages, by their English names as a meeting keeps them ("English,French").
    Languages,
    /// Who may take part, as the letter says it.
    Audience,
    /// The categories of participants it names, by key ("member_state_administration,academia").
    Categories,
    RegistrationRequired,
    FreeOfCharge,
    /// The last day to register (YYYY-MM-DD).
    RegistrationDeadline,
    Phone,
    Fax,
    Email,
    /// A side event with its day and times: `YYYY-MM-DD HH:MM-HH:MM title`.
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

/// The text of a circular: a DOCX's paragraphs, a PDF's text, or text as it is (UTF-8).
pub fn circular_text(name: &str, bytes: &[u8]) -> Result<String> {
    let unreadable = |reason| Error::Unreadable { file: name.to_string(), reason };
    if bytes.starts_with(b"PK\x03\x04") {
        return docx_text(bytes).ok_or_else(|| unreadable(msg!("import-circular-not-docx")));
    }
    if bytes.starts_with(b"%PDF") {
        return pdf_text(bytes).ok_or_else(|| unreadable(msg!("import-circular-pdf")));
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| unreadable(msg!("import-file-not-text")))?;
    Ok(text.to_string())
}

/// A PDF's text, its paragraphs' lines joined again; None for a PDF with no text (a scan) or one pdf-extract cannot
/// read. A malformed PDF can make it panic: that is caught, as a file that cannot be read.
fn pdf_text(bytes: &[u8]) -> Option<String> {
    let text = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes)).ok()?.ok()?;
    (!text.trim().is_empty()).then(|| paragraphs_of_lines(&text))
}

/// A page's lines as paragraphs: a PDF keeps lines, not paragraphs, and a fact's sentence may run over two. A line as
/// long as the page's full lines runs on into the next, unless it ends a sentence (or a bracket) and the next begins
/// a numbered paragraph, a bullet or a capital.
fn paragraphs_of_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).collect();
    let mut lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    lengths.sort_unstable();
    let full = lengths.get(lengths.len() * 9 / 10).copied().unwrap_or(0);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        let next = lines.get(i + 1).map_or("", |n| n.trim_start());
        let ends_sentence = line.ends_with(['.', ':', ';', '!', '?', ')']);
        let begins_anew = next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "•–−-".contains(c));
        let runs_on = line.chars().count() * 10 >= full * 6 && !(ends_sentence && begins_anew);
        out.push(if runs_on { ' ' } else { '\n' });
    }
    out
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

/// Any month's name in any of the four languages, as a pattern's alternatives.
fn months() -> String {
    MONTHS.iter().flatten().copied().collect::<Vec<&str>>().join("|")
}

/// A date as the letters write it: `31 October 2025`, `31 octobre 2025`, `31 de octubre de 2025`, `31 октября 2025`.
fn date_pattern() -> String {
    format!(r"\b(\d{{1,2}})(?:er)?\s+(?:de\s+)?({})\s+(?:de\s+)?(\d{{4}})", months())
}
static DATE: LazyLock<Regex> = LazyLock::new(|| re(&format!("(?i){}", date_pattern())));
/// A meeting's days as a range: `30-31 October 2025`, `du 30 au 31 octobre 2025`, `del 30 al 31 de octubre de 2025`,
/// `с 30 по 31 октября 2025 года`, `from 30 October to 1 November 2025`; its first day (and month, where the range
/// runs over two), the last day being a date of its own.
static DATE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let (months, date) = (months(), date_pattern());
    re(&format!(r"(?i)\b(\d{{1,2}})(?:er)?(?:\s+(?:de\s+)?({months}))?\s*(?:-|–|—|to|au|al|по)\s*{date}"))
});
/// The bookmarks a DOCX converted to text leaves in it: `[bookmark: _Hlk212024388]`.
static BOOKMARK: LazyLock<Regex> = LazyLock::new(|| re(r"\[bookmark: [^\]]*\]"));
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
const BY: &str = r"(?:by|before|no later than|avant le|au plus tard le|antes del|a más tardar el|до|не позднее)";
static DEADLINE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{BY}\s+\d")));
/// A registration's last day: `register by 20 October 2025`, `avant le 20 octobre 2025`, `до 20 октября 2025 года`.
static DEADLINE_DATE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{BY}\s+(?:el\s+)?{}", date_pattern())));
static SIDE_EVENT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)вебинар|webinar|webinaire|seminario web"));
static QUOTED: LazyLock<Regex> = LazyLock::new(|| re(r#"["«“](.+)["»”]"#));
/// The acronym in brackets a meeting's title ends with: "(U4SSC)".
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| re(r"\((\p{Lu}[\p{Lu}\d-]{1,19})\)\s*$"));
/// Where a meeting is held: `will be held at ITU headquarters, Geneva, on`, `se tiendra au siège de l'UIT à Genève le`,
/// `se celebrará en la sede de la UIT en Ginebra el`, `состоится в штаб-квартире МСЭ в Женеве`; up to the date or the
/// sentence's end.
static VENUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:held at|take place at|hosted at|se tiendra (?:au|à l'|à la|à)|aura lieu (?:au|à l'|à la|à)|se celebrará en|tendrá lugar en|состоится в|пройдет в|venue\s*:|lieu\s*:|lugar\s*:)\s+(.+?)(?:,?\s+(?:on|from|le|du|el|del|с)\s+\d|\s+\d{1,2}\s|[.;]\s|[.;]?$)",
    )
});

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
/// The six languages by the English names a meeting keeps them by, and their names in the letters.
const LANGUAGES: [(&str, &[&str]); 6] = [
    ("Arabic", &["arabic", "arabe", "árabe", "арабск"]),
    ("Chinese", &["chinese", "chinois", "chino", "китайск"]),
    ("English", &["english", "anglais", "inglés", "английск"]),
    ("French", &["french", "français", "francés", "французск"]),
    ("Russian", &["russian", "russe", "ruso", "русск"]),
    ("Spanish", &["spanish", "espagnol", "español", "испанск"]),
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
const REGISTER: [&str; 4] = ["regist", "inscri", "регистр", "зарегистр"];
const FREE: [&str; 5] = ["free of charge", "gratuit", "sin costo", "бесплатн", "no fee"];
/// What says who may take part.
const TAKING_PART: [&str; 10] = [
    "participation is open to",
    "may participate",
    "may take part",
    "open to participation",
    "peuvent participer",
    "participation est ouverte",
    "pueden participar",
    "participación está abierta",
    "могут принять участие",
    "могут участвовать",
];
/// The categories of participants, by key, as the letters name them.
const CATEGORIES: [(ParticipantCategory, &[&str]); 6] = [
    (
        ParticipantCategory::MemberStateAdministration,
        &["member state", "états membres", "estados miembros", "государства"],
    ),
    (
        ParticipantCategory::SectorMember,
        &[
            "sector member",
            "membres de secteur",
            "membres du secteur",
            "miembros de sector",
            "miembros del sector",
            "члены сектор",
        ],
    ),
    (ParticipantCategory::Associate, &["associates", "associés", "asociados", "ассоциированн"]),
    (ParticipantCategory::Academia, &["academi", "académi", "universit", "академическ"]),
    (ParticipantCategory::Resolution99, &["palestin", "палестин"]),
    (
        ParticipantCategory::OtherEligibleIndividual,
        &["any individual", "toute personne", "cualquier persona", "любое лицо", "любые лица"],
    ),
];

/// The acronym in brackets a meeting's title ends with: "U4SSC" of "... initiative (U4SSC)".
pub(crate) fn acronym(title: &str) -> Option<String> {
    ACRONYM.captures(title.trim()).map(|c| c[1].to_string())
}

/// Reads a circular's facts from its text.
pub fn read_circular(text: &str) -> CircularReading {
    let cleaned = BOOKMARK.replace_all(text, "");
    let paragraphs: Vec<String> = cleaned
        .lines()
        .map(|l| l.trim().trim_start_matches(|c: char| c.is_ascii_digit()).trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut facts = Vec::new();
    // The meeting's days where the letter gives them as a range.
    let mut ranges: Vec<(NaiveDate, NaiveDate)> = Vec::new();
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
        if let Some(acronym) = acronym(title) {
            add(&mut facts, CircularField::ShortTitle, acronym, subject);
        }
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
        if REGISTER.iter().any(|w| lower.contains(w)) {
            for c in DEADLINE_DATE.captures_iter(p) {
                if let Some(d) = date(&c[1], &c[2], &c[3]) {
                    add(&mut facts, CircularField::RegistrationDeadline, d.to_string(), sentence_with(p, &c[0]));
                }
            }
        }
        if let Some(c) = VENUE.captures(p).filter(|_| !side_event) {
            let venue = c[1].trim().trim_end_matches([',', '.']);
            add(&mut facts, CircularField::Venue, venue.to_string(), sentence_with(p, &c[0]));
        }
        if let Some(phrase) = TAKING_PART.iter().find(|w| lower.contains(*w)) {
            let sentence = sentence_with(p, phrase);
            add(&mut facts, CircularField::Audience, sentence.to_string(), sentence);
            let said = sentence.to_lowercase();
            let keys: Vec<&str> = CATEGORIES
                .iter()
                .filter(|(_, words)| words.iter().any(|w| said.contains(w)))
                .map(|(category, _)| category.key())
                .collect();
            if !keys.is_empty() {
                add(&mut facts, CircularField::Categories, keys.join(","), sentence);
            }
        }
        if !DEADLINE.is_match(p) && !side_event {
            for c in DATE_RANGE.captures_iter(p) {
                let last = date(&c[3], &c[4], &c[5]);
                let first = date(&c[1], c.get(2).map_or(&c[4], |m| m.as_str()), &c[5]);
                if let (Some(first), Some(last)) = (first, last)
                    && first < last
                {
                    add(&mut facts, CircularField::Date, first.to_string(), sentence_with(p, &c[0]));
                    ranges.push((first, last));
                }
            }
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
                    let day = dates.first().map(|d| format!("{d} ")).unwrap_or_default();
                    add(
                        &mut facts,
                        CircularField::SideEvent,
                        format!("{day}{from}-{to} {title}").trim().to_string(),
                        p,
                    );
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
            let names: Vec<&str> = LANGUAGES
                .iter()
                .filter(|(_, words)| words.iter().any(|w| lower.contains(w)))
                .map(|(name, _)| *name)
                .collect();
            if !names.is_empty() {
                add(&mut facts, CircularField::Languages, names.join(","), p);
            }
        }
        if let Some((_, word)) = REGISTRATION.iter().find(|(a, b)| lower.contains(a) && lower.contains(b)) {
            add(&mut facts, CircularField::RegistrationRequired, "true".into(), sentence_with(p, word));
        }
        if let Some(word) = FREE.iter().find(|w| lower.contains(*w)) {
            add(&mut facts, CircularField::FreeOfCharge, "true".into(), sentence_with(p, word));
        }
    }
    let needed = [
        CircularField::Title,
        CircularField::ShortTitle,
        CircularField::Format,
        CircularField::Date,
        CircularField::Times,
        CircularField::Zone,
    ];
    let missing = needed.into_iter().filter(|f| !facts.iter().any(|x| x.field == *f)).collect();
    // Days within a range the letter gives (its subject's "30-31 October", its body's "from 30 to 31 October") agree.
    let within = |day: &str| {
        let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok();
        ranges.iter().any(|(first, last)| day.is_some_and(|d| (*first..=*last).contains(&d)))
    };
    let dates_agree =
        !ranges.is_empty() && facts.iter().filter(|f| f.field == CircularField::Date).all(|f| within(&f.value));
    let conflicts = [CircularField::Date, CircularField::Format, CircularField::Zone]
        .into_iter()
        .filter(|f| !(*f == CircularField::Date && dates_agree))
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

/// A fact as the organiser confirmed or corrected it, to make the meeting from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MeetingFact {
    pub field: CircularField,
    pub value: String,
}

impl From<&CircularFact> for MeetingFact {
    fn from(fact: &CircularFact) -> Self {
        MeetingFact { field: fact.field, value: fact.value.clone() }
    }
}

impl CircularField {
    /// As the facts' errors name it: its key, snake case.
    pub fn key(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}

/// The facts of one field, read each as its field takes it: an error at the field for a value that cannot be.
struct Facts<'f> {
    facts: &'f [MeetingFact],
    errors: Vec<FieldError>,
}

impl<'f> Facts<'f> {
    fn all(&self, field: CircularField) -> Vec<&'f str> {
        self.facts.iter().filter(|f| f.field == field).map(|f| f.value.trim()).filter(|v| !v.is_empty()).collect()
    }

    fn error(&mut self, field: CircularField, message: Msg) {
        if !self.errors.iter().any(|e| e.field == field.key()) {
            self.errors.push(FieldError::new(&field.key(), message));
        }
    }

    /// The one value of a field that takes one: two are a conflict for the organiser to resolve.
    fn one(&mut self, field: CircularField) -> Option<&'f str> {
        match self.all(field)[..] {
            [] => None,
            [value] => Some(value),
            _ => {
                self.error(field, msg!("error-circular-two-values"));
                None
            }
        }
    }

    fn needed(&mut self, field: CircularField) -> Option<&'f str> {
        let value = self.one(field);
        if value.is_none() && self.all(field).is_empty() {
            self.error(field, msg!("error-circular-needed"));
        }
        value
    }

    fn read<T>(&mut self, field: CircularField, value: &str, read: impl FnOnce(&str) -> Option<T>) -> Option<T> {
        let read = read(value);
        if read.is_none() {
            let message = match field {
                CircularField::Date | CircularField::Issued | CircularField::RegistrationDeadline => {
                    msg!("error-circular-date")
                }
                CircularField::Times => msg!("error-circular-times"),
                CircularField::SideEvent => msg!("error-circular-side-event"),
                _ => msg!("error-circular-unknown", value = value),
            };
            self.error(field, message);
        }
        read
    }

    fn yes(&mut self, field: CircularField) -> bool {
        self.one(field).and_then(|v| self.read(field, v, |v| v.parse::<bool>().ok())).unwrap_or(false)
    }
}

/// `HH:MM-HH:MM`.
fn times(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    let (from, to) = text.split_once('-')?;
    let at = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
    Some((at(from)?, at(to)?))
}

/// `YYYY-MM-DD HH:MM-HH:MM title`, its day the meeting's first where the letter gives none.
fn side_event(text: &str, first_day: NaiveDate) -> Option<(NaiveDate, NaiveTime, NaiveTime, String)> {
    let (day, rest) = match text.split_once(' ') {
        Some((day, rest)) if day.len() == 10 => (NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?, rest),
        _ => (first_day, text),
    };
    let (range, title) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
    let (from, to) = times(range)?;
    Some((day, from, to, title.trim().to_string()))
}

impl Store {
    /// Makes a meeting from its circular's facts as the organiser confirmed or corrected them: its days, zone,
    /// format, venue, languages, audience, registration rules, contacts and reference; a block for each of its times
    /// on each day; each side event, with its entry in the programme. A fact the meeting needs that is not given, two
    /// values of a fact that takes one, or a value that cannot be read is an error at that fact, and nothing is made.
    pub fn create_meeting_from_circular(&mut self, facts: &[MeetingFact], lang: Lang) -> Result<Event> {
        use CircularField as F;
        let mut f = Facts { facts, errors: Vec::new() };
        let title = f.needed(F::Title).unwrap_or_default();
        let short_title = f.needed(F::ShortTitle).unwrap_or_default();
        let format = f.needed(F::Format).and_then(|v| {
            f.read(F::Format, v, |v| serde_json::from_value::<EventFormat>(Value::String(v.to_lowercase())).ok())
        });
        let zone = f.needed(F::Zone).unwrap_or_default();
        let tz = match zone::parse_zone(&F::Zone.key(), zone) {
            Ok(tz) => Some(tz),
            Err(e) if !zone.is_empty() => {
                f.errors.push(e);
                None
            }
            Err(_) => None,
        };
        let day = |v: &str| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
        let days: Vec<NaiveDate> = f.all(F::Date).into_iter().filter_map(|v| f.read(F::Date, v, day)).collect();
        if f.all(F::Date).is_empty() {
            f.error(F::Date, msg!("error-circular-needed"));
        }
        let (Some(&starts_on), Some(&ends_on)) = (days.iter().min(), days.iter().max()) else {
            return Err(Error::Invalid(f.errors));
        };
        let sessions: Vec<(NaiveTime, NaiveTime)> =
            f.all(F::Times).into_iter().filter_map(|v| f.read(F::Times, v, times)).collect();
        if f.all(F::Times).is_empty() {
            f.error(F::Times, msg!("error-circular-needed"));
        }
        let side_events: Vec<_> = f
            .all(F::SideEvent)
            .into_iter()
            .filter_map(|v| f.read(F::SideEvent, v, |v| side_event(v, starts_on)))
            .collect();
        let mut languages = Vec::new();
        for names in f.all(F::Languages) {
            for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                let known = LANGUAGES.iter().find(|(english, _)| english.eq_ignore_ascii_case(name));
                if let Some((english, _)) = f.read(F::Languages, name, |_| known) {
                    languages.push(english.to_string());
                }
            }
        }
        let mut categories = Vec::new();
        for keys in f.all(F::Categories) {
            for key in keys.split(',').map(str::trim).filter(|k| !k.is_empty()) {
                let known = ParticipantCategory::ALL.into_iter().find(|c| c.key() == key);
                categories.extend(f.read(F::Categories, key, |_| known));
            }
        }
        let mandatory = f.yes(F::RegistrationRequired);
        let free_of_charge = f.yes(F::FreeOfCharge);
        let deadline = f.one(F::RegistrationDeadline).and_then(|v| f.read(F::RegistrationDeadline, v, day));
        let issued = f.one(F::Issued).and_then(|v| f.read(F::Issued, v, day));
        let reference = f.one(F::Reference).map(|r| match issued {
            Some(issued) => format!("{r}, {}", crate::i18n::date(lang, issued)),
            None => r.to_string(),
        });
        let (venue, audience) = (f.one(F::Venue), f.all(F::Audience).join(" "));
        let (phone, fax, email) = (f.one(F::Phone), f.one(F::Fax), f.one(F::Email));
        let (Some(format), Some(tz), true) = (format, tz, f.errors.is_empty()) else {
            return Err(Error::Invalid(f.errors));
        };
        let at =
            |day: NaiveDate, time: NaiveTime| zone::instant("slot", day, time, tz).map_err(|e| Error::Invalid(vec![e]));
        let closes_at = match deadline {
            Some(day) => Some(at(day, NaiveTime::from_hms_opt(23, 59, 0).expect("a valid time"))?),
            None => None,
        };
        let contacts = match (phone, fax, email) {
            (None, None, None) => Vec::new(),
            _ => vec![Contact {
                label: crate::t!(lang, "circular-contact"),
                email: email.map(str::to_string),
                phone: phone.map(str::to_string),
                fax: fax.map(str::to_string),
            }],
        };
        let meeting = Event {
            id: new_id(),
            title: title.to_string(),
            short_title: short_title.to_string(),
            kind: EventKind::Meeting,
            format,
            zone: zone.to_string(),
            starts_on,
            ends_on,
            venue: venue.map(str::to_string),
            online_link: None,
            languages,
            description: String::new(),
            organiser: String::new(),
            audience,
            registration: RegistrationRules { mandatory, free_of_charge, opens_at: None, closes_at, capacity: None },
            eligible_categories: if categories.is_empty() { ParticipantCategory::ALL.to_vec() } else { categories },
            contacts,
            reference,
            website: None,
            parent_event_id: None,
            archived: false,
        };
        validate::event(&meeting)?;
        let mut entries = Vec::new();
        let slot = |day, (from, to)| -> Result<Slot> {
            Ok(Slot { starts_at: at(day, from)?, ends_at: at(day, to)?, place: None })
        };
        let entry = |kind, title: String, slot| Entry {
            id: new_id(),
            event_id: meeting.id,
            kind,
            block_id: None,
            linked_event_id: None,
            title,
            description: String::new(),
            slot,
            public: true,
        };
        for day in starts_on.iter_days().take_while(|d| *d <= ends_on) {
            for &session in &sessions {
                let title = crate::t!(lang, "circular-session", number = entries.len() as i64 + 1);
                entries.push(entry(EntryKind::Block, title, slot(day, session)?));
            }
        }
        let mut side_meetings = Vec::new();
        for (day, from, to, title) in side_events {
            let title = if title.is_empty() { crate::t!(lang, "circular-side-event") } else { title };
            let side = Event {
                id: new_id(),
                title: title.clone(),
                short_title: title.clone(),
                kind: EventKind::Webinar,
                starts_on: day,
                ends_on: day,
                parent_event_id: Some(meeting.id),
                ..meeting.clone()
            };
            entries.push(Entry {
                linked_event_id: Some(side.id),
                ..entry(EntryKind::SideEvent, title, slot(day, (from, to))?)
            });
            side_meetings.push(side);
        }
        self.write(|w| {
            w.put(&meeting)?;
            for side in &side_meetings {
                w.put(side)?;
            }
            for entry in &entries {
                save_entry(w, entry)?;
            }
            Ok(meeting.clone())
        })
    }
}
