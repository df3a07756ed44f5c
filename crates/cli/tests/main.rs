//! The CLI's tests: the real `dais` binary.
//! One test program, each file of tests/ a module of it: one link and one binary on disk, not one a file.

mod support;

mod app_commands;
mod app_operations;
mod cli;
mod languages;
mod participants_list;
mod sync;
