//! Where a reported clause ends before its sentence does: at a second
//! statement ("…, but added that …") or at words the writer adds after the
//! report ("…, which …", "…, while …", "…; …").

use crate::text::lexicon::{lexicon, CueForm};
use crate::text::patterns::{all_of, first_of};
use crate::text::span::Span;
use crate::text::tokens::Text;

/// "…, but added that …", "…; she also said …": where a second statement
/// starts, at a break followed closely by another reporting verb.
pub(super) fn second_statement(text: &Text, start: usize, limit: usize) -> Option<usize> {
    let region = &text[start..limit.max(start)];
    let lex = lexicon();
    all_of(
        region,
        &[
            ", but ", " but ", "; ", " — ", " – ", ", and ", " and ", ", ",
        ],
    )
    .find(|&(at, sep)| {
        let after = text.words_in(Span::new(start + at, limit));
        // ", telling reporters …": after a bare comma only a participle.
        if sep == ", " {
            return after
                .first()
                .is_some_and(|w| lex.cues.get(w.folded()) == Some(&CueForm::Participle));
        }
        after
            .iter()
            .take(4)
            .any(|w| lex.cues.contains_key(w.folded()))
    })
    .map(|(at, _)| start + at)
}

/// Words that, after a comma, open the writer's own addition to a report:
/// a relative clause or an apposition on its last words ("…, which …",
/// "…, a law that …"), a contrast or comparison ("…, while …", "…,
/// compared with …"), a clause of its own ("…, and the city …"), or the
/// report's source ("…, according to …").
const ADDITION_OPENERS: &[&str] = &[
    "according",
    "while",
    "whereas",
    "compared",
    "which",
    "who",
    "but",
    "and",
    "a",
    "an",
];

/// "said the pier was safe, which it was not": where the writer's words
/// start inside `start..end` (a semicolon, a dash, or a comma before one of
/// `ADDITION_OPENERS`). A second "that" goes on with the report ("…, and
/// that tolls would rise").
pub(super) fn writers_addition(text: &Text, start: usize, end: usize) -> Option<usize> {
    let region = &text[start..end.max(start)];
    let breaks = first_of(region, &["; ", " — ", " – "]).map(|(at, _)| at);
    let comma = region.match_indices(", ").map(|(at, _)| at).find(|&at| {
        let words = text.words_in(Span::new(start + at, end));
        let opens = words
            .first()
            .is_some_and(|w| ADDITION_OPENERS.contains(&w.folded()));
        opens && words.get(1).is_none_or(|w| w.folded() != "that")
    });
    [breaks, comma]
        .into_iter()
        .flatten()
        .min()
        .map(|at| start + at)
}
