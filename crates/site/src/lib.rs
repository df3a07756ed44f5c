//! The event site: the meeting's public pages, feeds and registration form, and the sync API that organisers' apps
//! talk to. Handlers are thin: the data lives behind [`storage::Storage`], the meeting's rules in `dais-core`.

pub mod backup;
pub mod embed;
pub mod export;
pub mod feeds;
pub mod focal;
pub mod form;
mod frab;
pub mod links;
pub mod mail;
pub mod pages;
pub mod public;
pub mod registrant;
pub mod serve;
pub mod settings;
pub mod signed;
pub mod site_url;
pub mod storage;
pub mod sync_api;
pub mod tokens;
pub mod web;

use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use tower_http::timeout::TimeoutLayer;

pub use storage::{SqliteStorage, Storage};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    pub tokens: Arc<tokens::Tokens>,
    pub form_rate: form::FormRate,
    /// The reverse proxies in front of the site (`serve --trusted-proxy`): their `X-Forwarded-For` names the client
    /// whose rate of form posts is limited. Without them, every visitor behind a proxy would share one limit.
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// The key of the form's CSRF tokens, kept in the data folder: a restart does not void the forms open in browsers.
    pub form_key: [u8; 32],
    /// How long one request may take, its body included: a client that sends slowly cannot hold the site's resources.
    pub request_timeout: std::time::Duration,
    /// Where the public reaches the site (`serve --public-url`), for the links in feeds; else the request says.
    pub public_url: Option<Arc<str>>,
    pub settings: Arc<settings::Settings>,
    /// The site's mail, when its settings have a mail server: addresses are then confirmed, and registrants told.
    pub mail: Option<Arc<mail::Mailer>>,
}

impl AppState {
    /// Something was written that may call for mail.
    pub fn wake_mail(&self) {
        if let Some(mail) = &self.mail {
            mail.wake();
        }
    }

    /// Puts everything the site wrote into its files themselves (the meeting data, the tokens, the mail), once it has
    /// stopped writing: each file alone then holds its data, for an administrator who copies `site.dais` alone.
    pub fn checkpoint(&self) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let mut held = Vec::new();
        if !self.storage.checkpoint()? {
            held.push(DATA_FILE);
        }
        if !self.tokens.checkpoint()? {
            held.push(TOKENS_FILE);
        }
        if let Some(mail) = &self.mail
            && !mail.outbox.checkpoint()?
        {
            held.push(mail::MAIL_FILE);
        }
        for file in held {
            eprintln!(
                "dais-site: another program was reading {file}: part of its data stays in {file}-wal until the site \
                 starts again (copy the two together)"
            );
        }
        Ok(())
    }
}

/// The meeting data in the site's data folder.
pub const DATA_FILE: &str = "site.dais";
/// Organisers' tokens, apart from the meeting data: they never sync.
pub const TOKENS_FILE: &str = "tokens.sqlite";
/// The form's CSRF key: a secret, readable by the site's owner only.
pub const FORM_KEY_FILE: &str = "form.key";

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Data(#[from] dais_core::Error),
    #[error(transparent)]
    Tokens(#[from] tokens::TokenError),
    #[error("the form's key {path}: {reason}")]
    FormKey { path: String, reason: String },
    #[error(transparent)]
    Mail(#[from] mail::MailError),
}

/// Opens the site's data folder; with `demo`, a site without meetings gets the demo meeting.
pub fn open(data: &std::path::Path, demo: bool) -> Result<AppState, OpenError> {
    open_with(data, demo, settings::Settings::default())
}

/// Opens the site's data folder with its settings (checked: `Settings::load`).
pub fn open_with(data: &std::path::Path, demo: bool, settings: settings::Settings) -> Result<AppState, OpenError> {
    let storage = SqliteStorage::open(&data.join(DATA_FILE))?;
    if demo {
        storage.create_demo_if_empty()?;
    }
    let tokens = tokens::Tokens::open(&data.join(TOKENS_FILE))?;
    let key_file = data.join(FORM_KEY_FILE);
    let form_key = form::load_or_create_key(&key_file)
        .map_err(|e| OpenError::FormKey { path: key_file.display().to_string(), reason: e.to_string() })?;
    let mail = mail::Mailer::open(data, &settings, form_key, storage.last_change()?)?.map(Arc::new);
    Ok(AppState {
        storage: Arc::new(storage),
        tokens: Arc::new(tokens),
        form_rate: form::FormRate::default(),
        trusted_proxies: Arc::new([]),
        form_key,
        public_url: settings.public_url.as_deref().map(Into::into),
        request_timeout: std::time::Duration::from_secs(60),
        settings: Arc::new(settings),
        mail,
    })
}

/// The whole site.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(sync_api::routes())
        .merge(web::assets())
        .merge(pages::routes())
        .merge(embed::routes())
        .merge(feeds::routes())
        .merge(frab::routes())
        .merge(form::routes(&state))
        .merge(registrant::routes())
        .merge(focal::routes())
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, state.request_timeout))
        .with_state(state)
}

