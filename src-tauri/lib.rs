//! The desktop shell: opens the workspace and exposes core operations as Tauri commands, one core call each.
//!
//! - `workspace`: the open workspace, run off the window's thread, and the notice of what each write changed;
//! - `commands`: the commands the window calls, by area (meetings, programme, speakers, registrations, ...);
//! - `sync`: sync with the event site, on demand and in the background, and the watch for other programs' writes;
//!   both end in order when the window closes;
//! - `menu`: the app's menu (Edit, with Undo and Redo of the meeting's edits);
//! - `instance`: one window per workspace;
//! - `updates`: updates of Dais itself, checked at start and daily, installed on the organiser's word;
//! - `language` and `computer`: the language shown, and the settings kept per computer.
//!
//! Here: start-up, which opens the workspace (or keeps why it could not be) and lists every command the window may
//! call, and the end, when the window closes.

mod commands;
mod computer;
mod instance;
mod language;
mod menu;
mod sync;
mod updates;
mod workspace;

use std::path::PathBuf;
use std::sync::Mutex;

use dais_core::storage;
use tauri::Manager;

use crate::commands::workspace_problem::Problem;
use crate::commands::{
    conflicts, documents, import, meetings, programme, publication, registrations, settings, site, speakers, undo,
    updates as update_commands, workspace_problem,
};
use crate::sync::{Syncing, start_background_sync};
use crate::workspace::{Workspace, open_workspace};

/// `--workspace PATH`, else a workspace's path alone (how the OS opens a `.dais` file with Dais, by the installers' file
/// association), else `DAIS_WORKSPACE`, else the OS's app-data folder.
fn workspace_path() -> dais_core::Result<PathBuf> {
    workspace_in(std::env::args_os().skip(1)).map_or_else(storage::workspace_path_from_env, Ok)
}

fn workspace_in(mut args: impl Iterator<Item = std::ffi::OsString>) -> Option<PathBuf> {
    while let Some(arg) = args.next() {
        if arg == "--workspace" {
            return args.next().map(PathBuf::from);
        } else if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--workspace=")) {
            return Some(PathBuf::from(path));
        } else if !arg.to_string_lossy().starts_with('-') {
            return Some(PathBuf::from(arg));
        }
    }
    None
}

/// macOS opens a `.dais` file by telling the running app, not by its arguments: a workspace other than this window's
/// gets its own window (a process of its own, as when started with its path; one already open comes forward).
#[cfg(target_os = "macos")]
fn open_elsewhere(urls: Vec<tauri::Url>, open: Option<&std::path::Path>) {
    let Ok(exe) = std::env::current_exe() else { return };
    for path in urls.iter().filter_map(|u| u.to_file_path().ok()) {
        if Some(path.as_path()) != open {
            if let Err(e) = std::process::Command::new(&exe).arg("--workspace").arg(&path).spawn() {
                eprintln!("dais: {} could not be opened: {e}", path.display());
            }
        }
    }
}

