//! What the site's mails say. Each is a `Letter` (a greeting, paragraphs, facts, a link), written out twice by the
//! same templates: plain text, and HTML in which askama escapes everything a registrant or organiser typed.

use askama::Template;
use chrono::{DateTime, Utc};
use dais_core::Lang;
use dais_core::rules::country::country_name;
use dais_core::rules::zone::{date_range, long_date, parse_zone, zoned};
use dais_core::{Entry, Event, EventFormat, FocalPoint, MailMessage, Registration, RegistrationStatus};

use super::outbox::Mail;

/// One mail's content, before it is written out.
pub struct Letter {
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
struct LetterText<'a> {
    l: &'a Letter,
}

#[derive(Template)]
#[template(path = "mail/letter.html")]
struct LetterHtml<'a> {
    l: &'a Letter,
    subject: &'a str,
}

impl Letter {
    /// The mail to `to`, with its subject, in text and HTML.
    pub fn mail(&self, key: String, to: &str, subject: String, about: Option<(&Registration, MailMessage)>) -> Mail {
        Mail {
            key,
            registration_id: about.map(|(r, _)| r.id),
            message: about.map(|(_, m)| m),
            to: to.to_string(),
            reply_to: None,
            text: LetterText { l: self }.render().unwrap_or_default(),
            html: LetterHtml { l: self, subject: &subject }.render().unwrap_or_default(),
            subject,
        }
    }
}

/// What every mail about a meeting needs to know of it.
pub struct MeetingMail<'a> {
    pub event: &'a Event,
    /// The meeting's public page.
    pub page: String,
    /// The meeting's programme, for the times of each day.
    pub entries: &'a [Entry],
}

impl MeetingMail<'_> {
    fn contact(&self) -> Option<&str> {
        self.event.contacts.iter().find_map(|c| c.email.as_deref())
    }

    fn signature(&self) -> String {
        if self.event.organiser.trim().is_empty() {
            format!("The organisers of {}", self.event.short_title)
        } else {
            self.event.organiser.clone()
        }
    }

    fn dates(&self) -> String {
        date_range(self.event.starts_on, self.event.ends_on)
    }

    fn write_to(&self) -> String {
        match self.contact() {
            Some(email) => format!("Questions? Write to {email}."),
            None => "Questions? Reply to this mail.".into(),
        }
    }

    /// The reply-to of a mail: the meeting's contact.
    fn with_reply_to(&self, mut mail: Mail) -> Mail {
        mail.reply_to = self.contact().map(str::to_string);
        mail
    }

    /// Each day's programme from its first start to its last end, in the meeting's zone and, if another, in `zone`.
    fn times(&self, zone: Option<&str>) -> Vec<(String, String)> {
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
                let mut when = format!("{}–{} {}", s.time, e.time, s.abbreviation);
                if let Some(other) = theirs {
                    let (s, e) = (zoned(start, other), zoned(end, other));
                    let date = if s.date == day { String::new() } else { format!("{}, ", long_date(s.date)) };
                    when.push_str(&format!(" ({date}{}–{} {} where you are)", s.time, e.time, s.abbreviation));
                }
                (long_date(day), when)
            })
            .collect()
    }
}

fn name(r: &Registration) -> String {
    format!("{} {}", r.given_name, r.family_name)
}

fn details(r: &Registration) -> Vec<(String, String)> {
    vec![
        ("Name".into(), name(r)),
        ("Organisation".into(), r.organisation.clone()),
        ("Country".into(), country_name(&r.country).unwrap_or(&r.country).to_string()),
        ("Category".into(), r.category.label(Lang::En)),
    ]
}

/// Asks the person who typed this address to confirm it: nothing goes further until they do.
pub fn confirm_address(m: &MeetingMail, r: &Registration, link: &str, hours: u32) -> Mail {
    let letter = Letter {
        greeting: format!("Hello {},", name(r)),
        paragraphs: vec![format!(
            "A request to take part in {} ({}) was sent with this address. To confirm that it was you, open the link \
             below within {hours} hours: the request goes to the organisers only then.",
            m.event.title,
            m.dates()
        )],
        facts: details(r),
        action: Some(("Confirm my request".into(), link.to_string())),
        closing: vec![
            "If it was not you, do nothing: the request is dropped, and nothing of it is kept.".into(),
            m.write_to(),
        ],
        signature: m.signature(),
    };
    let subject = format!("Confirm your registration request for {}", m.event.short_title);
    m.with_reply_to(letter.mail(format!("confirm:{}", r.id), &r.email, subject, None))
}

