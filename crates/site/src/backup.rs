//! `dais-site backup`: a consistent copy of a live site's data folder, taken while it serves.
//!
//! Each SQLite file is copied with SQLite's online backup in one step: one read transaction, so the copy is the
//! database as of one moment, and the site's writers go on meanwhile (WAL). To restore, see the README ("Backing up
//! and restoring the site"): organisers' apps notice that the site is older than their history and send it what it
//! lacks.

use std::path::Path;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::{DATA_FILE, FORM_KEY_FILE, TOKENS_FILE};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists and is not empty: give a new folder for the copy")]
    NotEmpty(String),
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
}

/// Copies the site's data folder `data` into the new or empty folder `to`: the meetings, the organisers' tokens, the
/// mail waiting to be sent, and the form's key (a secret: the owner's alone).
pub fn backup(data: &Path, to: &Path) -> Result<(), BackupError> {
    if std::fs::read_dir(to).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(BackupError::NotEmpty(to.display().to_string()));
    }
    let failed = |path: &Path| {
        let path = path.display().to_string();
        move |e: &dyn std::fmt::Display| BackupError::File { path, reason: e.to_string() }
    };
    std::fs::create_dir_all(to).map_err(|e| failed(to)(&e))?;
    // The mail's file exists once the site has sent mail: its outbox and the requests awaiting confirmation.
    let mail = Some(crate::mail::MAIL_FILE).filter(|name| data.join(name).is_file());
    for name in [DATA_FILE, TOKENS_FILE].into_iter().chain(mail) {
        let (from, copy) = (data.join(name), to.join(name));
        copy_database(&from, &copy).map_err(|e| failed(&from)(&e))?;
    }
    // The copy forgets its epoch: restored, it numbers its feed anew under another, so that a laptop's cursor from
    // after the copy is never taken for a position in the restored feed, whose numbers the site gives out again.
    let copy = to.join(DATA_FILE);
    Connection::open(&copy)
        .and_then(|c| c.execute("DELETE FROM meta WHERE key = 'epoch'", []))
        .map_err(|e| failed(&copy)(&e))?;
    let key = data.join(FORM_KEY_FILE);
    match std::fs::read(&key) {
        Ok(bytes) => {
            dais_core::storage::private_file::write(&to.join(FORM_KEY_FILE), &bytes).map_err(|e| failed(&key)(&e))
        }
        // A site that never served a form has no key yet; the restored one makes its own.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(failed(&key)(&e)),
    }
}

/// One SQLite file copied whole as of one moment, while its writers go on.
pub(crate) fn copy_database(from: &Path, to: &Path) -> rusqlite::Result<()> {
    let source = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    let mut copy = Connection::open(to)?;
    let backup = Backup::new(&source, &mut copy)?;
    // All pages in one step: a step by parts restarts whenever the site writes between two, and may never end.
    while backup.step(-1)? != StepResult::Done {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Ok(())
}
