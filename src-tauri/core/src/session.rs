//! What a shell tells its user interface when it starts: the settings, and the dossier
//! it was asked to open (by a path argument or the operating system), or why it could not.

use serde::Serialize;
use ts_rs::TS;

use crate::dossier::DossierInfo;
use crate::error::ErrorPayload;
use crate::settings::AppSettings;

#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Startup {
    pub settings: AppSettings,
    pub dossier: Option<DossierInfo>,
    pub open_error: Option<ErrorPayload>,
}
