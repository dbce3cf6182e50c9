//! Words and sentences: the small text tools every stage shares.
//!
//! In: a slice of a document's text and its byte offset. Out: word spans
//! (the tokenizer `tokens::Tokens` runs once per document) and sentence
//! spans, both into the document; and the small word lists around them.

use std::borrow::Cow;

use crate::text::lexicon::lexicon;
use crate::text::patterns::{first_of, last_of};
use crate::text::span::Span;

/// Words that say when: they sit between a speaker and the verb ("Ruiz on
/// Monday said") and after it ("…, Ruiz said last week").
pub const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "recently",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "last",
    "this",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
];

/// `word` in lowercase, borrowed when it has no capital to lower: most
/// words a rule looks up are written in lowercase already.
pub fn lowercase(word: &str) -> Lowercase<'_> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// A word in lowercase (see [`lowercase`]).
pub type Lowercase<'w> = Cow<'w, str>;

/// `text` with its letters decomposed and their combining marks dropped
/// ("Zürich" → "Zurich"); `compatibility` also splits ligatures and other
/// compatibility forms ("ﬁ" → "fi"). Character by character: ASCII, most
/// of any news text, is copied without a look at the tables.
pub fn without_diacritics(text: &str, compatibility: bool) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            plain.push(c);
            continue;
        }
        let mut keep = |d: char| {
            if !is_combining_mark(d) {
                plain.push(d);
            }
        };
        if compatibility {
            unicode_normalization::char::decompose_compatible(c, &mut keep);
        } else {
            unicode_normalization::char::decompose_canonical(c, &mut keep);
        }
    }
    plain
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// "Russia's" → "Russia"; other words unchanged.
pub fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            return stem;
        }
    }
    word
}

fn is_word_char(c: char) -> bool {
    // Curly quotes and dashes (General Punctuation) are frequent in news
    // and are never letters: no table lookup for them.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric()
}

/// Characters that join two word parts into one word: "Suk-yeol", "don't",
/// "U.S" (the final period is left out).
const fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '@' | '_')
}

/// The spans of the words of `text`, which starts at byte `offset` of its
/// document. Stages read a document's words through `tokens::Text`; this
/// is the tokenizer behind it, and the reader of short strings that are no
/// document's (a name, a mention's text).
pub fn word_spans(text: &str, offset: usize) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    // The word being read: where it starts, and where its last word
    // character ends (a joiner after it is taken only when a word
    // character follows).
    let mut word: Option<usize> = None;
    let mut end = 0;
    let mut at = 0;
    while at < bytes.len() {
        let (class, width) = class_at(text, at);
        match class {
            CharClass::Word => {
                word.get_or_insert(at);
                at += width;
                // The rest of an ASCII run of letters and digits at once.
                while bytes.get(at).is_some_and(|&b| {
                    b.is_ascii() && ASCII_CLASSES[usize::from(b)] == CharClass::Word
                }) {
                    at += 1;
                }
                end = at;
            }
            CharClass::Joiner if word.is_some() && end == at => at += width,
            _ => {
                if let Some(start) = word.take() {
                    out.push(Span::new(offset + start, offset + end));
                }
                at += width;
            }
        }
    }
    if let Some(start) = word {
        out.push(Span::new(offset + start, offset + end));
    }
    out
}

/// What a character is to the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Word,
    Joiner,
    Other,
}

/// The class of every ASCII character, looked up rather than tested: the
/// tokenizer reads each byte of every document.
const ASCII_CLASSES: [CharClass; 128] = {
    let mut classes = [CharClass::Other; 128];
    let mut byte = 0;
    while byte < 128 {
        let c = byte as u8 as char;
        classes[byte] = if c.is_ascii_alphanumeric() {
            CharClass::Word
        } else if is_joiner(c) {
            CharClass::Joiner
        } else {
            CharClass::Other
        };
        byte += 1;
    }
    classes
};

/// The class and width of the character at byte `at` (a boundary).
#[inline]
fn class_at(text: &str, at: usize) -> (CharClass, usize) {
    let byte = text.as_bytes()[at];
    if byte.is_ascii() {
        return (ASCII_CLASSES[usize::from(byte)], 1);
    }
    let (c, width) = char_at(text, at);
    let class = if is_word_char(c) {
        CharClass::Word
    } else if is_joiner(c) {
        CharClass::Joiner
    } else {
        CharClass::Other
    };
    (class, width)
}

