//! Where a workspace's event site is and the organiser's token for it. The address is in the workspace; the token is
//! a secret, kept in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux).
//! Where there is no keychain (a headless Linux machine), it goes to a file beside the workspace that only the
//! owner can read: `<workspace>.token`. `DAIS_SITE_TOKEN`, when set, overrides both (scripts, CI).

use std::path::{Path, PathBuf};

use dais_core::Store;

use crate::{Site, SyncError};

const KEYCHAIN_SERVICE: &str = "org.dais.desktop";

/// Where the token was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenPlace {
    Keychain,
    File,
}

/// Saves the site's address in the workspace and the token in the keychain (or the fallback file).
pub fn save(store: &mut Store, url: &str, token: &str) -> Result<TokenPlace, SyncError> {
    Site::new(url, token)?;
    let workspace = workspace_of(store)?;
    store.set_site_url(url)?;
    let place = match keychain_entry(&workspace, url).and_then(|e| e.set_password(token)) {
        Ok(()) => {
            let _ = std::fs::remove_file(token_file(&workspace));
            TokenPlace::Keychain
        }
        Err(_) => {
            write_private(&token_file(&workspace), token)?;
            TokenPlace::File
        }
    };
    Ok(place)
}

/// The workspace's site, if one is set and a token is found for it, with the organiser's name where one was set.
pub fn site(store: &Store) -> Result<Option<Site>, SyncError> {
    let Some(url) = store.site_url()? else { return Ok(None) };
    let token = match std::env::var("DAIS_SITE_TOKEN") {
        Ok(t) if !t.is_empty() => Some(t),
        _ => token(&workspace_of(store)?, &url),
    };
    match token {
        Some(token) => Ok(Some(Site::new(&url, &token)?.named(store.organiser_name()?))),
        None => Ok(None),
    }
}

fn token(workspace: &Path, url: &str) -> Option<String> {
    keychain_entry(workspace, url)
        .and_then(|e| e.get_password())
        .ok()
        .or_else(|| std::fs::read_to_string(token_file(workspace)).ok().map(|t| t.trim().to_string()))
}

/// One keychain item per workspace and site: two workspaces may use two organisers' tokens for one site.
fn keychain_entry(workspace: &Path, url: &str) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(KEYCHAIN_SERVICE, &format!("{url} {}", workspace.display()))
}

fn workspace_of(store: &Store) -> Result<PathBuf, SyncError> {
    store.path().map(Path::to_path_buf).ok_or_else(|| {
        SyncError::Local(dais_core::Error::Workspace { path: "(memory)".into(), reason: "no file".into() })
    })
}

/// Where the token of the workspace at `workspace` goes when there is no keychain.
pub fn token_file(workspace: &Path) -> PathBuf {
    let mut name = workspace.as_os_str().to_owned();
    name.push(".token");
    PathBuf::from(name)
}

fn write_private(path: &Path, secret: &str) -> Result<(), SyncError> {
    dais_core::storage::private_file::write(path, secret.as_bytes()).map_err(|e| {
        SyncError::Local(dais_core::Error::Workspace { path: path.display().to_string(), reason: e.to_string() })
    })
}

/// Whether `url` is a page of the event site at `site`: the same scheme, host and port, and a path under the site's.
/// A prefix of the text is not enough (`https://events.example.org.evil.net` starts like `https://events.example.org`).
pub fn is_page_of(site: &str, url: &str) -> bool {
    let (Ok(site), Ok(url)) = (crate::site_url(site), crate::site_url(url)) else { return false };
    let base = site.path().trim_end_matches('/');
    url.origin() == site.origin()
        && (base.is_empty() || url.path() == base || url.path().starts_with(&format!("{base}/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_the_site_is_one_of_its_origin_and_path() {
        let site = "https://events.example.org/u4ssc";
        assert!(is_page_of(site, "https://events.example.org/u4ssc/events/1/programme"));
        assert!(is_page_of("http://127.0.0.1:8080", "http://127.0.0.1:8080/events/1"));
        for other in [
            "https://events.example.org.evil.net/u4ssc/events/1",
            "https://events.example.org@evil.net/u4ssc",
            "http://events.example.org/u4ssc/events/1",
            "https://events.example.org:8443/u4ssc/events/1",
            "https://events.example.org/other",
            "https://events.example.org/u4ssc-other/events/1",
            "file:///etc/passwd",
            "not a url",
        ] {
            assert!(!is_page_of(site, other), "{other} passed for {site}");
        }
    }
}
