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

use crate::cues::{cues_in, Cue, CueShape};
use crate::document::{Document, Role};
use crate::lexicon::CueForm;
use crate::phrases::{
    can_speak, clause_subject, is_pronoun, is_relative, last_clause_subject, leading_subject,
    name_after, opens_introduction, sits_by_verb, subject_before,
};
use crate::quotes::{Quote, QuoteKind};
use crate::span::Span;
use crate::words::{sentences, Word};

/// A quotation with what this article says about its speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attributed {
    /// The quotation.
    pub quote: Quote,
    /// The reporting word or phrase.
    pub cue: Option<Span>,
    /// The words naming the speaker.
    pub mention: Option<Span>,
}

/// Attributes every quote of `doc`.
pub fn attribute(doc: &Document, quotes: Vec<Quote>) -> Vec<Attributed> {
    let contexts = paragraph_contexts(doc, &quotes);
    let mut out: Vec<Attributed> = quotes
        .iter()
        .map(|quote| {
            let (cue, mention) = own_sentence(doc, quote, &contexts[quote.paragraph]);
            Attributed {
                quote: quote.clone(),
                cue,
                mention,
            }
        })
        .collect();
    // Judged on the quote's own sentence, before others lend it a speaker.
    let scare: Vec<bool> = out.iter().map(|a| is_scare_quote(doc, a)).collect();
    borrow_within_paragraph(&mut out);
    carry_across_paragraphs(doc, &mut out, &contexts);
    let mut keep = scare.into_iter().map(|scare| !scare);
    out.retain(|_| keep.next().unwrap_or(true));
    out
}

/// Longest fragment taken for a scare quote when nothing reports it.
const SCARE_QUOTE_WORDS: usize = 1;

/// "the “birtherism” notion": a single word in running text that no
/// reporting cue attributes is the writer's distance, not a quotation.
/// Headlines keep theirs ("Mayor ‘shocked’ by flood damage").
fn is_scare_quote(doc: &Document, attributed: &Attributed) -> bool {
    let quote = &attributed.quote;
    let in_body = doc.paragraphs[quote.paragraph].role == Role::Body;
    // The word count last: it is the dear part, and seldom needed.
    quote.kind == QuoteKind::Partial
        && attributed.cue.is_none()
        && in_body
        && crate::words::words(doc.slice(quote.span), quote.span.start).len() <= SCARE_QUOTE_WORDS
}

/// The quote spans and sentences of one paragraph.
#[derive(Default)]
struct ParagraphContext {
    quoted: Vec<Span>,
    sentences: Vec<Span>,
}

fn paragraph_contexts(doc: &Document, quotes: &[Quote]) -> Vec<ParagraphContext> {
    let mut contexts: Vec<ParagraphContext> = doc
        .paragraphs
        .iter()
        .map(|_| ParagraphContext::default())
        .collect();
    for quote in quotes.iter().filter(|q| q.kind != QuoteKind::Unmarked) {
        contexts[quote.paragraph].quoted.push(quote.outer);
    }
    let mut contents: Vec<Vec<Span>> = vec![Vec::new(); doc.paragraphs.len()];
    for quote in quotes.iter().filter(|q| q.kind != QuoteKind::Unmarked) {
        contents[quote.paragraph].push(quote.span);
    }
    // Sentences are needed where quotes are, and in the paragraph before.
    let mut needed = vec![false; doc.paragraphs.len()];
    for quote in quotes {
        needed[quote.paragraph] = true;
        if let Some(previous) = (0..quote.paragraph)
            .rev()
            .find(|&p| doc.paragraphs[p].role == Role::Body)
        {
            needed[previous] = true;
        }
    }
    // A quotation's own final stop may end the sentence: mask only its words.
    for (((context, paragraph), masked), needed) in contexts
        .iter_mut()
        .zip(&doc.paragraphs)
        .zip(&contents)
        .zip(needed)
    {
        if needed && paragraph.role != Role::Boilerplate {
            context.sentences = sentences(&doc.text, paragraph.span, masked);
        }
    }
    contexts
}

