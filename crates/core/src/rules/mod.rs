//! Pure rules, with no storage: what makes a record valid (and what only warns), countries, time zones and wall-clock times,
//! field-level edits, and speakers' photos.

pub mod country;
pub mod edit;
pub mod fold;
pub mod photo;
pub mod validate;
pub mod zone;
