//! Quotes → clusters: one entry per utterance across all articles.
//!
//! In: every quote's words, speaker and document, and which speakers may
//! share words (`SpeakerTable::related`). Out: `Cluster`s listing their
//! quotes, the most complete wording, and the words where wordings differ.
//! Two quotes join when, after folding case, punctuation, marks and
//! editorial insertions ("(official name of North Korea)", "[Ukraine]"):
//! - one is a fragment of the other (an ellipsis may stand for left-out
//!   words) and the speakers agree, or the fragment has none and is long
//!   enough not to be a common phrase;
//! - or they share most of their words (a translation variant) and the
//!   speakers agree; near-identical long quotes, and long fragments word
//!   for word, join even when the speakers differ, and the cluster is
//!   flagged as a conflict.
//!
//! A speaker named only by a description ("the group") is vague: it
//! vetoes no join, and the same words said by someone join it however short.
//!
//! Candidates come from an index of word n-grams, never from all pairs.

pub mod moves;
pub mod normalize;
pub mod variants;

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::clusters::moves::{apply_moves, QuoteMove};
use crate::clusters::normalize::{fold, is_content_word, Folded};
use crate::text::union_find::UnionFind;

/// One quote as the clustering sees it.
#[derive(Clone, Debug)]
pub struct ClusterInput<'q> {
    /// The quoted words.
    pub text: &'q str,
    /// Its speaker's index, if known.
    pub speaker: Option<usize>,
    /// Its document's index.
    pub document: usize,
    /// Reported speech: the reporter's words for it, not the speaker's.
    pub reported: bool,
    /// Its speaker is named only by a description ("the group", "the
    /// indictment"): too vague to keep two wordings apart.
    pub vague: bool,
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
    /// True when occurrences name unrelated speakers.
    pub conflict: bool,
}

/// Fragments without a speaker need this many words to join a longer quote.
const MIN_ORPHAN_FRAGMENT: usize = 5;
/// Quotes by different speakers join only when this long and this alike.
const MIN_CONFLICT_WORDS: usize = 8;
const CONFLICT_SIMILARITY: f64 = 0.9;
/// Share of words two wordings of one sentence have in common (Dice).
const VARIANT_SIMILARITY: f64 = 0.75;
const MIN_VARIANT_WORDS: usize = 5;
/// An n-gram this common says nothing about which quotes are alike.
const MAX_POSTINGS: usize = 100;

/// One distinct wording by one speaker: identical quotes are clustered
/// once, so a quote repeated by a thousand outlets costs one comparison.
struct Node {
    /// Word ids in order, with the segment starts.
    words: Folded<u32>,
    /// Some word is not a function word.
    has_content_word: bool,
    /// Sorted distinct word ids, for set similarity.
    set: Vec<u32>,
    speaker: Option<usize>,
    reported: bool,
    vague: bool,
    quotes: Vec<usize>,
}

/// Groups quotes into clusters. `related(a, b)` tells whether two speakers
/// may share an utterance without contradiction.
pub fn cluster(quotes: &[ClusterInput], related: &dyn Fn(usize, usize) -> bool) -> Vec<Cluster> {
    cluster_with_moves(quotes, related, &[])
}

