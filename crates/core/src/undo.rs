//! Undo and redo of the organiser's own edits (docs/architecture.md, "Undo").
//!
//! Each edit made through `Store::undoable` is kept, on this laptop only, as one step: for every row it changed, what
//! each changed field held before and after. Undo lays the "before" values back as a new edit, stamped now and synced
//! like any other; it is never a rewind of the workspace, so a colleague's later edits stay. A step whose rows
//! someone else changed since is not undone (that would revert their edit unseen): the organiser is told, and the step
//! leaves the list.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::i18n::{Lang, Msg};
use crate::model::Table;
use crate::model::{Entry, EntryKind, Speaker, display_name};
use crate::msg;
use crate::storage::record::{stored, to_record};
use crate::storage::{FIELDS_DIGEST, RowChange, Store, Writer, fields_digest};

/// How many steps each meeting keeps.
const KEPT: i64 = 200;
/// The most changes a step keeps: an edit of more is not kept (an edit of a whole meeting's registrations would
/// make a step of tens of megabytes, and undoing it is deciding again).
const MOST_ROWS: usize = 5_000;

/// The most rows an import keeps as one step: a whole file of registrations is undone as one (a step of 100,000 new
/// registrations takes about 40 MB).
const MOST_IMPORTED: usize = 100_000;

/// Whether only an entry's times and place changed.
fn moved(change: &RowChange) -> bool {
    change.entity == "entries" && change.after.keys().all(|k| k == "slot")
}

/// What the Undo and Redo menu items say for a meeting: the label of the step each would lay back, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UndoState {
    pub undo: Option<StepLabel>,
    pub redo: Option<StepLabel>,
}

