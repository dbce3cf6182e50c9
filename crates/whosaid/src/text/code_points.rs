//! Byte offsets → code-point offsets, the unit of the report's spans.

use serde::{Deserialize, Serialize};

use crate::text::span::Span;

/// A span in code points with its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The words.
    pub text: String,
}

/// Converts byte offsets of one text to code-point offsets, in O(1)
/// amortised per lookup via a checkpoint every 64 bytes (a lookup counts
/// at most that many; the checkpoints take an eighth of the text's size).
pub struct CodePoints<'t> {
    text: &'t str,
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 64;

impl<'t> CodePoints<'t> {
    /// Prepares the table for `text`.
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut count = 0;
        for chunk in bytes.chunks(STRIDE) {
            checkpoints.push(count);
            count += chunk.iter().filter(|&&b| !is_continuation(b)).count();
        }
        // The end of a text whose length is a multiple of the stride.
        checkpoints.push(count);
        CodePoints { text, checkpoints }
    }

    /// The code-point offset of byte `at`.
    pub fn at(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let block = at / STRIDE;
        let base = self.checkpoints.get(block).copied().unwrap_or(0);
        let from = block * STRIDE;
        base + self.text.as_bytes()[from.min(at)..at]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count()
    }

    /// A byte span as a code-point `TextSpan`.
    pub fn span(&self, span: Span) -> TextSpan {
        TextSpan {
            start: self.at(span.start),
            end: self.at(span.end),
            text: span.slice(self.text).to_string(),
        }
    }
}

fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_characters_not_bytes() {
        let text = "“Ça va,” dit-il. ".repeat(40);
        let exact = "a".repeat(2 * STRIDE);
        assert_eq!(CodePoints::new(&exact).at(exact.len()), exact.len());
        let table = CodePoints::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(table.at(byte), text[..byte].chars().count());
        }
        assert_eq!(table.at(text.len()), text.chars().count());
    }
}