/// The words of a short string that is no document's, as text.
pub fn word_texts(text: &str) -> Vec<&str> {
    word_spans(text, 0)
        .into_iter()
        .map(|s| s.slice(text))
        .collect()
}

/// The character at byte `at` (a character boundary) and its width; ASCII,
/// nearly all of English news, without decoding.
#[inline]
fn char_at(text: &str, at: usize) -> (char, usize) {
    let byte = text.as_bytes()[at];
    if byte.is_ascii() {
        return (byte as char, 1);
    }
    let c = text[at..]
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

/// Sentence spans of one paragraph (`span` into `text`). A period ends a
/// sentence unless it follows a known abbreviation or a single initial; a
/// sentence may end after closing quotation marks and brackets. Positions in
/// `masked` (quotations) never end a sentence.
pub fn sentences(text: &str, span: Span, masked: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    let para = span.slice(text);
    let mut from = 0;
    // Only a full stop, "!" or "?" can end a sentence: jump from one to the
    // next rather than reading every character.
    while let Some(found) = para.as_bytes()[from..]
        .iter()
        .position(|b| matches!(b, b'.' | b'!' | b'?'))
    {
        let i = from + found;
        let c = para.as_bytes()[i] as char;
        let at = span.start + i;
        let after = at + 1;
        from = i + 1;
        // Inside a quotation only its final punctuation may end the sentence.
        if masked.iter().any(|m| m.start <= at && after < m.end) {
            continue;
        }
        let closers = para[from..]
            .find(|next: char| {
                !matches!(
                    next,
                    '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
                )
            })
            .unwrap_or(para.len() - from);
        from += closers;
        let end = span.start + from;
        if c == '.'
            && is_abbreviation_before(text, start, at)
            && !opens_with_pronoun(&text[end..span.end])
        {
            continue;
        }
        if starts_new_sentence(&text[end..span.end]) {
            out.push(Span::new(start, end).trim(text));
            start = end;
        }
    }
    let last = Span::new(start, span.end).trim(text);
    if !last.is_empty() {
        out.push(last);
    }
    out
}

/// Where the sentence holding byte `at` starts, roughly, for a look back
/// without the sentence reader: after the last full stop, question or
/// exclamation mark and space before it, or at the line's start.
pub fn sentence_start(text: &str, at: usize) -> usize {
    let before = &text[..at];
    let line = before.rfind('\n').map_or(0, |i| i + 1);
    before[line..]
        .rmatch_indices(['.', '!', '?'])
        .map(|(i, _)| line + i + 1)
        .find(|&end| text[end..].starts_with(char::is_whitespace))
        .unwrap_or(line)
}

/// "… in the U.S. He says …": a pronoun or article after an abbreviation's
/// period starts a new sentence.
fn opens_with_pronoun(rest: &str) -> bool {
    let next = rest.split_whitespace().next().unwrap_or("");
    matches!(
        next,
        "He" | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "The"
            | "But"
            | "This"
            | "That"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "In"
            | "A"
    )
}

/// After a sentence end comes whitespace and then an uppercase letter, a
/// digit or an opening mark.
fn starts_new_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return rest.is_empty();
    }
    trimmed.chars().next().is_none_or(|c| {
        c.is_uppercase()
            || c.is_numeric()
            || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–')
    })
}

/// True when the period at `period` closes an abbreviation or an initial.
pub fn is_abbreviation_before(text: &str, sentence_start: usize, period: usize) -> bool {
    let before = &text[sentence_start..period];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_initial || lexicon().abbreviations.contains(&*lowercase(word))
}

/// Modal verbs, plain and negated: a verb after one is not a finished
/// report ("would continue", "can't say").
const MODALS: &[&str] = &[
    "would",
    "will",
    "should",
    "could",
    "can",
    "may",
    "might",
    "must",
    "cannot",
    "can't",
    "can’t",
    "won't",
    "won’t",
    "wouldn't",
    "wouldn’t",
    "couldn't",
    "couldn’t",
];

/// True for a modal verb (`lower` is lowercase): "would", "can't".
pub fn is_modal(lower: &str) -> bool {
    MODALS.contains(&lower)
}

