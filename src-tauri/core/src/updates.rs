//! Updates on request (ADR 0022): the app asks its update address for a newer version
//! only when the user says so, or once a week at start-up when the user turned that on in
//! Settings. Nothing else ever leaves the machine. These are the rules; the shell asks
//! the address through Tauri's updater plugin, which checks each update file against the
//! public key built into the app before it installs anything.

use serde::Serialize;
use ts_rs::TS;

use crate::model::date::{check_date, check_timestamp};
use crate::settings::AppSettings;

/// The weekly check waits this long after the last successful one.
pub const CHECK_INTERVAL_SECS: i64 = 7 * 86_400;

/// Release notes longer than this are cut (they are shown in a small panel).
pub const NOTES_MAX_CHARS: usize = 2_000;

/// What a check found.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UpdateCheck {
    /// This copy has no update address: built from source, or released without a signing
    /// key. It gets new versions the way it was installed.
    NoChannel { current: String },
    /// The running version is the newest; `checked` is when that was found
    /// (`YYYY-MM-DDTHH:MM:SSZ`).
    UpToDate { current: String, checked: String },
    /// A newer version can be installed.
    Available {
        current: String,
        version: String,
        /// The day it was published, `YYYY-MM-DD`, when the address says.
        date: Option<String>,
        notes: Option<String>,
    },
}

/// Where updates come from: the address (or addresses, tried in order) and the public key
/// the update files must be signed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateChannel {
    pub endpoints: Vec<String>,
    pub pubkey: String,
}

/// The channel of a build, or `None` when it has none: the public key is empty, there is
/// no address, or an address is not `https` (plain `http` only where `allow_http`, for
/// tests against a local server in debug builds).
pub fn channel(pubkey: &str, endpoints: &[String], allow_http: bool) -> Option<UpdateChannel> {
    let pubkey = pubkey.trim();
    let secure = |e: &String| {
        e.starts_with("https://") || (allow_http && e.starts_with("http://127.0.0.1:"))
    };
    if pubkey.is_empty() || endpoints.is_empty() || !endpoints.iter().all(secure) {
        return None;
    }
    Some(UpdateChannel {
        endpoints: endpoints.to_vec(),
        pubkey: pubkey.to_string(),
    })
}

/// Whether the weekly check is due at `now` (seconds since 1970, UTC): only when the user
/// turned it on, and then when no check has succeeded yet, the last one is a week or more
/// ago, or it lies in the future (a clock that was set back must not stop the checks).
pub fn due_for_check(settings: &AppSettings, now: i64) -> bool {
    if !settings.update_weekly {
        return false;
    }
    match settings.update_checked.as_deref().and_then(check_timestamp) {
        None => true,
        Some(last) => now - last >= CHECK_INTERVAL_SECS || last > now,
    }
}

/// Release notes as the app shows them: control characters other than line breaks
/// removed, trimmed, cut after [`NOTES_MAX_CHARS`] characters at a word, `None` when
/// nothing is left.
pub fn notes(raw: Option<&str>) -> Option<String> {
    let clean: String = raw?
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    let clean = clean.trim();
    if clean.is_empty() {
        return None;
    }
    if clean.chars().count() <= NOTES_MAX_CHARS {
        return Some(clean.to_string());
    }
    let cut: String = clean.chars().take(NOTES_MAX_CHARS).collect();
    let at_word = match cut.rfind(char::is_whitespace) {
        Some(i) if i > NOTES_MAX_CHARS / 2 => &cut[..i],
        _ => &cut,
    };
    Some(format!("{}…", at_word.trim_end()))
}

