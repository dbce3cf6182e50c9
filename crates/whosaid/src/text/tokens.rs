//! A document's text tokenised once.
//!
//! In: a document's text. Out: `Tokens` (its word spans and a lowercase twin
//! of the text) made once per document, and `Text`, the view every stage
//! reads: the text with its `Word`s, each knowing its span, its text, its
//! folded form and whether it is capitalised. A stage asks for the words of
//! a region (`Text::words_in`) and gets a slice of the document's words, not
//! a fresh split of a `&str`.
//!
//! The lowercase twin has the text's byte layout, so any span of the text is
//! a span of its folded form too. A character whose lowercase takes another
//! number of bytes ("İ") stays as it is there; no word list holds one.

use std::borrow::Cow;
use std::ops::Deref;

use crate::text::span::Span;
use crate::text::words::{strip_possessive, word_spans};

/// What tokenising a text once leaves: its word spans and its lowercase twin.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokens {
    lower: String,
    spans: Vec<Span>,
}

impl Tokens {
    /// Tokenises `text`.
    pub fn new(text: &str) -> Self {
        Tokens {
            lower: lowercase_twin(text),
            spans: word_spans(text, 0),
        }
    }
}

/// `text` in lowercase, byte for byte in the same places.
fn lowercase_twin(text: &str) -> String {
    let mut lower = text.to_ascii_lowercase();
    if text.is_ascii() {
        return lower;
    }
    let uppercase = text
        .char_indices()
        .filter(|(_, c)| !c.is_ascii() && c.is_uppercase());
    let mut mapped = [0u8; 4];
    let mut bytes = std::mem::take(&mut lower).into_bytes();
    for (at, c) in uppercase {
        let mut lowered = c.to_lowercase();
        if let (Some(l), None) = (lowered.next(), lowered.next()) {
            if l.len_utf8() == c.len_utf8() {
                bytes[at..at + l.len_utf8()].copy_from_slice(l.encode_utf8(&mut mapped).as_bytes());
            }
        }
    }
    // Whole characters were swapped for characters of the same width.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// One word of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'t> {
    /// Where it stands in the document.
    pub span: Span,
    /// Its text.
    pub text: &'t str,
    folded: &'t str,
    capitalized: bool,
}

impl<'t> Word<'t> {
    /// True when the word starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }

    /// The word in lowercase, with a trailing possessive ('s, ’s) removed.
    pub fn folded(&self) -> &'t str {
        self.folded
    }
}

/// A document's text with its words: what the stages read.
#[derive(Clone, Debug)]
pub struct Text<'d> {
    text: &'d str,
    lower: &'d str,
    words: Vec<Word<'d>>,
}

impl<'d> Text<'d> {
    /// The view of `text`, whose `tokens` were made from it.
    pub fn new(text: &'d str, tokens: &'d Tokens) -> Self {
        let mut view = Text {
            text,
            lower: &tokens.lower,
            words: Vec::new(),
        };
        view.words = tokens.spans.iter().map(|&s| view.word(s)).collect();
        view
    }

    /// The whole text.
    pub fn as_str(&self) -> &'d str {
        self.text
    }

    /// True when the text writes the word `folded` in lowercase somewhere:
    /// a common word, whatever case it takes at a sentence's start.
    pub fn writes_in_lowercase(&self, folded: &str) -> bool {
        self.words
            .iter()
            .any(|w| !w.is_capitalized() && w.folded() == folded)
    }

    /// Every word, in order.
    pub fn words(&self) -> &[Word<'d>] {
        &self.words
    }

    /// The words inside `region`. A region that cuts a word ("U.S" cut
    /// after "U") gets the words its own text splits into, as if it stood
    /// alone.
    pub fn words_in(&self, region: Span) -> Cow<'_, [Word<'d>]> {
        let first = self.words.partition_point(|w| w.span.end <= region.start);
        let end = self.words.partition_point(|w| w.span.start < region.end);
        let inside = &self.words[first..end.max(first)];
        let cut = inside.first().is_some_and(|w| w.span.start < region.start)
            || inside.last().is_some_and(|w| w.span.end > region.end);
        if !cut {
            return Cow::Borrowed(inside);
        }
        let slice = region.slice(self.text);
        Cow::Owned(
            word_spans(slice, region.start)
                .into_iter()
                .map(|s| self.word(s))
                .collect(),
        )
    }

    /// The word at `span` (a span the tokenizer made).
    fn word(&self, span: Span) -> Word<'d> {
        let text = span.slice(self.text);
        let lower = span.slice(self.lower);
        // Only a word ending in "s" can carry a possessive.
        let folded = if lower.ends_with('s') {
            strip_possessive(lower)
        } else {
            lower
        };
        let capitalized = match text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => text.chars().next().is_some_and(char::is_uppercase),
        };
        Word {
            span,
            text,
            folded,
            capitalized,
        }
    }
}

/// Runs `read` on `text` tokenised, for tests of the rules that read a
/// document's words.
#[cfg(test)]
pub(crate) fn with_text<R>(text: &str, read: impl FnOnce(&Text) -> R) -> R {
    let tokens = Tokens::new(text);
    read(&Text::new(text, &tokens))
}

impl Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_gets_the_documents_words_inside_it() {
        let source = "Mayor Ana Ruiz's plan, she said.";
        let tokens = Tokens::new(source);
        let text = Text::new(source, &tokens);
        let words = text.words_in(Span::new(6, 21));
        assert!(matches!(words, Cow::Borrowed(_)));
        let folded: Vec<&str> = words.iter().map(|w| w.folded()).collect();
        assert_eq!(folded, ["ana", "ruiz", "plan"]);
        assert!(words[0].is_capitalized() && !words[2].is_capitalized());
    }

    #[test]
    fn a_region_that_cuts_a_word_splits_its_own_text() {
        let source = "the U.S. envoy";
        let tokens = Tokens::new(source);
        let text = Text::new(source, &tokens);
        let words = text.words_in(Span::new(0, 5));
        let texts: Vec<&str> = words.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["the", "U"]);
        assert_eq!(words[1].folded(), "u");
    }

    #[test]
    fn the_lowercase_twin_keeps_byte_places() {
        let source = "Łódź İzmir ÉTÉ";
        let twin = lowercase_twin(source);
        assert_eq!(twin.len(), source.len());
        assert!(twin.starts_with("łódź") && twin.ends_with("été"));
    }
}
