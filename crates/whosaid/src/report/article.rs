//! One article's part of the report, before anything is joined across
//! articles: what the per-article step of a run writes (`--format jsonl`,
//! one line per article) and what the cross-article step
//! (`assemble`) reads. Offsets are already code points,
//! so the article's text and tokens can be dropped as soon as it is read.

use serde::{Deserialize, Serialize};

use crate::attribution::Attributed;
use crate::document::{Document, Role};
use crate::quotes::QuoteKind;
use crate::report::{CodePoints, DocumentEntry, TextSpan};
use crate::speakers::{LocalSpeaker, LocalSpeakers};
use crate::Options;

/// One article read on its own: its document entry (without an id), its
/// quotes, and its speakers as the article names them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleReport {
    /// The document entry; `id` is given when articles are put together.
    pub document: DocumentEntry,
    /// A digest of the file's bytes, which orders two files of one name.
    pub digest: String,
    /// The quotes, in order of position.
    pub quotes: Vec<ArticleQuote>,
    /// The speakers this article names, before articles are joined.
    pub speakers: Vec<LocalSpeaker>,
}

/// One quotation as its article reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleQuote {
    /// First code point of the quoted words.
    pub start: usize,
    /// One past the last.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// How it is printed.
    pub kind: QuoteKind,
    /// Its speaker: an index into the article's `speakers`.
    pub speaker: Option<usize>,
    /// The words naming the speaker here.
    pub mention: Option<TextSpan>,
    /// The reporting cue.
    pub cue: Option<TextSpan>,
    /// For a partial quote inside reported speech: the clause around it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<TextSpan>,
}

impl ArticleReport {
    /// The report's part of `doc`, whose quotes are `attributed` and whose
    /// speakers `local` resolved.
    pub fn new(
        doc: &Document,
        attributed: &[Attributed],
        local: LocalSpeakers,
        digest: String,
        options: Options,
    ) -> Self {
        let points = CodePoints::new(&doc.text);
        let (speakers, of_quote) = local;
        let quotes = attributed
            .iter()
            .zip(of_quote)
            .map(|(a, speaker)| {
                let span = points.span(a.quote.span);
                ArticleQuote {
                    start: span.start,
                    end: span.end,
                    text: span.text,
                    kind: a.quote.kind,
                    speaker,
                    mention: a.mention.map(|m| points.span(m)),
                    cue: a.cue.map(|c| points.span(c)),
                    clause: a.clause.map(|c| points.span(c)),
                }
            })
            .collect();
        ArticleReport {
            document: document_entry(doc, &points, options),
            digest,
            quotes,
            speakers,
        }
    }

    /// Its speakers and which of them said each quote, as the speakers
    /// stage hands them on.
    pub fn local_speakers(&self) -> LocalSpeakers {
        let of_quote = self.quotes.iter().map(|q| q.speaker).collect();
        (self.speakers.clone(), of_quote)
    }

    /// Where it stands in a report: by file name, then content, so the
    /// report depends neither on the order files came in nor their folders.
    pub fn order_key(&self) -> (&str, &str) {
        (&self.document.name, &self.digest)
    }

    /// The code-point spans of its quotes, which corrections name.
    pub fn quote_spans(&self) -> Vec<(usize, usize)> {
        self.quotes.iter().map(|q| (q.start, q.end)).collect()
    }
}

fn document_entry(doc: &Document, points: &CodePoints, options: Options) -> DocumentEntry {
    let viewer = options.include_text;
    DocumentEntry {
        id: String::new(),
        name: doc.name.clone(),
        title: doc.title.clone(),
        date: doc.date.clone(),
        outlet: doc.outlet.clone(),
        chars: points.at(doc.text.len()),
        warnings: doc.warnings.clone(),
        text: viewer.then(|| doc.text.clone()),
        skipped: viewer.then(|| skipped_lines(doc, points)),
        lead: (viewer && doc.title.is_none())
            .then(|| doc.lead())
            .flatten(),
    }
}

/// The code-point ranges of the lines `doc` set aside as furniture.
fn skipped_lines(doc: &Document, points: &CodePoints) -> Vec<[usize; 2]> {
    doc.paragraphs
        .iter()
        .filter(|p| p.role == Role::Boilerplate)
        .map(|p| [points.at(p.span.start), points.at(p.span.end)])
        .collect()
}

/// A digest of a file's bytes (64-bit FNV-1a, in hex): stable across
/// runs and machines, so a split run orders files as one run does.
pub fn digest(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}
