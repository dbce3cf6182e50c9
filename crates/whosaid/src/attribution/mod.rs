//! Quotations → who said them, as written in this article.
//!
//! In: a `Document` and its `Quote`s. Out: each quote with its reporting cue
//! and the words that name its speaker here (`mention`: "he", "Rutte",
//! "the Council of the European Union"); resolving those words to a person is
//! the next stage's job. Order of evidence:
//! 1. a cue in the quote's own sentence ("…,” he said", "Borrell said: “…”",
//!    "according to …"); a participle ("…, adding") takes the main verb's
//!    subject; an inverted cue ("said NATO's spokesperson …") takes the name
//!    after it;
//! 2. another quote of the same paragraph, or the quote this one continues;
//! 3. a previous paragraph ending in a colon, or whose first sentence has a
//!    person as its subject ("The strongman leader then appeared to mock …").
//!
//! A lone word in running text that nothing reports is a scare quote and is
//! dropped. `mention` reads the speaker's words in the quote's own sentence;
//! `neighbours` gathers the evidence around it (2 and 3).

pub mod cues;
pub mod phrases;

use crate::attribution::cues::{cues_in, Cue, CueShape};
use crate::attribution::phrases::{can_speak, subject_before};
use crate::document::{Article, Role};
use crate::quotes::{Quote, QuoteKind};
use crate::text::lexicon::CueForm;
use crate::text::span::Span;
use crate::text::tokens::Text;
use crate::text::word_classes::{is_pronoun, is_relative, opens_clause};
pub use context::Attributed;
use context::{clause_start, is_noun_phrase, paragraph_contexts, sentence_of, ParagraphContext};
use mention::{ending_pronoun, mention_for, subject_without_cue};
use neighbours::{
    borrow_within_paragraph, carry_across_paragraphs, credited_below, next_sentence_clause,
    previous_sentence_report,
};

/// Attributes every quote of `doc`.
pub fn attribute(doc: &Article, quotes: Vec<Quote>) -> Vec<Attributed> {
    let contexts = paragraph_contexts(doc, &quotes);
    let mut out: Vec<Attributed> = quotes
        .iter()
        .map(|quote| {
            let (cue, mention) = own_sentence(doc, quote, &contexts[quote.paragraph]);
            Attributed {
                quote: quote.clone(),
                cue,
                mention: mention.map(|m| ending_pronoun(&doc.text, m)),
                clause: None,
            }
        })
        .collect();
    // Judged on the quote's own sentence, before others lend it a speaker.
    let scare: Vec<bool> = out.iter().map(|a| is_scare_quote(doc, a)).collect();
    borrow_within_paragraph(&mut out);
    carry_across_paragraphs(doc, &mut out, &contexts);
    let mut keep = scare.into_iter().map(|scare| !scare);
    out.retain(|_| keep.next().unwrap_or(true));
    let reported = reported::reported_statements(doc, &contexts, &mut out);
    out.extend(reported);
    out.sort_by_key(|a| a.quote.outer.start);
    out
}

/// Longest fragment taken for a scare quote when nothing reports it.
const SCARE_QUOTE_WORDS: usize = 1;

/// Longest fragment taken for a scare quote when, besides, no one in its
/// sentence could have said it.
const UNOWNED_FRAGMENT_WORDS: usize = 3;

/// What the writer put in marks without reporting anyone's words, judged on
/// the quote's own sentence; headlines keep theirs ("Mayor ‘shocked’ by
/// flood damage"):
/// - "the “birtherism” notion": a single word that no cue attributes;
/// - "the so-called “Bernie bros” of the left": a short fragment that no cue
///   attributes and whose sentence names no one who could have said it;
/// - "“The Walking Dead” is an AMC drama": a title-cased name, unreported.
fn is_scare_quote(doc: &Article, attributed: &Attributed) -> bool {
    let quote = &attributed.quote;
    let in_body = doc.paragraphs[quote.paragraph].role == Role::Body;
    if attributed.cue.is_some() || !in_body {
        return false;
    }
    let words = doc.slice(quote.span);
    match quote.kind {
        QuoteKind::Partial => {
            let limit = if attributed.mention.is_none() {
                UNOWNED_FRAGMENT_WORDS
            } else {
                SCARE_QUOTE_WORDS
            };
            doc.text.words_in(quote.span).len() <= limit
        }
        QuoteKind::Full => {
            !words.ends_with(['.', '!', '?']) && crate::quotes::is_title_of_work(words)
        }
        QuoteKind::Unmarked | QuoteKind::Post | QuoteKind::Reported => false,
    }
}

