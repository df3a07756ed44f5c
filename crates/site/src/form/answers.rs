//! The answers a visitor gave, and the checks they pass before they make a registration: each problem on its field.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use dais_core::{Decision, FieldError, Msg, ParticipantCategory, Registration, RegistrationSource, msg, new_id};

use crate::public::MeetingFacts;

/// The form's fields in the order they are shown, which is also the order of the error summary.
const FIELDS: [&str; 7] = ["given_name", "family_name", "email", "organisation", "country", "category", "position"];

/// The answers as typed, kept to show the form again.
#[derive(Debug, Default)]
pub(super) struct Answers {
    pub(super) given_name: String,
    pub(super) family_name: String,
    pub(super) email: String,
    pub(super) organisation: String,
    pub(super) country: String,
    pub(super) category: String,
    pub(super) position: String,
    pub(super) consent_to_be_listed: bool,
    /// Filled in by the browser (static/zone.js); kept only if it is a zone.
    pub(super) time_zone: String,
}

impl Answers {
    pub(super) fn from_fields(fields: &HashMap<String, String>) -> Answers {
        let text = |name: &str| fields.get(name).map(|v| v.trim().to_string()).unwrap_or_default();
        Answers {
            given_name: text("given_name"),
            family_name: text("family_name"),
            email: text("email"),
            organisation: text("organisation"),
            country: text("country"),
            category: text("category"),
            position: text("position"),
            consent_to_be_listed: fields.get("consent_to_be_listed").is_some_and(|v| v == "yes"),
            time_zone: text("time_zone"),
        }
    }
}

/// The registration the answers make, or every problem with them, each on its field.
pub(super) fn registration(
    answers: &Answers,
    event: &MeetingFacts,
    now: DateTime<Utc>,
) -> Result<Registration, Vec<FieldError>> {
    let mut errors = answer_errors(answers);
    let category = eligible_category(answers, event).map_err(|e| errors.push(e)).ok();
    let registration = Registration {
        id: new_id(),
        event_id: event.id,
        given_name: answers.given_name.clone(),
        family_name: answers.family_name.clone(),
        name_order: None,
        email: answers.email.clone(),
        organisation: answers.organisation.clone(),
        country: answers.country.clone(),
        // Only a placeholder when the category is missing, and then the registration is refused anyway.
        category: category.unwrap_or(ParticipantCategory::OtherEligibleIndividual),
        position: Some(answers.position.clone()).filter(|p| !p.is_empty()),
        source: RegistrationSource::WebsiteForm,
        consent_to_be_listed: answers.consent_to_be_listed,
        submitted_at: now,
        decision: Decision::default(),
        private_notes: String::new(),
        attended: false,
        time_zone: Some(answers.time_zone.clone()).filter(|z| z.parse::<chrono_tz::Tz>().is_ok()),
        mail: None,
        language: None,
    };
    // One message per field: the format rules speak only where the answer is there at all.
    let formats: Vec<FieldError> =
        format_errors(&registration).into_iter().filter(|e| !errors.iter().any(|f| f.field == e.field)).collect();
    errors.extend(formats);
    if errors.is_empty() {
        return Ok(registration);
    }
    errors.sort_by_key(|e| FIELDS.iter().position(|f| *f == e.field));
    Err(errors)
}

/// Missing, overlong or control-character answers.
fn answer_errors(answers: &Answers) -> Vec<FieldError> {
    let texts = [
        ("given_name", &answers.given_name, 100, Some(msg!("error-form-given-name-required"))),
        ("family_name", &answers.family_name, 100, Some(msg!("error-form-family-name-required"))),
        ("email", &answers.email, 254, Some(msg!("error-form-email-required"))),
        ("organisation", &answers.organisation, 200, Some(msg!("error-form-organisation-required"))),
        ("position", &answers.position, 200, None),
    ];
    let mut errors: Vec<FieldError> = texts
        .into_iter()
        .filter_map(|(field, value, max, missing)| Some(FieldError::new(field, text_problem(value, max, missing)?)))
        .collect();
    if answers.country.is_empty() {
        errors.push(FieldError::new("country", msg!("error-form-country-required")));
    }
    errors
}

fn eligible_category(answers: &Answers, event: &MeetingFacts) -> Result<ParticipantCategory, FieldError> {
    if answers.category.is_empty() {
        return Err(FieldError::new("category", msg!("error-form-category-required")));
    }
    event
        .eligible_categories
        .iter()
        .map(|c| c.id)
        .find(|c| category_value(*c) == answers.category)
        .ok_or_else(|| FieldError::new("category", msg!("error-form-category-not-offered")))
}

/// The core's rules for a registration (email and country formats), and an email domain one can write to.
fn format_errors(registration: &Registration) -> Vec<FieldError> {
    let mut errors = match dais_core::rules::validate::registration(registration) {
        Err(dais_core::Error::Invalid(errors)) => errors,
        _ => Vec::new(),
    };
    // The core accepts `name@host`; a registrant must give an address the organisers can write to from outside.
    if !errors.iter().any(|e| e.field == "email") && !has_dotted_domain(&registration.email) {
        errors.push(FieldError::new("email", msg!("error-form-email-domain")));
    }
    errors
}

fn has_dotted_domain(email: &str) -> bool {
    email
        .rsplit_once('@')
        .is_some_and(|(_, domain)| domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'))
}

fn text_problem(value: &str, max: usize, missing: Option<Msg>) -> Option<Msg> {
    if value.is_empty() {
        return missing;
    }
    if value.chars().count() > max {
        return Some(msg!("error-form-too-long", most = max));
    }
    if value.chars().any(char::is_control) {
        return Some(msg!("error-form-control-characters"));
    }
    None
}

/// The value of a category in the form: its name in the API (`sector_member`).
pub(super) fn category_value(category: ParticipantCategory) -> String {
    serde_json::to_value(category).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}
