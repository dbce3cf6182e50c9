//! Evidence from around a quote's sentence: the sentence before or after it,
//! other quotes of its paragraph, the paragraph before it, a signature below.

use super::context::{is_noun_phrase, Attributed, ParagraphContext};
use crate::attribution::cues::{cues_in, CueShape};
use crate::attribution::phrases::{
    can_speak, clause_subject, leading_subject, name_after, subject_before,
};
use crate::document::{Article, Role};
use crate::quotes::{Quote, QuoteKind};
use crate::text::lexicon::CueForm;
use crate::text::span::Span;
use crate::text::tokens::Word;

/// "Lau, the party's spokesman, said in a statement. “There are no
/// ballots.”": a quotation opening its sentence continues the report of
/// the sentence before, when that one quotes nothing itself.
pub(super) fn previous_sentence_report(
    doc: &Article,
    context: &ParagraphContext,
    sentence: Span,
    quote: &Quote,
) -> Option<(Option<Span>, Span)> {
    let text = &doc.text;
    if !text[sentence.start..quote.outer.start].trim().is_empty() {
        return None;
    }
    let previous = context
        .sentences
        .iter()
        .rfind(|s| s.end <= sentence.start)?;
    sentence_report(doc, context, *previous)
}

/// Who a sentence without quotations reports or is about: the subject of its
/// last reporting cue, else its leading subject.
fn sentence_report(
    doc: &Article,
    context: &ParagraphContext,
    previous: Span,
) -> Option<(Option<Span>, Span)> {
    let text = &doc.text;
    if context.quoted.iter().any(|q| previous.contains(*q)) {
        return None;
    }
    let speaks = |m: &Span| is_noun_phrase(m.slice(text)) && can_speak(text, *m);
    let reported = cues_in(text, previous, &context.quoted)
        .into_iter()
        .rev()
        .filter(|c| matches!(c.shape, CueShape::Verb(_)))
        .find_map(|cue| {
            let region = Span::new(previous.start, cue.span.start);
            // "Bolton distanced himself … by saying he would help.": the
            // subject of the sentence reports through its participle.
            let subject = match cue.shape {
                CueShape::Verb(CueForm::Participle) => clause_subject(text, region),
                _ => subject_before(text, region),
            };
            subject.filter(speaks).map(|s| (Some(cue.span), s))
        });
    // "Clinton touted her credentials. “We need …”": the topic speaks.
    reported.or_else(|| {
        leading_subject(text, previous)
            .filter(speaks)
            .map(|s| (None, s))
    })
}

/// "“Why not?” Sanders replied.": a quotation ending in ? or ! (`asks`) is
/// split from its reporting clause; take a next sentence that opens with
/// "NAME VERB".
pub(super) fn next_sentence_clause(
    doc: &Article,
    context: &ParagraphContext,
    sentence: Span,
    asks: bool,
) -> Option<(Span, Span)> {
    let next = context.sentences.iter().find(|s| s.start >= sentence.end)?;
    let opens_with_quote = context.quoted.iter().any(|q| q.start == next.start);
    let cues = cues_in(&doc.text, *next, &context.quoted);
    let cue = cues
        .first()
        .filter(|c| c.shape == CueShape::Verb(CueForm::Finite))?;
    let subject = Span::new(next.start, cue.span.start);
    let length = doc.text.words_in(subject).len();
    // After a full stop, "He says the law is …" starts a statement of its own.
    if opens_with_quote || !(1..=6).contains(&length) || !asks {
        return None;
    }
    Some((cue.span, subject_before(&doc.text, subject)?))
}

/// Evidence 2a: a quote without a cue shares the speaker of another quote in
/// its paragraph ("“We won,” she said. “Now we rest.”").
pub(super) fn borrow_within_paragraph(quotes: &mut [Attributed]) {
    for i in 0..quotes.len() {
        if quotes[i].mention.is_some() {
            continue;
        }
        let paragraph = quotes[i].quote.paragraph;
        let donor = quotes
            .iter()
            .filter(|other| other.quote.paragraph == paragraph && other.mention.is_some())
            .min_by_key(|other| {
                other
                    .quote
                    .outer
                    .start
                    .abs_diff(quotes[i].quote.outer.start)
            })
            .map(|other| (other.cue, other.mention));
        if let Some((cue, mention)) = donor {
            quotes[i].cue = cue;
            quotes[i].mention = mention;
        }
    }
}

/// Evidence 2b and 3: continuing quotes and cue-less quote paragraphs.
pub(super) fn carry_across_paragraphs(
    doc: &Article,
    quotes: &mut [Attributed],
    contexts: &[ParagraphContext],
) {
    fill_chains(quotes);
    for i in 0..quotes.len() {
        if quotes[i].mention.is_some() || quotes[i].quote.kind == QuoteKind::Partial {
            continue;
        }
        let paragraph = quotes[i].quote.paragraph;
        let starts_paragraph = quotes[i].quote.outer.start == doc.paragraphs[paragraph].span.start;
        if !starts_paragraph {
            continue;
        }
        let found = from_previous_paragraph(doc, paragraph, contexts, quotes);
        if let Some((cue, mention)) = found {
            quotes[i].cue = cue;
            quotes[i].mention = Some(mention);
        }
    }
}

