//! Document → quotations.
//!
//! In: a `Document`. Out: every `Quote` in its body and headings, in text
//! order, as spans without the marks. Ideas that matter:
//! - marks pair within one paragraph, so a stray mark cannot swallow the
//!   article; a paragraph whose quotation is still open continues when the
//!   next paragraph opens with a mark (the news convention for long quotes);
//! - single marks quote only in headings (and inside double quotes, where they
//!   stay part of the parent);
//! - a heading that is nothing but a quotation is a section label;
//! - unmarked speech ("What we do is our business, he continued.") and
//!   embedded posts ("… — Name (@handle) date") are found by their layout.

pub mod marks;
mod quote;
pub mod unmarked;

use crate::document::{Article, Role};
use crate::quotes::marks::{marks, Direction, Family, Mark};
use crate::quotes::unmarked::{find_post, find_unmarked};
use crate::text::span::Span;
pub use quote::{Quote, QuoteKind};

/// Finds every quotation in `doc`.
pub fn find_quotes(doc: &Article) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open_from_previous = false;
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        match paragraph.role {
            Role::Body => {
                let next_opens = next_body_opens_with_mark(doc, index);
                let found = marked_quotes(doc, index, open_from_previous, next_opens);
                open_from_previous = found.iter().any(|q| q.1);
                if found.is_empty() {
                    quotes.extend(find_post(doc, index).or_else(|| find_unmarked(doc, index)));
                }
                quotes.extend(found.into_iter().map(|(q, _)| q));
            }
            Role::Heading => {
                open_from_previous = false;
                match find_post(doc, index) {
                    Some(post) => quotes.push(post),
                    None => quotes.extend(heading_quotes(doc, index)),
                }
            }
            Role::Boilerplate => {}
        }
    }
    quotes
}

fn next_body_opens_with_mark(doc: &Article, index: usize) -> bool {
    let Some(next) = doc.paragraphs.get(index + 1) else {
        return false;
    };
    // Only the paragraph's first character matters.
    let head = doc.slice(next.span);
    let head = &head[..head.char_indices().nth(2).map_or(head.len(), |(i, _)| i)];
    next.role == Role::Body
        && marks(head, next.span.start).first().is_some_and(|m| {
            m.family == Family::Double
                && m.span.start == next.span.start
                && m.direction != Direction::Close
        })
}

/// Pairs the double marks of one body paragraph. Returns each quote with a
/// flag telling whether it stays open into the next paragraph. A quote in
/// marks of another style nests inside its parent ("“…” inside "…"); it is
/// reported only when the parent never closes.
fn marked_quotes(
    doc: &Article,
    index: usize,
    continues_previous: bool,
    next_opens: bool,
) -> Vec<(Quote, bool)> {
    let span = doc.paragraphs[index].span;
    let tags = markup_tags(doc.slice(span), span.start);
    let doubles: Vec<Mark> = marks(doc.slice(span), span.start)
        .into_iter()
        .filter(|m| m.family == Family::Double && !tags.iter().any(|t| t.contains(m.span)))
        .collect();
    let quote_between = |opener: Mark, closer_end: usize, inner_end: usize| {
        let first_of_paragraph = opener.span.start == span.start;
        make_quote(
            doc,
            index,
            Span::new(opener.span.end, inner_end),
            Span::new(opener.span.start, closer_end),
            continues_previous && first_of_paragraph,
        )
    };
    let mut out = Vec::new();
    let mut open: Option<Mark> = None;
    let mut parent: Option<Mark> = None;
    let mut nested = Vec::new();
    for mark in doubles {
        match (open, mark.direction) {
            (None, Direction::Close) => {}
            (None, _) => open = Some(mark),
            (Some(opener), Direction::Open) if !closes_low_opener(opener, mark) => {
                if parent.is_none() && mark_style(mark.glyph) != mark_style(opener.glyph) {
                    parent = Some(opener);
                }
                open = Some(mark)
            }
            (Some(opener), _) => {
                let closes_nested = mark_style(mark.glyph) == mark_style(opener.glyph)
                    || closes_low_opener(opener, mark);
                match parent {
                    Some(outer) if closes_nested => {
                        nested.extend(quote_between(opener, mark.span.end, mark.span.start));
                        open = Some(outer);
                        parent = None;
                        continue;
                    }
                    // The nested quote never closed: this mark closes its parent.
                    Some(outer) => open = Some(outer),
                    None => {}
                }
                let opener = open.take().unwrap_or(opener);
                parent = None;
                nested.clear();
                out.extend(
                    quote_between(opener, mark.span.end, mark.span.start).map(|q| (q, false)),
                );
            }
        }
    }
    let open = parent.or(open);
    let carried = open.and_then(|opener| {
        let at_start = opener.span.start == span.start;
        (next_opens || at_start)
            .then(|| quote_between(opener, span.end, span.end))
            .flatten()
    });
    match carried {
        Some(quote) => out.push((quote, next_opens)),
        // "He said "no. “Yes,” she said.": a stray mark is no parent.
        None => out.extend(nested.into_iter().map(|q| (q, false))),
    }
    out.sort_by_key(|(q, _)| q.span.start);
    out
}

