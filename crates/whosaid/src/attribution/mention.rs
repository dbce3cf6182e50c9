//! The words that name a quote's speaker in its own sentence: the subject of
//! a cue, the name after an inverted cue, or the clause's subject when no cue
//! reports the quote.

use super::context::clause_start;
use crate::attribution::cues::{cues_in, Cue, CueShape};
use crate::attribution::phrases::{
    can_speak, clause_subject, last_clause_subject, name_after, nearest_clause_subject,
    subject_before, verb_side_start,
};
use crate::document::Article;
use crate::quotes::Quote;
use crate::text::lexicon::CueForm;
use crate::text::span::Span;
use crate::text::tokens::{Text, Word};
use crate::text::word_classes::{is_pronoun, opens_introduction};
use crate::text::words::is_auxiliary;
use crate::text::words::lowercase;

/// Without a usable cue, the subject of the quote's clause speaks ("She
/// admitted “one or two instances” …"), as annotators of news read it; a
/// quote after "Name:" belongs to that name; a quote followed by ", she
/// elaborated" to the pronoun or name there.
pub(super) fn subject_without_cue(
    doc: &Article,
    quote: &Quote,
    sentence: Span,
    quoted: &[Span],
) -> Option<Span> {
    let text = &doc.text;
    let clause_start = clause_start(quoted, sentence, quote.outer.start);
    let before = Span::new(clause_start, quote.outer.start);
    if let Some(name) = before.slice(text).trim_end().strip_suffix(':') {
        // "Pollsters agree - Carl Bialik: “…”": the name after the dash.
        let label = crate::text::words::last_dash(name).map_or(0, |(_, after)| after);
        let head = Span::new(before.start + label, before.start + name.len());
        // "McConnell delivered a blunt message to Trump:": a clause before
        // the colon has its subject first; a bare label is the name itself.
        let words = text.words_in(head).len();
        let clause = (words > 5)
            .then(|| clause_subject(text, head))
            .flatten()
            .filter(|span| can_speak(text, *span));
        if let Some(span) = clause.or_else(|| subject_before(text, head)) {
            return Some(span);
        }
    }
    // "Holding signs that read “…,” the fishermen marched": the subject
    // after the phrase the quote opens with.
    if opens_sentence(text, sentence, quote.outer.start) {
        return subject_after(text, sentence, quote.outer.end);
    }
    // "Clinton endorsed the deal, although she made it clear that she has
    // “serious concerns”": the nearest clause's subject, outside the "that"
    // clause (what is reported there does not speak).
    let before_that = text[before.start..before.end]
        .rfind(" that ")
        .map_or(before, |at| Span::new(before.start, before.start + at));
    last_clause_subject(text, before_that)
        .or_else(|| clause_subject(text, before))
        .filter(|span| can_speak(text, *span))
        .or_else(|| trailing_speaker(text, quote.outer.end, sentence.end))
}

/// Verbs that take an object, so the name after them is not their subject
/// ("Ramos told AFP").
const TRANSITIVE: &[&str] = &[
    "told",
    "tell",
    "tells",
    "asked",
    "ask",
    "asks",
    "urged",
    "urge",
    "urges",
    "called",
    "call",
    "calls",
    "informed",
    "assured",
    "accused",
    "described",
    "dismissed",
    "branded",
    "labeled",
    "labelled",
    "termed",
    "mocked",
    "praised",
];

