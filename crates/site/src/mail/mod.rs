//! The site's mail (docs/architecture.md, "Mail"): it follows the meeting data's changes, queues the mails they call
//! for in the outbox (`outbox.rs`), and sends them over SMTP with `lettre`, trying again after an outage. Whatever
//! wrote the change (the form, a confirmation, an organiser's push, a focal point), the mail follows from the data,
//! so no path can forget it, and following a change twice queues nothing twice.

pub mod compose;
pub mod outbox;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use dais_core::{
    FocalPoint, MailNote, MailState, PLACES_DECIDER, Registration, RegistrationSource, RegistrationStatus,
};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls as SmtpTls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sha2::Sha256;

use crate::signed::Signer;
use crate::{Stopping, Storage};
use tokio::sync::Notify;
use uuid::Uuid;

use crate::settings::{MailSettings, Settings, Tls};
use compose::MeetingMail;
use outbox::{Mail, Outbox, OutboxError};

/// The mail's own file in the data folder.
pub const MAIL_FILE: &str = "mail.sqlite";
/// How often the mail looks at the data even when nobody woke it (a change written by another program).
const LOOK_EVERY: Duration = Duration::from_secs(30);
/// The longest wait between two tries of one mail.
const LONGEST_WAIT: f64 = 3600.0;
/// After this long unsent, a mail is given up, and the registration says so.
const GIVE_UP_AFTER: chrono::Duration = chrono::Duration::days(3);
/// Changes followed at once.
const BATCH: u32 = 500;
/// What each kind of signed link is for.
const CANCEL: &str = "cancel a registration";
const FOCAL_POINT: &str = "a focal point's requests";

pub struct Mailer {
    pub outbox: Outbox,
    from: Mailbox,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    /// The site's public address, for the links in the mails.
    public_url: String,
    retry_seconds: f64,
    pub confirm_hours: u32,
    /// Signs the links in the mails: a registrant's cancel link, a focal point's.
    signer: Signer,
    /// How long a focal point's link stays good.
    pub link_days: u32,
    wake: Notify,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error(transparent)]
    Outbox(#[from] OutboxError),
    #[error("mail.{0}")]
    Settings(String),
}

impl Mailer {
    /// The site's mail, if its settings have some; `from_change`: where a new outbox starts following the data.
    pub fn open(
        data: &Path,
        settings: &Settings,
        key: [u8; 32],
        from_change: i64,
    ) -> Result<Option<Mailer>, MailError> {
        let Some(mail) = &settings.mail else { return Ok(None) };
        let public_url = settings.public_url.clone().unwrap_or_default().trim_end_matches('/').to_string();
        Ok(Some(Mailer {
            outbox: Outbox::open(&data.join(MAIL_FILE), from_change)?,
            from: mail.from.parse().map_err(|e| MailError::Settings(format!("from: {e}")))?,
            transport: transport(mail)?,
            public_url,
            retry_seconds: mail.retry_seconds,
            confirm_hours: settings.registrations.confirm_hours,
            signer: Signer::new(key),
            link_days: settings.focal_points.link_days,
            wake: Notify::new(),
        }))
    }

    /// Something was written that may call for mail: look now rather than at the next tick.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    /// The link that cancels a registration: signed, so that only the registrant (who got it by mail) has it.
    pub fn cancel_link(&self, registration: &Registration) -> String {
        let token = self.signer.sign(CANCEL, registration.id.as_bytes());
        self.url(&format!("/events/{}/cancel/{token}", registration.event_id))
    }

    /// The registration a cancel token is for, if the token is this site's.
    pub fn cancel_token_for(&self, token: &str) -> Option<Uuid> {
        Uuid::from_slice(&self.signer.open(CANCEL, token)?).ok()
    }

    /// The private link of a focal point, good until `expires`: the page of their administration's requests.
    pub fn focal_link(&self, focal_point: &FocalPoint, expires: DateTime<Utc>) -> String {
        let mut payload = focal_point.id.as_bytes().to_vec();
        payload.extend_from_slice(&expires.timestamp().to_be_bytes());
        let token = self.signer.sign(FOCAL_POINT, &payload);
        self.url(&format!("/events/{}/focal/{token}", focal_point.event_id))
    }

