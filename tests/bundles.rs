//! The installers' configuration as the Tauri CLI that builds them reads it: `tauri.conf.json` valid against the CLI's
//! own schema (the one in ui/node_modules, the version that builds the installers) with every bundle target named, the
//! `.dais` file association, every system's icons made from one image (`icons/source.png`), and an updater that only
//! takes signed bundles from an https feed. The Windows and macOS installers themselves are built by the release workflow
//! (`.github/workflows/release.yml`); this is what can be checked of them here.

use std::path::Path;

use base64::Engine;
use serde_json::{Value, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn config() -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join("tauri.conf.json")).unwrap()).unwrap()
}

fn validator() -> jsonschema::Validator {
    let path = root().join("ui/node_modules/@tauri-apps/cli/config.schema.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (npm --prefix ui ci installs the Tauri CLI)", path.display()));
    jsonschema::draft7::new(&serde_json::from_str(&text).unwrap()).unwrap()
}

fn errors(validator: &jsonschema::Validator, config: &Value) -> Vec<String> {
    validator.iter_errors(config).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn the_configuration_is_valid_for_the_tauri_cli_with_every_bundle_target_of_each_system() {
    let validator = validator();
    let config = config();
    assert_eq!(errors(&validator, &config), Vec::<String>::new());

    let targets: Vec<&str> =
        config["bundle"]["targets"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    for wanted in ["deb", "rpm", "appimage", "nsis", "msi", "app", "dmg"] {
        assert!(targets.contains(&wanted), "no {wanted} among the bundle targets {targets:?}");
    }
    // Each target alone, as the release workflow's runners ask for them (`--bundles`).
    for target in &targets {
        let mut one = config.clone();
        one["bundle"]["targets"] = json!([target]);
        assert_eq!(errors(&validator, &one), Vec::<String>::new(), "{target}");
    }
    // The schema is the CLI's, not a lenient one: a target it does not know, or a misspelt NSIS install mode, fails.
    let mut wrong = config.clone();
    wrong["bundle"]["targets"] = json!(["exe"]);
    assert!(!errors(&validator, &wrong).is_empty(), "an unknown target passed");
    let mut wrong = config.clone();
    wrong["bundle"]["windows"]["nsis"]["installMode"] = json!("everyone");
    assert!(!errors(&validator, &wrong).is_empty(), "an unknown NSIS install mode passed");

    // Windows: one installer for a person or a whole machine (IT's silent install, docs/releasing.md), and an MSI.
    assert_eq!(config["bundle"]["windows"]["nsis"]["installMode"], "both");
    assert!(config["bundle"]["windows"]["wix"].is_object());
    assert!(config["bundle"]["macOS"]["dmg"].is_object());
}

#[test]
fn dais_files_open_in_dais() {
    let config = config();
    let associations = config["bundle"]["fileAssociations"].as_array().unwrap();
    let dais = associations.iter().find(|a| a["ext"] == json!(["dais"])).expect("an association for .dais");
    assert_eq!(dais["mimeType"], "application/x-dais-workspace");
    assert_eq!(dais["role"], "Editor");
}

/// A PNG's width and height, from its IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{} is not a PNG", path.display());
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn every_icon_named_exists_at_the_size_its_name_gives() {
    let config = config();
    for icon in config["bundle"]["icon"].as_array().unwrap() {
        let path = root().join(icon.as_str().unwrap());
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match name.strip_suffix(".png") {
            Some("icon") => assert!(png_size(&path).0 >= 512, "the source image is at least 512 px"),
            Some(size) => {
                let (size, scale) =
                    size.split_once('@').map_or((size, 1), |(s, x)| (s, x.trim_end_matches('x').parse().unwrap()));
                let (w, h) =
                    size.split_once('x').map(|(w, h)| (w.parse::<u32>().unwrap(), h.parse::<u32>().unwrap())).unwrap();
                assert_eq!(png_size(&path), (w * scale, h * scale), "{name}");
            }
            None => assert!(std::fs::metadata(&path).is_ok_and(|m| m.len() > 0), "{name} is missing"),
        }
    }
}

/// `ui/node_modules/.bin/tauri icon icons/source.png -o icons` makes them all: made again, each PNG and the Windows
/// icon are the same bytes (the macOS one carries its time of making), so none was drawn or left over by hand.
#[test]
fn every_icon_is_made_from_the_one_source_image() {
    let made = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(root().join("ui/node_modules/.bin/tauri"))
        .args(["icon", "icons/source.png", "-o"])
        .arg(made.path())
        .current_dir(root())
        .output()
        .expect("the Tauri CLI (npm --prefix ui ci)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut compared = 0;
    for entry in std::fs::read_dir(root().join("icons")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "source.png" {
            continue;
        }
        let again = made.path().join(&name);
        assert!(again.exists(), "icons/{name} is not one the CLI makes: left over?");
        if name != "icon.icns" {
            assert!(
                std::fs::read(&path).unwrap() == std::fs::read(&again).unwrap(),
                "icons/{name} is not made from icons/source.png"
            );
            compared += 1;
        }
    }
    assert!(compared >= 15, "{compared} icons compared");
}

#[test]
fn the_updater_takes_only_bundles_signed_by_the_release_key_from_an_https_feed() {
    let config = config();
    let updater = &config["plugins"]["updater"];
    // The public key as `tauri signer generate` writes it: base64 of minisign's public key file.
    let key = updater["pubkey"].as_str().unwrap();
    let base64 = base64::engine::general_purpose::STANDARD;
    let decoded = String::from_utf8(base64.decode(key).unwrap()).expect("the public key is base64 of text");
    let mut lines = decoded.lines();
    assert!(lines.next().unwrap().starts_with("untrusted comment: minisign public key"), "{decoded}");
    assert_eq!(base64.decode(lines.next().unwrap()).unwrap().len(), 42, "a minisign Ed25519 public key");
    let endpoints = updater["endpoints"].as_array().unwrap();
    assert!(!endpoints.is_empty());
    for endpoint in endpoints {
        assert!(endpoint.as_str().unwrap().starts_with("https://"), "{endpoint}");
    }
    for (key, _) in updater.as_object().unwrap() {
        assert!(!key.starts_with("dangerous"), "{key} in the released app's updater");
    }
}
