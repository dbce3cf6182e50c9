//! Quotations printed without marks, found by their layout.
//!
//! In: one body paragraph with no quotation marks. Out: at most one `Quote`.
//! - A post: "text … — Name (@handle) Month D, YYYY".
//! - Unmarked speech: "What we do is our business, he continued." A sentence
//!   that ends with ", SPEAKER VERB" (plus a short time or source phrase) is
//!   speech printed verbatim when the speaker speaks in it as "I", "we" or
//!   "you"; in the third person it is the reporter's words, reported speech
//!   ("The port will reopen in May, she said."). Reported speech with the
//!   verb first ("he said that …") is the attribution stage's to find.

use crate::document::Article;
use crate::quotes::marks::marks;
use crate::quotes::quote::{Quote, QuoteKind};
use crate::text::lexicon::{lexicon, CueForm};
use crate::text::span::{floor_boundary, Span};
use crate::text::tokens::Word;
use crate::text::word_classes::{is_lone_opening_phrase, is_pronoun};
use crate::text::words::{sentences, TIME_WORDS};

/// Words that may follow the verb of a trailing reporting clause.
const TAIL_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "to",
    "during",
    "after",
    "before",
    "according",
    "then",
    "again",
    "reporters",
    "journalists",
];

/// An embedded post signed "— Name (@handle) date".
pub fn find_post(doc: &Article, paragraph: usize) -> Option<Quote> {
    let span = doc.paragraphs[paragraph].span;
    let text = doc.slice(span);
    // A byte search rules out nearly every paragraph before the pattern search.
    if !text.contains('@') {
        return None;
    }
    let handle = text.rfind("(@")?;
    let after_handle = &text[handle..];
    let closes = after_handle.find(')')?;
    let has_year = after_handle[closes..]
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4);
    let dash = text[..handle]
        .rfind([' ', '\u{a0}'])
        .and_then(|_| crate::text::words::last_dash(&text[..handle]))?;
    let name = Span::new(span.start + dash.1, span.start + handle).trim(&doc.text);
    let name_words = doc.slice(name).split_whitespace().count();
    if !has_year || !(1..=5).contains(&name_words) {
        return None;
    }
    let body = trim_links(doc, Span::new(span.start, span.start + dash.0));
    (!body.is_empty()).then_some(Quote {
        span: body,
        outer: body,
        kind: QuoteKind::Post,
        paragraph,
        continues_previous: false,
        byline: Some(name),
    })
}

/// Drops trailing links ("pic.twitter.com/…", "https://…") from a post.
fn trim_links(doc: &Article, span: Span) -> Span {
    let mut span = span.trim(&doc.text);
    loop {
        let text = doc.slice(span);
        let Some(last) = text.rsplit(char::is_whitespace).next() else {
            return span;
        };
        // "https://…", "pic.twitter.com/…", "t.co/…": a domain and a path.
        let domain = last.split('/').next().unwrap_or("");
        if last.contains("://") || (last.contains('/') && domain.contains('.')) {
            span = Span::new(span.start, span.end - last.len()).trim(&doc.text);
        } else {
            return span;
        }
    }
}

/// "What we do is our business, he continued." → "What we do is our business".
pub fn find_unmarked(doc: &Article, paragraph: usize) -> Option<Quote> {
    let span = doc.paragraphs[paragraph].span;
    // The cheap look first: most paragraphs have no trailing clause.
    if !has_trailing_clause(doc, span) || !marks(doc.slice(span), span.start).is_empty() {
        return None;
    }
    sentences(&doc.text, span, &[])
        .into_iter()
        .find_map(|sentence| {
            let text = doc.slice(sentence);
            let comma = text.rfind(',')?;
            let speech = Span::new(sentence.start, sentence.start + comma).trim(&doc.text);
            let clause = Span::new(sentence.start + comma + 1, sentence.end);
            // "Before the storm, Ruiz wrote to the council.": an opening
            // phrase is no speech.
            let long_enough =
                doc.text.words_in(speech).len() >= 3 && !is_lone_opening_phrase(&doc.text, speech);
            let kind = if speaks_in_person(&doc.text.words_in(speech)) {
                QuoteKind::Unmarked
            } else {
                QuoteKind::Reported
            };
            (long_enough && is_trailing_reporting_clause(doc, clause)).then_some(Quote {
                span: speech,
                outer: speech,
                kind,
                paragraph,
                continues_previous: false,
                byline: None,
            })
        })
}

/// Words by which speakers speak of themselves or to their hearers.
const FIRST_AND_SECOND_PERSON: &[&str] = &[
    "i",
    "i'm",
    "i’m",
    "i've",
    "i’ve",
    "i'd",
    "i’d",
    "i'll",
    "i’ll",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "we're",
    "we’re",
    "we've",
    "we’ve",
    "we'd",
    "we’d",
    "we'll",
    "we’ll",
    "us",
    "our",
    "ours",
    "ourselves",
    "you",
    "you're",
    "you’re",
    "you've",
    "you’ve",
    "you'll",
    "you’ll",
    "your",
    "yours",
];

