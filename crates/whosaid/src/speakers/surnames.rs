//! Surnames: when one word of a name stands for the whole name.
//!
//! In: name keys (folded, words joined by spaces) and the article's words.
//! Out: whether a surname alone names a longer name ("Putin" and "Vladimir
//! Putin", "Acosta" and "Melba Acosta Febo").

use crate::text::lexicon::lexicon;
use crate::text::tokens::Text;

/// "putin" and "vladimir putin" share a name; so do "yoon" and "yoon suk yeol".
pub(crate) fn shares_name(other: &str, tokens: &[&str]) -> bool {
    let other_tokens: Vec<&str> = other.split(' ').collect();
    let (short, long) = if tokens.len() <= other_tokens.len() {
        (tokens, other_tokens.as_slice())
    } else {
        (other_tokens.as_slice(), tokens)
    };
    short.len() == 1 && (long.first() == short.first() || long.last() == short.first())
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
    let suffixed = words
        .last()
        .is_some_and(|w| matches!(*w, "jr" | "sr" | "ii" | "iii" | "iv"));
    (3..=4).contains(&words.len())
        && !suffixed
        && words[1..].contains(&surname)
        && words.iter().all(plain)
}
