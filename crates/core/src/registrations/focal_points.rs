//! A meeting's focal points: ITU's own way of validating a registration. A request from an administration waits for
//! the focal point that the administration designated (for its country, in one participant category or in any); the
//! event site sends them a private link to decide (`dais-site`'s `focal.rs`). The organisers keep the list.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::model::{Event, FocalPoint, ParticipantCategory, Registration, new_id};
use crate::msg;
use crate::rules::validate;
use crate::storage::{Store, Writer};

/// A focal point as the organiser types it; without an id, a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FocalPointInput {
    pub id: Option<Uuid>,
    pub event_id: Uuid,
    pub country: String,
    pub category: Option<ParticipantCategory>,
    pub name: String,
    pub email: String,
}

impl Store {
    /// A meeting's focal points, by country, then category (any category last).
    pub fn focal_points(&self, event_id: Uuid) -> Result<Vec<FocalPoint>> {
        self.list("event_id = ?1 ORDER BY country, category IS NULL, category, name", &[&event_id.to_string()])
    }

    /// Adds or changes a focal point. One per country and category in a meeting: a second is refused at the field.
    pub fn save_focal_point(&mut self, input: &FocalPointInput) -> Result<FocalPoint> {
        let focal_point = FocalPoint {
            id: input.id.unwrap_or_else(new_id),
            event_id: input.event_id,
            country: input.country.trim().to_uppercase(),
            category: input.category,
            name: input.name.trim().into(),
            email: input.email.trim().into(),
        };
        validate::focal_point(&focal_point)?;
        self.write(|w| {
            w.get::<Event>(focal_point.event_id)?;
            if let Some(id) = input.id {
                let before: FocalPoint = w.get(id)?;
                if before.event_id != focal_point.event_id {
                    return Err(Error::invalid("event_id", msg!("error-focal-point-stays")));
                }
            }
            refuse_second(w, &focal_point)?;
            w.put(&focal_point)?;
            Ok(focal_point)
        })
    }

    pub fn delete_focal_point(&mut self, id: Uuid) -> Result<()> {
        self.write(|w| w.delete::<FocalPoint>(id).map(drop))
    }

    /// The focal point who approves `registration`'s request: the one for its country and category, else the one
    /// for its country in any category.
    pub fn focal_point_for(&self, registration: &Registration) -> Result<Option<FocalPoint>> {
        let mut candidates: Vec<FocalPoint> =
            self.focal_points(registration.event_id)?.into_iter().filter(|f| f.covers(registration)).collect();
        candidates.sort_by_key(|f| f.category.is_none());
        Ok(candidates.into_iter().next())
    }
}

fn refuse_second(w: &Writer<'_>, f: &FocalPoint) -> Result<()> {
    let same = w
        .list::<FocalPoint>(
            "event_id = ?1 AND country = ?2 AND id <> ?3",
            &[&f.event_id.to_string(), &f.country, &f.id.to_string()],
        )?
        .into_iter()
        .find(|other| other.category == f.category);
    match same {
        Some(other) => Err(Error::invalid(
            if f.category.is_some() { "category" } else { "country" },
            msg!("error-focal-point-taken", name = &other.name),
        )),
        None => Ok(()),
    }
}
