//! `dais`: the headless command line of Dais, for scripts and tests. A thin adapter over `dais-core`: every
//! command opens the workspace, calls one or two core operations and prints what they return. Validation, time
//! zones and the change log are the core's; this crate only reads flags and writes text or JSON.
//!
//! The workspace is `--workspace PATH`, else `$DAIS_WORKSPACE`, else the app's data folder (as the desktop app).
//! Only `dais init` creates a workspace; the other commands refuse a path where there is none.
//!
//! The crate: `args` is the command line's grammar, `failure` the exit codes, `out` and `text` what is printed,
//! `workspace` opens the workspace; one module per command group runs the commands. Every operation of the app has
//! its command (the test `app_commands.rs` holds the two lists together), and the edits the app keeps as steps to
//! undo are kept here too, so that `dais undo` lays back the last edit whichever made it.

mod args;
mod entries;
mod failure;
mod focal_points;
mod meetings;
mod out;
mod programme;
mod publication;
mod registrations;
mod speakers;
mod sync;
mod text;
mod undo;
mod workspace;

/// mimalloc: glibc's allocator made a pull's parsing and writing threads wait on each other (see the workspace's
/// Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

use clap::Parser;
use dais_core::{Lang, storage};

use crate::args::{Cli, Command};
use crate::failure::Failure;
use crate::out::Out;
use crate::workspace::open;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Out { json: cli.json, lang: cli.lang.unwrap_or_else(Lang::from_environment) };
    match run(cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure::report(failure, &out),
    }
}

fn run(cli: Cli, out: &Out) -> Result<(), Failure> {
    let path = match cli.workspace {
        Some(p) => p,
        None => storage::workspace_path_from_env()?,
    };
    let path = path.as_path();
    match cli.command {
        Command::Init { demo } => workspace::init(path, demo, out),
        Command::Events => workspace::events(path, out),
        Command::Organiser { name } => workspace::organiser(path, name, out),
        Command::Meeting(command) => meetings::run(&mut open(path)?, path, command, out),
        Command::Export { event, out: file } => meetings::export(path, event, file, out),
        Command::Programme { event, zone, ids, docx, pdf } => programme::show(path, event, zone, ids, docx, pdf, out),
        Command::ImportProgramme { file, indico_token, event, new_meeting, title, short_title, zone, dry_run } => {
            let into = match new_meeting {
                true => programme::Target::NewMeeting { title, short_title, zone },
                false => programme::Target::Meeting { event, dry_run },
            };
            programme::import(&mut open(path)?, path, &file, indico_token.as_deref(), into, out)
        }
        Command::Zones { search } => programme::zones(search.as_deref(), out),
        Command::Countries => programme::countries(out),
        Command::Entry(command) => entries::run(&mut open(path)?, path, command, out),
        Command::Speaker(command) => speakers::run(&mut open(path)?, path, command, out),
        Command::Translate { record, field, language, text } => {
            meetings::translate(&mut open(path)?, record, field, language, text, out)
        }
        Command::Translations { event } => meetings::translations(path, event, out),
        Command::Undo { event, show } => undo::undo(path, event, show, out),
        Command::Redo { event } => undo::redo(path, event, out),
        Command::Registrations { event, find, ids, limit, offset } => {
            registrations::list(path, event, find, ids, limit, offset, out)
        }
        Command::Registration(command) => registrations::run(&mut open(path)?, path, command, out),
        Command::ParticipantsList { event, find, format, columns, out: file } => {
            registrations::participants_list(path, event, find, format, columns, file, out)
        }
        Command::FocalPoint(command) => focal_points::run(&mut open(path)?, path, command, out),
        Command::Site { url, token } => sync::site(path, url, token, out),
        Command::Sync => sync::sync_now(path, out),
        Command::Share { event } => sync::share(path, event, out),
        Command::Status => sync::status(path, out),
        Command::Conflicts { all } => sync::conflicts(path, all, out),
        Command::Restore { id } => sync::restore(path, id, out),
        Command::Preview { event } => publication::preview(path, event, out),
        Command::Publish { event, digest, yes } => publication::publish(path, event, digest, yes, out),
        Command::Unpublish { event } => publication::unpublish(path, event, out),
        Command::Versions { event } => publication::versions(path, event, out),
        Command::Published { event } => publication::published(path, event, out),
        Command::Embed { event, part } => publication::embed(path, event, part.map(Into::into), out),
        Command::SiteFiles { to, public_url } => publication::site_files(path, &to, public_url, out),
    }
}
