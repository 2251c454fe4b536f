//! The main window as the user left it, and a second launch handed to the first.
//!
//! Size, place and the maximised state are kept by the window-state plugin and put back
//! when the app starts; a window that would not fit the screen it opens on (a smaller
//! screen than last time, a monitor that is gone) is brought within it. A second launch
//! of the app (a dossier double-clicked while the app runs) hands its arguments to the
//! first through the single-instance plugin, which opens that dossier and comes forward.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Emitter, Manager, PhysicalPosition, PhysicalSize, WebviewWindow};
use tauri_plugin_window_state::{StateFlags, WindowExt};

use crate::state::AppState;

/// What is remembered of a window.
pub fn flags() -> StateFlags {
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}

/// The smallest window the screens are laid out for (as in tauri.conf.json).
const MIN: (u32, u32) = (900, 600);

/// A rectangle in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

/// `window` moved and, where needed, shrunk so that it lies on `screen`; never smaller
/// than the minimum size unless the screen itself is smaller.
pub fn fit(window: Rect, screen: Rect) -> Rect {
    // A window not yet on screen has no size to go by; one screen size of nothing
    // neither.
    if window.width == 0 || window.height == 0 || screen.width == 0 || screen.height == 0 {
        return window;
    }
    let width = window.width.min(screen.width).max(MIN.0.min(screen.width));
    let height = window
        .height
        .min(screen.height)
        .max(MIN.1.min(screen.height));
    let right = screen.x + screen.width as i32 - width as i32;
    let bottom = screen.y + screen.height as i32 - height as i32;
    Rect {
        x: window.x.clamp(screen.x, right.max(screen.x)),
        y: window.y.clamp(screen.y, bottom.max(screen.y)),
        width,
        height,
    }
}

/// Puts the main window back as it was left, within the screen it opens on.
pub fn restore(w: &WebviewWindow) {
    let _ = w.restore_state(flags());
    if w.is_maximized().unwrap_or(false) {
        return;
    }
    // On a screen that is gone there is no current monitor: then the main one.
    let monitor = w
        .current_monitor()
        .ok()
        .flatten()
        .or_else(|| w.primary_monitor().ok().flatten());
    let (Some(monitor), Ok(pos), Ok(size)) = (monitor, w.outer_position(), w.outer_size()) else {
        return;
    };
    let now = Rect {
        x: pos.x,
        y: pos.y,
        width: size.width,
        height: size.height,
    };
    let screen = Rect {
        x: monitor.position().x,
        y: monitor.position().y,
        width: monitor.size().width,
        height: monitor.size().height,
    };
    let fitted = fit(now, screen);
    if fitted != now {
        let _ = w.set_size(PhysicalSize::new(fitted.width, fitted.height));
        let _ = w.set_position(PhysicalPosition::new(fitted.x, fitted.y));
    }
}

/// The dossier a launch names: the first argument after the program's own that ends in
/// `.kkdossier`, taken relative to the folder the launch started in.
pub fn dossier_in(args: &[String], cwd: &str) -> Option<PathBuf> {
    args.iter()
        .skip(1)
        .map(Path::new)
        .find(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case(ketenkompas::dossier::EXTENSION))
        })
        .map(|p| {
            if p.is_absolute() || cwd.is_empty() {
                p.to_path_buf()
            } else {
                Path::new(cwd).join(p)
            }
        })
}

/// A second launch: its dossier is handed to the interface, which asks about unsaved
/// changes before it opens it; the window comes forward.
pub fn handed_over(app: &AppHandle, args: Vec<String>, cwd: String) {
    if let Some(path) = dossier_in(&args, &cwd) {
        hand(app, path);
    }
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// Hands a dossier to the interface to open (see `open_handed`).
pub fn hand(app: &AppHandle, path: PathBuf) {
    *crate::state::lock(&app.state::<AppState>().handed) = Some(path);
    let _ = app.emit("open-request", ());
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: Rect = Rect {
        x: 0,
        y: 0,
        width: 1366,
        height: 768,
    };

    #[test]
    fn a_window_that_fits_stays_where_it_was() {
        let w = Rect {
            x: 100,
            y: 50,
            width: 1000,
            height: 700,
        };
        assert_eq!(fit(w, SCREEN), w);
    }

    #[test]
    fn a_window_from_a_larger_screen_is_shrunk_and_moved_onto_this_one() {
        let w = Rect {
            x: 1800,
            y: 900,
            width: 1900,
            height: 1050,
        };
        assert_eq!(
            fit(w, SCREEN),
            Rect {
                x: 0,
                y: 0,
                width: 1366,
                height: 768
            }
        );
        // Off to the left of a second screen that is gone.
        let gone = Rect {
            x: -1500,
            y: 100,
            width: 1000,
            height: 700,
        };
        assert_eq!(fit(gone, SCREEN).x, 0);
        assert_eq!(fit(gone, SCREEN).y, 68);
    }

    #[test]
    fn a_window_is_not_made_smaller_than_the_screens_need_unless_the_screen_is() {
        let tiny = Rect {
            x: 10,
            y: 10,
            width: 300,
            height: 200,
        };
        let f = fit(tiny, SCREEN);
        assert_eq!((f.width, f.height), MIN);
        let small_screen = Rect {
            x: 0,
            y: 0,
            width: 800,
            height: 500,
        };
        let f = fit(tiny, small_screen);
        assert_eq!((f.width, f.height), (800, 500));
    }

    #[test]
    fn a_window_or_screen_without_a_size_yet_is_left_alone() {
        let unshown = Rect {
            x: 0,
            y: 0,
            width: 0,
            height: 0,
        };
        assert_eq!(fit(unshown, SCREEN), unshown);
        let w = Rect {
            x: 5,
            y: 5,
            width: 1200,
            height: 800,
        };
        assert_eq!(fit(w, Rect { width: 0, ..SCREEN }), w);
    }

    #[test]
    fn a_second_launch_names_its_dossier_relative_to_where_it_started() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            dossier_in(&args(&["ketenkompas", "bedrijf.kkdossier"]), "/home/anna"),
            Some(PathBuf::from("/home/anna/bedrijf.kkdossier"))
        );
        assert_eq!(
            dossier_in(&args(&["ketenkompas", "--flag", "/data/B.KKDOSSIER"]), "/x"),
            Some(PathBuf::from("/data/B.KKDOSSIER"))
        );
        assert_eq!(dossier_in(&args(&["ketenkompas"]), "/x"), None);
        assert_eq!(dossier_in(&args(&["ketenkompas", "lijst.csv"]), "/x"), None);
    }
}
