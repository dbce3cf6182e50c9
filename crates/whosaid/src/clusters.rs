//! Quotes → clusters: one entry per utterance across all articles.
//!
//! In: every quote's text and speaker. Out: `Cluster`s, each listing its
//! quotes. Quotes join when their normalised words are equal and their
//! speakers do not disagree.

use std::collections::BTreeMap;

use crate::union_find::UnionFind;

/// One quote as the clustering sees it.
#[derive(Clone, Debug)]
pub struct ClusterInput<'q> {
    /// The quoted words.
    pub text: &'q str,
    /// Its speaker's index, if known.
    pub speaker: Option<usize>,
    /// Its document's index.
    pub document: usize,
}

/// One utterance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// Indexes of its quotes, in input order.
    pub quotes: Vec<usize>,
    /// The index of the quote with the most complete wording.
    pub representative: usize,
    /// The speaker most occurrences name.
    pub speaker: Option<usize>,
    /// Number of distinct documents.
    pub documents: usize,
    /// True when occurrences name different speakers.
    pub conflict: bool,
}

/// Lowercase words, no punctuation or marks.
pub fn normalized_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Groups quotes into clusters.
pub fn cluster(quotes: &[ClusterInput]) -> Vec<Cluster> {
    let mut groups = UnionFind::new(quotes.len());
    let mut first: BTreeMap<(Vec<String>, Option<usize>), usize> = BTreeMap::new();
    for (i, quote) in quotes.iter().enumerate() {
        let j = *first
            .entry((normalized_words(quote.text), quote.speaker))
            .or_insert(i);
        groups.union(j, i);
    }
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..quotes.len() {
        by_root.entry(groups.find(i)).or_default().push(i);
    }
    by_root
        .into_values()
        .map(|members| summarize(quotes, members))
        .collect()
}

fn summarize(quotes: &[ClusterInput], members: Vec<usize>) -> Cluster {
    let representative = *members
        .iter()
        .max_by_key(|&&i| (quotes[i].text.chars().count(), std::cmp::Reverse(i)))
        .unwrap_or(&members[0]);
    let mut speakers: BTreeMap<usize, usize> = BTreeMap::new();
    for &i in &members {
        if let Some(s) = quotes[i].speaker {
            *speakers.entry(s).or_default() += 1;
        }
    }
    let speaker = speakers
        .iter()
        .max_by_key(|(s, n)| (**n, std::cmp::Reverse(**s)))
        .map(|(s, _)| *s);
    let mut documents: Vec<usize> = members.iter().map(|&i| quotes[i].document).collect();
    documents.sort_unstable();
    documents.dedup();
    Cluster {
        representative,
        speaker,
        documents: documents.len(),
        conflict: speakers.len() > 1,
        quotes: members,
    }
}