pub(super) fn mention_for(
    doc: &Article,
    cue: Cue,
    quote: &Quote,
    sentence: Span,
    quoted: &[Span],
) -> Option<Span> {
    let text = &doc.text;
    if cue.shape == CueShape::According {
        return name_after(text, cue.span.end, sentence.end);
    }
    if let Some(agent) = passive_agent(text, cue.span, quote.outer, sentence) {
        return Some(agent);
    }
    let clause_start = clause_start(quoted, sentence, cue.span.start);
    if cue.shape == CueShape::Verb(CueForm::Participle) {
        // "…, with the union calling her “…”", "– Ryan saying …": the
        // participle's own subject.
        if let Some(subject) = participle_subject(text, Span::new(clause_start, cue.span.start)) {
            return Some(subject);
        }
        // "After blasting the report, Beck …": an opening phrase belongs to
        // the subject after it.
        if opens_sentence(text, sentence, cue.span.end) {
            return subject_after(text, sentence, cue.span.end);
        }
        // "…, and he has battled with Guardian …, at one point calling": the
        // subject of the clause the participle follows.
        if let Some(subject) = nearest_clause_subject(text, Span::new(clause_start, cue.span.start))
        {
            return Some(subject);
        }
        // "Trump went after Bush, calling him …": the sentence's subject,
        // even across a quotation ("Carson shared a class called “…” on
        // his page, writing").
        return sentence_subject(text, sentence, clause_start, cue.span.start, quoted);
    }
    let gap = Span::new(clause_start, cue.span.start);
    let may_invert = !TRANSITIVE.contains(&&*lowercase(cue.span.slice(text)));
    let right_after_quote =
        clause_start > sentence.start && !gap.slice(text).chars().any(char::is_alphanumeric);
    let cue_first = cue.span.start < quote.outer.start && gap.trim(text).is_empty();
    // "“Why?” asked Bennett": right after a quote even "asked" is inverted.
    if right_after_quote || (may_invert && cue_first) {
        if let Some(name) = name_after(text, cue.span.end, sentence.end) {
            return Some(name);
        }
    }
    // "he called her “weak” and said", "he laughed and said", "Grassley
    // downplayed the attack … and said": the subject of the cue before, of
    // the verb before, or else of the sentence.
    let gap_words = text.words_in(gap);
    let and_at = gap_words.iter().rposition(|w| w.text == "and");
    let joined_verb = and_at.is_some_and(|i| i > 0 && verb_side_start(&gap_words[i + 1..]) == 0);
    let subject = subject_before(text, gap).or_else(|| {
        if !joined_verb {
            return None;
        }
        // "when he brought up the bombing and later said", "when I asked
        // him, he looked up and said": the pronoun subject of the clause the
        // "and" continues.
        let before_and = Span::new(gap.start, gap_words[and_at?].span.start);
        if let Some(subject) = last_clause_subject(text, before_and) {
            return Some(subject);
        }
        let earlier_cue = cues_in(text, sentence, quoted)
            .into_iter()
            .rfind(|c| c.span.end <= cue.span.start)
            .filter(|c| c.shape == CueShape::Verb(CueForm::Finite));
        if let Some(earlier) = earlier_cue {
            if let Some(mention) = mention_for(doc, earlier, quote, sentence, quoted) {
                return Some(mention);
            }
        }
        sentence_subject(text, sentence, clause_start, cue.span.start, quoted)
    });
    // "…,'' since most cases were close, said Lee Epstein": no subject stands
    // before the verb, so the name after it speaks.
    // "“…” that Sanders can catch Clinton, said Elmendorf": a clause
    // (it has an auxiliary) names no one either.
    let names_someone = subject.is_some_and(|s| {
        let words: Vec<&str> = s.slice(text).split_whitespace().collect();
        let first = words.first().copied().unwrap_or("");
        let clause = words.iter().any(|w| is_auxiliary(w));
        (first.starts_with(char::is_uppercase) || is_pronoun(first))
            && !opens_introduction(first)
            && !clause
    });
    // "The paradox of Nancy, says Carl Anthony, is that …": a thing, a
    // comma, then an inverted cue and a name between commas ("The harbour
    // master, a friend of Ruiz, said the storm …" has no such aside).
    let thing = subject.is_some_and(|s| {
        let inner = s.slice(text);
        let mut words = inner.split_whitespace();
        let first = words.next().unwrap_or("");
        let head = s.of_part(inner, words.next().unwrap_or(""));
        matches!(first, "The" | "A" | "An") && !can_speak(text, head)
    }) && name_after(text, cue.span.end, sentence.end)
        .is_some_and(|name| text[name.end..].starts_with(','));
    let names_someone = names_someone && !thing;
    // "In other words, explained …": an introductory phrase, then the verb.
    // "“…” if she lost by more, said Ana Ruiz, an analyst.": a clause set
    // off by a comma, then the verb and a name closing the sentence.
    if may_invert && gap.slice(text).trim_end().ends_with(',') {
        if let Some(name) = name_after(text, cue.span.end, sentence.end)
            .filter(|name| !says_when(text, *name))
            .filter(|name| !names_someone || closes_with_name(text, *name))
        {
            return Some(name);
        }
    }
    subject
}

