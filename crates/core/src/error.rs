//! Errors of the core, each with a stable code that scripts and the UI can match on, and its words in the catalogue
//! (`locales/*/errors.ftl`): each front end says an error in its reader's language ([`Error::body`]); `Display`, for
//! logs, says it in English.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{Lang, Msg};
use crate::msg;

/// A problem with one field of what the organiser entered, shown next to that field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field's name as in the model (`title`, `slot`, `email`, ...).
    pub field: String,
    pub message: Msg,
}

impl FieldError {
    pub fn new(field: &str, message: Msg) -> Self {
        FieldError { field: field.to_string(), message }
    }

    /// The field's problem said in `lang`, as it crosses to the UI or a script.
    pub fn body(&self, lang: Lang) -> FieldErrorBody {
        FieldErrorBody { field: self.field.clone(), message: self.message.say(lang) }
    }
}

/// A [`FieldError`] said in the reader's language: `{field, message}` on the wire (the UI's `FieldError`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "FieldError")]
pub struct FieldErrorBody {
    /// The field's name as in the model (`title`, `slot`, `email`, ...).
    pub field: String,
    pub message: String,
}

#[derive(Debug)]
pub enum Error {
    Invalid(Vec<FieldError>),
    /// Fields of an edit that someone else changed after the form was opened: the organiser chooses, then saves again.
    ChangedMeanwhile(Vec<FieldError>),
    /// An undo (or redo) that would revert a colleague's later edit, or break the programme's rules: nothing was
    /// changed, and the step leaves the list. `reasons` are the fields it would have changed or broken.
    NotUndone {
        /// What the step did (`StepLabel::msg`).
        step: Msg,
        redo: bool,
        reasons: Vec<FieldError>,
    },
    /// `kind` is a table's noun (`entry`, `focal point`), or `published event`, `photo`, `conflict`.
    NotFound {
        kind: &'static str,
        id: String,
    },
    Corrupt(String),
    /// A change from another replica that cannot be applied (unknown table, a new row without its fields, ...).
    Rejected(String),
    /// The event site lacks changes it once took from this workspace: it was put back from an earlier copy. The
    /// workspace sends its rows again (`dais_sync` does so by itself), and nothing is lost.
    SiteRestored(String),
    /// The meeting's public content changed between the organiser's preview and their Publish (a colleague's edit
    /// reached the site): nothing was published.
    ChangedSincePreview,
    DiskFull,
    /// A file being written outside the workspace could not be: `what` is `participants_list`,
    /// `programme_document`, `site_files` or `settings` (the app's, per computer), `reason` is the system's (`No space left on device`, `Permission denied`, ...). The
    /// workspace is untouched.
    Write {
        what: &'static str,
        reason: String,
    },
    Workspace {
        path: String,
        reason: String,
    },
    /// A file brought in that cannot be read (not a spreadsheet, damaged, too large); `file` is its name.
    Unreadable {
        file: String,
        reason: Msg,
    },
    /// A long write the organiser stopped before its end (an import): nothing of it was written.
    Cancelled,
    /// The file was written by a newer version of Dais (its schema `found`, this version's `known`): it is left as
    /// it is.
    NewerSchema {
        found: u32,
        known: u32,
    },
    /// An update of Dais offered by its release feed whose signature is not the release key's, or whose bundle is not
    /// the kind this installation takes: nothing was installed.
    UpdateRefused {
        version: String,
        reason: String,
    },
    /// The release feed could not be asked for a newer version (offline, the feed unreachable or not one).
    UpdateCheckFailed {
        reason: String,
    },
    /// Downloading or installing an update failed (the network, the installer refused): Dais stays as it is.
    UpdateFailed {
        reason: String,
    },
    Database(rusqlite::Error),
    Migration(rusqlite_migration::Error),
    Malformed(serde_json::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Database(e) => Some(e),
            Error::Migration(e) => Some(e),
            Error::Malformed(e) => Some(e),
            _ => None,
        }
    }
}

/// Each field's problem, after its name: `slot: ends (09:00 CET) before it starts (10:00 CET); title: …`.
fn fields_said(fields: &[FieldError], lang: Lang) -> String {
    fields.iter().map(|f| format!("{}: {}", f.field, f.message.say(lang))).collect::<Vec<_>>().join("; ")
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull,
            _ => Error::Database(e),
        }
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        Error::Migration(e)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Malformed(e)
    }
}

