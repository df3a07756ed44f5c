//! The site's settings (README, "The site's settings"): a TOML file (`serve --config FILE`, or `DAIS_SITE_CONFIG`) and
//! the environment over it (`DAIS_SITE_MAIL__SMTP_HOST=…`: the prefix, then the key with `__` between its parts).
//! They are checked whole when the site starts, and every problem is told with its key, before anything is served.

use std::path::Path;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

/// The first parts of the keys the environment may set: other `DAIS_SITE_` variables (the data folder, the config
/// file itself) are the command line's.
const SECTIONS: [&str; 6] = ["public_url", "stop_grace_seconds", "mail", "focal_points", "registrations", "embed"];

/// How long the site, asked to stop, lets what is in flight finish by default: less than Docker waits before it kills
/// (10 s; systemd waits 90 s, Kubernetes 30 s), so that the databases are closed in order after it.
pub const STOP_GRACE_SECONDS: u32 = 8;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Where the public reaches the site, e.g. `https://events.example.org` (`serve --public-url` wins over it).
    pub public_url: Option<String>,
    /// How long the site, asked to stop (SIGTERM, Ctrl-C), lets the requests in flight and the mail being sent finish
    /// before it exits; by default [`STOP_GRACE_SECONDS`].
    pub stop_grace_seconds: Option<u32>,
    /// Without it the site sends no mail: a request is then taken without confirming its address.
    pub mail: Option<MailSettings>,
    #[serde(default)]
    pub focal_points: FocalPointSettings,
    #[serde(default)]
    pub registrations: RegistrationSettings,
    #[serde(default)]
    pub embed: EmbedSettings,
}

/// Which other websites may show the meeting's pages inside theirs (docs/website.md).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedSettings {
    /// Origins (`https://www.example.org`) that may embed every meeting's form, and alone read its programme and
    /// speakers from a script: without any, the programme and the speakers are any page's to show, as the feeds are,
    /// and no page may frame the form.
    #[serde(default)]
    pub origins: Vec<String>,
    /// More origins for one meeting, by its id: `[embed.meetings."019a…"] origins = [...]`.
    #[serde(default)]
    pub meetings: std::collections::BTreeMap<uuid::Uuid, MeetingEmbed>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingEmbed {
    pub origins: Vec<String>,
}

/// Who may embed one meeting's pages, as the settings say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedOrigins<'a> {
    /// None listed: the programme and the speakers are anyone's to show; the form is no one's to frame.
    Unlisted,
    Only(Vec<&'a str>),
}

impl EmbedSettings {
    /// The origins allowed for `meeting`: the site's and the meeting's own.
    pub fn origins_for(&self, meeting: uuid::Uuid) -> EmbedOrigins<'_> {
        let own = self.meetings.get(&meeting).map(|m| m.origins.as_slice()).unwrap_or_default();
        let all: Vec<&str> = self.origins.iter().chain(own).map(String::as_str).collect();
        if all.is_empty() { EmbedOrigins::Unlisted } else { EmbedOrigins::Only(all) }
    }
}

