//! What the visitor is shown: the form (again with each problem by its field), and the pages that turn a submission
//! away, the meeting's registration not being open among them.

use askama::Template;
use axum::http::header::{CACHE_CONTROL, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use dais_core::{FieldError, FieldErrorBody, Lang};

use super::answers::{Answers, category_value};
use super::csrf::Csrf;
use crate::AppState;
use crate::public::{MeetingFacts, RegistrationState};
use crate::web::{Layout, MessagePage, SiteError, instant_label, render};
use dais_core::rules::country::countries;

/// A submission turned away before its answers were looked at, each with its status and what the visitor can do.
#[derive(Debug)]
pub(super) enum Refusal {
    TooLarge,
    NotAForm,
    Garbled(&'static str),
    Forged { event_id: uuid::Uuid },
    NotOpen(Box<MeetingFacts>),
    Site(SiteError),
}

impl From<SiteError> for Refusal {
    fn from(e: SiteError) -> Self {
        Refusal::Site(e)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let (status, page) = match self {
            Refusal::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                MessagePage::new(
                    "The form is too large",
                    "What was sent is far larger than a registration. Nothing was saved.",
                    None,
                ),
            ),
            Refusal::NotAForm => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                MessagePage::new(
                    "This is not a form",
                    "Registrations are sent from the registration form. Nothing was saved.",
                    None,
                ),
            ),
            Refusal::Garbled(why) => {
                (StatusCode::BAD_REQUEST, MessagePage::new("The form could not be read", why, None))
            }
            Refusal::Forged { event_id } => (
                StatusCode::FORBIDDEN,
                MessagePage::new(
                    "Please send the form again",
                    "This form has expired or did not come from this site, so nothing was saved. Open the form again, \
                     fill it in and send it. (Your browser must accept this site's cookie.)",
                    Some((format!("/events/{event_id}/register"), "Open the registration form".into())),
                ),
            ),
            Refusal::NotOpen(event) => (StatusCode::FORBIDDEN, not_open(&event)),
            Refusal::Site(e) => return e.into_response(),
        };
        page.respond(status)
    }
}

/// The form never goes into a shared cache: it carries this visitor's CSRF token.
/// `set_cookie`: the form's cookie to set, and whether the site is served over https.
pub(super) fn form_response(page: &FormPage, status: StatusCode, set_cookie: Option<(&str, bool)>) -> Response {
    let mut response = render(page);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(value) = set_cookie.and_then(|(c, https)| HeaderValue::from_str(&Csrf::cookie_header(c, https)).ok()) {
        headers.insert(SET_COOKIE, value);
    }
    response
}

pub(super) fn not_open(event: &MeetingFacts) -> MessagePage {
    let home = Some((format!("/events/{}", event.id), format!("Back to {}", event.short_title)));
    let rules = &event.registration;
    let (heading, message) = match rules.state {
        RegistrationState::NotYetOpen => (
            "Registration is not open yet",
            match rules.opens_at.and_then(|t| instant_label(t, &event.zone)) {
                Some(opens) => format!("Registration for {} opens {opens}.", event.title),
                None => format!("Registration for {} is not open yet.", event.title),
            },
        ),
        _ => (
            "Registration is closed",
            match rules.closes_at.and_then(|t| instant_label(t, &event.zone)) {
                Some(closed) => format!("Registration for {} closed {closed}.", event.title),
                None => format!("Registration for {} is closed.", event.title),
            },
        ),
    };
    let mut page = MessagePage::new(heading, &message, home);
    page.layout = Layout::meeting(heading, event, "register");
    page
}

#[derive(Template)]
#[template(path = "register.html")]
pub(super) struct FormPage {
    layout: Layout,
    event: MeetingFacts,
    /// Every place is taken: a request goes to the waiting list.
    full: bool,
    /// The privacy notice: for how long the answers are kept, whom to ask, and whether the address is confirmed.
    retention: String,
    privacy_contact: String,
    confirms_address: bool,
    answers: Answers,
    errors: Vec<FieldErrorBody>,
    csrf_token: String,
    countries: Vec<Choice>,
    categories: Vec<Choice>,
}

/// An option of a `<select>`.
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

impl FormPage {
    pub(super) fn new(
        state: &AppState,
        event: MeetingFacts,
        full: bool,
        answers: Answers,
        errors: Vec<FieldError>,
        csrf_token: String,
    ) -> FormPage {
        // Screen readers announce the title first: a form shown again says at once that something needs fixing.
        let title = if errors.is_empty() { "Register" } else { "Error: Register" };
        let categories = event
            .eligible_categories
            .iter()
            .map(|c| {
                let value = category_value(c.id);
                Choice { selected: value == answers.category, value, label: c.label.to_string() }
            })
            .collect();
        let countries = countries(dais_core::Lang::En)
            .iter()
            .map(|c| Choice { selected: c.code == answers.country, value: c.code.clone(), label: c.name.clone() })
            .collect();
        FormPage {
            layout: Layout::meeting(title, &event, "register"),
            retention: match state.settings.registrations.retention_days {
                Some(days) => format!(
                    "until {days} days after the meeting's last day ({}); then it is erased, here and on the \
                     organisers' computers.",
                    dais_core::rules::zone::long_date(event.ends_on)
                ),
                None => "until the organisers erase it, after the meeting.".to_string(),
            },
            privacy_contact: event
                .contacts
                .iter()
                .find_map(|c| c.email.clone())
                .unwrap_or_else(|| "the meeting's organisers".to_string()),
            confirms_address: state.mail.is_some(),
            event,
            full,
            answers,
            errors: errors.iter().map(|e| e.body(Lang::En)).collect(),
            csrf_token,
            countries,
            categories,
        }
    }

    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }
}
