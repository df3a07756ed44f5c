//! A bare Tauri 2 window showing one element: the baseline of the start-up bench (benches/startup.rs), built with the
//! same tauri, features and profile as the app, so that the app's start-up is read as a ratio to it.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("the bare window could not start");
}
