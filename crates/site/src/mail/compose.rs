//! What the site's mails say. Each is a `Letter` (a greeting, paragraphs, facts, a link), written out twice by the
//! same templates: plain text, and HTML in which everything a registrant or organiser typed is escaped and isolated.
//!
//! A mail about a registration is in the language its registrant read the form in (`Registration.language`, kept
//! with the registration and synced), whoever decides and in whatever language their app shows: the words from the
//! catalogue (`locales/*/mail.ftl`, the statuses and categories of `common.ftl`), the dates by CLDR, the HTML's `lang`
//! and `dir`, and the mail's `Content-Language`.

use askama::Template;
use chrono::{DateTime, Utc};
use dais_core::i18n::{date_range, long_date};
use dais_core::programme::Words;
use dais_core::rules::country::{country_name, country_name_in};
use dais_core::rules::zone::{parse_zone, zoned};
use dais_core::{
    Entry, Event, EventFormat, FocalPoint, Lang, MailMessage, Registration, RegistrationStatus, Translation, t,
};

use super::outbox::Mail;

/// Round what a person typed (a name, a title, a reason) in a letter's text: the HTML part isolates it in `<bdi>`, so
/// that an Arabic name never scrambles a French line nor the reverse; the text part and the subject drop the marks.
/// Unicode's own isolates (FSI, PDI), so a stray one in a typed value is taken out first.
const TYPED_START: char = '\u{2068}';
const TYPED_END: char = '\u{2069}';

/// A value as typed, marked to be isolated where the letter is written out.
fn typed(value: &str) -> String {
    format!("{TYPED_START}{}{TYPED_END}", value.replace([TYPED_START, TYPED_END], ""))
}

/// The text part's form: the marks dropped.
fn plain(text: &str) -> String {
    text.replace([TYPED_START, TYPED_END], "")
}

/// The HTML part's form: escaped, each typed value in a `<bdi>`.
fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            TYPED_START => out.push_str("<bdi>"),
            TYPED_END => out.push_str("</bdi>"),
            c => out.push(c),
        }
    }
    out
}

/// One mail's content, before it is written out, in its language.
pub struct Letter {
    pub lang: Lang,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    /// Label and value, shown as a list.
    pub facts: Vec<(String, String)>,
    /// The action the mail is about: its label and address.
    pub action: Option<(String, String)>,
    pub closing: Vec<String>,
    pub signature: String,
}

#[derive(Template)]
#[template(path = "mail/letter.txt")]
struct LetterText {
    greeting: String,
    paragraphs: Vec<String>,
    /// Each fact as the language writes a label and its value on one line.
    facts: Vec<String>,
    /// The action's label as the language introduces a link, and the link.
    action: Option<(String, String)>,
    closing: Vec<String>,
    signature: String,
}

/// Every field is HTML already (escaped, typed values isolated).
#[derive(Template)]
#[template(path = "mail/letter.html")]
struct LetterHtml {
    lang: &'static str,
    dir: &'static str,
    subject: String,
    greeting: String,
    paragraphs: Vec<String>,
    facts: Vec<(String, String)>,
    /// The action's label and address, and the line that gives the address to copy.
    action: Option<(String, String, String)>,
    closing: Vec<String>,
    signature: String,
}

