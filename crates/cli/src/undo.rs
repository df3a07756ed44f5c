//! `dais undo` and `dais redo`: the meeting's edits made on this laptop, by the app or by `dais`, laid back (or made
//! again) as new edits that sync like any other; a step someone else changed since is not undone.

use std::path::Path;

use dais_core::t;
use serde_json::json;

use crate::args::EventArg;
use crate::failure::Failure;
use crate::out::Out;
use crate::workspace::{meeting, open};

pub fn undo(path: &Path, event: EventArg, show: bool, out: &Out) -> Result<(), Failure> {
    let mut store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    if show {
        let state = store.undo_state(event.id)?;
        return out.show(&state, || {
            let or_none = |label: &Option<String>| label.clone().unwrap_or_else(|| t!(out.lang, "cli-undo-nothing"));
            t!(out.lang, "cli-undo-state", undo = or_none(&state.undo), redo = or_none(&state.redo))
        });
    }
    let undone = store.undo(event.id)?;
    out.show(&json!({ "event_id": event.id, "undone": undone }), || match &undone {
        Some(label) => t!(out.lang, "cli-undone", step = label),
        None => t!(out.lang, "cli-nothing-to-undo", meeting = &event.short_title),
    })
}

pub fn redo(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let mut store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let redone = store.redo(event.id)?;
    out.show(&json!({ "event_id": event.id, "redone": redone }), || match &redone {
        Some(label) => t!(out.lang, "cli-redone", step = label),
        None => t!(out.lang, "cli-nothing-to-redo", meeting = &event.short_title),
    })
}
