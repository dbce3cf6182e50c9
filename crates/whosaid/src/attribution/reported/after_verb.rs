//! The clause a verb of saying reports after it: "said (that) …", "told
//! reporters …", "asked whether …", "called for …", "According to X, …",
//! "As X reported, …", and the question put in "Asked if …, Ruiz said".

use super::sentence::{names_after, source_fits, tag_end, Sentence, TAG_WORDS};
use crate::attribution::cues::{cues_in, is_noun_prone, Cue};
use crate::text::span::Span;
use crate::text::tokens::Word;
use crate::text::word_classes::{is_pronoun, SUBORDINATORS};
use crate::text::words::{is_auxiliary, is_preposition, TIME_WORDS};

/// Most words between a cue and the "that" that opens its clause ("said in
/// a statement on Monday that").
const THAT_WITHIN_WORDS: usize = 8;

/// Words that open a clause of time or reason after a verb: what they open
/// is no report ("said as she left").
const CONJUNCTIONS: &[&str] = &[
    "as", "while", "when", "because", "although", "though", "until", "since", "and", "but",
];

/// Verbs that report speech only with "that" after them.
const THAT_ONLY: &[&str] = &[
    "maintain",
    "maintains",
    "maintained",
    "declare",
    "declares",
    "declared",
    "state",
    "states",
    "stated",
    "charge",
    "charges",
    "charged",
];

/// "call for", "calls on": a call reports only with its preposition.
pub(super) const CALLS: &[&str] = &["call", "calls", "called", "calling"];

/// Verbs of saying whose report may be an infinitive ("vowed to fight").
pub(super) const TAKES_INFINITIVE: &[&str] = &[
    "promise",
    "promises",
    "promised",
    "promising",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "agree",
    "agrees",
    "agreed",
    "agreeing",
];

/// Where the clause starts after a verb: after "that" when it follows
/// within a few words, else after the addressee of "told", else right after
/// the verb. None when the verb closes a tag (", he said.", "…, said Ruiz,
/// the mayor") or a phrase follows it ("said in an interview", "told
/// reporters on Monday", "said as she left"): what it reports stands
/// elsewhere.
pub(super) fn after_verb(sentence: &Sentence, cue: Cue) -> Option<usize> {
    let text = sentence.text;
    let rest = &text[cue.span.end..sentence.span.end];
    let punctuation = [',', '.', ';', ':', '?', '!', '—', '–', '-', ')'];
    if rest.trim_start().starts_with(punctuation) || is_inverted_tag(sentence, cue) {
        return None;
    }
    let words = text.words_in(Span::new(cue.span.end, sentence.span.end));
    let verb = cue.span.slice(text).to_lowercase();
    let family = |forms: &[&str]| forms.contains(&verb.as_str());
    let has_addressee = family(&["told", "tell", "tells", "telling"])
        || family(&["ask", "asks", "asked", "asking"]);
    // "Massachusetts and Vermont, states that vote in March": right after a
    // comma, with no subject of its own, "states" is the noun.
    let after_comma = text[sentence.span.start..cue.span.start]
        .trim_end()
        .ends_with(',');
    if after_comma && family(&["states", "state"]) {
        return None;
    }
    // "Rust Belt states that have suffered": "that" with a verb right
    // after it is a relative pronoun, and the cue word its noun.
    if is_noun_prone(&verb) && relative_that(&words) {
        return None;
    }
    if let Some(after_that) = that_opening(sentence, cue, &words, has_addressee) {
        return Some(after_that);
    }
    // "maintains a lead", "declared victory", "Rust Belt states": without
    // "that" these words are deeds or nouns.
    if family(THAT_ONLY) {
        return None;
    }
    // "called for a recount", "calls on the council to …": the call's
    // object is what was said; "called" alone names ("a group called …").
    if family(CALLS) {
        words
            .first()
            .filter(|w| matches!(w.folded(), "for" | "on"))?;
        return words.get(1).map(|w| w.span.start);
    }
    let asks = family(&["ask", "asks", "asked", "asking"]);
    // "asked the council whether …": what was asked starts at its question word.
    let question = asks
        .then(|| {
            words.iter().take(6).position(|w| {
                matches!(
                    w.folded(),
                    "whether" | "if" | "why" | "how" | "what" | "when"
                )
            })
        })
        .flatten();
    let addressee = if let Some(at) = question {
        at
    } else if asks || family(&["told", "tell", "tells", "telling"]) {
        addressee_words(&words)
    } else {
        0
    };
    // "said Tuesday that", "tweeted Sunday after …": a time word is no part
    // of what was said.
    let first = words[addressee..]
        .iter()
        .find(|w| !TIME_WORDS.contains(&w.folded()))?;
    let lower = first.folded();
    // "asked about the fees", "asked for a recount": what was asked.
    let asked_about = asks && matches!(lower, "about" | "for");
    // "said about half of …", "said over 300 …": a number, not a phrase.
    let approximates = matches!(lower, "about" | "around" | "over" | "nearly")
        && words_after(&words, first).is_some_and(is_number);
    let opens_phrase = is_preposition(lower) && !asked_about && !approximates
        || CONJUNCTIONS.contains(&lower)
        || matches!(
            lower,
            "of" | "back" | "up" | "out" | "off" | "himself" | "herself"
        )
        || lower == "to" && !TAKES_INFINITIVE.contains(&verb.as_str());
    if !opens_phrase {
        return Some(first.span.start);
    }
    // "said for weeks he is the only one", "said in an interview they
    // would": after a short phrase, a clause opened by its subject pronoun.
    let pronoun = words_after_phrase(&words, first)?;
    (is_preposition(lower) && !asked_about).then_some(pronoun.span.start)
}

