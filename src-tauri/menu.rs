//! The app's menu: Edit, with Undo and Redo of the meeting's edits, whose clicks reach the window as `menu` events,
//! and the command by which the window sets what they say.

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItem, SubmenuBuilder};
use tauri::{AppHandle, Emitter};

/// The Edit menu's items that undo and redo the meeting's edits, by id; a click on either reaches the window as a
/// `menu` event (`undo` or `redo`).
const UNDO_ITEM: &str = "undo-edit";
const REDO_ITEM: &str = "redo-edit";
const MENU_EVENT: &str = "menu";

/// The app's menu: Edit, with Undo and Redo of the meeting's edits (the window sets what they say, `edit_menu`), then
/// the clipboard's items. They carry no shortcut: Ctrl+Z is the page's (`ui/src/lib/state/undo.ts`), which leaves a text
/// field's own undo alone. On a Mac, whose text fields take their undo from the menu, the system's Undo and Redo stay
/// above them, with the application menu.
pub(crate) fn app_menu(app: &AppHandle) -> tauri::Result<Menu<tauri::Wry>> {
    let undo = MenuItem::with_id(app, UNDO_ITEM, "Undo", false, None::<&str>)?;
    let redo = MenuItem::with_id(app, REDO_ITEM, "Redo", false, None::<&str>)?;
    let edit = SubmenuBuilder::new(app, "Edit");
    #[cfg(target_os = "macos")]
    let edit = edit.undo().redo().separator();
    let edit = edit.item(&undo).item(&redo).separator().cut().copy().paste().select_all().build()?;
    let menu = MenuBuilder::new(app);
    #[cfg(target_os = "macos")]
    let menu = menu.item(
        &SubmenuBuilder::new(app, app.package_info().name.clone())
            .about(None)
            .separator()
            .services()
            .separator()
            .hide()
            .hide_others()
            .separator()
            .quit()
            .build()?,
    );
    menu.item(&edit).build()
}

/// Tells the window that Undo or Redo was chosen in the menu; other items act by themselves.
pub(crate) fn on_menu_event(app: &AppHandle, event: MenuEvent) {
    let action = match event.id().as_ref() {
        UNDO_ITEM => "undo",
        REDO_ITEM => "redo",
        _ => return,
    };
    let _ = app.emit(MENU_EVENT, action);
}

/// What the Edit menu's Undo and Redo say (`Undo Move item “Closing”`), and whether they can be chosen.
#[tauri::command]
pub(crate) fn edit_menu(app: AppHandle, undo: Option<String>, redo: Option<String>) {
    let Some(menu) = app.menu() else { return };
    for (id, verb, label) in [(UNDO_ITEM, "Undo", undo), (REDO_ITEM, "Redo", redo)] {
        if let Some(item) = menu.get(id).as_ref().and_then(|i| i.as_menuitem()) {
            let _ = item.set_text(label.as_deref().map_or_else(|| verb.to_string(), |l| format!("{verb} {l}")));
            let _ = item.set_enabled(label.is_some());
        }
    }
}