fn sentence_of(context: &ParagraphContext, at: usize) -> Option<Span> {
    context
        .sentences
        .iter()
        .copied()
        .find(|s| s.start <= at && at < s.end.max(s.start + 1))
}

/// Evidence 1: a cue in the quote's own sentence.
fn own_sentence(
    doc: &Document,
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
    let noun_phrase_for = |cue: Cue| {
        mention_for(doc, cue, quote, sentence, &context.quoted)
            .filter(|m| is_noun_phrase(m.slice(&doc.text)))
    };
    let relative = |m: &Span| is_relative(m.slice(&doc.text));
    for cue in &cues {
        // "Trump, who said …, issued a statement saying": a participle
        // belongs to the main clause, not to a relative clause's verb.
        let mention = noun_phrase_for(main_verb_for(*cue, &all_cues))
            .filter(|m| !(relative(m) && cue.shape == CueShape::Verb(CueForm::Participle)))
            .or_else(|| noun_phrase_for(*cue));
        let Some(mention) = mention else { continue };
        // "Stevens said the way … women who complained … “…”": the
        // sentence's own speaker outranks one inside its relative clause.
        let outer = relative(&mention)
            .then(|| main_clause_speaker(doc, *cue, &all_cues, sentence, &context.quoted))
            .flatten()
            .filter(|(_, m)| !relative(m) && is_noun_phrase(m.slice(&doc.text)));
        return match outer {
            Some((outer_cue, outer_mention)) => (Some(outer_cue), Some(outer_mention)),
            None => (Some(cue.span), Some(mention)),
        };
    }
    if cues.is_empty() {
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
        subject_without_cue(doc, quote, sentence, &context.quoted),
    )
}

/// "…, said Nargis Kassenova, an expert." / "…,” Mook wrote.": a short
/// reporting clause that closes the sentence after a comma reports all of
/// it, fragments included. "reported" names a channel, not a speaker.
fn closes_sentence(text: &str, cue: Cue, outer: Span, sentence: Span, quoted: &[Span]) -> bool {
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
    let between = crate::words::words(&text[outer.end..cue.span.start], 0);
    let new_clause = between.iter().any(|w| {
        matches!(
            w.folded().as_str(),
            "and"
                | "but"
                | "while"
                | "although"
                | "as"
                | "because"
                | "if"
                | "when"
                | "that"
                | "who"
                | "until"
                | "though"
        )
    });
    // ", said Ana Ruiz, the mayor." may run on; ", Ruiz said on Monday."
    // may not: words after a subject's verb would be what it said.
    let tail_words = crate::words::words(&text[cue.span.end..sentence.end], 0).len();
    let inverted = between.is_empty();
    let tail_fits = if inverted {
        tail_words <= 14
    } else {
        tail_words <= 4
    };
    between.len() <= 8 && !new_clause && tail_fits
}

/// Words after which a verb is not a report of what was said: "would
/// continue", "to say".
const NOT_REPORTED_AFTER: &[&str] = &[
    "would", "will", "should", "could", "can", "may", "might", "must", "to", "be",
];

/// A cue inside what another reports, which narrates no quotation itself:
/// "said that her campaign would continue “…”", "noted that you can't yell
/// “…”".
fn is_embedded(text: &str, cue: Cue, cues: &[Cue]) -> bool {
    let from = crate::span::floor_boundary(text, cue.span.start.saturating_sub(40));
    let before = crate::words::words(&text[from..cue.span.start], 0);
    let modal = before
        .last()
        .is_some_and(|w| NOT_REPORTED_AFTER.contains(&w.folded().as_str()));
    // "…, which he called “…”": a relative clause with its own speaker.
    let own_speaker = match before.as_slice() {
        [.., relative, subject] => {
            is_pronoun(subject.text)
                && matches!(
                    relative.folded().as_str(),
                    "which" | "who" | "whom" | "what"
                )
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
        let between = crate::words::words(&text[from..cue.span.start], from);
        let words: Vec<String> = between.iter().map(|w| w.folded()).collect();
        // "…, although he tweeted that": a new clause reports on its own.
        // So do ", and he accused" and "…, Tanden wrote": a pronoun or a
        // name after "and" or a comma starts one.
        let new_clause = words
            .iter()
            .any(|w| matches!(w.as_str(), "although" | "though" | "while" | "but" | "when"))
            || words
                .windows(2)
                .any(|pair| pair[0] == "and" && is_pronoun(&pair[1]))
            || between.iter().any(|w| {
                let after_comma = text[..w.span.start].trim_end().ends_with(',');
                after_comma && (w.is_capitalized() || is_pronoun(w.text))
            });
        outer.shape == CueShape::Verb(CueForm::Finite)
            && outer.span.end <= cue.span.start
            && words.iter().any(|w| w == "that")
            && !new_clause
    });
    modal || inside_report
}

