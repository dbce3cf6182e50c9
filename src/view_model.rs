//! What the page shows, derived from a report and the reader's view: rows
//! for the speaker list, cards for the quotes, pieces of an article. Pure
//! functions, so they are tested without a browser.

use std::collections::{BTreeSet, HashMap};

use whosaid::{ClusterEntry, DocumentEntry, QuoteEntry, Report};

use crate::labels::{article_name, fullest_role, outlet_short};
use crate::view_state::{Sort, ViewState};

/// One speaker in the sidebar.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SpeakerRow {
    /// `s1`, …
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// The fullest role seen, or "".
    pub role: String,
    /// Quote occurrences.
    pub quotes: usize,
    /// Distinct articles quoting them.
    pub articles: usize,
}

/// One article carrying a wording.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Occurrence {
    /// The quote's id.
    pub quote: String,
    /// The article's name (outlet and title, else its file name).
    pub document: String,
    /// The article's outlet, short.
    pub outlet: String,
    /// The reporting words ("said", "told reporters"), or "".
    pub cue: String,
    /// The article's date, or "".
    pub date: String,
    /// How it is printed there.
    pub kind: String,
    /// Who the article says spoke.
    pub speaker: String,
}

/// One wording of an utterance, cut into pieces that differ or not.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct VariantView {
    /// `(piece, differs from the card's text)`.
    pub pieces: Vec<(String, bool)>,
    /// Where it was printed.
    pub occurrences: Vec<Occurrence>,
}

/// One utterance card.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ClusterCard {
    /// Its place in `report.clusters`.
    pub index: usize,
    /// `c1`, …
    pub id: String,
    /// The most complete wording.
    pub text: String,
    /// The speaker's name, or "Unknown speaker".
    pub speaker: String,
    /// The speaker's fullest role, or "".
    pub role: String,
    /// Distinct articles.
    pub articles: usize,
    /// How it is printed, across occurrences.
    pub kinds: Vec<String>,
    /// Outlets name different speakers.
    pub conflict: bool,
    /// How many wordings it has.
    pub wordings: usize,
    /// How many times it was printed, over all wordings.
    pub occurrences: usize,
    /// One of its quotes, which a quote moved here joins.
    pub first_quote: String,
}

const UNKNOWN: &str = "Unknown speaker";

struct Lookup<'r> {
    speakers: HashMap<&'r str, (&'r str, &'r str)>,
    documents: HashMap<&'r str, (usize, &'r DocumentEntry)>,
    quotes: HashMap<&'r str, &'r QuoteEntry>,
}

impl<'r> Lookup<'r> {
    fn new(report: &'r Report) -> Self {
        Lookup {
            speakers: report
                .speakers
                .iter()
                .map(|s| (s.id.as_str(), (s.name.as_str(), fullest_role(&s.roles))))
                .collect(),
            documents: report
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), (i, d)))
                .collect(),
            quotes: report.quotes.iter().map(|q| (q.id.as_str(), q)).collect(),
        }
    }

    fn quotes_of(&self, cluster: &'r ClusterEntry) -> Vec<&'r QuoteEntry> {
        cluster
            .quotes
            .iter()
            .filter_map(|q| self.quotes.get(q.as_str()).copied())
            .collect()
    }

    /// Where the first of `quotes` stands: (document order, offset).
    fn first_place(&self, quotes: &[&QuoteEntry]) -> (usize, usize) {
        quotes
            .iter()
            .map(|q| {
                (
                    self.documents
                        .get(q.doc.as_str())
                        .map_or(usize::MAX, |d| d.0),
                    q.start,
                )
            })
            .min()
            .unwrap_or((usize::MAX, 0))
    }

    fn occurrence(&self, q: &QuoteEntry) -> Occurrence {
        let doc = self.documents.get(q.doc.as_str()).map(|d| d.1);
        Occurrence {
            quote: q.id.clone(),
            document: doc.map(article_name).unwrap_or_default(),
            outlet: doc.map(outlet_short).unwrap_or_default(),
            cue: q.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default(),
            date: doc.and_then(|d| d.date.clone()).unwrap_or_default(),
            kind: q.kind.clone(),
            speaker: self.speaker(q.speaker.as_deref()).0.to_string(),
        }
    }

    fn speaker(&self, id: Option<&str>) -> (&'r str, &'r str) {
        id.and_then(|id| self.speakers.get(id))
            .copied()
            .unwrap_or((UNKNOWN, ""))
    }
}

