//! Small closed classes of words that several stages ask about: pronouns,
//! determiners, the words that open a clause or an introductory phrase,
//! manner adverbs. Facts about English words, not about quotes.
//!
//! In: a word (or its lowercase form). Out: whether it belongs to a class.

use crate::text::lexicon::{lexicon, Referent};
use crate::text::span::Span;
use crate::text::tokens::{Text, Word};
use crate::text::words::lowercase;
use crate::text::words::strip_possessive;

/// True for a word that may stand for a speaker on its own ("who" only
/// inside a relative clause: see [`relative_subject`]).
pub fn is_pronoun(word: &str) -> bool {
    lexicon()
        .pronouns
        .get(&*lowercase(word))
        .is_some_and(|&r| r != Referent::Relative)
}

/// "he's", "she’s": a pronoun with its verb contracted onto it; the pronoun.
pub fn contracted_pronoun(word: &str) -> Option<&str> {
    let stem = strip_possessive(word);
    (stem != word && is_pronoun(stem)).then_some(stem)
}

/// "I’m", "we've", "they’ll", "he's": a pronoun with a verb contracted
/// onto it; the pronoun.
pub fn pronoun_before_clitic(word: &str) -> Option<&str> {
    const CLITICS: &[&str] = &["s", "m", "ve", "re", "ll", "d"];
    let (stem, clitic) = word.rsplit_once(['\'', '’'])?;
    let clitic_known = CLITICS.iter().any(|c| clitic.eq_ignore_ascii_case(c));
    (clitic_known && is_pronoun(stem)).then_some(stem)
}

/// True for "who", the relative pronoun a speaker can hide behind.
pub fn is_relative(word: &str) -> bool {
    lexicon().pronouns.get(&*lowercase(word)) == Some(&Referent::Relative)
}

/// "formally", "famously": an adverb ending in -ly, which sits next to the
/// verb; the few nouns with that ending are kept.
pub fn is_manner_adverb(word: &Word) -> bool {
    const NOUNS: &[&str] = &[
        "family", "assembly", "ally", "rally", "monopoly", "anomaly", "homily",
    ];
    let lower = word.text;
    lower.len() > 4 && lower.ends_with("ly") && !word.is_capitalized() && !NOUNS.contains(&lower)
}

/// Words that open a clause, so a subject starts after them.
pub const CLAUSE_OPENERS: &[&str] = &[
    "that", "and", "but", "because", "when", "as", "while", "if", "or", "where", "although",
    "though", "which", "whom",
];

/// True for a word that opens a clause with a subject of its own.
pub fn opens_clause(lower: &str) -> bool {
    CLAUSE_OPENERS.contains(&lower)
}

/// Words that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that",
];

/// True for a word that ties a clause to the one before and is no part of
/// it: "And he said", "But while denouncing …, she".
pub fn links_back(lower: &str) -> bool {
    matches!(lower, "and" | "but" | "so" | "yet" | "then")
}

/// True for a word that opens an introductory phrase ("In other words,").
pub fn opens_introduction(word: &str) -> bool {
    INTRO_WORDS.contains(&&*lowercase(word))
}

/// Words that open an introductory phrase before a sentence's subject.
pub const INTRO_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "before",
    "during",
    "asked",
    "when",
    "while",
    "as",
    "earlier",
    "later",
    "still",
    "but",
    "and",
    "yet",
    "so",
    "then",
    "meanwhile",
    "however",
    "also",
    "last",
    "this",
    "speaking",
    "addressing",
    "writing",
    "since",
    "with",
    "without",
    "for",
    "unlike",
    "like",
    "despite",
    "instead",
    "now",
    "today",
    "yesterday",
    "tuesday",
    "monday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "by",
    "from",
    "under",
    "over",
    "if",
    "though",
    "although",
    "indeed",
    "moreover",
    "still",
    "back",
    "separately",
    "similarly",
    "first",
    "second",
    "finally",
    "thus",
    "here",
    "even",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "minutes",
    "moments",
    "where",
    "once",
    "because",
    "amid",
    "among",
    "across",
    "against",
    "beyond",
    "through",
    "throughout",
    "within",
    "following",
    "according",
    "based",
    "given",
    "likewise",
    "nevertheless",
    "nonetheless",
    "perhaps",
    "recently",
    "eventually",
    "ultimately",
    "specifically",
    "notably",
    "overall",
    "ever",
    "often",
    "sometimes",
    "soon",
    "together",
    "instead",
];

/// Words that open a subordinate clause at a sentence's start.
pub const SUBORDINATORS: &[&str] = &[
    "when", "as", "after", "before", "if", "because", "although", "though", "while", "since",
    "once", "until",
];

/// Most words of a lone opening phrase ("Before the storm of last winter").
const OPENING_PHRASE_WORDS: usize = 6;

/// "Before dropping out, Cruz responded …", "In interviews on Monday,
/// Ruiz wrote …": a short opening phrase alone before a comma is what the
/// sentence's own subject did next, not a clause a tag closes ("About 270
/// people have been resettled, officials said" is longer: a clause).
/// "When asked whether the tolls would rise" is one of any length: a
/// subordinator and a participle have no subject of their own.
pub fn is_lone_opening_phrase(text: &Text, head: Span) -> bool {
    let words = text.words_in(head);
    let first = words.first().map(|w| w.folded());
    let participle_clause = match words.as_ref() {
        [subordinator, participle, ..] => {
            SUBORDINATORS.contains(&subordinator.folded())
                && !participle.is_capitalized()
                && (participle.text.ends_with("ed") || participle.text.ends_with("ing"))
        }
        _ => false,
    };
    let short = first
        .is_some_and(|w| crate::text::words::is_preposition(w) || SUBORDINATORS.contains(&w))
        && words.len() <= OPENING_PHRASE_WORDS;
    (short || participle_clause) && !head.slice(text).contains(',')
}
