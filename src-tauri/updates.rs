//! Updates of Dais itself, by the Tauri updater: the release feed is read at start and once a day while checks are on;
//! a newer version is offered in the window with what is new in it, and installed only on the organiser's word. Its
//! download is verified against the release key in `tauri.conf.json` (minisign; `docs/releasing.md`) before anything
//! is written, then installed (the .deb by dpkg, the Windows installer, the macOS app bundle), and the app starts
//! again with the arguments it had, on the workspace it had open.
//!
//! Checks are off, and nothing is asked of the feed, when the organiser turns them off (Settings, kept per computer)
//! or when the computer's policy says so: `{"updates": false}` in `/etc/dais/policy.json`,
//! `%ProgramData%\Dais\policy.json` or `/Library/Application Support/Dais/policy.json`, which an IT department
//! deploys with the app. The policy may also name the organisation's own feed (`"feed"`), as may `DAIS_UPDATE_FEED`
//! (a mirror, the tests' local feed). `DAIS_POLICY_FILE` names one more policy file, which can only add to the
//! computer's: the tests' way to turn checks off without writing to `/etc`.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use dais_core::Error;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Manager, Url};
use tauri_plugin_updater::{Update, UpdaterExt};
use ts_rs::TS;

use crate::computer;

/// Sent to the window when a check finds a newer version.
const OFFER_EVENT: &str = "update-offered";
/// Sent to the window as the update downloads.
const PROGRESS_EVENT: &str = "update-progress";

/// Between two checks when the last one answered; and when it did not (offline), sooner.
const DAILY: Duration = Duration::from_secs(24 * 60 * 60);
const AFTER_FAILURE: Duration = Duration::from_secs(60 * 60);

/// The organiser's setting (`crate::computer`): `off` turns checks off.
const SETTING: &str = "updates";

/// The newer version the last check found, until it is installed.
#[derive(Default)]
pub(crate) struct Offered(Mutex<Option<Update>>);

/// A newer version of Dais, as the window shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct UpdateOffer {
    pub version: String,
    /// What is new in it, as its release notes say (Markdown as written).
    pub notes: Option<String>,
    /// When it was released, RFC 3339.
    pub date: Option<String>,
}

/// How this computer checks for updates, for Settings.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct UpdateSettings {
    /// This version of Dais.
    pub version: String,
    pub checking: bool,
    /// The computer's policy turned checks off: the organiser cannot turn them on.
    pub turned_off_by_policy: bool,
}

/// Download progress: bytes received so far, and in all when the feed's server says.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct UpdateProgress {
    #[ts(type = "number")]
    pub received: u64,
    #[ts(type = "number | null")]
    pub total: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Policy {
    updates: Option<bool>,
    feed: Option<String>,
}

/// Where an IT department puts the computer's policy.
fn computer_policy_file() -> PathBuf {
    #[cfg(windows)]
    let file = PathBuf::from(std::env::var_os("ProgramData").unwrap_or_else(|| r"C:\ProgramData".into()))
        .join("Dais")
        .join("policy.json");
    #[cfg(target_os = "macos")]
    let file = PathBuf::from("/Library/Application Support/Dais/policy.json");
    #[cfg(not(any(windows, target_os = "macos")))]
    let file = PathBuf::from("/etc/dais/policy.json");
    file
}

/// The policies in force: the computer's, and `DAIS_POLICY_FILE`'s. A policy file that cannot be read as one turns
/// checks off: whoever wrote it meant to restrict something.
fn policies() -> Vec<Policy> {
    let files = std::iter::once(computer_policy_file()).chain(std::env::var_os("DAIS_POLICY_FILE").map(PathBuf::from));
    files
        .filter_map(|file| match std::fs::read(&file) {
            // A byte-order mark (PowerShell 5 writes one) is not the policy's.
            Ok(bytes) => Some(
                serde_json::from_slice(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).unwrap_or_else(|e| {
                    eprintln!("dais: {} is not a policy Dais reads ({e}): update checks are off", file.display());
                    Policy { updates: Some(false), feed: None }
                }),
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                eprintln!("dais: {} cannot be read ({e}): update checks are off", file.display());
                Some(Policy { updates: Some(false), feed: None })
            }
        })
        .collect()
}

fn turned_off_by_policy(policies: &[Policy]) -> bool {
    policies.iter().any(|p| p.updates == Some(false))
}

pub(crate) fn settings(app: &AppHandle) -> UpdateSettings {
    settings_under(app, &policies())
}

fn settings_under(app: &AppHandle, policies: &[Policy]) -> UpdateSettings {
    let by_policy = turned_off_by_policy(policies);
    UpdateSettings {
        version: app.package_info().version.to_string(),
        checking: !by_policy && computer::read(SETTING).as_deref() != Some("off"),
        turned_off_by_policy: by_policy,
    }
}

/// The organiser turns checks on or off; kept for the next start.
pub(crate) fn choose(app: &AppHandle, checking: bool) -> Result<UpdateSettings, Error> {
    computer::keep(SETTING, if checking { "on" } else { "off" })
        .map_err(|e| Error::Write { what: "settings", reason: e.to_string() })?;
    Ok(settings(app))
}

fn failed(e: impl std::fmt::Display) -> Error {
    Error::UpdateFailed { reason: e.to_string() }
}

fn check_failed(e: impl std::fmt::Display) -> Error {
    Error::UpdateCheckFailed { reason: e.to_string() }
}

/// The feed: the policy's, else `DAIS_UPDATE_FEED`, else `tauri.conf.json`'s.
fn feed(policies: &[Policy]) -> Result<Option<Url>, Error> {
    let named = policies.iter().find_map(|p| p.feed.clone()).or_else(|| std::env::var("DAIS_UPDATE_FEED").ok());
    named.map(|feed| Url::parse(&feed).map_err(|e| check_failed(format!("{feed}: {e}")))).transpose()
}

