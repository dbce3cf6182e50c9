//! Noun phrases that name speakers, read from the words around a cue.
//!
//! In: a document and the span of text where a speaker should stand (the
//! words between a quotation and its cue, or a clause's start and its cue).
//! Out: the span of the words that name the speaker: "he", "Rutte",
//! "Pentagon Deputy Press Secretary Sabrina Singh", "A South Korean official
//! from the president’s office". Ideas: asides between dashes, brackets or
//! "who … ," are skipped; adverbs and auxiliaries next to the verb are not
//! part of the name; of several comma-separated chunks the last names the
//! subject ("Speaking in Brussels, Borrell said").

use crate::text::lexicon::lexicon;
use crate::text::span::Span;
use crate::text::word_classes::{
    is_manner_adverb, is_pronoun, is_relative, pronoun_before_clitic, CLAUSE_OPENERS, DETERMINERS,
};
pub use clauses::{
    clause_subject, last_clause_subject, leading_subject, nearest_clause_subject, without_dateline,
};

mod clauses;
mod rightward;
use crate::text::tokens::{Text, Word};
use crate::text::words::{is_auxiliary, lowercase, strip_possessive, TIME_WORDS};
pub use rightward::name_after;

/// Words that sit between a subject and its verb without belonging to it.
const VERB_SIDE_WORDS: &[&str] = &[
    "also",
    "now",
    "then",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "did",
    "does",
    "do",
    "once",
    "again",
    "reportedly",
    "initially",
    "previously",
    "further",
    "first",
    "on",
    "just",
    "publicly",
    "privately",
    "repeatedly",
    "often",
    "never",
    "not",
    "only",
    "even",
    "still",
    "ultimately",
    "finally",
    "separately",
    "flatly",
    "bluntly",
    "simply",
    "quickly",
    "immediately",
    "already",
    "always",
    "frequently",
    "similarly",
    "likewise",
    "however",
    "in",
    "a",
    "at",
    "who",
    "which",
    "openly",
    "angrily",
    "loudly",
    "quietly",
    "jokingly",
    "sarcastically",
    "emphatically",
    "herself",
    "himself",
    "themselves",
    "both",
    "all",
    "yesterday",
    "today",
];

/// True when a phrase can name a source without a reporting verb: a name,
/// a pronoun, a role ("the official") or a speaking body ("the report").
pub fn can_speak(text: &Text, phrase: Span) -> bool {
    let lex = lexicon();
    text.words_in(phrase).iter().enumerate().any(|(i, w)| {
        let lower = w.folded();
        (w.is_capitalized() && !(i == 0 && DETERMINERS.contains(&lower)))
            || is_pronoun(w.text)
            || lex.titles.contains(lower)
            || lex.source_nouns.contains(lower)
            || lex.organization_words.contains(lower)
    })
}

