//! Replication between laptops and the event site (docs/architecture.md, "Sync").
//!
//! The site is the reference copy. It merges each pushed change field by field (the later stamp wins) and keeps every
//! losing value (`site.rs`). Laptops adopt the site's rows as they come, except fields with a newer local change
//! still waiting to be pushed: those win locally until the site has decided (`laptop.rs`). Each row the site touches
//! takes a new place in its change feed, so a laptop always hears the site's decision on its own pushes. What both
//! sides exchange and merge is in `merge.rs`.

mod laptop;
mod merge;
mod site;

pub use merge::{Adopted, ChangePage, Conflict, ErasedRow, Meetings, Refusal, Resent, RowsPart, Superseded, TableRows};