/// [`cluster`], then the reader's `moves` of single quotes, in order.
pub fn cluster_with_moves(
    quotes: &[ClusterInput],
    related: &dyn Fn(usize, usize) -> bool,
    moves: &[QuoteMove],
) -> Vec<Cluster> {
    let nodes = distinct_wordings(quotes);
    // Strongest evidence first, so a fragment joins its best match.
    let mut scored: Vec<(u64, usize, usize, Link)> = candidate_pairs(&nodes)
        .into_iter()
        .filter_map(|(a, b)| {
            let link = link(&nodes[a], &nodes[b], related)?;
            Some((link.rank(), a, b, link))
        })
        .collect();
    scored.sort_by(|x, y| y.0.cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));

    let mut groups = UnionFind::new(nodes.len());
    let mut speakers: Vec<BTreeSet<usize>> = nodes
        .iter()
        .map(|n| n.speaker.filter(|_| !n.vague).into_iter().collect())
        .collect();
    // The most words of any quote in each group: a group of short
    // fragments may still attach to one longer quote.
    let mut longest: Vec<usize> = nodes.iter().map(|n| n.words.len()).collect();
    for (_, a, b, link) in scored {
        let (ra, rb) = (groups.find(a), groups.find(b));
        if ra == rb {
            continue;
        }
        let agree = speakers_agree(&speakers[ra], &speakers[rb], related);
        // A short fragment attaches to one quote only, so that "thank you"
        // cannot bridge "Thank you Iowa" and "Thank you Ohio".
        let short = if nodes[a].words.len() <= nodes[b].words.len() {
            a
        } else {
            b
        };
        let bridges = matches!(link, Link::Fragment(n) if n < MIN_ORPHAN_FRAGMENT)
            && longest[groups.find(short)] >= MIN_ORPHAN_FRAGMENT;
        if !bridges && (agree || link == Link::NearIdentical) {
            let joined = longest[ra].max(longest[rb]);
            groups.union(ra, rb);
            let root = groups.find(ra);
            let merged: BTreeSet<usize> = speakers[ra].union(&speakers[rb]).copied().collect();
            speakers[root] = merged;
            longest[root] = joined;
        }
    }
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate() {
        members
            .entry(groups.find(n))
            .or_default()
            .extend(&node.quotes);
    }
    let folded: Vec<&Folded<u32>> = {
        let mut by_quote = vec![None; quotes.len()];
        for node in &nodes {
            for &q in &node.quotes {
                by_quote[q] = Some(&node.words);
            }
        }
        by_quote.into_iter().map(|f| f.unwrap_or(&EMPTY)).collect()
    };
    let groups = members
        .into_values()
        .map(|mut m| {
            m.sort_unstable();
            m
        })
        .collect();
    let mut clusters: Vec<Cluster> = apply_moves(groups, moves)
        .into_iter()
        .map(|m| summarize(quotes, &folded, m, related))
        .collect();
    clusters.sort_by_key(|c| c.quotes[0]);
    clusters
}

static EMPTY: Folded<u32> = Folded {
    words: Vec::new(),
    segments: Vec::new(),
};

/// Folds every quote and gathers identical wordings by the same speaker.
fn distinct_wordings(quotes: &[ClusterInput]) -> Vec<Node> {
    let mut vocabulary: FxHashMap<String, u32> = FxHashMap::default();
    let mut index: FxHashMap<(Vec<u32>, Option<usize>), usize> = FxHashMap::default();
    let mut nodes: Vec<Node> = Vec::new();
    for (q, quote) in quotes.iter().enumerate() {
        let mut ids: Vec<u32> = Vec::new();
        let mut has_content_word = false;
        let segments = fold(quote.text, |w| {
            has_content_word |= is_content_word(w);
            let id = match vocabulary.get(w) {
                Some(&id) => id,
                None => {
                    let id = vocabulary.len() as u32;
                    vocabulary.insert(w.to_string(), id);
                    id
                }
            };
            ids.push(id);
        });
        let key = (ids.clone(), quote.speaker);
        if let Some(&n) = index.get(&key) {
            nodes[n].quotes.push(q);
            continue;
        }
        let mut set = ids.clone();
        set.sort_unstable();
        set.dedup();
        index.insert(key, nodes.len());
        nodes.push(Node {
            words: Folded {
                words: ids,
                segments,
            },
            has_content_word,
            set,
            speaker: quote.speaker,
            reported: quote.reported,
            vague: quote.vague,
            quotes: vec![q],
        });
    }
    nodes
}

/// Why two quotes are one utterance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    /// Long and nearly word for word the same.
    NearIdentical,
    /// The same words after folding.
    Same,
    /// One is a fragment of the other.
    Fragment(usize),
    /// Most words shared (translation variant), with the Dice score in 1/1000.
    Variant(u64),
}

impl Link {
    fn rank(self) -> u64 {
        match self {
            Link::NearIdentical | Link::Same => 3_000,
            Link::Fragment(words) => 2_000 + words.min(999) as u64,
            Link::Variant(score) => 1_000 + score,
        }
    }
}

