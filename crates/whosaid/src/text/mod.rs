//! The shared text tools every stage stands on: spans (byte ranges into a
//! document), words and sentences, the lexicon of word lists in `data/`,
//! and a union-find for grouping. Nothing here knows about quotes or
//! speakers, and nothing here imports a stage.
//!
//! In: a document's text (or a word of it). Out: spans, word tokens and
//! sentences over that text, and answers about words from the lexicon.

pub mod code_points;
pub mod lexicon;
pub mod patterns;
pub mod span;
pub mod tokens;
pub mod union_find;
pub mod word_classes;
pub mod words;
