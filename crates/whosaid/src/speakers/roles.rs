//! Roles: which family a title belongs to, so that "the strongman leader"
//! and "President Vladimir Putin" can be told to be the same person.
//!
//! In: the words of a role or a description. Out: their role families
//! ("president", "spokesman", "senator" …); honorifics and words that tell
//! only the time of a role ("Mr.", "former") belong to none.

use crate::text::lexicon::lexicon;
use crate::text::words::strip_possessive;

/// Role words that can stand for one another in a description ("the
/// strongman leader" for a president). A word outside these families is its
/// own family.
const ROLE_FAMILIES: &[&[&str]] = &[
    &[
        "president",
        "leader",
        "head",
        "chief",
        "premier",
        "strongman",
        "dictator",
        "ruler",
        "chancellor",
        "prime",
        "king",
        "queen",
        "monarch",
        "autocrat",
    ],
    &["spokesman", "spokeswoman", "spokesperson"],
    &["official", "officials", "aide", "adviser", "advisor"],
    &["minister", "secretary"],
    &[
        "senator",
        "sen",
        "lawmaker",
        "congressman",
        "congresswoman",
        "representative",
        "rep",
        "legislator",
    ],
    &["governor", "gov"],
];

/// The role families of the title words in `words`.
pub(crate) fn role_families(words: &str) -> Vec<String> {
    let lex = lexicon();
    words
        .split_whitespace()
        .map(|w| strip_possessive(w).trim_end_matches('.').to_lowercase())
        // An honorific ("Mr.") tells no role.
        .filter(|w| lex.titles.contains(w) && !lex.places.contains(w) && !is_honorific(w))
        .map(|w| {
            ROLE_FAMILIES
                .iter()
                .find(|family| family.contains(&w.as_str()))
                .map_or(w.clone(), |family| family[0].to_string())
        })
        .collect()
}

/// Words among the titles that tell no role of their own: honorifics
/// ("Mr.") and the time of one ("former", "then").
fn is_honorific(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs" | "ms" | "miss" | "mx" | "former" | "ex" | "then" | "late" | "acting"
    )
}
