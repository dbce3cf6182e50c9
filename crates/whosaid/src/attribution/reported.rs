//! Sentences → reported speech: what a verb of saying reports without
//! quotation marks ("Ruiz said the bridge would reopen in May").
//!
//! In: a `Document`, its paragraph contexts and its attributed quotations.
//! Out: one `Attributed` of kind `Reported` per statement, its content the
//! reported clause, its cue and mention read exactly as for a quotation; and,
//! for a partial quotation inside such a clause, that clause (so the quote
//! keeps its own entry and no clause is reported twice). Shapes read:
//! - "X said (that) CLAUSE", "X told reporters (that) CLAUSE", "…, saying
//!   CLAUSE": the clause after the verb, to the sentence's end or to where a
//!   second statement starts (", but added");
//! - "CLAUSE, X said." / "CLAUSE, said X." and the tag set into the clause
//!   ("The trouble, X said, is that …");
//! - "According to X, CLAUSE." / "CLAUSE, according to X."
//!
//! A cue that tags a quotation of its sentence ("“…,” Ruiz said as she
//! left", "she said: “…”") reports that quotation, not a clause.

use super::clause_end::{second_statement, writers_addition};
use super::context::{clause_start, is_noun_phrase, Attributed, ParagraphContext};
use super::cues::{cues_in, Cue, CueShape};
use super::mention::{ending_pronoun, mention_for};
use crate::document::{Article, Role};
use crate::quotes::{Quote, QuoteKind};
use crate::text::lexicon::lexicon;
use crate::text::span::{floor_boundary, Span};
use crate::text::tokens::{Text, Word};
use crate::text::word_classes::{is_lone_opening_phrase, is_pronoun, SUBORDINATORS};
use crate::text::words::{is_preposition, TIME_WORDS};

/// Fewest words a reported clause has ("it was wrong").
const MIN_CLAUSE_WORDS: usize = 3;

/// Most words between a cue and the "that" that opens its clause ("said in
/// a statement on Monday that").
const THAT_WITHIN_WORDS: usize = 8;

/// Most words a tag holds besides its verb (", the mayor of the port city
/// said"), and most words between a quotation and the cue that tags it.
const TAG_WORDS: usize = 8;

/// Most words of a name after an inverted cue ("said Ana Ruiz Lopez").
const NAME_WORDS: usize = 6;

/// One sentence with the quotations around its words.
struct Sentence<'a, 'd> {
    text: &'a Text<'d>,
    span: Span,
    /// Every marked quotation of the paragraph.
    quoted: &'a [Span],
    /// The quotations of the paragraph that are more than fragments.
    whole: &'a [Span],
}

/// A statement found in a sentence: its cue, its clause, and the part of
/// the clause before a tag set into it (the clause itself otherwise).
struct Found {
    cue: Cue,
    clause: Span,
    head: Span,
}

/// Finds the reported statements of `doc`; gives each partial quotation
/// inside one its clause. Returns the statements.
pub(super) fn reported_statements(
    doc: &Article,
    contexts: &[ParagraphContext],
    quotes: &mut [Attributed],
) -> Vec<Attributed> {
    let mut statements = Vec::new();
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        if paragraph.role != Role::Body {
            continue;
        }
        let context = &contexts[index];
        let whole: Vec<Span> = quotes
            .iter()
            .filter(|a| a.quote.paragraph == index && a.quote.kind != QuoteKind::Partial)
            .map(|a| a.quote.outer)
            .collect();
        for &span in &context.sentences {
            let mut previous: Option<Attributed> = None;
            let sentence = Sentence {
                text: &doc.text,
                span,
                quoted: &context.quoted,
                whole: &whole,
            };
            let found_here = statements_in(&sentence);
            for found in &found_here {
                let inside = |a: &Attributed| found.clause.overlaps(a.quote.outer);
                if quotes
                    .iter()
                    .any(|a| inside(a) && a.quote.kind != QuoteKind::Partial)
                {
                    continue;
                }
                let mut partials = quotes.iter_mut().filter(|a| inside(a)).peekable();
                if partials.peek().is_some() {
                    partials.for_each(|partial| {
                        partial.clause.get_or_insert(found.clause);
                    });
                    continue;
                }
                // The other statements of the sentence are no subjects
                // ("did not deny that troops were there and said …").
                let others: Vec<Span> = found_here
                    .iter()
                    .filter(|f| f.clause != found.clause)
                    .map(|f| f.head)
                    .collect();
                let statement = statement(doc, index, &sentence, found, &others)
                    .or_else(|| continued(&doc.text, previous.as_ref()?, found));
                if let Some(statement) = statement {
                    previous = Some(statement.clone());
                    statements.push(statement);
                }
            }
        }
    }
    statements
}