/// True when every speaker of one group is related to a speaker of the
/// other: a conflict group that names two speakers still takes a fragment
/// by one of them.
fn speakers_agree(
    a: &BTreeSet<usize>,
    b: &BTreeSet<usize>,
    related: &dyn Fn(usize, usize) -> bool,
) -> bool {
    let within = |x: &BTreeSet<usize>, y: &BTreeSet<usize>| {
        x.iter()
            .all(|&s| y.is_empty() || y.iter().any(|&t| related(s, t)))
    };
    within(a, b) || within(b, a)
}

fn link(a: &Node, b: &Node, related: &dyn Fn(usize, usize) -> bool) -> Option<Link> {
    // A vague speaker vetoes nothing: "the group" may be the one named.
    let agree = match (a.speaker, b.speaker) {
        (Some(x), Some(y)) if related(x, y) => Some(true),
        (Some(_), Some(_)) if !a.vague && !b.vague => Some(false),
        _ => None,
    };
    let unnamed = a.speaker.is_none() || b.speaker.is_none();
    let (short, long) = if a.words.len() <= b.words.len() {
        (a, b)
    } else {
        (b, a)
    };
    // The reporter's words join a quotation only as its speaker's.
    if a.reported != b.reported && agree != Some(true) {
        return None;
    }
    let similarity = dice(&a.set, &b.set);
    if agree == Some(false) {
        // Eight words or more said word for word: one utterance whoever an
        // outlet names, a whole quote or a fragment of the other.
        let long_enough = short.words.len() >= MIN_CONFLICT_WORDS;
        let word_for_word =
            similarity >= CONFLICT_SIMILARITY || short.words.is_fragment_of(&long.words);
        return (long_enough && word_for_word).then_some(Link::NearIdentical);
    }
    // The same words twice: short ones join when both are someone's
    // ("elitist hypocrite", said by a named person and by "the group").
    if a.words.words == b.words.words {
        let orphan_short = agree.is_none() && a.words.len() < MIN_ORPHAN_FRAGMENT;
        let vaguely_named = !unnamed && a.has_content_word;
        return (!orphan_short || vaguely_named).then_some(Link::Same);
    }
    if short.words.is_fragment_of(&long.words) {
        let orphan = short.speaker.is_none() || agree.is_none();
        let long_enough = short.words.len() >= MIN_ORPHAN_FRAGMENT;
        let meaningful = short.has_content_word;
        return (meaningful && (!orphan || long_enough))
            .then_some(Link::Fragment(short.words.len()));
    }
    // "are alleged to be both discriminators and victims" inside "… who are
    // alleged to be discriminators and victims": one speaker's words in
    // order but for a slip of one word, as two outlets transcribe them.
    let slipped = agree == Some(true)
        && short.words.len() >= MIN_SLIPPED_FRAGMENT
        && in_order(&short.words.words, &long.words.words) + 1 >= short.words.len();
    if slipped {
        return Some(Link::Fragment(short.words.len() - 1));
    }
    let alike = short.words.len() >= MIN_VARIANT_WORDS && similarity >= VARIANT_SIMILARITY;
    (alike && agree == Some(true)).then_some(Link::Variant((similarity * 1000.0) as u64))
}

/// Fewest words of a fragment that may differ by one word from the quote
/// it is part of.
const MIN_SLIPPED_FRAGMENT: usize = 6;

