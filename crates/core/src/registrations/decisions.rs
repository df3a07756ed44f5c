//! The organisers' decisions on registrations, one or many at once, each keeping the decisions before it, and the
//! name they are recorded under.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, FieldError, Result};
use crate::model::{Decision, Event, Registration, RegistrationStatus};
use crate::msg;
use crate::storage::Store;

/// An organiser's decision on one registration or many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DecisionInput {
    pub ids: Vec<Uuid>,
    pub status: RegistrationStatus,
    /// Why; required to reject.
    #[serde(default)]
    pub reason: Option<String>,
}

/// The longest organiser's name: the event site takes no longer one either.
pub const MAX_ORGANISER_NAME: usize = 200;

/// An organiser's name as they gave it, trimmed, or what is wrong with it: empty, too long, or with a control
/// character anywhere (even at an end that trimming would drop: it crosses to the event site as one header line).
/// The one rule for the workspace and the site alike.
pub fn organiser_name(given: &str) -> std::result::Result<&str, FieldError> {
    let name = given.trim();
    if name.is_empty() {
        return Err(FieldError::new("name", msg!("error-name-required")));
    }
    if name.chars().count() > MAX_ORGANISER_NAME || given.chars().any(char::is_control) {
        return Err(FieldError::new("name", msg!("error-name-too-long", most = MAX_ORGANISER_NAME)));
    }
    Ok(name)
}

impl Store {
    /// Who decides on this laptop: the name set with `set_organiser`, else the computer's user name.
    pub fn organiser(&self) -> Result<String> {
        Ok(self
            .organiser_name()?
            .or_else(|| std::env::var("USER").ok())
            .or_else(|| std::env::var("USERNAME").ok())
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| "an organiser".to_string()))
    }

    /// The name set with `set_organiser`, if one was: the event site names the organiser so too.
    pub fn organiser_name(&self) -> Result<Option<String>> {
        Ok(self
            .connection()
            .query_row("SELECT value FROM meta WHERE key = 'organiser'", [], |r| r.get(0))
            .optional()?)
    }

    /// The organiser's name as decisions record it.
    pub fn set_organiser(&mut self, name: &str) -> Result<()> {
        let name = organiser_name(name).map_err(|e| Error::Invalid(vec![e]))?;
        self.connection().execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('organiser', ?1)", [name])?;
        Ok(())
    }

    /// Records an organiser's decision on each of `input.ids`, in one transaction: status, reason, who (`by`) and
    /// when; the decision before it is kept in `earlier`. Only the `decision` field changes, so a registrant's edit
    /// meanwhile is not overwritten. Returns the registrations as decided.
    pub fn decide(&mut self, input: &DecisionInput, by: &str, now: DateTime<Utc>) -> Result<Vec<Registration>> {
        let reason = input.reason.as_deref().map(str::trim).filter(|r| !r.is_empty()).map(str::to_string);
        if input.status == RegistrationStatus::Rejected && reason.is_none() {
            return Err(Error::invalid("reason", msg!("error-rejection-reason-required")));
        }
        if input.ids.is_empty() {
            return Err(Error::invalid("ids", msg!("error-no-registration-chosen")));
        }
        self.write(|w| {
            let mut decided = Vec::with_capacity(input.ids.len());
            for id in &input.ids {
                let mut registration: Registration = w.get(*id)?;
                w.get::<Event>(registration.event_id)?;
                let before = std::mem::take(&mut registration.decision);
                let mut earlier = before.earlier.clone();
                earlier.push(Decision { earlier: Vec::new(), ..before });
                registration.decision = Decision {
                    status: input.status,
                    decided_by: Some(by.to_string()),
                    decided_at: Some(now),
                    reason: reason.clone(),
                    earlier,
                };
                w.put(&registration)?;
                decided.push(registration);
            }
            Ok(decided)
        })
    }
}