/// "said Monday", "said last week": words after the verb that say when.
fn says_when(text: &Text, words: Span) -> bool {
    let first = words.slice(text).split_whitespace().next().unwrap_or("");
    crate::text::words::TIME_WORDS.contains(&&*lowercase(first))
}

/// True for a capitalised name that ends its sentence or opens an
/// apposition: "said Ana Ruiz." / "said Ana Ruiz, an analyst".
fn closes_with_name(text: &Text, name: Span) -> bool {
    name.slice(text).starts_with(char::is_uppercase) && text[name.end..].starts_with(['.', ','])
}

/// Words before a reporting verb that make it passive: "was asked by",
/// "as described by", "when asked by".
const PASSIVE_MARKERS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "as", "when", "if", "once",
];

/// "was asked by host Bill Maher", "Asked by Thrush if …", "as described by
/// FBI Director James Comey", "has been called “…” by Reyes": the agent of a
/// passive reporting verb is the speaker ("said by phone" is no passive).
pub(super) fn passive_agent(text: &Text, cue: Span, quote: Span, sentence: Span) -> Option<Span> {
    // Cheap tests first: this runs for every cue.
    let verb = cue.slice(text);
    if !verb.ends_with("ed") || verb.contains(' ') {
        return None;
    }
    // The quotation may stand between the verb and its agent.
    let quote_follows = quote.start >= cue.end && text[cue.end..quote.start].trim().is_empty();
    let by_at = if quote_follows { quote.end } else { cue.end };
    let agent_at = by_at + " by ".len();
    if text.get(by_at..agent_at) != Some(" by ") {
        return None;
    }
    let before = text[sentence.start..cue.start]
        .split_whitespace()
        .next_back();
    let passive = before.is_none_or(|w| PASSIVE_MARKERS.contains(&&*lowercase(w)));
    let agent = text.words_in(Span::new(agent_at, sentence.end.max(agent_at)));
    let named = agent
        .first()
        .is_some_and(|w| w.is_capitalized() || PHRASE_OPENERS.contains(&w.folded()));
    (passive && named)
        .then(|| name_after(text, agent_at, sentence.end))
        .flatten()
}

/// The subject a participle carries itself: "with Gorka noting …", "with
/// one of her ads asking", "– Ryan saying …, and Trump calling …".
pub(super) fn participle_subject(text: &Text, region: Span) -> Option<Span> {
    with_subject(text, region).or_else(|| absolute_subject(text, region))
}

/// Words that open a noun phrase after "with" ("with one of her ads").
const PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "one", "some", "many", "his", "her", "its", "their", "two", "several",
];

