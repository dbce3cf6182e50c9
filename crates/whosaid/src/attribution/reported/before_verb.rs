//! The clause a tag closes or is set into: "CLAUSE, X said.", "CLAUSE,
//! said X, a pilot.", "HEAD, X said, REST", "CLAUSE, according to X."

use super::after_verb::{CALLS, TAKES_INFINITIVE};
use super::sentence::{
    names_after, source_fits, tag_end, trimmed_clause, Found, Sentence, NAME_WORDS, TAG_WORDS,
};
use crate::attribution::context::clause_start;
use crate::attribution::cues::{Cue, CueShape};
use crate::text::span::Span;
use crate::text::word_classes::is_lone_opening_phrase;

/// "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, according to X.": the
/// clause before a tag that closes the sentence; "HEAD, X said, REST": the
/// clause around a tag set into it.
pub(super) fn clause_before(sentence: &Sentence, cue: Cue) -> Option<Found> {
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
