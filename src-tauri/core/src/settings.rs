//! The user's settings that belong to the installation, not to a dossier: language and
//! recent dossiers. Kept as a small JSON file in the app's config folder.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// How many recent dossiers are remembered.
pub const RECENT_MAX: usize = 8;

pub use crate::messages::Lang as Language;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(default)]
pub struct AppSettings {
    pub language: Language,
    /// Paths of recently opened dossiers, most recent first.
    pub recent: Vec<String>,
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
}
