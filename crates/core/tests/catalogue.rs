//! The message catalogue is whole (locales/README.md): every file parses, every language has every message English
//! has and no other, each plural has the forms its language needs (CLDR's rules), every message the code asks for
//! exists, and every message is asked for somewhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use icu_plurals::{PluralCategory, PluralRules};

const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files_in(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            if !["node_modules", "target", "dist", "bindings", ".git"].contains(&name.as_str()) {
                files_in(&path, extensions, out);
            }
        } else if extensions.iter().any(|e| name.ends_with(e)) {
            out.push(path);
        }
    }
}

/// A language's messages: id → (file, the message's patterns: its value and attributes).
struct Catalogue {
    messages: BTreeMap<String, (String, Vec<Pattern<String>>)>,
    /// Messages and terms that messages refer to (`{ other-message }`, `{ -term }`).
    referenced: BTreeSet<String>,
}

fn read(language: &str, problems: &mut Vec<String>) -> Catalogue {
    let mut catalogue = Catalogue { messages: BTreeMap::new(), referenced: BTreeSet::new() };
    let mut files = Vec::new();
    files_in(&root().join("locales").join(language), &[".ftl"], &mut files);
    files.sort();
    assert!(!files.is_empty(), "locales/{language} has no .ftl file");
    for file in files {
        let name = format!("locales/{language}/{}", file.file_name().unwrap().to_string_lossy());
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = match fluent_syntax::parser::parse(text.clone()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for e in errors {
                    let line = text[..e.pos.start.min(text.len())].lines().count();
                    problems.push(format!("{name}:{line}: {:?}", e.kind));
                }
                resource
            }
        };
        for entry in resource.body {
            let (id, patterns) = match entry {
                Entry::Message(m) => {
                    let mut patterns: Vec<_> = m.attributes.into_iter().map(|a| a.value).collect();
                    patterns.extend(m.value);
                    (m.id.name, patterns)
                }
                Entry::Term(t) => (format!("-{}", t.id.name), vec![t.value]),
                Entry::Junk { content } => {
                    problems.push(format!("{name}: cannot be read: {}", content.trim()));
                    continue;
                }
                _ => continue,
            };
            for pattern in &patterns {
                references(pattern, &mut catalogue.referenced);
            }
            if let Some((first, _)) = catalogue.messages.get(&id) {
                problems.push(format!("{name}: {id} is given twice (also in {first})"));
            }
            catalogue.messages.insert(id, (name.clone(), patterns));
        }
    }
    catalogue
}

fn placeables(pattern: &Pattern<String>) -> impl Iterator<Item = &Expression<String>> {
    pattern.elements.iter().filter_map(|e| match e {
        PatternElement::Placeable { expression } => Some(expression),
        PatternElement::TextElement { .. } => None,
    })
}

fn references(pattern: &Pattern<String>, out: &mut BTreeSet<String>) {
    fn inline(e: &InlineExpression<String>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::MessageReference { id, .. } => {
                out.insert(id.name.clone());
            }
            InlineExpression::TermReference { id, .. } => {
                out.insert(format!("-{}", id.name));
            }
            InlineExpression::Placeable { expression } => expression_refs(expression, out),
            _ => {}
        }
    }
    fn expression_refs(e: &Expression<String>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    references(&v.value, out);
                }
            }
        }
    }
    for e in placeables(pattern) {
        expression_refs(e, out);
    }
}

/// The plural selects of a pattern (a select whose keys are all CLDR plural categories or numbers), as the
/// categories each gives.
fn plural_selects(pattern: &Pattern<String>, out: &mut Vec<BTreeSet<String>>) {
    for e in placeables(pattern) {
        if let Expression::Select { variants, .. } = e {
            let categories: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some(name.clone()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if !categories.is_empty() && categories.iter().all(|k| PluralCategory::get_for_cldr_string(k).is_some()) {
                out.push(categories);
            }
            for v in variants {
                plural_selects(&v.value, out);
            }
        }
    }
}

fn plural_forms(language: &str) -> BTreeSet<String> {
    let rules = PluralRules::try_new_cardinal(language.parse::<icu_locale_core::Locale>().unwrap().into()).unwrap();
    rules
        .categories()
        .map(|c| {
            PluralCategory::all()
                .zip(["few", "many", "one", "other", "two", "zero"])
                .find(|(k, _)| *k == c)
                .unwrap()
                .1
                .to_string()
        })
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_forms_its_plurals_need() {
    let mut problems = Vec::new();
    let english = read("en", &mut problems);
    for language in LANGUAGES {
        let catalogue = read(language, &mut problems);
        let needed = plural_forms(language);
        for id in english.messages.keys().filter(|id| !catalogue.messages.contains_key(*id)) {
            problems.push(format!("locales/{language}: {id} is missing (locales/en has it)"));
        }
        for (id, (file, patterns)) in &catalogue.messages {
            if !english.messages.contains_key(id) {
                problems.push(format!("{file}: {id} is not in locales/en"));
            }
            let mut selects = Vec::new();
            for pattern in patterns {
                plural_selects(pattern, &mut selects);
            }
            for given in selects {
                let lacking: Vec<&String> = needed.difference(&given).collect();
                if !lacking.is_empty() {
                    problems.push(format!("{file}: {id} lacks the plural forms {lacking:?} that {language} needs"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "the catalogue is not whole:\n{}", problems.join("\n"));
}

/// The files of each language that the app's UI embeds.
const UI_FILES: [&str; 3] = ["app.ftl", "app-views.ftl", "common.ftl"];

/// The ids the code asks for: `t!(lang, "id"…)`, `msg!("id"…)`, `tr(lang, "id"…)` in Rust, `t("id"…)` in the site's
/// templates and `t('id'…)` in the UI.
fn ids_used() -> BTreeMap<String, String> {
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri", "ui/src"] {
        files_in(&root().join(dir), &[".rs", ".html", ".txt", ".svelte", ".ts"], &mut files);
    }
    let call = regex::Regex::new(r#"(?:\bt!?|\bmsg!|\btr|\.t)\(\s*(?:[^"'()]*(?:\([^()]*\))?[^"'()]*,\s*)?["']([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+)["']"#).unwrap();
    let mut used = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(root()).unwrap().display().to_string();
        if relative.contains("/tests/") || relative.ends_with(".test.ts") || relative.contains("catalogue.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        // Comments and Rust's unit tests may name ids that do not exist (as examples, or to see them refused).
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        let text: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for found in call.captures_iter(&text) {
            used.entry(found[1].to_string()).or_insert(relative.clone());
        }
    }
    used
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_asked_for() {
    let mut problems = Vec::new();
    let english = read("en", &mut problems);
    let used = ids_used();
    for (id, file) in &used {
        match english.messages.get(id) {
            None => problems.push(format!("{file} asks for {id}, which locales/en lacks")),
            // The UI embeds only its own files (`ui/src/lib/i18n/index.svelte.ts`).
            Some((found, _))
                if file.starts_with("ui/") && !UI_FILES.iter().any(|f| found == &format!("locales/en/{f}")) =>
            {
                problems.push(format!("{file} asks for {id}, which is in {found}: the UI has only {UI_FILES:?}"))
            }
            Some(_) => {}
        }
    }
    for (id, (file, _)) in &english.messages {
        if !used.contains_key(id) && !english.referenced.contains(id) && !id.starts_with('-') {
            problems.push(format!("{file}: {id} is asked for nowhere"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
