//! The app's menu bar and its keyboard shortcuts, in the user's language: File (new,
//! open, open recent, save a copy, export, print a report, close), Edit (the usual
//! editing commands and find), View (the language) and Help (the shortcuts, the user
//! guide, the data sources, looking for a new version, about). The shell builds the
//! native menu from this and hands each chosen command to the user interface; the Help
//! screen lists the same shortcuts, so the two cannot differ.

use serde::Serialize;
use ts_rs::TS;

use crate::messages::{Lang, Messages};
use crate::model::vocab::vocabulary;

vocabulary! {
    /// A command of the menu that the user interface carries out.
    MenuCommand {
        New = "new",
        Open = "open",
        SaveCopy = "save_copy",
        Export = "export",
        PrintReport = "print_report",
        Close = "close",
        Find = "find",
        LangNl = "lang_nl",
        LangEn = "lang_en",
        Shortcuts = "shortcuts",
        Guide = "guide",
        Sources = "sources",
        CheckUpdates = "check_updates",
        About = "about",
    }
}

/// An editing command the platform carries out itself.
#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum EditCommand {
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    SelectAll,
}

/// One entry of a menu.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MenuEntry {
    Command {
        command: MenuCommand,
        label: String,
        /// In the platform-neutral form the shell takes: "CmdOrCtrl+O".
        accelerator: Option<String>,
        /// A choice that is on (the language in use).
        checked: Option<bool>,
    },
    /// The dossiers opened last; `index` into the recent list.
    Recent {
        index: u32,
        label: String,
    },
    Edit {
        command: EditCommand,
        label: String,
    },
    Separator,
    /// A submenu.
    Submenu {
        label: String,
        entries: Vec<MenuEntry>,
    },
    /// Leaves the app (the platform's own item).
    Quit {
        label: String,
    },
}

/// One menu of the menu bar.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Menu {
    pub label: String,
    pub entries: Vec<MenuEntry>,
}

/// A shortcut as the Help screen lists it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Shortcut {
    pub command: MenuCommand,
    pub label: String,
    /// "CmdOrCtrl+O": Ctrl on Windows and Linux, ⌘ on macOS.
    pub accelerator: String,
}

/// The keyboard shortcut of each command that has one: the platforms' usual keys.
pub fn accelerator(c: MenuCommand) -> Option<&'static str> {
    Some(match c {
        MenuCommand::New => "CmdOrCtrl+N",
        MenuCommand::Open => "CmdOrCtrl+O",
        MenuCommand::SaveCopy => "CmdOrCtrl+Shift+S",
        MenuCommand::PrintReport => "CmdOrCtrl+P",
        MenuCommand::Close => "CmdOrCtrl+W",
        MenuCommand::Find => "CmdOrCtrl+F",
        MenuCommand::Shortcuts => "F1",
        _ => return None,
    })
}

fn edit_key(c: EditCommand) -> &'static str {
    match c {
        EditCommand::Undo => "undo",
        EditCommand::Redo => "redo",
        EditCommand::Cut => "cut",
        EditCommand::Copy => "copy",
        EditCommand::Paste => "paste",
        EditCommand::SelectAll => "select_all",
    }
}

