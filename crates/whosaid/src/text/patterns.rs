//! Finding any of a few short patterns in one pass.
//!
//! In: a text and a handful of separators (", but ", "; ", " — ", …). Out:
//! where they occur. The rules ask for the first or last of several
//! separators in a clause tens of thousands of times; a search per pattern
//! sets up a searcher each time, while one scan for the patterns' first
//! bytes (`memchr`) reads the clause once.

use memchr::{memchr3_iter, memrchr3_iter};

/// Every place any of `patterns` starts in `text`, in order of place; where
/// several start at one place, each of them, in the order listed. Places
/// may overlap ("and and" holds " and " twice).
pub fn all_of<'p>(
    text: &'p str,
    patterns: &'p [&'p str],
) -> impl Iterator<Item = (usize, &'p str)> + 'p {
    let [a, b, c] = first_bytes(patterns);
    memchr3_iter(a, b, c, text.as_bytes())
        .flat_map(move |at| matches_at(text, at, patterns).map(move |p| (at, p)))
}

/// Where the first of `patterns` starts in `text`, and which one (the one
/// listed first when several start there).
pub fn first_of<'p>(text: &str, patterns: &'p [&'p str]) -> Option<(usize, &'p str)> {
    let [a, b, c] = first_bytes(patterns);
    memchr3_iter(a, b, c, text.as_bytes())
        .find_map(|at| first_match_at(text, at, patterns).map(|p| (at, p)))
}

/// Where the last of `patterns` starts in `text`, and which one.
pub fn last_of<'p>(text: &str, patterns: &'p [&'p str]) -> Option<(usize, &'p str)> {
    let [a, b, c] = first_bytes(patterns);
    memrchr3_iter(a, b, c, text.as_bytes())
        .find_map(|at| first_match_at(text, at, patterns).map(|p| (at, p)))
}

/// The patterns that start at byte `at` of `text`.
fn matches_at<'p>(
    text: &'p str,
    at: usize,
    patterns: &'p [&'p str],
) -> impl Iterator<Item = &'p str> + 'p {
    patterns
        .iter()
        .copied()
        .filter(move |p| starts_at(text, at, p))
}

/// The first of `patterns` (as listed) that starts at byte `at` of `text`.
fn first_match_at<'p>(text: &str, at: usize, patterns: &'p [&'p str]) -> Option<&'p str> {
    patterns.iter().copied().find(|p| starts_at(text, at, p))
}

fn starts_at(text: &str, at: usize, pattern: &str) -> bool {
    !pattern.is_empty() && text.as_bytes()[at..].starts_with(pattern.as_bytes())
}

/// The distinct first bytes of `patterns`, which may be at most three (the
/// separators the rules look for start with a space, a comma, a semicolon
/// or a dash).
fn first_bytes(patterns: &[&str]) -> [u8; 3] {
    let mut bytes = [0u8; 3];
    let mut count = 0;
    for first in patterns.iter().filter_map(|p| p.bytes().next()) {
        if !bytes[..count].contains(&first) {
            debug_assert!(count < 3, "at most three first bytes: {patterns:?}");
            bytes[count.min(2)] = first;
            count += 1;
        }
    }
    // Unused places repeat a byte already looked for.
    for i in count.max(1)..3 {
        bytes[i] = bytes[0];
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEPARATORS: &[&str] = &[", but ", " but ", "; ", ", "];

    #[test]
    fn finds_what_a_search_per_pattern_finds() {
        let text = "It held, but the pier; it fell, but then, done";
        let expected: Vec<(usize, &str)> = {
            let mut found: Vec<(usize, &str)> = SEPARATORS
                .iter()
                .flat_map(|p| text.match_indices(p))
                .collect();
            found.sort_by_key(|&(at, p)| (at, SEPARATORS.iter().position(|s| *s == p)));
            found
        };
        assert_eq!(all_of(text, SEPARATORS).collect::<Vec<_>>(), expected);
        assert_eq!(first_of(text, SEPARATORS), Some((7, ", but ")));
        assert_eq!(last_of(text, SEPARATORS), Some((40, ", ")));
        assert_eq!(first_of("no break here", &["; "]), None);
        assert_eq!(last_of("", SEPARATORS), None);
    }

    #[test]
    fn finds_places_that_overlap() {
        let found: Vec<usize> = all_of("go and and so", &[" and "])
            .map(|(at, _)| at)
            .collect();
        assert_eq!(found, [2, 6]);
    }

    #[test]
    fn reads_multibyte_dashes() {
        let dashes = &["— ", "– ", " - "];
        let text = "KYIV — The city – said - it";
        assert_eq!(first_of(text, dashes), Some((5, "— ")));
        assert_eq!(last_of(text, dashes), Some((26, " - ")));
    }
}
