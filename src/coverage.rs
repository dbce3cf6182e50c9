//! The coverage at a glance, as numbers for the overview picture: who is
//! quoted by which article and how often, and the share of quotes by kind.

use std::collections::HashMap;

use whosaid::Report;

use crate::labels::{article_label, outlet_short};

/// Speakers drawn as rows: the most quoted.
pub const MAX_SPEAKERS: usize = 10;
/// Articles drawn as columns: those quoting the drawn speakers most.
pub const MAX_ARTICLES: usize = 12;

/// A row or column of the picture.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Axis {
    /// The report's id (`s3`, `d2`).
    pub id: String,
    /// A short label.
    pub short: String,
    /// The full name.
    pub full: String,
}

/// Speakers × articles, and quotes by kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Coverage {
    /// The speakers drawn, most quoted first.
    pub speakers: Vec<Axis>,
    /// The articles drawn, in the report's order.
    pub articles: Vec<Axis>,
    /// `cells[speaker][article]`: quotes of that speaker in that article.
    pub cells: Vec<Vec<usize>>,
    /// `(kind, quotes)`, most first.
    pub kinds: Vec<(String, usize)>,
    /// Quotes in all.
    pub quotes: usize,
}

/// The coverage of `report`.
pub fn coverage(report: &Report) -> Coverage {
    let mut per_speaker: HashMap<&str, usize> = HashMap::new();
    let mut per_pair: HashMap<(&str, &str), usize> = HashMap::new();
    let mut kinds: Vec<(String, usize)> = Vec::new();
    for q in &report.quotes {
        match kinds.iter_mut().find(|(k, _)| *k == q.kind) {
            Some(entry) => entry.1 += 1,
            None => kinds.push((q.kind.clone(), 1)),
        }
        if let Some(s) = q.speaker.as_deref() {
            *per_speaker.entry(s).or_default() += 1;
            *per_pair.entry((s, q.doc.as_str())).or_default() += 1;
        }
    }
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut speakers: Vec<_> = report
        .speakers
        .iter()
        .filter(|s| per_speaker.contains_key(s.id.as_str()))
        .collect();
    speakers.sort_by(|a, b| {
        per_speaker[b.id.as_str()]
            .cmp(&per_speaker[a.id.as_str()])
            .then_with(|| a.name.cmp(&b.name))
    });
    speakers.truncate(MAX_SPEAKERS);
    let quoted_in = |doc: &str| -> usize {
        speakers
            .iter()
            .map(|s| per_pair.get(&(s.id.as_str(), doc)).copied().unwrap_or(0))
            .sum()
    };
    let mut articles: Vec<(usize, usize)> = report
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (i, quoted_in(&d.id)))
        .filter(|&(_, n)| n > 0)
        .collect();
    articles.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    articles.truncate(MAX_ARTICLES);
    articles.sort_unstable();
    let articles: Vec<Axis> = articles
        .iter()
        .map(|&(i, _)| {
            let d = &report.documents[i];
            Axis {
                id: d.id.clone(),
                short: outlet_short(d),
                full: article_label(d),
            }
        })
        .collect();
    let cells = speakers
        .iter()
        .map(|s| {
            articles
                .iter()
                .map(|a| {
                    per_pair
                        .get(&(s.id.as_str(), a.id.as_str()))
                        .copied()
                        .unwrap_or(0)
                })
                .collect()
        })
        .collect();
    Coverage {
        speakers: speakers
            .iter()
            .map(|s| Axis {
                id: s.id.clone(),
                short: s.name.clone(),
                full: s.name.clone(),
            })
            .collect(),
        articles,
        cells,
        kinds,
        quotes: report.quotes.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid::{analyze, Input};

    #[test]
    fn counts_each_speaker_in_each_article_and_each_kind() {
        let report = analyze(&[
            Input::new(
                "a.txt",
                "“We will rebuild the wall,” Mayor Ana Ruiz said. “It is late,” Ruiz added.",
            ),
            Input::new(
                "b.txt",
                "“Nobody leaves,” said Tom Lee. Ana Ruiz said the wall would be rebuilt.",
            ),
        ]);
        let c = coverage(&report);
        let names: Vec<&str> = c.speakers.iter().map(|s| s.full.as_str()).collect();
        assert_eq!(names, ["Ana Ruiz", "Tom Lee"]);
        assert_eq!(c.articles.len(), 2);
        assert_eq!(c.cells, [vec![2, 1], vec![0, 1]]);
        assert_eq!(
            c.kinds,
            [("full".to_string(), 3), ("reported".to_string(), 1)]
        );
        assert_eq!(c.quotes, 4);
    }
}