/// The statement a cue reports, with the mention read as for a quotation
/// whose words are the clause; none when no one can be told as its speaker.
fn statement(
    doc: &Article,
    paragraph: usize,
    sentence: &Sentence,
    found: &Found,
    others: &[Span],
) -> Option<Attributed> {
    let mut quote = Quote {
        span: found.head,
        outer: found.head,
        kind: QuoteKind::Reported,
        paragraph,
        continues_previous: false,
        byline: None,
    };
    let mut quoted = sentence.quoted.to_vec();
    quoted.push(found.head);
    quoted.extend_from_slice(others);
    quoted.sort_by_key(|q| q.start);
    let mention = mention_for(doc, found.cue, &quote, sentence.span, &quoted)
        .filter(|m| is_noun_phrase(m.slice(&doc.text)))?;
    quote.span = found.clause;
    quote.outer = found.clause;
    Some(Attributed {
        quote,
        cue: Some(with_negation(&doc.text, found.cue.span)),
        mention: Some(ending_pronoun(
            &doc.text,
            without_subordinator(&doc.text, mention),
        )),
        clause: None,
    })
}

/// "After Reyes" → "Reyes": the word that opens a subordinate clause is no
/// part of its subject.
fn without_subordinator(text: &Text, mention: Span) -> Span {
    match text.words_in(mention).as_ref() {
        [first, second, ..] if SUBORDINATORS.contains(&first.folded()) => {
            Span::new(second.span.start, mention.end)
        }
        _ => mention,
    }
}

/// "did not deny that … and said …": a statement joined to the one before
/// it by "and" or "but" has that one's speaker.
fn continued(text: &Text, previous: &Attributed, found: &Found) -> Option<Attributed> {
    let between = text.words_in(Span::new(previous.quote.outer.end, found.cue.span.start));
    let joined = between
        .iter()
        .all(|w| matches!(w.folded(), "and" | "but" | "also" | "then" | "later"));
    (joined && !between.is_empty()).then(|| Attributed {
        quote: Quote {
            span: found.clause,
            outer: found.clause,
            ..previous.quote.clone()
        },
        cue: Some(with_negation(text, found.cue.span)),
        mention: previous.mention,
        clause: None,
    })
}

/// The cue with the negation before it ("did not deny", "never said"), so
/// a reader sees what was not said.
fn with_negation(text: &Text, cue: Span) -> Span {
    let from = floor_boundary(text, cue.start.saturating_sub(24));
    let before = text.words_in(Span::new(from, cue.start));
    let negated = |w: &Word| {
        matches!(w.folded(), "not" | "never")
            || w.folded().ends_with("n't")
            || w.folded().ends_with("n’t")
    };
    match before.as_ref() {
        [.., auxiliary, not]
            if not.folded() == "not" && AUXILIARIES_OF_NEGATION.contains(&auxiliary.folded()) =>
        {
            Span::new(auxiliary.span.start, cue.end)
        }
        [.., not] if negated(not) => Span::new(not.span.start, cue.end),
        _ => cue,
    }
}

/// Auxiliaries that carry a "not" before a verb of saying.
const AUXILIARIES_OF_NEGATION: &[&str] =
    &["did", "does", "do", "has", "have", "had", "would", "could"];