/// The sidebar: speakers with most quotes first, matching `search`.
pub fn speaker_rows(report: &Report, search: &str) -> Vec<SpeakerRow> {
    let needle = search.to_lowercase();
    let mut counts: HashMap<&str, (usize, BTreeSet<&str>)> = HashMap::new();
    for q in &report.quotes {
        if let Some(s) = &q.speaker {
            let entry = counts.entry(s.as_str()).or_default();
            entry.0 += 1;
            entry.1.insert(q.doc.as_str());
        }
    }
    let mut rows: Vec<SpeakerRow> = report
        .speakers
        .iter()
        .filter(|s| {
            needle.is_empty()
                || s.name.to_lowercase().contains(&needle)
                || s.aliases.iter().any(|a| a.to_lowercase().contains(&needle))
        })
        .map(|s| {
            let (quotes, docs) = counts
                .get(s.id.as_str())
                .map_or((0, 0), |(n, d)| (*n, d.len()));
            SpeakerRow {
                id: s.id.clone(),
                name: s.name.clone(),
                role: fullest_role(&s.roles).to_string(),
                quotes,
                articles: docs,
            }
        })
        .collect();
    rows.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
    rows
}

fn pieces(text: &str, differs: &[[usize; 2]]) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    for &[start, end] in differs {
        let (start, end) = (start.min(chars.len()), end.min(chars.len()));
        if start > at {
            out.push((chars[at..start].iter().collect(), false));
        }
        if end > start && start >= at {
            out.push((chars[start..end].iter().collect(), true));
            at = end;
        }
    }
    if at < chars.len() {
        out.push((chars[at..].iter().collect(), false));
    }
    out
}

/// The clusters the view asks for, filtered and sorted: their indexes in
/// `report.clusters`. Cheap, so the page computes it for every cluster and
/// builds cards ([`cards_at`]) only for those it draws.
pub fn shown_clusters(report: &Report, view: &ViewState) -> Vec<usize> {
    let lookup = Lookup::new(report);
    let needle = view.search.to_lowercase();
    let mut shown: Vec<(usize, (usize, usize))> = Vec::new();
    for (index, cluster) in report.clusters.iter().enumerate() {
        let quotes = lookup.quotes_of(cluster);
        let matches_kind = view.kind.is_empty() || quotes.iter().any(|q| q.kind == view.kind);
        let matches_speaker = view.speaker.as_ref().is_none_or(|s| {
            cluster.speaker.as_ref() == Some(s)
                || quotes.iter().any(|q| q.speaker.as_ref() == Some(s))
        });
        let matches_document = view
            .document
            .as_ref()
            .is_none_or(|d| quotes.iter().any(|q| &q.doc == d));
        let matches_text = needle.is_empty()
            || cluster.text.to_lowercase().contains(&needle)
            || cluster
                .variants
                .iter()
                .any(|v| v.text.to_lowercase().contains(&needle));
        if matches_kind
            && matches_speaker
            && matches_document
            && matches_text
            && cluster.documents >= view.min_articles
        {
            shown.push((index, lookup.first_place(&quotes)));
        }
    }
    let clusters = &report.clusters;
    match view.sort {
        Sort::Articles => shown.sort_by(|a, b| {
            (clusters[b.0].documents.cmp(&clusters[a.0].documents)).then(a.1.cmp(&b.1))
        }),
        Sort::Speaker => {
            let speaker = |i: usize| lookup.speaker(clusters[i].speaker.as_deref()).0;
            shown.sort_by(|a, b| speaker(a.0).cmp(speaker(b.0)).then(a.1.cmp(&b.1)))
        }
        Sort::Appearance => shown.sort_by_key(|s| s.1),
    }
    shown.into_iter().map(|(index, _)| index).collect()
}

/// The cards of the clusters at `indexes` (their wordings are counted
/// here and built by [`cluster_variants`] when the reader opens a card).
pub fn cards_at(report: &Report, indexes: &[usize]) -> Vec<ClusterCard> {
    let lookup = Lookup::new(report);
    indexes
        .iter()
        .filter_map(|&index| card(&lookup, report, index))
        .collect()
}

fn card(lookup: &Lookup, report: &Report, index: usize) -> Option<ClusterCard> {
    let cluster = report.clusters.get(index)?;
    let (speaker, role) = lookup.speaker(cluster.speaker.as_deref());
    let kinds: BTreeSet<String> = lookup
        .quotes_of(cluster)
        .iter()
        .map(|q| q.kind.clone())
        .collect();
    Some(ClusterCard {
        index,
        id: cluster.id.clone(),
        text: cluster.text.clone(),
        speaker: speaker.to_string(),
        role: role.to_string(),
        articles: cluster.documents,
        kinds: kinds.into_iter().collect(),
        conflict: cluster.conflict,
        wordings: cluster.variants.len(),
        occurrences: cluster.variants.iter().map(|v| v.quotes.len()).sum(),
        first_quote: cluster.quotes.first().cloned().unwrap_or_default(),
    })
}

/// Every wording of `report.clusters[index]`, each with where it was printed.
pub fn cluster_variants(report: &Report, index: usize) -> Vec<VariantView> {
    let Some(cluster) = report.clusters.get(index) else {
        return Vec::new();
    };
    let lookup = Lookup::new(report);
    cluster
        .variants
        .iter()
        .map(|v| VariantView {
            pieces: pieces(&v.text, &v.differs),
            occurrences: v
                .quotes
                .iter()
                .filter_map(|id| lookup.quotes.get(id.as_str()))
                .map(|q| lookup.occurrence(q))
                .collect(),
        })
        .collect()
}

