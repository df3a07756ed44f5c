//! The answers a visitor gave, and the checks they pass before they make a registration: each problem on its field.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use dais_core::{Decision, Msg, ParticipantCategory, Registration, RegistrationSource, msg, new_id};

use crate::public::MeetingFacts;

/// The form's fields in the order they are shown, which is also the order of the error summary.
const FIELDS: [&str; 8] =
    ["given_name", "family_name", "name_order", "email", "organisation", "country", "category", "position"];

/// A problem with an answer, said in the visitor's language when the form is shown again.
#[derive(Debug, Clone)]
pub(super) struct FormError {
    /// The field's name in the form (`given_name`).
    pub(super) field: &'static str,
    pub(super) message: Msg,
}

impl FormError {
    fn new(field: &'static str, message: Msg) -> FormError {
        FormError { field, message }
    }
}

/// The answers as typed, kept to show the form again.
#[derive(Debug, Default)]
pub(super) struct Answers {
    pub(super) given_name: String,
    pub(super) family_name: String,
    /// `by_script` (or nothing), `given_first` or `family_first`.
    pub(super) name_order: String,
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
            name_order: text("name_order"),
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
) -> Result<Registration, Vec<FormError>> {
    let mut errors = answer_errors(answers);
    let category = eligible_category(answers, event).map_err(|e| errors.push(e)).ok();
    let registration = Registration {
        id: new_id(),
        event_id: event.id,
        given_name: answers.given_name.clone(),
        family_name: answers.family_name.clone(),
        // A choice the form does not offer is the default: the order its script writes.
        name_order: serde_json::from_value(serde_json::Value::String(answers.name_order.clone())).ok(),
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
    let formats: Vec<FormError> =
        format_errors(&registration).into_iter().filter(|e| !errors.iter().any(|f| f.field == e.field)).collect();
    errors.extend(formats);
    if errors.is_empty() {
        return Ok(registration);
    }
    errors.sort_by_key(|e| FIELDS.iter().position(|f| *f == e.field));
    Err(errors)
}

/// Missing, overlong or control-character answers.
fn answer_errors(answers: &Answers) -> Vec<FormError> {
    let texts = [
        ("given_name", &answers.given_name, 100, Some(msg!("form-error-given-name-missing"))),
        ("family_name", &answers.family_name, 100, Some(msg!("form-error-family-name-missing"))),
        ("email", &answers.email, 254, Some(msg!("form-error-email-missing"))),
        ("organisation", &answers.organisation, 200, Some(msg!("form-error-organisation-missing"))),
        ("position", &answers.position, 200, None),
    ];
    let mut errors: Vec<FormError> = texts
        .into_iter()
        .filter_map(|(field, value, max, missing)| Some(FormError::new(field, text_problem(value, max, missing)?)))
        .collect();
    if answers.country.is_empty() {
        errors.push(FormError::new("country", msg!("form-error-country-missing")));
    }
    errors
}

fn eligible_category(answers: &Answers, event: &MeetingFacts) -> Result<ParticipantCategory, FormError> {
    if answers.category.is_empty() {
        return Err(FormError::new("category", msg!("form-error-category-missing")));
    }
    event
        .eligible_categories
        .iter()
        .map(|c| c.id)
        .find(|c| category_value(*c) == answers.category)
        .ok_or_else(|| FormError::new("category", msg!("form-error-category-unknown")))
}

/// The core's rules for a registration (email and country formats), and an email domain one can write to. Core's
/// words are the organisers'; the visitor is told in theirs, by the field that failed.
fn format_errors(registration: &Registration) -> Vec<FormError> {
    let core = match dais_core::rules::validate::registration(registration) {
        Err(dais_core::Error::Invalid(errors)) => errors,
        _ => Vec::new(),
    };
    let mut errors: Vec<FormError> = FIELDS
        .iter()
        .filter(|field| core.iter().any(|e| e.field == **field))
        .map(|&field| {
            let message = match field {
                "email" => msg!("form-error-email-format"),
                "country" => msg!("form-error-country-unknown"),
                _ => msg!("form-error-check"),
            };
            FormError::new(field, message)
        })
        .collect();
    // The core accepts `name@host`; a registrant must give an address the organisers can write to from outside.
    if !errors.iter().any(|e| e.field == "email") && !has_dotted_domain(&registration.email) {
        errors.push(FormError::new("email", msg!("form-error-email-format")));
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
        return Some(msg!("form-error-too-long", count = max));
    }
    if value.chars().any(char::is_control) {
        return Some(msg!("form-error-control-characters"));
    }
    None
}

/// The value of a category in the form: its name in the API (`sector_member`).
pub(super) fn category_value(category: ParticipantCategory) -> String {
    serde_json::to_value(category).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}