/// The subject standing in `region`, which ends right before a cue.
pub fn subject_before(text: &Text, region: Span) -> Option<Span> {
    if let Some(relative) = relative_subject(text, region) {
        return Some(relative);
    }
    // "… for what it is (Raphael Lemkin, who …, once said": an open bracket
    // starts a sentence of its own.
    let slice = region.slice(text);
    let region = match slice.rfind('(') {
        Some(open) if !slice[open..].contains(')') => {
            Span::new(region.start + open + 1, region.end)
        }
        _ => region,
    };
    let cleaned = last_chunk(text, without_asides(text, without_adverbs(text, region)))?;
    // "KYIV, Ukraine — Ukraine said": a dateline ends at its dash; so does
    // an aside ("In May - four months later - the ministry told").
    let cleaned = match crate::text::words::last_dash(cleaned.slice(text)).map(|(_, after)| after) {
        Some(after) if after < cleaned.len() => Span::new(cleaned.start + after, cleaned.end),
        _ => cleaned,
    };
    let tokens = text.words_in(cleaned);
    let keep = verb_side_start(&tokens);
    // "and" joins two verbs of one subject: "Smith laughed and said".
    let tokens = &tokens[..keep];
    let opener = tokens
        .iter()
        .rposition(|w| CLAUSE_OPENERS.contains(&w.folded()));
    let start = opener.map_or(0, |i| i + 1);
    let start = joined_nouns_start(tokens, opener).unwrap_or(start);
    let tokens = &tokens[start..];
    // "Beck, who has in the past described": the relative opens the clause
    // ("who he dubbed" has a subject of its own).
    if let [first, next, ..] = tokens {
        if is_relative(first.text) && !is_pronoun(next.text) && !next.is_capitalized() {
            return Some(first.span);
        }
    }
    // "… which is what Comey described": the subject follows "is what".
    let tokens = match tokens.iter().position(|w| w.folded() == "what") {
        Some(what) if what >= 1 && matches!(tokens[what - 1].folded(), "is" | "was") => {
            &tokens[what + 1..]
        }
        _ => tokens,
    };
    if tokens
        .iter()
        .enumerate()
        .any(|(i, w)| is_finite_verb(w, i.checked_sub(1).map(|j| &tokens[j])))
    {
        return None;
    }
    // "at the convention Sen. Warren": a preposition opens no subject.
    let opens_phrase = tokens
        .first()
        .is_some_and(|w| crate::text::words::is_preposition(w.folded()));
    let tokens = if tokens.len() > 8 || opens_phrase {
        let phrase = trailing_noun_phrase(tokens);
        // "for Clinton" alone is the preposition's object.
        if opens_phrase && phrase.len() + 1 == tokens.len() {
            return None;
        }
        phrase
    } else {
        tokens
    };
    // "he's said": the pronoun without its contracted verb.
    if let [only] = tokens {
        if let Some(stem) = pronoun_before_clitic(only.text) {
            return Some(Span::new(only.span.start, only.span.start + stem.len()));
        }
    }
    let span = Span::new(tokens.first()?.span.start, tokens.last()?.span.end);
    // "Gov. Chris Christie (R)": the words end inside a bracket whose
    // closing mark they leave out, so the name ends before it.
    let slice = span.slice(text);
    match slice.rfind('(') {
        Some(open) if open > 0 && !slice[open..].contains(')') => Some(Span::new(
            span.start,
            span.start + slice[..open].trim_end().len(),
        )),
        _ => Some(span),
    }
}

/// "The delegate and conservative activist": an "and" between two bare
/// nouns inside one noun phrase that a determiner opens joins no clauses, so
/// the phrase starts at its determiner.
fn joined_nouns_start(tokens: &[Word], opener: Option<usize>) -> Option<usize> {
    let and_at = opener.filter(|&i| tokens[i].text == "and")?;
    let head = tokens[..and_at]
        .iter()
        .rposition(|w| CLAUSE_OPENERS.contains(&w.folded()))
        .map_or(0, |i| i + 1);
    let before = &tokens[head..and_at];
    let after = &tokens[and_at + 1..];
    let bare =
        |w: &Word| !w.is_capitalized() && !is_pronoun(w.text) && !DETERMINERS.contains(&w.folded());
    let (determiner, nouns) = before.split_first()?;
    let joins_nouns = DETERMINERS.contains(&determiner.folded())
        && nouns.len() <= 3
        && nouns.iter().all(bare)
        && after.first().is_some_and(bare);
    joins_nouns.then_some(head)
}

/// Nouns of the setting phrases that sit by a verb ("Ruiz in a statement
/// said", "at a news conference"), and the words between them and their
/// preposition. Alone they are nouns ("the statement said").
const SETTING_NOUNS: &[&str] = &["statement", "interview", "conference"];
const SETTING_MODIFIERS: &[&str] = &["a", "an", "the", "recent", "news", "press"];

/// Where the words that sit by a verb begin at the end of `tokens`: adverbs
/// and auxiliaries ("also has"), and setting phrases ("in a statement"). A
/// relative pronoun stops them ("Ruiz, who also said").
pub fn verb_side_start(tokens: &[Word]) -> usize {
    let mut keep = tokens.len();
    loop {
        while keep > 0 && sits_by_verb(&tokens[keep - 1]) && !is_relative(tokens[keep - 1].text) {
            keep -= 1;
        }
        match setting_phrase_start(&tokens[..keep]) {
            Some(start) => keep = start,
            None => return keep,
        }
    }
}

