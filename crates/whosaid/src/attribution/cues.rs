//! Reporting cues in a sentence: "said", "told", "according to", …
//!
//! In: a sentence span and the quotations inside it. Out: the cue words that
//! stand outside the quotations and are used as verbs. A cue word used as a
//! noun ("the reports", "telephone calls") or capitalised mid-sentence
//! ("United States") is not a cue.

use crate::text::lexicon::{lexicon, CueForm};
use crate::text::span::Span;
use crate::text::tokens::{Text, Word};
use crate::text::word_classes::is_pronoun;

/// How a cue connects to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueShape {
    /// A verb whose subject is the speaker.
    Verb(CueForm),
    /// "according to NAME".
    According,
}

/// One reporting cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The cue's words.
    pub span: Span,
    /// Its shape.
    pub shape: CueShape,
}

/// Words after which a cue word is a noun ("the report", "to say").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "such", "no", "any", "some", "many", "to", "of",
];

/// Words after which a noun-prone cue word is a noun ("media reports").
const NOUN_MODIFIERS: &[&str] = &[
    "media",
    "news",
    "phone",
    "telephone",
    "press",
    "intelligence",
    "first",
    "recent",
    "unconfirmed",
    "initial",
    "earlier",
    "later",
    "conflicting",
];

/// True for a cue word whose -s form is more often a plural noun
/// ("states", "reports"); `lower` is lowercase.
pub fn is_noun_prone(lower: &str) -> bool {
    NOUN_PRONE.contains(&lower)
}

/// Cue words whose -s form is more often a plural noun.
const NOUN_PRONE: &[&str] = &[
    "reports",
    "calls",
    "claims",
    "charges",
    "comments",
    "remarks",
    "states",
    "notes",
    "answers",
    "posts",
    "points",
    "reads",
    "promises",
    "warnings",
    "denies",
    "demands",
    "terms",
    "labels",
    "tweets",
    "counters",
    "brands",
    "thanks",
    "questions",
    "credits",
    "slams",
    "praises",
];

/// Verbs that report a retort when "back" follows ("shot back").
const RETORTS: &[&str] = &[
    "shot", "shoots", "shooting", "fired", "fires", "firing", "hit", "hits", "hitting",
];

/// Bare cue words that are nouns as often as verbs.
const BARE_NOUNS: &[&str] = &[
    "state", "report", "post", "note", "call", "claim", "answer", "reply", "tweet", "comment",
    "remark", "question", "credit", "praise", "blast", "blame", "joke", "promise", "pledge", "vow",
    "echo", "term", "point", "charge", "counter", "demand", "cry", "shout", "laugh", "sigh",
    "beam", "boom", "snap", "vent", "hint",
];

/// "As Ruiz put it, …": "put" reports words only with "it" ("put his house
/// up for sale", "the ones put forth").
const ONLY_WITH_IT: &[&str] = &["put", "puts", "putting"];

/// "she went on.", "Ruiz went on:": "went on" or "goes on" after a pronoun
/// or a name, closing its clause, reports more words ("as the day went on,"
/// does not).
fn goes_on_speaking(text: &Text, tokens: &[Word], i: usize) -> bool {
    let verb = tokens[i].text;
    let speaker = i.checked_sub(1).map(|j| &tokens[j]);
    let closes = text[tokens[i + 1].span.end..]
        .trim_start()
        .starts_with(['.', ',', ':']);
    matches!(verb, "went" | "goes")
        && closes
        && speaker.is_some_and(|w| is_pronoun(w.text) || w.is_capitalized())
}

/// "no better than, say, a flat tax": "say" set off by commas gives an
/// example.
fn is_for_example(text: &Text, word: &Word) -> bool {
    text[..word.span.start].ends_with(", ") && text[word.span.end..].starts_with(',')
}

fn is_determiner(word: &Word) -> bool {
    DETERMINERS.contains(&word.folded())
}

/// "is", "were", "he’s": a form of "be", which makes the participle after it
/// a finite verb ("the group is calling on …") with a subject before it.
fn is_be(word: &Word) -> bool {
    matches!(word.folded(), "is" | "are" | "was" | "were" | "am")
        || crate::text::word_classes::contracted_pronoun(word.text).is_some()
}

/// True when the words before a verb end in a noun phrase that a
/// determiner or a possessive opens ("the snarky, anti-GOP headline",
/// "Ruiz’s letter"), not one a preposition governs ("in other states").
fn has_opened_subject(before: &[Word]) -> bool {
    const LONGEST_SUBJECT: usize = 6;
    for word in before.iter().rev().skip(1).take(LONGEST_SUBJECT) {
        if is_determiner(word) || crate::text::words::strip_possessive(word.text) != word.text {
            return true;
        }
        if crate::text::words::is_preposition(word.folded()) {
            return false;
        }
    }
    false
}

