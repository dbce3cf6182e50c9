//! The reader's corrections → the stages they correct.
//!
//! In: the corrections, in the order the reader made them, and what the
//! stages before the report made (documents, attributed quotes, the speaker
//! table). Out: the same with the corrections applied, at the stage each
//! belongs to: a quote marked as not a quote leaves before speakers are
//! resolved; speakers are reassigned, merged and split in the table; quotes
//! move between clusters as the clustering forms them. Everything after a
//! correction is recomputed from it, so the report stays consistent.
//!
//! A correction names quotes by their article's name and code-point span,
//! and speakers by the name the report shows, so it survives a re-run and
//! can be read by hand. One that no longer fits (its article was removed)
//! is kept in the list and changes nothing.

mod speakers;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::attribution::Attributed;
use crate::clusters::moves::QuoteMove;
use crate::document::Document;
use crate::speakers::SpeakerTable;
use crate::text::code_points::CodePoints;

/// One quote as a correction names it: its article and code-point span.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuoteRef {
    /// The article's name (`documents[].name`).
    pub doc: String,
    /// First code point of the quoted words.
    pub start: usize,
    /// One past the last.
    pub end: usize,
}

/// One thing the reader corrected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Correction {
    /// The quote was said by `speaker`: a speaker the report names, or a
    /// new one.
    Reassign {
        /// The quote.
        quote: QuoteRef,
        /// Its speaker's name.
        speaker: String,
    },
    /// Two speakers are one person or body; `into` keeps its name.
    MergeSpeakers {
        /// The speaker that stays.
        into: String,
        /// The speaker joined to it.
        from: String,
    },
    /// The quotes of `speaker` in `documents` are someone else's, `name`.
    SplitSpeaker {
        /// The speaker as the report names it.
        speaker: String,
        /// The articles whose quotes go to the other speaker.
        documents: Vec<String>,
        /// The other speaker's name.
        name: String,
    },
    /// The quote leaves its cluster: for one of its own (`into` null), or
    /// for the cluster holding quote `into`.
    MoveQuote {
        /// The quote.
        quote: QuoteRef,
        /// A quote of the cluster it joins.
        #[serde(default)]
        into: Option<QuoteRef>,
    },
    /// The text is not a quotation: it leaves the report.
    NotAQuote {
        /// The quote.
        quote: QuoteRef,
    },
    /// The article's outlet, as the reader names it.
    Outlet {
        /// The article's name.
        doc: String,
        /// The outlet ("NYT", "Fox News").
        outlet: String,
    },
}

/// The code-point span of an attributed quote in `doc`.
fn quote_ref(doc: &Document, points: &CodePoints, quote: &Attributed) -> QuoteRef {
    QuoteRef {
        doc: doc.name.clone(),
        start: points.at(quote.quote.span.start),
        end: points.at(quote.quote.span.end),
    }
}

/// `quotes` of `doc` without those the reader marked as not quotes.
pub fn drop_not_quotes(
    corrections: &[Correction],
    doc: &Document,
    mut quotes: Vec<Attributed>,
) -> Vec<Attributed> {
    let marked: Vec<&QuoteRef> = corrections
        .iter()
        .filter_map(|c| match c {
            Correction::NotAQuote { quote } if quote.doc == doc.name => Some(quote),
            _ => None,
        })
        .collect();
    if marked.is_empty() {
        return quotes;
    }
    let points = CodePoints::new(&doc.text);
    quotes.retain(|q| !marked.contains(&&quote_ref(doc, &points, q)));
    quotes
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
    fn document(&self, name: &str) -> Option<usize> {
        self.documents.get(name).copied()
    }

    /// `(document, quote)` of a named quote.
    fn of(&self, quote: &QuoteRef) -> Option<(usize, usize)> {
        self.places.get(quote).map(|&(d, q, _)| (d, q))
    }

    /// The place of a named quote in the report's flat list.
    fn flat(&self, quote: &QuoteRef) -> Option<usize> {
        self.places.get(quote).map(|&(_, _, flat)| flat)
    }
}

/// Applies the speaker corrections to `table`, in order.
pub fn correct_speakers(
    corrections: &[Correction],
    places: &QuotePlaces,
    table: &mut SpeakerTable,
) {
    speakers::correct(corrections, places, table)
}

/// The reader's moves of quotes between clusters, in the report's flat
/// numbering of quotes.
pub fn quote_moves(corrections: &[Correction], places: &QuotePlaces) -> Vec<QuoteMove> {
    corrections
        .iter()
        .filter_map(|c| match c {
            Correction::MoveQuote { quote, into } => Some(QuoteMove {
                quote: places.flat(quote)?,
                into: match into {
                    Some(other) => Some(places.flat(other)?),
                    None => None,
                },
            }),
            _ => None,
        })
        .collect()
}

/// The outlet the reader gave the article `doc`, the latest if several.
pub fn outlet_of<'c>(corrections: &'c [Correction], doc: &str) -> Option<&'c str> {
    corrections.iter().rev().find_map(|c| match c {
        Correction::Outlet { doc: d, outlet } if d == doc => Some(outlet.as_str()),
        _ => None,
    })
}

/// Reads corrections from JSON: a report with a `corrections` list (as
/// the page exports it), or the list alone.
pub fn parse(json: &str) -> Result<Vec<Correction>, String> {
    #[derive(Deserialize)]
    struct WithCorrections {
        #[serde(default)]
        corrections: Vec<Correction>,
    }
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let read = if value.is_array() {
        serde_json::from_value(value)
    } else {
        serde_json::from_value::<WithCorrections>(value).map(|w| w.corrections)
    };
    read.map_err(|e| format!("not a list of corrections: {e}"))
}
