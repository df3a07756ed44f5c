//! Core's tests against its public API.
//! One test program, each file of tests/ a module of it: one link and one binary on disk, not one a file.

mod catalogue;
mod circular;
mod documents;
mod errors_said;
mod focal_points;
mod import;
mod layout;
mod meetings;
mod participants_list;
mod programme_import;
mod publication;
mod registrations;
mod undo;
mod versions;
mod workspace;
