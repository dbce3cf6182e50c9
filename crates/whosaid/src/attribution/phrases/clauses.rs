//! Subjects read from the start of a clause rather than from before a cue:
//! "The strongman leader then …", "When Mr. Trump tried …", "Speaking in
//! Paris, Ruiz …"; the introductory words and datelines passed over.

use crate::text::lexicon::lexicon;
use crate::text::patterns::first_of;
use crate::text::span::{floor_boundary, Span};
use crate::text::tokens::{Text, Word};
use crate::text::word_classes::{
    is_pronoun, links_back, opens_introduction, CLAUSE_OPENERS, DETERMINERS, INTRO_WORDS,
};
use crate::text::words::is_abbreviation_before;
use crate::text::words::strip_possessive;

/// The subject at the start of a sentence, when it names someone:
/// "The strongman leader then appeared to …" → "The strongman leader".
pub fn leading_subject(text: &Text, sentence: Span) -> Option<Span> {
    let tokens = text.words_in(sentence);
    let first = tokens.first()?;
    if is_pronoun(first.text) && first.folded() != "it" {
        return Some(first.span);
    }
    let lex = lexicon();
    let is_head = |w: &Word| {
        let lower = w.folded();
        lex.titles.contains(lower)
            || lex.source_nouns.contains(lower)
            || lex.organization_words.contains(lower)
    };
    // "The veteran mayor", "her campaign": a determiner, a few modifiers, a head noun.
    let mut i = 0;
    if DETERMINERS.contains(&first.folded()) {
        let head = tokens
            .iter()
            .skip(1)
            .take(4)
            .position(|w| is_head(w) || w.is_capitalized());
        match head {
            Some(at) => i = 1 + at,
            // "The billionaire businessman began …": no known head, so the
            // phrase runs up to the word that looks like its verb.
            None => return phrase_before_verb(&tokens),
        }
    }
    let mut end: Option<usize> = None;
    for word in &tokens[i..] {
        let lower = word.folded();
        let joins = lower == "of" && end.is_some();
        // A name does not run over punctuation ("Ukraine: North Korean …")
        // or into a verb ("THE EU IS …").
        let punctuated = end.is_some_and(|e| {
            let between = text[e..word.span.start].trim();
            let abbreviation = between == "." && is_abbreviation_before(text, first.span.start, e);
            !between.is_empty() && !abbreviation
        });
        let verb = end.is_some() && (COMMON_VERBS.contains(&lower) || lex.cues.contains_key(lower));
        if !(is_head(word) || word.is_capitalized() || joins) || punctuated || verb {
            break;
        }
        end = Some(word.span.end);
    }
    let span = Span::new(first.span.start, end?);
    // "of" cannot end a name.
    let span = match span.slice(text).strip_suffix(" of") {
        Some(stem) => Span::new(span.start, span.start + stem.len()),
        None => span,
    };
    Some(span)
}

/// Words that commonly follow a subject as its verb or auxiliary.
const COMMON_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "began", "took", "made", "went", "came",
    "gave", "got", "will", "would", "can", "could", "should", "did", "does", "also", "then", "may",
    "might", "must", "kept", "left", "saw", "felt", "thought", "knew", "became", "seems",
];

/// A determiner and up to three words, ended by a word that looks like a
/// verb ("walked", "is", "said").
fn phrase_before_verb(tokens: &[Word]) -> Option<Span> {
    let verb = tokens.iter().take(5).skip(2).position(|w| {
        let lower = w.folded();
        COMMON_VERBS.contains(&lower)
            || (lower.len() > 4 && lower.ends_with("ed"))
            || lexicon().cues.contains_key(lower)
    })?;
    let last = &tokens[1 + verb];
    Some(Span::new(tokens[0].span.start, last.span.end))
}