/// True when punctuation stands between two words ("that, said").
fn set_off(text: &Text, before: &Word, word: &Word) -> bool {
    text[before.span.end..word.span.start].contains([',', ';', ':', '—', '–'])
}

/// The cues in `sentence` outside the spans in `quoted`.
pub fn cues_in(text: &Text, sentence: Span, quoted: &[Span]) -> Vec<Cue> {
    let tokens = text.words_in(sentence);
    let mut out = Vec::new();
    // One buffer for every word's lowercase form: most words are looked up
    // and dropped, so allocating each would dominate.
    let mut lower = String::new();
    for (i, word) in tokens.iter().enumerate() {
        if quoted.iter().any(|q| q.contains(word.span)) {
            continue;
        }
        // A word inside a quotation says nothing about the cue's grammar.
        // "larger than that, said Ruiz": a determiner set off by a comma
        // ends its own clause and makes no noun of the cue word.
        let previous = i
            .checked_sub(1)
            .map(|j| &tokens[j])
            .filter(|w| !quoted.iter().any(|q| q.contains(w.span)))
            .filter(|w| !(set_off(text, w, word) && is_determiner(w)));
        // The word's folded form is its lowercase unless a possessive was
        // stripped from it ("State's" is no "state").
        let lower = if word.folded().len() == word.text.len() {
            word.folded()
        } else {
            lower.clear();
            lower.push_str(word.text);
            lower.make_ascii_lowercase();
            if !lower.is_ascii() {
                lower = lower.to_lowercase();
            }
            lower.as_str()
        };
        let next = tokens.get(i + 1).map(|w| w.text);
        if lower == "according" && next == Some("to") {
            out.push(Cue {
                span: Span::new(word.span.start, tokens[i + 1].span.end),
                shape: CueShape::According,
            });
        } else if next == Some("back") && RETORTS.contains(&lower) {
            // "Hillary shot back", "Rubio fired back": a retort.
            let form = if lower.ends_with("ing") {
                CueForm::Participle
            } else {
                CueForm::Finite
            };
            out.push(Cue {
                span: Span::new(word.span.start, tokens[i + 1].span.end),
                shape: CueShape::Verb(form),
            });
        } else if next == Some("on") && goes_on_speaking(text, &tokens, i) {
            // "“…,” she went on.": the speaker continues.
            out.push(Cue {
                span: Span::new(word.span.start, tokens[i + 1].span.end),
                shape: CueShape::Verb(CueForm::Finite),
            });
        } else if ONLY_WITH_IT.contains(&lower) && next != Some("it")
            || lower == "say" && is_for_example(text, word)
        {
            continue;
        } else if let Some(&form) = lexicon().cues.get(lower) {
            // "“…,” the suit reads.": a word that ends its clause after a
            // noun is that noun's verb.
            let ends_clause = text[word.span.end..sentence.end.max(word.span.end)]
                .trim_start()
                .starts_with(['.', ',', ':', ';']);
            let after_noun = previous.is_some_and(|w| {
                let before = w.text.to_lowercase();
                // "by 19 points.": a number counts the noun after it.
                !DETERMINERS.contains(&before.as_str())
                    && !before.starts_with(|c: char| c.is_ascii_digit())
                    && !crate::text::words::is_preposition(&before)
                    && !NOUN_MODIFIERS.contains(&before.as_str())
                    && !w.is_capitalized()
            });
            // "a swing state.": a bare form after a noun is that noun's head.
            // "in smaller, whiter states,": a plural-prone form closes a
            // clause as a verb only after a subject that a determiner or a
            // possessive opens ("the suit reads.", "as the group’s website
            // notes:").
            let closes_clause = ends_clause
                && after_noun
                && !word.is_capitalized()
                && !BARE_NOUNS.contains(&lower)
                && (!NOUN_PRONE.contains(&lower) || has_opened_subject(&tokens[..i]));
            if closes_clause || is_verb_use(word, lower, previous) {
                let form = match previous {
                    Some(auxiliary) if form == CueForm::Participle && is_be(auxiliary) => {
                        CueForm::Finite
                    }
                    _ => form,
                };
                out.push(Cue {
                    span: word.span,
                    shape: CueShape::Verb(form),
                });
            }
        }
    }
    out
}