/// The nearest finite cue before `inner` that reports for the sentence
/// itself (not an inverted cue closing an earlier quotation), with its subject.
fn main_clause_speaker(
    doc: &Document,
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

/// "Lau, the party's spokesman, said in a statement. “There are no
/// ballots.”": a quotation opening its sentence continues the report of
/// the sentence before, when that one quotes nothing itself.
fn previous_sentence_report(
    doc: &Document,
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
    doc: &Document,
    context: &ParagraphContext,
    previous: Span,
) -> Option<(Option<Span>, Span)> {
    let text = &doc.text;
    if context.quoted.iter().any(|q| previous.contains(*q)) {
        return None;
    }
    let speaks = |m: &Span| is_noun_phrase(m.slice(text)) && can_speak(m.slice(text));
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
fn next_sentence_clause(
    doc: &Document,
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
    let length = crate::words::words(subject.slice(&doc.text), subject.start).len();
    // After a full stop, "He says the law is …" starts a statement of its own.
    if opens_with_quote || !(1..=6).contains(&length) || !asks {
        return None;
    }
    Some((cue.span, subject_before(&doc.text, subject)?))
}

/// Without a usable cue, the subject of the quote's clause speaks ("She
/// admitted “one or two instances” …"), as annotators of news read it; a
/// quote after "Name:" belongs to that name; a quote followed by ", she
/// elaborated" to the pronoun or name there.
fn subject_without_cue(
    doc: &Document,
    quote: &Quote,
    sentence: Span,
    quoted: &[Span],
) -> Option<Span> {
    let text = &doc.text;
    let clause_start = clause_start(quoted, sentence, quote.outer.start);
    let before = Span::new(clause_start, quote.outer.start);
    if let Some(name) = before.slice(text).trim_end().strip_suffix(':') {
        // "Pollsters agree - Carl Bialik: “…”": the name after the dash.
        let label = [" - ", " — ", " – "]
            .iter()
            .filter_map(|dash| name.rfind(dash).map(|i| i + dash.len()))
            .max()
            .unwrap_or(0);
        let head = Span::new(before.start + label, before.start + name.len());
        // "McConnell delivered a blunt message to Trump:": a clause before
        // the colon has its subject first; a bare label is the name itself.
        let words = crate::words::words(head.slice(text), head.start).len();
        let clause = (words > 5)
            .then(|| clause_subject(text, head))
            .flatten()
            .filter(|span| can_speak(span.slice(text)));
        if let Some(span) = clause.or_else(|| subject_before(text, head)) {
            return Some(span);
        }
    }
    clause_subject(text, before)
        .filter(|span| can_speak(span.slice(text)))
        .or_else(|| trailing_speaker(text, quote.outer.end, sentence.end))
}

/// Words that open a clause or a modifier, never a speaker's name.
const NOT_A_SUBJECT_START: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "including",
    "compared",
    "which",
    "what",
    "when",
    "where",
    "because",
    "while",
    "if",
    "than",
    "about",
    "into",
    "over",
];

/// False for stretches that cannot name a speaker, like "saying Trump's"
/// or "of economic ills".
fn is_noun_phrase(words: &str) -> bool {
    if is_relative(words) {
        return true;
    }
    let first = words.split_whitespace().next().unwrap_or("");
    let opener = first.to_lowercase();
    let participle = first.starts_with(char::is_lowercase) && opener.ends_with("ing");
    !NOT_A_SUBJECT_START.contains(&opener.as_str()) && !participle
}

/// Where the clause ending at `at` starts: after the last quotation of the
/// sentence before `at`, or at the sentence start.
fn clause_start(quoted: &[Span], sentence: Span, at: usize) -> usize {
    quoted
        .iter()
        .filter(|q| q.end <= at && q.start >= sentence.start)
        .map(|q| q.end)
        .max()
        .unwrap_or(sentence.start)
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

fn mention_for(
    doc: &Document,
    cue: Cue,
    quote: &Quote,
    sentence: Span,
    quoted: &[Span],
) -> Option<Span> {
    let text = &doc.text;
    if cue.shape == CueShape::According {
        return name_after(text, cue.span.end, sentence.end);
    }
    let clause_start = clause_start(quoted, sentence, cue.span.start);
    if cue.shape == CueShape::Verb(CueForm::Participle) {
        // "…, with the union calling her “…”": the participle's own subject.
        if let Some(subject) = with_subject(text, Span::new(clause_start, cue.span.start)) {
            return Some(subject);
        }
        // "Trump went after Bush, calling him …": the sentence's subject,
        // even across a quotation ("Carson shared a class called “…” on
        // his page, writing").
        return sentence_subject(text, sentence, clause_start, cue.span.start, quoted);
    }
    let gap = Span::new(clause_start, cue.span.start);
    let may_invert = !TRANSITIVE.contains(&cue.span.slice(text).to_lowercase().as_str());
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
    let gap_words = crate::words::words(gap.slice(text), gap.start);
    let and_at = gap_words.iter().rposition(|w| w.text == "and");
    let joined_verb = and_at.is_some_and(|i| i > 0 && gap_words[i + 1..].iter().all(sits_by_verb));
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
        let words = crate::words::words(gap.slice(text), gap.start);
        let verb_before = words.len().checked_sub(2).map(|i| &words[i]);
        None.or_else(|| {
            verb_before
                .filter(|w| w.text.ends_with("ed"))
                .and_then(|w| subject_before(text, Span::new(gap.start, w.span.start)))
                .filter(|s| s.end + 1 >= verb_before.map_or(0, |w| w.span.start))
        })
        .or_else(|| sentence_subject(text, sentence, clause_start, cue.span.start, quoted))
    });
    // "…,'' since most cases were close, said Lee Epstein": no subject stands
    // before the verb, so the name after it speaks.
    // "“…” that Sanders can catch Clinton, said Elmendorf": a clause
    // (it has an auxiliary) names no one either.
    let names_someone = subject.is_some_and(|s| {
        let words: Vec<&str> = s.slice(text).split_whitespace().collect();
        let first = words.first().copied().unwrap_or("");
        let clause = words.iter().any(|w| AUXILIARIES.contains(w));
        (first.starts_with(char::is_uppercase) || is_pronoun(first))
            && !opens_introduction(first)
            && !clause
    });
    // "The paradox of Nancy, says Carl Anthony, is that …": a thing, a
    // comma, then an inverted cue and a name between commas.
    let thing = subject.is_some_and(|s| {
        let mut words = s.slice(text).split_whitespace();
        let first = words.next().unwrap_or("");
        let head = words.next().unwrap_or("");
        matches!(first, "The" | "A" | "An") && !can_speak(head)
    });
    let names_someone = names_someone && !thing;
    // "In other words, explained …": an introductory phrase, then the verb.
    if !names_someone && may_invert && gap.slice(text).trim_end().ends_with(',') {
        if let Some(name) = name_after(text, cue.span.end, sentence.end) {
            return Some(name);
        }
    }
    subject
}

