//! `dais-site`: serve a meeting's public site and the organisers' sync API.

/// mimalloc: glibc's allocator made a pull's parsing and writing threads wait on each other (see the workspace's
/// Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dais_core::Meetings;

#[derive(Parser)]
#[command(name = "dais-site", version, about = "The event site: public pages, registration form, feeds and sync API")]
struct Cli {
    /// The folder holding the site's data (created if missing).
    #[arg(long, global = true, env = "DAIS_SITE_DATA", default_value = "site-data")]
    data: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: SocketAddr,
        /// Start with the demo meeting (U4SSC-9) when the site has no meeting yet.
        #[arg(long)]
        demo: bool,
        /// Registration form posts one client address may make at once...
        #[arg(long, default_value_t = std::num::NonZeroU32::new(20).unwrap())]
        form_burst: std::num::NonZeroU32,
        /// ...then one more every this many seconds.
        #[arg(long, default_value_t = 6.0)]
        form_refill_seconds: f64,
        /// Where the public reaches the site, e.g. https://events.example.org behind a reverse proxy: the feeds link
        /// there, and the form's cookie is Secure when it is https. Without it, each request's Host header is used.
        #[arg(long, env = "DAIS_SITE_PUBLIC_URL")]
        public_url: Option<String>,
        /// The address of a reverse proxy in front of the site (repeat for several): its X-Forwarded-For header names
        /// the visitor, for the form's rate limit. Give only proxies you run: anyone else could name any address.
        #[arg(long = "trusted-proxy", value_name = "IP")]
        trusted_proxies: Vec<std::net::IpAddr>,
        /// The site's settings (mail server, focal points' links, retention): a TOML file, which the environment's
        /// DAIS_SITE_* variables override (see the README, "The site's settings").
        #[arg(long, env = "DAIS_SITE_CONFIG", value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Copy the site's data (meetings, tokens, the form's key) into a new folder while the site serves. To restore a
    /// copy: stop the site, put the copy in place of the data folder, start it (see the README).
    Backup {
        /// The new (or empty) folder to write the copy to.
        #[arg(long)]
        to: PathBuf,
    },
    /// Write the published meetings' public pages, feeds, documents and photos, in every language, into a folder any
    /// web server serves as it is, every link relative (docs/website.md). Nothing private is in it: only what the
    /// public pages link.
    Export {
        /// The new (or empty) folder to write the files into.
        #[arg(long = "static", value_name = "DIR")]
        to: PathBuf,
        /// The address the files will be served at, for the feeds' links [default: the live site's].
        #[arg(long, value_name = "URL")]
        public_url: Option<String>,
        /// The live site whose registration form the pages link to [default: the settings' public_url]; without
        /// either, the pages say registration is not taken there.
        #[arg(long, value_name = "URL")]
        live_site: Option<String>,
        #[arg(long, env = "DAIS_SITE_CONFIG", value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Organisers' tokens for the sync API.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Make a token for an organiser and print it (the only time it is shown). It may change every meeting of the
    /// site, or only those given with --meeting.
    Create {
        #[arg(long)]
        name: String,
        /// A meeting the token may change and read (repeat for several); its side events go with it.
        #[arg(long = "meeting", value_name = "ID")]
        meetings: Vec<uuid::Uuid>,
    },
    /// Revoke an organiser's token: its next sync gets 401.
    Revoke {
        #[arg(long)]
        name: String,
    },
    /// The organisers who have tokens.
    List,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dais-site: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(&cli.data)?;
    match cli.command {
        Command::Serve { bind, demo, form_burst, form_refill_seconds, public_url, trusted_proxies, config } => {
            let public_url = public_url.map(|u| dais_site::site_url::check_public_url(&u)).transpose()?;
            let settings = dais_site::settings::Settings::load(config.as_deref(), public_url)?;
            if settings.mail.is_none() {
                eprintln!(
                    "dais-site: no mail server is set (mail.smtp_host): registrants' addresses are not confirmed and \
                     nobody is told of a decision"
                );
            }
            let mut state = dais_site::open_with(&cli.data, demo, settings)?;
            state.trusted_proxies = trusted_proxies.into();
            state.form_rate = dais_site::form::FormRate {
                burst: form_burst,
                refill_every: std::time::Duration::from_secs_f64(form_refill_seconds.max(0.001)),
            };
            let grace = state.settings.stop_grace();
            let runtime = tokio::runtime::Runtime::new()?;
            let stopped = runtime.block_on(async {
                let listener = tokio::net::TcpListener::bind(bind).await?;
                // Listened to before the site says it serves: from then on, no signal kills it on the spot.
                let signal = stop_signal()?;
                let background = dais_site::start_background(&state);
                println!("dais-site: serving on http://{}", listener.local_addr()?);
                let stop = async {
                    let name = signal.await;
                    eprintln!(
                        "dais-site: {name}: stopping; the requests in flight have {} s to finish",
                        grace.as_secs()
                    );
                };
                let served = dais_site::serve::serve(listener, dais_site::router(state.clone()), stop, grace).await?;
                let background_in_time = background.stop(served.deadline).await;
                Ok::<_, std::io::Error>((served.cut, background_in_time))
            })?;
            // Waits for the database work that requests cut at the deadline had started: each ends its transaction.
            drop(runtime);
            state.checkpoint().map_err(|e| e.to_string())?;
            drop(state);
            let (cut, background_in_time) = stopped;
            let mut late = Vec::new();
            if cut > 0 {
                late.push(format!("{cut} connections were still busy and were closed"));
            }
            if !background_in_time {
                late.push("background work still running was cut; a mail being sent stays in the outbox".to_string());
            }
            let late = if late.is_empty() { String::new() } else { format!(" ({})", late.join("; ")) };
            eprintln!("dais-site: stopped{late}");
        }
        Command::Backup { to } => {
            dais_site::backup::backup(&cli.data, &to)?;
            println!("dais-site: copied {} to {}", cli.data.display(), to.display());
        }
        Command::Export { to, public_url, live_site, config } => {
            let check = |url: Option<String>| url.map(|u| dais_site::site_url::check_public_url(&u)).transpose();
            let (public_url, live_site) = (check(public_url)?, check(live_site)?);
            let settings = dais_site::settings::Settings::load(config.as_deref(), None)?;
            // The live site, where the public reaches this one, is where the files' form links and, unless the files
            // are served elsewhere, where their feeds point.
            let live_site = live_site.or(settings.public_url.clone());
            let public_url = public_url.or(live_site.clone());
            if public_url.is_none() {
                eprintln!(
                    "dais-site: no --public-url: the feeds' links name http://localhost until the files are exported \
                     again with it"
                );
            }
            let options = dais_site::export::Options { public_url, live_site };
            let state = dais_site::open_with(&cli.data, false, settings)?;
            let started = std::time::Instant::now();
            let written = tokio::runtime::Runtime::new()?.block_on(dais_site::export::export(state, &to, options))?;
            println!(
                "dais-site: wrote {} files ({:.1} MB) to {} in {:.1} s",
                written.files,
                written.bytes as f64 / 1e6,
                to.display(),
                started.elapsed().as_secs_f64()
            );
        }
        Command::Token { command } => {
            let tokens = dais_site::tokens::Tokens::open(&tokens_path(&cli.data))?;
            match command {
                TokenCommand::Create { name, meetings } => {
                    let meetings = covered(&cli.data, meetings)?;
                    println!("{}", tokens.create(&name, &meetings)?);
                    let limit = if meetings == Meetings::All { " (--meeting ID limits a token)" } else { "" };
                    eprintln!("dais-site: {name}'s token may change and read {meetings} of this site{limit}");
                }
                TokenCommand::Revoke { name } => tokens.revoke(&name)?,
                TokenCommand::List => {
                    for t in tokens.list()? {
                        let state = if t.revoked { "revoked" } else { "live" };
                        println!("{}\t{}\t{state}\t{}", t.name, t.created_at, t.meetings);
                    }
                }
            }
        }
    }
    Ok(())
}

/// The meetings a new token covers: every one, or the given ones, each of which must be a meeting of this site.
fn covered(data: &Path, ids: Vec<uuid::Uuid>) -> Result<Meetings, Box<dyn std::error::Error>> {
    if ids.is_empty() {
        return Ok(Meetings::All);
    }
    let store = dais_core::Store::open_reader(&data.join(dais_site::DATA_FILE))?;
    let known: Vec<uuid::Uuid> = store.meetings()?.into_iter().map(|m| m.id).collect();
    if let Some(unknown) = ids.iter().find(|id| !known.contains(id)) {
        return Err(format!("no meeting with id {unknown} on this site (its meetings: {known:?})").into());
    }
    Ok(Meetings::Only(ids))
}

fn tokens_path(data: &Path) -> PathBuf {
    data.join(dais_site::TOKENS_FILE)
}

/// What stops the site: Ctrl-C (SIGINT), and SIGTERM, which systemd, container runtimes and process managers send to
/// stop a service. The handlers are in place once this returns (`ctrl_c()` would take SIGINT only once polled); the
/// future resolves with the signal's name.
#[cfg(unix)]
fn stop_signal() -> std::io::Result<impl Future<Output = &'static str>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = terminate.recv() => "SIGTERM",
            _ = interrupt.recv() => "SIGINT",
        }
    })
}

/// What stops the site: Ctrl-C (there is no SIGTERM off Unix).
#[cfg(not(unix))]
fn stop_signal() -> std::io::Result<impl Future<Output = &'static str>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
        "Ctrl-C"
    })
}
