//! Errors of the core, each with a stable code that scripts and the UI can match on.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A problem with one field of what the organiser entered, shown next to that field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldError {
    /// The field's name as in the model (`title`, `slot`, `email`, ...).
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        FieldError { field: field.to_string(), message: message.into() }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", invalid_summary(.0))]
    Invalid(Vec<FieldError>),
    /// Fields of an edit that someone else changed after the form was opened: the organiser chooses, then saves again.
    #[error("{}", changed_summary(.0))]
    ChangedMeanwhile(Vec<FieldError>),
    /// An undo (or redo) that would revert a colleague's later edit, or break the programme's rules: nothing was
    /// changed, and the step leaves the list.
    #[error("“{step}” was not {}: {reason}; nothing was changed", if *.redo { "redone" } else { "undone" })]
    NotUndone { step: String, redo: bool, reason: String },
    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: String },
    #[error("the workspace's data is damaged: {0}")]
    Corrupt(String),
    /// A change from another replica that cannot be applied (unknown table, a new row without its fields, ...).
    #[error("a change was refused: {0}")]
    Rejected(String),
    /// The event site lacks changes it once took from this workspace: it was put back from an earlier copy. The
    /// workspace sends its rows again (`dais_sync` does so by itself), and nothing is lost.
    #[error(
        "the event site has lost changes it took from this workspace (it was restored from an earlier copy): {0}; \
         the workspace sends its data again"
    )]
    SiteRestored(String),
    /// The meeting's public content changed between the organiser's preview and their Publish (a colleague's edit
    /// reached the site): nothing was published.
    #[error(
        "the programme changed since the preview (a colleague's edit arrived): nothing was published; look at the preview again"
    )]
    ChangedSincePreview,
    #[error("the disk is full: the change was not saved, and nothing was lost")]
    DiskFull,
    /// A file being written outside the workspace, such as a participants list, could not be: `reason` is the
    /// system's (`No space left on device`, `Permission denied`, ...). The workspace is untouched.
    #[error("the {what} cannot be written: {reason}")]
    Write { what: &'static str, reason: String },
    #[error("the workspace {path} cannot be opened: {reason}")]
    Workspace { path: String, reason: String },
    #[error("database error: {0}")]
    Database(rusqlite::Error),
    #[error("the workspace's schema cannot be updated: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("malformed data: {0}")]
    Malformed(#[from] serde_json::Error),
}

fn invalid_summary(fields: &[FieldError]) -> String {
    fields.iter().map(|f| format!("{}: {}", f.field, f.message)).collect::<Vec<_>>().join("; ")
}

fn changed_summary(fields: &[FieldError]) -> String {
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    format!(
        "not saved: someone else changed {} since the form was opened; choose which value to keep",
        names.join(", ")
    )
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull,
            _ => Error::Database(e),
        }
    }
}

/// The code of [`Error::SiteRestored`], which the sync client acts on when the site answers it.
pub const SITE_RESTORED: &str = "site_restored";

impl Error {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    /// A stable, machine-readable code: the UI and scripts match on it, people read `to_string()`.
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
            Error::Database(_) => "database",
            Error::Migration(_) => "migration",
            Error::Malformed(_) => "malformed",
        }
    }

    /// The error as it crosses to the UI or a script.
    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            code: self.code().to_string(),
            message: self.to_string(),
            fields: match self {
                Error::Invalid(f) | Error::ChangedMeanwhile(f) => f.clone(),
                _ => Vec::new(),
            },
        }
    }
}

/// `{code, message, fields}`: how an error crosses the IPC boundary and the CLI's `--json` output.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldError>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
