//! The workspace a command works on: opened (only `dais init` creates one), the meeting `--event` names, and the
//! commands on the workspace as a whole: `dais init`, `dais events`, `dais organiser`.

use std::path::Path;

use dais_core::{Event, Store, seed, t};
use serde_json::json;
use uuid::Uuid;

use crate::failure::Failure;
use crate::out::Out;
use crate::text;

pub fn init(path: &Path, demo: bool, out: &Out) -> Result<(), Failure> {
    let existed = path.exists();
    let mut store = Store::open(path)?;
    let events = store.events()?;
    if !events.is_empty() {
        let events = events.into_iter().map(|e| e.short_title).collect();
        return Err(Failure::Initialised { path: path.to_path_buf(), events });
    }
    let demo: Option<Event> = match demo {
        true => {
            let id = seed::create_demo(&mut store)?;
            Some(store.get(id)?)
        }
        false => None,
    };
    let demo_id = demo.as_ref().map(|e| e.id);
    let done = json!({ "workspace": path, "created": !existed, "demo_event_id": demo_id });
    out.show(&done, || {
        let path = path.display().to_string();
        let done = if existed { "initialised" } else { "created" };
        match &demo {
            Some(e) => {
                let id = e.id.to_string();
                t!(out.lang, "cli-init-demo", done = done, path = path, meeting = &e.short_title, id = id)
            }
            None => t!(out.lang, "cli-init", done = done, path = path),
        }
    })
}

pub fn events(path: &Path, out: &Out) -> Result<(), Failure> {
    let meetings = open(path)?.meetings()?;
    out.show(&meetings, || text::events(out.lang, &meetings))
}

pub fn organiser(path: &Path, name: Option<String>, out: &Out) -> Result<(), Failure> {
    let mut store = open(path)?;
    if let Some(name) = name {
        store.set_organiser(&name)?;
    }
    let name = store.organiser()?;
    out.show(&json!({ "organiser": name }), || t!(out.lang, "cli-organiser", name = &name))
}

/// The existing workspace at `path`. Unlike `Store::open`, never creates one: a mistyped path is an error, not a new,
/// empty workspace.
pub fn open(path: &Path) -> Result<Store, Failure> {
    if !path.exists() {
        return Err(Failure::NoWorkspace { path: path.to_path_buf() });
    }
    Ok(Store::open(path)?)
}

/// The meeting named by `--event`, else the workspace's first meeting.
pub fn meeting(store: &Store, path: &Path, id: Option<Uuid>) -> Result<Event, Failure> {
    match id {
        Some(id) => Ok(store.get(id)?),
        None => store.meetings()?.into_iter().next().ok_or_else(|| Failure::NoMeeting { path: path.to_path_buf() }),
    }
}
