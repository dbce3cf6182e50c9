//! An article cut into pieces for the article view: each quote with its
//! speaker, the cue and the mention the engine read it from (the evidence
//! for the speaker it chose), and the lines it set aside as page furniture.

use std::collections::HashMap;

use whosaid::{QuoteEntry, Report};

use crate::labels::article_label;

/// What a piece of an article is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// Running text.
    Plain,
    /// A line the engine set aside (navigation, captions, related links).
    Skipped,
    /// The reporting words of a quote ("said", "according to").
    Cue {
        /// The quote they report.
        quote: String,
    },
    /// The words naming a quote's speaker ("he", "the council").
    Mention {
        /// The quote.
        quote: String,
        /// Who the engine took them to mean.
        speaker: String,
    },
    /// Quoted or reported words.
    Quote {
        /// The quote's id.
        id: String,
        /// Its speaker's name.
        speaker: String,
        /// Reported speech (the reporter's words), not a quotation.
        reported: bool,
    },
}

impl Mark {
    /// Quotes over evidence over skipped lines, where they overlap.
    fn rank(&self) -> u8 {
        match self {
            Mark::Plain => 0,
            Mark::Skipped => 1,
            Mark::Cue { .. } | Mark::Mention { .. } => 2,
            Mark::Quote { .. } => 3,
        }
    }
}

/// A piece of an article.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// What it is.
    pub mark: Mark,
    /// The last piece of its quote (where the speaker's name is shown).
    pub ends_quote: bool,
    /// The first piece of its quote (the one the view scrolls to).
    pub starts_quote: bool,
}

/// Every marked range of the article `doc`, in code points.
fn marks_of(
    report: &Report,
    doc: &str,
    speakers: &HashMap<&str, &str>,
) -> Vec<(usize, usize, Mark)> {
    let speaker_of = |q: &QuoteEntry| {
        q.speaker
            .as_deref()
            .and_then(|s| speakers.get(s).copied())
            .unwrap_or("Unknown speaker")
            .to_string()
    };
    let mut marks = Vec::new();
    if let Some(d) = report.documents.iter().find(|d| d.id == doc) {
        for &[start, end] in d.skipped.iter().flatten() {
            marks.push((start, end, Mark::Skipped));
        }
    }
    for q in report.quotes.iter().filter(|q| q.doc == doc) {
        let speaker = speaker_of(q);
        if let Some(cue) = &q.cue {
            marks.push((
                cue.start,
                cue.end,
                Mark::Cue {
                    quote: q.id.clone(),
                },
            ));
        }
        if let Some(mention) = &q.mention {
            let mark = Mark::Mention {
                quote: q.id.clone(),
                speaker: speaker.clone(),
            };
            marks.push((mention.start, mention.end, mark));
        }
        let mark = Mark::Quote {
            id: q.id.clone(),
            speaker,
            reported: q.kind == "reported",
        };
        marks.push((q.start, q.end, mark));
    }
    marks
}

/// The article of `quote` in pieces, with the article's name.
pub fn article_pieces(report: &Report, quote: &str, text: &str) -> Option<(String, Vec<Piece>)> {
    let doc = &report.quotes.iter().find(|q| q.id == quote)?.doc;
    let name = report
        .documents
        .iter()
        .find(|d| &d.id == doc)
        .map(article_label)
        .unwrap_or_default();
    let speakers: HashMap<&str, &str> = report
        .speakers
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let mut marks = marks_of(report, doc, &speakers);
    marks.retain(|m| m.0 < m.1 && m.1 <= chars.len());
    let mut cuts: Vec<usize> = marks.iter().flat_map(|m| [m.0, m.1]).collect();
    cuts.extend([0, chars.len()]);
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces: Vec<Piece> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let mark = marks
            .iter()
            .filter(|m| m.0 <= start && end <= m.1)
            .max_by_key(|m| (m.2.rank(), std::cmp::Reverse(m.0)))
            .map_or(Mark::Plain, |m| m.2.clone());
        let piece: String = chars[start..end].iter().collect();
        match pieces.last_mut() {
            Some(last) if last.mark == mark => last.text.push_str(&piece),
            _ => pieces.push(Piece {
                text: piece,
                mark,
                ends_quote: false,
                starts_quote: false,
            }),
        }
    }
    mark_quote_ends(&mut pieces);
    Some((name, pieces))
}

/// A quote cut by another may come in several pieces: the first carries
/// its anchor, the last its speaker.
fn mark_quote_ends(pieces: &mut [Piece]) {
    let id_of = |p: &Piece| match &p.mark {
        Mark::Quote { id, .. } => Some(id.clone()),
        _ => None,
    };
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut last: HashMap<String, usize> = HashMap::new();
    for (i, piece) in pieces.iter().enumerate() {
        if let Some(id) = id_of(piece) {
            first.entry(id.clone()).or_insert(i);
            last.insert(id, i);
        }
    }
    for i in first.into_values() {
        pieces[i].starts_quote = true;
    }
    for i in last.into_values() {
        pieces[i].ends_quote = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid::{analyze_with, Input, Options};

    fn pieces(text: &str) -> Vec<Piece> {
        let r = analyze_with(&[Input::new("a.txt", text)], Options { include_text: true });
        article_pieces(&r, &r.quotes[0].id, text)
            .expect("article")
            .1
    }

    fn marked(pieces: &[Piece], kind: fn(&Mark) -> bool) -> Vec<&str> {
        pieces
            .iter()
            .filter(|p| kind(&p.mark))
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn quotes_come_with_their_cue_and_mention() {
        let text =
            "Mayor Ana Ruiz said the wall would be rebuilt by May. “We will rebuild it,” she said.";
        let pieces = pieces(text);
        assert_eq!(
            pieces.iter().map(|p| p.text.as_str()).collect::<String>(),
            text
        );
        let quotes = marked(&pieces, |m| matches!(m, Mark::Quote { .. }));
        assert_eq!(
            quotes,
            ["the wall would be rebuilt by May", "We will rebuild it,"]
        );
        let reported = pieces
            .iter()
            .find(|p| matches!(p.mark, Mark::Quote { reported: true, .. }))
            .map(|p| p.text.as_str());
        assert_eq!(reported, Some("the wall would be rebuilt by May"));
        assert_eq!(
            marked(&pieces, |m| matches!(m, Mark::Cue { .. })),
            ["said", "said"]
        );
        let mentions: Vec<(&str, &str)> = pieces
            .iter()
            .filter_map(|p| match &p.mark {
                Mark::Mention { speaker, .. } => Some((p.text.as_str(), speaker.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(
            mentions,
            [("Mayor Ana Ruiz", "Ana Ruiz"), ("she", "Ana Ruiz")]
        );
        assert!(pieces.iter().filter(|p| p.starts_quote).count() == 2);
    }

    #[test]
    fn furniture_lines_are_marked_as_skipped() {
        let text = "Photo: Ann Lee/Harbour Radio\n\n“We will rebuild it,” Mayor Ana Ruiz said.";
        let pieces = pieces(text);
        assert_eq!(
            marked(&pieces, |m| matches!(m, Mark::Skipped)),
            ["Photo: Ann Lee/Harbour Radio"]
        );
    }
}