/// Each verb of saying in the sentence with the clause it reports.
fn statements_in(sentence: &Sentence) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    // Most sentences hold no verb of saying: one look up a word rules
    // them out before the cue reader's grammar.
    let speech = &lexicon().speech_verbs;
    let words = sentence.text.words_in(sentence.span);
    if !words
        .iter()
        .any(|w| w.folded() == "according" || speech.contains(w.folded()))
    {
        return out;
    }
    for cue in cues_in(sentence.text, sentence.span, sentence.quoted) {
        if !is_speech(sentence.text, cue) || tags_a_quotation(sentence, cue) {
            continue;
        }
        let found = clause_after(sentence, cue).or_else(|| clause_before(sentence, cue));
        let Some(found) = found else { continue };
        // A clause reported inside another one ("said the mayor told him")
        // is part of it.
        let nested = out
            .iter()
            .any(|f| f.clause.overlaps(found.clause) || found.clause.contains(f.clause));
        if !nested {
            out.push(found);
        }
    }
    out
}

/// True for a verb of saying used as a report, not as an infinitive or a
/// future ("declined to say", "will announce"), nor capitalised in a name
/// ("State Department").
fn is_speech(text: &Text, cue: Cue) -> bool {
    if cue.shape == CueShape::According {
        return true;
    }
    let verb = cue.span.slice(text);
    if verb.starts_with(char::is_uppercase) || !lexicon().speech_verbs.contains(verb) {
        return false;
    }
    let before = text.words_in(Span::new(
        floor_boundary(text, cue.span.start.saturating_sub(12)),
        cue.span.start,
    ));
    !before
        .last()
        .is_some_and(|w| matches!(w.folded(), "to" | "will" | "would"))
}

/// "“…,” Ruiz said as she left", "“…” that …, said Reyes", "she said: “…”",
/// "smiled and said, “…”": the cue reports a quotation of its sentence.
fn tags_a_quotation(sentence: &Sentence, cue: Cue) -> bool {
    let text = sentence.text;
    let before = sentence
        .whole
        .iter()
        .filter(|q| q.end <= cue.span.start && q.start >= sentence.span.start)
        .any(|q| {
            let between = text.words_in(Span::new(q.end, cue.span.start));
            let another_cue = between
                .iter()
                .any(|w| lexicon().cues.contains_key(w.folded()));
            between.len() <= TAG_WORDS && !another_cue
        });
    let after = sentence
        .whole
        .iter()
        .filter(|q| q.start >= cue.span.end && q.start <= sentence.span.end)
        .any(|q| {
            let between = text[cue.span.end..q.start].trim_end();
            between.ends_with(':') || !between.chars().any(char::is_alphanumeric)
        });
    before || after
}

/// "said (that) CLAUSE", "told reporters (that) CLAUSE", "According to X,
/// CLAUSE": the clause after the cue, up to a quotation, a second statement
/// or the sentence's end.
fn clause_after(sentence: &Sentence, cue: Cue) -> Option<Found> {
    let text = sentence.text;
    let start = match cue.shape {
        CueShape::According => after_source(sentence, cue)?,
        CueShape::Verb(_) => {
            after_as_clause(sentence, cue).or_else(|| after_verb(sentence, cue))?
        }
    };
    let limit = sentence
        .whole
        .iter()
        .map(|q| q.start)
        .filter(|&at| at > start && at < sentence.span.end)
        .min()
        .unwrap_or(sentence.span.end);
    let end = second_statement(text, start, limit).unwrap_or(limit);
    let end = writers_addition(text, start, end).unwrap_or(end);
    let end = subordinate_end(sentence, start).map_or(end, |at| at.min(end));
    // "said the following:" introduces what comes next; "says if elected
    // “I will …”" runs into the quotation it leads to.
    let runs_into_quote = end == limit && limit < sentence.span.end;
    if runs_into_quote || text[start..end].trim_end().ends_with(':') {
        return None;
    }
    let clause = trimmed_clause(text, Span::new(start, end))?;
    Some(Found {
        cue,
        clause,
        head: clause,
    })
}

