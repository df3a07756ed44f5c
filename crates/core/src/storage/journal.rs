//! What a write changed, row by row, for a feature that follows writes without the engine knowing it: undo keeps
//! each of the organiser's edits as a step. The engine fills a journal only while someone follows
//! (`Store::followed`), and hands it over inside the write's transaction, before the commit, so that what the follower
//! keeps commits with the write or not at all.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::record::{FIELDS_DIGEST, StoredRow};
use crate::model::Table;

/// One row's change: the fields it changed, with their values before and after (`deleted` among them: a new row was
/// "deleted" before, a deleted one is after). A new row's "after" is not a copy of its fields but their digest (under
/// `FIELDS_DIGEST`): it tells whether the row still holds them, and its fields stay in the row when it is deleted. An
/// import of 100,000 rows keeps 100,000 digests, not 100,000 copies.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RowChange {
    pub entity: String,
    pub row_id: String,
    pub before: Map<String, Value>,
    pub after: Map<String, Value>,
}

impl RowChange {
    pub(super) fn created(entity: &str, row_id: &str, digest: String) -> RowChange {
        let before = [("deleted".to_string(), Value::Bool(true))].into_iter().collect();
        let after = [("deleted".to_string(), Value::Bool(false)), (FIELDS_DIGEST.to_string(), Value::String(digest))]
            .into_iter()
            .collect();
        RowChange { entity: entity.into(), row_id: row_id.into(), before, after }
    }

    pub(super) fn updated(table: &Table, row_id: &str, old: &StoredRow, after: &Map<String, Value>) -> RowChange {
        let before = after.keys().map(|name| (name.clone(), old.value(table, name))).collect();
        RowChange { entity: table.name.into(), row_id: row_id.into(), before, after: after.clone() }
    }

    pub(super) fn deleted(entity: &str, row_id: &str) -> RowChange {
        let flag = |d| [("deleted".to_string(), Value::Bool(d))].into_iter().collect();
        RowChange { entity: entity.into(), row_id: row_id.into(), before: flag(false), after: flag(true) }
    }
}

/// The changes of the write so far, for its follower; `changes` is `None` once the write changed more rows than the
/// follower takes (an edit of a whole meeting's registrations would make a step of tens of megabytes).
pub(super) struct Journal {
    most: usize,
    changes: Option<Vec<RowChange>>,
}

impl Journal {
    pub fn new(most: usize) -> Journal {
        Journal { most, changes: Some(Vec::new()) }
    }

    pub fn keep(&mut self, change: impl FnOnce() -> RowChange) {
        match &mut self.changes {
            Some(changes) if changes.len() >= self.most => self.changes = None,
            Some(changes) => changes.push(change()),
            None => {}
        }
    }

    pub fn into_changes(self) -> Option<Vec<RowChange>> {
        self.changes
    }
}