/// "with Gorka noting …": the noun phrase between "with" and a participle.
fn with_subject(text: &Text, region: Span) -> Option<Span> {
    let tokens = text.words_in(region);
    let with = tokens.iter().rposition(|w| w.folded() == "with")?;
    let phrase = &tokens[with + 1..];
    let named = phrase
        .first()
        .is_some_and(|w| w.is_capitalized() || is_pronoun(w.text))
        || phrase
            .first()
            .is_some_and(|w| PHRASE_OPENERS.contains(&w.folded()));
    // "tangled with Trump once directly, saying": the phrase must run
    // straight into the participle.
    let between = &text[tokens[with].span.end..region.end];
    let straight = !between.contains([',', '-', '–', '—']);
    if !named || !straight || phrase.len() > 8 {
        return None;
    }
    let subject = subject_before(text, Span::new(phrase[0].span.start, region.end))?;
    // "with many fishermen and their families chanting": both speak.
    let joined = phrase
        .iter()
        .any(|w| w.folded() == "and" && w.span.end <= subject.start);
    Some(if joined {
        Span::new(phrase[0].span.start, subject.end)
    } else {
        subject
    })
}

/// "– Ryan saying he was …", ", and Trump calling it …": a name right
/// before the participle, after a dash, a comma or "and", is its subject.
fn absolute_subject(text: &Text, region: Span) -> Option<Span> {
    let tokens = text.words_in(region);
    let name_from = tokens
        .iter()
        .rposition(|w| !w.is_capitalized() || opens_introduction(w.text))
        .map_or(0, |i| i + 1);
    let name = tokens.get(name_from..).filter(|n| !n.is_empty())?;
    let before = &text[region.start..name[0].span.start].trim_end();
    let after_and = name_from > 0 && tokens[name_from - 1].folded() == "and";
    let after_break = before.ends_with([',', '–', '—', ';']) || before.ends_with(" -");
    let straight = text[name[0].span.start..region.end]
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric());
    (straight && (after_and || after_break) && !is_pronoun(name[0].text))
        .then(|| Span::new(name[0].span.start, name[name.len() - 1].span.end))
}

/// True when `at` lies in a phrase opening the sentence before its first
/// comma: "After blasting …,", "Holding signs calling …,".
fn opens_sentence(text: &Text, sentence: Span, at: usize) -> bool {
    let head = &text[sentence.start..at];
    let mut words = head.split_whitespace().peekable();
    // "But while denouncing …, she": a conjunction links to the sentence
    // before and opens nothing itself.
    words.next_if(|w| crate::text::word_classes::links_back(&lowercase(w)));
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    // "After blasting", "Holding signs": no subject of its own ("When
    // Mr. Trump tried …, calling" has one).
    let gerund = |w: &str| w.len() > 4 && w.ends_with("ing");
    let opener = (opens_introduction(first) && gerund(second))
        || (first.starts_with(char::is_uppercase) && gerund(first));
    opener && !head.contains(',')
}

/// The sentence's subject when it stands after `at`, past the comma that
/// closes the phrase opening the sentence.
fn subject_after(text: &Text, sentence: Span, at: usize) -> Option<Span> {
    clause_subject(text, sentence).filter(|s| {
        let before = text[sentence.start..s.start].trim_end();
        s.start >= at
            && before
                .trim_end_matches(crate::text::words::CLOSING_MARKS)
                .ends_with(',')
    })
}

/// The subject of the sentence up to `end`, read across quotations, or
/// else of the clause from `clause_start`.
fn sentence_subject(
    text: &Text,
    sentence: Span,
    clause_start: usize,
    end: usize,
    quoted: &[Span],
) -> Option<Span> {
    clause_subject(text, Span::new(sentence.start, end))
        .filter(|s| !quoted.iter().any(|q| q.start <= s.start && s.start < q.end))
        .or_else(|| clause_subject(text, Span::new(clause_start, end)))
}