/// "When I asked her about the wall, she …": a cue in an opening
/// subordinate clause reports up to that clause's comma.
fn subordinate_end(sentence: &Sentence, start: usize) -> Option<usize> {
    let text = sentence.text;
    let first = text.words_in(sentence.span).first()?.folded();
    // Past the opening clause already ("As X reported, CLAUSE"): no end here.
    let opens = SUBORDINATORS.contains(&first) && !text[sentence.span.start..start].contains(',');
    opens.then(|| {
        text[start..sentence.span.end]
            .find(',')
            .map(|at| start + at)
    })?
}

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
const CALLS: &[&str] = &["call", "calls", "called", "calling"];

/// Verbs of saying whose report may be an infinitive ("vowed to fight").
const TAKES_INFINITIVE: &[&str] = &[
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
fn after_verb(sentence: &Sentence, cue: Cue) -> Option<usize> {
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

/// True when a short name follows the cue up to the next comma or
/// relative clause ("said a handful of Democrats who …"): no verb ("the
/// pier was") and no quotation in it.
fn names_after(sentence: &Sentence, cue: Cue) -> bool {
    let end = tag_end(sentence, cue);
    let words = sentence.text.words_in(Span::new(cue.span.end, end));
    let relative = words
        .iter()
        .position(|w| matches!(w.folded(), "who" | "whose" | "which"));
    let tag = &words[..relative.unwrap_or(words.len())];
    // "said Wednesday he agrees": a day is no name.
    let names = tag.first().is_some_and(|w| {
        (w.is_capitalized()
            || matches!(w.folded(), "the" | "a" | "an")
            || w.text.starts_with(|c: char| c.is_ascii_digit()))
            && !TIME_WORDS.contains(&w.folded())
    });
    let verb = tag.iter().any(|w| AUXILIARIES.contains(&w.folded()));
    let quoted = sentence
        .quoted
        .iter()
        .any(|q| q.start >= cue.span.end && q.start < end);
    names && tag.len() <= NAME_WORDS && !verb && !quoted
}

/// Verbs that show a clause, not a name, after a cue.
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "should",
    "did", "does", "may", "might", "must",
];

/// Where a tag that starts at `cue` ends: at the next comma or the
/// sentence's end.
fn tag_end(sentence: &Sentence, cue: Cue) -> usize {
    let rest = &sentence.text[cue.span.end..sentence.span.end];
    cue.span.end + rest.find(',').unwrap_or(rest.len())
}

/// True when the source after "according to" ends within a few words at
/// `end` and holds no quotation.
fn source_fits(sentence: &Sentence, cue: Cue, end: usize) -> bool {
    let words = sentence.text.words_in(Span::new(cue.span.end, end)).len();
    let quoted = sentence
        .quoted
        .iter()
        .any(|q| q.start >= cue.span.end && q.start < end);
    words > 0 && words <= TAG_WORDS * 2 && !quoted
}

/// "As The Post reported, CLAUSE", "As reported by the council on Monday,
/// CLAUSE": an opening "as" clause names the source of the sentence's
/// main clause.
fn after_as_clause(sentence: &Sentence, cue: Cue) -> Option<usize> {
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
fn after_source(sentence: &Sentence, cue: Cue) -> Option<usize> {
    let text = sentence.text;
    if !text[sentence.span.start..cue.span.start].trim().is_empty() {
        return None;
    }
    let comma = tag_end(sentence, cue);
    (comma < sentence.span.end && source_fits(sentence, cue, comma)).then_some(comma + 1)
}

/// "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, according to X.": the
/// clause before a tag that closes the sentence; "HEAD, X said, REST": the
/// clause around a tag set into it.
fn clause_before(sentence: &Sentence, cue: Cue) -> Option<Found> {
    let text = sentence.text;
    // "critics who called the remarks …", "more pledged delegates": these
    // verbs close no tag.
    let verb = cue.span.slice(text).to_lowercase();
    if CALLS.contains(&verb.as_str()) || TAKES_INFINITIVE.contains(&verb.as_str()) {
        return None;
    }
    let head_text = &text[sentence.span.start..cue.span.start];
    let comma = sentence.span.start + head_text.rfind(',')?;
    let subject = text.words_in(Span::new(comma + 1, cue.span.start));
    // "…, which Ruiz called …": a relative clause tags nothing.
    if subject
        .first()
        .is_some_and(|w| matches!(w.folded(), "which" | "who" | "whom" | "that"))
    {
        return None;
    }
    let subject_words = subject.len();
    // ", X said Monday, adding …": the tag ends at the next comma.
    let tag_end = after_apposition(sentence, tag_end(sentence, cue));
    let tail_words = text.words_in(Span::new(cue.span.end, tag_end)).len();
    let according = cue.shape == CueShape::According;
    // "…, according to a poll released Sunday": any source, not only a name.
    let fits = if according {
        subject_words == 0 && source_fits(sentence, cue, tag_end)
    } else if subject_words == 0 {
        names_after(sentence, cue)
    } else {
        subject_words <= TAG_WORDS && tail_words <= 4
    };
    if !fits || text[cue.span.end..tag_end].trim_start().starts_with(':') {
        return None;
    }
    let start = clause_start(sentence.whole, sentence.span, comma);
    // "But, he said, it is …", "Like the pier, Reyes said, the wall …": a
    // head too short to stand alone is still part of the clause.
    if continues_after_tag(sentence, tag_end, subject_words > 0 || according) {
        let clause = trimmed_clause(text, Span::new(start, sentence.span.end))?;
        let head = Span::new(clause.start, comma.max(clause.start));
        return Some(Found { cue, clause, head });
    }
    let head = trimmed_clause(text, Span::new(start, comma))?;
    if is_lone_opening_phrase(text, head) {
        return None;
    }
    Some(Found {
        cue,
        clause: head,
        head,
    })
}

/// "said Reyes, a pilot, is that …": the end of an apposition that
/// follows a tag's comma, or `tag_end` when none does.
fn after_apposition(sentence: &Sentence, tag_end: usize) -> usize {
    let text = sentence.text;
    let rest = &text[tag_end..sentence.span.end];
    let Some(next_comma) = rest[1.min(rest.len())..].find(',') else {
        return tag_end;
    };
    let words = text.words_in(Span::new(tag_end, tag_end + 1 + next_comma));
    let apposition = words
        .first()
        .is_some_and(|w| matches!(w.folded(), "a" | "an" | "the"));
    if apposition && words.len() <= NAME_WORDS {
        tag_end + 1 + next_comma
    } else {
        tag_end
    }
}

/// "The trouble, Reyes said, is that …": after the tag's comma the
/// sentence goes on (not with a participle of its own, "adding", a
/// relative clause or "and"). After an inverted tag ("…, said Reyes, the
/// pilot") a determiner or a capital opens an apposition; after a subject
/// and its verb ("…, Reyes said, the wall …") they go on with the clause.
fn continues_after_tag(sentence: &Sentence, tag_end: usize, subject_first: bool) -> bool {
    if tag_end >= sentence.span.end {
        return false;
    }
    let words = sentence
        .text
        .words_in(Span::new(tag_end, sentence.span.end));
    let Some(first) = words.first() else {
        return false;
    };
    let lower = first.folded();
    let apposition = !subject_first
        && (first.is_capitalized() || crate::text::word_classes::DETERMINERS.contains(&lower));
    let own_clause = matches!(
        lower,
        "who" | "which" | "whose" | "and" | "but" | "according"
    ) || lower.ends_with("ing");
    words.len() >= 2 && !apposition && !own_clause
}

/// `clause` without the punctuation and spaces around it, when it holds
/// enough words to be a statement.
fn trimmed_clause(text: &Text, clause: Span) -> Option<Span> {
    let slice = clause.slice(text);
    let punctuation = |c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':');
    let lead = slice.len() - slice.trim_start_matches(punctuation).len();
    let trail = slice.trim_end_matches(punctuation).len();
    if trail <= lead {
        return None;
    }
    let clause = Span::new(clause.start + lead, clause.start + trail);
    (text.words_in(clause).len() >= MIN_CLAUSE_WORDS).then_some(clause)
}
