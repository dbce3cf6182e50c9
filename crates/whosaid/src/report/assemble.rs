//! The last step: clusters the quotes and writes the report with ids.
//!
//! In: documents, attributed quotes and the speaker table. Out: the
//! `Report`, with code-point offsets.

use crate::attribution::Attributed;
use crate::clusters::moves::QuoteMove;
use crate::clusters::variants::variants;
use crate::clusters::{cluster_with_moves, Cluster, ClusterInput};
use crate::corrections::{outlet_of, Correction};
use crate::document::{Document, Role};
use crate::report::{
    ClusterEntry, CodePoints, DocumentEntry, QuoteEntry, Report, SpeakerEntry, VariantEntry,
};
use crate::speakers::SpeakerTable;
use crate::Options;

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

/// The code-point ranges of the lines `doc` set aside as furniture.
fn skipped_lines(doc: &Document, points: &CodePoints) -> Vec<[usize; 2]> {
    doc.paragraphs
        .iter()
        .filter(|p| p.role == Role::Boilerplate)
        .map(|p| [points.at(p.span.start), points.at(p.span.end)])
        .collect()
}

/// What the reader corrected, for the steps of the report.
pub struct Corrected<'c> {
    /// Every correction, listed in the report.
    pub corrections: &'c [Correction],
    /// Quotes moved between clusters, in the report's numbering.
    pub moves: Vec<QuoteMove>,
}

/// Builds the report.
pub fn assemble(
    docs: &[Document],
    attributed: &[Vec<Attributed>],
    table: &SpeakerTable,
    options: Options,
    corrected: &Corrected,
) -> Report {
    let flat: Vec<(usize, usize)> = attributed
        .iter()
        .enumerate()
        .flat_map(|(d, quotes)| (0..quotes.len()).map(move |q| (d, q)))
        .collect();
    let inputs: Vec<ClusterInput> = flat
        .iter()
        .map(|&(d, q)| ClusterInput {
            text: docs[d].slice(attributed[d][q].quote.span),
            speaker: table.of_quote[d][q],
            document: d,
            reported: attributed[d][q].quote.kind == crate::quotes::QuoteKind::Reported,
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
    let code_points: Vec<CodePoints> = docs.iter().map(|d| CodePoints::new(&d.text)).collect();
    let quotes = flat
        .iter()
        .enumerate()
        .map(|(i, &(d, q))| {
            let a = &attributed[d][q];
            let points = &code_points[d];
            let span = points.span(a.quote.span);
            QuoteEntry {
                id: id('q', i),
                doc: id('d', d),
                start: span.start,
                end: span.end,
                text: span.text,
                kind: kind_name(&a.quote.kind),
                speaker: table.of_quote[d][q].map(speaker_id),
                mention: a.mention.map(|m| points.span(m)),
                cue: a.cue.map(|c| points.span(c)),
                clause: a.clause.map(|c| points.span(c)),
                cluster: id('c', cluster_of[i]),
            }
        })
        .collect();
    Report {
        version: 1,
        documents: docs
            .iter()
            .enumerate()
            .map(|(i, d)| DocumentEntry {
                id: id('d', i),
                name: d.name.clone(),
                title: d.title.clone(),
                date: d.date.clone(),
                outlet: outlet_of(corrected.corrections, &d.name)
                    .map(str::to_string)
                    .or_else(|| d.outlet.clone()),
                chars: d.text.chars().count(),
                warnings: d.warnings.clone(),
                text: options.include_text.then(|| d.text.clone()),
                skipped: options
                    .include_text
                    .then(|| skipped_lines(d, &code_points[i])),
                lead: (options.include_text && d.title.is_none())
                    .then(|| d.lead())
                    .flatten(),
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
