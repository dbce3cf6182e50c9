//! Sentences → reported speech: what a verb of saying reports without
//! quotation marks ("Ruiz said the bridge would reopen in May").
//!
//! In: a `Document`, its paragraph contexts and its attributed quotations.
//! Out: one `Attributed` of kind `Reported` per statement, its content the
//! reported clause, its cue and mention read exactly as for a quotation; and,
//! for a partial quotation inside such a clause, that clause (so the quote
//! keeps its own entry and no clause is reported twice). Shapes read:
//! - "X said (that) CLAUSE", "X told reporters (that) CLAUSE", "…, saying
//!   CLAUSE", "As X reported, CLAUSE" (`after_verb`): the clause after the
//!   verb, to the sentence's end, to where a second statement starts (",
//!   but added") or to where the writer's words start (`clause_end`);
//! - "CLAUSE, X said." / "CLAUSE, said X." and the tag set into the clause
//!   ("The trouble, X said, is that …") (`before_verb`);
//! - "According to X, CLAUSE." / "CLAUSE, according to X."
//!
//! A cue that tags a quotation of its sentence ("“…,” Ruiz said as she
//! left", "she said: “…”") reports that quotation, not a clause.

use super::clause_end::{second_statement, writers_addition};
use super::context::{is_noun_phrase, Attributed, ParagraphContext};
use super::cues::{cues_in, Cue, CueShape};
use super::mention::{ending_pronoun, mention_for, passive_agent};
use crate::document::{Article, Role};
use crate::quotes::{Quote, QuoteKind};
use crate::text::lexicon::lexicon;
use crate::text::span::{floor_boundary, Span};
use crate::text::tokens::{Text, Word};
use crate::text::word_classes::SUBORDINATORS;
use after_verb::{after_as_clause, after_source, after_verb, passive_question};
use before_verb::clause_before;
use headline::headline_statement;
use sentence::{trimmed_clause, Found, Sentence, TAG_WORDS};

mod after_verb;
mod before_verb;
mod headline;
mod sentence;

