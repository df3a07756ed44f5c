//! The house's rules, read from the source: the storage engine names no feature, and no two parts (nor two files of
//! one folder) import each other, directly or round a circle (docs/architecture.md, "The parts").

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The features written over the storage engine: it must never import them.
const FEATURES: [&str; 6] = ["programme", "registrations", "undo", "publication", "replica", "seed"];

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The names that follow `prefix` in `text` (`crate::` gives the parts a file uses).
fn used_after<'t>(text: &'t str, prefix: &str) -> BTreeSet<&'t str> {
    text.match_indices(prefix)
        .map(|(i, _)| {
            let rest = &text[i + prefix.len()..];
            &rest[..rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len())]
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// The part a file belongs to: its folder under `src/`, or its own name for a file there.
fn part_of(path: &Path) -> String {
    let relative = path.strip_prefix(src()).unwrap();
    let first = relative.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

/// A circle in `graph`, if there is one, as the names round it.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|n| n == node) {
            return Some(path[i..].iter().cloned().chain([node.to_string()]).collect());
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_storage_engine_imports_no_feature() {
    let engine = src().join("storage");
    let files = sources(&engine);
    assert!(files.len() > 3, "the engine's folder is {}", engine.display());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let features: Vec<_> = used_after(&text, "crate::").into_iter().filter(|p| FEATURES.contains(p)).collect();
        assert!(features.is_empty(), "{} imports {features:?}", file.display());
    }
}

#[test]
fn no_two_parts_of_core_import_each_other_even_round_a_circle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources(&src()) {
        let text = std::fs::read_to_string(&file).unwrap();
        let part = part_of(&file);
        let uses: Vec<String> = used_after(&text, "crate::").into_iter().map(str::to_string).collect();
        graph.entry(part.clone()).or_default().extend(uses.into_iter().filter(|p| *p != part));
    }
    assert!(graph.contains_key("storage") && graph.contains_key("programme"), "{graph:?}");
    assert_eq!(circle(&graph), None, "parts of core that import each other");
}

#[test]
fn no_two_files_of_a_folder_import_each_other_even_round_a_circle() {
    let mut folders: BTreeMap<PathBuf, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in sources(&src()) {
        let name = file.file_stem().unwrap().to_string_lossy().to_string();
        if name == "mod" || name == "lib" {
            continue; // a folder's index: it declares and re-exports its files
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let uses: Vec<String> = used_after(&text, "super::").into_iter().map(str::to_string).collect();
        let graph = folders.entry(file.parent().unwrap().to_path_buf()).or_default();
        graph.entry(name.clone()).or_default().extend(uses.into_iter().filter(|f| *f != name));
    }
    for (folder, graph) in folders {
        assert_eq!(circle(&graph), None, "files of {} that import each other", folder.display());
    }
}
