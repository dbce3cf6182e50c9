//! The name read rightwards from an inverted cue or "according to".
//!
//! In: a document's text and where the name should start (right after
//! "said" in "said NATO's spokesperson Farah Dakhlallah in a statement").
//! Out: the span of the name, stopped at a clause's punctuation, a verb or a
//! word that ends a name.

use crate::text::lexicon::lexicon;
use crate::text::span::{floor_boundary, Span};
use crate::text::tokens::Text;
use crate::text::words::is_abbreviation_before;

use crate::text::word_classes::is_pronoun;

/// Words that end a name read rightwards from a cue ("said Ana Ruiz in a
/// statement", "according to officials who …").
const ENDS_NAME: &[&str] = &[
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "are",
    "does",
    "did",
    "there",
    "it",
    "they",
    "he",
    "she",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "to",
    "with",
    "by",
    "from",
    "who",
    "which",
    "that",
    "as",
    "when",
    "while",
    "because",
    "about",
    "over",
    "last",
    "this",
    "and",
    "but",
    "earlier",
    "later",
    "today",
    "yesterday",
    "via",
    "whether",
    "if",
    "what",
    "how",
    "why",
    "where",
    "is",
    "was",
    "has",
    "had",
    "were",
];

/// The name that follows an inverted cue or "according to":
/// `said NATO's spokesperson Farah Dakhlallah in a statement` → the name.
pub fn name_after(text: &Text, from: usize, limit: usize) -> Option<Span> {
    let region = Span::new(from, floor_boundary(text, limit.min(from + 200)));
    let clipped = clip_to_clause(text, region);
    // "said the regional governor, Maria Lind, …": the name after the role.
    let after_comma = text[clipped.end..region.end].strip_prefix(", ");
    let appositive_name = after_comma.is_some_and(|rest| {
        let names: Vec<&str> = rest.split_whitespace().take(2).collect();
        names.len() == 2 && names.iter().all(|w| w.starts_with(char::is_uppercase))
    });
    let describes_only = !text
        .words_in(clipped)
        .iter()
        .skip(1)
        .any(|w| w.is_capitalized());
    if appositive_name && describes_only {
        return name_after(text, clipped.end + 2, limit);
    }
    let region = clipped;
    let tokens = text.words_in(region);
    let first = tokens.first()?;
    if is_pronoun(first.text) {
        return Some(first.span);
    }
    let mut end = None;
    for word in tokens.iter().take(10) {
        // A capitalised cue word belongs to the name ("Post White House
        // bureau chief Juliet Eilperin").
        let verb = !word.is_capitalized() && lexicon().cues.contains_key(word.folded());
        // Capitalised, "Will" and "May" are names ("said Will Doyle").
        let ends = !word.is_capitalized() && ENDS_NAME.contains(&word.folded());
        if ends || verb {
            break;
        }
        end = Some(word.span.end);
    }
    let mut span = Span::new(first.span.start, end?);
    // "the Council of the European Union" ends on a name, not on "of the".
    while let Some(last) = text.words_in(span).last() {
        if matches!(last.folded(), "of" | "the" | "for" | "and") {
            span = Span::new(span.start, last.span.start).trim(text);
        } else {
            break;
        }
    }
    (!span.is_empty()).then_some(span)
}

/// Stops a rightward name at a comma, stop or quotation mark.
fn clip_to_clause(text: &Text, region: Span) -> Span {
    let slice = region.slice(text);
    let stop = slice
        .char_indices()
        .find(|&(i, c)| match c {
            '.' => !is_abbreviation_before(text, region.start, region.start + i),
            ',' | ';' | ':' | '“' | '"' | '(' | '—' | '–' | '\n' => true,
            _ => false,
        })
        .map_or(slice.len(), |(i, _)| i);
    Span::new(region.start, region.start + stop)
}