/// "in a recent interview", "at a news conference": where a setting phrase
/// ending `tokens` starts.
fn setting_phrase_start(tokens: &[Word]) -> Option<usize> {
    let (noun, rest) = tokens.split_last()?;
    if !SETTING_NOUNS.contains(&noun.folded()) {
        return None;
    }
    let modifiers = rest
        .iter()
        .rev()
        .take_while(|w| SETTING_MODIFIERS.contains(&w.folded()))
        .count();
    let preposition = rest.len().checked_sub(modifiers + 1)?;
    matches!(rest[preposition].folded(), "in" | "at").then_some(preposition)
}

/// A reporting verb inside a would-be subject, which makes it a clause
/// instead ("saying in a post"). A capitalised cue word is a name ("the State
/// Department"), and a bare form after a name is a noun ("Minnesota state
/// delegate"), not a verb.
fn is_finite_verb(word: &Word, previous: Option<&Word>) -> bool {
    let bare = !word.text.ends_with(['s', 'd']);
    let possessive = strip_possessive(word.text) != word.text;
    let noun_use =
        possessive || word.is_capitalized() || (bare && previous.is_some_and(Word::is_capitalized));
    let lower = word.folded();
    !noun_use
        && lexicon().cues.contains_key(lower)
        && crate::attribution::cues::is_verb_use(word, lower, previous)
}

/// "Ruiz, who also said": the relative pronoun right before the verb is its
/// subject; the speakers stage finds the name the clause hangs on.
fn relative_subject(text: &Text, region: Span) -> Option<Span> {
    let tokens = text.words_in(region);
    let last = tokens[..verb_side_start(&tokens)].last()?;
    if is_relative(last.text) {
        return Some(last.span);
    }
    // "Stephens, who, after trading insults with Hannity, said": an aside
    // between the relative pronoun and its verb.
    let slice = region.slice(text).trim_end();
    let aside = slice.strip_suffix(',')?;
    let open = aside.rfind(", ")?;
    let who = tokens
        .iter()
        .rfind(|w| w.span.end == region.start + open && is_relative(w.text))?;
    Some(who.span)
}

/// `region` without the -ly adverbs at its end ("Clinton, exasperated,
/// famously").
fn without_adverbs(text: &Text, region: Span) -> Span {
    let tokens = text.words_in(region);
    let adverbs = tokens
        .iter()
        .rev()
        .take_while(|w| is_manner_adverb(w))
        .count();
    match adverbs {
        0 => region,
        n => Span::new(region.start, tokens[tokens.len() - n].span.start).trim(text),
    }
}

/// True for a word that sits between a subject and its verb ("also",
/// "later", "repeatedly").
fn sits_by_verb(word: &Word) -> bool {
    let lower = word.folded();
    // "Will described Trump as …": a capitalised modal past the sentence's
    // start is a name.
    if word.is_capitalized() && crate::text::words::is_modal(lower) {
        return false;
    }
    VERB_SIDE_WORDS.contains(&lower) || TIME_WORDS.contains(&lower) || is_manner_adverb(word)
}

/// `region` with asides removed: the span from the end of the last aside on.
/// An aside is text between dashes or brackets, or "who …," after a name.
fn without_asides(text: &Text, region: Span) -> Span {
    let slice = region.slice(text).trim_end();
    // The trailing comma stays: it tells an apposition ("Ruiz, 58,") apart.
    let mut end = slice.len();
    let trimmed = slice.trim_end_matches([',', '–', '—', '-', ')', ' ']);
    // A trailing aside: "Lukashenko - who is … allies –" ends with its dash.
    let ends_with_aside = slice.ends_with(['–', '—', ')']) || slice.ends_with(" -");
    if ends_with_aside {
        if let Some(open) = find_aside_open(trimmed) {
            end = open;
        }
    }
    // "Rubio, whose hometown … rises," is an aside closed by its comma;
    // in "…, which Mr. Trump called" the relative clause holds the subject.
    let mut start = 0;
    let relative = [", who ", ", whose ", ", which "]
        .iter()
        .filter_map(|r| slice[..end].rfind(r).map(|at| (at, r.len())))
        .max();
    // "Lemkin, who coined the word, once", "…, last week": the aside
    // closes before the words that sit next to the verb.
    let core = slice[..end].trim_end_matches(|c: char| c.is_alphabetic() || c == ' ');
    let closed_before_adverbs = core.ends_with(',')
        && text
            .words_in(Span::new(region.start + core.len(), region.start + end))
            .iter()
            .all(|w| VERB_SIDE_WORDS.contains(&w.folded()) || TIME_WORDS.contains(&w.folded()));
    if let Some((at, len)) = relative {
        if slice[..end].ends_with(',') || closed_before_adverbs {
            end = at + 1;
        } else if slice[at..].starts_with(", which ") {
            start = at + len;
        }
    }
    Span::new(region.start + start, region.start + end).trim(text)
}

