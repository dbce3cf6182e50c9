//! What the quotes stage hands on: one `Quote` per quotation, with its kind.
//!
//! In: nothing (types only). Out: `Quote` and `QuoteKind`, shared by the
//! readers of marks, unmarked speech and posts.

use crate::text::span::Span;

/// How a quotation is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A sentence or more in quotation marks.
    Full,
    /// A fragment quoted inside the reporter's own sentence.
    Partial,
    /// Verbatim speech printed without marks.
    Unmarked,
    /// An embedded social-media post.
    Post,
    /// Speech reported without quotation marks: the clause after "said
    /// (that)", "according to X".
    Reported,
}

/// One quotation in one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without marks.
    pub span: Span,
    /// The quoted words with their marks (same as `span` when unmarked).
    pub outer: Span,
    /// How it is printed.
    pub kind: QuoteKind,
    /// Index of its paragraph in `Document::paragraphs`.
    pub paragraph: usize,
    /// True for the second and later paragraphs of a multi-paragraph quote.
    pub continues_previous: bool,
    /// For posts: the author's name in the signature line.
    pub byline: Option<Span>,
}
