//! Roles and bodies: which family a title belongs to, so that "the
//! strongman leader" and "President Vladimir Putin" can be told to be the
//! same person, and what a body's description says of its name.
//!
//! In: the words of a role, a description or a body's mention. Out: their
//! role families ("president", "spokesman", "senator" …; honorifics and
//! words that tell only the time of a role, "Mr.", "former", belong to
//! none), the words of a body's name a description stands for ("the
//! company" for "… Corp."), and the country that owns a body.

use crate::text::lexicon::lexicon;
use crate::text::words::lowercase;
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
        // An honorific ("Mr.") or a time ("former") tells no role.
        .filter(|w| lex.titles.contains(w) && !lex.places.contains(w) && !tells_no_role(w))
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
fn tells_no_role(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs" | "ms" | "miss" | "mx" | "former" | "ex" | "then" | "late" | "acting"
    )
}

/// Words in a body's name that say what "the company" or "the party"
/// would: a company is an "Inc." or a "Corp.".
pub(crate) fn body_words(head: &str) -> &'static [&'static str] {
    match head {
        "company" | "firm" => &["corp", "corporation", "inc", "co", "ltd", "llc", "group"],
        "party" => &["gop", "democrats", "republicans"],
        "paper" | "newspaper" => &["times", "post", "journal", "tribune", "herald"],
        // A government body: "the agency" after "the State Department".
        "agency" => &[
            "department",
            "agency",
            "bureau",
            "administration",
            "service",
            "commission",
            "office",
        ],
        _ => &[],
    }
}

/// "Ukraine’s GUR military intelligence" → "Ukraine": a country in the
/// possessive that owns the body named after it, or the country its name
/// ends in ("Defense Intelligence of Ukraine").
pub(crate) fn possessing_place(mention: &str) -> Option<String> {
    let first = mention
        .split_whitespace()
        .find(|w| !w.eq_ignore_ascii_case("the"))?;
    let stem = strip_possessive(first);
    let place = stem != first && lexicon().places.contains(&*lowercase(stem));
    place
        .then(|| stem.to_string())
        .or_else(|| place_after_of(mention))
}

/// "the Defense Intelligence of Ukraine", "the Bank of England": the place
/// a body's name ends in after "of".
fn place_after_of(mention: &str) -> Option<String> {
    let (_, after) = mention.rsplit_once(" of ")?;
    let after = after.trim();
    let after = after.strip_prefix("the ").unwrap_or(after);
    let places = &lexicon().places;
    let is_place = !after.is_empty()
        && after
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && places.contains(&*lowercase(w)));
    is_place.then(|| after.to_string())
}
