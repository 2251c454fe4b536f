//! Turns the bytes of a spreadsheet export into text and finds its delimiter. Real files
//! come as UTF-8, UTF-8 with a byte-order mark (Excel), or Windows-1252 (older Dutch
//! Excel), separated by `;` (Dutch Excel), `,` or tabs.

pub struct Decoded {
    pub text: String,
    /// `utf-8`, `utf-8-bom` or `windows-1252`.
    pub encoding: &'static str,
}

pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Decoded {
            text: String::from_utf8_lossy(rest).into_owned(),
            encoding: "utf-8-bom",
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            encoding: "utf-8",
        },
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Decoded {
                text: text.into_owned(),
                encoding: "windows-1252",
            }
        }
    }
}

/// The delimiter that occurs most often outside quotes in the header line; `;` wins a
/// tie (Dutch Excel), and a file with a single column is read as comma-separated.
pub fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if b == *d {
                    *n += 1;
                }
            }
        }
    }
    let best = counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .copied()
        .unwrap_or((b',', 0));
    match best {
        (_, 0) => b',',
        (d, n) => counts
            .iter()
            .find(|(_, m)| *m == n)
            .map(|(first, _)| *first)
            .unwrap_or(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_recognised() {
        assert_eq!(decode(b"\xEF\xBB\xBFnaam").text, "naam");
        assert_eq!(decode(b"\xEF\xBB\xBFnaam").encoding, "utf-8-bom");
        assert_eq!(decode("België".as_bytes()).encoding, "utf-8");
        let cp1252 = decode(b"Belgi\xEB");
        assert_eq!(cp1252.text, "België");
        assert_eq!(cp1252.encoding, "windows-1252");
    }

    #[test]
    fn delimiters_are_detected_outside_quotes() {
        assert_eq!(detect_delimiter("naam;land;adres\n"), b';');
        assert_eq!(detect_delimiter("name,country\n"), b',');
        assert_eq!(detect_delimiter("name\tcountry\taddress\n"), b'\t');
        assert_eq!(detect_delimiter("\"a,b,c\";land\n"), b';');
        assert_eq!(detect_delimiter("naam\n"), b',');
    }
}