    /// The focal point a link is for, and until when it is good, if the link is this site's.
    pub fn focal_token(&self, token: &str) -> Option<(Uuid, DateTime<Utc>)> {
        let payload = self.signer.open(FOCAL_POINT, token)?;
        let (id, expires) = payload.split_at_checked(16)?;
        let expires = DateTime::from_timestamp(i64::from_be_bytes(expires.try_into().ok()?), 0)?;
        Some((Uuid::from_slice(id).ok()?, expires))
    }

    /// Follows the data and sends what is due, until the site stops: then the mail being handed to the server is
    /// finished, and the others stay in the outbox, untouched, for the next start.
    pub async fn run(self: Arc<Self>, storage: Arc<dyn Storage>, mut stopping: Stopping) {
        loop {
            let (mailer, store) = (Arc::clone(&self), Arc::clone(&storage));
            match tokio::task::spawn_blocking(move || mailer.follow(store.as_ref())).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => eprintln!("dais-site: mail: {e}"),
                Err(e) => eprintln!("dais-site: mail: {e}"),
            }
            if let Err(e) = self.send_due(storage.as_ref(), &stopping).await {
                eprintln!("dais-site: mail: {e}");
            }
            let wait = match self.outbox.next_due() {
                Ok(Some(at)) => (at - Utc::now()).to_std().unwrap_or(Duration::ZERO).min(LOOK_EVERY),
                _ => LOOK_EVERY,
            };
            tokio::select! {
                () = stopping.wait() => return,
                () = self.wake.notified() => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// Queues the mails that the registrations written since the last look call for.
    fn follow(&self, storage: &dyn Storage) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let now = Utc::now();
        self.outbox.forget_expired(now)?;
        loop {
            let after = self.outbox.followed()?;
            let changed = storage.registrations_changed_after(after, BATCH)?;
            let Some(&(last, _)) = changed.last() else { return Ok(()) };
            let mut mails = Vec::new();
            let mut meetings: Vec<(dais_core::Event, Vec<dais_core::Entry>, Vec<dais_core::Translation>)> = Vec::new();
            for (_, registration) in &changed {
                // Mail goes to those who asked on this site's form; a registration taken by hand or imported is the
                // organisers' to tell.
                if registration.source != RegistrationSource::WebsiteForm {
                    continue;
                }
                if !meetings.iter().any(|(e, ..)| e.id == registration.event_id) {
                    let (event, entries) = storage.meeting_for_mail(registration.event_id)?;
                    meetings.push((event, entries, storage.translations(registration.event_id)?));
                }
                let (event, entries, translations) =
                    meetings.iter().find(|(e, ..)| e.id == registration.event_id).expect("read");
                let page = self.url(&format!("/events/{}", event.id));
                let meeting = MeetingMail { event, page, entries, translations };
                mails.extend(self.mails_for(&meeting, registration));
                // A fresh request from an administration with a focal point: the focal point is asked to decide.
                if registration.decision.status == RegistrationStatus::Pending
                    && registration.decision.decided_at.is_none()
                    && let Some(focal_point) = storage.focal_point_for(registration)?
                {
                    let expires = now + chrono::Duration::days(i64::from(self.link_days));
                    let link = self.focal_link(&focal_point, expires);
                    mails.push(compose::focal_point(&meeting, &focal_point, registration, &link, self.link_days));
                }
            }
            self.outbox.queue(&mails, last, now)?;
        }
    }

    /// The mails a registration calls for as it stands: that it was received, and its latest decision.
    fn mails_for(&self, meeting: &MeetingMail, registration: &Registration) -> Vec<Mail> {
        let cancel = self.cancel_link(registration);
        let mut mails = vec![compose::received(meeting, registration, &cancel)];
        let decision = &registration.decision;
        // The site's own waiting-list decision is told in the "received" mail.
        let by_people = decision.decided_by.as_deref() != Some(PLACES_DECIDER);
        if decision.decided_at.is_some() && by_people && decision.status != RegistrationStatus::Pending {
            mails.extend(compose::decision(meeting, registration, &cancel));
        }
        mails
    }

    /// Sends the mails due now; each is taken, tried again later, or given up, and the registration told. The outbox
    /// is only read until a mail's outcome is known, so stopping between two mails leaves the rest as they were.
    async fn send_due(&self, storage: &dyn Storage, stopping: &Stopping) -> Result<(), OutboxError> {
        loop {
            let due = self.outbox.due(Utc::now(), 20)?;
            if due.is_empty() {
                return Ok(());
            }
            for queued in due {
                if stopping.now() {
                    return Ok(());
                }
                let now = Utc::now();
                if let Some(id) = queued.mail.registration_id {
                    match storage.registration(id) {
                        Ok(Some(_)) => {}
                        // Erased meanwhile: nothing of it is sent.
                        Ok(None) => {
                            self.outbox.done(queued.id, now, Some("the registration was erased"))?;
                            continue;
                        }
                        // The data cannot be read now: the mail waits for the next look.
                        Err(e) => {
                            eprintln!("dais-site: mail: reading registration {id}: {e}");
                            return Ok(());
                        }
                    }
                }
                let outcome = match self.message(&queued) {
                    Ok(message) => self.transport.send(message).await.map(drop).map_err(|e| {
                        let permanent = e.is_permanent();
                        (smtp_error(&e), permanent)
                    }),
                    Err(e) => Err((e, true)),
                };
                let now = Utc::now();
                let note = match outcome {
                    Ok(()) => {
                        self.outbox.done(queued.id, now, None)?;
                        Some((MailState::Sent, None))
                    }
                    Err((error, true)) => {
                        self.outbox.done(queued.id, now, Some(&error))?;
                        Some((MailState::Failed, Some(error)))
                    }
                    Err((error, false)) if now - queued.created_at > GIVE_UP_AFTER => {
                        let error = format!("not sent in {} days: {error}", GIVE_UP_AFTER.num_days());
                        self.outbox.done(queued.id, now, Some(&error))?;
                        Some((MailState::Failed, Some(error)))
                    }
                    Err((error, false)) => {
                        let wait = (self.retry_seconds * 2f64.powi(queued.attempts.min(20) as i32)).min(LONGEST_WAIT);
                        let next = now + chrono::Duration::milliseconds((wait * 1000.0) as i64);
                        self.outbox.retry(queued.id, next, &error)?;
                        // Told once, not at every try.
                        (queued.attempts == 0).then_some((MailState::Retrying, Some(error)))
                    }
                };
                if let (Some((state, error)), Some(id), Some(message)) =
                    (note, queued.mail.registration_id, queued.mail.message)
                {
                    let note = MailNote { message, state, at: now, error };
                    if let Err(e) = storage.note_mail(id, note) {
                        eprintln!("dais-site: mail: noting the mail of registration {id}: {e}");
                    }
                }
            }
        }
    }

    fn message(&self, queued: &outbox::Queued) -> Result<Message, String> {
        let mail = &queued.mail;
        let to: Mailbox = mail.to.parse().map_err(|e| format!("the address {:?}: {e}", mail.to))?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            // The registrant's language, which every word of the mail is in (its HTML says it too: `lang`, `dir`).
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("Content-Language"),
                mail.language.code().into(),
            ))
            // The same id at every try: a mail server that took it once and did not say so drops the second.
            .message_id(Some(format!("<{}@{}>", message_key(&mail.key), self.from.email.domain())));
        if let Some(reply_to) = mail.reply_to.as_deref().and_then(|r| r.parse::<Mailbox>().ok()) {
            builder = builder.reply_to(reply_to);
        }
        builder
            .multipart(MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone()))
            .map_err(|e| e.to_string())
    }
}

fn message_key(key: &str) -> String {
    use sha2::Digest;
    hex::encode(&Sha256::digest(key.as_bytes())[..16])
}

fn smtp_error(e: &lettre::transport::smtp::Error) -> String {
    use std::error::Error;
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(&format!(": {s}"));
        source = s.source();
    }
    text
}

fn transport(mail: &MailSettings) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    let tls = match mail.tls {
        Tls::None => SmtpTls::None,
        Tls::Starttls | Tls::Tls => {
            let parameters =
                TlsParameters::new(mail.smtp_host.clone()).map_err(|e| MailError::Settings(format!("tls: {e}")))?;
            if mail.tls == Tls::Tls { SmtpTls::Wrapper(parameters) } else { SmtpTls::Required(parameters) }
        }
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&mail.smtp_host)
        .port(mail.port())
        .tls(tls)
        .timeout(Some(Duration::from_secs(30)));
    if let (Some(user), Some(password)) = (&mail.username, &mail.password) {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    Ok(builder.build())
}