/// The subject of the clause in `region` (a sentence's words before a
/// quotation): an introductory phrase up to its comma is skipped.
pub fn clause_subject(text: &Text, region: Span) -> Option<Span> {
    let region = without_dateline(text, region);
    let slice = region.slice(text);
    let mut starts = vec![region.start];
    starts.extend(comma_starts(slice, region.start));
    let first_word = text.words_in(region).first().map(Word::folded)?;
    let skip_intro = INTRO_WORDS.contains(&first_word)
        || looks_like_participle(first_word)
        // "Immediately after …,", "Shortly after": an adverb opens the
        // sentence (a name like "Kelly" is still found by the fallbacks).
        || (first_word.len() > 5 && first_word.ends_with("ly"));
    if !skip_intro {
        return subject_at(text, region, region.start, false);
    }
    // After an introductory phrase the subject starts after one of its
    // commas: the first whose noun phrase is followed by a verb.
    starts[1..]
        .iter()
        .find_map(|&start| subject_at(text, region, start, true))
        .or_else(|| {
            starts
                .get(1)
                .and_then(|&start| subject_at(text, region, start, false))
        })
        // "When Mr. Trump tried to …": the subject right after the opener.
        .or_else(|| {
            let second = text.words_in(region).get(1)?.span.start;
            subject_at(text, region, second, true)
        })
        .or_else(|| subject_at(text, region, region.start, false))
}

/// Where a clause may start after a comma, a quotation's closing mark
/// included ("Holding signs that read “Fix it,” the fishermen …").
fn comma_starts(slice: &str, offset: usize) -> impl Iterator<Item = usize> + '_ {
    slice.match_indices(',').filter_map(move |(i, _)| {
        let rest = &slice[i + 1..];
        let after_marks = rest.trim_start_matches(crate::text::words::CLOSING_MARKS);
        let gap = rest.len() - after_marks.len();
        after_marks
            .starts_with(' ')
            .then(|| offset + i + 1 + gap + 1)
    })
}

/// The subject of the last clause in `region` when it is a pronoun right
/// after a comma or a clause opener, followed by a lowercase verb ("Eight
/// years ago, he supported …", "when he brought up …", "he looked up,
/// furrowed his brow").
pub fn last_clause_subject(text: &Text, region: Span) -> Option<Span> {
    let tokens = text.words_in(region);
    let mut starts: Vec<usize> = region
        .slice(text)
        .match_indices(", ")
        .map(|(i, _)| region.start + i + 2)
        .collect();
    starts.extend(
        tokens
            .iter()
            .filter(|w| CLAUSE_OPENERS.contains(&w.folded()))
            .map(|w| w.span.end),
    );
    starts.sort_unstable();
    // "he looked up, furrowed his brow": a verb in a series has no subject
    // of its own, so the clause before it is asked.
    for &start in starts.iter().rev() {
        let clause = Span::new(start, region.end).trim(text);
        let first = *text.words_in(clause).first()?;
        let next = text[first.span.end..region.end].trim_start();
        if is_pronoun(first.text) {
            return next.starts_with(char::is_lowercase).then_some(first.span);
        }
        // "such as when Cruz knocked Rubio …": a name after a clause opener.
        let after_opener = text[..clause.start]
            .trim_end()
            .ends_with(|c: char| c.is_alphabetic());
        if after_opener && first.is_capitalized() && !opens_introduction(first.text) {
            let subject = leading_subject(text, clause)?;
            // "passed along to Abedin and Mills a request": a verb follows
            // a subject, not a determiner.
            let next = text.words_in(Span::new(subject.end, region.end));
            let verb_follows = next.first().is_some_and(|w| {
                w.text.starts_with(char::is_lowercase) && !DETERMINERS.contains(&w.folded())
            });
            return verb_follows.then_some(subject);
        }
        let verb_in_series = first.text.ends_with("ed") && !first.is_capitalized();
        if !verb_in_series {
            return None;
        }
    }
    None
}

/// Openers of a clause a participle after it may belong to.
const HOST_CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "when", "where", "while", "as", "although", "though", "because",
];