/// Evidence 1: a cue in the quote's own sentence.
fn own_sentence(
    doc: &Article,
    quote: &Quote,
    context: &ParagraphContext,
) -> (Option<Span>, Option<Span>) {
    if quote.kind == QuoteKind::Post {
        return (None, quote.byline);
    }
    let Some(sentence) = sentence_of(context, quote.outer.start) else {
        return (None, None);
    };
    let sentence = Span::new(sentence.start, sentence.end.max(quote.outer.end));
    let mut cues = cues_in(&doc.text, sentence, &context.quoted);
    // Speech printed without marks is still the speaker's words, not the
    // reporter's: "The system, put in place …, has failed, she said."
    if matches!(quote.kind, QuoteKind::Unmarked | QuoteKind::Reported) {
        cues.retain(|cue| !quote.span.contains(cue.span));
    }
    let all_cues = cues.clone();
    // A fragment sits in a clause reported by the verb before it; a full
    // quote is most often followed by its cue.
    let partial = quote.kind == QuoteKind::Partial;
    // A verb's subject is the speaker; "according to" names the channel
    // ("Putin said, according to AFP") unless no verb has a subject.
    cues.sort_by_cached_key(|cue| {
        let after = cue.span.start >= quote.outer.end;
        let according = cue.shape == CueShape::According;
        let embedded = partial && is_embedded(&doc.text, *cue, &all_cues);
        let closing =
            after && closes_sentence(&doc.text, *cue, quote.outer, sentence, &context.quoted);
        (
            according,
            partial && after && !closing,
            embedded,
            partial && !closing,
            distance(cue.span, quote.outer),
        )
    });
    // "Pollsters agree - Carl Bialik: “…”": a name labels the quote.
    if let Some(label) = dash_label(&doc.text, sentence, quote.outer.start) {
        return (None, Some(label));
    }
    let noun_phrase_for = |cue: Cue| {
        mention_for(doc, cue, quote, sentence, &context.quoted)
            .filter(|m| is_noun_phrase(m.slice(&doc.text)))
    };
    let relative = |m: &Span| is_relative(m.slice(&doc.text));
    for cue in &cues {
        // "Trump, who said …, issued a statement saying": a participle
        // belongs to the main clause, not to a relative clause's verb.
        // A participle with a subject of its own ("with Gorka noting", "–
        // Ryan saying") does not.
        let participle = cue.shape == CueShape::Verb(CueForm::Participle);
        let clause = Span::new(
            clause_start(&context.quoted, sentence, cue.span.start),
            cue.span.start,
        );
        let own_subject = participle
            .then(|| mention::participle_subject(&doc.text, clause))
            .flatten();
        let mention = own_subject
            .or_else(|| {
                noun_phrase_for(main_verb_for(*cue, &all_cues))
                    .filter(|m| !(relative(m) && participle))
            })
            .or_else(|| noun_phrase_for(*cue));
        let Some(mention) = mention else { continue };
        let mention = mention::poll_behind_share(&doc.text, mention, sentence, &context.quoted)
            .unwrap_or(mention);
        // "Stevens said the way … women who complained … “…”": the
        // sentence's own speaker outranks one inside its relative clause.
        // "Franklin Graham, who has vowed … “…”": an aside set off by a comma
        // speaks for itself.
        let restrictive = relative(&mention) && !sets_off_aside(&doc.text, mention);
        let outer = restrictive
            .then(|| main_clause_speaker(doc, *cue, &all_cues, sentence, &context.quoted))
            .flatten()
            .filter(|(_, m)| !relative(m) && is_noun_phrase(m.slice(&doc.text)));
        return match outer {
            Some((outer_cue, outer_mention)) => (Some(outer_cue), Some(outer_mention)),
            None => (Some(cue.span), Some(mention)),
        };
    }
    if cues.is_empty() {
        if let Some(credit) = credited_below(doc, quote) {
            return (None, Some(credit));
        }
        let asks = doc.slice(quote.span).trim_end().ends_with(['?', '!']);
        let found = next_sentence_clause(doc, context, sentence, asks)
            .map(|(cue, mention)| (Some(cue), mention))
            .or_else(|| previous_sentence_report(doc, context, sentence, quote));
        if let Some((cue, mention)) = found {
            return (cue, Some(mention));
        }
    }
    let cue = cues.first().map(|c| c.span);
    (
        cue,
        subject_without_cue(doc, quote, sentence, &context.quoted)
            .and_then(|m| without_opener(&doc.text, m)),
    )
}

