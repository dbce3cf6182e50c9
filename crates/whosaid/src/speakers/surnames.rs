//! Surnames: when one word of a name stands for the whole name.
//!
//! In: name keys (folded, words joined by spaces) and the article's words.
//! Out: whether a surname alone names a longer name ("Putin" and "Vladimir
//! Putin", "Acosta" and "Melba Acosta Febo").

use crate::text::lexicon::lexicon;
use crate::text::tokens::Text;

/// "putin" and "vladimir putin" share a name; so do "yoon" and "yoon suk
/// yeol", and "brooks" and "morris j brooks jr".
pub(crate) fn shares_name(other: &str, tokens: &[&str]) -> bool {
    let other_tokens: Vec<&str> = other.split(' ').collect();
    let (short, long) = if tokens.len() <= other_tokens.len() {
        (tokens, other_tokens.as_slice())
    } else {
        (other_tokens.as_slice(), tokens)
    };
    let long = without_generation(long);
    short.len() == 1 && (long.first() == short.first() || long.last() == short.first())
}

/// A generational suffix ending a name ("Jr.", "Sr.", "III"), folded.
pub(crate) fn is_generation(word: &str) -> bool {
    matches!(word, "jr" | "sr" | "ii" | "iii" | "iv")
}

/// A name key's words without the generational suffix that may end them:
/// the surname is the word before it ("morris j brooks jr" → "brooks").
pub(crate) fn without_generation<'w>(words: &'w [&'w str]) -> &'w [&'w str] {
    match words {
        [rest @ .., last] if rest.len() >= 2 && is_generation(last) => rest,
        _ => words,
    }
}

/// The surname of a name key: its last word but a generational suffix.
pub(crate) fn surname_of(key: &str) -> &str {
    let mut words = key.rsplit(' ');
    let last = words.next().unwrap_or(key);
    match words.next() {
        Some(before) if is_generation(last) && key.matches(' ').count() >= 2 => before,
        _ => last,
    }
}

/// "Acosta" for "Melba Acosta Febo": a name of three or four words holds a
/// surname in any word after the given name (a paternal surname before the
/// maternal one, a second surname). Only a name of names does: none of its
/// words a title, a body's or a place's, or a word the article also writes
/// in lowercase ("Rachel Maddow Show" holds no "Maddow").
pub(crate) fn holds_surname(full: &str, surname: &str, text: &Text) -> bool {
    let lex = lexicon();
    let words: Vec<&str> = full.split(' ').collect();
    let plain = |w: &&str| {
        !lex.titles.contains(*w)
            && !lex.organization_words.contains(*w)
            && !lex.places.contains(*w)
            && !text.writes_in_lowercase(w)
    };
    // "John G. Roberts Jr." is the formal style of a name other articles
    // write "John Roberts": its surname stays the word before the suffix,
    // which the articles join across.
    let suffixed = words.last().is_some_and(|w| is_generation(w));
    (3..=4).contains(&words.len())
        && !suffixed
        && words[1..].contains(&surname)
        && words.iter().all(plain)
}