/// True for an auxiliary verb, which no name contains: a modal or a form
/// of "be", "have" or "do".
pub fn is_auxiliary(lower: &str) -> bool {
    is_modal(lower)
        || matches!(
            lower,
            "is" | "was" | "are" | "were" | "has" | "have" | "had" | "does" | "did"
        )
}

/// Prepositions: the noun phrase after one is its object, and a word that
/// could be a verb is a noun there ("on points") unless it is a gerund.
/// Not "over", which is as often a particle ("a voice over says").
const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "from", "for", "with", "by", "during", "after", "before", "under", "among",
    "across", "amid", "without", "through", "about", "into", "upon",
];

/// True for a preposition (`lower` is lowercase): "on", "without".
pub fn is_preposition(lower: &str) -> bool {
    PREPOSITIONS.contains(&lower)
}

/// The last dash that sets off words ("— ", "– " or " - "): where it starts
/// and where the words after it start.
pub fn last_dash(text: &str) -> Option<(usize, usize)> {
    last_of(text, &SET_OFF_DASHES).map(|(at, dash)| (at, at + dash.len()))
}

/// Where the first dash that sets off words starts.
pub fn first_dash(text: &str) -> Option<usize> {
    first_dash_span(text).map(|(start, _)| start)
}

/// The first dash that sets off words: where it starts and where the
/// words after it start.
pub fn first_dash_span(text: &str) -> Option<(usize, usize)> {
    first_of(text, &SET_OFF_DASHES).map(|(at, dash)| (at, at + dash.len()))
}

/// Marks that close a quotation, as they stand before a comma's words.
pub const CLOSING_MARKS: [char; 4] = ['”', '"', '\'', '’'];

/// Dashes that set off words, with the space that follows them.
const SET_OFF_DASHES: [&str; 3] = ["— ", "– ", " - "];

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        word_texts(text)
    }

    #[test]
    fn words_keep_hyphens_apostrophes_and_inner_periods() {
        assert_eq!(
            texts("Yoon Suk-yeol's U.S. visit, don’t."),
            ["Yoon", "Suk-yeol's", "U.S", "visit", "don’t"]
        );
    }

    #[test]
    fn joiners_join_only_between_word_characters() {
        assert_eq!(
            texts("a--b end- x.y. naïve café—Zürich 'quoted' e-mail’s"),
            [
                "a",
                "b",
                "end",
                "x.y",
                "naïve",
                "café",
                "Zürich",
                "quoted",
                "e-mail’s"
            ]
        );
    }

    #[test]
    fn diacritics_go_and_compatibility_splits_ligatures() {
        assert_eq!(
            without_diacritics("Zürich ﬁle Łódź", true),
            "Zurich file Łodz"
        );
        assert_eq!(without_diacritics("Zürich ﬁle", false), "Zurich ﬁle");
    }

    #[test]
    fn lowercase_borrows_a_word_already_in_lowercase() {
        assert!(matches!(lowercase("mr"), Cow::Borrowed("mr")));
        assert_eq!(lowercase("Mr"), "mr");
        assert_eq!(lowercase("ÉTÉ"), "été");
    }

    #[test]
    fn a_sentence_starts_after_the_last_stop_and_space() {
        let text = "One 1.5 point. Two said.\nThree and four";
        assert_eq!(sentence_start(text, text.find("said").unwrap()), 14);
        assert_eq!(sentence_start(text, text.find("four").unwrap()), 25);
        assert_eq!(sentence_start(text, 4), 0);
    }

    #[test]
    fn sentences_skip_abbreviations_and_initials() {
        let text = "Mr. Smith met John F. Kennedy. He left.";
        let spans = sentences(text, Span::new(0, text.len()), &[]);
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["Mr. Smith met John F. Kennedy.", "He left."]);
    }

    #[test]
    fn sentence_ends_after_closing_quote() {
        let text = "“We won.” Then she left.";
        let spans = sentences(text, Span::new(0, text.len()), &[]);
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].slice(text), "“We won.”");
    }

    #[test]
    fn masked_quotes_do_not_end_sentences() {
        let text = "“We won. They lost,” she said.";
        let start = text.find('W').unwrap();
        let mask = [Span::new(start, text.find(',').unwrap() + 1)];
        let spans = sentences(text, Span::new(0, text.len()), &mask);
        assert_eq!(spans.len(), 1);
    }
}