fn find_aside_open(slice: &str) -> Option<usize> {
    [" – ", " — ", " - ", " (", "—"]
        .iter()
        .filter_map(|opener| slice.rfind(opener))
        .max()
}

/// Of comma-separated chunks, the last that can name someone: empty chunks,
/// ages ("Ramos, 58,") and appositions ("Ruiz, a Democrat,") are passed over.
fn last_chunk(text: &Text, region: Span) -> Option<Span> {
    let slice = region.slice(text);
    let mut chunks = Vec::new();
    let mut end = slice.len();
    for (i, c) in slice.char_indices().rev() {
        if matches!(c, ',' | ';' | ':') {
            chunks.push(Span::new(region.start + i + 1, region.start + end).trim(text));
            end = i;
        }
    }
    chunks.push(Span::new(region.start, region.start + end).trim(text));
    // "Ruiz, a Democrat, has also said": an auxiliary alone stands with
    // the verb. Lowercase: "Will wrote" is George Will.
    let only_auxiliaries = |chunk: &Span| {
        let words = text.words_in(*chunk);
        let with_verb = |w: &crate::text::tokens::Word| {
            !w.is_capitalized()
                && (is_auxiliary(w.folded()) || matches!(w.folded(), "also" | "later"))
        };
        !words.is_empty() && words.iter().all(with_verb)
    };
    let usable = |chunk: &Span| {
        chunk.slice(text).chars().any(char::is_alphanumeric) && !only_auxiliaries(chunk)
    };
    // "Ruiz, a Democrat, said": the region ends with a comma, and the
    // chunk before it is an apposition; "…, a man yelled": it is the subject.
    let enclosed = chunks.first().is_some_and(|c| !usable(c));
    let candidates: Vec<Span> = chunks.iter().copied().filter(usable).collect();
    let first = *candidates.first()?;
    // Between commas, a subject starts with a capital ("Ruiz") or a pronoun;
    // "a Democrat", "58", "speaking on condition of anonymity" are asides.
    // "Or, as Tom Ridge, a former secretary, put it": "as" opens the subject.
    // "… the system and he, once again, pledged": the chunk's last clause.
    let is_apposition = |chunk: &Span| {
        let words: Vec<&str> = chunk.slice(text).split_whitespace().collect();
        let opener = words
            .iter()
            .rposition(|w| CLAUSE_OPENERS.contains(&&*lowercase(w)));
        let first = words
            .get(opener.map_or(0, |i| i + 1))
            .copied()
            .unwrap_or("");
        !(first.starts_with(char::is_uppercase) || is_pronoun(first))
    };
    // "James, 22, of Flint, Mich., said", "Clinton, at a meeting in
    // Columbus, Ohio, said", "Voters in Salem, Ore., said": the state after
    // a town is part of a place.
    let is_region_of_place = |i: usize| {
        let Some(before) = candidates.get(i + 1) else {
            return false;
        };
        // Cheap test first: the region is one or two capitalised words.
        let region = candidates[i].slice(text);
        let short = region.split_whitespace().count() <= 2
            && region
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        if !short {
            return false;
        }
        let before_words = text.words_in(*before);
        let town = before_words.iter().rposition(|w| !w.is_capitalized());
        town.is_some_and(|at| {
            at + 1 < before_words.len() && PLACE_PREPOSITIONS.contains(&before_words[at].folded())
        })
    };
    if !enclosed {
        // "Ana Ruiz of Austin, Texas said": a known region closing the
        // town the speaker is from belongs to that place, not to the verb.
        // The speaker is the words before the town's preposition.
        if is_region_of_place(0) && names_a_place(text, first) {
            let words = text.words_in(candidates[1]);
            let town = words.iter().rposition(|w| !w.is_capitalized());
            if let Some(at) = town.filter(|&at| at > 0) {
                return Some(Span::new(words[0].span.start, words[at - 1].span.end));
            }
        }
        return Some(first);
    }
    let subject = (0..candidates.len())
        .find(|&i| !is_apposition(&candidates[i]) && !is_region_of_place(i))
        .map(|i| candidates[i]);
    Some(subject.unwrap_or(first))
}

