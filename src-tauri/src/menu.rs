//! The native menu bar, built from the core's (`ketenkompas::menu`) in the user's
//! language with the recent dossiers; a chosen item goes to the interface as a `menu`
//! event carrying the command ("open", "recent:2", …), where the same code as the
//! screens' buttons carries it out.

use ketenkompas::menu::{menu_bar, EditCommand, MenuEntry};
use tauri::menu::{CheckMenuItem, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Emitter, Manager, Wry};

use crate::state::{lock, AppState};

/// Builds the menu bar for the app's state now and puts it on the window.
pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let state = app.state::<AppState>();
    let (lang, recent) = {
        let s = lock(&state.settings);
        (s.language, s.recent.clone())
    };
    let open = lock(&state.dossier).is_some();
    let menu = Menu::new(app)?;
    // macOS takes the first menu as the application's own (named after it): about,
    // hide and quit live there, as users of that platform expect.
    #[cfg(target_os = "macos")]
    {
        let own = Submenu::new(app, "Ketenkompas", true)?;
        own.append(&PredefinedMenuItem::about(app, None, None)?)?;
        own.append(&PredefinedMenuItem::separator(app)?)?;
        own.append(&PredefinedMenuItem::services(app, None)?)?;
        own.append(&PredefinedMenuItem::separator(app)?)?;
        own.append(&PredefinedMenuItem::hide(app, None)?)?;
        own.append(&PredefinedMenuItem::hide_others(app, None)?)?;
        own.append(&PredefinedMenuItem::show_all(app, None)?)?;
        own.append(&PredefinedMenuItem::separator(app)?)?;
        own.append(&PredefinedMenuItem::quit(app, None)?)?;
        menu.append(&own)?;
    }
    for m in menu_bar(lang, &recent, open) {
        let sub = Submenu::new(app, &m.label, true)?;
        add(app, &sub, &m.entries)?;
        menu.append(&sub)?;
    }
    app.set_menu(menu)?;
    Ok(())
}

fn add(app: &AppHandle, to: &Submenu<Wry>, entries: &[MenuEntry]) -> tauri::Result<()> {
    for e in entries {
        match e {
            MenuEntry::Command {
                command,
                label,
                accelerator,
                checked: Some(on),
            } => to.append(&CheckMenuItem::with_id(
                app,
                command.as_str(),
                label,
                true,
                *on,
                accelerator.as_deref(),
            )?)?,
            MenuEntry::Command {
                command,
                label,
                accelerator,
                checked: None,
            } => to.append(&MenuItem::with_id(
                app,
                command.as_str(),
                label,
                true,
                accelerator.as_deref(),
            )?)?,
            MenuEntry::Recent { index, label } => to.append(&MenuItem::with_id(
                app,
                format!("recent:{index}"),
                label,
                true,
                None::<&str>,
            )?)?,
            MenuEntry::Edit { command } => to.append(&match command {
                EditCommand::Undo => PredefinedMenuItem::undo(app, None)?,
                EditCommand::Redo => PredefinedMenuItem::redo(app, None)?,
                EditCommand::Cut => PredefinedMenuItem::cut(app, None)?,
                EditCommand::Copy => PredefinedMenuItem::copy(app, None)?,
                EditCommand::Paste => PredefinedMenuItem::paste(app, None)?,
                EditCommand::SelectAll => PredefinedMenuItem::select_all(app, None)?,
            })?,
            MenuEntry::Separator => to.append(&PredefinedMenuItem::separator(app)?)?,
            MenuEntry::Submenu { label, entries } => {
                let sub = Submenu::new(app, label, true)?;
                add(app, &sub, entries)?;
                to.append(&sub)?;
            }
            // On macOS Quit is in the application's menu.
            MenuEntry::Quit => {
                if !cfg!(target_os = "macos") {
                    to.append(&PredefinedMenuItem::quit(app, None)?)?
                }
            }
        }
    }
    Ok(())
}

/// A chosen item: its command to the interface.
pub fn chosen(app: &AppHandle, id: &str) {
    let _ = app.emit("menu", id.to_string());
}
