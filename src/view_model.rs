//! What the page shows, derived from a report and the reader's view: rows
//! for the speaker list, cards for the quotes, pieces of an article. Pure
//! functions, so they are tested without a browser.

use std::collections::{BTreeSet, HashMap};

use whosaid::{ClusterEntry, QuoteEntry, Report};

use crate::view_state::{Sort, ViewState};

/// One speaker in the sidebar.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SpeakerRow {
    /// `s1`, …
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// First role seen, or "".
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
    /// The article's file name.
    pub document: String,
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
    /// The speaker's first role, or "".
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
}

/// A piece of an article: plain text, or a quote with its speaker.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// `(quote id, speaker name)` when the piece is quoted.
    pub quote: Option<(String, String)>,
    /// The piece is reported speech (the reporter's words), not a quotation.
    pub reported: bool,
}

const UNKNOWN: &str = "Unknown speaker";

struct Lookup<'r> {
    speakers: HashMap<&'r str, (&'r str, &'r str)>,
    documents: HashMap<&'r str, (usize, &'r str, &'r str)>,
    quotes: HashMap<&'r str, &'r QuoteEntry>,
}

impl<'r> Lookup<'r> {
    fn new(report: &'r Report) -> Self {
        Lookup {
            speakers: report
                .speakers
                .iter()
                .map(|s| {
                    (
                        s.id.as_str(),
                        (s.name.as_str(), s.roles.first().map_or("", String::as_str)),
                    )
                })
                .collect(),
            documents: report
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    (
                        d.id.as_str(),
                        (i, d.name.as_str(), d.date.as_deref().unwrap_or("")),
                    )
                })
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
        let (_, document, date) = self
            .documents
            .get(q.doc.as_str())
            .copied()
            .unwrap_or((0, "", ""));
        Occurrence {
            quote: q.id.clone(),
            document: document.to_string(),
            date: date.to_string(),
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
                role: s.roles.first().cloned().unwrap_or_default(),
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
        let matches_text = needle.is_empty()
            || cluster.text.to_lowercase().contains(&needle)
            || cluster
                .variants
                .iter()
                .any(|v| v.text.to_lowercase().contains(&needle));
        if matches_kind && matches_speaker && matches_text && cluster.documents >= view.min_articles
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

/// The article of `quote` cut into plain and quoted pieces, with its name.
pub fn article_pieces(report: &Report, quote: &str, text: &str) -> Option<(String, Vec<Piece>)> {
    let lookup = Lookup::new(report);
    let doc = &lookup.quotes.get(quote)?.doc;
    let name = lookup
        .documents
        .get(doc.as_str())
        .map_or("", |d| d.1)
        .to_string();
    let mut quotes: Vec<&QuoteEntry> = report.quotes.iter().filter(|q| &q.doc == doc).collect();
    quotes.sort_by_key(|q| q.start);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    for q in quotes {
        let (start, end) = (q.start.min(chars.len()), q.end.min(chars.len()));
        if start < at {
            continue;
        }
        if start > at {
            out.push(Piece {
                text: chars[at..start].iter().collect(),
                quote: None,
                reported: false,
            });
        }
        let speaker = lookup.speaker(q.speaker.as_deref()).0.to_string();
        out.push(Piece {
            text: chars[start..end].iter().collect(),
            quote: Some((q.id.clone(), speaker)),
            reported: q.kind == "reported",
        });
        at = end;
    }
    if at < chars.len() {
        out.push(Piece {
            text: chars[at..].iter().collect(),
            quote: None,
            reported: false,
        });
    }
    Some((name, out))
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

    #[test]
    fn article_pieces_tell_reported_speech_from_quotes() {
        let text =
            "Mayor Ana Ruiz said the wall would be rebuilt by May. “We will rebuild it,” she said.";
        let r = whosaid::analyze_with(
            &[Input::new("a.txt", text.as_bytes())],
            whosaid::Options { include_text: true },
        );
        let (_, pieces) = article_pieces(&r, &r.quotes[0].id, text).expect("article");
        let marked: Vec<(&str, bool)> = pieces
            .iter()
            .filter(|p| p.quote.is_some())
            .map(|p| (p.text.as_str(), p.reported))
            .collect();
        assert_eq!(
            marked,
            [
                ("the wall would be rebuilt by May", true),
                ("We will rebuild it,", false)
            ]
        );
    }

    #[test]
    fn article_pieces_mark_quotes() {
        let r = report();
        let text = "“We will rebuild the wall higher,” Mayor Ana Ruiz said.";
        let first = r.quotes[0].id.clone();
        let (name, pieces) = article_pieces(&r, &first, text).expect("article");
        assert_eq!(name, "a.txt");
        assert_eq!(pieces.iter().filter(|p| p.quote.is_some()).count(), 1);
        assert_eq!(
            pieces.iter().map(|p| p.text.as_str()).collect::<String>(),
            text
        );
    }
}
