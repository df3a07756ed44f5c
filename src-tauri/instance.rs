//! One app window per workspace: two windows on one file would each sync and edit it behind the other's back (the
//! CLI beside the app is fine: it writes and exits). The app holding a workspace keeps a lock on `<workspace>.lock`
//! and listens on 127.0.0.1 at the port written in `<workspace>.window`; a second start on the same workspace finds
//! the lock taken, asks the first to come forward, and exits.
//!
//! Plain files and a local TCP port work alike on Linux, macOS and Windows (a locked file cannot be read on Windows,
//! hence the port in a file of its own). Anyone on this computer may connect: all they can do is raise the window.

use std::fs::{File, TryLockError};
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

const SHOW: &str = "show";

/// What a start finds.
pub enum Claim {
    /// This process holds the workspace: keep the lock for as long as it runs (as [`Held`]), and answer `listener`.
    Held { lock: File, listener: TcpListener },
    /// Another app window holds it, and was asked to come forward.
    Elsewhere,
}

fn beside(workspace: &Path, suffix: &str) -> PathBuf {
    let mut name = workspace.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Takes the workspace for this process, or asks the window that holds it to come forward.
pub fn claim(workspace: &Path) -> std::io::Result<Claim> {
    if let Some(dir) = workspace.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let lock = File::options().create(true).truncate(false).write(true).open(beside(workspace, ".lock"))?;
    match lock.try_lock() {
        Ok(()) => {
            let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
            std::fs::write(beside(workspace, ".window"), listener.local_addr()?.port().to_string())?;
            Ok(Claim::Held { lock, listener })
        }
        Err(TryLockError::WouldBlock) => {
            let port: u16 = std::fs::read_to_string(beside(workspace, ".window"))?
                .trim()
                .parse()
                .map_err(|_| std::io::Error::other("the open window's port is unreadable"))?;
            let mut stream = TcpStream::connect_timeout(&(Ipv4Addr::LOCALHOST, port).into(), Duration::from_secs(2))?;
            writeln!(stream, "{SHOW}")?;
            Ok(Claim::Elsewhere)
        }
        Err(TryLockError::Error(e)) => Err(e),
    }
}

/// The workspace's lock, held by the app for as long as it runs, and let go only when it starts again as a new version
/// (`crate::updates`): the new process must find the workspace free, while this one is still ending.
#[derive(Default)]
pub struct Held(std::sync::Mutex<Option<File>>);

impl Held {
    pub fn new(lock: Option<File>) -> Held {
        Held(std::sync::Mutex::new(lock))
    }

    pub fn release(&self) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take();
    }
}

/// Calls `show` for each later start on the same workspace, for as long as the process runs.
pub fn answer(listener: TcpListener, show: impl Fn() + Send + 'static) {
    let spawned = std::thread::Builder::new().name("dais-window".into()).spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let mut line = String::new();
            if BufReader::new(stream).read_line(&mut line).is_ok() && line.trim() == SHOW {
                show();
            }
        }
    });
    if let Err(e) = spawned {
        eprintln!("dais: a second start on this workspace will not bring this window forward: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn a_second_start_on_a_workspace_asks_the_first_window_forward_and_another_workspace_is_free() {
        let dir = tempfile::tempdir().unwrap();
        let workspace = dir.path().join("workspace.dais");
        let Claim::Held { lock, listener } = claim(&workspace).unwrap() else { panic!("the first start holds it") };
        let (tx, rx) = mpsc::channel();
        answer(listener, move || tx.send(()).unwrap());

        assert!(matches!(claim(&workspace).unwrap(), Claim::Elsewhere));
        rx.recv_timeout(Duration::from_secs(5)).expect("the first window was asked forward");
        assert!(matches!(claim(&dir.path().join("other.dais")).unwrap(), Claim::Held { .. }));

        drop(lock);
        assert!(matches!(claim(&workspace).unwrap(), Claim::Held { .. }), "free again once the first has gone");
    }
}
