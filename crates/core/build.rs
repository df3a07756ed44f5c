//! Embeds the message catalogue (`locales/<language>/*.ftl` at the repository's root) in core: `i18n.rs` includes the
//! list this writes.

use std::path::Path;

fn main() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut files = Vec::new();
    for language in std::fs::read_dir(&locales).expect("locales/ is at the repository's root") {
        let language = language.unwrap().path();
        if !language.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", language.display());
        for file in std::fs::read_dir(&language).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push(file);
            }
        }
    }
    files.sort();
    let entries: Vec<String> = files
        .iter()
        .map(|file| {
            let language = file.parent().unwrap().file_name().unwrap().to_string_lossy();
            let name = file.file_stem().unwrap().to_string_lossy();
            let path = file.canonicalize().unwrap();
            format!("({language:?}, {name:?}, include_str!({:?}))", path.display().to_string())
        })
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(out, format!("&[{}]", entries.join(",\n"))).unwrap();
}
