//! Everything → the JSON report of `shared/CONTRACT.md`.
//!
//! In: documents, attributed quotes, speakers and clusters. Out: a `Report`
//! with ids (`d1`, `s1`, `q1`, `c1`) and code-point offsets. Byte offsets
//! become code points here and nowhere else (`CodePoints`).

pub mod article;
pub(crate) mod assemble;
mod blocking;
pub mod formats;
mod json;
pub mod session;

use serde::{Deserialize, Serialize};

use crate::corrections::Correction;

pub use crate::text::code_points::{CodePoints, TextSpan};

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
    /// The reader's corrections this report applies, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
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
    /// The outlet: as the reader named it, else as the article states it.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Length in code points.
    pub chars: usize,
    /// What had to be repaired or skipped.
    pub warnings: Vec<String>,
    /// The decoded text, for viewers (not part of the CLI's JSON).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
    /// For viewers with the text: the code-point ranges of the lines set
    /// aside as page furniture (navigation, captions, related headlines).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub skipped: Option<Vec<[usize; 2]>>,
    /// For viewers with the text, when there is no headline: the text's
    /// first words, to name the article by.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lead: Option<String>,
}

impl DocumentEntry {
    /// The article's name for a reader: "Outlet: Title", the title alone,
    /// the text's first words (viewers) when it has no headline, or else
    /// the file name.
    pub fn reader_name(&self) -> String {
        let heading = [&self.title, &self.lead]
            .into_iter()
            .flatten()
            .map(|t| t.trim())
            .find(|t| !t.is_empty())
            .unwrap_or(&self.name);
        match self
            .outlet
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            Some(outlet) => format!("{outlet}: {heading}"),
            None => heading.to_string(),
        }
    }

    /// The entry without what only viewers need (text, skipped lines,
    /// lead): the command line's entry for the same article.
    pub fn without_viewer_fields(&mut self) {
        self.text = None;
        self.skipped = None;
        self.lead = None;
    }
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
