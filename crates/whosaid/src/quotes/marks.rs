//! Quotation marks: which characters open, which close, and which may do both.
//!
//! In: one paragraph's text. Out: its quotation marks in order, each with a
//! direction. Straight marks (" and the archives' doubled apostrophe '') take
//! their direction from the characters around them; single marks count only
//! when they cannot be apostrophes (Russia’s, don’t, ’90s).

use crate::text::span::Span;

/// Whether a mark opens or closes a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// “ « „ ‘
    Open,
    /// ” » ’
    Close,
    /// A straight mark with letters on neither or both sides.
    Either,
}

/// Double marks quote speech; single marks quote inside headlines and quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// “ ” " « » „ ''
    Double,
    /// ‘ ’ '
    Single,
}

/// One quotation mark in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// The mark's bytes in the document.
    pub span: Span,
    /// Which way it faces.
    pub direction: Direction,
    /// Double or single.
    pub family: Family,
    /// The character itself (`'` for the doubled apostrophe).
    pub glyph: char,
}

/// The quotation marks of `text`, which starts at document byte `offset`.
pub fn marks(text: &str, offset: usize) -> Vec<Mark> {
    let mut out = Vec::new();
    // Only the bytes of possible marks need a look: ASCII quotes, and the
    // lead bytes of the typographic ones (U+2018–U+201E, « and »).
    let bytes = text.as_bytes();
    let mut at = 0;
    // « and » (lead byte 0xC2) are rare: where the next one is, kept until
    // the scan passes it.
    let mut next_guillemet = memchr::memchr(0xC2, bytes);
    while let Some(start) = {
        if next_guillemet.is_some_and(|g| g < at) {
            next_guillemet = memchr::memchr(0xC2, &bytes[at..]).map(|g| at + g);
        }
        let other = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[at..]).map(|m| at + m);
        match (other, next_guillemet) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    } {
        let Some(c) = text[start..].chars().next() else {
            break;
        };
        let before = text[..start].chars().next_back();
        let doubled_apostrophe = c == '\'' && bytes.get(start + 1) == Some(&b'\'');
        let end = start + if doubled_apostrophe { 2 } else { c.len_utf8() };
        let after = text[end..].chars().next();
        let kind = if doubled_apostrophe {
            Some((straight_direction(before, after), Family::Double))
        } else {
            classify(c, before, after)
        };
        if let Some((direction, family)) = kind {
            out.push(Mark {
                span: Span::new(offset + start, offset + end),
                direction,
                family,
                glyph: c,
            });
        }
        at = end;
    }
    out
}

fn classify(c: char, before: Option<char>, after: Option<char>) -> Option<(Direction, Family)> {
    use Direction::*;
    let letter = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    match c {
        // A “ glued to the word before and followed by a space or stop is a
        // misprinted closing mark (“expedited review“ of …).
        '“' if before.is_some_and(|b| !b.is_whitespace() && !"([—–-/".contains(b))
            && after.is_none_or(|a| a.is_whitespace() || ".,;:!?)".contains(a)) =>
        {
            Some((Close, Family::Double))
        }
        '“' | '«' | '„' => Some((Open, Family::Double)),
        '”' | '»' => Some((Close, Family::Double)),
        '"' => Some((straight_direction(before, after), Family::Double)),
        '‘' | '‚' if letter(after) && !letter(before) => Some((Open, Family::Single)),
        '’' if !letter(after) && before.is_some_and(|b| !b.is_whitespace()) => {
            Some((Close, Family::Single))
        }
        '\'' if !(letter(before) && letter(after)) => {
            Some((straight_direction(before, after), Family::Single))
        }
        _ => None,
    }
}

/// A straight mark after a space (or at the start) opens; before a space,
/// punctuation or the end it closes.
fn straight_direction(before: Option<char>, after: Option<char>) -> Direction {
    let opens_after =
        |c: char| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '/' | '“' | '‘');
    let closes_before = |c: char| {
        c.is_whitespace() || c.is_ascii_punctuation() || matches!(c, '—' | '–' | '”' | '’' | '…')
    };
    match (before, after) {
        (None, _) => Direction::Open,
        (_, None) => Direction::Close,
        (Some(b), Some(a)) if opens_after(b) && !a.is_whitespace() => Direction::Open,
        (Some(b), Some(a)) if !b.is_whitespace() && closes_before(a) => Direction::Close,
        _ => Direction::Either,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dirs(text: &str) -> Vec<(char, Direction)> {
        marks(text, 0)
            .iter()
            .map(|m| (m.glyph, m.direction))
            .collect()
    }

    #[test]
    fn apostrophe_is_not_a_quote() {
        assert!(dirs("Russia’s troops don’t rest").is_empty());
        assert!(dirs("Russia's troops don't rest").is_empty());
    }

    #[test]
    fn straight_marks_take_direction_from_context() {
        use Direction::*;
        assert_eq!(dirs("said \"hi,\" then"), [('"', Open), ('"', Close)]);
        assert_eq!(dirs("''We won,'' he said"), [('\'', Open), ('\'', Close)]);
    }

    #[test]
    fn misprinted_opening_mark_closes() {
        use Direction::*;
        assert_eq!(
            dirs("an “expedited review“ of"),
            [('“', Open), ('“', Close)]
        );
    }

    #[test]
    fn guillemets_among_other_marks_are_all_found_in_order() {
        use Direction::*;
        assert_eq!(
            dirs("«Un» dit-il, “two” et « trois » puis \"four\" fin"),
            [
                ('«', Open),
                ('»', Close),
                ('“', Open),
                ('”', Close),
                ('«', Open),
                ('»', Close),
                ('"', Open),
                ('"', Close)
            ]
        );
    }

    #[test]
    fn single_marks_in_headline() {
        use Direction::*;
        assert_eq!(dirs("EU ‘alarmed’ by news"), [('‘', Open), ('’', Close)]);
    }
}
