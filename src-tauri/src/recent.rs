//! The operating system's own list of recent files, beside the app's (File → Open recent):
//! GTK's recently used files on Linux (the file manager's and GNOME's Recent), the recent
//! documents on macOS (the Dock's menu). On Windows the shell adds a dossier itself when
//! it is opened from Explorer or chosen in the file dialog, and shows it in the taskbar's
//! jump list (docs/PORTABILITY.md).

use std::path::Path;

use tauri::AppHandle;

/// Adds `dossier` to the system's recent files; what cannot be added is left out quietly
/// (the app's own list has it anyway).
pub fn add(app: &AppHandle, dossier: &Path) {
    let path = dossier.to_path_buf();
    #[cfg(target_os = "linux")]
    let _ = app.run_on_main_thread(move || {
        use gtk::prelude::RecentManagerExt;
        if let (Some(manager), Ok(uri)) = (
            gtk::RecentManager::default(),
            gtk::glib::filename_to_uri(&path, None),
        ) {
            manager.add_item(&uri);
        }
    });
    #[cfg(target_os = "macos")]
    let _ = app.run_on_main_thread(move || {
        if let (Some(mtm), Some(url)) = (
            objc2::MainThreadMarker::new(),
            objc2_foundation::NSURL::from_file_path(&path),
        ) {
            objc2_app_kit::NSDocumentController::sharedDocumentController(mtm)
                .noteNewRecentDocumentURL(&url);
        }
    });
    #[cfg(not(any(target_os = "linux", target_os = "macos")))]
    let _ = (app, path);
}
