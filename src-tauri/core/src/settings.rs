//! The user's settings that belong to the installation, not to a dossier: language,
//! recent dossiers, the annex limit and the weekly update check. Kept as a small JSON
//! file in the app's config folder.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// How many recent dossiers are remembered.
pub const RECENT_MAX: usize = 8;

pub use crate::messages::Lang as Language;

/// Registers with at most this many rows go into the yearly report as annexes until the
/// user sets another limit.
pub const DEFAULT_ANNEX_LIMIT: u32 = 200;

/// The largest annex limit the settings keep.
pub const ANNEX_LIMIT_MAX: u32 = 1_000_000;

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(default)]
pub struct AppSettings {
    pub language: Language,
    /// Paths of recently opened dossiers, most recent first.
    pub recent: Vec<String>,
    /// Registers with at most this many rows go into the yearly report as annexes unless
    /// the user chooses otherwise when printing.
    pub annex_limit: u32,
    /// Look for a new version once a week at start-up (off until the user turns it on).
    pub update_weekly: bool,
    /// When a check for a new version last succeeded (`YYYY-MM-DDTHH:MM:SSZ`).
    pub update_checked: Option<String>,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            language: Language::default(),
            recent: Vec::new(),
            annex_limit: DEFAULT_ANNEX_LIMIT,
            update_weekly: false,
            update_checked: None,
        }
    }
}

impl AppSettings {
    /// Reads the settings; a missing or unreadable file gives the defaults, because
    /// settings must never stand between the user and their dossier.
    pub fn load(path: &Path) -> AppSettings {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Writes the settings through a temporary file, so a crash leaves the old or the new.
    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let text = serde_json::to_string_pretty(self).unwrap_or_default();
        crate::files::replace(path, text.as_bytes())
    }

    /// Puts `dossier` at the top of the recent list.
    pub fn remember(&mut self, dossier: &Path) {
        let p = dossier.display().to_string();
        self.recent.retain(|r| r != &p);
        self.recent.insert(0, p);
        self.recent.truncate(RECENT_MAX);
    }

    /// Sets the annex limit; refused above [`ANNEX_LIMIT_MAX`].
    pub fn set_annex_limit(&mut self, limit: u32) -> Result<()> {
        if limit > ANNEX_LIMIT_MAX {
            return Err(Error::Invalid {
                field: "annex_limit".into(),
                value: limit.to_string(),
            });
        }
        self.annex_limit = limit;
        Ok(())
    }

    pub fn is_recent(&self, dossier: &str) -> bool {
        self.recent.iter().any(|r| r == dossier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_save_and_load() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("sub").join("settings.json");
        let mut s = AppSettings {
            language: Language::En,
            ..Default::default()
        };
        for i in 0..10 {
            s.remember(Path::new(&format!("/d/{i}.kkdossier")));
        }
        s.remember(Path::new("/d/3.kkdossier"));
        s.save(&path).expect("save");
        let loaded = AppSettings::load(&path);
        assert_eq!(loaded, s);
        assert_eq!(loaded.recent.len(), RECENT_MAX);
        assert_eq!(loaded.recent[0], "/d/3.kkdossier");
    }

    #[test]
    fn broken_settings_fall_back_to_dutch_defaults() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("settings.json");
        std::fs::write(&path, "{ broken").expect("write");
        assert_eq!(AppSettings::load(&path), AppSettings::default());
        assert_eq!(AppSettings::default().language, Language::Nl);
    }

    #[test]
    fn the_annex_limit_has_a_default_is_kept_and_has_a_ceiling() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("settings.json");
        // Settings written before the limit existed get the default.
        std::fs::write(&path, r#"{"language":"en","recent":[]}"#).expect("write");
        let mut s = AppSettings::load(&path);
        assert_eq!(s.language, Language::En);
        assert_eq!(s.annex_limit, DEFAULT_ANNEX_LIMIT);
        assert!(!s.update_weekly, "the weekly update check stays off");
        assert_eq!(s.update_checked, None);
        s.set_annex_limit(1_500).expect("within bounds");
        s.save(&path).expect("save");
        assert_eq!(AppSettings::load(&path).annex_limit, 1_500);
        let e = s
            .set_annex_limit(ANNEX_LIMIT_MAX + 1)
            .expect_err("above the ceiling");
        assert_eq!(e.code(), "input.invalid");
        assert_eq!(s.annex_limit, 1_500, "a refused limit changes nothing");
    }
}