/// True when a cue word stands as a verb after `previous`: not after a
/// determiner ("the report"), not capitalised mid-sentence.
pub fn is_verb_use(word: &Word, lower: &str, previous: Option<&Word>) -> bool {
    // "Thanks to …", "Questions remain": a plural noun opens the sentence.
    let Some(previous) = previous else {
        return !NOUN_PRONE.contains(&lower);
    };
    if word.is_capitalized() {
        return false;
    }
    let before = previous.text.to_lowercase();
    // "the report", "Clinton’s call": a noun after a determiner or possessive.
    // "she’s said" is a contraction, not a possessive.
    let stem = crate::text::words::strip_possessive(previous.text);
    let possessive = stem != previous.text
        && !is_pronoun(stem)
        && !matches!(
            stem.to_lowercase().as_str(),
            "that" | "there" | "who" | "what" | "it"
        );
    // "Some say", "many said": a quantifier standing alone is the subject.
    let quantifier = matches!(
        before.as_str(),
        "some" | "many" | "most" | "few" | "several"
    );
    if quantifier && !NOUN_PRONE.contains(&lower) && !BARE_NOUNS.contains(&lower) {
        return true;
    }
    if DETERMINERS.contains(&before.as_str()) || possessive {
        return false;
    }
    // "on points", "for comment": a preposition takes a noun, or a gerund.
    if crate::text::words::is_preposition(&before) && !lower.ends_with("ing") {
        return false;
    }
    let noun_prone = NOUN_PRONE.contains(&lower);
    // "Ruiz now calls it", "she repeatedly claims": an adverb before a verb.
    let adverb = matches!(
        before.as_str(),
        "now" | "also" | "still" | "then" | "again" | "often" | "always" | "never"
    ) || crate::text::word_classes::is_manner_adverb(previous);
    // "a swing state", "a wake-up call", "the Senate report": a bare form that
    // is also a noun is a verb only after its subject ("they", "officials",
    // "the Saudis"), an auxiliary or an adverb.
    if BARE_NOUNS.contains(&lower) {
        let plural_subject = before.ends_with('s') && !before.ends_with("ss");
        return is_pronoun(previous.text)
            || plural_subject
            || adverb
            || crate::text::words::is_modal(&before)
            || matches!(
                before.as_str(),
                "do" | "does" | "did" | "not" | "don't" | "don’t" | "didn't" | "didn’t"
            );
    }
    !noun_prone
        || (!NOUN_MODIFIERS.contains(&before.as_str())
            && (previous.is_capitalized() || is_pronoun(&before) || adverb))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::with_text;

    fn cue_words(text: &str) -> Vec<&str> {
        with_text(text, |t| cues_in(t, Span::new(0, text.len()), &[]))
            .iter()
            .map(|c| c.span.slice(text))
            .collect()
    }

    #[test]
    fn verbs_are_cues_nouns_are_not() {
        assert_eq!(
            cue_words("Media reports said the mayor told reporters."),
            ["said", "told"]
        );
        assert_eq!(
            cue_words("The EU states its view after telephone calls."),
            ["states"]
        );
        assert_eq!(cue_words("The United States warned."), ["warned"]);
        assert_eq!(cue_words("Thanks to the storm, Ruiz said."), ["said"]);
        assert_eq!(
            cue_words("Ruiz won on points and left without comment."),
            Vec::<&str>::new()
        );
        assert_eq!(
            cue_words("Fishermen back Ruiz by 19 points."),
            Vec::<&str>::new()
        );
        assert_eq!(cue_words("She ended by saying no."), ["saying"]);
        assert_eq!(
            cue_words("It was a wake-up call in a swing state, and officials state it."),
            ["state"]
        );
        assert_eq!(
            cue_words("They will state it, Ruiz never tweet"),
            ["state", "tweet"]
        );
    }

    #[test]
    fn going_on_after_a_speaker_reports() {
        assert_eq!(
            cue_words("As the day went on, the talks went on. Then she went on."),
            ["went on"]
        );
        assert_eq!(cue_words("Ruiz goes on: more."), ["goes on"]);
    }

    #[test]
    fn according_to_is_one_cue() {
        assert_eq!(
            cue_words("It rained, according to the mayor."),
            ["according to"]
        );
    }

    #[test]
    fn quoted_words_are_not_cues() {
        let text = "“I said no,” she replied.";
        let quoted = [Span::new(3, 13)];
        let got: Vec<&str> = with_text(text, |t| cues_in(t, Span::new(0, text.len()), &quoted))
            .iter()
            .map(|c| c.span.slice(text))
            .collect();
        assert_eq!(got, ["replied"]);
    }
}