/// The day of a publication date as the address gives it (RFC 3339,
/// "2026-12-01T10:00:00Z"), or `None` when it is missing or no date.
pub fn release_date(raw: Option<&str>) -> Option<String> {
    let day = raw?.get(0..10)?;
    check_date("pub_date", day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::timestamp;

    fn settings(weekly: bool, checked: Option<&str>) -> AppSettings {
        AppSettings {
            update_weekly: weekly,
            update_checked: checked.map(String::from),
            ..Default::default()
        }
    }

    #[test]
    fn the_weekly_check_is_off_until_the_user_turns_it_on() {
        assert!(!AppSettings::default().update_weekly);
        assert!(!due_for_check(&AppSettings::default(), 0));
        assert!(!due_for_check(&settings(false, None), 1_900_000_000));
    }

    #[test]
    fn the_weekly_check_waits_a_week_after_the_last_one() {
        let now = check_timestamp("2026-12-07T09:00:00Z").expect("ts");
        assert!(due_for_check(&settings(true, None), now), "never checked");
        let six_days = timestamp(now - 6 * 86_400);
        assert!(!due_for_check(&settings(true, Some(&six_days)), now));
        let a_week = timestamp(now - CHECK_INTERVAL_SECS);
        assert!(due_for_check(&settings(true, Some(&a_week)), now));
        let a_minute_short = timestamp(now - CHECK_INTERVAL_SECS + 60);
        assert!(!due_for_check(&settings(true, Some(&a_minute_short)), now));
    }

    #[test]
    fn a_clock_set_back_or_a_garbled_date_does_not_stop_the_checks() {
        let now = check_timestamp("2026-12-07T09:00:00Z").expect("ts");
        assert!(due_for_check(
            &settings(true, Some("2031-01-01T00:00:00Z")),
            now
        ));
        assert!(due_for_check(&settings(true, Some("vorige week")), now));
    }

    #[test]
    fn a_build_without_a_key_or_a_secure_address_has_no_channel() {
        let https = vec!["https://example.org/latest.json".to_string()];
        assert_eq!(channel("", &https, false), None);
        assert_eq!(channel("  ", &https, false), None);
        assert_eq!(channel("KEY", &[], false), None);
        let plain = vec!["http://example.org/latest.json".to_string()];
        assert_eq!(channel("KEY", &plain, false), None);
        assert_eq!(channel("KEY", &plain, true), None, "only a local server");
        let local = vec!["http://127.0.0.1:8123/latest.json".to_string()];
        assert_eq!(channel("KEY", &local, false), None);
        assert!(channel("KEY", &local, true).is_some());
        let mixed = vec![https[0].clone(), plain[0].clone()];
        assert_eq!(channel("KEY", &mixed, false), None, "every address");
        assert_eq!(
            channel(" KEY\n", &https, false),
            Some(UpdateChannel {
                endpoints: https.clone(),
                pubkey: "KEY".into()
            })
        );
    }

    #[test]
    fn release_notes_are_cleaned_and_cut_at_a_word() {
        assert_eq!(notes(None), None);
        assert_eq!(notes(Some(" \n\t ")), None);
        assert_eq!(
            notes(Some("Nieuw:\n- sneller\u{7}\u{1b}[31m rapport\r\n")).as_deref(),
            Some("Nieuw:\n- sneller[31m rapport")
        );
        let long = "woord ".repeat(1_000);
        let cut = notes(Some(&long)).expect("notes");
        assert!(cut.chars().count() <= NOTES_MAX_CHARS + 1);
        assert!(cut.ends_with("woord…"), "{}", &cut[cut.len() - 20..]);
        let one_word = "x".repeat(5_000);
        assert_eq!(
            notes(Some(&one_word)).expect("notes").chars().count(),
            NOTES_MAX_CHARS + 1
        );
    }

    #[test]
    fn a_publication_date_gives_its_day() {
        assert_eq!(
            release_date(Some("2026-12-01T10:00:00Z")).as_deref(),
            Some("2026-12-01")
        );
        assert_eq!(
            release_date(Some("2026-12-01")).as_deref(),
            Some("2026-12-01")
        );
        assert_eq!(release_date(Some("1 december")), None);
        assert_eq!(release_date(Some("2026-13-01T00:00:00Z")), None);
        assert_eq!(release_date(None), None);
    }
}