/// Most words of a phrase between a verb and the pronoun opening its clause.
const PHRASE_WORDS: usize = 5;

/// The subject pronoun that follows a short phrase opened by `first`.
fn words_after_phrase<'w, 'd>(words: &'w [Word<'d>], first: &Word) -> Option<&'w Word<'d>> {
    let at = words.iter().position(|w| w.span == first.span)?;
    words[at + 1..]
        .iter()
        .take(PHRASE_WORDS)
        .find(|w| matches!(w.folded(), "he" | "she" | "they" | "we" | "i" | "it"))
}

/// The word after `word` among `words`.
fn words_after<'w, 'd>(words: &'w [Word<'d>], word: &Word) -> Option<&'w Word<'d>> {
    let at = words.iter().position(|w| w.span == word.span)?;
    words.get(at + 1)
}

/// "300", "half", "two": a number in words or digits.
fn is_number(word: &Word) -> bool {
    word.text.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            word.folded(),
            "half"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "dozen"
                | "hundreds"
                | "thousands"
                | "millions"
        )
}

/// Where the clause starts after a "that" a few words past the verb, when
/// the words between only frame the saying: where, when or how ("said in a
/// statement on Monday that", "said as she left that", "said publicly
/// that") or, after "told" and
/// "asked", to whom ("told the committee that"); or name what is said
/// ("did not deny reports that"). In "said she backed the plan that …" the
/// "that" belongs to a clause of its own.
/// "that have", "that was": "that" followed at once by an auxiliary.
fn relative_that(words: &[Word]) -> bool {
    matches!(words, [that, next, ..] if that.folded() == "that" && is_auxiliary(next.folded()))
}

fn that_opening(
    sentence: &Sentence,
    cue: Cue,
    words: &[Word],
    has_addressee: bool,
) -> Option<usize> {
    let text = sentence.text;
    let at = words
        .iter()
        .take(THAT_WITHIN_WORDS)
        .position(|w| w.folded() == "that")?;
    let between = Span::new(cue.span.end, words[at].span.start);
    // "said the pier was safe but added that": the "that" of another cue.
    let another_cue = !cues_in(text, between, sentence.quoted).is_empty();
    let frames = has_addressee
        || names_a_saying(&words[..at])
        || words[..at].first().is_none_or(|w| {
            let word = w.folded();
            is_preposition(word)
                || SUBORDINATORS.contains(&word)
                || TIME_WORDS.contains(&word)
                || word.ends_with("ly")
        });
    (frames && !another_cue && !between.slice(text).contains([',', ';', '“', '"']))
        .then_some(words[at].span.end)
}

/// Nouns whose "that" opens what they say ("denied reports that …").
const NOUNS_OF_SAYING: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "suggestion",
    "suggestions",
    "accusation",
    "accusations",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "assurance",
    "assurances",
];