/// "TOO EARLY - Mark Blumenthal and Jon Cohen: “…”": after a dash, a name
/// of capitalised words (and "and") ending in a colon right before the quote.
fn dash_label(text: &Text, sentence: Span, quote_start: usize) -> Option<Span> {
    let before = text[sentence.start..quote_start].trim_end();
    let head = before.strip_suffix(':')?;
    let (_, after) = crate::text::words::last_dash(head)?;
    let from = sentence.start + after;
    let label = Span::new(from, sentence.start + head.len());
    let words = text.words_in(label);
    let named = (1..=6).contains(&words.len())
        && words[0].is_capitalized()
        && words.iter().all(|w| w.is_capitalized() || w.text == "and");
    named.then_some(label)
}

/// "…, said Nargis Kassenova, an expert." / "…,” Mook wrote.": a short
/// reporting clause that closes the sentence after a comma reports all of
/// it, fragments included. "reported" names a channel, not a speaker.
fn closes_sentence(text: &Text, cue: Cue, outer: Span, sentence: Span, quoted: &[Span]) -> bool {
    let channel = cue.span.slice(text).starts_with("report");
    if cue.shape != CueShape::Verb(CueForm::Finite) || channel {
        return false;
    }
    if quoted
        .iter()
        .any(|q| q.start >= cue.span.end && q.end <= sentence.end)
    {
        return false;
    }
    // Only a few words, and no new clause, between the quote and the cue.
    let between = text.words_in(Span::new(outer.end, cue.span.start));
    let new_clause = between.iter().any(|w| {
        let lower = w.folded();
        opens_clause(lower) || matches!(lower, "who" | "until")
    });
    // ", said Ana Ruiz, the mayor." may run on; ", Ruiz said on Monday."
    // may not: words after a subject's verb would be what it said. A dash
    // ends a tag set into the sentence ("“…,” he said - and argued …").
    let tail = &text[cue.span.end..sentence.end];
    let tail_end = cue.span.end + crate::text::words::first_dash(tail).unwrap_or(tail.len());
    let tail_words = text.words_in(Span::new(cue.span.end, tail_end)).len();
    let inverted = between.is_empty();
    let tail_fits = if inverted {
        tail_words <= 14
    } else {
        tail_words <= 4
    };
    between.len() <= 8 && !new_clause && tail_fits
}

/// "Ruiz, who …", "Ruiz (who …": a relative word that opens an aside.
fn sets_off_aside(text: &Text, relative: Span) -> bool {
    text[..relative.start]
        .trim_end()
        .ends_with([',', '(', '—', '–'])
}