/// Finds the reported statements of `doc`; gives each partial quotation
/// inside one its clause. Returns the statements.
pub(super) fn reported_statements(
    doc: &Article,
    contexts: &[ParagraphContext],
    quotes: &mut [Attributed],
) -> Vec<Attributed> {
    let mut statements = Vec::new();
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        if paragraph.role == Role::Boilerplate {
            continue;
        }
        // A headline may end with a period and read as a paragraph.
        if let Some(statement) = headline(doc, index, quotes) {
            statements.push(statement);
            continue;
        }
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
                if !is_new_statement(found.clause, quotes) {
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

/// False when `clause` holds a quotation: a whole one reports itself, and
/// a partial one keeps its own entry and gains `clause` as the reported
/// clause around it.
fn is_new_statement(clause: Span, quotes: &mut [Attributed]) -> bool {
    let inside = |a: &Attributed| clause.overlaps(a.quote.outer);
    if quotes
        .iter()
        .any(|a| inside(a) && a.quote.kind != QuoteKind::Partial)
    {
        return false;
    }
    let mut partials = quotes.iter_mut().filter(|a| inside(a)).peekable();
    let none = partials.peek().is_none();
    partials.for_each(|partial| {
        partial.clause.get_or_insert(clause);
    });
    none
}

/// The statement a title-case headline reports ("Ruiz Says Pier Will
/// Reopen"), unless a quotation of the headline reports it.
fn headline(doc: &Article, paragraph: usize, quotes: &mut [Attributed]) -> Option<Attributed> {
    let span = doc.paragraphs[paragraph].span;
    let found = headline_statement(&doc.text, span)?;
    if !is_new_statement(found.content, quotes) {
        return None;
    }
    Some(Attributed {
        quote: Quote {
            span: found.content,
            outer: found.content,
            kind: QuoteKind::Reported,
            paragraph,
            continues_previous: false,
            byline: None,
        },
        cue: Some(found.cue),
        mention: Some(found.mention),
        clause: None,
    })
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
    let text = &doc.text;
    // "Asked if …, Ruiz said": the one asked answers; the asker is named
    // only as an agent ("Asked by Reyes whether …"), if at all.
    let mention = if passive_question(sentence, found.cue).is_some() {
        passive_agent(text, found.cue.span, found.clause, sentence.span)
    } else {
        let mention = mention_for(doc, found.cue, &quote, sentence.span, &quoted)
            .filter(|m| is_noun_phrase(m.slice(text)))?;
        Some(ending_pronoun(text, without_subordinator(text, mention)))
    };
    quote.span = found.clause;
    quote.outer = found.clause;
    Some(Attributed {
        quote,
        cue: Some(with_negation(text, found.cue.span)),
        mention,
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
        let found = match passive_question(sentence, cue) {
            Some(start) => clause_from(sentence, cue, start),
            None if !is_speech(sentence.text, cue) || tags_a_quotation(sentence, cue) => continue,
            None => clause_after(sentence, cue).or_else(|| clause_before(sentence, cue)),
        };
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
    let start = match cue.shape {
        CueShape::According => after_source(sentence, cue)?,
        CueShape::Verb(_) => {
            after_as_clause(sentence, cue).or_else(|| after_verb(sentence, cue))?
        }
    };
    clause_from(sentence, cue, start)
}

/// The statement of `cue` whose clause starts at `start`: up to a
/// quotation, a second statement, the writer's words or the sentence's end.
fn clause_from(sentence: &Sentence, cue: Cue, start: usize) -> Option<Found> {
    let text = sentence.text;
    let limit = sentence
        .whole
        .iter()
        .map(|q| q.start)
        .filter(|&at| at > start && at < sentence.span.end)
        .min()
        .unwrap_or(sentence.span.end);
    let end = second_statement(text, start, limit).unwrap_or(limit);
    let end = writers_addition(text, start, end).unwrap_or(end);
    let end = subordinate_end(sentence, cue, start).map_or(end, |at| at.min(end));
    let end = aside_end(sentence, cue, start).map_or(end, |at| at.min(end));
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

/// Most words between a relative pronoun and the verb it is subject of
/// ("who has repeatedly said").
const RELATIVE_TO_VERB_WORDS: usize = 4;

/// "Reyes, who had said the pier was safe, closed it": a cue in a relative
/// aside set off by a comma reports up to the comma that closes the aside.
fn aside_end(sentence: &Sentence, cue: Cue, start: usize) -> Option<usize> {
    let text = sentence.text;
    let before = text.words_in(Span::new(sentence.span.start, cue.span.start));
    let relative = before
        .iter()
        .rev()
        .take(RELATIVE_TO_VERB_WORDS)
        .find(|w| matches!(w.folded(), "who" | "which"))?;
    let opens_aside = text[..relative.span.start].trim_end().ends_with(',');
    let unbroken = !text[relative.span.end..cue.span.start].contains([',', ';']);
    (opens_aside && unbroken)
        .then(|| {
            text[start..sentence.span.end]
                .find(',')
                .map(|at| start + at)
        })
        .flatten()
}

/// "When I asked her about the wall, she …", "Asked about the wall, she
/// …": a cue in an opening subordinate clause or participle phrase reports
/// up to that clause's comma.
fn subordinate_end(sentence: &Sentence, cue: Cue, start: usize) -> Option<usize> {
    let text = sentence.text;
    let words = text.words_in(sentence.span);
    let first = words.first()?;
    let opening = SUBORDINATORS.contains(&first.folded()) || first.span == cue.span;
    // Past the opening clause already ("As X reported, CLAUSE"): no end here.
    let opens = opening && !text[sentence.span.start..start].contains(',');
    opens.then(|| {
        text[start..sentence.span.end]
            .find(',')
            .map(|at| start + at)
    })?
}