/// "with Gorka noting …": the noun phrase between "with" and a participle.
fn with_subject(text: &str, region: Span) -> Option<Span> {
    let tokens = crate::words::words(region.slice(text), region.start);
    let with = tokens.iter().rposition(|w| w.folded() == "with")?;
    let phrase = &tokens[with + 1..];
    let named = phrase
        .first()
        .is_some_and(|w| w.is_capitalized() || is_pronoun(w.text))
        || phrase.first().is_some_and(|w| w.folded() == "the");
    // "tangled with Trump once directly, saying": the phrase must run
    // straight into the participle.
    let between = &text[tokens[with].span.end..region.end];
    let straight = !between.contains(',') && !phrase.iter().any(|w| w.folded() == "and");
    if !named || !straight || phrase.len() > 8 {
        return None;
    }
    subject_before(text, Span::new(phrase[0].span.start, region.end))
}

/// The subject of the sentence up to `end`, read across quotations, or
/// else of the clause from `clause_start`.
fn sentence_subject(
    text: &str,
    sentence: Span,
    clause_start: usize,
    end: usize,
    quoted: &[Span],
) -> Option<Span> {
    clause_subject(text, Span::new(sentence.start, end))
        .filter(|s| !quoted.iter().any(|q| q.start <= s.start && s.start < q.end))
        .or_else(|| clause_subject(text, Span::new(clause_start, end)))
}