/// An origin as a browser sends it (`https://www.example.org`, a port if not the scheme's own): no path, no slash.
fn check_origin(origin: &str) -> Result<(), String> {
    let url = url::Url::parse(origin).map_err(|e| format!("{origin:?} is not an origin: {e}"))?;
    let serialised = url.origin().ascii_serialization();
    if !matches!(url.scheme(), "http" | "https") || serialised != origin {
        return Err(format!(
            "{origin:?} is not an origin: write it as a browser sends it, e.g. https://www.example.org"
        ));
    }
    Ok(())
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    /// Who the mail is from, e.g. `U4SSC secretariat <u4ssc@itu.int>`.
    pub from: String,
    pub smtp_host: String,
    /// By default 587 with STARTTLS, 465 with TLS, 25 without.
    pub smtp_port: Option<u16>,
    #[serde(default)]
    pub tls: Tls,
    pub username: Option<String>,
    pub password: Option<String>,
    /// After a failure, the first try again comes after this many seconds, then twice as long each time, up to an
    /// hour.
    #[serde(default = "default_retry_seconds")]
    pub retry_seconds: f64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tls {
    /// Plain, then upgraded: refused if the server cannot.
    #[default]
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: for a relay on the same machine or network only.
    None,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FocalPointSettings {
    /// How long a focal point's link stays good.
    #[serde(default = "default_link_days")]
    pub link_days: u32,
}

impl Default for FocalPointSettings {
    fn default() -> Self {
        FocalPointSettings { link_days: default_link_days() }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrationSettings {
    /// How long the link that confirms an address stays good.
    #[serde(default = "default_confirm_hours")]
    pub confirm_hours: u32,
    /// Days after a meeting's last day when its registrations are erased (none: kept until the organisers erase
    /// them). The form's privacy notice says it.
    pub retention_days: Option<u32>,
}

impl Default for RegistrationSettings {
    fn default() -> Self {
        RegistrationSettings { confirm_hours: default_confirm_hours(), retention_days: None }
    }
}

fn default_retry_seconds() -> f64 {
    60.0
}
fn default_link_days() -> u32 {
    14
}
fn default_confirm_hours() -> u32 {
    48
}

/// What is wrong with the settings: every problem, each with its key.
#[derive(Debug, thiserror::Error)]
#[error("the settings are not right:\n{}", .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
pub struct SettingsError(pub Vec<String>);

impl Settings {
    /// Reads `file` (if given) and the environment over it, with `public_url` (the command line's) over both, and
    /// checks the whole.
    pub fn load(file: Option<&Path>, public_url: Option<String>) -> Result<Settings, SettingsError> {
        let mut figment = Figment::new();
        if let Some(file) = file {
            if !file.is_file() {
                return Err(SettingsError(vec![format!("the settings file {} does not exist", file.display())]));
            }
            figment = figment.merge(Toml::file_exact(file));
        }
        let env = Env::prefixed("DAIS_SITE_")
            .split("__")
            // After `split`: `MAIL.SMTP_HOST`.
            .filter(|key| {
                let key = key.as_str().to_ascii_lowercase();
                SECTIONS
                    .iter()
                    .any(|s| key.strip_prefix(s).is_some_and(|rest| rest.is_empty() || rest.starts_with('.')))
            });
        let mut settings: Settings =
            figment.merge(env).extract().map_err(|e| SettingsError(e.into_iter().map(|e| problem(&e)).collect()))?;
        if public_url.is_some() {
            settings.public_url = public_url;
        }
        settings.check()?;
        Ok(settings)
    }

    /// How long the site, asked to stop, lets what is in flight finish.
    pub fn stop_grace(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.stop_grace_seconds.unwrap_or(STOP_GRACE_SECONDS).into())
    }

    fn check(&self) -> Result<(), SettingsError> {
        let mut problems = Vec::new();
        if self.stop_grace_seconds.is_some_and(|s| !(1..=600).contains(&s)) {
            problems.push("stop_grace_seconds: from 1 to 600 seconds".into());
        }
        if let Some(url) = &self.public_url
            && let Err(e) = crate::site_url::check_public_url(url)
        {
            problems.push(format!("public_url: {e}"));
        }
        if let Some(mail) = &self.mail {
            if self.public_url.is_none() {
                problems.push(
                    "public_url: the mails' links need the address the public reaches the site at, e.g. \
                     https://events.example.org"
                        .into(),
                );
            }
            if let Err(e) = mail.from.parse::<lettre::message::Mailbox>() {
                problems.push(format!("mail.from: {e}: write an address, e.g. \"Secretariat <events@example.org>\""));
            }
            if mail.smtp_host.trim().is_empty() {
                problems.push("mail.smtp_host: the mail server's host name is missing".into());
            }
            if mail.username.is_some() != mail.password.is_some() {
                problems.push("mail.username, mail.password: give both, or neither".into());
            }
            if mail.tls == Tls::None && mail.username.is_some() && !is_local(&mail.smtp_host) {
                problems.push(format!(
                    "mail.tls: \"none\" would send the password to {} in clear: use \"starttls\" or \"tls\"",
                    mail.smtp_host
                ));
            }
            if !(mail.retry_seconds.is_finite() && mail.retry_seconds > 0.0) {
                problems.push("mail.retry_seconds: a number of seconds above 0".into());
            }
        }
        if !(1..=90).contains(&self.focal_points.link_days) {
            problems.push("focal_points.link_days: from 1 to 90 days".into());
        }
        if !(1..=720).contains(&self.registrations.confirm_hours) {
            problems.push("registrations.confirm_hours: from 1 to 720 hours".into());
        }
        if self.registrations.retention_days == Some(0) {
            problems.push("registrations.retention_days: at least 1 day (leave it out to keep registrations)".into());
        }
        for origin in &self.embed.origins {
            if let Err(e) = check_origin(origin) {
                problems.push(format!("embed.origins: {e}"));
            }
        }
        for (meeting, embed) in &self.embed.meetings {
            for origin in &embed.origins {
                if let Err(e) = check_origin(origin) {
                    problems.push(format!("embed.meetings.{meeting}.origins: {e}"));
                }
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(SettingsError(problems)) }
    }
}

impl MailSettings {
    pub fn port(&self) -> u16 {
        self.smtp_port.unwrap_or(match self.tls {
            Tls::Starttls => 587,
            Tls::Tls => 465,
            Tls::None => 25,
        })
    }
}

/// A problem as the site's owner would fix it: the key (or the environment variable) and what is wrong with it.
fn problem(e: &figment::Error) -> String {
    let key = e.path.join(".").to_ascii_lowercase();
    let source = match &e.metadata {
        Some(m) if m.name.contains("environment") => {
            format!(" (the environment's DAIS_SITE_{})", e.path.join("__").to_ascii_uppercase())
        }
        Some(m) => m.source.as_ref().map(|s| format!(" (in {s})")).unwrap_or_default(),
        None => String::new(),
    };
    if key.is_empty() { format!("{}{source}", e.kind) } else { format!("{key}: {}{source}", e.kind) }
}

fn is_local(host: &str) -> bool {
    host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
