//! Organisers' tokens. A token is shown once when created and stored only as its SHA-256: it carries 256 random bits,
//! so a fast hash is enough, and a stolen database gives no token away.

use std::path::Path;
use std::sync::Mutex;

use dais_core::Meetings;
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use sha2::{Digest, Sha256};

const PREFIX: &str = "dais_";

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("no organiser token named {0:?}")]
    Unknown(String),
    #[error("an organiser token named {0:?} already exists; revoke it first")]
    Exists(String),
    #[error("the token store: {0}")]
    Store(String),
}

impl From<rusqlite::Error> for TokenError {
    fn from(e: rusqlite::Error) -> Self {
        TokenError::Store(e.to_string())
    }
}

/// One organiser's token, as listed (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    pub name: String,
    pub created_at: String,
    pub revoked: bool,
    pub meetings: Meetings,
}

/// Who a live token belongs to, and what it may change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The token's label: who the token is, which a workspace's changes must keep coming with.
    pub organiser: String,
    pub meetings: Meetings,
    /// The name the organiser gave in their workspace, if they gave one (`dais_wire::ORGANISER_HEADER`).
    pub shown_as: Option<String>,
}

impl Grant {
    /// How the site names the organiser wherever it says who did something.
    pub fn name(&self) -> &str {
        self.shown_as.as_deref().unwrap_or(&self.organiser)
    }
}

pub struct Tokens {
    conn: Mutex<Connection>,
}

impl Tokens {
    pub fn open(path: &Path) -> Result<Tokens, TokenError> {
        let steps = vec![
            M::up(
                "CREATE TABLE organiser_tokens (
                    name       TEXT PRIMARY KEY,
                    hash       TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    revoked_at TEXT
                ) STRICT;",
            ),
            // The meetings a token may change, as JSON (`Meetings`); tokens from before cover every meeting.
            M::up("ALTER TABLE organiser_tokens ADD COLUMN meetings TEXT NOT NULL DEFAULT '\"all\"';"),
        ];
        let mut conn = Connection::open(path)?;
        dais_core::storage::refuse_newer(&conn, steps.len() as u32)
            .map_err(|e| TokenError::Store(format!("{}: {e}", path.display())))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Migrations::new(steps).to_latest(&mut conn).map_err(|e| TokenError::Store(e.to_string()))?;
        Ok(Tokens { conn: Mutex::new(conn) })
    }

    /// Puts every token written into the file itself, when the site stops (see `dais_core::storage::checkpoint`).
    pub fn checkpoint(&self) -> Result<bool, TokenError> {
        Ok(dais_core::storage::checkpoint(&self.conn())?)
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Makes a token for an organiser, which may change `meetings`, and returns it: the only time it is ever shown.
    pub fn create(&self, name: &str, meetings: &Meetings) -> Result<String, TokenError> {
        let token = format!("{PREFIX}{}", hex::encode(rand::random::<[u8; 32]>()));
        let conn = self.conn();
        let live: Option<bool> = conn
            .query_row("SELECT revoked_at IS NULL FROM organiser_tokens WHERE name = ?1", [name], |r| r.get(0))
            .optional()?;
        if live == Some(true) {
            return Err(TokenError::Exists(name.to_string()));
        }
        conn.execute(
            "INSERT OR REPLACE INTO organiser_tokens (name, hash, created_at, revoked_at, meetings)
             VALUES (?1, ?2, ?3, NULL, ?4)",
            params![name, hash(&token), chrono::Utc::now().to_rfc3339(), json(meetings)],
        )?;
        Ok(token)
    }

    pub fn revoke(&self, name: &str) -> Result<(), TokenError> {
        let n = self.conn().execute(
            "UPDATE organiser_tokens SET revoked_at = ?2 WHERE name = ?1 AND revoked_at IS NULL",
            params![name, chrono::Utc::now().to_rfc3339()],
        )?;
        if n == 0 {
            return Err(TokenError::Unknown(name.to_string()));
        }
        Ok(())
    }

    pub fn list(&self) -> Result<Vec<TokenInfo>, TokenError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare("SELECT name, created_at, revoked_at IS NOT NULL, meetings FROM organiser_tokens ORDER BY name")?;
        let rows = stmt.query_map([], |r| {
            Ok(TokenInfo {
                name: r.get(0)?,
                created_at: r.get(1)?,
                revoked: r.get(2)?,
                meetings: meetings(&r.get::<_, String>(3)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The organiser a live token belongs to, and what it may change.
    pub fn grant(&self, token: &str) -> Result<Option<Grant>, TokenError> {
        if !token.starts_with(PREFIX) {
            return Ok(None);
        }
        Ok(self
            .conn()
            .prepare_cached("SELECT name, meetings FROM organiser_tokens WHERE hash = ?1 AND revoked_at IS NULL")?
            .query_row([hash(token)], |r| {
                Ok(Grant { organiser: r.get(0)?, meetings: meetings(&r.get::<_, String>(1)?)?, shown_as: None })
            })
            .optional()?)
    }
}

fn json(meetings: &Meetings) -> String {
    serde_json::to_string(meetings).expect("meetings serialize")
}

fn meetings(text: &str) -> rusqlite::Result<Meetings> {
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}
