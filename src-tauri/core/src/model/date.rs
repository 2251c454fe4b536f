//! Dates of the model: the check every date field shares (`YYYY-MM-DD`, a real day),
//! and today's date from the system clock (UTC), without a date library. Functions
//! that depend on "today" take it as an argument, so tests fix it.

use crate::error::{Error, Result};

/// (year, month, day) of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// Days since 1970-01-01 of a civil date (the inverse of `civil_from_days`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` text; `None` if it is not such a date.
/// Accepts `YYYY-MM-DD` with a real month and day.
pub fn check_date(field: &str, s: &str) -> Result<String> {
    let bad = || Error::Invalid {
        field: field.into(),
        value: s.to_string(),
    };
    let s = s.trim();
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
        return Err(bad());
    }
    let y: i32 = parts[0].parse().map_err(|_| bad())?;
    let m: u32 = parts[1].parse().map_err(|_| bad())?;
    let d: u32 = parts[2].parse().map_err(|_| bad())?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if !(1900..=2200).contains(&y) || d == 0 || d > days {
        return Err(bad());
    }
    Ok(s.to_string())
}

pub fn day_number(date: &str) -> Option<i64> {
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: u32 = date.get(5..7)?.parse().ok()?;
    let d: u32 = date.get(8..10)?.parse().ok()?;
    Some(days_from_civil(y, m, d))
}

/// `date` (YYYY-MM-DD) plus `days`; `None` for a text that is not such a date.
pub fn add_days(date: &str, days: i64) -> Option<String> {
    let (y, m, d) = civil_from_days(day_number(date)? + days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn days_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or(0)
}

/// The date of a spreadsheet date serial (days since 1899-12-30, as Excel and
/// LibreOffice count), as `YYYY-MM-DD`; the time of day is dropped.
pub fn from_spreadsheet_serial(serial: f64) -> String {
    // 1970-01-01 is serial 25569.
    let (y, m, d) = civil_from_days(serial.floor() as i64 - 25_569);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Today as `YYYY-MM-DD`.
pub fn today() -> String {
    let (y, m, d) = civil_from_days(days_now());
    format!("{y:04}-{m:02}-{d:02}")
}

pub fn current_year() -> i32 {
    civil_from_days(days_now()).0 as i32
}

/// Seconds since 1970-01-01 UTC of a `YYYY-MM-DDTHH:MM:SSZ` timestamp; `None` for any
/// other text.
pub fn check_timestamp(ts: &str) -> Option<i64> {
    let b = ts.as_bytes();
    if ts.len() != 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z' {
        return None;
    }
    let date = ts.get(0..10)?;
    check_date("timestamp", date).ok()?;
    let day = day_number(date)?;
    let h: i64 = ts.get(11..13)?.parse().ok()?;
    let m: i64 = ts.get(14..16)?.parse().ok()?;
    let s: i64 = ts.get(17..19)?.parse().ok()?;
    if h > 23 || m > 59 || s > 59 {
        return None;
    }
    Some(day * 86_400 + h * 3600 + m * 60 + s)
}

/// The timestamp of `secs` since 1970-01-01 UTC, as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn timestamp(secs: i64) -> String {
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}Z",
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

/// Now, in seconds since 1970-01-01 UTC.
pub fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Now, as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_timestamp() -> String {
    timestamp(now_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days_convert_to_their_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_819), (2027, 1, 1));
        assert_eq!(from_spreadsheet_serial(46113.0), "2026-04-01");
        assert_eq!(add_days("2026-11-23", 60).as_deref(), Some("2027-01-22"));
        assert_eq!(add_days("2028-02-28", 1).as_deref(), Some("2028-02-29"));
        assert_eq!(add_days("2026-03-01", -1).as_deref(), Some("2026-02-28"));
        assert_eq!(add_days("gisteren", 1), None);
        assert_eq!(from_spreadsheet_serial(45351.75), "2024-02-29");
    }

    #[test]
    fn timestamps_round_trip_and_nonsense_is_refused() {
        let t = check_timestamp("2026-12-31T23:59:58Z").expect("a valid timestamp");
        assert_eq!(timestamp(t), "2026-12-31T23:59:58Z");
        assert_eq!(check_timestamp("1970-01-01T00:00:00Z"), Some(0));
        for bad in [
            "2026-02-30T10:00:00Z",
            "2026-12-31 23:59:58Z",
            "2026-12-31T24:00:00Z",
            "",
        ] {
            assert_eq!(check_timestamp(bad), None, "{bad:?} should be refused");
        }
    }
}
