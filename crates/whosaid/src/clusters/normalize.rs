//! Quote wordings folded for comparison.
//!
//! In: a quote's text. Out: its words in lowercase without punctuation,
//! marks, or editorial insertions in (parentheses) or [brackets], cut into
//! segments where an ellipsis stands for left-out words.

use crate::text::words::without_diacritics;

/// Words that carry no content on their own.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "and", "or", "is", "are", "was", "it", "we", "i",
    "that", "this", "for", "with", "be", "as", "at", "by",
];

/// A folded wording: its words (as text, or as ids of a vocabulary) in
/// order, cut into segments where an ellipsis stands for left-out words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded<W> {
    /// All words, in order.
    pub words: Vec<W>,
    /// Where each ellipsis-separated segment starts in `words`.
    pub segments: Vec<usize>,
}

impl<W: PartialEq> Folded<W> {
    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn segment_words(&self) -> impl Iterator<Item = &[W]> {
        let ends = self
            .segments
            .iter()
            .skip(1)
            .copied()
            .chain([self.words.len()]);
        self.segments
            .iter()
            .zip(ends)
            .map(|(&from, to)| &self.words[from..to])
            .filter(|s| !s.is_empty())
    }

    /// True when every segment of `self` appears, in order and each word
    /// for word, inside `other`.
    pub fn is_fragment_of(&self, other: &Folded<W>) -> bool {
        let mut from = 0;
        for segment in self.segment_words() {
            let found = other.words[from.min(other.words.len())..]
                .windows(segment.len())
                .position(|w| w == segment);
            match found {
                Some(at) => from += at + segment.len(),
                None => return false,
            }
        }
        !self.is_empty()
    }
}

/// True for a folded word that carries content of its own.
pub fn is_content_word(word: &str) -> bool {
    !FUNCTION_WORDS.contains(&word)
}

/// Folds a wording, handing each folded word to `word` in order; returns
/// where each segment starts (in words).
pub fn fold(text: &str, mut word: impl FnMut(&str)) -> Vec<usize> {
    let mut segments = vec![0];
    let mut count = 0;
    let mut depth = 0usize;
    let mut current = String::new();
    // ASCII, nearly every quote in English news, has nothing to decompose.
    let plain: std::borrow::Cow<str> = if text.is_ascii() {
        text.into()
    } else {
        without_diacritics(text, true).into()
    };
    let mut chars = plain.chars().peekable();
    let mut flush = |current: &mut String, count: &mut usize| {
        if current.is_empty() {
            return;
        }
        if current.contains('\'') {
            expanded(current, |piece| {
                word(piece);
                *count += 1;
            });
        } else {
            word(current);
            *count += 1;
        }
        current.clear();
    };
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' => {
                flush(&mut current, &mut count);
                depth += 1;
            }
            ')' | ']' => {
                flush(&mut current, &mut count);
                depth = depth.saturating_sub(1);
            }
            _ if depth > 0 => {}
            '…' => {
                flush(&mut current, &mut count);
                segments.push(count);
            }
            '.' if chars.peek() == Some(&'.') => {
                while chars.peek() == Some(&'.') {
                    chars.next();
                }
                flush(&mut current, &mut count);
                segments.push(count);
            }
            // "conservation & herds" is "conservation and herds", "10%" is
            // "10 percent".
            '&' | '%' => {
                flush(&mut current, &mut count);
                current.push_str(if c == '&' { "and" } else { "percent" });
                flush(&mut current, &mut count);
            }
            c if c.is_ascii_alphanumeric() => current.push(c.to_ascii_lowercase()),
            c if c.is_alphanumeric() => current.extend(c.to_lowercase()),
            '\'' | '’'
                if !current.is_empty() && chars.peek().is_some_and(|n| n.is_alphanumeric()) =>
            {
                current.push('\'');
            }
            _ => flush(&mut current, &mut count),
        }
    }
    flush(&mut current, &mut count);
    segments
}

/// Pronouns and words whose "'s" is "is" ("it's"), not a possessive.
const IS_CONTRACTED: &[&str] = &[
    "it", "he", "she", "that", "there", "what", "here", "who", "where",
];

/// A word written with an apostrophe, as the words it stands for: "we're"
/// → "we are", "don't" → "do not", "I'd" → "i would", "it's" → "it is",
/// so that one outlet's contraction matches another's full form; any
/// other ("O'Neil's") loses its apostrophes.
fn expanded(word: &str, mut piece: impl FnMut(&str)) {
    if let Some(stem) = word.strip_suffix("n't") {
        let stem = match stem {
            "wo" => "will",
            "ca" => "can",
            "sha" => "shall",
            other => other,
        };
        piece(stem);
        piece("not");
        return;
    }
    let (stem, ending) = word.rsplit_once('\'').unwrap_or((word, ""));
    let full = match ending {
        "re" => Some("are"),
        "ve" => Some("have"),
        "ll" => Some("will"),
        "m" => Some("am"),
        "d" => Some("would"),
        "s" if IS_CONTRACTED.contains(&stem) => Some("is"),
        _ => None,
    };
    match full {
        Some(full) if !stem.contains('\'') => {
            piece(stem);
            piece(full);
        }
        _ => piece(&word.replace('\'', "")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded_words(text: &str) -> Folded<String> {
        let mut words = Vec::new();
        let segments = fold(text, |w| words.push(w.to_string()));
        Folded { words, segments }
    }

    #[test]
    fn drops_insertions_and_marks_ellipses() {
        let f =
            folded_words("The first units (from the north) … have “arrived”, [he said] O’Neil's.");
        assert_eq!(
            f.words,
            ["the", "first", "units", "have", "arrived", "oneils"]
        );
        assert_eq!(f.segments, [0, 3]);
    }

    #[test]
    fn contractions_read_as_their_full_words() {
        assert_eq!(
            folded_words("We're sure it’s done, and I'd say we won't stop. Don't.").words,
            folded_words("We are sure it is done, and I would say we will not stop. Do not.").words
        );
        assert_eq!(folded_words("Reyes's boat").words, ["reyess", "boat"]);
    }

    #[test]
    fn symbols_read_as_words() {
        assert_eq!(
            folded_words("fees & tolls rose 10%").words,
            folded_words("fees and tolls rose 10 percent").words
        );
    }

    #[test]
    fn fragment_with_ellipsis() {
        let long = folded_words("the first units of the army have already arrived in the zone");
        assert!(folded_words("The first units … have already arrived").is_fragment_of(&long));
        assert!(!folded_words("have already left").is_fragment_of(&long));
    }
}
