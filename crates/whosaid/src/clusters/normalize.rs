//! Quote wordings folded for comparison.
//!
//! In: a quote's text. Out: its words in lowercase without punctuation,
//! marks, or editorial insertions in (parentheses) or [brackets], cut into
//! segments where an ellipsis stands for left-out words.

use unicode_normalization::UnicodeNormalization;

/// Words that carry no content on their own.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "and", "or", "is", "are", "was", "it", "we", "i",
    "that", "this", "for", "with", "be", "as", "at", "by",
];

/// A folded wording.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// All words, in order.
    pub words: Vec<String>,
    /// Where each ellipsis-separated segment starts in `words`.
    pub segments: Vec<usize>,
}

impl Folded {
    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when some word is not a function word.
    pub fn has_content_word(&self) -> bool {
        self.words
            .iter()
            .any(|w| !FUNCTION_WORDS.contains(&w.as_str()))
    }

    fn segment_words(&self) -> Vec<&[String]> {
        let mut bounds = self.segments.clone();
        bounds.push(self.words.len());
        bounds
            .windows(2)
            .map(|w| &self.words[w[0]..w[1]])
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// True when every segment of `self` appears, in order and each word
    /// for word, inside `other`.
    pub fn is_fragment_of(&self, other: &Folded) -> bool {
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

/// Folds a wording.
pub fn folded_words(text: &str) -> Folded {
    let mut folded = Folded::default();
    let mut depth = 0usize;
    let mut word = String::new();
    // ASCII, nearly every quote in English news, has nothing to decompose.
    let plain: std::borrow::Cow<str> = if text.is_ascii() {
        text.into()
    } else {
        text.nfkd()
            .filter(|c| !is_combining(*c))
            .collect::<String>()
            .into()
    };
    let mut chars = plain.chars().peekable();
    let flush = |word: &mut String, folded: &mut Folded| {
        if !word.is_empty() {
            folded.words.push(std::mem::take(word));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' => {
                flush(&mut word, &mut folded);
                depth += 1;
            }
            ')' | ']' => {
                flush(&mut word, &mut folded);
                depth = depth.saturating_sub(1);
            }
            _ if depth > 0 => {}
            '…' => {
                flush(&mut word, &mut folded);
                folded.segments.push(folded.words.len());
            }
            '.' if chars.peek() == Some(&'.') => {
                while chars.peek() == Some(&'.') {
                    chars.next();
                }
                flush(&mut word, &mut folded);
                folded.segments.push(folded.words.len());
            }
            c if c.is_ascii_alphanumeric() => word.push(c.to_ascii_lowercase()),
            c if c.is_alphanumeric() => word.extend(c.to_lowercase()),
            '\'' | '’' if !word.is_empty() && chars.peek().is_some_and(|n| n.is_alphanumeric()) =>
                {}
            _ => flush(&mut word, &mut folded),
        }
    }
    flush(&mut word, &mut folded);
    folded.segments.insert(0, 0);
    folded
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn fragment_with_ellipsis() {
        let long = folded_words("the first units of the army have already arrived in the zone");
        assert!(folded_words("The first units … have already arrived").is_fragment_of(&long));
        assert!(!folded_words("have already left").is_fragment_of(&long));
    }
}
