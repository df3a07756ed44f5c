//! Why a command failed, and the exit code and message a script gets for it: core's errors, and the few that only the
//! command line has.
//!
//! Exit codes (stable: scripts may rely on them; [`exit_code`] is the one place that maps errors to them):
//!
//! | code | meaning                                                                                         |
//! |------|-------------------------------------------------------------------------------------------------|
//! | 0    | ok                                                                                              |
//! | 1    | anything else (e.g. the export file cannot be written)                                          |
//! | 2    | usage error: unknown command or flag, missing or malformed value (clap's own)                   |
//! | 3    | invalid input (`invalid`; a file brought in that cannot be read, `unreadable`; or `changed_meanwhile`: changed by another since it was read); each field is printed as `field: message`; a publication not made: `changed_since_preview`, or `unconfirmed` warnings without `--yes`; an edit not undone or redone because another changed it since (`not_undone`) |
//! | 4    | not found (`not_found`): no meeting, entry or speaker with that id                              |
//! | 5    | the workspace or its database cannot be used (`workspace`, `database`, `migration`, `newer_schema`, `disk_full`, `malformed`) |
//! | 6    | `dais init` on a workspace that already holds events (`exists`)                                 |
//! | 7    | offline: the event site cannot be reached (`offline`); nothing was lost, the changes wait        |
//! | 8    | the event site refused: no site set, a wrong token, another protocol, a refused change           |
//!
//! With `--json`, results are JSON on stdout and errors are core's `ErrorBody` on stderr, one line:
//! `{"code": "invalid", "message": "...", "fields": [{"field": "slot", "message": "..."}]}`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use dais_core::{Error, ErrorBody, FieldErrorBody, Lang, t};

use crate::out::Out;

/// Why a command failed: a core error, or one of the few that only the command line has.
pub enum Failure {
    Core(Error),
    /// `dais init` on a workspace that already holds events.
    Initialised {
        path: PathBuf,
        events: Vec<String>,
    },
    /// No workspace at the path given: only `dais init` creates one.
    NoWorkspace {
        path: PathBuf,
    },
    /// No `--event`, and the workspace has no meeting to default to.
    NoMeeting {
        path: PathBuf,
    },
    /// The export file cannot be written.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Sync(dais_sync::SyncError),
    /// The event site cannot be reached; `waiting` changes wait for the next sync.
    Offline {
        url: String,
        reason: String,
        waiting: i64,
    },
    /// `dais sync` before `dais site`.
    NoSite,
    /// `dais publish` of a programme with warnings, without `--yes`.
    Unconfirmed(Vec<String>),
    /// `dais publish` of a programme with errors (the preview's, already said).
    Invalid(Vec<FieldErrorBody>),
}

impl From<dais_sync::SyncError> for Failure {
    fn from(e: dais_sync::SyncError) -> Self {
        match e {
            dais_sync::SyncError::Local(e) => Failure::Core(e),
            e => Failure::Sync(e),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Core(e)
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::Core(Error::Malformed(e))
    }
}

impl Failure {
    /// The error as scripts see it, said in `lang`: core's own body, or one in the same shape.
    fn body(&self, lang: Lang) -> ErrorBody {
        let body = |code: &str, message: String| ErrorBody { code: code.into(), message, fields: Vec::new() };
        match self {
            Failure::Core(e) => e.body(lang),
            Failure::Initialised { path, events } => body(
                "exists",
                t!(lang, "cli-error-initialised", path = path.display().to_string(), events = events.join(", ")),
            ),
            Failure::NoWorkspace { path } => {
                body("workspace", t!(lang, "cli-error-no-workspace", path = path.display().to_string()))
            }
            Failure::NoMeeting { path } => {
                body("not_found", t!(lang, "cli-error-no-meeting", path = path.display().to_string()))
            }
            Failure::Io { path, error } => {
                body("io", t!(lang, "cli-error-io", path = path.display().to_string(), reason = error.to_string()))
            }
            Failure::Sync(e) => body(e.code(), e.say(lang)),
            Failure::Offline { url, reason, waiting } => {
                body("offline", t!(lang, "cli-error-offline", url = url, reason = reason, count = *waiting))
            }
            Failure::NoSite => body("no_site", t!(lang, "cli-error-no-site")),
            Failure::Invalid(fields) => ErrorBody {
                code: "invalid".into(),
                message: fields.iter().map(|f| format!("{}: {}", f.field, f.message)).collect::<Vec<_>>().join("; "),
                fields: fields.clone(),
            },
            Failure::Unconfirmed(warnings) => {
                body("unconfirmed", t!(lang, "cli-error-unconfirmed", warnings = warnings.join("; ")))
            }
        }
    }
}

/// The one place where error codes become exit codes (see the table at the top of this file).
fn exit_code(code: &str) -> u8 {
    match code {
        "invalid" | "unreadable" | "changed_meanwhile" | "changed_since_preview" | "unconfirmed" | "not_undone" => 3,
        "not_found" => 4,
        "workspace" | "database" | "migration" | "newer_schema" | "disk_full" | "malformed" | "corrupt" => 5,
        "exists" => 6,
        "offline" => 7,
        "no_site" | "unauthorized" | "protocol_mismatch" | "protocol" | "rejected" | "refused" | "site_restored"
        | "site" => 8,
        _ => 1,
    }
}

/// Tells the failure on stderr (one line of JSON with `--json`) and gives its exit code.
pub fn report(failure: Failure, out: &Out) -> ExitCode {
    let body = failure.body(out.lang);
    let report = if out.json {
        serde_json::to_string(&body).unwrap_or_else(|_| body.message.clone())
    } else if body.fields.is_empty() {
        format!("dais: {}", body.message)
    } else {
        let fields: Vec<String> = body.fields.iter().map(|f| format!("  {}: {}", f.field, f.message)).collect();
        format!("dais: {}\n{}", t!(out.lang, "cli-invalid-input"), fields.join("\n"))
    };
    let _ = writeln!(std::io::stderr(), "{report}");
    ExitCode::from(exit_code(&body.code))
}
