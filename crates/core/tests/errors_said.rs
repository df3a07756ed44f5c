//! Every error core gives, and every message of `locales/*/errors.ftl`, said in each of the six languages: a sentence
//! of the catalogue, never its id, with every placeholder filled.

use std::borrow::Cow;

use dais_core::i18n::{Arg, Msg};
use dais_core::{Error, FieldError, Lang, msg};

fn said_whole(said: &str, what: &str, lang: Lang) {
    assert!(!said.is_empty() && !said.starts_with("error-"), "{what} in {lang}: said as its id: {said:?}");
    assert!(!said.contains('{') && !said.contains('}'), "{what} in {lang}: a placeholder left: {said:?}");
}

fn every_error() -> Vec<Error> {
    let field = || vec![FieldError::new("title", msg!("error-entry-title-required"))];
    let step = || {
        dais_core::undo::StepLabel::Step {
            action: dais_core::undo::StepAction::Move,
            thing: "item".into(),
            name: "Closing".into(),
            more: 2,
        }
        .msg()
    };
    vec![
        Error::Invalid(field()),
        Error::ChangedMeanwhile(field()),
        Error::NotUndone { step: step(), redo: false, reasons: field() },
        Error::NotUndone { step: step(), redo: true, reasons: field() },
        Error::NotFound { kind: "entry", id: "1".into() },
        Error::NotFound { kind: "focal point", id: "1".into() },
        Error::NotFound { kind: "published event", id: "1".into() },
        Error::Corrupt("a row".into()),
        Error::Rejected("a row".into()),
        Error::SiteRestored("a row".into()),
        Error::ChangedSincePreview,
        Error::DiskFull,
        Error::Write { what: "participants_list", reason: "No space left on device".into() },
        Error::Write { what: "programme_document", reason: "No space left on device".into() },
        Error::Write { what: "settings", reason: "Permission denied".into() },
        Error::Workspace { path: "/tmp/x.dais".into(), reason: "locked".into() },
        Error::Unreadable { file: "letter.pdf".into(), reason: msg!("import-circular-pdf") },
        Error::Cancelled,
        Error::Database(rusqlite::Error::InvalidQuery),
        Error::Migration(rusqlite_migration::Error::InvalidUserVersion),
        Error::NewerSchema { found: 25, known: 20 },
        Error::UpdateRefused { version: "0.2.0".into(), reason: "signature verification failed".into() },
        Error::UpdateCheckFailed { reason: "error sending request".into() },
        Error::UpdateFailed { reason: "error sending request".into() },
        Error::Malformed(serde_json::from_str::<u8>("x").unwrap_err()),
    ]
}

#[test]
fn every_error_says_itself_in_every_language() {
    for error in every_error() {
        for lang in Lang::ALL {
            let body = error.body(lang);
            said_whole(&body.message, error.code(), lang);
            for field in &body.fields {
                said_whole(&field.message, error.code(), lang);
            }
        }
        assert_eq!(error.to_string(), error.say(Lang::En), "logs read English");
    }
    assert_eq!(
        Error::NotFound { kind: "entry", id: "7".into() }.body(Lang::Fr).message,
        "aucun point n'a l'identifiant 7"
    );
}

/// Every message of errors.ftl, each placeholder given a value (a number where it picks a plural form).
#[test]
fn every_validation_message_says_itself_in_every_language() {
    let english = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/en/errors.ftl")).unwrap();
    let placeholder = regex::Regex::new(r"\$([a-z_]+)").unwrap();
    let mut messages: Vec<(String, Vec<String>)> = Vec::new();
    for line in english.lines() {
        if let Some((id, _)) = line.split_once(" =").filter(|(id, _)| id.starts_with("error-")) {
            messages.push((id.to_string(), Vec::new()));
        }
        if let Some((_, names)) = messages.last_mut() {
            names.extend(placeholder.captures_iter(line).map(|c| c[1].to_string()));
        }
    }
    assert!(messages.len() > 80, "{} messages", messages.len());
    for (id, names) in messages {
        let args = names
            .into_iter()
            .map(|name| {
                let value = if ["count", "most", "asked"].contains(&name.as_str()) {
                    Arg::Number(2.0)
                } else {
                    Arg::Text("x".into())
                };
                (Cow::Owned(name), value)
            })
            .collect();
        let message = Msg { id: Cow::Owned(id.clone()), args };
        for lang in Lang::ALL {
            said_whole(&message.say(lang), &id, lang);
        }
    }
}
