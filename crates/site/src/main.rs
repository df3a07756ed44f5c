//! `dais-site`: serve a meeting's public site and the organisers' sync API.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use dais_site::{AppState, SqliteStorage, router};

#[derive(Parser)]
#[command(name = "dais-site", version, about = "The event site: public pages, registration form, feeds and sync API")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site.
    Serve {
        /// The folder holding the site's data (created if missing).
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: SocketAddr,
    },
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
    match cli.command {
        Command::Serve { data, bind } => {
            let storage = SqliteStorage::open(&data.join("site.dais"))?;
            let state = AppState { storage: Arc::new(storage) };
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind(bind).await?;
                println!("dais-site: serving on http://{}", listener.local_addr()?);
                axum::serve(listener, router(state).into_make_service_with_connect_info::<SocketAddr>()).await
            })?;
            Ok(())
        }
    }
}
