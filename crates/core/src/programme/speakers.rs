//! Speakers (with their photos) and their roles on entries.

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::model::*;
use crate::msg;
use crate::rules::edit::Edit;
use crate::rules::validate::{self};
use crate::storage::Store;

impl Store {
    pub fn speakers(&self, event_id: Uuid) -> Result<Vec<Speaker>> {
        self.list("event_id = ?1 ORDER BY family_name, given_name", &[&event_id.to_string()])
    }

    pub fn save_speaker(&mut self, speaker: &Speaker) -> Result<()> {
        validate::speaker(speaker)?;
        self.write(|w| {
            w.get::<Event>(speaker.event_id)?;
            w.put(speaker).map(drop)
        })
    }

    /// Saves what the organiser changed in a speaker's form, over the speaker as they stand now.
    pub fn edit_speaker(&mut self, edit: &Edit) -> Result<Speaker> {
        self.write(|w| {
            let speaker: Speaker = edit.apply(&w.get::<Speaker>(edit.id)?)?;
            validate::speaker(&speaker)?;
            w.get::<Event>(speaker.event_id)?;
            w.put(&speaker)?;
            Ok(speaker)
        })
    }

    /// Gives a speaker the photo in `file` (a chosen file's bytes: cropped square, resized, kept as JPEG), or takes
    /// it away (`None`).
    pub fn set_speaker_photo(&mut self, id: Uuid, file: Option<&[u8]>) -> Result<Speaker> {
        let photo = file.map(crate::rules::photo::prepare).transpose()?;
        self.write(|w| {
            let speaker = Speaker { photo, ..w.get::<Speaker>(id)? };
            w.put(&speaker)?;
            Ok(speaker)
        })
    }

    pub fn delete_speaker(&mut self, id: Uuid) -> Result<()> {
        self.write(|w| {
            for p in w.list::<Participation>("speaker_id = ?1", &[&id.to_string()])? {
                w.delete::<Participation>(p.id)?;
            }
            w.delete::<Speaker>(id).map(drop)
        })
    }

    pub fn participations(&self, event_id: Uuid) -> Result<Vec<Participation>> {
        self.list("event_id = ?1", &[&event_id.to_string()])
    }

    pub fn save_participation(&mut self, p: &Participation) -> Result<()> {
        self.write(|w| {
            let entry: Entry = w.get(p.entry_id)?;
            let speaker: Speaker = w.get(p.speaker_id)?;
            if entry.event_id != p.event_id || speaker.event_id != p.event_id {
                return Err(Error::invalid("speaker_id", msg!("error-speaker-of-another-meeting")));
            }
            let same: Vec<Participation> = w.list(
                "entry_id = ?1 AND speaker_id = ?2 AND role = ?3 AND id <> ?4",
                &[
                    &p.entry_id.to_string(),
                    &p.speaker_id.to_string(),
                    &serde_json::to_value(p.role)?.as_str().unwrap_or_default(),
                    &p.id.to_string(),
                ],
            )?;
            if !same.is_empty() {
                return Err(Error::invalid(
                    "role",
                    msg!("error-role-given", speaker = speaker.display_name(), entry = &entry.title),
                ));
            }
            w.put(p).map(drop)
        })
    }

    pub fn delete_participation(&mut self, id: Uuid) -> Result<()> {
        self.write(|w| w.delete::<Participation>(id).map(drop))
    }
}