/// The labels of the application menu macOS puts first (named after the app).
pub fn app_menu_labels(lang: Lang) -> [(&'static str, String); 6] {
    let m = Messages::new(lang);
    [
        "about",
        "services",
        "hide",
        "hide_others",
        "show_all",
        "quit",
    ]
    .map(|k| (k, m.get(&format!("menu.{k}"), &[])))
}

/// The file name of a recent dossier, as the menu shows it.
fn file_name(path: &str) -> String {
    path.rsplit(['/', '\\'])
        .next()
        .filter(|n| !n.is_empty())
        .unwrap_or(path)
        .to_string()
}

/// The menu bar in `lang`, with `recent` dossiers (paths, newest first); commands that
/// need an open dossier are left out when `open` is false.
pub fn menu_bar(lang: Lang, recent: &[String], open: bool) -> Vec<Menu> {
    let m = Messages::new(lang);
    let t = |key: &str| m.get(&format!("menu.{key}"), &[]);
    let command = |c: MenuCommand| MenuEntry::Command {
        command: c,
        label: t(&format!("command.{}", c.as_str())),
        accelerator: accelerator(c).map(String::from),
        checked: match c {
            MenuCommand::LangNl => Some(lang == Lang::Nl),
            MenuCommand::LangEn => Some(lang == Lang::En),
            _ => None,
        },
    };
    let recent_entries: Vec<MenuEntry> = recent
        .iter()
        .take(8)
        .enumerate()
        .map(|(i, p)| MenuEntry::Recent {
            index: i as u32,
            label: file_name(p),
        })
        .collect();
    let mut file = vec![command(MenuCommand::New), command(MenuCommand::Open)];
    if !recent_entries.is_empty() {
        file.push(MenuEntry::Submenu {
            label: t("recent"),
            entries: recent_entries,
        });
    }
    if open {
        file.extend([
            MenuEntry::Separator,
            command(MenuCommand::SaveCopy),
            command(MenuCommand::Export),
            command(MenuCommand::PrintReport),
            MenuEntry::Separator,
            command(MenuCommand::Close),
        ]);
    }
    file.extend([MenuEntry::Separator, MenuEntry::Quit { label: t("quit") }]);
    let editing = |command: EditCommand| MenuEntry::Edit {
        command,
        label: t(&format!("edit.{}", edit_key(command))),
    };
    let mut edit: Vec<MenuEntry> = vec![
        editing(EditCommand::Undo),
        editing(EditCommand::Redo),
        MenuEntry::Separator,
    ];
    edit.extend(
        [
            EditCommand::Cut,
            EditCommand::Copy,
            EditCommand::Paste,
            EditCommand::SelectAll,
        ]
        .into_iter()
        .map(editing),
    );
    if open {
        edit.extend([MenuEntry::Separator, command(MenuCommand::Find)]);
    }
    vec![
        Menu {
            label: t("file"),
            entries: file,
        },
        Menu {
            label: t("edit"),
            entries: edit,
        },
        Menu {
            label: t("view"),
            entries: vec![MenuEntry::Submenu {
                label: t("language"),
                entries: vec![command(MenuCommand::LangNl), command(MenuCommand::LangEn)],
            }],
        },
        Menu {
            label: t("help"),
            entries: vec![
                command(MenuCommand::Shortcuts),
                command(MenuCommand::Guide),
                command(MenuCommand::Sources),
                MenuEntry::Separator,
                command(MenuCommand::CheckUpdates),
                command(MenuCommand::About),
            ],
        },
    ]
}

/// What the Help screen shows besides its texts.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct HelpInfo {
    /// The app's version: "0.1.0".
    pub version: String,
    pub shortcuts: Vec<Shortcut>,
}

/// The Help screen's facts in `lang`.
pub fn help(lang: Lang) -> HelpInfo {
    HelpInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        shortcuts: shortcuts(lang),
    }
}