/// How many words of `short` appear in `long` in order (their longest
/// common subsequence).
fn in_order(short: &[u32], long: &[u32]) -> usize {
    let mut row = vec![0usize; long.len() + 1];
    for &word in short {
        let mut diagonal = 0;
        for (j, &other) in long.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if word == other {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[long.len()]
}

/// Dice coefficient of two sorted sets of word ids.
fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// Pairs of wordings that share an n-gram: trigrams for longer quotes, and
/// a short quote's whole wording for fragments of one or two words.
fn candidate_pairs(nodes: &[Node]) -> Vec<(usize, usize)> {
    let index = GramIndex::new(nodes);
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    // How many grams each partner shares with the wording at hand, and
    // which partners were touched (so the counts are reset in their time).
    let mut shared = vec![0u32; nodes.len()];
    let mut partners: Vec<usize> = Vec::new();
    let grams = |n: &Node| n.words.words.len().saturating_sub(2).max(1);
    for (i, node) in nodes.iter().enumerate() {
        for &gram in index.grams_of(i) {
            let holders = index.holders(gram);
            if holders.len() > MAX_POSTINGS {
                continue;
            }
            for j in holders.iter().map(|&j| j as usize).filter(|&j| j != i) {
                if shared[j] == 0 {
                    partners.push(j);
                }
                shared[j] += 1;
            }
        }
        // A partner must share a fair part of the shorter wording's n-grams:
        // one common phrase ("one of the") does not make two quotes alike.
        for j in partners.drain(..) {
            let needed = grams(node).min(grams(&nodes[j])).div_ceil(4);
            if shared[j] as usize >= needed {
                pairs.push((i.min(j), i.max(j)));
            }
            shared[j] = 0;
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Which wordings hold each n-gram: every trigram, and the one- and
/// two-word grams that are some short wording's whole text. Grams are
/// numbered once; each wording keeps the numbers of the grams it looks up
/// (its trigrams, or its whole text when shorter), and each gram the
/// wordings holding it, all in flat arrays read in order.
struct GramIndex {
    /// Where each wording's grams start in `grams` (one more at the end).
    gram_starts: Vec<u32>,
    grams: Vec<u32>,
    /// Where each gram's wordings start in `holders` (one more at the end).
    holder_starts: Vec<u32>,
    holders: Vec<u32>,
}

impl GramIndex {
    fn new(nodes: &[Node]) -> Self {
        let short: FxHashSet<&[u32]> = nodes
            .iter()
            .filter(|n| n.words.words.len() < 3)
            .map(|n| n.words.words.as_slice())
            .collect();
        let mut numbers: FxHashMap<[u32; 3], u32> = FxHashMap::default();
        let mut number = |gram: &[u32]| {
            let next = numbers.len() as u32;
            *numbers.entry(Self::key(gram)).or_insert(next)
        };
        // Every gram a wording holds, as (gram, wording), and the grams each
        // wording looks up.
        let mut held: Vec<(u32, u32)> = Vec::new();
        let mut last_holder: Vec<u32> = Vec::new();
        let mut gram_starts = Vec::with_capacity(nodes.len() + 1);
        let mut grams = Vec::new();
        for (i, node) in nodes.iter().enumerate() {
            let words = node.words.words.as_slice();
            gram_starts.push(grams.len() as u32);
            for n in 1..=3 {
                for gram in words.windows(n).filter(|g| n == 3 || short.contains(g)) {
                    let id = number(gram);
                    // A gram twice in one wording counts once.
                    if last_holder.len() <= id as usize {
                        last_holder.push(u32::MAX);
                    }
                    if last_holder[id as usize] != i as u32 {
                        last_holder[id as usize] = i as u32;
                        held.push((id, i as u32));
                    }
                    let looked_up = if words.len() < 3 {
                        n == words.len()
                    } else {
                        n == 3
                    };
                    if looked_up {
                        grams.push(id);
                    }
                }
            }
        }
        gram_starts.push(grams.len() as u32);
        let mut holder_starts = vec![0u32; numbers.len() + 1];
        for &(gram, _) in &held {
            holder_starts[gram as usize + 1] += 1;
        }
        for g in 1..holder_starts.len() {
            holder_starts[g] += holder_starts[g - 1];
        }
        let mut filled = holder_starts.clone();
        let mut holders = vec![0u32; held.len()];
        for (gram, node) in held {
            holders[filled[gram as usize] as usize] = node;
            filled[gram as usize] += 1;
        }
        GramIndex {
            gram_starts,
            grams,
            holder_starts,
            holders,
        }
    }

    /// A gram of up to three words as a fixed key (unused places are
    /// `u32::MAX`, which no word id reaches).
    fn key(gram: &[u32]) -> [u32; 3] {
        let mut key = [u32::MAX; 3];
        key[..gram.len()].copy_from_slice(gram);
        key
    }

    /// The grams wording `node` looks up.
    fn grams_of(&self, node: usize) -> &[u32] {
        &self.grams[self.gram_starts[node] as usize..self.gram_starts[node + 1] as usize]
    }

    /// The wordings that hold `gram`.
    fn holders(&self, gram: u32) -> &[u32] {
        let g = gram as usize;
        &self.holders[self.holder_starts[g] as usize..self.holder_starts[g + 1] as usize]
    }
}

fn summarize(
    quotes: &[ClusterInput],
    folded: &[&Folded<u32>],
    members: Vec<usize>,
    related: &dyn Fn(usize, usize) -> bool,
) -> Cluster {
    let representative = *members
        .iter()
        .max_by_key(|&&i| (folded[i].len(), quotes[i].text.len(), std::cmp::Reverse(i)))
        .unwrap_or(&members[0]);
    // Speaker → (named by a name, not only vaguely; occurrences).
    let mut counts: BTreeMap<usize, (bool, usize)> = BTreeMap::new();
    for &i in &members {
        if let Some(s) = quotes[i].speaker {
            let entry = counts.entry(s).or_default();
            entry.0 |= !quotes[i].vague;
            entry.1 += 1;
        }
    }
    // A name before a description ("the group"), then the most occurrences.
    let speaker = counts
        .iter()
        .max_by_key(|(s, (named, n))| {
            (
                *named,
                *n,
                Some(**s) == quotes[representative].speaker,
                std::cmp::Reverse(**s),
            )
        })
        .map(|(s, _)| *s);
    // Only named speakers conflict: a description may be any of them.
    let named: Vec<usize> = counts
        .iter()
        .filter(|(_, (named, _))| *named)
        .map(|(s, _)| *s)
        .collect();
    let conflict = named.iter().any(|&x| named.iter().any(|&y| !related(x, y)));
    let documents: BTreeSet<usize> = members.iter().map(|&i| quotes[i].document).collect();
    Cluster {
        representative,
        speaker,
        documents: documents.len(),
        conflict,
        quotes: members,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(quotes: &[(&str, Option<usize>)]) -> Vec<Vec<usize>> {
        let inputs: Vec<ClusterInput> = quotes
            .iter()
            .enumerate()
            .map(|(i, (text, speaker))| ClusterInput {
                text,
                speaker: *speaker,
                document: i,
                reported: false,
                vague: false,
            })
            .collect();
        cluster(&inputs, &|a, b| a == b)
            .into_iter()
            .map(|c| c.quotes)
            .collect()
    }

    #[test]
    fn joins_wording_drift_insertions_and_ellipsis() {
        let got = groups(&[
            (
                "The first boats (from the north) have already reached the harbour.",
                Some(1),
            ),
            (
                "The first boats … have already reached the harbour,",
                Some(1),
            ),
            ("the first boats have ALREADY reached the harbour", None),
        ]);
        assert_eq!(got, [vec![0, 1, 2]]);
    }

    #[test]
    fn fragment_joins_its_speakers_fuller_quote() {
        let got = groups(&[
            ("a provocation that threatens the whole coast", Some(7)),
            ("provocation", Some(7)),
            ("threatens the whole coast", Some(7)),
        ]);
        assert_eq!(got, [vec![0, 1, 2]]);
    }

    #[test]
    fn translation_variant_joins() {
        let got = groups(&[
            ("What we will do with the harbour is our business", Some(2)),
            ("What we do with the harbour is our business", Some(2)),
        ]);
        assert_eq!(got, [vec![0, 1]]);
    }

    #[test]
    fn look_alikes_by_different_speakers_stay_apart() {
        let got = groups(&[
            ("a significant escalation", Some(1)),
            (
                "If the ships sail, it means a significant escalation of the conflict",
                Some(2),
            ),
            ("We have to do it", Some(3)),
            ("We have to do it", Some(4)),
        ]);
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn short_fragment_does_not_bridge_two_quotes() {
        let got = groups(&[
            ("Thank you Iowa, what a night", Some(1)),
            ("thank you", Some(1)),
            ("Thank you Ohio, see you soon", Some(1)),
        ]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn short_orphan_fragment_does_not_join() {
        let got = groups(&[
            ("all over the place", None),
            ("They were all over the place last night", Some(1)),
        ]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn reported_speech_joins_a_quotation_only_as_its_speakers() {
        let text = "the harbour will reopen in May after the storm repairs";
        let input = |speaker, document, reported| ClusterInput {
            text,
            speaker,
            document,
            reported,
            vague: false,
        };
        let same = [input(Some(1), 0, false), input(Some(1), 1, true)];
        assert_eq!(cluster(&same, &|a, b| a == b).len(), 1);
        let unknown = [input(Some(1), 0, false), input(None, 1, true)];
        assert_eq!(cluster(&unknown, &|a, b| a == b).len(), 2);
        let both_quoted = [input(Some(1), 0, false), input(None, 1, false)];
        assert_eq!(cluster(&both_quoted, &|a, b| a == b).len(), 1);
    }

    #[test]
    fn a_conflict_takes_a_fragment_by_one_of_its_speakers() {
        let input = |text, speaker, document| ClusterInput {
            text,
            speaker: Some(speaker),
            document,
            reported: false,
            vague: false,
        };
        let inputs = [
            input(
                "We will rebuild the sea wall higher than it ever was before",
                1,
                0,
            ),
            input(
                "We will rebuild the sea wall higher than it ever was before.",
                2,
                1,
            ),
            input("the sea wall higher than it ever was", 1, 2),
        ];
        let clusters = cluster(&inputs, &|a, b| a == b);
        assert_eq!(clusters.len(), 1, "{clusters:?}");
    }

    #[test]
    fn a_vague_speaker_vetoes_no_join_but_two_named_ones_do() {
        let input = |speaker, document, vague| ClusterInput {
            text: "an elitist hypocrite",
            speaker: Some(speaker),
            document,
            reported: false,
            vague,
        };
        let named_and_vague = [input(2, 0, true), input(1, 1, false)];
        let clusters = cluster(&named_and_vague, &|a, b| a == b);
        assert_eq!(clusters.len(), 1);
        // The name speaks for the cluster, and a description is no conflict.
        assert_eq!(clusters[0].speaker, Some(1));
        assert!(!clusters[0].conflict);
        let two_named = [input(1, 0, false), input(2, 1, false)];
        assert_eq!(cluster(&two_named, &|a, b| a == b).len(), 2);
    }

    #[test]
    fn a_fragment_one_word_off_joins_its_speakers_quote() {
        let input = |text, document| ClusterInput {
            text,
            speaker: Some(1),
            document,
            reported: false,
            vague: false,
        };
        let inputs = [
            input("the new pier will be both safer and cheaper to run", 0),
            input(
                "We said that the new pier will be safer and cheaper to run for years.",
                1,
            ),
        ];
        assert_eq!(cluster(&inputs, &|a, b| a == b).len(), 1);
        let other_speaker = [
            inputs[0].clone(),
            ClusterInput {
                speaker: Some(2),
                ..inputs[1].clone()
            },
        ];
        assert_eq!(cluster(&other_speaker, &|a, b| a == b).len(), 2);
    }

    #[test]
    fn near_identical_long_quotes_by_different_speakers_join_as_conflict() {
        let inputs = [
            ClusterInput {
                text: "We will rebuild the sea wall higher than it ever was before",
                speaker: Some(1),
                document: 0,
                reported: false,
                vague: false,
            },
            ClusterInput {
                text: "We will rebuild the sea wall higher than it ever was before.",
                speaker: Some(2),
                document: 1,
                reported: false,
                vague: false,
            },
        ];
        let clusters = cluster(&inputs, &|a, b| a == b);
        assert_eq!(clusters.len(), 1);
        assert!(clusters[0].conflict);
    }

    #[test]
    fn a_long_word_for_word_fragment_by_another_speaker_joins_as_conflict() {
        let input = |text, speaker, document| ClusterInput {
            text,
            speaker: Some(speaker),
            document,
            reported: false,
            vague: false,
        };
        let whole = input(
            "If the council tells you how to run the port, you do not run the port.",
            1,
            0,
        );
        let eight_words = input("If the council tells you how to run", 2, 1);
        let clusters = cluster(&[whole.clone(), eight_words], &|a, b| a == b);
        assert_eq!(clusters.len(), 1, "{clusters:?}");
        assert!(clusters[0].conflict);
        // Fewer words may be anyone's: two speakers keep them apart.
        let seven_words = input("If the council tells you how to", 2, 1);
        assert_eq!(cluster(&[whole, seven_words], &|a, b| a == b).len(), 2);
    }
}
