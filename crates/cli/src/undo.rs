//! `dais undo` and `dais redo`: the meeting's edits made on this laptop, by the app or by `dais`, laid back (or made
//! again) as new edits that sync like any other; a step someone else changed since is not undone.

use std::path::Path;

use dais_core::t;
use dais_core::undo::StepLabel;
use serde_json::json;

use crate::args::EventArg;
use crate::failure::Failure;
use crate::out::Out;
use crate::workspace::{meeting, open};

/// A step as the reader reads it, in the JSON too: scripts read the words `dais` prints.
fn said(label: &Option<StepLabel>, out: &Out) -> Option<String> {
    label.as_ref().map(|l| l.say(out.lang))
}

pub fn undo(path: &Path, event: EventArg, show: bool, out: &Out) -> Result<(), Failure> {
    let mut store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    if show {
        let state = store.undo_state(event.id)?;
        let (undo, redo) = (said(&state.undo, out), said(&state.redo, out));
        return out.show(&json!({ "undo": undo, "redo": redo }), || {
            let or_none = |label: Option<String>| label.unwrap_or_else(|| t!(out.lang, "cli-undo-nothing"));
            t!(out.lang, "cli-undo-state", undo = or_none(undo.clone()), redo = or_none(redo.clone()))
        });
    }
    let undone = said(&store.undo(event.id)?, out);
    out.show(&json!({ "event_id": event.id, "undone": undone }), || match &undone {
        Some(label) => t!(out.lang, "cli-undone", step = label),
        None => t!(out.lang, "cli-nothing-to-undo", meeting = &event.short_title),
    })
}

pub fn redo(path: &Path, event: EventArg, out: &Out) -> Result<(), Failure> {
    let mut store = open(path)?;
    let event = meeting(&store, path, event.id)?;
    let redone = said(&store.redo(event.id)?, out);
    out.show(&json!({ "event_id": event.id, "redone": redone }), || match &redone {
        Some(label) => t!(out.lang, "cli-redone", step = label),
        None => t!(out.lang, "cli-nothing-to-redo", meeting = &event.short_title),
    })
}
