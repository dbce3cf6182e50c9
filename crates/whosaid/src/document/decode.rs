//! Bytes → text.
//!
//! In: the raw bytes of one file. Out: its text as a `String` plus warnings
//! that say what had to be repaired, or a refusal when the bytes are not text.
//! UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM is decoded;
//! anything else that is not valid UTF-8 is read as Windows-1252 (a superset
//! of Latin-1's printable range), which is what old news archives use.

/// What became of a file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// Readable text, with what had to be repaired.
    Text {
        /// The decoded text.
        text: String,
        /// Human-readable notes on repairs.
        warnings: Vec<String>,
    },
    /// Not text: nothing can be read from it.
    Refused {
        /// Why the file was skipped, for the user.
        reason: String,
    },
}

/// Windows-1252's characters for the bytes 0x80–0x9F (unassigned bytes map
/// to the replacement character).
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
    '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}',
    'ž', 'Ÿ',
];

/// Decodes one file's bytes.
pub fn decode(bytes: &[u8]) -> Decoded {
    if bytes.is_empty() {
        return text_with(String::new(), "the file is empty");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_unmarked(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes, "UTF-16LE");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes, "UTF-16BE");
    }
    decode_unmarked(bytes)
}

fn decode_unmarked(bytes: &[u8]) -> Decoded {
    if looks_binary(bytes) {
        return Decoded::Refused {
            reason: "this looks like a binary file, not text; it was skipped".into(),
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text {
            text: text.to_string(),
            warnings: Vec::new(),
        },
        Err(_) => text_with(
            bytes.iter().map(|&b| windows_1252_char(b)).collect(),
            "the file is not UTF-8; it was read as Windows-1252 (Latin-1)",
        ),
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> Decoded {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| unit([pair[0], pair[1]]))
        .collect();
    let mut warning = format!("the file is {name}; it was converted");
    if bytes.len() % 2 == 1 {
        warning.push_str(" (a stray last byte was dropped)");
    }
    text_with(String::from_utf16_lossy(&units), &warning)
}

fn text_with(text: String, warning: &str) -> Decoded {
    Decoded::Text {
        text,
        warnings: vec![warning.to_string()],
    }
}

fn windows_1252_char(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Text files have no NUL bytes and few control characters; looking at the
/// first 8 KiB is enough to tell.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    head.contains(&0) || controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(bytes: &[u8]) -> (String, usize) {
        match decode(bytes) {
            Decoded::Text { text, warnings } => (text, warnings.len()),
            Decoded::Refused { reason } => panic!("refused: {reason}"),
        }
    }

    #[test]
    fn reads_utf8_and_drops_bom() {
        assert_eq!(
            text_of("“Hi,” she said.".as_bytes()),
            ("“Hi,” she said.".into(), 0)
        );
        assert_eq!(text_of(b"\xEF\xBB\xBFok"), ("ok".into(), 0));
    }

    #[test]
    fn reads_windows_1252_with_a_warning() {
        assert_eq!(text_of(b"\x93Caf\xe9\x94"), ("“Café”".into(), 1));
    }

    #[test]
    fn reads_utf16_with_bom() {
        assert_eq!(text_of(b"\xFF\xFEh\x00i\x00"), ("hi".into(), 1));
        assert_eq!(text_of(b"\xFE\xFF\x00h\x00i"), ("hi".into(), 1));
    }

    #[test]
    fn refuses_binary() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            Decoded::Refused { .. }
        ));
    }

    #[test]
    fn empty_file_is_empty_text_with_warning() {
        assert_eq!(text_of(b""), (String::new(), 1));
    }
}
