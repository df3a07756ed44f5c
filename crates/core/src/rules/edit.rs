//! Field-level edits: what an organiser changed in a form, laid over the record as it stands when the edit is saved.
//!
//! A form opened before a sync shows older values than the workspace holds by the time it is saved. Saving the whole
//! record would write those older values back, with a newer stamp, over a colleague's edit. An `Edit` carries only
//! the fields the organiser changed, each with the value it had when the form was opened: the other fields keep what
//! the workspace holds now, and a changed field that someone else changed meanwhile is refused until the organiser
//! chooses between the two values (docs/architecture.md, "Edits").

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::msg;

/// What the organiser changed in one record's form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Edit {
    /// The record edited.
    pub id: Uuid,
    /// The new value of each field the organiser changed, as the record's serde form has it.
    #[ts(type = "Record<string, unknown>")]
    pub changes: Map<String, Value>,
    /// The value each of those fields had when the form was opened.
    #[ts(type = "Record<string, unknown>")]
    pub opened: Map<String, Value>,
}

impl Edit {
    /// The edit that turns `opened` into `edited`: the fields that differ, with both values.
    pub fn between<T: Serialize>(id: Uuid, opened: &T, edited: &T) -> Result<Edit> {
        let (Value::Object(opened), Value::Object(edited)) =
            (serde_json::to_value(opened)?, serde_json::to_value(edited)?)
        else {
            return Err(Error::Corrupt("a record is not an object".into()));
        };
        let changes: Map<String, Value> = edited.into_iter().filter(|(k, v)| opened.get(k) != Some(v)).collect();
        let opened = changes.keys().map(|k| (k.clone(), opened.get(k).cloned().unwrap_or(Value::Null))).collect();
        Ok(Edit { id, changes, opened })
    }

    /// Lays the edit over `current`, the record as it stands now. Refused with `ChangedMeanwhile` when a changed field
    /// holds another value than the form was opened with (unless it already holds the new one), naming each.
    pub fn apply<T: Serialize + DeserializeOwned>(&self, current: &T) -> Result<T> {
        let Value::Object(mut fields) = serde_json::to_value(current)? else {
            return Err(Error::Corrupt("a record is not an object".into()));
        };
        let mut unknown = Vec::new();
        let mut meanwhile = Vec::new();
        for (name, new) in &self.changes {
            let Some(now) = fields.get(name).filter(|_| name != "id") else {
                unknown.push(FieldError::new(name, msg!("error-field-not-changed-here")));
                continue;
            };
            let opened = self.opened.get(name).unwrap_or(&Value::Null);
            if now != opened && now != new {
                meanwhile.push(FieldError::new(
                    name,
                    match shown(now) {
                        Some(value) => msg!("error-changed-since-opened", value = value),
                        None => msg!("error-emptied-since-opened"),
                    },
                ));
            }
        }
        if !unknown.is_empty() {
            return Err(Error::Invalid(unknown));
        }
        if !meanwhile.is_empty() {
            return Err(Error::ChangedMeanwhile(meanwhile));
        }
        for (name, new) in &self.changes {
            fields.insert(name.clone(), new.clone());
        }
        serde_json::from_value(Value::Object(fields))
            .map_err(|e| Error::invalid(self.field_of(&e), msg!("error-unreadable-value", detail = e.to_string())))
    }

    /// The field a value could not be read for: the only one changed, or the first the message names.
    fn field_of(&self, e: &serde_json::Error) -> &str {
        let message = e.to_string();
        self.changes
            .keys()
            .find(|k| self.changes.len() == 1 || message.contains(&format!("`{k}`")))
            .map(String::as_str)
            .unwrap_or("changes")
    }
}

/// A value as the organiser reads it in a message: text without quotes' escapes; none for nothing.
fn shown(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(format!("“{s}”")),
        Value::Array(a) if a.is_empty() => None,
        v => Some(v.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Talk {
        id: Uuid,
        title: String,
        room: Option<String>,
        minutes: u32,
    }

    fn talk() -> Talk {
        Talk { id: Uuid::nil(), title: "Opening".into(), room: Some("Popov".into()), minutes: 30 }
    }

    fn edit(changes: Value, opened: Value) -> Edit {
        let (Value::Object(changes), Value::Object(opened)) = (changes, opened) else { panic!("objects") };
        Edit { id: Uuid::nil(), changes, opened }
    }

    #[test]
    fn an_edit_changes_only_its_fields_and_keeps_what_others_changed_in_the_rest() {
        // The form was opened when the room was "Popov"; a colleague has since moved it to "Room K".
        let now = Talk { room: Some("Room K".into()), ..talk() };
        let saved = edit(json!({"title": "Welcome"}), json!({"title": "Opening"})).apply(&now).unwrap();
        assert_eq!(saved, Talk { title: "Welcome".into(), room: Some("Room K".into()), ..talk() });
    }

    #[test]
    fn a_field_changed_meanwhile_is_refused_at_that_field_with_the_value_it_now_holds() {
        let now = Talk { title: "Opening session".into(), ..talk() };
        let err = edit(json!({"title": "Welcome", "minutes": 45}), json!({"title": "Opening", "minutes": 30}))
            .apply(&now)
            .unwrap_err();
        assert_eq!(err.code(), "changed_meanwhile");
        let body = err.body(crate::Lang::En);
        assert_eq!(body.fields.len(), 1);
        assert_eq!(body.fields[0].field, "title");
        assert!(body.fields[0].message.contains("“Opening session”"), "{}", body.fields[0].message);
    }

    #[test]
    fn between_two_states_of_a_record_is_the_fields_that_differ() {
        let edited = Talk { minutes: 45, ..talk() };
        let e = Edit::between(Uuid::nil(), &talk(), &edited).unwrap();
        assert_eq!(e, edit(json!({"minutes": 45}), json!({"minutes": 30})));
        assert_eq!(e.apply(&talk()).unwrap(), edited);
    }

    #[test]
    fn the_same_change_made_meanwhile_is_no_conflict() {
        let now = Talk { title: "Welcome".into(), ..talk() };
        let saved = edit(json!({"title": "Welcome"}), json!({"title": "Opening"})).apply(&now).unwrap();
        assert_eq!(saved.title, "Welcome");
    }

    #[test]
    fn unknown_fields_the_id_and_unreadable_values_are_refused_at_their_field() {
        for (changes, field) in [
            (json!({"colour": "red"}), "colour"),
            (json!({"id": Uuid::max()}), "id"),
            (json!({"minutes": "forty"}), "minutes"),
        ] {
            let opened = json!({"colour": null, "id": Uuid::nil(), "minutes": 30});
            let err = edit(changes, opened).apply(&talk()).unwrap_err();
            assert_eq!(err.code(), "invalid");
            assert_eq!(err.body(crate::Lang::En).fields[0].field, field);
        }
    }
}