/// The code of [`Error::SiteRestored`], which the sync client acts on when the site answers it.
pub const SITE_RESTORED: &str = "site_restored";

impl Error {
    pub fn invalid(field: &str, message: Msg) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    /// A stable, machine-readable code: the UI and scripts match on it, people read [`Error::say`].
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::ChangedMeanwhile(_) => "changed_meanwhile",
            Error::NotUndone { .. } => "not_undone",
            Error::NotFound { .. } => "not_found",
            Error::Corrupt(_) => "corrupt",
            Error::Rejected(_) => "rejected",
            Error::SiteRestored(_) => SITE_RESTORED,
            Error::ChangedSincePreview => "changed_since_preview",
            Error::DiskFull => "disk_full",
            Error::Write { .. } => "io",
            Error::Workspace { .. } => "workspace",
            Error::Unreadable { .. } => "unreadable",
            Error::Cancelled => "cancelled",
            Error::NewerSchema { .. } => "newer_schema",
            Error::UpdateRefused { .. } => "update_refused",
            Error::UpdateCheckFailed { .. } => "update_check_failed",
            Error::UpdateFailed { .. } => "update_failed",
            Error::Database(_) => "database",
            Error::Migration(_) => "migration",
            Error::Malformed(_) => "malformed",
        }
    }

    /// The error in a sentence, in `lang`. The system's own words (a database's, a file system's) and the details of
    /// a change refused between replicas stay as the system gave them, inside the sentence.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Error::Invalid(fields) => fields_said(fields, lang),
            Error::ChangedMeanwhile(fields) => {
                let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
                msg!("error-changed-meanwhile", fields = names.join(", ")).say(lang)
            }
            Error::NotUndone { step, redo, reasons } => {
                let reason: Vec<String> = reasons.iter().map(|f| f.message.say(lang)).collect();
                let redo = if *redo { "redo" } else { "undo" };
                msg!("error-not-undone", step = step.say(lang), redo = redo, reason = reason.join("; ")).say(lang)
            }
            Error::NotFound { kind, id } => {
                let kind = kind.replace(' ', "_");
                msg!("error-not-found", kind = kind, id = id.as_str()).say(lang)
            }
            Error::Corrupt(detail) => msg!("error-corrupt", detail = detail.as_str()).say(lang),
            Error::Rejected(detail) => msg!("error-rejected", detail = detail.as_str()).say(lang),
            Error::SiteRestored(detail) => msg!("error-site-restored", detail = detail.as_str()).say(lang),
            Error::ChangedSincePreview => msg!("error-changed-since-preview").say(lang),
            Error::DiskFull => msg!("error-disk-full").say(lang),
            Error::Write { what, reason } => msg!("error-write", what = *what, reason = reason.as_str()).say(lang),
            Error::Workspace { path, reason } => {
                msg!("error-workspace", path = path.as_str(), reason = reason.as_str()).say(lang)
            }
            Error::Unreadable { file, reason } => {
                msg!("error-unreadable", file = file.as_str(), reason = reason.say(lang)).say(lang)
            }
            Error::Cancelled => msg!("error-cancelled").say(lang),
            Error::NewerSchema { found, known } => msg!("error-newer-schema", found = *found, known = *known).say(lang),
            Error::UpdateRefused { version, reason } => {
                msg!("error-update-refused", version = version.as_str(), reason = reason.as_str()).say(lang)
            }
            Error::UpdateCheckFailed { reason } => {
                msg!("error-update-check-failed", reason = reason.as_str()).say(lang)
            }
            Error::UpdateFailed { reason } => msg!("error-update-failed", reason = reason.as_str()).say(lang),
            Error::Database(e) => msg!("error-database", detail = e.to_string()).say(lang),
            Error::Migration(e) => msg!("error-migration", detail = e.to_string()).say(lang),
            Error::Malformed(e) => msg!("error-malformed", detail = e.to_string()).say(lang),
        }
    }

    /// The error as it crosses to the UI or a script, said in `lang`.
    pub fn body(&self, lang: Lang) -> ErrorBody {
        ErrorBody {
            code: self.code().to_string(),
            message: self.say(lang),
            fields: match self {
                Error::Invalid(f) | Error::ChangedMeanwhile(f) => f.iter().map(|f| f.body(lang)).collect(),
                _ => Vec::new(),
            },
        }
    }
}

/// `{code, message, fields}`: how an error crosses the IPC boundary and the CLI's `--json` output, said in its
/// reader's language.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldErrorBody>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
