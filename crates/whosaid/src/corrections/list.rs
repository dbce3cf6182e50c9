//! The corrections as the reader makes them and the report lists them,
//! and reading them back from JSON.

use serde::{Deserialize, Serialize};

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
