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
//! | 3    | invalid input (`invalid`, or `changed_meanwhile`: changed by another since it was read); each field is printed as `field: message`; a publication not made: `changed_since_preview`, or `unconfirmed` warnings without `--yes`; an edit not undone or redone because another changed it since (`not_undone`) |
//! | 4    | not found (`not_found`): no meeting, entry or speaker with that id                              |
//! | 5    | the workspace or its database cannot be used (`workspace`, `database`, `migration`, `disk_full`, `malformed`) |
//! | 6    | `dais init` on a workspace that already holds events (`exists`)                                 |
//! | 7    | offline: the event site cannot be reached (`offline`); nothing was lost, the changes wait        |
//! | 8    | the event site refused: no site set, a wrong token, another protocol, a refused change           |
//!
//! With `--json`, results are JSON on stdout and errors are core's `ErrorBody` on stderr, one line:
//! `{"code": "invalid", "message": "...", "fields": [{"field": "slot", "message": "..."}]}`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use dais_core::{Error, ErrorBody};

/// Why a command failed: a core error, or one of the few that only the command line has.
pub enum Failure {
    Core(Error),
    /// `dais init` on a workspace that already holds events.
    Initialised {
        path: PathBuf,
        events: Vec<String>,
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
    /// `dais sync` before `dais site`.
    NoSite,
    /// `dais publish` of a programme with warnings, without `--yes`.
    Unconfirmed(Vec<String>),
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
    /// The error as scripts see it: core's own body, or one in the same shape.
    fn body(&self) -> ErrorBody {
        let body = |code: &str, message: String| ErrorBody { code: code.into(), message, fields: Vec::new() };
        match self {
            Failure::Core(e) => e.body(),
            Failure::Initialised { path, events } => body(
                "exists",
                format!(
                    "the workspace {} is already initialised: it holds {}; `dais init` leaves it alone",
                    path.display(),
                    events.join(", ")
                ),
            ),
            Failure::NoMeeting { path } => body(
                "not_found",
                format!(
                    "the workspace {} holds no meeting; `dais init --demo` creates the demo meeting",
                    path.display()
                ),
            ),
            Failure::Io { path, error } => body("io", format!("cannot write {}: {error}", path.display())),
            Failure::Sync(e) => body(e.code(), e.to_string()),
            Failure::NoSite => {
                body("no_site", "this workspace has no event site yet: `dais site --url URL --token TOKEN`".into())
            }
            Failure::Unconfirmed(warnings) => body(
                "unconfirmed",
                format!(
                    "not published: the programme has warnings ({}); `--yes` publishes anyway",
                    warnings.join("; ")
                ),
            ),
        }
    }
}

/// The one place where error codes become exit codes (see the table at the top of this file).
fn exit_code(code: &str) -> u8 {
    match code {
        "invalid" | "changed_meanwhile" | "changed_since_preview" | "unconfirmed" | "not_undone" => 3,
        "not_found" => 4,
        "workspace" | "database" | "migration" | "disk_full" | "malformed" | "corrupt" => 5,
        "exists" => 6,
        "offline" => 7,
        "no_site" | "unauthorized" | "protocol_mismatch" | "protocol" | "rejected" | "refused" | "site_restored"
        | "site" => 8,
        _ => 1,
    }
}

/// Tells the failure on stderr (one line of JSON with `--json`) and gives its exit code.
pub fn report(failure: Failure, json: bool) -> ExitCode {
    let body = failure.body();
    let report = if json {
        serde_json::to_string(&body).unwrap_or_else(|_| body.message.clone())
    } else if body.fields.is_empty() {
        format!("dais: {}", body.message)
    } else {
        let fields: Vec<String> = body.fields.iter().map(|f| format!("  {}: {}", f.field, f.message)).collect();
        format!("dais: invalid input:\n{}", fields.join("\n"))
    };
    let _ = writeln!(std::io::stderr(), "{report}");
    ExitCode::from(exit_code(&body.code))
}
