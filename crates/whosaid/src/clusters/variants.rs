//! The wordings of one cluster, and where each differs from the cluster's text.
//!
//! In: the cluster's representative wording and the wordings of its quotes.
//! Out: one `Variant` per distinct wording (compared without case or
//! punctuation), with the code-point ranges of its words that the
//! representative does not share, found by a longest common subsequence of
//! words — what a viewer highlights.

use std::collections::BTreeMap;

/// One wording of an utterance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    /// The wording as first printed.
    pub text: String,
    /// Indexes (into the caller's list) of the quotes with this wording.
    pub quotes: Vec<usize>,
    /// Code-point ranges in `text` of words missing from the representative.
    pub differs: Vec<(usize, usize)>,
}

/// A wording's words, lowercased into one buffer (each followed by a
/// space, so the buffer compares wordings word by word), with each word's
/// place in the buffer and its code-point range in the text.
struct Wording {
    lower: String,
    words: Vec<RangedWord>,
}

struct RangedWord {
    /// Byte range in `Wording::lower`.
    lower: (usize, usize),
    /// Code-point range in the text.
    chars: (usize, usize),
}

impl Wording {
    fn new(text: &str) -> Self {
        let mut lower = String::with_capacity(text.len() + 1);
        let mut words = Vec::new();
        let mut open: Option<(usize, usize)> = None;
        let mut count = 0;
        for (i, c) in text.chars().enumerate() {
            count = i + 1;
            if c.is_alphanumeric() {
                open.get_or_insert((lower.len(), i));
                if c.is_ascii() {
                    lower.push(c.to_ascii_lowercase());
                } else {
                    lower.extend(c.to_lowercase());
                }
            } else if let Some((from, start)) = open.take() {
                words.push(RangedWord {
                    lower: (from, lower.len()),
                    chars: (start, i),
                });
                lower.push(' ');
            }
        }
        if let Some((from, start)) = open {
            words.push(RangedWord {
                lower: (from, lower.len()),
                chars: (start, count),
            });
            lower.push(' ');
        }
        Wording { lower, words }
    }

    fn word(&self, i: usize) -> &str {
        let (from, to) = self.words[i].lower;
        &self.lower[from..to]
    }
}

/// Which of the first `LONGEST` words of `variant` are not in a longest
/// common subsequence with those of `reference`.
fn unshared(variant: &Wording, reference: &Wording) -> Vec<(usize, usize)> {
    const LONGEST: usize = 400;
    // The same words in the same order share everything: no table needed.
    if variant.lower == reference.lower {
        return Vec::new();
    }
    let (n, m) = (
        variant.words.len().min(LONGEST),
        reference.words.len().min(LONGEST),
    );
    let same = |i: usize, j: usize| variant.word(i) == reference.word(j);
    // Quotes are short; a full table is small.
    let width = m + 1;
    let mut table = vec![0u16; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i * width + j] = if same(i, j) {
                table[(i + 1) * width + j + 1] + 1
            } else {
                table[(i + 1) * width + j].max(table[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n {
        if j < m && same(i, j) {
            i += 1;
            j += 1;
        } else if j < m && table[i * width + j + 1] >= table[(i + 1) * width + j] {
            j += 1;
        } else {
            out.push(variant.words[i].chars);
            i += 1;
        }
    }
    out
}

/// Groups `wordings` into variants compared against `representative`.
pub fn variants(representative: &str, wordings: &[&str]) -> Vec<Variant> {
    // A quote on its own, most clusters, is its own representative.
    if let [only] = wordings {
        if *only == representative {
            return vec![Variant {
                text: only.to_string(),
                quotes: vec![0],
                differs: Vec::new(),
            }];
        }
    }
    let reference = Wording::new(representative);
    let mut by_words: BTreeMap<String, usize> = BTreeMap::new();
    let mut out: Vec<Variant> = Vec::new();
    for (index, text) in wordings.iter().enumerate() {
        let wording = Wording::new(text);
        if let Some(&at) = by_words.get(&wording.lower) {
            out[at].quotes.push(index);
            continue;
        }
        out.push(Variant {
            text: text.to_string(),
            quotes: vec![index],
            differs: unshared(&wording, &reference),
        });
        by_words.insert(wording.lower, out.len() - 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_words_the_representative_lacks() {
        let got = variants(
            "What we will do is our business",
            &[
                "What we do is our business",
                "what we will do is our business!",
            ],
        );
        assert_eq!(got.len(), 2);
        assert!(got[0].differs.is_empty());
        assert_eq!(got[1].quotes, [1]);
        let inserted = variants("the units arrived", &["the units (from the north) arrived"]);
        let text: Vec<char> = inserted[0].text.chars().collect();
        let marked: Vec<String> = inserted[0]
            .differs
            .iter()
            .map(|&(s, e)| text[s..e].iter().collect())
            .collect();
        assert_eq!(marked, ["from", "the", "north"]);
    }
}