/// What a step did, as the organiser names it: "Move item “Closing” and 2 more", said in the reader's language by the
/// catalogue's `undo-step` (`StepLabel::say` here, `stepText` in the UI). A step kept before the languages was named
/// in English, and is said as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(untagged)]
#[ts(export)]
pub enum StepLabel {
    Step {
        action: StepAction,
        /// What the row is: `meeting`, an entry's kind (`block`, `item`, `break`, `side_event`), `speaker`, `role`,
        /// `registration` or `focal_point`.
        thing: String,
        name: String,
        /// How many more rows of the same kind it changed.
        more: u32,
    },
    Said(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum StepAction {
    Add,
    Delete,
    Move,
    Edit,
}

impl StepLabel {
    /// As kept in `undo_steps.label`: the step's JSON, or (kept before the languages) its English words.
    fn read(kept: String) -> StepLabel {
        serde_json::from_str(&kept).unwrap_or(StepLabel::Said(kept))
    }

    /// The step in `lang`: "Move item “Closing” and 2 more".
    pub fn say(&self, lang: Lang) -> String {
        self.msg().say(lang)
    }

    /// The step as a message, said later in its reader's language (an error that names it).
    pub fn msg(&self) -> Msg {
        match self {
            StepLabel::Step { action, thing, name, more } => {
                let action = match action {
                    StepAction::Add => "add",
                    StepAction::Delete => "delete",
                    StepAction::Move => "move",
                    StepAction::Edit => "edit",
                };
                msg!("undo-step", action = action, thing = thing.as_str(), name = name.as_str(), more = *more)
            }
            StepLabel::Said(words) => msg!("undo-step-kept", words = words.as_str()),
        }
    }
}

/// Keeps a write's changes as one step of the meeting they belong to (called inside the write, before its commit).
/// A new step drops the steps undone before it: what was undone can no longer be redone.
fn keep_step(w: &mut Writer<'_>, changes: Vec<RowChange>) -> Result<()> {
    // A row changed twice in one write is one change: its first "before" and its last "after".
    let mut rows: Vec<RowChange> = Vec::new();
    let mut at: std::collections::HashMap<(String, String), usize> = std::collections::HashMap::new();
    for c in changes {
        match at.get(&(c.entity.clone(), c.row_id.clone())) {
            Some(&i) => {
                let r = &mut rows[i];
                for (k, v) in c.before {
                    r.before.entry(k).or_insert(v);
                }
                // A row made and changed again in one write: its fields are no longer the ones made.
                r.after.remove(FIELDS_DIGEST);
                r.after.extend(c.after);
            }
            None => {
                at.insert((c.entity.clone(), c.row_id.clone()), rows.len());
                rows.push(c);
            }
        }
    }
    rows.retain(|r| r.before != r.after);
    let Some(main) = rows.iter().find(|r| r.entity != "participations").or(rows.first()) else { return Ok(()) };
    let (event_id, name) = row_facts(w, main)?;
    let action = match (main.before.get("deleted"), main.after.get("deleted")) {
        (Some(Value::Bool(true)), _) => StepAction::Add,
        (_, Some(Value::Bool(true))) => StepAction::Delete,
        _ if moved(main) => StepAction::Move,
        _ => StepAction::Edit,
    };
    let thing = thing_of(w, main)?.to_string();
    let more = rows.iter().filter(|r| r.entity == main.entity).count().saturating_sub(1) as u32;
    let label = serde_json::to_string(&StepLabel::Step { action, thing, name, more })?;
    let conn = w.connection();
    conn.prepare_cached("DELETE FROM undo_steps WHERE event_id = ?1 AND undone = 1")?.execute([&event_id])?;
    conn.prepare_cached("INSERT INTO undo_steps (event_id, label, changes) VALUES (?1, ?2, ?3)")?.execute((
        &event_id,
        &label,
        serde_json::to_string(&rows)?,
    ))?;
    conn.prepare_cached(
        "DELETE FROM undo_steps WHERE event_id = ?1 AND id <= (SELECT id FROM undo_steps WHERE event_id = ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2)",
    )?
    .execute((&event_id, KEPT))?;
    w.touched("undo_steps");
    Ok(())
}

/// The meeting a row belongs to (a meeting's own row: itself) and its name as the organiser reads it.
fn row_facts(w: &Writer<'_>, c: &RowChange) -> Result<(String, String)> {
    let table = Table::named(&c.entity).ok_or_else(|| Error::Corrupt(format!("unknown table {}", c.entity)))?;
    let row = stored(w.connection(), table, &c.row_id)?
        .ok_or_else(|| Error::NotFound { kind: table.noun, id: c.row_id.clone() })?;
    let text = |field: &str| match row.value(table, field) {
        Value::String(s) => s,
        _ => String::new(),
    };
    let event_id = if c.entity == "events" { c.row_id.clone() } else { text("event_id") };
    let name = match c.entity.as_str() {
        "events" | "entries" => text("title"),
        "speakers" | "registrations" => {
            let order = serde_json::from_value(row.value(table, "name_order")).unwrap_or(None);
            display_name(Some(&text("honorific")), order, &text("given_name"), &text("family_name"))
        }
        "focal_points" => text("name"),
        "translations" => text("text"),
        "participations" => {
            let speaker: Speaker = get_any(w, &text("speaker_id"))?;
            speaker.display_name()
        }
        _ => String::new(),
    };
    Ok((event_id, name))
}

/// What the row is, as `StepLabel` names it: an entry by its kind (block, item, break).
fn thing_of(w: &Writer<'_>, c: &RowChange) -> Result<&'static str> {
    Ok(match c.entity.as_str() {
        "entries" => match get_any::<Entry>(w, &c.row_id)?.kind {
            EntryKind::Block => "block",
            EntryKind::Item => "item",
            EntryKind::Break => "break",
            EntryKind::SideEvent => "side_event",
        },
        other => Table::named(other).map_or("row", Table::thing),
    })
}

/// A row as a record, deleted or not.
fn get_any<R: crate::model::Record>(w: &Writer<'_>, id: &str) -> Result<R> {
    let row = stored(w.connection(), &Table::of::<R>(), id)?
        .ok_or_else(|| Error::NotFound { kind: R::NOUN, id: id.to_string() })?;
    to_record(id, row.fields)
}

/// Lays a step's "before" values back (`undo`) or its "after" values again: refused, with nothing written, when a
/// field no longer holds what the step left there.
fn lay(w: &mut Writer<'_>, rows: &[RowChange], undo: bool) -> Result<()> {
    let mut changed = Vec::new();
    let mut current = Vec::new();
    for c in rows {
        let table = Table::named(&c.entity).ok_or_else(|| Error::Corrupt(format!("unknown table {}", c.entity)))?;
        let row = stored(w.connection(), table, &c.row_id)?.ok_or_else(|| {
            Error::invalid(table.noun, msg!("error-erased-since", kind = table.noun.replace(' ', "_")))
        })?;
        let expected = if undo { &c.after } else { &c.before };
        for (field, value) in expected {
            // A row the step made: unchanged while its fields are the ones it made.
            let held = match field.as_str() {
                FIELDS_DIGEST => Value::String(fields_digest(row.fields.iter())),
                _ => row.value(table, field),
            };
            if held != *value {
                let (_, name) = row_facts(w, c)?;
                changed.push(FieldError::new(field, msg!("error-changed-since", name = name)));
                break;
            }
        }
        current.push((table, row));
    }
    if !changed.is_empty() {
        return Err(Error::ChangedMeanwhile(changed));
    }
    let mut entries = Vec::new();
    for (c, (table, row)) in rows.iter().zip(current) {
        let target = if undo { &c.before } else { &c.after };
        let id: Uuid = c.row_id.parse().map_err(|_| Error::Corrupt(format!("a row id {}", c.row_id)))?;
        if target.get("deleted") == Some(&Value::Bool(true)) {
            w.delete_row(table, &c.row_id)?;
        } else {
            let mut fields: Map<String, Value> =
                table.columns.iter().map(|(c, _)| c.to_string()).zip(row.fields).collect();
            for (field, value) in target {
                if table.column(field).is_some() {
                    fields.insert(field.clone(), value.clone());
                }
            }
            w.put_fields(table, &c.row_id, fields)?;
            if table.name == "entries" {
                entries.push(id);
            }
        }
    }
    // The programme's rules hold after the whole step, as after any edit (an item stays inside its block).
    for id in entries {
        let entry: Entry = w.get(id)?;
        crate::programme::check_entry(w, &entry)?;
    }
    Ok(())
}

impl Store {
    /// Runs `f`, the organiser's edit: each write it makes is kept as a step to undo.
    pub fn undoable<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.followed(keep_step, MOST_ROWS, f)
    }

    /// Runs `f`, an import of many rows: kept as one step to undo, up to `MOST_IMPORTED` rows.
    pub fn undoable_import<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.followed(keep_step, MOST_IMPORTED, f)
    }

    pub fn undo_state(&self, event_id: Uuid) -> Result<UndoState> {
        let label = |sql: &str| -> Result<Option<StepLabel>> {
            let kept: Option<String> =
                self.conn.prepare_cached(sql)?.query_row([event_id.to_string()], |r| r.get(0)).optional()?;
            Ok(kept.map(StepLabel::read))
        };
        Ok(UndoState {
            undo: label("SELECT label FROM undo_steps WHERE event_id = ?1 AND undone = 0 ORDER BY id DESC LIMIT 1")?,
            redo: label("SELECT label FROM undo_steps WHERE event_id = ?1 AND undone = 1 ORDER BY id LIMIT 1")?,
        })
    }

    /// Undoes the meeting's last edit not undone yet, as a new edit; returns its label (`None`: nothing to undo).
    pub fn undo(&mut self, event_id: Uuid) -> Result<Option<StepLabel>> {
        self.lay_step(event_id, true)
    }

    /// Makes again the meeting's edit undone last; returns its label (`None`: nothing to redo).
    pub fn redo(&mut self, event_id: Uuid) -> Result<Option<StepLabel>> {
        self.lay_step(event_id, false)
    }

    fn lay_step(&mut self, event_id: Uuid, undo: bool) -> Result<Option<StepLabel>> {
        let sql = if undo {
            "SELECT id, label, changes FROM undo_steps WHERE event_id = ?1 AND undone = 0 ORDER BY id DESC LIMIT 1"
        } else {
            "SELECT id, label, changes FROM undo_steps WHERE event_id = ?1 AND undone = 1 ORDER BY id LIMIT 1"
        };
        let step: Option<(i64, String, String)> = self
            .conn
            .prepare_cached(sql)?
            .query_row([event_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((id, label, changes)) = step else { return Ok(None) };
        let label = StepLabel::read(label);
        let rows: Vec<RowChange> = serde_json::from_str(&changes)?;
        let laid = self.write(|w| {
            lay(w, &rows, undo)?;
            w.connection().prepare_cached("UPDATE undo_steps SET undone = ?2 WHERE id = ?1")?.execute((id, undo))?;
            w.touched("undo_steps");
            Ok(())
        });
        match laid {
            Ok(()) => Ok(Some(label)),
            Err(e @ (Error::ChangedMeanwhile(_) | Error::Invalid(_))) => {
                self.conn.prepare_cached("DELETE FROM undo_steps WHERE id = ?1")?.execute([id])?;
                self.touched("undo_steps");
                let reasons = match e {
                    Error::ChangedMeanwhile(f) | Error::Invalid(f) => f,
                    _ => unreachable!("matched above"),
                };
                Err(Error::NotUndone { step: label.msg(), redo: !undo, reasons })
            }
            Err(e) => Err(e),
        }
    }
}
