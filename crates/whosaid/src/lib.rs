//! whosaid: who said what, and who reported it how, across news articles.
//!
//! The pipeline runs one way, a folder per stage, each over the shared text
//! tools of [`text`] (spans, words, lexicon):
//! bytes → [`document`] (decoding, paragraphs, boilerplate, metadata) →
//! [`quotes`] (marks, unmarked speech, posts) → [`attribution`] (cue and
//! mention) → [`speakers`] (names, gender, merging) → [`clusters`]
//! (normalising, variants) → [`report`] (the JSON of `shared/CONTRACT.md`,
//! and its formats). A stage imports only earlier stages and `text`.
//! The reader's [`corrections`] are applied at the stage each belongs to
//! (it imports the stages it corrects; only the report imports it).
//! [`analyze`] runs it all.
#![deny(missing_docs)]

pub mod attribution;
pub mod clusters;
pub mod corrections;
pub mod document;
pub mod quotes;
pub mod report;
pub mod speakers;
pub mod text;

pub use report::article::{digest, ArticleQuote, ArticleReport};
pub use report::session::Session;
pub use report::{
    ClusterEntry, DocumentEntry, QuoteEntry, Report, SpeakerEntry, TextSpan, VariantEntry,
};

use attribution::attribute;
use corrections::{correct_speakers, drop_not_quotes, quote_moves, Correction, QuotePlaces};
use document::decode::{decode, Decoded};
use document::Document;
use quotes::find_quotes;

/// One file to read: its name and raw bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// The file name (folders are dropped in the report).
    pub name: String,
    /// The raw bytes.
    pub bytes: Vec<u8>,
}

impl Input {
    /// An input from a name and bytes.
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Input {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// Options for the report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Put each document's text in the report (for viewers).
    pub include_text: bool,
}

/// Reads every input and reports its quotations, speakers and clusters.
/// The report does not depend on the order of `inputs`.
pub fn analyze(inputs: &[Input]) -> Report {
    analyze_with(inputs, Options::default())
}

/// [`analyze`] with options.
pub fn analyze_with(inputs: &[Input], options: Options) -> Report {
    analyze_with_progress(inputs, options, &mut |_, _| {})
}

/// [`analyze_with`], telling `progress(done, total)` after each article is read.
pub fn analyze_with_progress(
    inputs: &[Input],
    options: Options,
    progress: &mut dyn FnMut(usize, usize),
) -> Report {
    analyze_corrected(inputs, options, &[], progress)
}

/// [`analyze_with_progress`] with the reader's corrections applied, in
/// order; the report lists them.
pub fn analyze_corrected(
    inputs: &[Input],
    options: Options,
    corrections: &[Correction],
    progress: &mut dyn FnMut(usize, usize),
) -> Report {
    let names = speakers::NameCache::default();
    let total = inputs.len();
    let mut articles = Vec::with_capacity(total);
    for (done, input) in inputs.iter().enumerate() {
        articles.push(read_article(input, options, corrections, &names));
        progress(done + 1, total);
    }
    join_articles_with(articles, corrections, &names)
}

/// [`analyze_corrected`] with the per-article step spread over `threads`
/// threads (0: one per core). The report is the same: articles are read
/// independently, and the cross-article step orders them.
#[cfg(not(target_family = "wasm"))]
pub fn analyze_on_threads(
    inputs: &[Input],
    options: Options,
    corrections: &[Correction],
    threads: usize,
) -> Report {
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        n => n,
    }
    .clamp(1, inputs.len().max(1));
    let articles = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                // Every `threads`-th input, so long and short articles spread evenly.
                scope.spawn(move || {
                    let names = speakers::NameCache::default();
                    inputs
                        .iter()
                        .skip(t)
                        .step_by(threads)
                        .map(|input| read_article(input, options, corrections, &names))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    join_articles(articles, corrections)
}

/// The per-article step: one input read on its own, up to its speakers as
/// it names them. The reader's `not_a_quote` corrections apply here.
/// `names` caches what earlier articles read (a fresh one gives the same).
pub fn read_article(
    input: &Input,
    options: Options,
    corrections: &[Correction],
    names: &speakers::NameCache,
) -> ArticleReport {
    let doc = read_document(input);
    let article = doc.article();
    let found = attribute(&article, find_quotes(&article));
    let quotes = drop_not_quotes(corrections, &doc, found);
    let local = speakers::resolve_in_article(&article, &quotes, names);
    ArticleReport::new(&doc, &quotes, local, digest(&input.bytes), options)
}

/// The cross-article step: joins articles read by [`read_article`], in
/// any order, into the report (speakers, clusters and ids across them).
pub fn join_articles(articles: Vec<ArticleReport>, corrections: &[Correction]) -> Report {
    join_articles_with(articles, corrections, &speakers::NameCache::default())
}

fn join_articles_with(
    mut articles: Vec<ArticleReport>,
    corrections: &[Correction],
    names: &speakers::NameCache,
) -> Report {
    articles.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    join_sorted(&articles, corrections, names)
}

/// [`join_articles`] of articles already in the report's order.
pub(crate) fn join_sorted(
    articles: &[ArticleReport],
    corrections: &[Correction],
    names: &speakers::NameCache,
) -> Report {
    let locals = articles.iter().map(ArticleReport::local_speakers).collect();
    let mut speakers = speakers::merge_across_documents(locals, names);
    let spans = articles
        .iter()
        .map(|a| (a.document.name.as_str(), a.quote_spans()));
    let places = QuotePlaces::new(corrections, spans);
    correct_speakers(corrections, &places, &mut speakers);
    let corrected = report::assemble::Corrected {
        corrections,
        moves: quote_moves(corrections, &places),
    };
    report::assemble::assemble(articles, &speakers, &corrected)
}

/// Decodes one input into a document; a refused file becomes an empty
/// document whose warning says why.
pub fn read_document(input: &Input) -> Document {
    match decode(&input.bytes) {
        Decoded::Text { text, warnings } => Document::new(&input.name, text, warnings),
        Decoded::Refused { reason } => Document::new(&input.name, String::new(), vec![reason]),
    }
}
