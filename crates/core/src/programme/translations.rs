//! The meeting's own words in other languages ([`Translation`]): given field by field, read back per meeting, and laid
//! over the originals for a reader of one language ([`Words`]).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::i18n::Lang;
use crate::model::*;
use crate::msg;
use crate::rules::validate;
use crate::storage::Store;

/// One field of the meeting or of an entry, in one language: what the organiser typed there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TranslationInput {
    pub record_id: Uuid,
    pub field: String,
    pub lang: Lang,
    /// Empty: no translation (the original is shown).
    pub text: String,
}

impl Store {
    /// The translations of a meeting's words, of its entries' and of its side events'.
    pub fn translations(&self, event_id: Uuid) -> Result<Vec<Translation>> {
        self.list(
            "text <> '' AND (event_id = ?1 OR event_id IN (SELECT id FROM events WHERE parent_event_id = ?1))
             ORDER BY record_id, field, lang",
            &[&event_id.to_string()],
        )
    }

    /// Gives `field` of the meeting or entry `record_id` in `lang`; an empty text takes the translation away.
    pub fn translate(&mut self, input: &TranslationInput) -> Result<Translation> {
        self.write(|w| {
            let id = input.record_id.to_string();
            let (table, event_id) = match w.list::<Event>("id = ?1", &[&id])?.pop() {
                Some(event) => ("events", event.id),
                None => match w.list::<Entry>("id = ?1", &[&id])?.pop() {
                    Some(entry) => ("entries", entry.event_id),
                    None => return Err(Error::NotFound { kind: "entry", id }),
                },
            };
            if !translatable(table, &input.field) {
                return Err(Error::Invalid(vec![FieldError::new(
                    "field",
                    msg!("error-not-translated", field = input.field.as_str()),
                )]));
            }
            let translation = Translation {
                id: Translation::id_of(event_id, input.record_id, &input.field, input.lang),
                event_id,
                record_id: input.record_id,
                field: input.field.clone(),
                lang: input.lang,
                text: input.text.trim().to_string(),
            };
            validate::translation(&translation)?;
            // Taken away, it keeps its row with no text: an edit of one field, which meets a colleague's concurrent
            // translation of it as any two edits of a field meet (one kept, the other a conflict to restore).
            let exists = !w.list::<Translation>("id = ?1", &[&translation.id.to_string()])?.is_empty();
            if exists || !translation.text.is_empty() {
                w.put(&translation)?;
            }
            Ok(translation)
        })
    }
}

/// Whether the organiser may give `field` of a row of `table` in other languages.
fn translatable(table: &str, field: &str) -> bool {
    TRANSLATED_FIELDS.iter().any(|(t, fields)| *t == table && fields.contains(&field))
}

/// The words of one language, to lay over the originals where given.
pub struct Words<'a>(HashMap<(Uuid, &'a str), &'a str>);

impl<'a> Words<'a> {
    pub fn of(translations: &'a [Translation], lang: Lang) -> Words<'a> {
        Words(
            translations
                .iter()
                .filter(|t| t.lang == lang && !t.text.is_empty())
                .map(|t| ((t.record_id, t.field.as_str()), t.text.as_str()))
                .collect(),
        )
    }

    /// The words given for `field` of `id`, where its `original` has words to translate: a field emptied since it
    /// was translated is empty in every language.
    pub fn given(&self, id: Uuid, field: &str, original: &str) -> Option<&'a str> {
        self.0.get(&(id, field)).copied().filter(|_| !original.trim().is_empty())
    }

    fn lay(&self, id: Uuid, field: &str, text: &mut String) {
        if let Some(words) = self.given(id, field, text) {
            words.clone_into(text);
        }
    }

    pub fn event(&self, e: &mut Event) {
        self.lay(e.id, "title", &mut e.title);
        self.lay(e.id, "short_title", &mut e.short_title);
        self.lay(e.id, "description", &mut e.description);
        self.lay(e.id, "audience", &mut e.audience);
        if let Some(venue) = e.venue.as_mut() {
            self.lay(e.id, "venue", venue);
        }
    }

    pub fn entry(&self, e: &mut Entry) {
        self.lay(e.id, "title", &mut e.title);
        self.lay(e.id, "description", &mut e.description);
    }
}
