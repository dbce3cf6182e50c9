//! What every reader of a quote's surroundings shares: the attributed quote
//! itself, and each paragraph's quotations and sentences.
//!
//! In: a `Document` and its `Quote`s. Out: `Attributed` (a quote with its
//! cue and mention) and one `ParagraphContext` per paragraph, with the
//! small tests on clauses that the own-sentence and neighbour readers both
//! ask.

use crate::document::{Article, Role};
use crate::quotes::{Quote, QuoteKind};
use crate::text::span::Span;
use crate::text::word_classes::is_relative;
use crate::text::words::sentences;

/// A quotation with what this article says about its speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attributed {
    /// The quotation.
    pub quote: Quote,
    /// The reporting word or phrase.
    pub cue: Option<Span>,
    /// The words naming the speaker.
    pub mention: Option<Span>,
    /// For a partial quotation inside reported speech: the reported clause
    /// around it.
    pub clause: Option<Span>,
}

/// The quote spans and sentences of one paragraph.
#[derive(Default)]
pub(crate) struct ParagraphContext {
    pub quoted: Vec<Span>,
    pub sentences: Vec<Span>,
}

pub(crate) fn paragraph_contexts(doc: &Article, quotes: &[Quote]) -> Vec<ParagraphContext> {
    let mut contexts: Vec<ParagraphContext> = doc
        .paragraphs
        .iter()
        .map(|_| ParagraphContext::default())
        .collect();
    let marked = |q: &&Quote| !matches!(q.kind, QuoteKind::Unmarked | QuoteKind::Reported);
    for quote in quotes.iter().filter(marked) {
        contexts[quote.paragraph].quoted.push(quote.outer);
    }
    let mut contents: Vec<Vec<Span>> = vec![Vec::new(); doc.paragraphs.len()];
    for quote in quotes.iter().filter(marked) {
        contents[quote.paragraph].push(quote.span);
    }
    // Every body paragraph may hold reported speech; headings only quotes.
    let mut needed: Vec<bool> = doc
        .paragraphs
        .iter()
        .map(|p| p.role == Role::Body)
        .collect();
    for quote in quotes {
        needed[quote.paragraph] = true;
    }
    // A quotation's own final stop may end the sentence: mask only its words.
    for (((context, paragraph), masked), needed) in contexts
        .iter_mut()
        .zip(&doc.paragraphs)
        .zip(&contents)
        .zip(needed)
    {
        if needed && paragraph.role != Role::Boilerplate {
            context.sentences = sentences(&doc.text, paragraph.span, masked);
        }
    }
    contexts
}

pub(crate) fn sentence_of(context: &ParagraphContext, at: usize) -> Option<Span> {
    context
        .sentences
        .iter()
        .copied()
        .find(|s| s.start <= at && at < s.end.max(s.start + 1))
}

/// Where the clause ending at `at` starts: after the last quotation of the
/// sentence before `at`, or at the sentence start.
pub(crate) fn clause_start(quoted: &[Span], sentence: Span, at: usize) -> usize {
    quoted
        .iter()
        .filter(|q| q.end <= at && q.start >= sentence.start)
        .map(|q| q.end)
        .max()
        .unwrap_or(sentence.start)
}

/// False for stretches that cannot name a speaker, like "saying Trump's"
/// or "of economic ills".
pub(crate) fn is_noun_phrase(words: &str) -> bool {
    if is_relative(words) {
        return true;
    }
    let first = words.split_whitespace().next().unwrap_or("");
    let opener = first.to_lowercase();
    let participle = first.starts_with(char::is_lowercase) && opener.ends_with("ing");
    !NOT_A_SUBJECT_START.contains(&opener.as_str()) && !participle
}

/// Words that open a clause or a modifier, never a speaker's name.
pub(crate) const NOT_A_SUBJECT_START: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "including",
    "compared",
    "which",
    "what",
    "when",
    "where",
    "because",
    "while",
    "if",
    "than",
    "about",
    "into",
    "over",
];
