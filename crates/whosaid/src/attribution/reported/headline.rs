//! Headlines written in title case: "Ruiz Says Pier Will Reopen In May",
//! "Pier Will Reopen, Ruiz Says", "Council Calls For Harbour Vote". The
//! body's grammar reads lowercase verbs, so a headline has a reader of its
//! own: a name, a verb of saying, and the rest of the line as what was said.

use super::after_verb::CALLS;
use crate::text::lexicon::lexicon;
use crate::text::span::Span;
use crate::text::tokens::{Text, Word};
use crate::text::word_classes::SUBORDINATORS;
use crate::text::words::{is_auxiliary, is_preposition};

/// Most words of the name before a headline's verb ("Former Harbour
/// Master Tomas Reyes").
const NAME_WORDS: usize = 6;

/// Fewest words of what a headline reports.
const CONTENT_WORDS: usize = 2;

/// A statement a headline reports: who, by which verb, and what.
pub(super) struct HeadlineStatement {
    pub(super) mention: Span,
    pub(super) cue: Span,
    pub(super) content: Span,
}

/// The statement of a title-case headline, when its shape is "NAME VERB
/// CONTENT" or "CONTENT, NAME VERB".
/// The name must be written in the article below the headline too
/// ("Santorum Defends Comments On …" names no "Santorum Defends").
pub(super) fn headline_statement(text: &Text, headline: Span) -> Option<HeadlineStatement> {
    let words = text.words_in(headline);
    if !is_title_case(&words) {
        return None;
    }
    let found =
        trailing_tag(text, headline, &words).or_else(|| leading_name(text, headline, &words))?;
    let below = &text[headline.end..];
    let named_below = text
        .words_in(found.mention)
        .iter()
        .all(|w| below.contains(crate::text::words::strip_possessive(w.text)));
    named_below.then_some(found)
}

/// "Ruiz Says Pier Will Reopen": the name opens the line (after a label
/// such as "BREAKING:"), the verb follows it, and the rest is said.
fn leading_name(text: &Text, headline: Span, words: &[Word]) -> Option<HeadlineStatement> {
    let (verb_at, verb) = words
        .iter()
        .enumerate()
        .take(NAME_WORDS + 1)
        .skip(1)
        .find(|(_, w)| is_speech_verb(w))?;
    let label_end = words[..verb_at]
        .iter()
        .rposition(|w| text[w.span.end..].starts_with(':'))
        .map_or(0, |at| at + 1);
    let name = without_adverbs(&words[label_end..verb_at]);
    if !is_name(text, name) || !agrees(name, verb) {
        return None;
    }
    let mut content_at = verb_at + 1;
    // "Council Calls For Harbour Vote": a call reports with its preposition.
    if CALLS.contains(&verb.folded()) {
        let preposition = words.get(content_at)?;
        if !matches!(preposition.folded(), "for" | "on") {
            return None;
        }
        content_at += 1;
    }
    let content = words
        .get(content_at..)
        .filter(|c| c.len() >= CONTENT_WORDS)?;
    let end = first_break(text, content).unwrap_or(headline.end);
    Some(HeadlineStatement {
        mention: Span::new(name[0].span.start, name[name.len() - 1].span.end),
        cue: verb.span,
        content: trimmed(text, Span::new(content[0].span.start, end))?,
    })
}

/// "Pier Will Reopen, Ruiz Says.": a name and a verb close the line after
/// its last comma; what stands before the comma is said.
fn trailing_tag(text: &Text, headline: Span, words: &[Word]) -> Option<HeadlineStatement> {
    let verb = words.last().filter(|w| is_speech_verb(w))?;
    let comma = headline.start + headline.slice(text).rfind(',')?;
    let name_from = words.iter().position(|w| w.span.start > comma)?;
    let name = without_adverbs(&words[name_from..words.len() - 1]);
    if !is_name(text, name) || !agrees(name, verb) {
        return None;
    }
    let content = trimmed(text, Span::new(headline.start, comma))?;
    (text.words_in(content).len() >= CONTENT_WORDS).then(|| HeadlineStatement {
        mention: Span::new(name[0].span.start, name[name.len() - 1].span.end),
        cue: verb.span,
        content,
    })
}

