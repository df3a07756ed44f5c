//! Registrations: the records (taken by hand or from the site's form), the organisers' table over them (queries and
//! the search index in memory), where registrants are (zones), the organisers' decisions, the countries' focal points,
//! the participants list, and what the site's mail reads of them.

mod decisions;
pub mod focal_points;
mod index;
mod mail;
mod page;
pub mod participants_list;
mod query;
mod records;
mod zones;

pub use decisions::{DecisionInput, MAX_ORGANISER_NAME, organiser_name};
pub use focal_points::FocalPointInput;
pub use query::{
    Count, Region, RegistrationPage, RegistrationQuery, RegistrationSort, RegistrationSummary, StatusCount,
};
pub use records::{NewRegistration, PLACES_DECIDER, Places};
