//! What the app holds while it runs: the open dossier and the settings file.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use ketenkompas::dossier::backup;
use ketenkompas::report::layout::{Laid, Outline, Page};
use ketenkompas::settings::AppSettings;
use ketenkompas::{Dossier, Error, ErrorPayload};

/// Adds a dossier to the system's list of recent files.
pub type AddRecent = Box<dyn Fn(&std::path::Path) + Send + Sync>;

pub struct AppState {
    pub dossier: Mutex<Option<Dossier>>,
    pub settings: Mutex<AppSettings>,
    /// Why the dossier asked for at start could not be opened, told once to the UI.
    pub start_error: Mutex<Option<ErrorPayload>>,
    /// The bytes of a previewed import, until it is committed or discarded.
    pub pending_import: Mutex<Option<Vec<u8>>>,
    /// Returned questionnaires gathered for a preview, by file name.
    pub pending_survey: Mutex<Vec<(String, Vec<u8>)>>,
    /// The last report preview, whose pages the interface asks for a few at a time,
    /// with its number.
    pub preview: Mutex<Option<(u64, Laid)>>,
    pub preview_count: AtomicU64,
    /// Reports saved in this session; only these can be opened from the interface.
    pub saved_reports: Mutex<Vec<PathBuf>>,
    /// A supplier list dropped on the window, until its preview is asked for.
    pub dropped_list: Mutex<Option<Vec<u8>>>,
    /// A dossier handed to the app (a second launch, a drop, macOS's Opened event),
    /// until the interface has asked about unsaved changes and opens it.
    pub handed: Mutex<Option<PathBuf>>,
    /// Why the last automatic backup failed, if it did; shown with the backups.
    pub backup_error: std::sync::Arc<Mutex<Option<ErrorPayload>>>,
    /// Adds an opened dossier to the system's own recent files (set once the app runs).
    pub system_recent: std::sync::OnceLock<AddRecent>,
    settings_path: PathBuf,
    pub data_dir: PathBuf,
}

impl AppState {
    pub fn new(config_dir: PathBuf, data_dir: PathBuf) -> AppState {
        let settings_path = config_dir.join("settings.json");
        AppState {
            dossier: Mutex::new(None),
            settings: Mutex::new(AppSettings::load(&settings_path)),
            start_error: Mutex::new(None),
            pending_import: Mutex::new(None),
            pending_survey: Mutex::new(Vec::new()),
            preview: Mutex::new(None),
            preview_count: AtomicU64::new(0),
            saved_reports: Mutex::new(Vec::new()),
            dropped_list: Mutex::new(None),
            handed: Mutex::new(None),
            backup_error: Default::default(),
            system_recent: std::sync::OnceLock::new(),
            settings_path,
            data_dir,
        }
    }

    pub fn open_at_start(&self, path: PathBuf) {
        let result = Dossier::open_for_reading(&path).map(|d| self.replace(d));
        *lock(&self.start_error) = result.err().map(|e| e.payload());
    }

    /// Makes `d` the open dossier, remembers it as recent (also in the system's list), and
    /// takes an automatic backup in the background when one is due (see
    /// `ketenkompas::dossier::backup`).
    pub fn replace(&self, d: Dossier) {
        let path = d.path().to_path_buf();
        *lock(&self.dossier) = Some(d);
        let root = self.backup_root();
        let error = std::sync::Arc::clone(&self.backup_error);
        let dossier = path.clone();
        std::thread::spawn(move || {
            let result = backup::take_if_due(&root, &dossier, ketenkompas::model::date::now_secs());
            *lock(&error) = result.err().map(|e| e.payload());
        });
        *lock(&self.pending_import) = None;
        *lock(&self.dropped_list) = None;
        lock(&self.pending_survey).clear();
        *lock(&self.preview) = None;
        if let Some(add) = self.system_recent.get() {
            add(&path);
        }
        let mut s = lock(&self.settings);
        s.remember(&path);
        // Failing to save the recent list must not stop the user from working.
        let _ = s.save(&self.settings_path);
    }

    /// Keeps a laid-out report in place of the previous one; its outline says which it is.
    pub fn keep_preview(&self, laid: Laid) -> Outline {
        let id = self.preview_count.fetch_add(1, Ordering::Relaxed) + 1;
        let outline = laid.outline(id);
        *lock(&self.preview) = Some((id, laid));
        outline
    }

    /// Pages of the kept preview `id`; none when a newer one replaced it.
    pub fn preview_pages(&self, id: u64, from: usize, count: usize) -> Vec<Page> {
        match &*lock(&self.preview) {
            Some((kept, laid)) if *kept == id => laid.pages_from(from, count),
            _ => Vec::new(),
        }
    }

    pub fn save_settings(&self, s: &AppSettings) -> Result<(), Error> {
        s.save(&self.settings_path)
    }

    /// Runs `f` on the open dossier; an error when none is open.
    pub fn with_dossier<T>(
        &self,
        f: impl FnOnce(&mut Dossier) -> Result<T, Error>,
    ) -> Result<T, ErrorPayload> {
        let mut guard = lock(&self.dossier);
        match guard.as_mut() {
            Some(d) => f(d).map_err(|e| e.payload()),
            None => Err(no_dossier()),
        }
    }

    /// Where the backups of every dossier go: the app's own data folder.
    pub fn backup_root(&self) -> PathBuf {
        self.data_dir.join("backups")
    }

    pub fn sample_path(&self) -> PathBuf {
        self.data_dir.join("Voorbeelddossier.kkdossier")
    }
}

pub fn no_dossier() -> ErrorPayload {
    ErrorPayload {
        code: "app.no_dossier".into(),
        params: Default::default(),
    }
}

/// A poisoned lock only means an earlier command panicked; the data is still usable.
/// (Only in debug builds: release builds abort on a panic, ADR 0024.)
pub fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(dir: &std::path::Path) -> AppState {
        AppState::new(dir.join("config"), dir.join("data"))
    }

    #[test]
    fn a_bad_start_file_is_reported_once_and_nothing_opens() {
        let dir = tempfile::tempdir().expect("dir");
        let bad = dir.path().join("x.kkdossier");
        std::fs::write(&bad, "geen dossier").expect("write");
        let s = state(dir.path());
        s.open_at_start(bad);
        assert!(lock(&s.dossier).is_none());
        let err = lock(&s.start_error).take().expect("error kept");
        assert_eq!(err.code, "dossier.not_a_dossier");
        assert!(s.with_dossier(|d| d.company()).is_err());
    }

    #[test]
    fn an_opened_dossier_is_remembered_as_recent_across_restarts() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("d.kkdossier");
        drop(Dossier::create(&path, "Recent B.V.", 2026).expect("create"));
        state(dir.path()).open_at_start(path.clone());
        let again = state(dir.path());
        assert!(lock(&again.settings).is_recent(&path.display().to_string()));
    }

    #[test]
    fn opening_a_dossier_takes_a_backup_in_the_background() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("d.kkdossier");
        drop(Dossier::create(&path, "Back-up B.V.", 2026).expect("create"));
        let s = state(dir.path());
        s.open_at_start(path.clone());
        let mut listed = Vec::new();
        for _ in 0..100 {
            listed = backup::list(&s.backup_root(), &path).expect("list");
            if !listed.is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert_eq!(listed.len(), 1, "one automatic backup");
        assert!(lock(&s.backup_error).is_none());
    }
}
