//! Settings kept per computer rather than per workspace (the language shown, whether to check for updates): one small
//! file each in the OS's config folder (on Linux `~/.config/dais/`), found by `directories` as core finds the
//! workspace's folder.

use std::path::PathBuf;

fn file(name: &str) -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Dais", "Dais").map(|dirs| dirs.config_dir().join(name))
}

/// The setting `name` as it was kept, if it was.
pub(crate) fn read(name: &str) -> Option<String> {
    file(name).and_then(|f| std::fs::read_to_string(f).ok()).map(|text| text.trim().to_string())
}

/// Keeps `value` as the setting `name`.
pub(crate) fn keep(name: &str, value: &str) -> std::io::Result<()> {
    let file = file(name).ok_or_else(|| std::io::Error::other("this computer has no folder for settings"))?;
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(file, value)
}