/// The line below a quote paragraph that names its speaker:
/// - "“…” / - Sanders." or "/ —Michelle Marks, Philadelphia": signed by a
///   dash and a name, every word capitalised (not a bullet point, "- The
///   plan is …");
/// - "“We are ready. / Ana Ruiz, harbour master.”": a pull quote left open to
///   the end of its paragraph, the credit before the closing mark.
pub(super) fn credited_below(doc: &Article, quote: &Quote) -> Option<Span> {
    let paragraph = doc.paragraphs[quote.paragraph].span;
    if quote.outer.start != paragraph.start {
        return None;
    }
    let next = doc.paragraphs.get(quote.paragraph + 1)?;
    let line = doc.slice(next.span);
    let name = match line.strip_prefix(['-', '—', '–']) {
        Some(signed) => {
            let signed = signed.trim_start();
            let start = next.span.end - signed.len();
            let end = start + signed.find([',', '.', ';']).unwrap_or(signed.len());
            let words = doc.text.words_in(Span::new(start, end));
            let signature =
                (1..=5).contains(&words.len()) && words.iter().all(Word::is_capitalized);
            signature.then_some(Span::new(start, end))
        }
        None => {
            let open_to_end = quote.outer.end >= paragraph.end;
            let credit = line.strip_suffix(['"', '”'])?.strip_suffix('.')?;
            let name = &credit[..credit.find(',').unwrap_or(credit.len())];
            let name_span = Span::new(next.span.start, next.span.start + name.len());
            let words = doc.text.words_in(name_span);
            let cues = &crate::text::lexicon::lexicon().cues;
            let credits = open_to_end
                && (1..=6).contains(&words.len())
                && words[0].is_capitalized()
                && !name.contains(['"', '“', '”'])
                && !words.iter().any(|w| cues.contains_key(w.folded()))
                && can_speak(&doc.text, name_span);
            credits.then_some(Span::new(next.span.start, next.span.start + name.len()))
        }
    };
    name.map(|span| span.trim(&doc.text))
}

/// The pieces of a multi-paragraph quote share the attribution one of them has.
fn fill_chains(quotes: &mut [Attributed]) {
    let mut start = 0;
    while start < quotes.len() {
        let mut end = start + 1;
        while end < quotes.len() && quotes[end].quote.continues_previous {
            end += 1;
        }
        let known = quotes[start..end]
            .iter()
            .find(|q| q.mention.is_some())
            .map(|q| (q.cue, q.mention));
        if let Some((cue, mention)) = known {
            for piece in &mut quotes[start..end] {
                if piece.mention.is_none() {
                    piece.cue = cue;
                    piece.mention = mention;
                }
            }
        }
        start = end;
    }
}

/// The speaker of a paragraph's last sentence, which ends in a colon.
fn colon_sentence_speaker(
    doc: &Article,
    context: &ParagraphContext,
) -> Option<(Option<Span>, Span)> {
    let last = *context.sentences.last()?;
    let cues = cues_in(&doc.text, last, &context.quoted);
    // "Jared Potts echoed:", "Transcript as follows:": its subject.
    let Some(&cue) = cues.last() else {
        let subject = clause_subject(&doc.text, last).filter(|s| can_speak(&doc.text, *s))?;
        return Some((None, subject));
    };
    let region = Span::new(last.start, cue.span.start);
    // "Stated Stone:": an inverted cue names the speaker after it.
    let speaker = subject_before(&doc.text, region)
        .or_else(|| name_after(&doc.text, cue.span.end, last.end))?;
    Some((Some(cue.span), speaker))
}

fn from_previous_paragraph(
    doc: &Article,
    paragraph: usize,
    contexts: &[ParagraphContext],
    quotes: &[Attributed],
) -> Option<(Option<Span>, Span)> {
    let previous = (0..paragraph)
        .rev()
        .find(|&p| doc.paragraphs[p].role == Role::Body)?;
    let last_quote = quotes
        .iter()
        .rfind(|q| q.quote.paragraph == previous && q.mention.is_some());
    let previous_text = doc.slice(doc.paragraphs[previous].span);
    let context = &contexts[previous];
    let ends_with_colon = previous_text.ends_with(':');
    if let Some(q) = last_quote {
        let ends_with_quote = q.quote.outer.end + 2 >= doc.paragraphs[previous].span.end;
        // "…,” Susan said as she turned around.": the last sentence quotes.
        let in_last_sentence = context
            .sentences
            .last()
            .is_some_and(|s| s.start <= q.quote.outer.start);
        // "“…,” Tenney said. She went on to say:": a sentence of its own
        // leads into the quote, when it names a speaker.
        let colon_speaker = (ends_with_colon && !in_last_sentence)
            .then(|| colon_sentence_speaker(doc, context))
            .flatten();
        if colon_speaker.is_some() {
            return colon_speaker;
        }
        if ends_with_quote || in_last_sentence || ends_with_colon {
            return Some((q.cue, q.mention?));
        }
    }
    if ends_with_colon {
        return colon_sentence_speaker(doc, context);
    }
    // "Then, in 2017, Kerry said that 100,000 would come." or "He then had
    // a question for the crowd.": the last sentence leads into the quote.
    let last = *context.sentences.last()?;
    if let Some((cue, mention)) = sentence_report(doc, context, last) {
        return Some((cue, mention));
    }
    let first = *context.sentences.first()?;
    if context.quoted.iter().any(|q| first.contains(*q)) {
        return None;
    }
    leading_subject(&doc.text, first).map(|mention| (None, mention))
}