/// Marks of one style pair with each other: straight, curly, guillemets,
/// low-high and the archives' doubled apostrophe.
fn mark_style(glyph: char) -> u8 {
    match glyph {
        '"' => 0,
        '“' | '”' => 1,
        '«' | '»' => 2,
        '„' => 3,
        _ => 4,
    }
}

/// Markup left in scraped text (`<tweet id="…" author="…">`): the marks
/// inside a tag delimit attribute values, not quotations.
fn markup_tags(text: &str, offset: usize) -> Vec<Span> {
    let mut tags = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find('<').map(|i| rest + i) {
        let opens_tag = text[open + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        let Some(close) = text[open..].find('>').map(|i| open + i) else {
            break;
        };
        if opens_tag {
            tags.push(Span::new(offset + open, offset + close + 1));
        }
        rest = if opens_tag { close + 1 } else { open + 1 };
    }
    tags
}

/// „ is closed by “ in German-style quoting.
fn closes_low_opener(opener: Mark, mark: Mark) -> bool {
    opener.glyph == '„' && mark.glyph == '“'
}

fn make_quote(
    doc: &Article,
    paragraph: usize,
    inner: Span,
    outer: Span,
    continues_previous: bool,
) -> Option<Quote> {
    let span = inner.trim(&doc.text);
    if !doc.slice(span).chars().any(char::is_alphanumeric) {
        return None;
    }
    let kind = marked_kind(doc, paragraph, span, outer);
    if is_title_of_work(doc.slice(span)) && reads_as_a_name(doc, paragraph, outer, kind) {
        return None;
    }
    // "his memoir, “Gifted Hands,”", "the movie “13 Hours”": a work's name.
    if names_a_work(doc, paragraph, span, outer)
        || is_bylined_headline(doc, paragraph, span, outer)
        || names_a_policy(doc, paragraph, outer)
    {
        return None;
    }
    Some(Quote {
        span,
        outer,
        kind,
        paragraph,
        continues_previous,
        byline: None,
    })
}

/// Nouns of a rule or plan whose name news prints in marks before them.
const POLICY_NOUNS: &[&str] = &[
    "policy",
    "policies",
    "provision",
    "law",
    "rule",
    "doctrine",
    "act",
    "bill",
    "amendment",
    "clause",
    "slogan",
    "motto",
    "label",
    "agenda",
    "initiative",
    "program",
    "programme",
];

/// "the “don't ask, don't tell” policy", "its “Buy Local” rule": marks
/// before a noun of a rule or plan hold its name, not speech, unless a
/// speaker gives the name ("what her team calls her “…” agenda").
fn names_a_policy(doc: &Article, paragraph: usize, outer: Span) -> bool {
    let para = doc.paragraphs[paragraph].span;
    let after = doc.text.words_in(Span::new(
        outer.end,
        para.end.min(outer.end + 24).max(outer.end),
    ));
    let straight = doc.text[outer.end..].starts_with(' ');
    if !(straight
        && after
            .first()
            .is_some_and(|w| POLICY_NOUNS.contains(&w.text)))
    {
        return false;
    }
    let from = crate::text::span::floor_boundary(&doc.text, outer.start.saturating_sub(40))
        .max(para.start);
    let named_by_someone = doc
        .text
        .words_in(Span::new(from, outer.start))
        .iter()
        .rev()
        .take(3)
        .any(|w| {
            crate::text::lexicon::lexicon()
                .cues
                .contains_key(w.folded())
        });
    !named_by_someone
}

/// Small words that stay lowercase in titles.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by", "from", "is",
];

/// "Meet the Press", “How the Grinch Stole Christmas,”: a name of a work or
/// show in title case, printed in marks inside a sentence, is not speech.
pub(crate) fn is_title_of_work(words: &str) -> bool {
    // Word by word, leaving at the first that cannot be in a title.
    let mut count = 0;
    for raw in words.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else {
            continue;
        };
        count += 1;
        let capital = first.is_uppercase();
        let small = TITLE_SMALL_WORDS
            .iter()
            .any(|s| s.eq_ignore_ascii_case(word));
        if count > 8 || (count == 1 && !capital) || !(capital || first.is_numeric() || small) {
            return false;
        }
    }
    count >= 2
}

