//! The site's mail, in a SQLite file of its own (`mail.sqlite`, never synced): requests waiting for their address to
//! be confirmed, and the outbox. A mail is written here before anyone is told it will come, and leaves the outbox
//! only once the mail server has taken it or refused it for good: an outage delays mail, never loses it. Each mail has
//! a key (what it is about), written once, so that following the same change twice queues nothing twice.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use dais_core::{Lang, Registration};
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// A mail to queue: who it goes to, what it says, and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    /// Once per key: `received:ID`, `decision:ID:WHEN`, …
    pub key: String,
    pub registration_id: Option<Uuid>,
    pub message: Option<dais_core::MailMessage>,
    pub to: String,
    pub reply_to: Option<String>,
    /// The language it is written in: its `Content-Language`.
    pub language: Lang,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A mail of the outbox, due to be sent.
#[derive(Debug, Clone)]
pub struct Queued {
    pub id: i64,
    pub mail: Mail,
    pub attempts: u32,
    pub created_at: DateTime<Utc>,
}

/// A confirmation link followed: the request it confirms, or why there is none.
#[derive(Debug)]
pub enum Confirmation {
    Request(Box<Registration>),
    Expired,
    Unknown,
}

#[derive(Debug, thiserror::Error)]
#[error("the site's mail store: {0}")]
pub struct OutboxError(String);

impl From<rusqlite::Error> for OutboxError {
    fn from(e: rusqlite::Error) -> Self {
        OutboxError(e.to_string())
    }
}

impl From<serde_json::Error> for OutboxError {
    fn from(e: serde_json::Error) -> Self {
        OutboxError(e.to_string())
    }
}

pub struct Outbox {
    conn: Mutex<Connection>,
}