/// Every shortcut, for the Help screen.
pub fn shortcuts(lang: Lang) -> Vec<Shortcut> {
    let m = Messages::new(lang);
    MenuCommand::ALL
        .iter()
        .filter_map(|c| {
            Some(Shortcut {
                command: *c,
                label: m.get(&format!("menu.command.{}", c.as_str()), &[]),
                accelerator: accelerator(*c)?.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commands(entries: &[MenuEntry], out: &mut Vec<MenuCommand>) {
        for e in entries {
            match e {
                MenuEntry::Command { command, .. } => out.push(*command),
                MenuEntry::Submenu { entries, .. } => commands(entries, out),
                _ => {}
            }
        }
    }

    #[test]
    fn every_command_is_in_the_menu_with_a_label_in_both_languages() {
        for lang in Lang::ALL {
            let bar = menu_bar(lang, &["/a/b.kkdossier".into()], true);
            let mut found = Vec::new();
            for menu in &bar {
                commands(&menu.entries, &mut found);
                assert!(!menu.label.starts_with("menu."), "{}", menu.label);
            }
            for (key, label) in app_menu_labels(lang) {
                assert!(!label.starts_with("menu."), "{key} ({lang:?})");
            }
            fn labels(entries: &[MenuEntry], out: &mut Vec<String>) {
                for e in entries {
                    match e {
                        MenuEntry::Command { label, .. }
                        | MenuEntry::Recent { label, .. }
                        | MenuEntry::Edit { label, .. }
                        | MenuEntry::Quit { label } => out.push(label.clone()),
                        MenuEntry::Submenu { label, entries } => {
                            out.push(label.clone());
                            labels(entries, out);
                        }
                        MenuEntry::Separator => {}
                    }
                }
            }
            let mut all = Vec::new();
            for menu in &bar {
                labels(&menu.entries, &mut all);
            }
            for l in &all {
                assert!(!l.starts_with("menu."), "{l} has no text ({lang:?})");
            }
            for c in MenuCommand::ALL {
                assert!(found.contains(c), "{c:?} ({lang:?})");
                assert!(
                    Messages::new(lang).has(&format!("menu.command.{}", c.as_str())),
                    "{c:?} ({lang:?})"
                );
            }
        }
    }

    #[test]
    fn without_a_dossier_only_what_needs_none_is_offered() {
        let bar = menu_bar(Lang::Nl, &[], false);
        let mut found = Vec::new();
        for menu in &bar {
            commands(&menu.entries, &mut found);
        }
        for c in [
            MenuCommand::SaveCopy,
            MenuCommand::Export,
            MenuCommand::PrintReport,
            MenuCommand::Close,
            MenuCommand::Find,
        ] {
            assert!(!found.contains(&c), "{c:?}");
        }
        assert!(found.contains(&MenuCommand::Open));
    }

    #[test]
    fn recent_dossiers_are_listed_by_file_name_newest_first() {
        let bar = menu_bar(
            Lang::En,
            &[
                "/home/anna/Nieuw.kkdossier".into(),
                "C:\\Users\\anna\\Oud.kkdossier".into(),
            ],
            false,
        );
        let Some(MenuEntry::Submenu { label, entries }) = bar[0]
            .entries
            .iter()
            .find(|e| matches!(e, MenuEntry::Submenu { .. }))
        else {
            panic!("no recent submenu");
        };
        assert_eq!(label, "Open recent");
        assert_eq!(
            entries,
            &[
                MenuEntry::Recent {
                    index: 0,
                    label: "Nieuw.kkdossier".into()
                },
                MenuEntry::Recent {
                    index: 1,
                    label: "Oud.kkdossier".into()
                },
            ]
        );
    }

    #[test]
    fn shortcuts_are_the_platforms_usual_keys_and_none_is_used_twice() {
        let list = shortcuts(Lang::Nl);
        let keys: Vec<&str> = list.iter().map(|s| s.accelerator.as_str()).collect();
        for k in [
            "CmdOrCtrl+N",
            "CmdOrCtrl+O",
            "CmdOrCtrl+P",
            "CmdOrCtrl+F",
            "CmdOrCtrl+W",
        ] {
            assert!(keys.contains(&k), "{k}");
        }
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), keys.len());
    }

    #[test]
    fn the_language_in_use_is_the_one_ticked() {
        let bar = menu_bar(Lang::En, &[], false);
        let Some(MenuEntry::Submenu { entries, .. }) = bar[2].entries.first() else {
            panic!("view menu");
        };
        let ticked: Vec<MenuCommand> = entries
            .iter()
            .filter_map(|e| match e {
                MenuEntry::Command {
                    command,
                    checked: Some(true),
                    ..
                } => Some(*command),
                _ => None,
            })
            .collect();
        assert_eq!(ticked, [MenuCommand::LangEn]);
    }
}