/// Nouns for works whose names news prints in quotation marks.
const WORK_NOUNS: &[&str] = &[
    "book",
    "memoir",
    "autobiography",
    "novel",
    "movie",
    "film",
    "biopic",
    "documentary",
    "show",
    "series",
    "drama",
    "thriller",
    "sitcom",
    "podcast",
    "program",
    "programme",
    "album",
    "song",
    "musical",
    "play",
    "ad",
    "spot",
    "column",
    "op-ed",
    "titled",
    "entitled",
];

/// A title-cased quote right after a word for a work ("book", "movie",
/// "titled"): the work's name, not speech.
fn names_a_work(doc: &Article, paragraph: usize, span: Span, outer: Span) -> bool {
    // The quote's own shape first: it rules out nearly every quotation.
    let words = doc.slice(span);
    if words.len() > 120 {
        return false;
    }
    let one_name = words.split_whitespace().count() == 1
        && words.starts_with(char::is_uppercase)
        && !words
            .trim_end_matches(['.', ',', '!', '?'])
            .contains(['.', '!', '?']);
    if !(one_name || is_title_of_work(words)) {
        return false;
    }
    // Three words back need no more than the last 60 bytes.
    let para = doc.paragraphs[paragraph].span;
    let from = crate::text::span::floor_boundary(&doc.text, outer.start.saturating_sub(60))
        .max(para.start);
    let before = &doc.text[from..outer.start];
    // "NBC’s “Today”", "television’s “Scandal,”": one name owned by a
    // network or medium is its show.
    let owned = one_name && (before.ends_with("’s ") || before.ends_with("'s "));
    owned
        || doc
            .text
            .words_in(Span::new(from, outer.start))
            .iter()
            .rev()
            .take(3)
            .any(|w| WORK_NOUNS.contains(&w.folded()))
}

/// "—“Met accused of whitewashing baby Jesus,” by Post's Kathianne
/// Boniello: …": a paragraph that opens with a quoted line, its comma and a
/// byline cites a piece by its headline; no one said those words.
fn is_bylined_headline(doc: &Article, paragraph: usize, span: Span, outer: Span) -> bool {
    let before = text_before(doc, paragraph, outer);
    let opens_paragraph = before.is_empty() || before.ends_with(['—', '–', '-']);
    let after = &doc.text[outer.end..doc.paragraphs[paragraph].span.end];
    opens_paragraph
        && doc.slice(span).ends_with(',')
        && after
            .strip_prefix(" by ")
            .is_some_and(|name| name.starts_with(char::is_uppercase))
}

/// Where a title-cased quotation is a name rather than speech: inside the
/// reporter's sentence ("starred in “Guardians of the Galaxy,”"), unless a
/// reporting word introduces it ("chanting “Bernie or Jill, No Hill,”").
/// Headlines are title-cased throughout, so there only partials qualify.
fn reads_as_a_name(doc: &Article, paragraph: usize, outer: Span, kind: QuoteKind) -> bool {
    if kind == QuoteKind::Partial {
        return true;
    }
    if doc.paragraphs[paragraph].role != Role::Body || starts_clause(doc, paragraph, outer) {
        return false;
    }
    // "called Merkel “The Chancellor …”", "referred to themselves as “…”".
    let cues = &crate::text::lexicon::lexicon().cues;
    !text_before(doc, paragraph, outer)
        .rsplit(char::is_whitespace)
        .take(3)
        .any(|word| cues.contains_key(&word.to_lowercase()))
}

/// Whether the quotation opens its paragraph or follows a punctuation mark
/// that ends a clause (":", ",", ".", a dash): not inside the reporter's words.
fn starts_clause(doc: &Article, paragraph: usize, outer: Span) -> bool {
    let before = text_before(doc, paragraph, outer);
    before.is_empty() || before.ends_with([':', ',', '.', '!', '?', '—', '–', '(', '”', '"'])
}

/// The paragraph's text before the quotation's opening mark.
fn text_before<'d>(doc: &Article<'d>, paragraph: usize, outer: Span) -> &'d str {
    let para = doc.paragraphs[paragraph].span;
    doc.text.as_str()[para.start..outer.start].trim_end()
}

/// Full when the quote starts its clause and reads like a sentence; partial
/// when it sits inside the reporter's words.
fn marked_kind(doc: &Article, paragraph: usize, span: Span, outer: Span) -> QuoteKind {
    let starts_clause = starts_clause(doc, paragraph, outer);
    let words = doc.slice(span);
    let first = words
        .chars()
        .find(|c| c.is_alphanumeric() || matches!(c, '…' | '['));
    let capital = first.is_some_and(|c| !c.is_lowercase());
    let sentence_end = words.ends_with(['.', '!', '?', ',', '…']);
    if capital && (starts_clause || (sentence_end && words.split_whitespace().count() >= 4)) {
        QuoteKind::Full
    } else {
        QuoteKind::Partial
    }
}

