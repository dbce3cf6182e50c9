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

/// Words of `text` with their code-point ranges, lowercased.
fn words_with_ranges(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(String, usize)> = None;
    for (i, c) in text.chars().enumerate() {
        if c.is_alphanumeric() {
            let entry = current.get_or_insert_with(|| (String::new(), i));
            entry.0.extend(c.to_lowercase());
        } else if let Some((word, start)) = current.take() {
            out.push((word, start, i));
        }
    }
    if let Some((word, start)) = current {
        out.push((word, start, text.chars().count()));
    }
    out
}

/// Which words of `variant` are not in a longest common subsequence with `reference`.
fn unshared(variant: &[(String, usize, usize)], reference: &[String]) -> Vec<(usize, usize)> {
    let (n, m) = (variant.len(), reference.len());
    // Quotes are short; a full table is small.
    let mut table = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if variant[i].0 == reference[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n {
        if j < m && variant[i].0 == reference[j] {
            i += 1;
            j += 1;
        } else if j < m && table[i][j + 1] >= table[i + 1][j] {
            j += 1;
        } else {
            out.push((variant[i].1, variant[i].2));
            i += 1;
        }
    }
    out
}

/// Groups `wordings` into variants compared against `representative`.
pub fn variants(representative: &str, wordings: &[&str]) -> Vec<Variant> {
    const LONGEST: usize = 400;
    let reference: Vec<String> = words_with_ranges(representative)
        .into_iter()
        .take(LONGEST)
        .map(|(w, _, _)| w)
        .collect();
    let mut by_words: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    let mut out: Vec<Variant> = Vec::new();
    for (index, text) in wordings.iter().enumerate() {
        let words = words_with_ranges(text);
        let key: Vec<String> = words.iter().map(|(w, _, _)| w.clone()).collect();
        if let Some(&at) = by_words.get(&key) {
            out[at].quotes.push(index);
            continue;
        }
        let words: Vec<_> = words.into_iter().take(LONGEST).collect();
        by_words.insert(key, out.len());
        out.push(Variant {
            text: text.to_string(),
            quotes: vec![index],
            differs: unshared(&words, &reference),
        });
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