/// Starts what the site does besides answering requests, on the current runtime, until it is stopped
/// (`Background::stop`, or the handle dropped): its mail, and the erasure of past meetings' registrations once their
/// retention period is over.
pub fn start_background(state: &AppState) -> Background {
    let (stop, stopping) = tokio::sync::watch::channel(());
    let stopping = Stopping(stopping);
    let mut tasks = Vec::new();
    if let Some(mail) = &state.mail {
        tasks.push(tokio::spawn(Arc::clone(mail).run(Arc::clone(&state.storage), stopping.clone())));
    }
    if let Some(days) = state.settings.registrations.retention_days {
        let storage = Arc::clone(&state.storage);
        let mut stopping = stopping;
        tasks.push(tokio::spawn(async move {
            loop {
                let before = chrono::Utc::now().date_naive() - chrono::Duration::days(i64::from(days));
                let storage = Arc::clone(&storage);
                // One transaction: a stop meanwhile waits for it.
                match tokio::task::spawn_blocking(move || storage.erase_registrations_ended_before(before)).await {
                    Ok(Ok(0)) => {}
                    Ok(Ok(n)) => eprintln!("dais-site: erased {n} registrations of meetings ended before {before}"),
                    Ok(Err(e)) => eprintln!("dais-site: erasing past registrations: {e}"),
                    Err(e) => eprintln!("dais-site: erasing past registrations: {e}"),
                }
                tokio::select! {
                    () = stopping.wait() => return,
                    () = tokio::time::sleep(RETENTION_EVERY) => {}
                }
            }
        }));
    }
    Background { stop, tasks }
}

/// The site's background work, as `start_background` started it.
pub struct Background {
    /// Never sent on: dropping it is the stop, which each task sees at its next safe point.
    stop: tokio::sync::watch::Sender<()>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Background {
    /// Stops the background work at its next safe point (the mail once the mail it is handing to the server is taken;
    /// the rest stays in the outbox for the next start) and waits for it until `deadline`, when what still runs is
    /// dropped: a mail cut in the middle stays in the outbox too. Returns whether everything stopped in time.
    pub async fn stop(self, deadline: tokio::time::Instant) -> bool {
        let Background { stop, tasks } = self;
        drop(stop);
        let mut in_time = true;
        for task in tasks {
            let abort = task.abort_handle();
            if tokio::time::timeout_at(deadline, task).await.is_err() {
                abort.abort();
                in_time = false;
            }
        }
        in_time
    }
}

/// What tells background work that the site is stopping.
#[derive(Clone)]
pub struct Stopping(tokio::sync::watch::Receiver<()>);

impl Stopping {
    /// Whether the site is stopping.
    pub fn now(&self) -> bool {
        self.0.has_changed().is_err()
    }

    /// Resolves once the site is stopping.
    pub async fn wait(&mut self) {
        // Nothing is ever sent: only the sender's drop ends this.
        while self.0.changed().await.is_ok() {}
    }
}

/// How often the site looks for registrations past their retention period.
const RETENTION_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);