/// A cue inside what another reports, which narrates no quotation itself:
/// "said that her campaign would continue “…”", "noted that you can't yell
/// “…”".
fn is_embedded(text: &Text, cue: Cue, cues: &[Cue]) -> bool {
    let from = crate::text::span::floor_boundary(text, cue.span.start.saturating_sub(40));
    let before = text.words_in(Span::new(from, cue.span.start));
    let modal = before.last().is_some_and(|w| {
        // "would continue", "to say", "be said": not a report.
        let lower = w.folded();
        crate::text::words::is_modal(lower) || matches!(lower, "to" | "be")
    });
    // "…, which he called “…”": a relative clause with its own speaker.
    let own_speaker = match before.as_ref() {
        [.., relative, subject] => {
            is_pronoun(subject.text)
                && matches!(relative.folded(), "which" | "who" | "whom" | "what")
        }
        _ => false,
    };
    if own_speaker {
        return false;
    }
    let inside_report = cues.iter().any(|outer| {
        let from = outer.span.end.min(cue.span.start);
        // Most cues have no "that" before them: skip the word split.
        if outer.span.end > cue.span.start || !text[from..cue.span.start].contains("that") {
            return false;
        }
        let between = text.words_in(Span::new(from, cue.span.start));
        let words: Vec<&str> = between.iter().map(|w| w.folded()).collect();
        // "…, although he tweeted that": a new clause reports on its own.
        // So do ", and he accused", "…, Tanden wrote" and "“…,” he said": a
        // pronoun or a name after "and" or a comma starts one.
        let new_clause = words
            .iter()
            .any(|w| matches!(*w, "although" | "though" | "while" | "but" | "when"))
            || words
                .windows(2)
                .any(|pair| pair[0] == "and" && is_pronoun(pair[1]))
            || between.iter().any(|w| {
                let after_comma = text[..w.span.start]
                    .trim_end()
                    .trim_end_matches(crate::text::words::CLOSING_MARKS)
                    .ends_with(',');
                after_comma && (w.is_capitalized() || is_pronoun(w.text))
            });
        outer.shape == CueShape::Verb(CueForm::Finite)
            && outer.span.end <= cue.span.start
            && words.contains(&"that")
            && !new_clause
    });
    modal || inside_report
}

/// The nearest finite cue before `inner` that reports for the sentence
/// itself (not an inverted cue closing an earlier quotation), with its subject.
fn main_clause_speaker(
    doc: &Article,
    inner: Cue,
    cues: &[Cue],
    sentence: Span,
    quoted: &[Span],
) -> Option<(Span, Span)> {
    let text = &doc.text;
    cues.iter()
        .rev()
        .filter(|c| c.shape == CueShape::Verb(CueForm::Finite) && c.span.end <= inner.span.start)
        .find_map(|c| {
            let start = clause_start(quoted, sentence, c.span.start);
            let gap = Span::new(start, c.span.start);
            let closes_quote =
                start > sentence.start && !gap.slice(text).chars().any(char::is_alphanumeric);
            if closes_quote {
                return None;
            }
            subject_before(text, gap).map(|m| (c.span, m))
        })
}

/// Words that open a clause or phrase in front of a subject: "While Mr.
/// Ryan …", "Now Bloomberg says", "From the report:". Not all of
/// `NOT_A_SUBJECT_START`: "At least half of voters" keeps its "At".
const SUBJECT_OPENERS: &[&str] = &[
    "after", "before", "as", "while", "when", "now", "just", "from", "to", "in", "on", "with",
    "for", "by", "there", "and", "during", "since", "outside", "despite", "what", "once",
];

/// The mention without a clause opener in front of it ("While Mr. Ryan" →
/// "Mr. Ryan"), or nothing when no speaker is left ("There have been").
fn without_opener(text: &Text, mention: Span) -> Option<Span> {
    let tokens = text.words_in(mention);
    let first = tokens.first()?;
    if !SUBJECT_OPENERS.contains(&first.folded()) {
        return Some(mention);
    }
    let rest = Span::new(tokens.get(1)?.span.start, mention.end);
    can_speak(text, rest).then_some(rest)
}

/// Bytes between a cue and a quotation.
fn distance(cue: Span, outer: Span) -> usize {
    if cue.start >= outer.end {
        cue.start - outer.end
    } else {
        outer.start.saturating_sub(cue.end)
    }
}

/// A participle ("…, adding") reports for the sentence's main verb.
fn main_verb_for(cue: Cue, cues: &[Cue]) -> Cue {
    if cue.shape != CueShape::Verb(CueForm::Participle) {
        return cue;
    }
    cues.iter()
        .copied()
        .rfind(|c| c.shape == CueShape::Verb(CueForm::Finite) && c.span.end <= cue.span.start)
        .unwrap_or(cue)
}

mod clause_end;
mod context;
mod mention;
mod neighbours;
mod reported;
#[cfg(test)]
mod tests;