/// Auxiliary verbs, which no name contains.
const AUXILIARIES: &[&str] = &[
    "can", "could", "will", "would", "should", "may", "might", "must", "is", "was", "are", "were",
    "has", "have", "had", "does", "did",
];

/// ", she elaborated" after a quotation whose verb is not in the lexicon.
fn trailing_speaker(text: &str, from: usize, sentence_end: usize) -> Option<Span> {
    let rest = Span::new(from, sentence_end);
    let clause = rest.slice(text);
    let clause = clause.trim_start_matches([',', ' ', '\u{a0}']);
    let start = sentence_end - (rest.len() - (rest.slice(text).len() - clause.len()));
    let stop = clause
        .find([',', '.', ';', '“', '"', '!', '?'])
        .unwrap_or(clause.len());
    let region = Span::new(start, start + stop);
    let tokens = crate::words::words(region.slice(text), region.start);
    let (verb, subject) = tokens.split_last()?;
    let looks_like_verb = verb.text.ends_with("ed") || verb.text.ends_with('s');
    let named = subject
        .first()
        .is_some_and(|w| w.is_capitalized() || crate::phrases::is_pronoun(w.text));
    (looks_like_verb && named && (1..=4).contains(&subject.len()))
        .then(|| Span::new(subject[0].span.start, subject[subject.len() - 1].span.end))
}

/// Evidence 2a: a quote without a cue shares the speaker of another quote in
/// its paragraph ("“We won,” she said. “Now we rest.”").
fn borrow_within_paragraph(quotes: &mut [Attributed]) {
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
fn carry_across_paragraphs(
    doc: &Document,
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
        let found = signed_below(doc, paragraph)
            .map(|mention| (None, mention))
            .or_else(|| from_previous_paragraph(doc, paragraph, contexts, quotes));
        if let Some((cue, mention)) = found {
            quotes[i].cue = cue;
            quotes[i].mention = Some(mention);
        }
    }
}

