//! The last step: clusters the quotes and writes the report with ids.
//!
//! In: each article's part of the report and the speaker table. Out: the
//! `Report`, with ids.

use crate::clusters::moves::QuoteMove;
use crate::clusters::variants::variants;
use crate::clusters::{cluster_with_moves, Cluster, ClusterInput};
use crate::corrections::{outlet_of, Correction};
use crate::quotes::QuoteKind;
use crate::report::article::ArticleReport;
use crate::report::{ClusterEntry, QuoteEntry, Report, SpeakerEntry, VariantEntry};
use crate::speakers::SpeakerTable;

/// A report id: a letter and a number counted from 1 ("q1", "s12").
fn id(prefix: char, index: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = index + 1;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(1 + digits.len() - at);
    out.push(prefix);
    out.extend(digits[at..].iter().map(|&d| d as char));
    out
}

fn kind_name<T: serde::Serialize>(kind: &T) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn variant_entries(inputs: &[ClusterInput], found: &Cluster) -> Vec<VariantEntry> {
    let wordings: Vec<&str> = found.quotes.iter().map(|&q| inputs[q].text).collect();
    variants(inputs[found.representative].text, &wordings)
        .into_iter()
        .map(|v| VariantEntry {
            text: v.text,
            quotes: v.quotes.iter().map(|&i| id('q', found.quotes[i])).collect(),
            differs: v.differs.iter().map(|&(s, e)| [s, e]).collect(),
        })
        .collect()
}

/// What the reader corrected, for the steps of the report.
pub struct Corrected<'c> {
    /// Every correction, listed in the report.
    pub corrections: &'c [Correction],
    /// Quotes moved between clusters, in the report's numbering.
    pub moves: Vec<QuoteMove>,
}

/// Builds the report from each article's part, in the order given, and
/// the speakers joined across them.
pub fn assemble(articles: &[ArticleReport], table: &SpeakerTable, corrected: &Corrected) -> Report {
    let flat: Vec<(usize, usize)> = articles
        .iter()
        .enumerate()
        .flat_map(|(d, article)| (0..article.quotes.len()).map(move |q| (d, q)))
        .collect();
    let inputs: Vec<ClusterInput> = flat
        .iter()
        .map(|&(d, q)| ClusterInput {
            text: &articles[d].quotes[q].text,
            speaker: table.of_quote[d][q],
            document: d,
            reported: articles[d].quotes[q].kind == QuoteKind::Reported,
            vague: table.of_quote[d][q].is_some_and(|s| table.is_vague(s)),
        })
        .collect();
    let clusters = cluster_with_moves(&inputs, &|a, b| table.related(a, b), &corrected.moves);
    let mut cluster_of = vec![0; flat.len()];
    for (c, found) in clusters.iter().enumerate() {
        for &q in &found.quotes {
            cluster_of[q] = c;
        }
    }
    let speaker_id = |s: usize| id('s', s);
    let quotes = flat
        .iter()
        .enumerate()
        .map(|(i, &(d, q))| {
            let quote = &articles[d].quotes[q];
            QuoteEntry {
                id: id('q', i),
                doc: id('d', d),
                start: quote.start,
                end: quote.end,
                text: quote.text.clone(),
                kind: kind_name(&quote.kind),
                speaker: table.of_quote[d][q].map(speaker_id),
                mention: quote.mention.clone(),
                cue: quote.cue.clone(),
                clause: quote.clause.clone(),
                cluster: id('c', cluster_of[i]),
            }
        })
        .collect();
    Report {
        version: 1,
        documents: articles
            .iter()
            .enumerate()
            .map(|(i, article)| {
                let mut entry = article.document.clone();
                entry.id = id('d', i);
                if let Some(outlet) = outlet_of(corrected.corrections, &entry.name) {
                    entry.outlet = Some(outlet.to_string());
                }
                entry
            })
            .collect(),
        speakers: table
            .speakers
            .iter()
            .enumerate()
            .map(|(i, s)| SpeakerEntry {
                id: speaker_id(i),
                name: s.name.clone(),
                kind: kind_name(&s.kind),
                roles: s.roles.clone(),
                aliases: s.aliases.clone(),
                part_of: s.part_of.map(speaker_id),
            })
            .collect(),
        quotes,
        clusters: clusters
            .iter()
            .enumerate()
            .map(|(c, found)| ClusterEntry {
                id: id('c', c),
                text: inputs[found.representative].text.to_string(),
                speaker: found.speaker.map(speaker_id),
                quotes: found.quotes.iter().map(|q| id('q', *q)).collect(),
                documents: found.documents,
                conflict: found.conflict,
                variants: variant_entries(&inputs, found),
            })
            .collect(),
        corrections: corrected.corrections.to_vec(),
    }
}