/// The subject of the nearest clause before a participle set off by a
/// comma (and perhaps a short phrase) at `region.end`, when an opener or a comma starts that clause and
/// a verb follows its subject: "…, and he has battled with …, at one point
/// calling", "…, where about 50 protesters had gathered on Wednesday,
/// chanting", "When she appeared …, she declined …, saying". "And" and
/// "but" count only after a comma ("Trump and Cruz traded barbs" is one
/// subject).
pub fn nearest_clause_subject(text: &Text, region: Span) -> Option<Span> {
    // "…, at one point calling": the participle's phrase opens at a comma.
    let last_comma = region.slice(text).rfind(',')?;
    if text
        .words_in(Span::new(region.start + last_comma, region.end))
        .len()
        > 3
    {
        return None;
    }
    let tokens = text.words_in(region);
    tokens.iter().enumerate().rev().find_map(|(i, word)| {
        let lower = word.folded();
        let after_comma = text[region.start..word.span.start]
            .trim_end()
            .ends_with(',');
        let clause_from = if HOST_CLAUSE_OPENERS.contains(&lower)
            && (after_comma || !matches!(lower, "and" | "but"))
        {
            tokens.get(i + 1)?.span.start
        } else if after_comma && (word.is_capitalized() || is_pronoun(word.text)) {
            word.span.start
        } else {
            return None;
        };
        let subject = leading_subject(text, Span::new(clause_from, region.end))
            // "Mr. Trump's private club": a possessive is no subject.
            .filter(|s| strip_possessive(s.slice(text)).len() == s.len())?;
        let next = text.words_in(Span::new(subject.end, region.end));
        let verb_follows = next.first().is_some_and(|w| {
            let lower = w.folded();
            w.text.starts_with(char::is_lowercase)
                && !DETERMINERS.contains(&lower)
                // "Mr. Trump's club in …", "the mayor of …": no verb.
                && !crate::text::words::is_preposition(lower)
                && !matches!(lower, "of" | "to" | "and")
        });
        verb_follows.then_some(subject)
    })
}

/// `region` after a dateline that opens it: "WASHINGTON —", "KYIV,
/// Ukraine (AP) —", "Washington (AFP) –".
pub fn without_dateline(text: &Text, region: Span) -> Span {
    let slice = region.slice(text);
    let head = &slice[..floor_boundary(slice, 80)];
    let dash = first_of(head, &[" — ", " – ", " - ", " -- ", "—"]).map(|(at, d)| (at, d.len()));
    let Some((at, len)) = dash else {
        return region;
    };
    let place = &slice[..at];
    let first = place.split_whitespace().next().unwrap_or("");
    let shouted = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first.chars().any(char::is_lowercase);
    let agency = place.trim_end().ends_with(')');
    let short = place.split_whitespace().count() <= 6;
    if short && (shouted || agency) {
        Span::new(region.start + at + len, region.end).trim(text)
    } else {
        region
    }
}

/// The subject of the clause that starts at `start` inside `region`.
fn subject_at(text: &Text, region: Span, start: usize, verb_must_follow: bool) -> Option<Span> {
    {
        let clause = Span::new(start, region.end);
        let tokens = text.words_in(clause);
        let skip = usize::from(tokens.first().is_some_and(|w| links_back(w.folded())));
        let clause = Span::new(tokens.get(skip)?.span.start, clause.end);
        let subject = leading_subject(text, clause)?;
        // A subject is followed by its verb, not by a comma.
        let next = text[subject.end..region.end].trim_start();
        let verb_follows = next.is_empty() || next.starts_with(|c: char| c.is_lowercase());
        (verb_follows || !verb_must_follow).then_some(subject)
    }
}

/// "Horrified", "Speaking": a capitalised first word that
/// opens an introductory phrase rather than naming a subject.
fn looks_like_participle(word: &str) -> bool {
    word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing"))
}