impl Letter {
    /// The mail to `to`, with its subject, in text and HTML.
    pub fn mail(&self, key: String, to: &str, subject: String, about: Option<(&Registration, MailMessage)>) -> Mail {
        let lang = self.lang;
        let text = LetterText {
            greeting: plain(&self.greeting),
            paragraphs: self.paragraphs.iter().map(|p| plain(p)).collect(),
            facts: self
                .facts
                .iter()
                .map(|(label, value)| {
                    plain(&t!(lang, "mail-fact-line", label = label.as_str(), value = value.as_str()))
                })
                .collect(),
            action: self
                .action
                .as_ref()
                .map(|(label, url)| (t!(lang, "mail-action-line", label = label.as_str()), url.clone())),
            closing: self.closing.iter().map(|p| plain(p)).collect(),
            signature: plain(&self.signature),
        };
        let page = LetterHtml {
            lang: lang.code(),
            dir: lang.dir(),
            subject: html(&subject),
            greeting: html(&self.greeting),
            paragraphs: self.paragraphs.iter().map(|p| html(p)).collect(),
            facts: self.facts.iter().map(|(label, value)| (html(label), html(value))).collect(),
            action: self
                .action
                .as_ref()
                .map(|(label, url)| (html(label), html(url), html(&t!(lang, "mail-copy-link", url = url.as_str())))),
            closing: self.closing.iter().map(|p| html(p)).collect(),
            signature: html(&self.signature),
        };
        Mail {
            key,
            registration_id: about.map(|(r, _)| r.id),
            message: about.map(|(_, m)| m),
            to: to.to_string(),
            reply_to: None,
            language: lang,
            text: text.render().unwrap_or_default(),
            html: page.render().unwrap_or_default(),
            subject: plain(&subject),
        }
    }
}

/// The language of every mail about a registration: the one its registrant read the form in, else the meeting's
/// (English: the meetings' own words are given in English first).
pub fn language_of(r: &Registration) -> Lang {
    r.language.unwrap_or(Lang::En)
}

/// What every mail about a meeting needs to know of it.
pub struct MeetingMail<'a> {
    pub event: &'a Event,
    /// The meeting's public page.
    pub page: String,
    /// The meeting's programme, for the times of each day.
    pub entries: &'a [Entry],
    /// The meeting's words in other languages: a mail names the meeting in its registrant's where one is given.
    pub translations: &'a [Translation],
}

impl MeetingMail<'_> {
    fn contact(&self) -> Option<&str> {
        self.event.contacts.iter().find_map(|c| c.email.as_deref())
    }

    /// The meeting's `field` in `lang` where the organisers gave it, else `original`, as typed.
    fn word(&self, lang: Lang, field: &str, original: &str) -> String {
        typed(Words::of(self.translations, lang).given(self.event.id, field, original).unwrap_or(original))
    }

    fn title(&self, lang: Lang) -> String {
        self.word(lang, "title", &self.event.title)
    }

    fn short_title(&self, lang: Lang) -> String {
        self.word(lang, "short_title", &self.event.short_title)
    }

    fn signature(&self, lang: Lang) -> String {
        if self.event.organiser.trim().is_empty() {
            t!(lang, "mail-signature", meeting = self.short_title(lang))
        } else {
            typed(&self.event.organiser)
        }
    }

    fn dates(&self, lang: Lang) -> String {
        date_range(lang, self.event.starts_on, self.event.ends_on)
    }

    fn write_to(&self, lang: Lang) -> String {
        match self.contact() {
            Some(email) => t!(lang, "mail-write-to", email = email),
            None => t!(lang, "mail-reply"),
        }
    }

    fn page_action(&self, lang: Lang) -> Option<(String, String)> {
        Some((t!(lang, "mail-page"), self.page.clone()))
    }

    /// The reply-to of a mail: the meeting's contact.
    fn with_reply_to(&self, mut mail: Mail) -> Mail {
        mail.reply_to = self.contact().map(str::to_string);
        mail
    }

    /// Each day's programme from its first start to its last end, in the meeting's zone and, if another, in `zone`.
    fn times(&self, lang: Lang, zone: Option<&str>) -> Vec<(String, String)> {
        let Ok(tz) = parse_zone("zone", &self.event.zone) else { return Vec::new() };
        let theirs = zone.filter(|z| *z != self.event.zone).and_then(|z| parse_zone("zone", z).ok());
        let mut days: Vec<(chrono::NaiveDate, DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        for entry in self.entries.iter().filter(|e| e.public) {
            let day = zoned(entry.slot.starts_at, tz).date;
            match days.iter_mut().find(|(d, _, _)| *d == day) {
                Some((_, start, end)) => {
                    *start = (*start).min(entry.slot.starts_at);
                    *end = (*end).max(entry.slot.ends_at);
                }
                None => days.push((day, entry.slot.starts_at, entry.slot.ends_at)),
            }
        }
        days.sort();
        days.into_iter()
            .map(|(day, start, end)| {
                let (s, e) = (zoned(start, tz), zoned(end, tz));
                let times = format!("{}–{} {}", s.time, e.time, s.abbreviation);
                let when = match theirs {
                    None => times,
                    Some(other) => {
                        let (s, e) = (zoned(start, other), zoned(end, other));
                        let yours = format!("{}–{} {}", s.time, e.time, s.abbreviation);
                        if s.date == day {
                            t!(lang, "mail-times-yours", times = times, yours = yours)
                        } else {
                            t!(lang, "mail-times-yours-on", times = times, day = long_date(lang, s.date), yours = yours)
                        }
                    }
                };
                (long_date(lang, day), when)
            })
            .collect()
    }
}

