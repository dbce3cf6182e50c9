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

mod list;
mod places;
mod speakers;

pub use list::{parse, Correction, QuoteRef};
pub use places::QuotePlaces;

use crate::attribution::Attributed;
use crate::clusters::moves::QuoteMove;
use crate::document::Document;
use crate::speakers::SpeakerTable;
use crate::text::code_points::CodePoints;
use places::quote_ref;

/// The quotes of the article named `doc` that the reader said are none.
pub fn not_quotes_in<'c>(corrections: &'c [Correction], doc: &str) -> Vec<&'c QuoteRef> {
    corrections
        .iter()
        .filter_map(|c| match c {
            Correction::NotAQuote { quote } if quote.doc == doc => Some(quote),
            _ => None,
        })
        .collect()
}

/// `quotes` of `doc` without those the reader marked as not quotes.
pub fn drop_not_quotes(
    corrections: &[Correction],
    doc: &Document,
    mut quotes: Vec<Attributed>,
) -> Vec<Attributed> {
    let marked = not_quotes_in(corrections, &doc.name);
    if marked.is_empty() {
        return quotes;
    }
    let points = CodePoints::new(&doc.text);
    quotes.retain(|q| !marked.contains(&&quote_ref(doc, &points, q)));
    quotes
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
