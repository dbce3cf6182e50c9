//! What the readers of reported speech share: a sentence with the
//! quotations around it, a statement found in it, and the tests of a tag
//! (its end, the name or source it holds) and of a clause's length.

use crate::attribution::cues::Cue;
use crate::text::span::Span;
use crate::text::tokens::Text;
use crate::text::words::{is_auxiliary, TIME_WORDS};

/// Fewest words a reported clause has ("it was wrong").
const MIN_CLAUSE_WORDS: usize = 2;

/// Most words a tag holds besides its verb (", the mayor of the port city
/// said"), and most words between a quotation and the cue that tags it.
pub(super) const TAG_WORDS: usize = 8;

/// Most words of a name after an inverted cue ("said Ana Ruiz Lopez").
pub(super) const NAME_WORDS: usize = 6;

/// One sentence with the quotations around its words.
pub(super) struct Sentence<'a, 'd> {
    pub(super) text: &'a Text<'d>,
    pub(super) span: Span,
    /// Every marked quotation of the paragraph.
    pub(super) quoted: &'a [Span],
    /// The quotations of the paragraph that are more than fragments.
    pub(super) whole: &'a [Span],
}

/// A statement found in a sentence: its cue, its clause, and the part of
/// the clause before a tag set into it (the clause itself otherwise).
pub(super) struct Found {
    pub(super) cue: Cue,
    pub(super) clause: Span,
    pub(super) head: Span,
}

/// True when a short name follows the cue up to the next comma or
/// relative clause ("said a handful of Democrats who …"): no verb ("the
/// pier was") and no quotation in it.
pub(super) fn names_after(sentence: &Sentence, cue: Cue) -> bool {
    let end = tag_end(sentence, cue);
    let words = sentence.text.words_in(Span::new(cue.span.end, end));
    let relative = words
        .iter()
        .position(|w| matches!(w.folded(), "who" | "whose" | "which"));
    let tag = &words[..relative.unwrap_or(words.len())];
    // "said Wednesday he agrees": a day is no name.
    let names = tag.first().is_some_and(|w| {
        (w.is_capitalized()
            || matches!(w.folded(), "the" | "a" | "an")
            || w.text.starts_with(|c: char| c.is_ascii_digit()))
            && !TIME_WORDS.contains(&w.folded())
    });
    // An auxiliary shows a clause, not a name ("said the pier was").
    let verb = tag.iter().any(|w| is_auxiliary(w.folded()));
    let quoted = sentence
        .quoted
        .iter()
        .any(|q| q.start >= cue.span.end && q.start < end);
    names && tag.len() <= NAME_WORDS && !verb && !quoted
}

/// Where a tag that starts at `cue` ends: at the next comma or the
/// sentence's end.
pub(super) fn tag_end(sentence: &Sentence, cue: Cue) -> usize {
    let rest = &sentence.text[cue.span.end..sentence.span.end];
    cue.span.end + rest.find(',').unwrap_or(rest.len())
}

/// Most words of the source after "according to" ("early results of the
/// exit poll conducted by … for the Associated Press and the networks").
const SOURCE_WORDS: usize = 24;

/// True when the source after "according to" ends within a few words at
/// `end` and holds no whole quotation (a quoted title may name it: "the
/// “Medicare for all” document").
pub(super) fn source_fits(sentence: &Sentence, cue: Cue, end: usize) -> bool {
    let words = sentence.text.words_in(Span::new(cue.span.end, end)).len();
    let quoted = sentence
        .whole
        .iter()
        .any(|q| q.start >= cue.span.end && q.start < end);
    words > 0 && words <= SOURCE_WORDS && !quoted
}

/// `clause` without the punctuation and spaces around it, when it holds
/// enough words to be a statement.
pub(super) fn trimmed_clause(text: &Text, clause: Span) -> Option<Span> {
    let slice = clause.slice(text);
    let punctuation = |c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':');
    let lead = slice.len() - slice.trim_start_matches(punctuation).len();
    let trail = slice.trim_end_matches(punctuation).len();
    if trail <= lead {
        return None;
    }
    let clause = Span::new(clause.start + lead, clause.start + trail);
    (text.words_in(clause).len() >= MIN_CLAUSE_WORDS).then_some(clause)
}
