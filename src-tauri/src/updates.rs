//! Updates on request (ADR 0022), through Tauri's updater plugin: the address and the
//! public key come from the `updater` section of the configuration, which the release
//! workflow fills in; a build without them has no update channel. The plugin checks every
//! update file against the key before it installs it.

use std::time::Duration;

use ketenkompas::model::date::{now_secs, now_timestamp};
use ketenkompas::updates::{self, UpdateChannel, UpdateCheck};
use ketenkompas::Error;
use tauri::{AppHandle, Manager, Url};
use tauri_plugin_updater::{Update, UpdaterExt};

use crate::state::{lock, AppState};

/// How long one request to the update address may take.
const TIMEOUT: Duration = Duration::from_secs(30);

/// The update channel this build was given, if any. Debug builds also take
/// `KK_UPDATE_ENDPOINT` and `KK_UPDATE_PUBKEY` from the environment, so that the tests
/// can point a built app at a local server; release builds never read them.
fn configured(app: &AppHandle) -> Option<UpdateChannel> {
    let config = app.config().plugins.0.get("updater");
    let text = |key: &str| {
        config
            .and_then(|c| c.get(key))
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    #[allow(unused_mut)]
    let mut pubkey = text("pubkey");
    #[allow(unused_mut)]
    let mut endpoints: Vec<String> = config
        .and_then(|c| c.get("endpoints"))
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|e| e.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    #[cfg(debug_assertions)]
    {
        if let Ok(e) = std::env::var("KK_UPDATE_ENDPOINT") {
            endpoints = vec![e];
        }
        if let Ok(k) = std::env::var("KK_UPDATE_PUBKEY") {
            pubkey = k;
        }
    }
    updates::channel(&pubkey, &endpoints, cfg!(debug_assertions))
}

/// The newer version the channel offers, if any.
async fn find(app: &AppHandle, channel: UpdateChannel) -> Result<Option<Update>, Error> {
    let endpoints = channel
        .endpoints
        .iter()
        .map(|e| Url::parse(e))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error::UpdateInvalid {
            detail: e.to_string(),
        })?;
    // Windows's installer ends the app: the dossier is closed first, so its lock goes.
    let handle = app.clone();
    let updater = app
        .updater_builder()
        .on_before_exit(move || {
            *lock(&handle.state::<AppState>().dossier) = None;
            handle.cleanup_before_exit();
        })
        .pubkey(channel.pubkey)
        // The download has no time limit of its own: a connection that stalls for a
        // minute ends it with an error instead of a "downloading" that never finishes.
        .configure_client(|c| c.read_timeout(Duration::from_secs(60)))
        .endpoints(endpoints)
        .map_err(error)?
        .timeout(TIMEOUT)
        .build()
        .map_err(error)?;
    updater.check().await.map_err(error)
}

/// Asks the update address for a newer version; a successful answer is remembered as the
/// last check.
pub async fn check(app: &AppHandle) -> Result<UpdateCheck, Error> {
    let current = app.package_info().version.to_string();
    let Some(channel) = configured(app) else {
        return Ok(UpdateCheck::NoChannel { current });
    };
    let found = find(app, channel).await?;
    let checked = now_timestamp();
    let state = app.state::<AppState>();
    {
        let mut s = lock(&state.settings);
        s.update_checked = Some(checked.clone());
        state.save_settings(&s)?;
    }
    Ok(match found {
        None => UpdateCheck::UpToDate { current, checked },
        Some(u) => UpdateCheck::Available {
            current,
            version: u.version.clone(),
            date: updates::release_date(u.raw_json.get("pub_date").and_then(|d| d.as_str())),
            notes: updates::notes(u.body.as_deref()),
        },
    })
}

/// The weekly check, when the user turned it on and it is due; `None` otherwise.
pub async fn check_if_due(app: &AppHandle) -> Result<Option<UpdateCheck>, Error> {
    let due = {
        let state = app.state::<AppState>();
        let s = lock(&state.settings);
        updates::due_for_check(&s, now_secs())
    };
    if !due || configured(app).is_none() {
        return Ok(None);
    }
    check(app).await.map(Some)
}

/// Downloads the newer version, has the plugin check its signature, installs it, closes
/// the dossier and starts the app again. Nothing is installed when the signature does not
/// match or the download fails; the dossier then stays open.
pub async fn install(app: &AppHandle) -> Result<(), Error> {
    let channel = configured(app).ok_or(Error::UpdateNoChannel)?;
    let update = find(app, channel)
        .await?
        .ok_or_else(|| Error::UpdateInvalid {
            detail: "no newer version".into(),
        })?;
    let bytes = update.download(|_, _| {}, || {}).await.map_err(error)?;
    update.install(bytes).map_err(error)?;
    // Everything the user saved is in the dossier file: closing it releases the lock
    // before the new version starts.
    *lock(&app.state::<AppState>().dossier) = None;
    app.restart();
}

/// The plugin's error as the user's: unreachable, an unusable answer, a file not signed
/// with the app's key, or an installation that failed.
fn error(e: tauri_plugin_updater::Error) -> Error {
    use tauri_plugin_updater::Error as U;
    let detail = e.to_string();
    match e {
        U::Reqwest(_) | U::Network(_) => Error::UpdateUnreachable { detail },
        U::Minisign(_)
        | U::Base64(_)
        | U::SignatureUtf8(_)
        | U::SignedVersionMismatch { .. }
        | U::MissingSignedVersion => Error::UpdateUnsigned,
        U::EmptyEndpoints | U::InsecureTransportProtocol => Error::UpdateNoChannel,
        U::ReleaseNotFound
        | U::TargetNotFound(_)
        | U::TargetsNotFound(_)
        | U::Serialization(_)
        | U::Semver(_)
        | U::UrlParse(_)
        | U::UnsupportedArch
        | U::UnsupportedOs => Error::UpdateInvalid { detail },
        _ => Error::UpdateFailed { detail },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tauri_plugin_updater::Error as U;

    #[test]
    fn the_plugins_errors_become_the_users() {
        assert_eq!(
            error(U::Network("refused".into())).code(),
            "update.unreachable"
        );
        assert_eq!(
            error(U::SignatureUtf8("x".into())).code(),
            "update.unsigned"
        );
        assert_eq!(error(U::MissingSignedVersion).code(), "update.unsigned");
        assert_eq!(
            error(U::SignedVersionMismatch {
                signed: "0.1.0".into(),
                announced: "9.0.0".into()
            })
            .code(),
            "update.unsigned"
        );
        assert_eq!(error(U::ReleaseNotFound).code(), "update.invalid");
        assert_eq!(
            error(U::TargetNotFound("linux-x86_64".into())).code(),
            "update.invalid"
        );
        assert_eq!(
            error(U::InsecureTransportProtocol).code(),
            "update.no_channel"
        );
        assert_eq!(error(U::DebInstallFailed).code(), "update.failed");
        let bad_json = serde_json::from_str::<u8>("{").expect_err("not json");
        assert_eq!(error(U::Serialization(bad_json)).code(), "update.invalid");
    }
}