/// Asks the feed whether a newer version exists; the offer is kept for [`install`]. Refused while checks are off,
/// so that nothing reaches the feed then.
pub(crate) async fn check(app: &AppHandle) -> Result<Option<UpdateOffer>, Error> {
    let policies = policies();
    if !settings_under(app, &policies).checking {
        return Ok(None);
    }
    let mut builder = app.updater_builder();
    if let Some(feed) = feed(&policies)? {
        builder = builder.endpoints(vec![feed]).map_err(check_failed)?;
    }
    // Windows: the installer ends this process; the workspace is put in order first.
    let closing = app.clone();
    builder = builder.on_before_exit(move || leave_to_new_version(&closing));
    let update = builder.build().map_err(check_failed)?.check().await.map_err(check_failed)?;
    let offer = update.as_ref().map(offer_of);
    *app.state::<Offered>().0.lock().unwrap_or_else(|e| e.into_inner()) = update;
    Ok(offer)
}

/// The version the last check found, if any (the window asks at its start, in case the check ended before it
/// listened).
pub(crate) fn offered(app: &AppHandle) -> Option<UpdateOffer> {
    app.state::<Offered>().0.lock().unwrap_or_else(|e| e.into_inner()).as_ref().map(offer_of)
}

fn offer_of(update: &Update) -> UpdateOffer {
    UpdateOffer {
        version: update.version.clone(),
        notes: update.body.clone(),
        date: update.raw_json.get("pub_date").and_then(|d| d.as_str()).map(str::to_string),
    }
}

/// Downloads the offered version, verifies its signature, installs it and starts the app again. A download whose
/// signature is not the release key's is refused before anything is written, and no longer offered.
pub(crate) async fn install(app: &AppHandle) -> Result<(), Error> {
    let update = app.state::<Offered>().0.lock().unwrap_or_else(|e| e.into_inner()).take();
    let update = update.ok_or_else(|| failed("no newer version was found by the last check"))?;
    let mut received = 0u64;
    let progress = app.clone();
    let downloaded = update
        .download(
            |chunk, total| {
                received += chunk as u64;
                let _ = progress.emit(PROGRESS_EVENT, UpdateProgress { received, total });
            },
            || {},
        )
        .await;
    let bytes = match downloaded {
        Ok(bytes) => bytes,
        Err(e) => return Err(refused_or_failed(app, update, e)),
    };
    if let Err(e) = update.install(&bytes) {
        return Err(refused_or_failed(app, update, e));
    }
    leave_to_new_version(app);
    app.restart()
}

/// The process ends for the new version: the sync stops in order, and the workspace's lock is let go so that the
/// new process, starting while this one ends, finds the workspace free.
fn leave_to_new_version(app: &AppHandle) {
    crate::sync::stop(app);
    app.state::<crate::instance::Held>().release();
}

/// A bad signature or bundle refuses the version; a network or installer failure leaves it offered, to try again.
fn refused_or_failed(app: &AppHandle, update: Update, e: tauri_plugin_updater::Error) -> Error {
    use tauri_plugin_updater::Error as E;
    match e {
        E::Minisign(_)
        | E::Base64(_)
        | E::SignatureUtf8(_)
        | E::InvalidUpdaterFormat
        | E::SignedVersionMismatch { .. }
        | E::MissingSignedVersion => Error::UpdateRefused { version: update.version.clone(), reason: e.to_string() },
        e => {
            *app.state::<Offered>().0.lock().unwrap_or_else(|p| p.into_inner()) = Some(update);
            failed(e)
        }
    }
}

/// Checks at start and once a day, for as long as the app runs; a check that finds a version tells the window.
pub(crate) fn start(app: AppHandle) {
    let spawned = std::thread::Builder::new().name("dais-updates".into()).spawn(move || {
        loop {
            let wait = match tauri::async_runtime::block_on(check(&app)) {
                Ok(Some(offer)) => {
                    let _ = app.emit(OFFER_EVENT, offer);
                    DAILY
                }
                Ok(None) => DAILY,
                Err(e) => {
                    eprintln!("dais: {e}");
                    AFTER_FAILURE
                }
            };
            std::thread::sleep(wait);
        }
    });
    if let Err(e) = spawned {
        eprintln!("dais: updates will not be checked: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_turns_checks_off_and_names_a_feed_and_one_that_cannot_be_read_turns_them_off() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.json");
        let read = |text: &str| {
            std::fs::write(&file, text).unwrap();
            // SAFETY: this test alone reads or sets the variable.
            unsafe { std::env::set_var("DAIS_POLICY_FILE", &file) };
            policies()
        };
        let found = read(r#"{"updates": false}"#);
        assert!(turned_off_by_policy(&found));
        assert!(turned_off_by_policy(&read("\u{feff}{\"updates\": false}")), "with a byte-order mark");
        assert!(!turned_off_by_policy(&read("\u{feff}{\"updates\": true}")), "with a byte-order mark");
        let found = read(r#"{"feed": "https://intranet.example.org/dais/latest.json"}"#);
        assert!(!turned_off_by_policy(&found));
        assert_eq!(feed(&found).unwrap().unwrap().as_str(), "https://intranet.example.org/dais/latest.json");
        assert!(turned_off_by_policy(&read(r#"{"updates": "no"}"#)), "not a policy: checks off");
        assert!(turned_off_by_policy(&read(r#"{"update": true}"#)), "a misspelt key: checks off");
        unsafe { std::env::remove_var("DAIS_POLICY_FILE") };
    }
}