/// "“…” / - Sanders." or "/ —Michelle Marks, Philadelphia": a quote
/// paragraph signed by a dash and a name on the line below.
fn signed_below(doc: &Document, paragraph: usize) -> Option<Span> {
    let next = doc.paragraphs.get(paragraph + 1)?;
    let line = doc.slice(next.span);
    let name = line.strip_prefix(['-', '—', '–'])?.trim_start();
    let start = next.span.end - name.len();
    let end = name.find([',', '.', ';']).unwrap_or(name.len());
    let words = crate::words::words(&name[..end], start);
    // A name, every word capitalised: not a bullet point ("- The plan is …").
    let signature = (1..=5).contains(&words.len()) && words.iter().all(Word::is_capitalized);
    signature.then(|| Span::new(start, start + end).trim(&doc.text))
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

fn from_previous_paragraph(
    doc: &Document,
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
    if let Some(q) = last_quote {
        let ends_with_quote = q.quote.outer.end + 2 >= doc.paragraphs[previous].span.end
            || previous_text.ends_with(':');
        // "…,” Susan said as she turned around.": the last sentence quotes.
        let in_last_sentence = context
            .sentences
            .last()
            .is_some_and(|s| s.start <= q.quote.outer.start);
        if ends_with_quote || in_last_sentence {
            return Some((q.cue, q.mention?));
        }
    }
    if previous_text.ends_with(':') {
        let last = *context.sentences.last()?;
        let cues = cues_in(&doc.text, last, &context.quoted);
        // "Jared Potts echoed:", "Transcript as follows:": its subject.
        let Some(&cue) = cues.last() else {
            let subject =
                clause_subject(&doc.text, last).filter(|s| can_speak(s.slice(&doc.text)))?;
            return Some((None, subject));
        };
        let region = Span::new(last.start, cue.span.start);
        // "Stated Stone:": an inverted cue names the speaker after it.
        let speaker = subject_before(&doc.text, region)
            .or_else(|| name_after(&doc.text, cue.span.end, last.end))?;
        return Some((Some(cue.span), speaker));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::find_quotes;

    fn attributed(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let doc = Document::new("t.txt", text.to_string(), vec![]);
        let quotes = find_quotes(&doc);
        attribute(&doc, quotes)
            .iter()
            .map(|a| {
                (
                    doc.slice(a.quote.span).to_string(),
                    a.mention.map(|m| doc.slice(m).to_string()),
                    a.cue.map(|c| doc.slice(c).to_string()),
                )
            })
            .collect()
    }

    fn mention(text: &str) -> Vec<Option<String>> {
        attributed(text).into_iter().map(|(_, m, _)| m).collect()
    }

    #[test]
    fn cue_after_quote() {
        let got = attributed("“We will rebuild,” the mayor told reporters.");
        assert_eq!(got[0].1.as_deref(), Some("the mayor"));
        assert_eq!(got[0].2.as_deref(), Some("told"));
    }

    #[test]
    fn inverted_cue_takes_name_after() {
        assert_eq!(
            mention("\"It is a setback,\" said the city's spokesperson Mia Holt in a statement."),
            [Some("the city's spokesperson Mia Holt".to_string())]
        );
    }

    #[test]
    fn colon_cue_before_quote() {
        assert_eq!(
            mention("Speaking in Lyon, Ruiz said: “The plan is ready.”"),
            [Some("Ruiz".to_string())]
        );
    }

    #[test]
    fn partial_quote_after_that() {
        assert_eq!(
            mention("Ruiz said Thursday that the city would “act quickly” to help."),
            [Some("Ruiz".to_string())]
        );
    }

    #[test]
    fn participle_takes_main_subject() {
        let got = mention(
            "“Roads are closed,” the police said, adding they had been “overwhelmed” by calls.",
        );
        assert_eq!(
            got,
            [
                Some("the police".to_string()),
                Some("the police".to_string())
            ]
        );
    }

    #[test]
    fn according_to_names_after() {
        assert_eq!(
            mention("The plan is “fully funded”, according to the city council."),
            [Some("the city council".to_string())]
        );
    }

    #[test]
    fn bare_quote_paragraph_takes_previous_subject() {
        let text = "“We are ready,” Ruiz said.\n\nThe veteran mayor then smiled at the crowd.\n\n“Nobody leaves.”";
        assert_eq!(
            mention(text),
            [
                Some("Ruiz".to_string()),
                Some("The veteran mayor".to_string())
            ]
        );
    }

    #[test]
    fn no_speaker_when_nobody_is_named() {
        assert_eq!(
            mention("The shop stayed “closed for repairs” all week."),
            [None]
        );
    }

    #[test]
    fn a_lone_word_nobody_is_reported_to_say_is_a_scare_quote() {
        assert_eq!(mention("The shop stayed “closed” all week."), []);
        assert_eq!(
            mention("The owner called the shop “closed” all week."),
            [Some("The owner".to_string())]
        );
    }
}