fn name(r: &Registration) -> String {
    typed(&r.full_name())
}

/// A country's name in `lang`, as the UN writes it; the code where the table has none.
fn country(lang: Lang, code: &str) -> String {
    country_name_in(code, lang.code()).or_else(|| country_name(code)).unwrap_or(code).to_string()
}

fn details(lang: Lang, r: &Registration) -> Vec<(String, String)> {
    vec![
        (t!(lang, "mail-fact", fact = "name"), name(r)),
        (t!(lang, "mail-fact", fact = "organisation"), typed(&r.organisation)),
        (t!(lang, "mail-fact", fact = "country"), country(lang, &r.country)),
        (t!(lang, "mail-fact", fact = "category"), r.category.label(lang)),
    ]
}

/// Asks the person who typed this address to confirm it: nothing goes further until they do.
pub fn confirm_address(m: &MeetingMail, r: &Registration, link: &str, hours: u32) -> Mail {
    let lang = language_of(r);
    let letter = Letter {
        lang,
        greeting: t!(lang, "mail-greeting", name = name(r)),
        paragraphs: vec![t!(lang, "mail-confirm-body", title = m.title(lang), dates = m.dates(lang), hours = hours)],
        facts: details(lang, r),
        action: Some((t!(lang, "mail-confirm-action"), link.to_string())),
        closing: vec![t!(lang, "mail-confirm-not-you"), m.write_to(lang)],
        signature: m.signature(lang),
    };
    let subject = t!(lang, "mail-confirm-subject", meeting = m.short_title(lang));
    m.with_reply_to(letter.mail(format!("confirm:{}", r.id), &r.email, subject, None))
}

/// The request is with the organisers: pending, or on the waiting list.
pub fn received(m: &MeetingMail, r: &Registration, cancel: &str) -> Mail {
    let lang = language_of(r);
    let (title, dates) = (m.title(lang), m.dates(lang));
    let body = if r.decision.status == RegistrationStatus::Waitlisted {
        t!(lang, "mail-received-waitlisted", title = title, dates = dates)
    } else {
        t!(lang, "mail-received-pending", title = title, dates = dates)
    };
    let letter = Letter {
        lang,
        greeting: t!(lang, "mail-greeting", name = name(r)),
        paragraphs: vec![body],
        facts: details(lang, r),
        action: m.page_action(lang),
        closing: vec![t!(lang, "mail-cancel-request", link = cancel), m.write_to(lang)],
        signature: m.signature(lang),
    };
    let subject = t!(lang, "mail-received-subject", meeting = m.short_title(lang));
    m.with_reply_to(letter.mail(format!("received:{}", r.id), &r.email, subject, Some((r, MailMessage::Received))))
}