/// The request is with the organisers: pending, or on the waiting list.
pub fn received(m: &MeetingMail, r: &Registration, cancel: &str) -> Mail {
    let state = if r.decision.status == RegistrationStatus::Waitlisted {
        "Every place was taken when it arrived, so it is on the waiting list: you will be told if a place frees up."
    } else {
        "It is pending until the focal point of your administration or organisation approves it: you will be told \
         the decision."
    };
    let letter = Letter {
        greeting: format!("Hello {},", name(r)),
        paragraphs: vec![format!(
            "Your request to take part in {} ({}) is received. {state}",
            m.event.title,
            m.dates()
        )],
        facts: details(r),
        action: Some(("The meeting's page".into(), m.page.clone())),
        closing: vec![format!("If you cannot come after all, cancel your request here: {cancel}"), m.write_to()],
        signature: m.signature(),
    };
    let subject = format!("Registration request received: {}", m.event.short_title);
    m.with_reply_to(letter.mail(format!("received:{}", r.id), &r.email, subject, Some((r, MailMessage::Received))))
}

/// A decision on the request, if it is one to tell (a request set back to pending is not).
pub fn decision(m: &MeetingMail, r: &Registration, cancel: &str) -> Option<Mail> {
    let d = &r.decision;
    let title = &m.event.title;
    let (subject, paragraphs, mut facts) = match d.status {
        RegistrationStatus::Pending => return None,
        RegistrationStatus::Approved => {
            let mut facts = vec![("Dates".to_string(), m.dates())];
            facts.extend(m.times(r.time_zone.as_deref()));
            if m.event.format != EventFormat::Virtual
                && let Some(venue) = &m.event.venue
            {
                facts.push(("Venue".into(), venue.clone()));
            }
            let online = m.event.format != EventFormat::Physical && m.event.online_link.is_some();
            if let Some(link) = m.event.online_link.as_ref().filter(|_| online) {
                facts.push(("Join online".into(), link.clone()));
            }
            let mut paragraphs = vec![format!("Your registration for {title} is approved: welcome.")];
            if online {
                paragraphs
                    .push("The link to join online is below, for you alone: please do not pass it on.".to_string());
            }
            (format!("Your registration for {} is approved", m.event.short_title), paragraphs, facts)
        }
        RegistrationStatus::Rejected => {
            let mut paragraphs = vec![format!("Your request to take part in {title} was not approved.")];
            if let Some(reason) = &d.reason {
                paragraphs.push(format!("The reason given: {reason}"));
            }
            (format!("Your registration request for {}", m.event.short_title), paragraphs, Vec::new())
        }
        RegistrationStatus::Waitlisted => (
            format!("Your registration request for {}: waiting list", m.event.short_title),
            vec![format!(
                "Your request to take part in {title} is on the waiting list: you will be told if a place frees up."
            )],
            Vec::new(),
        ),
        RegistrationStatus::Cancelled => (
            format!("Your registration for {} is cancelled", m.event.short_title),
            vec![format!("Your registration for {title} is cancelled.")],
            Vec::new(),
        ),
    };
    facts.extend(details(r));
    let mut closing = Vec::new();
    if matches!(d.status, RegistrationStatus::Approved | RegistrationStatus::Waitlisted) {
        closing.push(format!("If you cannot come after all, cancel your registration here: {cancel}"));
    }
    closing.push(m.write_to());
    let letter = Letter {
        greeting: format!("Hello {},", name(r)),
        paragraphs,
        facts,
        action: Some(("The meeting's page".into(), m.page.clone())),
        closing,
        signature: m.signature(),
    };
    let when = d.decided_at.map(|t| t.timestamp_micros()).unwrap_or_default();
    Some(m.with_reply_to(letter.mail(
        format!("decision:{}:{when}", r.id),
        &r.email,
        subject,
        Some((r, MailMessage::Decision)),
    )))
}

/// Asks an administration's focal point to decide on a request from it.
pub fn focal_point(m: &MeetingMail, f: &FocalPoint, r: &Registration, link: &str, days: u32) -> Mail {
    let country = country_name(&f.country).unwrap_or(&f.country).to_string();
    let letter = Letter {
        greeting: format!("Hello {},", f.name),
        paragraphs: vec![
            format!(
                "{} asks to take part in {} ({}) for {country}. As the focal point who approves the requests of your \
                 administration, please approve or reject it.",
                name(r),
                m.event.title,
                m.dates()
            ),
            format!(
                "The link below is yours alone: it shows the requests from {country} waiting for your decision, and \
                 is good for {days} days."
            ),
        ],
        facts: details(r),
        action: Some(("Approve or reject".into(), link.to_string())),
        closing: vec![m.write_to()],
        signature: m.signature(),
    };
    let subject = format!("A request to take part in {} waits for your decision", m.event.short_title);
    m.with_reply_to(letter.mail(format!("focal:{}", r.id), &f.email, subject, Some((r, MailMessage::FocalPoint))))
}
