//! Where each quote a correction names stands in the stages' numbering.

use rustc_hash::FxHashMap;

use crate::attribution::Attributed;
use crate::corrections::list::{Correction, QuoteRef};
use crate::document::Document;
use crate::text::code_points::CodePoints;

/// The code-point span of an attributed quote in `doc`.
pub(super) fn quote_ref(doc: &Document, points: &CodePoints, quote: &Attributed) -> QuoteRef {
    QuoteRef {
        doc: doc.name.clone(),
        start: points.at(quote.quote.span.start),
        end: points.at(quote.quote.span.end),
    }
}

/// Where each quote a correction may name stands: `(document, quote)` in
/// the stages' order, and its place in the flat list the report numbers.
pub struct QuotePlaces {
    places: FxHashMap<QuoteRef, (usize, usize, usize)>,
    documents: FxHashMap<String, usize>,
}

impl QuotePlaces {
    /// Indexes the quotes of every article, given as its name and the
    /// code-point spans of its quotes (empty when nothing needs it).
    pub fn new<'a>(
        corrections: &[Correction],
        articles: impl IntoIterator<Item = (&'a str, Vec<(usize, usize)>)>,
    ) -> Self {
        let mut places = FxHashMap::default();
        let mut documents = FxHashMap::default();
        if corrections.is_empty() {
            return QuotePlaces { places, documents };
        }
        let mut flat = 0;
        for (d, (name, spans)) in articles.into_iter().enumerate() {
            documents.entry(name.to_string()).or_insert(d);
            for (q, (start, end)) in spans.into_iter().enumerate() {
                let quote = QuoteRef {
                    doc: name.to_string(),
                    start,
                    end,
                };
                places.entry(quote).or_insert((d, q, flat));
                flat += 1;
            }
        }
        QuotePlaces { places, documents }
    }

    /// The index of the article named `name`.
    pub(super) fn document(&self, name: &str) -> Option<usize> {
        self.documents.get(name).copied()
    }

    /// `(document, quote)` of a named quote.
    pub(super) fn of(&self, quote: &QuoteRef) -> Option<(usize, usize)> {
        self.places.get(quote).map(|&(d, q, _)| (d, q))
    }

    /// The place of a named quote in the report's flat list.
    pub(super) fn flat(&self, quote: &QuoteRef) -> Option<usize> {
        self.places.get(quote).map(|&(_, _, flat)| flat)
    }
}