/// True when every word of `words` is a place of the lexicon ("South
/// Carolina", "Ontario").
fn names_a_place(text: &Text, words: Span) -> bool {
    let places = &lexicon().places;
    let tokens = text.words_in(words);
    !tokens.is_empty() && tokens.iter().all(|w| places.contains(w.folded()))
}

/// Prepositions before a town that a state or country may follow.
const PLACE_PREPOSITIONS: &[&str] = &["in", "of", "from", "at", "near", "outside"];

/// The noun phrase that ends a longer stretch of words: "The former
/// president spoke hours after Mr. Trump" → "Mr. Trump"; prepositions join
/// only after a head noun ("A South Korean official from the president’s office").
fn trailing_noun_phrase<'t>(tokens: &'t [Word<'t>]) -> &'t [Word<'t>] {
    // "on Tuesday night he": a pronoun is a whole subject.
    if tokens.last().is_some_and(|w| is_pronoun(w.text)) {
        return &tokens[tokens.len() - 1..];
    }
    let lex = lexicon();
    let is_part = |w: &Word| {
        let lower = w.folded();
        w.is_capitalized()
            || lex.titles.contains(lower)
            || lex.source_nouns.contains(lower)
            || lex.organization_words.contains(lower)
            || DETERMINERS.contains(&lower)
            || w.text.chars().all(|c| c.is_ascii_digit())
            || crate::text::words::strip_possessive(w.text) != w.text
    };
    let mut start = tokens.len();
    while start > 0 {
        let word = &tokens[start - 1];
        let preposition = matches!(word.folded(), "of" | "from" | "for" | "at");
        let joins = preposition && start >= 2 && is_part(&tokens[start - 2]);
        if !(is_part(word) || joins) {
            break;
        }
        start -= 1;
    }
    &tokens[start..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::with_text;

    fn subject(text: &str) -> Option<&str> {
        with_text(text, |t| subject_before(t, Span::new(0, text.len()))).map(|s| s.slice(text))
    }

    #[test]
    fn subject_drops_intro_and_adverbs() {
        assert_eq!(
            subject("Speaking in Paris, Mayor Ana Ruiz"),
            Some("Mayor Ana Ruiz")
        );
        assert_eq!(subject("Ruiz also"), Some("Ruiz"));
        assert_eq!(
            subject("The city’s chief engineer, Tom Lee,"),
            Some("Tom Lee")
        );
    }

    #[test]
    fn a_setting_noun_is_the_subject_unless_in_a_setting_phrase() {
        assert_eq!(subject("the statement "), Some("the statement"));
        assert_eq!(subject("Harbour News "), Some("Harbour News"));
        assert_eq!(subject("Ruiz in a statement "), Some("Ruiz"));
        assert_eq!(subject("Ruiz, at a news conference, "), Some("Ruiz"));
    }

    #[test]
    fn subject_ends_before_a_party_tag() {
        assert_eq!(
            subject("Sen. Ana Ruiz (D-Maine), a rival of the mayor, "),
            Some("Sen. Ana Ruiz")
        );
    }

    #[test]
    fn subject_skips_dash_aside() {
        assert_eq!(
            subject("In an interview, city leader Ana Ruiz - who has served two terms –"),
            Some("city leader Ana Ruiz")
        );
    }

    #[test]
    fn subject_after_that_clause() {
        assert_eq!(
            subject("The report found that officials"),
            Some("officials")
        );
    }

    #[test]
    fn name_after_inverted_cue() {
        let text = "said the city's spokesperson Mia Holt in a statement.";
        let span = with_text(text, |t| name_after(t, 5, text.len())).map(|s| s.slice(text));
        assert_eq!(span, Some("the city's spokesperson Mia Holt"));
    }

    #[test]
    fn leading_subject_finds_role_description() {
        let text = "The veteran mayor then waved at the crowd.";
        let span = with_text(text, |t| leading_subject(t, Span::new(0, text.len())))
            .map(|s| s.slice(text));
        assert_eq!(span, Some("The veteran mayor"));
    }
}
