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
    /// Indexes the quotes of every document (empty when nothing needs it).
    pub fn new(corrections: &[Correction], docs: &[Document], quotes: &[Vec<Attributed>]) -> Self {
        let mut places = FxHashMap::default();
        let mut documents = FxHashMap::default();
        if corrections.is_empty() {
            return QuotePlaces { places, documents };
        }
        let mut flat = 0;
        for (d, (doc, attributed)) in docs.iter().zip(quotes).enumerate() {
            documents.entry(doc.name.clone()).or_insert(d);
            let points = CodePoints::new(&doc.text);
            for (q, quote) in attributed.iter().enumerate() {
                places
                    .entry(quote_ref(doc, &points, quote))
                    .or_insert((d, q, flat));
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
