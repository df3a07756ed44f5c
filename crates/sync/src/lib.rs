//! The sync protocol between a workspace and the event site (docs/architecture.md, "Sync"): the client engine, over
//! the wire types of `dais-wire` (re-exported here).
//!
//! A sync pushes the outbox in order, in batches, each acknowledged before its rows leave the outbox; then it pulls
//! the site's change feed page by page, each page applied in short transactions, the last with its cursor. Any step can fail or be
//! killed and the next sync carries on: the site skips mutations it has already applied, and a page is applied again
//! harmlessly.

mod client;
pub mod indico;
pub mod settings;

pub use client::{
    FIRST_PULL_APPLY_ROWS, Progress, Site, SyncError, SyncReport, publish, pull, push, site_url, sync, withdraw,
};

pub use dais_wire::*;