/// Quotations in a headline or heading, in double or single marks. A heading
/// that is only a quotation is a section label and yields nothing.
fn heading_quotes(doc: &Article, index: usize) -> Vec<Quote> {
    let span = doc.paragraphs[index].span;
    let all = marks(doc.slice(span), span.start);
    let mut out = Vec::new();
    let mut open: Option<Mark> = None;
    for mark in all {
        match open {
            None if mark.direction != Direction::Close => open = Some(mark),
            Some(opener) if opener.family == mark.family && mark.direction != Direction::Open => {
                let outer = Span::new(opener.span.start, mark.span.end);
                let whole_heading = outer.trim(&doc.text) == span;
                if !whole_heading {
                    let inner = Span::new(opener.span.end, mark.span.start);
                    out.extend(make_quote(doc, index, inner, outer, false).map(|mut q| {
                        q.kind = QuoteKind::Partial;
                        q
                    }));
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The quoted words and kinds of a text, for tests of this stage.
#[cfg(test)]
pub(crate) fn quotes_of(text: &str) -> Vec<(String, QuoteKind)> {
    let doc = crate::document::Document::new("t.txt", text.to_string(), vec![]);
    find_quotes(&doc.article())
        .iter()
        .map(|q| (doc.slice(q.span).to_string(), q.kind))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_full_and_partial_quotes() {
        let got = quotes_of(
            "“We will rebuild the bridge,” the mayor said, calling the flood “a disaster”.",
        );
        assert_eq!(
            got,
            [
                ("We will rebuild the bridge,".to_string(), QuoteKind::Full),
                ("a disaster".to_string(), QuoteKind::Partial)
            ]
        );
    }

    #[test]
    fn colon_quote_is_full() {
        let got = quotes_of("The mayor said: \"Nobody will be left behind.\"");
        assert_eq!(
            got,
            [("Nobody will be left behind.".to_string(), QuoteKind::Full)]
        );
    }

    #[test]
    fn continues_multi_paragraph_quote() {
        let text = "“The water came fast. We had no warning.\n\n“Then the power went out,” said Ana Ruiz, a resident.";
        let doc = crate::document::Document::new("t.txt", text.to_string(), vec![]);
        let quotes = find_quotes(&doc.article());
        assert_eq!(quotes.len(), 2);
        assert_eq!(
            doc.slice(quotes[0].span),
            "The water came fast. We had no warning."
        );
        assert!(quotes[1].continues_previous);
    }

    #[test]
    fn quote_in_other_marks_nests_inside_its_parent() {
        let text = "\"The port is closed. They call it “maintenance” now.\n\n\"It is not over,\" said Ana Ruiz.";
        let got = quotes_of(text);
        assert_eq!(
            got,
            [
                (
                    "The port is closed. They call it “maintenance” now.".to_string(),
                    QuoteKind::Full
                ),
                ("It is not over,".to_string(), QuoteKind::Full)
            ]
        );
        // A nested mark that never closes leaves its parent to the next mark.
        let got = quotes_of("\"The port is “closed. We know it,\" said Ana Ruiz.");
        assert_eq!(
            got,
            [(
                "The port is “closed. We know it,".to_string(),
                QuoteKind::Full
            )]
        );
        // A stray mark that never closes is no parent.
        let got = quotes_of("The mayor called it a \"bad day. “It will take weeks,” she said.");
        assert_eq!(got, [("It will take weeks,".to_string(), QuoteKind::Full)]);
    }

    #[test]
    fn unbalanced_mark_does_not_swallow_the_article() {
        let got = quotes_of("The mayor called it a \"bad day.\n\nRepairs start Monday. \"It will take weeks,\" she said.");
        assert_eq!(got, [("It will take weeks,".to_string(), QuoteKind::Full)]);
    }

    #[test]
    fn headline_quote_but_not_section_label() {
        let got =
            quotes_of("Mayor ‘shocked’ by flood damage\n\n‘Disaster’\n\nThe river rose overnight.");
        assert_eq!(got, [("shocked".to_string(), QuoteKind::Partial)]);
    }

    #[test]
    fn doubled_apostrophes_quote() {
        let got = quotes_of("''We are ready,'' the governor said.");
        assert_eq!(got, [("We are ready,".to_string(), QuoteKind::Full)]);
    }
}
