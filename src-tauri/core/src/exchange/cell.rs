//! Single cell values as people write them in spreadsheets: worker counts and ranges,
//! decimals with a comma, yes/no in Dutch or English, "unknown".

use crate::model::supplier::{CodeOfConduct, WorkerCount};

pub(crate) fn is_unknown(v: &str) -> bool {
    matches!(
        v.to_lowercase().as_str(),
        "" | "unknown" | "onbekend" | "n/a" | "-" | "?"
    )
}

/// "250", "1.200", "100-500", "100 – 500", "1000+", ">1000"; empty is unknown.
pub(crate) fn parse_workers(v: &str) -> std::result::Result<Option<WorkerCount>, ()> {
    let number = |s: &str| -> std::result::Result<u32, ()> {
        let digits: String = s
            .trim()
            .chars()
            .filter(|c| !matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\''))
            .collect();
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(());
        }
        digits.parse().map_err(|_| ())
    };
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if let Some(open) = v.strip_suffix('+').or_else(|| v.strip_prefix('>')) {
        return Ok(Some(WorkerCount {
            min: number(open)?,
            max: None,
        }));
    }
    if let Some((a, b)) = v.split_once(['-', '–', '—']) {
        let (min, max) = (number(a)?, number(b)?);
        if max < min {
            return Err(());
        }
        return Ok(Some(WorkerCount {
            min,
            max: Some(max),
        }));
    }
    let n = number(v)?;
    Ok(Some(WorkerCount {
        min: n,
        max: Some(n),
    }))
}

/// A decimal with a point or a comma ("52,37" from Dutch Excel).
pub(crate) fn parse_decimal(v: &str) -> std::result::Result<Option<f64>, ()> {
    if v.is_empty() {
        return Ok(None);
    }
    let normal = if v.contains('.') {
        v.to_string()
    } else {
        v.replace(',', ".")
    };
    normal
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .map(Some)
        .ok_or(())
}

pub(crate) fn parse_code_of_conduct(v: &str) -> std::result::Result<CodeOfConduct, ()> {
    match v.to_lowercase().replace(['-', '_'], " ").trim() {
        "" | "not sent" | "niet verstuurd" | "niet verzonden" => Ok(CodeOfConduct::NotSent),
        "sent" | "verstuurd" | "verzonden" => Ok(CodeOfConduct::Sent),
        "signed" | "getekend" | "ondertekend" => Ok(CodeOfConduct::Signed),
        _ => Err(()),
    }
}

pub(crate) fn parse_yes_no(v: &str) -> std::result::Result<Option<bool>, ()> {
    match v.to_lowercase().as_str() {
        "" => Ok(None),
        "ja" | "j" | "yes" | "y" | "true" | "1" | "waar" => Ok(Some(true)),
        "nee" | "n" | "no" | "false" | "0" | "onwaar" => Ok(Some(false)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worker_counts_are_read_as_people_write_them() {
        let w = |min, max| Ok(Some(WorkerCount { min, max }));
        assert_eq!(parse_workers("250"), w(250, Some(250)));
        assert_eq!(parse_workers("1.200"), w(1200, Some(1200)));
        assert_eq!(parse_workers("100-500"), w(100, Some(500)));
        assert_eq!(parse_workers(" 100 – 500 "), w(100, Some(500)));
        assert_eq!(parse_workers("1000+"), w(1000, None));
        assert_eq!(parse_workers(">1000"), w(1000, None));
        assert_eq!(parse_workers(""), Ok(None));
        assert_eq!(parse_workers("veel"), Err(()));
        assert_eq!(parse_workers("500-100"), Err(()));
    }

    #[test]
    fn decimals_take_a_point_or_a_comma() {
        assert_eq!(parse_decimal("52,3676"), Ok(Some(52.3676)));
        assert_eq!(parse_decimal("-4.5"), Ok(Some(-4.5)));
        assert_eq!(parse_decimal("noord"), Err(()));
    }
}

/// A date as people write it in a sheet: `2026-04-01`, or day first as `1-4-2026`,
/// `01/04/2026` or `1.4.2026` (the Dutch order). Returns `YYYY-MM-DD`.
pub fn parse_date(v: &str) -> std::result::Result<Option<String>, ()> {
    let v = v.trim();
    if is_unknown(v) {
        return Ok(None);
    }
    let parts: Vec<&str> = v.split(['-', '/', '.']).collect();
    let iso = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => format!("{y}-{m:0>2}-{d:0>2}"),
        [d, m, y] if y.len() == 4 => format!("{y}-{m:0>2}-{d:0>2}"),
        _ => return Err(()),
    };
    crate::model::risk::check_date("date", &iso)
        .map(Some)
        .map_err(|_| ())
}

#[cfg(test)]
mod date_tests {
    use super::parse_date;

    #[test]
    fn dates_are_read_in_iso_and_day_first_orders() {
        assert_eq!(parse_date("2026-04-01"), Ok(Some("2026-04-01".into())));
        assert_eq!(parse_date("1-4-2026"), Ok(Some("2026-04-01".into())));
        assert_eq!(parse_date("01/04/2026"), Ok(Some("2026-04-01".into())));
        assert_eq!(parse_date(" "), Ok(None));
        assert_eq!(parse_date("31-2-2026"), Err(()));
        assert_eq!(parse_date("april"), Err(()));
    }
}