/// ", she elaborated" after a quotation whose verb is not in the lexicon.
fn trailing_speaker(text: &Text, from: usize, sentence_end: usize) -> Option<Span> {
    let rest = Span::new(from, sentence_end);
    let clause = rest.slice(text);
    let clause = clause.trim_start_matches([',', ' ', '\u{a0}']);
    let start = sentence_end - (rest.len() - (rest.slice(text).len() - clause.len()));
    let stop = clause
        .find([',', '.', ';', '“', '"', '!', '?'])
        .unwrap_or(clause.len());
    let region = Span::new(start, start + stop);
    let tokens = text.words_in(region);
    let (verb, subject) = tokens.split_last()?;
    let looks_like_verb = verb.text.ends_with("ed") || verb.text.ends_with('s');
    let named = subject
        .first()
        .is_some_and(|w| w.is_capitalized() || crate::text::word_classes::is_pronoun(w.text));
    (looks_like_verb && named && (1..=4).contains(&subject.len()))
        .then(|| Span::new(subject[0].span.start, subject[subject.len() - 1].span.end))
}

/// "In a new Harbour Radio poll, 62 percent of residents said …": a share of
/// respondents reports what a poll found, so the poll named in the sentence
/// is the source. A share with no poll beside it speaks for itself ("to which
/// 21 percent said “not too likely”").
pub(super) fn poll_behind_share(
    text: &Text,
    mention: Span,
    sentence: Span,
    quoted: &[Span],
) -> Option<Span> {
    if !is_share_of_people(mention.slice(text)) {
        return None;
    }
    let tokens = text.words_in(sentence);
    let unquoted = |w: &Word| !quoted.iter().any(|q| q.contains(w.span));
    let poll = tokens
        .iter()
        .position(|w| POLL_WORDS.contains(&w.folded()) && unquoted(w))?;
    // Back to the determiner that opens the poll's noun phrase ("a fresh
    // CNN-ORC poll", "The poll"), over no punctuation but hyphens and slashes.
    let opener = (poll.saturating_sub(6)..poll).rev().find(|&i| {
        let gap = &text[tokens[i].span.end..tokens[poll].span.start];
        !gap.contains([',', ';', ':', '.', '(', ')'])
            && crate::text::word_classes::DETERMINERS.contains(&tokens[i].folded())
    })?;
    Some(Span::new(tokens[opener].span.start, tokens[poll].span.end))
}

/// Nouns for a survey of opinion.
const POLL_WORDS: &[&str] = &["poll", "survey"];

/// "37 percent of Americans", "31% of voters", "Six in 10 Republicans", "a
/// majority of Democrats": a share of a surveyed group.
pub(super) fn is_share_of_people(words: &str) -> bool {
    let lower = words.to_lowercase();
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let percent = tokens
        .iter()
        .any(|w| *w == "percent" || *w == "per" || w.ends_with('%'));
    let in_ten = tokens
        .windows(2)
        .any(|pair| matches!(pair[0], "in" | "of") && matches!(pair[1], "10" | "ten"));
    let majority = tokens.iter().take(2).any(|w| *w == "majority");
    percent || in_ten || majority
}

/// "Devine didn’t concede", "Sanders hasn't said": the auxiliary that
/// carries the negation belongs to the verb (the cue shows it), not to the
/// subject.
fn without_negated_auxiliary(text: &Text, mention: Span) -> Span {
    match text.words_in(mention).as_ref() {
        [.., subject_end, last]
            if last.folded().ends_with("n't") || last.folded().ends_with("n’t") =>
        {
            Span::new(mention.start, subject_end.span.end)
        }
        _ => mention,
    }
}

/// "an investment he concludes", "Recently she said", "it's safe to say
/// he's referring": a pronoun that ends the words before a cue is their
/// subject on its own (without its contracted verb); the words before it
/// belong to another clause.
pub(super) fn ending_pronoun(text: &Text, mention: Span) -> Span {
    let mention = without_negated_auxiliary(text, mention);
    let words = text.words_in(mention);
    let Some(last) = words.last() else {
        return mention;
    };
    match crate::text::word_classes::pronoun_before_clitic(last.text) {
        Some(pronoun) => Span::new(last.span.start, last.span.start + pronoun.len()),
        None if words.len() > 1 && is_pronoun(last.text) => last.span,
        None => mention,
    }
}
