//! The app's menu: Edit, with Undo and Redo of the meeting's edits, whose clicks reach the window as `menu` events,
//! and the command by which the window sets what they say.

use dais_core::t;
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItem, SubmenuBuilder};
use tauri::{AppHandle, Emitter};

use crate::language;

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
    let lang = language::shown();
    let undo = MenuItem::with_id(app, UNDO_ITEM, t!(lang, "app-menu-undo"), false, None::<&str>)?;
    let redo = MenuItem::with_id(app, REDO_ITEM, t!(lang, "app-menu-redo"), false, None::<&str>)?;
    let edit = SubmenuBuilder::new(app, t!(lang, "app-menu-edit"));
    #[cfg(target_os = "macos")]
    let edit = edit.undo().redo().separator();
    let edit = edit
        .item(&undo)
        .item(&redo)
        .separator()
        .cut_with_text(t!(lang, "app-menu-cut"))
        .copy_with_text(t!(lang, "app-menu-copy"))
        .paste_with_text(t!(lang, "app-menu-paste"))
        .select_all_with_text(t!(lang, "app-menu-select-all"))
        .build()?;
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

/// What the Edit menu's Undo and Redo say, as the window says them in its language (`Undo Move item “Closing”`); null:
/// nothing to undo (or redo), and the item is disabled.
#[tauri::command]
pub(crate) fn edit_menu(app: AppHandle, undo: Option<String>, redo: Option<String>) {
    let Some(menu) = app.menu() else { return };
    let lang = language::shown();
    let items = [(UNDO_ITEM, t!(lang, "app-menu-undo"), undo), (REDO_ITEM, t!(lang, "app-menu-redo"), redo)];
    for (id, word, said) in items {
        if let Some(item) = menu.get(id).as_ref().and_then(|i| i.as_menuitem()) {
            let _ = item.set_enabled(said.is_some());
            let _ = item.set_text(said.unwrap_or(word));
        }
    }
}