/// A decision on the request, if it is one to tell (a request set back to pending is not).
pub fn decision(m: &MeetingMail, r: &Registration, cancel: &str) -> Option<Mail> {
    let lang = language_of(r);
    let d = &r.decision;
    let (title, meeting) = (m.title(lang), m.short_title(lang));
    let (subject, paragraphs, mut facts) = match d.status {
        RegistrationStatus::Pending => return None,
        RegistrationStatus::Approved => {
            let mut facts = vec![(t!(lang, "mail-fact", fact = "dates"), m.dates(lang))];
            facts.extend(m.times(lang, r.time_zone.as_deref()));
            if m.event.format != EventFormat::Virtual
                && let Some(venue) = &m.event.venue
            {
                facts.push((t!(lang, "mail-fact", fact = "venue"), m.word(lang, "venue", venue)));
            }
            let online = m.event.format != EventFormat::Physical && m.event.online_link.is_some();
            if let Some(link) = m.event.online_link.as_ref().filter(|_| online) {
                facts.push((t!(lang, "mail-fact", fact = "online"), link.clone()));
            }
            let mut paragraphs = vec![t!(lang, "mail-approved-body", title = title)];
            if online {
                paragraphs.push(t!(lang, "mail-approved-online"));
            }
            (t!(lang, "mail-approved-subject", meeting = meeting), paragraphs, facts)
        }
        RegistrationStatus::Rejected => {
            let mut paragraphs = vec![t!(lang, "mail-rejected-body", title = title)];
            if let Some(reason) = &d.reason {
                paragraphs.push(t!(lang, "mail-rejected-reason", reason = typed(reason)));
            }
            (t!(lang, "mail-rejected-subject", meeting = meeting), paragraphs, Vec::new())
        }
        RegistrationStatus::Waitlisted => (
            t!(lang, "mail-waitlisted-subject", meeting = meeting),
            vec![t!(lang, "mail-waitlisted-body", title = title)],
            Vec::new(),
        ),
        RegistrationStatus::Cancelled => (
            t!(lang, "mail-cancelled-subject", meeting = meeting),
            vec![t!(lang, "mail-cancelled-body", title = title)],
            Vec::new(),
        ),
    };
    facts.push((t!(lang, "mail-fact", fact = "status"), d.status.label(lang)));
    facts.extend(details(lang, r));
    let mut closing = Vec::new();
    if matches!(d.status, RegistrationStatus::Approved | RegistrationStatus::Waitlisted) {
        closing.push(t!(lang, "mail-cancel-registration", link = cancel));
    }
    closing.push(m.write_to(lang));
    let letter = Letter {
        lang,
        greeting: t!(lang, "mail-greeting", name = name(r)),
        paragraphs,
        facts,
        action: m.page_action(lang),
        closing,
        signature: m.signature(lang),
    };
    let when = d.decided_at.map(|t| t.timestamp_micros()).unwrap_or_default();
    Some(m.with_reply_to(letter.mail(
        format!("decision:{}:{when}", r.id),
        &r.email,
        subject,
        Some((r, MailMessage::Decision)),
    )))
}

/// Asks an administration's focal point to decide on a request from it. In the language of the request that asks:
/// a focal point has no language of their own in the data, and the registrant, from the same administration, read
/// the form in the one they work in.
pub fn focal_point(m: &MeetingMail, f: &FocalPoint, r: &Registration, link: &str, days: u32) -> Mail {
    let lang = language_of(r);
    let country = country(lang, &f.country);
    let letter = Letter {
        lang,
        greeting: t!(lang, "mail-greeting", name = typed(&f.name)),
        paragraphs: vec![
            t!(
                lang,
                "mail-focal-body",
                name = name(r),
                title = m.title(lang),
                dates = m.dates(lang),
                country = country.as_str()
            ),
            t!(lang, "mail-focal-link", country = country.as_str(), days = days),
        ],
        facts: details(lang, r),
        action: Some((t!(lang, "mail-focal-action"), link.to_string())),
        closing: vec![m.write_to(lang)],
        signature: m.signature(lang),
    };
    let subject = t!(lang, "mail-focal-subject", meeting = m.short_title(lang));
    m.with_reply_to(letter.mail(format!("focal:{}", r.id), &f.email, subject, Some((r, MailMessage::FocalPoint))))
}