/// True when the words speak as "I", "we" or "you" ("US", the country,
/// does not).
fn speaks_in_person(words: &[Word]) -> bool {
    words
        .iter()
        .any(|w| w.text != "US" && FIRST_AND_SECOND_PERSON.contains(&w.folded()))
}

/// A quick look before splitting sentences: some ", SPEAKER VERB …" ends a
/// sentence within a few words.
fn has_trailing_clause(doc: &Article, span: Span) -> bool {
    let text = doc.slice(span);
    text.match_indices(',').any(|(i, _)| {
        let Some(tail) = text[i + 1..].strip_prefix(' ') else {
            return false;
        };
        let first = tail.split_whitespace().next().unwrap_or("");
        let names_someone = first.starts_with(char::is_uppercase)
            || is_pronoun(first)
            || matches!(first, "the" | "a" | "an");
        if !names_someone {
            return false;
        }
        // The sentence must end within 120 bytes; look no further.
        let window = &tail[..floor_boundary(tail, 121)];
        let Some(end) = window
            .find(['.', '!', '?'])
            .or((tail.len() <= 120).then_some(tail.len()))
        else {
            return false;
        };
        tail[..end].split_whitespace().count() <= 10
            && is_trailing_reporting_clause(
                doc,
                Span::new(span.start + i + 1, span.start + i + 2 + end),
            )
    })
}

/// ", he continued." / ", Putin said according to AFP." / ", the minister told reporters."
fn is_trailing_reporting_clause(doc: &Article, clause: Span) -> bool {
    let tokens = doc.text.words_in(clause);
    let lex = lexicon();
    let Some(verb) = tokens
        .iter()
        .position(|w| lex.cues.get(w.folded()) == Some(&CueForm::Finite))
    else {
        return false;
    };
    let tail_ok = tokens.get(verb + 1).is_none_or(|w| {
        let lower = w.folded();
        TAIL_STARTS.contains(&lower) || TIME_WORDS.contains(&lower)
    }) && tokens.len() - verb <= 9;
    // "…, he declared:" introduces what follows; "…, Ruiz continued to say
    // …" goes on with its own report.
    let introduces = doc.slice(clause).trim_end().ends_with(':');
    let infinitive = tokens.get(verb + 1).is_some_and(|w| w.folded() == "to")
        && tokens.get(verb + 2).is_some_and(|w| !takes_to(w));
    tail_ok && !introduces && !infinitive && is_speaker_phrase(&tokens[..verb])
}

/// Whether `word` can follow "said to" as its hearer ("to reporters", "to
/// the crowd", "to Ruiz") rather than as a verb ("continued to say").
fn takes_to(word: &Word) -> bool {
    let lower = word.folded();
    word.is_capitalized()
        || crate::text::word_classes::DETERMINERS.contains(&lower)
        || matches!(
            lower,
            "reporters" | "journalists" | "supporters" | "me" | "us" | "him" | "them"
        )
}

/// "he", "Putin", "the minister", "Foreign Minister Ana Ruiz".
fn is_speaker_phrase(tokens: &[Word]) -> bool {
    let lex = lexicon();
    match tokens {
        [] => false,
        [one] if is_pronoun(one.text) => one.folded() != "it",
        _ if tokens.len() > 6 => false,
        [first, rest @ ..] => {
            let determiner = matches!(first.folded(), "the" | "a" | "an");
            let named = |w: &Word| w.is_capitalized() || lex.titles.contains(w.folded());
            (determiner || named(first)) && rest.iter().all(|w| named(w) || w.folded() == "of")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::quotes_of as found;

    #[test]
    fn unmarked_speech_with_trailing_verb() {
        assert_eq!(
            found("We will not move the market, the mayor said on Friday."),
            [(
                "We will not move the market".to_string(),
                QuoteKind::Unmarked
            )]
        );
    }

    #[test]
    fn unmarked_speech_in_the_third_person_is_reported() {
        assert_eq!(
            found("The market will not move, the mayor said on Friday."),
            [("The market will not move".to_string(), QuoteKind::Reported)]
        );
        assert_eq!(
            found("The US will help you rebuild, the envoy said.")[0].1,
            QuoteKind::Unmarked
        );
    }

    #[test]
    fn reported_speech_is_not_unmarked_quote() {
        assert!(found("The mayor said on Friday that the market would stay.").is_empty());
        assert!(
            found("In June, the council agreed to a plan which experts have said could work.")
                .is_empty()
        );
        // A clause that introduces what follows, or goes on with a verb.
        assert!(found("In a speech last May, the mayor said:").is_empty());
        assert!(found("Even after the flood, Ruiz continued to say the pier was safe.").is_empty());
        assert_eq!(
            found("We will rebuild the pier, Ruiz said to reporters.").len(),
            1
        );
    }

    #[test]
    fn post_with_signature() {
        let got = found(
            "The bridge is open again! pic.twitter.com/abc — Ana Ruiz (@mayor_ana) May 2, 2024",
        );
        assert_eq!(
            got,
            [("The bridge is open again!".to_string(), QuoteKind::Post)]
        );
    }
}