/// "reports", "the claim", "this suggestion": a noun of saying, with at
/// most a determiner before it.
fn names_a_saying(words: &[Word]) -> bool {
    match words {
        [noun] => NOUNS_OF_SAYING.contains(&noun.folded()),
        [determiner, noun] => {
            crate::text::word_classes::DETERMINERS.contains(&determiner.folded())
                && NOUNS_OF_SAYING.contains(&noun.folded())
        }
        _ => false,
    }
}

/// How many words name whom "told" tells: a pronoun, "reporters", or a
/// run of capitalised words ("told Fox News the plan …").
fn addressee_words(words: &[Word]) -> usize {
    let Some(first) = words.first() else {
        return 0;
    };
    if is_pronoun(first.text) || first.folded() == "reporters" {
        return 1;
    }
    words.iter().take_while(|w| w.is_capitalized()).count()
}

/// "…, said Ana Ruiz, the mayor": a cue right after a comma with only a
/// name behind it opens a tag that names its speaker, not a clause of its
/// own ("Ruiz, the mayor, said the pier was …" reports one).
fn is_inverted_tag(sentence: &Sentence, cue: Cue) -> bool {
    let text = sentence.text;
    let before = text[sentence.span.start..cue.span.start].trim_end();
    // "…,'' said Bryan English": a partial quotation may close before it.
    before.ends_with([',', '”', '"', '\'', '’']) && names_after(sentence, cue)
}

/// "As The Post reported, CLAUSE", "As reported by the council on Monday,
/// CLAUSE": an opening "as" clause names the source of the sentence's
/// main clause.
pub(super) fn after_as_clause(sentence: &Sentence, cue: Cue) -> Option<usize> {
    let text = sentence.text;
    let opening = Span::new(sentence.span.start, cue.span.start);
    let first = text.words_in(opening).first()?.folded();
    if first != "as" || opening.slice(text).contains(',') {
        return None;
    }
    let comma = tag_end(sentence, cue);
    let tail = text.words_in(Span::new(cue.span.end, comma)).len();
    (comma < sentence.span.end && tail <= TAG_WORDS).then_some(comma + 1)
}

/// "According to the report, CLAUSE": the clause after the comma that
/// closes the source, when "according to" opens the sentence.
pub(super) fn after_source(sentence: &Sentence, cue: Cue) -> Option<usize> {
    let text = sentence.text;
    if !text[sentence.span.start..cue.span.start].trim().is_empty() {
        return None;
    }
    let comma = tag_end(sentence, cue);
    (comma < sentence.span.end && source_fits(sentence, cue, comma)).then_some(comma + 1)
}

/// Words right before "asked" that make it passive: "when asked whether",
/// "was asked about".
const PASSIVE_ASKING: &[&str] = &[
    "when", "was", "were", "is", "are", "being", "been", "if", "after", "once",
];

/// Words that open what a question asks.
const QUESTION_WORDS: &[&str] = &[
    "whether", "if", "why", "how", "what", "when", "who", "whom", "which",
];

/// "Asked if the pier was safe, Ruiz said", "…, she said when asked which
/// plan she backs", "Asked about the fees, …": a passive "asked" reports
/// the question put to the speaker, from its question word (or after
/// "about") on; who asked is no one in the sentence but an agent ("Asked by
/// Reyes whether …").
pub(super) fn passive_question(sentence: &Sentence, cue: Cue) -> Option<usize> {
    let text = sentence.text;
    if !cue.span.slice(text).eq_ignore_ascii_case("asked") {
        return None;
    }
    let opening = text.words_in(Span::new(sentence.span.start, cue.span.start));
    let passive = opening
        .last()
        .is_none_or(|w| PASSIVE_ASKING.contains(&w.folded()));
    if !passive {
        return None;
    }
    let words = text.words_in(Span::new(cue.span.end, sentence.span.end));
    // "Asked later by Fox News whether": a few words of manner, time or
    // agent, with no break, before the question.
    let at = words
        .iter()
        .take(6)
        .position(|w| QUESTION_WORDS.contains(&w.folded()) || w.folded() == "about")?;
    let unbroken = !text[cue.span.end..words[at].span.start].contains([',', ';', '.', ':']);
    let question = &words[at];
    let start = if question.folded() == "about" {
        words.get(at + 1)?.span.start
    } else {
        question.span.start
    };
    unbroken.then_some(start)
}
