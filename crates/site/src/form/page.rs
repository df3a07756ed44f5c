//! What the visitor is shown: the form (again with each problem by its field), and the pages that turn a submission
//! away, the meeting's registration not being open among them.

use askama::Template;
use axum::http::header::{CACHE_CONTROL, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use dais_core::rules::country::countries;
use dais_core::{Lang, Msg, t};

use super::answers::{Answers, FormError, category_value};
use super::csrf::{Csrf, FormToken};
use crate::AppState;
use crate::pages::registration_terms;
use crate::public::{MeetingFacts, RegistrationState};
use crate::web::{Layout, MessagePage, SiteError, Visitor, instant_label, long_date, render};

/// A submission turned away before its answers were looked at, each with its status and what the visitor can do.
#[derive(Debug)]
pub(super) enum Refusal {
    TooLarge,
    NotAForm,
    /// Why, to be said in the visitor's language.
    Garbled(Msg),
    Forged {
        event_id: uuid::Uuid,
    },
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
        // A response is made without the request; the visitor's language is the request's task's.
        let visitor = Visitor::current();
        let lang = visitor.lang;
        let page = |heading: String, message: String, next| MessagePage::new(&visitor, &heading, &message, next);
        let (status, page) = match self {
            Refusal::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                page(t!(lang, "form-too-large"), t!(lang, "form-too-large-detail"), None),
            ),
            Refusal::NotAForm => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                page(t!(lang, "form-not-a-form"), t!(lang, "form-not-a-form-detail"), None),
            ),
            Refusal::Garbled(why) => (StatusCode::BAD_REQUEST, page(t!(lang, "form-garbled"), why.say(lang), None)),
            Refusal::Forged { event_id } => (
                StatusCode::FORBIDDEN,
                page(
                    t!(lang, "form-forged"),
                    t!(lang, "form-forged-detail"),
                    Some((visitor.form_link(&format!("/events/{event_id}/register")), t!(lang, "form-open-again"))),
                ),
            ),
            Refusal::NotOpen(event) => (StatusCode::FORBIDDEN, not_open(&visitor, &event)),
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

pub(super) fn not_open(visitor: &Visitor, event: &MeetingFacts) -> MessagePage {
    let lang = visitor.lang;
    // In another site's frame, the reader is already on the meeting's page there.
    let home = (!visitor.embedded).then(|| {
        (visitor.link(&format!("/events/{}", event.id)), t!(lang, "site-back-to", meeting = event.short_title.as_str()))
    });
    let rules = &event.registration;
    let title = event.title.as_str();
    let (heading, message) = match rules.state {
        RegistrationState::NotYetOpen => (
            t!(lang, "site-registration-not-open"),
            match rules.opens_at.and_then(|t| instant_label(lang, t, &event.zone)) {
                Some(opens) => t!(lang, "form-not-open-until", meeting = title, when = opens),
                None => t!(lang, "form-not-open", meeting = title),
            },
        ),
        _ => (
            t!(lang, "site-registration-closed"),
            match rules.closes_at.and_then(|t| instant_label(lang, t, &event.zone)) {
                Some(closed) => t!(lang, "form-closed-on", meeting = title, when = closed),
                None => t!(lang, "form-closed", meeting = title),
            },
        ),
    };
    let mut page = MessagePage::new(visitor, &heading, &message, home);
    page.layout = Layout::meeting(visitor, &heading, event, "register");
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
    /// `Whom to ask: … write to …`.
    privacy_contact: String,
    confirms_address: bool,
    registration_terms: String,
    answers: Answers,
    /// Each problem said in the visitor's language, by its field.
    errors: Vec<(&'static str, String)>,
    csrf: FormToken,
    /// Where the form posts: in a frame, the next page stays in it.
    action: String,
    countries: Vec<Choice>,
    categories: Vec<Choice>,
    /// How the name is written: as its script writes it (the default), given name first, family name first.
    name_orders: Vec<Choice>,
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
        visitor: &Visitor,
        event: MeetingFacts,
        full: bool,
        answers: Answers,
        errors: Vec<FormError>,
        csrf: FormToken,
    ) -> FormPage {
        let lang = visitor.lang;
        // Screen readers announce the title first: a form shown again says at once that something needs fixing.
        let title = if errors.is_empty() { t!(lang, "site-nav-register") } else { t!(lang, "form-title-error") };
        let categories = event
            .eligible_categories
            .iter()
            .map(|c| {
                let value = category_value(c.id);
                Choice { selected: value == answers.category, value, label: c.id.label(lang) }
            })
            .collect();
        let errors = errors.into_iter().map(|e| (e.field, e.message.say(lang))).collect();
        let rules = &event.registration;
        let event_id = event.id;
        FormPage {
            layout: Layout::meeting(visitor, &title, &event, "register"),
            registration_terms: registration_terms(lang, rules.mandatory, rules.free_of_charge),
            retention: match state.settings.registrations.retention_days {
                Some(days) => t!(lang, "form-privacy-how-long", days = days, last_day = long_date(lang, event.ends_on)),
                None => t!(lang, "form-privacy-how-long-unset"),
            },
            privacy_contact: match event.contacts.iter().find_map(|c| c.email.clone()) {
                Some(email) => t!(lang, "form-privacy-whom", contact = email),
                None => t!(lang, "form-privacy-whom-organisers"),
            },
            confirms_address: state.mail.is_some(),
            countries: country_choices(lang, &answers.country),
            name_orders: ["by_script", "given_first", "family_first"]
                .into_iter()
                .map(|order| Choice {
                    selected: answers.name_order == order || (order == "by_script" && answers.name_order.is_empty()),
                    value: order.to_string(),
                    label: t!(lang, "name-order", order = order),
                })
                .collect(),
            event,
            full,
            answers,
            errors,
            csrf,
            action: visitor.form_link(&format!("/events/{}/register", event_id)),
            categories,
        }
    }

    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, message)| message.as_str())
    }
}

/// Every country and area by its name in the visitor's language, in that language's order (its collation), the code
/// behind each.
fn country_choices(lang: Lang, chosen: &str) -> Vec<Choice> {
    countries(lang)
        .iter()
        .map(|c| Choice { selected: c.code == chosen, value: c.code.clone(), label: c.name.clone() })
        .collect()
}