impl Outbox {
    /// Opens (or creates) the file; a new one follows the meeting data's changes from `from_change` on, so that a
    /// site that starts sending mail does not write to everyone registered before.
    pub fn open(path: &Path, from_change: i64) -> Result<Outbox, OutboxError> {
        let steps = vec![
            M::up(
                "CREATE TABLE confirmations (
                token_hash   TEXT PRIMARY KEY,
                registration TEXT NOT NULL,
                expires_at   TEXT NOT NULL
            ) STRICT;
            CREATE TABLE outbox (
                id              INTEGER PRIMARY KEY,
                key             TEXT NOT NULL UNIQUE,
                registration_id TEXT,
                message         TEXT,
                recipient       TEXT NOT NULL,
                reply_to        TEXT,
                subject         TEXT NOT NULL,
                text_body       TEXT NOT NULL,
                html_body       TEXT NOT NULL,
                created_at      TEXT NOT NULL,
                attempts        INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                last_error      TEXT,
                done_at         TEXT
            ) STRICT;
            CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE done_at IS NULL;
            -- How far the mail has followed the meeting data's change feed.
            CREATE TABLE followed (change INTEGER NOT NULL) STRICT;",
            ),
            // Mails are written in their registrant's language; a mail queued before this knew of none, and is English.
            M::up("ALTER TABLE outbox ADD COLUMN language TEXT NOT NULL DEFAULT 'en';"),
        ];
        let mut conn = Connection::open(path)?;
        dais_core::storage::refuse_newer(&conn, steps.len() as u32)
            .map_err(|e| OutboxError(format!("{}: {e}", path.display())))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // A request answered "check your mailbox" is on disk, as a registration is.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Migrations::new(steps).to_latest(&mut conn).map_err(|e| OutboxError(e.to_string()))?;
        conn.execute("INSERT INTO followed SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM followed)", [from_change])?;
        Ok(Outbox { conn: Mutex::new(conn) })
    }

    /// Puts the outbox and the requests waiting for confirmation into the file itself, when the site stops (see
    /// `dais_core::storage::checkpoint`).
    pub fn checkpoint(&self) -> Result<bool, OutboxError> {
        Ok(dais_core::storage::checkpoint(&self.conn())?)
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Keeps a request until its address is confirmed (by the secret `token`, stored only as its hash), with the mail
    /// that asks for the confirmation, in one transaction.
    pub fn await_confirmation(
        &self,
        token: &str,
        request: &Registration,
        expires_at: DateTime<Utc>,
        mail: &Mail,
        now: DateTime<Utc>,
    ) -> Result<(), OutboxError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO confirmations (token_hash, registration, expires_at) VALUES (?1, ?2, ?3)",
            params![hash(token), serde_json::to_string(request)?, stamp(expires_at)],
        )?;
        insert(&tx, mail, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The request a confirmation link stands for, if it is known and still good. It stays until `confirmed`, so
    /// that a request is never lost between here and the meeting data.
    pub fn confirmation(&self, token: &str, now: DateTime<Utc>) -> Result<Confirmation, OutboxError> {
        let found: Option<(String, String)> = self
            .conn()
            .query_row("SELECT registration, expires_at FROM confirmations WHERE token_hash = ?1", [hash(token)], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        Ok(match found {
            None => Confirmation::Unknown,
            Some((_, expires_at)) if expires_at <= stamp(now) => Confirmation::Expired,
            Some((request, _)) => Confirmation::Request(Box::new(serde_json::from_str(&request)?)),
        })
    }

    /// The request was taken into the meeting data: its link is used up.
    pub fn confirmed(&self, token: &str) -> Result<(), OutboxError> {
        self.conn().execute("DELETE FROM confirmations WHERE token_hash = ?1", [hash(token)])?;
        Ok(())
    }

    /// Drops the requests whose link expired unfollowed: nobody confirmed them, and nothing of them is kept.
    pub fn forget_expired(&self, now: DateTime<Utc>) -> Result<usize, OutboxError> {
        Ok(self.conn().execute("DELETE FROM confirmations WHERE expires_at <= ?1", [stamp(now)])?)
    }

    /// How far the mail has followed the meeting data's changes.
    pub fn followed(&self) -> Result<i64, OutboxError> {
        Ok(self.conn().query_row("SELECT change FROM followed", [], |r| r.get(0))?)
    }

    /// Queues `mails` (each once per key) and records that the changes up to `change` were followed, together.
    pub fn queue(&self, mails: &[Mail], change: i64, now: DateTime<Utc>) -> Result<(), OutboxError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        for mail in mails {
            insert(&tx, mail, now)?;
        }
        tx.execute("UPDATE followed SET change = max(change, ?1)", [change])?;
        tx.commit()?;
        Ok(())
    }

    /// Mails due now, oldest first.
    pub fn due(&self, now: DateTime<Utc>, limit: u32) -> Result<Vec<Queued>, OutboxError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT id, key, registration_id, message, recipient, reply_to, subject, text_body, html_body, attempts,
                    created_at, language
             FROM outbox WHERE done_at IS NULL AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![stamp(now), limit], |r| {
            let registration_id: Option<String> = r.get(2)?;
            let message: Option<String> = r.get(3)?;
            let created_at: String = r.get(10)?;
            let language: String = r.get(11)?;
            Ok(Queued {
                id: r.get(0)?,
                mail: Mail {
                    key: r.get(1)?,
                    registration_id: registration_id.and_then(|id| id.parse().ok()),
                    message: message.and_then(|m| serde_json::from_value(serde_json::Value::String(m)).ok()),
                    to: r.get(4)?,
                    reply_to: r.get(5)?,
                    language: Lang::parse(&language).unwrap_or(Lang::En),
                    subject: r.get(6)?,
                    text: r.get(7)?,
                    html: r.get(8)?,
                },
                attempts: r.get(9)?,
                created_at: created_at.parse().unwrap_or(now),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// When the next mail not sent yet is due, if any.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, OutboxError> {
        let next: Option<String> =
            self.conn().query_row("SELECT min(next_attempt_at) FROM outbox WHERE done_at IS NULL", [], |r| r.get(0))?;
        Ok(next.and_then(|at| at.parse().ok()))
    }

    /// The mail left the outbox: sent, refused for good, or no longer to send. Its text goes: only what it was about
    /// and how it ended stay.
    pub fn done(&self, id: i64, now: DateTime<Utc>, error: Option<&str>) -> Result<(), OutboxError> {
        self.conn().execute(
            "UPDATE outbox SET done_at = ?2, last_error = ?3, attempts = attempts + 1, recipient = '',
                    text_body = '', html_body = '', subject = ''
             WHERE id = ?1",
            params![id, stamp(now), error],
        )?;
        Ok(())
    }

    /// Not sent this time: tried again at `next`.
    pub fn retry(&self, id: i64, next: DateTime<Utc>, error: &str) -> Result<(), OutboxError> {
        self.conn().execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3 WHERE id = ?1",
            params![id, stamp(next), error],
        )?;
        Ok(())
    }

    /// The mails not sent yet.
    pub fn waiting(&self) -> Result<u32, OutboxError> {
        Ok(self.conn().query_row("SELECT count(*) FROM outbox WHERE done_at IS NULL", [], |r| r.get(0))?)
    }

    /// Forgets the mail about an erased registration: whatever is still queued for it goes unsent.
    pub fn forget(&self, registration_id: Uuid, now: DateTime<Utc>) -> Result<(), OutboxError> {
        self.conn().execute(
            "UPDATE outbox SET done_at = ?2, last_error = 'erased', recipient = '', text_body = '', html_body = '',
                    subject = ''
             WHERE registration_id = ?1 AND done_at IS NULL",
            params![registration_id.to_string(), stamp(now)],
        )?;
        Ok(())
    }
}

fn insert(conn: &Connection, mail: &Mail, now: DateTime<Utc>) -> Result<(), OutboxError> {
    let message = mail.message.map(|m| serde_json::to_value(m).ok().and_then(|v| v.as_str().map(String::from)));
    conn.prepare_cached(
        "INSERT INTO outbox (key, registration_id, message, recipient, reply_to, subject, text_body, html_body,
                             created_at, next_attempt_at, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)
         ON CONFLICT (key) DO NOTHING",
    )?
    .execute(params![
        mail.key,
        mail.registration_id.map(|id| id.to_string()),
        message.flatten(),
        mail.to,
        mail.reply_to,
        mail.subject,
        mail.text,
        mail.html,
        stamp(now),
        mail.language.code(),
    ])?;
    Ok(())
}

/// Instants as fixed-width text (microseconds, `Z`), so that SQLite orders them as time does.
fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}