/// How one article reported an utterance: its outlet, the cue it used and
/// the speaker it named, marked where they differ from the other articles.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct HowReported {
    /// The occurrence.
    pub occurrence: Occurrence,
    /// The cue differs from the one most articles used.
    pub cue_differs: bool,
    /// The speaker differs from the cluster's.
    pub speaker_differs: bool,
}

/// The most common of `values` (the first of equals), ignoring empty ones.
fn most_common<'v>(values: impl Iterator<Item = &'v str>) -> &'v str {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for value in values.filter(|v| !v.is_empty()) {
        match counts.iter_mut().find(|(v, _)| *v == value) {
            Some(entry) => entry.1 += 1,
            None => counts.push((value, 1)),
        }
    }
    counts
        .iter()
        .fold(
            ("", 0),
            |best, &(v, n)| if n > best.1 { (v, n) } else { best },
        )
        .0
}

/// Each occurrence of `report.clusters[index]` in article order, with the
/// cue and speaker that set it apart from the others.
pub fn how_reported(report: &Report, index: usize) -> Vec<HowReported> {
    let Some(cluster) = report.clusters.get(index) else {
        return Vec::new();
    };
    let lookup = Lookup::new(report);
    let mut quotes = lookup.quotes_of(cluster);
    quotes.sort_by_key(|q| lookup.first_place(&[q]));
    let occurrences: Vec<Occurrence> = quotes.iter().map(|q| lookup.occurrence(q)).collect();
    let cues: Vec<String> = occurrences.iter().map(|o| o.cue.to_lowercase()).collect();
    let usual_cue = most_common(cues.iter().map(String::as_str));
    let speaker = lookup.speaker(cluster.speaker.as_deref()).0;
    occurrences
        .into_iter()
        .map(|occurrence| HowReported {
            cue_differs: !occurrence.cue.is_empty()
                && !usual_cue.is_empty()
                && occurrence.cue.to_lowercase() != usual_cue,
            speaker_differs: occurrence.speaker != speaker,
            occurrence,
        })
        .collect()
}

/// The articles quoting `speaker`: `(file name, label)` in article order.
pub fn speaker_articles(report: &Report, speaker: &str) -> Vec<(String, String)> {
    let quoted: BTreeSet<&str> = report
        .quotes
        .iter()
        .filter(|q| q.speaker.as_deref() == Some(speaker))
        .map(|q| q.doc.as_str())
        .collect();
    report
        .documents
        .iter()
        .filter(|d| quoted.contains(d.id.as_str()))
        .map(|d| (d.name.clone(), crate::labels::article_label(d)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid::{analyze, Input};

    /// Every card the view asks for, as the page would draw them all.
    fn cluster_cards(report: &Report, view: &ViewState) -> Vec<ClusterCard> {
        cards_at(report, &shown_clusters(report, view))
    }

    fn report() -> Report {
        analyze(&[
            Input::new("a.txt", "“We will rebuild the wall higher,” Mayor Ana Ruiz said.".as_bytes()),
            Input::new("b.txt", "“We shall rebuild the wall higher,” Ana Ruiz told reporters. “Nobody leaves,” said Tom Lee.".as_bytes()),
        ])
    }

    #[test]
    fn cards_filter_by_speaker_kind_and_articles() {
        let r = report();
        let all = cluster_cards(&r, &ViewState::default());
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].articles, 2);
        let two = ViewState {
            min_articles: 2,
            ..ViewState::default()
        };
        assert_eq!(cluster_cards(&r, &two).len(), 1);
        let lee = r
            .speakers
            .iter()
            .find(|s| s.name == "Tom Lee")
            .map(|s| s.id.clone());
        let only_lee = ViewState {
            speaker: lee,
            ..ViewState::default()
        };
        assert_eq!(cluster_cards(&r, &only_lee)[0].text, "Nobody leaves,");
        let search = ViewState {
            search: "NOBODY".into(),
            ..ViewState::default()
        };
        assert_eq!(cluster_cards(&r, &search).len(), 1);
    }

    #[test]
    fn variants_mark_differing_words() {
        let r = report();
        let card = &cluster_cards(&r, &ViewState::default())[0];
        let variants = cluster_variants(&r, card.index);
        assert_eq!(variants.len(), card.wordings);
        let marked: Vec<&str> = variants
            .iter()
            .flat_map(|v| v.pieces.iter())
            .filter(|p| p.1)
            .map(|p| p.0.as_str())
            .collect();
        assert!(!marked.is_empty());
    }

    #[test]
    fn speakers_sorted_by_quotes() {
        let rows = speaker_rows(&report(), "");
        assert_eq!(rows[0].name, "Ana Ruiz");
        assert_eq!(rows[0].articles, 2);
        assert_eq!(speaker_rows(&report(), "lee").len(), 1);
    }
}
