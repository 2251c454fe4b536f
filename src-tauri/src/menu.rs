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
        let [about, services, hide, others, all, quit] =
            ketenkompas::menu::app_menu_labels(lang).map(|(_, label)| label);
        let own = Submenu::new(app, "Ketenkompas", true)?;
        own.append(&PredefinedMenuItem::about(app, Some(&about), None)?)?;
        own.append(&PredefinedMenuItem::separator(app)?)?;
        own.append(&PredefinedMenuItem::services(app, Some(&services))?)?;
        own.append(&PredefinedMenuItem::separator(app)?)?;
        own.append(&PredefinedMenuItem::hide(app, Some(&hide))?)?;
        own.append(&PredefinedMenuItem::hide_others(app, Some(&others))?)?;
        own.append(&PredefinedMenuItem::show_all(app, Some(&all))?)?;
        own.append(&PredefinedMenuItem::separator(app)?)?;
        own.append(&PredefinedMenuItem::quit(app, Some(&quit))?)?;
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
    // Nothing yet in this menu: a separator would stand first.
    let mut empty = true;
    for e in entries {
        let skipped = match e {
            // The menu library offers undo and redo on macOS only (docs/PORTABILITY.md).
            MenuEntry::Edit {
                command: EditCommand::Undo | EditCommand::Redo,
                ..
            } => !cfg!(target_os = "macos"),
            // On macOS Quit is in the application's menu.
            MenuEntry::Quit { .. } => cfg!(target_os = "macos"),
            MenuEntry::Separator => empty,
            _ => false,
        };
        if skipped {
            continue;
        }
        empty = false;
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
            MenuEntry::Edit { command, label } => {
                let text = Some(label.as_str());
                to.append(&match command {
                    EditCommand::Undo => PredefinedMenuItem::undo(app, text)?,
                    EditCommand::Redo => PredefinedMenuItem::redo(app, text)?,
                    EditCommand::Cut => PredefinedMenuItem::cut(app, text)?,
                    EditCommand::Copy => PredefinedMenuItem::copy(app, text)?,
                    EditCommand::Paste => PredefinedMenuItem::paste(app, text)?,
                    EditCommand::SelectAll => PredefinedMenuItem::select_all(app, text)?,
                })?
            }
            MenuEntry::Separator => to.append(&PredefinedMenuItem::separator(app)?)?,
            MenuEntry::Submenu { label, entries } => {
                let sub = Submenu::new(app, label, true)?;
                add(app, &sub, entries)?;
                to.append(&sub)?;
            }
            MenuEntry::Quit { label } => to.append(&PredefinedMenuItem::quit(app, Some(label))?)?,
        }
    }
    Ok(())
}

/// A chosen item: its command to the interface.
pub fn chosen(app: &AppHandle, id: &str) {
    let _ = app.emit("menu", id.to_string());
    // A tick item turns itself off when chosen again; the language in use stays ticked
    // (another language is ticked when the interface has switched and rebuilds the menu).
    // Menu events arrive through the event loop, after the native item's own handler has
    // returned, so the menu can be rebuilt here.
    if id.starts_with("lang_") {
        let handle = app.clone();
        let _ = app.run_on_main_thread(move || {
            let _ = install(&handle);
        });
    }
}