pub fn run() {
    language::start();
    let path = workspace_path();
    // One window per workspace: a second start brings the first forward and ends here.
    let held = match path.as_deref().map(instance::claim) {
        Ok(Ok(instance::Claim::Elsewhere)) => {
            eprintln!("dais: this workspace is open in another window, which was brought forward");
            return;
        }
        Ok(Ok(instance::Claim::Held { lock, listener })) => Some((lock, listener)),
        Ok(Err(e)) => {
            eprintln!("dais: whether another window has this workspace open is unknown ({e}); opening it here");
            None
        }
        Err(_) => None,
    };
    let (lock, listener) = held.unzip();
    #[cfg(target_os = "macos")]
    let open_path = path.as_ref().ok().cloned();
    let opened = path.as_ref().map_err(|e| e.to_string()).and_then(|p| open_workspace(p).map_err(|e| e.to_string()));
    let (store, problem) = match opened {
        Ok(store) => (Some(store), None),
        Err(reason) => {
            // The window explains it and offers a new workspace; the file is left as it is.
            eprintln!("dais: {reason}");
            (None, Some((path.unwrap_or_else(|_| PathBuf::from("workspace.dais")), reason)))
        }
    };
    tauri::Builder::default()
        .manage(Syncing::default())
        .manage(import::ChosenFile::default())
        .manage(Problem(Mutex::new(problem)))
        .manage(instance::Held::new(lock))
        .manage(updates::Offered::default())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .setup(move |app| {
            app.set_menu(menu::app_menu(app.handle())?)?;
            app.on_menu_event(menu::on_menu_event);
            if let Some(listener) = listener {
                let handle = app.handle().clone();
                instance::answer(listener, move || {
                    if let Some(window) = handle.get_webview_window("main") {
                        let _ = window.unminimize();
                        let _ = window.show();
                        let _ = window.set_focus();
                    }
                });
            }
            if let Some(store) = store {
                app.manage(Workspace::new(store, app.handle().clone()));
                start_background_sync(app.handle().clone());
            }
            updates::start(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            meetings::meetings,
            meetings::side_events,
            meetings::edit_event,
            meetings::translations,
            meetings::translate,
            meetings::create_meeting,
            meetings::open_demo,
            meetings::delete_meeting,
            meetings::zone_names,
            meetings::countries,
            meetings::find_zones,
            programme::programme,
            programme::add_entry,
            programme::edit_entry,
            programme::delete_entry,
            programme::reschedule,
            undo::undo_state,
            undo::undo,
            undo::redo,
            menu::edit_menu,
            speakers::speakers,
            speakers::unlisted_speakers,
            speakers::new_speaker,
            speakers::add_speaker,
            speakers::edit_speaker,
            speakers::set_speaker_photo,
            speakers::remove_speaker_photo,
            speakers::delete_speaker,
            speakers::participations,
            speakers::save_participation,
            speakers::delete_participation,
            import::choose_import_file,
            import::preview_registration_import,
            import::import_registrations,
            import::cancel_import,
            import::close_import_file,
            import::preview_programme_import,
            import::import_programme,
            import::read_meeting_circular,
            import::create_meeting_from_circular,
            import::propose_programme_meeting,
            import::fetch_indico_programme,
            import::import_programme_as_meeting,
            registrations::registration_page,
            registrations::registration_ids,
            registrations::registration_countries,
            registrations::registration_summary,
            registrations::focal_points,
            registrations::save_focal_point,
            registrations::delete_focal_point,
            registrations::decide,
            registrations::add_registration,
            registrations::edit_registration,
            registrations::registration,
            registrations::erase_registration,
            documents::list_columns,
            documents::save_participants_list,
            documents::save_programme_document,
            documents::save_site_files,
            site::sync_status,
            site::save_site_settings,
            site::organiser_name,
            site::save_organiser_name,
            site::sync_now,
            site::open_site_page,
            publication::preview,
            publication::publish,
            publication::unpublish,
            publication::share_meeting,
            publication::versions,
            publication::programme_publication,
            publication::embed_snippets,
            conflicts::conflicts,
            conflicts::restore_conflict,
            workspace_problem::workspace_problem,
            workspace_problem::start_new_workspace,
            settings::languages,
            settings::choose_language,
            update_commands::update_settings,
            update_commands::choose_update_checks,
            update_commands::update_offer,
            update_commands::check_for_update,
            update_commands::install_update,
        ])
        .build(tauri::generate_context!())
        .expect("the app window could not be started")
        .run(move |app, event| match event {
            // The window closed: the background work ends in order before the process does.
            tauri::RunEvent::Exit => sync::stop(app),
            #[cfg(target_os = "macos")]
            tauri::RunEvent::Opened { urls } => open_elsewhere(urls, open_path.as_deref()),
            _ => {}
        });
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_workspace_is_opened_by_its_flag_or_by_its_path_alone_as_a_file_manager_gives_it() {
        let said = |args: &[&str]| super::workspace_in(args.iter().map(Into::into));
        assert_eq!(said(&["--workspace", "/a/x.dais"]), Some("/a/x.dais".into()));
        assert_eq!(said(&["--workspace=/a/x.dais"]), Some("/a/x.dais".into()));
        assert_eq!(said(&["/home/ana/U4SSC 10.dais"]), Some("/home/ana/U4SSC 10.dais".into()));
        assert_eq!(said(&[r"C:\Users\ana\U4SSC.dais"]), Some(r"C:\Users\ana\U4SSC.dais".into()));
        assert_eq!(said(&[]), None, "the environment's, else the app-data folder's");
        assert_eq!(said(&["--other-flag"]), None);
    }
}