/// Adverbs headlines set between a name and its verb ("Trump Just
/// Announced", "Senate Finally Confirms").
const HEADLINE_ADVERBS: &[&str] = &[
    "just",
    "finally",
    "now",
    "also",
    "again",
    "reportedly",
    "officially",
    "publicly",
];

/// `name` without the adverbs that close it.
fn without_adverbs<'w, 'd>(name: &'w [Word<'d>]) -> &'w [Word<'d>] {
    let kept = name
        .iter()
        .rposition(|w| !HEADLINE_ADVERBS.contains(&w.folded()))
        .map_or(0, |at| at + 1);
    &name[..kept]
}

/// A bare verb ("Call", "Claim", "State") has a plural subject ("Democrats
/// Call For …"); after a singular word it is a noun ("Obama's Last State
/// Of The Union", "Bombshell Claim").
fn agrees(name: &[Word], verb: &Word) -> bool {
    let past = verb.text.ends_with("ed") || matches!(verb.folded(), "said" | "told" | "wrote");
    let bare = !verb.text.ends_with('s') && !past;
    let plural = name.last().is_some_and(|w| w.text.ends_with('s'));
    !bare || plural
}

/// A capitalised verb of saying that is no auxiliary's participle ("Has
/// Said About" names what was said before it).
fn is_speech_verb(word: &Word) -> bool {
    word.is_capitalized() && lexicon().speech_verbs.contains(word.folded())
}

/// A short run of capitalised words (or a number: "2016 Democrats") with
/// no auxiliary and no verb of saying in it.
fn is_name(text: &Text, name: &[Word]) -> bool {
    let Some(first) = name.first() else {
        return false;
    };
    let capitalised = name
        .iter()
        .all(|w| w.is_capitalized() || w.text.starts_with(|c: char| c.is_ascii_digit()));
    // "Ben Carson Defends Himself Against Claims", "If Obama Says It":
    // a clause, not a name, stands before the verb.
    let verbless = name.iter().all(|w| {
        let word = w.folded();
        !is_auxiliary(word)
            && !lexicon().speech_verbs.contains(word)
            && (word == "of" || !is_preposition(word))
            && !SUBORDINATORS.contains(&word)
            && !matches!(
                word,
                "this" | "these" | "himself" | "herself" | "themselves"
            )
    });
    let last = &name[name.len() - 1];
    let unbroken = !text[first.span.start..last.span.end].contains([',', '.']);
    // "Clinton's Claim That …": after a possessive the verb is a noun.
    let possessive = crate::text::words::strip_possessive(last.text) != last.text;
    name.len() <= NAME_WORDS && capitalised && verbless && unbroken && !possessive
}

/// Title case: nearly every word longer than three letters is capitalised.
/// Looser than `document::is_title_cased`, which stops at the first word in
/// lowercase ("Guest Muslim Violence is Beyond Compare" is a headline):
/// that test, on all lines, decides where names may run; this one, on a
/// headline's verb of saying, lost 0.0004 of reported F1 when swapped.
fn is_title_case(words: &[Word]) -> bool {
    // Read for every paragraph: counted without collecting.
    let (long, capitalised) = words
        .iter()
        .filter(|w| w.text.len() > 3)
        .fold((0, 0), |(long, capitalised), w| {
            (long + 1, capitalised + usize::from(w.is_capitalized()))
        });
    long >= 3 && capitalised * 10 >= long * 9
}

/// Where a second part of the headline starts: a colon, a question, a
/// sentence's end or a dash.
fn first_break(text: &Text, content: &[Word]) -> Option<usize> {
    let from = content.first()?.span.start;
    let to = content.last()?.span.end;
    let region = &text[from..to];
    [". ", "? ", ": ", " – ", " — ", " - "]
        .iter()
        .filter_map(|b| region.find(b))
        .min()
        .map(|at| from + at)
}

/// `span` without the spaces and the closing period around it.
fn trimmed(text: &Text, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let body = slice.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let lead = body.len() - body.trim_start().len();
    (body.len() > lead).then(|| Span::new(span.start + lead, span.start + body.len()))
}
