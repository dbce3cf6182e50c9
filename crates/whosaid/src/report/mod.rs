//! Everything → the JSON report of `shared/CONTRACT.md`.
//!
//! In: documents, attributed quotes, speakers and clusters. Out: a `Report`
//! with ids (`d1`, `s1`, `q1`, `c1`) and code-point offsets. Byte offsets
//! become code points here and nowhere else (`CodePoints`).

pub(crate) mod assemble;
pub mod formats;
mod json;

use serde::{Deserialize, Serialize};

use crate::text::span::Span;

/// The whole report (version 1).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Always 1.
    pub version: u32,
    /// The articles read.
    pub documents: Vec<DocumentEntry>,
    /// One entry per real-world speaker.
    pub speakers: Vec<SpeakerEntry>,
    /// One entry per quotation occurrence.
    pub quotes: Vec<QuoteEntry>,
    /// One entry per distinct utterance.
    pub clusters: Vec<ClusterEntry>,
}

/// One article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentEntry {
    /// `d1`, `d2`, …
    pub id: String,
    /// The file name.
    pub name: String,
    /// The headline.
    pub title: Option<String>,
    /// ISO date or month.
    pub date: Option<String>,
    /// Length in code points.
    pub chars: usize,
    /// What had to be repaired or skipped.
    pub warnings: Vec<String>,
    /// The decoded text, for viewers (not part of the CLI's JSON).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
}

/// One speaker.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerEntry {
    /// `s1`, `s2`, …
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `person`, `organization` or `unknown`.
    pub kind: String,
    /// Titles seen.
    pub roles: Vec<String>,
    /// Other forms seen.
    pub aliases: Vec<String>,
    /// The speaker this one is part of (a ministry's country), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub part_of: Option<String>,
}

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

/// One quotation occurrence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteEntry {
    /// `q1`, `q2`, …
    pub id: String,
    /// Its document's id.
    pub doc: String,
    /// First code point of the quoted words.
    pub start: usize,
    /// One past the last.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// `full`, `partial`, `unmarked` or `post`.
    pub kind: String,
    /// Its speaker's id.
    pub speaker: Option<String>,
    /// The words naming the speaker here.
    pub mention: Option<TextSpan>,
    /// The reporting cue.
    pub cue: Option<TextSpan>,
    /// For a partial quote inside reported speech: the reported clause
    /// around it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<TextSpan>,
    /// Its cluster's id.
    pub cluster: String,
}

/// One utterance across articles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterEntry {
    /// `c1`, `c2`, …
    pub id: String,
    /// The most complete wording.
    pub text: String,
    /// The speaker most occurrences name.
    pub speaker: Option<String>,
    /// Its quotes' ids.
    pub quotes: Vec<String>,
    /// Number of distinct articles.
    pub documents: usize,
    /// Occurrences name different speakers.
    #[serde(default)]
    pub conflict: bool,
    /// Every distinct wording, with where it differs from `text`.
    #[serde(default)]
    pub variants: Vec<VariantEntry>,
}

/// One wording of a cluster.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VariantEntry {
    /// The wording.
    pub text: String,
    /// The quotes printed with it.
    pub quotes: Vec<String>,
    /// Code-point ranges in `text` of words that `text` of the cluster lacks.
    pub differs: Vec<[usize; 2]>,
}

impl Report {
    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        let mut out = Vec::new();
        match json::write_pretty(&mut out, self) {
            Ok(()) => String::from_utf8(out).unwrap_or_default(),
            Err(e) => format!("{{\"error\": \"{e}\"}}"),
        }
    }

    /// Writes the report as pretty JSON (what [`Report::to_json`] holds)
    /// to `writer`, without holding it all in memory.
    pub fn write_json(&self, writer: impl std::io::Write) -> std::io::Result<()> {
        json::write_pretty(writer, self)
    }
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
