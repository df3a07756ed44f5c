//! The site's tests: a real dais-site on 127.0.0.1 over HTTP, in a browser, with a real SMTP server.
//! One test program, each file of tests/ a module of it: one link and one binary on disk, not one a file.

mod public_site;
mod sync_support;

mod accessibility;
mod convergence;
mod languages;
mod mail;
mod public;
mod publication;
mod shutdown;
mod sync;
mod translations;
mod versions;
mod website;
