//! Names in an article's running text, for pronouns and surnames to point at.
//!
//! In: an `Article`. Out: the capitalised runs of its body text that name a
//! person or an organisation, in order, each with its `MentionShape` and
//! key (`TextName`), and the lookups on them: the names before a position,
//! the fuller name a surname stands for, the gender a name tells. A lone
//! word names a person only if it is part of a longer person's name seen
//! before it; a run never crosses punctuation.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::document::{Article, Document, Role};
use crate::speakers::gender;
use crate::speakers::names::{MentionShape, NameCache, SpeakerKind};
use crate::speakers::surnames::{holds_surname, shares_name, surname_of};
use crate::text::lexicon::lexicon;
use crate::text::lexicon::Gender;
use crate::text::span::Span;
use crate::text::tokens::{Text, Word};
use crate::text::word_classes::DETERMINERS;
use crate::text::words::lowercase;

/// Words after which a name is an object, not the subject a later
/// pronoun points back to ("a meeting with President Duda").
const OBJECT_MARKERS: &[&str] = &[
    "with",
    "to",
    "by",
    "from",
    "against",
    "of",
    "for",
    "about",
    "toward",
    "towards",
    "at",
    "between",
    "and",
    "than",
    "like",
    "on",
    "in",
    "into",
    "across",
    "throughout",
    "near",
    "inside",
    "outside",
];

/// True when the word before `start` makes a name there an object.
pub fn follows_preposition(text: &str, start: usize) -> bool {
    // An article between them keeps the name an object ("for the
    // Wisconsin Republican").
    let words = text[..start]
        .rsplit(char::is_whitespace)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let is_one_of = |word: &str, list: &[&str]| list.iter().any(|m| m.eq_ignore_ascii_case(word));
    for word in words.take(3) {
        if is_one_of(word, OBJECT_MARKERS) {
            return true;
        }
        if !is_one_of(word, &["the", "a", "an"]) {
            return false;
        }
    }
    false
}

/// Words that start a capitalised run without being part of a name, besides
/// those that open an introduction ("Given Ruiz's record", "Meanwhile").
const RUN_STOPWORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "to",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "our",
    "its",
    "prior",
    "some",
    "many",
    "what",
    "why",
    "how",
    "who",
    // "Had Sanders won", "Does Rubio think": a question's auxiliary ("Will"
    // is also a given name).
    "had",
    "has",
    "have",
    "does",
    "did",
    "do",
    "is",
    "was",
    "are",
    "were",
    "would",
    "could",
    "should",
    // Prepositions beyond the verb-side list of `words::is_preposition`
    // ("Besides Clinton, …"), and sentence adverbs ("Perhaps Trump …").
    "besides",
    "despite",
    "unlike",
    "like",
    "including",
    "except",
    "against",
    "between",
    "behind",
    "beyond",
    "toward",
    "towards",
    "within",
    "around",
    "along",
    "beside",
    "via",
    "since",
    "until",
    "maybe",
    "perhaps",
    // Months that are no given names ("March Rubio" was "in March Rubio …").
    "january",
    "february",
    "march",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Quantifiers, which open a sentence's subject and never a name ("Most
/// Republicans", "One aide").
const QUANTIFIERS: &[&str] = &[
    "most", "one", "every", "each", "all", "both", "any", "few", "several",
];

/// True for a capitalised word that starts no name: a stopword, a word that
/// opens an introduction ("Meanwhile", "Given"), a preposition ("With
/// Clinton …"), a conjunction or a quantifier.
fn never_opens_run(lower: &str) -> bool {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            RUN_STOPWORDS
                .iter()
                .chain(crate::text::word_classes::INTRO_WORDS)
                .chain(crate::text::word_classes::CLAUSE_OPENERS)
                .chain(QUANTIFIERS)
                .copied()
                .collect()
        })
        .contains(lower)
        || crate::text::words::is_preposition(lower)
        || crate::text::word_classes::links_back(lower)
}

/// True for a capitalised word that, standing alone, names no one: a word
/// that opens no name ("For", "Often", "And"), but a quantifier, which
/// stands for people unnamed ("Some said …", "“…,” one said").
pub(crate) fn names_no_one(lower: &str) -> bool {
    never_opens_run(lower) && !QUANTIFIERS.contains(&lower) && !matches!(lower, "some" | "many")
}

/// Most words a role written in lowercase before a name runs to.
const LONGEST_ROLE: usize = 6;

/// Most words of a role set off after a name.
const LONGEST_APPOSITION: usize = 8;

/// A person's full name with the role set off after it: "Ana Ruiz, the
/// city's deputy mayor, said" or "Ana Ruiz, a campaign consultant and
/// radio host, …". The phrase opens in lowercase or with a possessive, stays
/// within its commas, and holds a title; a clause ("Ana Ruiz, who …",
/// "Ana Ruiz, said …") is none.
fn with_role_after(
    doc: &Article,
    tokens: &[Word],
    end: usize,
    shape: &MentionShape,
) -> Option<MentionShape> {
    let name = untitled_full_name(shape)?;
    let text = &doc.text;
    let gap = |a: &Word, b: &Word| text[a.span.end..b.span.start].trim_matches(' ');
    let first = tokens.get(end)?;
    if gap(&tokens[end - 1], first) != "," {
        return None;
    }
    let possessive = first.text.ends_with("'s") || first.text.ends_with("’s");
    if first.is_capitalized() && !possessive {
        return None;
    }
    let mut last = end;
    while last + 1 < tokens.len()
        && last + 1 - end < LONGEST_APPOSITION
        && gap(&tokens[last], &tokens[last + 1]).is_empty()
    {
        last += 1;
    }
    let words = &tokens[end..=last];
    let lex = lexicon();
    let clause = words.iter().any(|w| {
        lex.cues.contains_key(w.folded()) || crate::text::word_classes::opens_clause(w.folded())
    });
    let titled = words.iter().any(|w| lex.titles.contains(w.folded()));
    let closed = tokens
        .get(last + 1)
        .is_none_or(|next| matches!(gap(&tokens[last], next), "," | "." | ";"));
    let role = Span::new(first.span.start, tokens[last].span.end);
    (titled && closed && !clause).then(|| with_role(name, doc.slice(role)))
}

/// A person's full name with the role the text gives it in lowercase words
/// just before it ("foreign affairs commissioner Josep Borrell") or as the
/// phrase it stands in apposition to ("The president's chief of staff,
/// Andriy Yermak, said"), when the name's own words give none.
fn with_role_before(
    doc: &Article,
    tokens: &[Word],
    start: usize,
    end: usize,
    shape: &MentionShape,
) -> Option<MentionShape> {
    let name = untitled_full_name(shape)?;
    if start == 0 {
        return None;
    }
    let text = &doc.text;
    let gap = |a: &Word, b: &Word| text[a.span.end..b.span.start].trim_matches(' ');
    let last = start - 1;
    let appositive = gap(&tokens[last], &tokens[start]) == ","
        && tokens
            .get(end)
            .is_some_and(|next| gap(&tokens[end - 1], next) == ",");
    if !appositive && !gap(&tokens[last], &tokens[start]).is_empty() {
        return None;
    }
    let lex = lexicon();
    // Words a role never holds: the clause around it ("assigned to the",
    // "had been ceded to"), which ends the role where it starts.
    let outside_role = |w: &Word| {
        let lower = w.folded();
        DETERMINERS.contains(&lower)
            || crate::text::words::is_preposition(lower)
            || crate::text::word_classes::opens_clause(lower)
            || lex.cues.contains_key(lower)
            || matches!(
                lower,
                "to" | "against" | "had" | "has" | "have" | "was" | "is" | "be"
            )
            || (!w.is_capitalized() && (lower.ends_with("ed") || lower.ends_with("ing")))
    };
    // "the endorsement of Ana Ruiz": a relation, not a role.
    if outside_role(&tokens[last]) || tokens[last].folded() == "of" {
        return None;
    }
    let mut first = last;
    while first > 0 && last - first + 1 < LONGEST_ROLE {
        let before = &tokens[first - 1];
        if outside_role(before) || !gap(before, &tokens[first]).is_empty() {
            break;
        }
        first -= 1;
    }
    let words = &tokens[first..=last];
    // A role ends in its title ("commissioner", "chief of staff"), in
    // lowercase when it stands before the name ("Mayor Ana Ruiz" is read as
    // the name's own title).
    let head = &words[words.len().saturating_sub(3)..];
    let titled = head.iter().any(|w| lex.titles.contains(w.folded()));
    let lowercase_head = appositive || !tokens[last].is_capitalized();
    if !titled || !lowercase_head {
        return None;
    }
    let role = Span::new(words[0].span.start, tokens[last].span.end);
    Some(with_role(name, doc.slice(role)))
}

/// The name of a person's shape of two words or more that has no role yet.
fn untitled_full_name(shape: &MentionShape) -> Option<&str> {
    match shape {
        MentionShape::Named {
            name,
            role: None,
            kind: SpeakerKind::Person,
        } if name.contains(' ') => Some(name),
        _ => None,
    }
}

/// A person named `name` in the role `role`.
fn with_role(name: &str, role: &str) -> MentionShape {
    MentionShape::Named {
        name: name.to_string(),
        role: Some(role.to_string()),
        kind: SpeakerKind::Person,
    }
}

/// Runs of capitalised words in body text that name a person or an
/// organisation, each with its shape and name key. A lone word names a
/// person only if it is part of a longer person's name seen before it.
pub(crate) fn names_in_text(doc: &Article, names: &NameCache) -> Vec<TextName> {
    let mut out = Vec::new();
    let mut person_tokens: FxHashSet<String> = FxHashSet::default();
    // A line in title case capitalises every word, so its runs name nothing.
    let names_words = |p: &&crate::document::Paragraph| {
        p.role == Role::Body && !crate::document::is_title_cased(doc.slice(p.span))
    };
    for paragraph in doc.paragraphs.iter().filter(names_words) {
        let tokens = doc.text.words_in(paragraph.span);
        // "SYRACUSE, N.Y. - The last time …": a dateline names a place.
        let body_start = paragraph.span.start + dateline_len(doc.slice(paragraph.span));
        let mut i = tokens.partition_point(|w| w.span.start < body_start);
        while i < tokens.len() {
            // "Said Comey, “…”": a verb of saying put first opens no name.
            let opens_run = tokens[i].is_capitalized()
                && !never_opens_run(tokens[i].folded())
                && !lexicon().speech_verbs.contains(tokens[i].folded());
            if !opens_run {
                i += 1;
                continue;
            }
            let start = i;
            let lex = lexicon();
            let text = &doc.text;
            // A name runs over words, never over punctuation ("Monday. Lee").
            while i < tokens.len() && {
                let lower = tokens[i].folded();
                let gap = i.checked_sub(1).map_or("", |j| {
                    text[tokens[j].span.end..tokens[i].span.start].trim()
                });
                // "Ernest D. Coursey", "Mrs. Holt": the period of an initial
                // or of a title is no break.
                let initial = i > start && gap == "." && {
                    let before = &tokens[i - 1];
                    let lower = before.folded();
                    (crate::speakers::names::is_initial(before.text) && before.is_capitalized())
                        || (lex.abbreviations.contains(lower) && lex.titles.contains(lower))
                };
                let joined = i == start || gap.is_empty() || initial;
                // "in Miami Wednesday": a day ends the name before it.
                let says_when = i > start && crate::text::words::TIME_WORDS.contains(&lower);
                joined
                    && !says_when
                    && (tokens[i].is_capitalized()
                        || lex.titles.contains(lower)
                        || lex.organization_words.contains(lower))
            } {
                i += 1;
            }
            let span = Span::new(tokens[start].span.start, tokens[i - 1].span.end);
            let (mut shape, key) = names.shape_and_key(doc.slice(span));
            let with_role = with_role_before(doc, &tokens, start, i, &shape)
                .or_else(|| with_role_after(doc, &tokens, i, &shape));
            if let Some(with_role) = with_role {
                shape = Rc::new(with_role);
            }
            // A role read around the name keeps its name, and so its key.
            if let (MentionShape::Named { role, kind, .. }, Some(key)) = (&*shape, key) {
                let single = !key.contains(' ');
                if *kind == SpeakerKind::Person
                    && single
                    && role.is_none()
                    && !person_tokens.contains(&*key)
                {
                    continue;
                }
                if *kind == SpeakerKind::Person {
                    for token in key.split(' ') {
                        if !person_tokens.contains(token) {
                            person_tokens.insert(token.to_string());
                        }
                    }
                }
                out.push(TextName { span, shape, key });
            }
        }
    }
    out
}

/// Words for a relative.
const KIN_WORDS: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "widow",
    "widower",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
];

/// True when a word for a relative stands among the few words before `at`
/// ("his wife, Jane Sanders", "the brother of actor Ron Howard").
fn introduced_as_relative(text: &Text, at: usize) -> bool {
    let words = text.words_in(Span::new(at.saturating_sub(60), at));
    words
        .iter()
        .rev()
        .take(4)
        .any(|w| KIN_WORDS.contains(&w.folded()))
}

/// "her husband, Milton Berg", "his wife Jane": the sex a word for a
/// relative tells of the name set right after it.
fn relative_before(text: &str, at: usize) -> Option<Gender> {
    let before = text[..at].trim_end_matches(' ');
    let before = before.strip_suffix(',').unwrap_or(before);
    let word = before.rsplit([' ', '\n']).next()?;
    let kin = lowercase(word);
    KIN_WORDS
        .contains(&&*kin)
        .then(|| gender::of_person([&*kin]))?
}

/// The length of a dateline opening a paragraph ("SYRACUSE, N.Y. - ",
/// "KYIV (Reuters) — "): a place in capitals, then a dash; 0 when none.
fn dateline_len(paragraph: &str) -> usize {
    // Most paragraphs open with no word in capitals: nothing more to read.
    let first_word = paragraph.split([' ', ',', '(']).next().unwrap_or("");
    if first_word.len() < 3 || !first_word.chars().all(|c| c.is_uppercase() || c == '.') {
        return 0;
    }
    // A dateline is short: only the paragraph's first characters are read.
    let head_end = paragraph
        .char_indices()
        .nth(60)
        .map_or(paragraph.len(), |(i, _)| i);
    let Some((dash, body)) = crate::text::words::first_dash_span(&paragraph[..head_end]) else {
        return 0;
    };
    let place = paragraph[..dash]
        .split([',', '('])
        .next()
        .unwrap_or("")
        .trim();
    let capitals = (3..=40).contains(&place.len())
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-'));
    if capitals {
        body
    } else {
        0
    }
}

/// A name in the running text, with its folded key.
pub(crate) struct TextName {
    pub(crate) span: Span,
    pub(crate) shape: Rc<MentionShape>,
    /// The name's key (empty for a shape without a name).
    pub(crate) key: Rc<str>,
}

/// The names of the running text before `position`, nearest first, but
/// those inside quotations (what a speaker said, not who speaks).
pub(crate) fn names_before<'n>(
    names: &'n [TextName],
    quotations: &'n [Span],
    position: usize,
) -> impl Iterator<Item = &'n TextName> + 'n {
    names
        .iter()
        .rev()
        .filter(move |n| n.span.end <= position && !quotations.iter().any(|q| q.contains(n.span)))
}

/// The names of the running text, read on first use: `slot` keeps them for
/// the article's later questions.
pub(crate) fn text_names<'s>(
    slot: &'s mut Option<Vec<TextName>>,
    doc: &Article,
    names: &NameCache,
) -> &'s [TextName] {
    slot.get_or_insert_with(|| names_in_text(doc, names))
}

/// The longer person's name in the text, before `position`, that a
/// one-word name key is part of ("Ruiz" after "Mayor Ana Ruiz"), with its
/// role; of the gender asked for, when one is.
pub(crate) fn full_person_name(
    names: &[TextName],
    position: usize,
    key: &str,
    gender: Option<Gender>,
    text: Option<&Text>,
    shows_a_person: &dyn Fn(&TextName) -> bool,
) -> Option<(String, Option<String>)> {
    let candidates = || {
        names
            .iter()
            .rev()
            .filter(|n| n.span.end <= position && n.key.contains(' '))
            // "Mr. Trump" after "Ivanka Trump" stands for another Trump.
            .filter(|n| {
                gender.is_none() || gender::of_person([&*n.key]).is_none_or(|g| Some(g) == gender)
            })
            .filter_map(|n| match &*n.shape {
                MentionShape::Named {
                    name: full,
                    kind: SpeakerKind::Person,
                    role,
                } => Some((n, full, role)),
                _ => None,
            })
    };
    // A name that begins or ends with the surname first; only then one
    // that holds it inside. One that only begins with it ("Yoon" for "Yoon
    // Suk Yeol") must be shown to be a person's: "Trump" is not the "Trump
    // Train".
    let ends_with = |n: &TextName| surname_of(&n.key) == key;
    // "his wife, Jane Sanders": a relative named beside the person is not
    // whom the surname goes on to mean, while someone else bears it.
    let relative = |n: &TextName| text.is_some_and(|t| introduced_as_relative(t, n.span.start));
    let mut sharing = candidates()
        .filter(|(n, ..)| shares_name(&n.key, &[key]) && (ends_with(n) || shows_a_person(n)));
    let found = match sharing.next() {
        Some(nearest) if relative(nearest.0) => {
            sharing.find(|(n, ..)| !relative(n)).or(Some(nearest))
        }
        nearest => nearest,
    };
    let found = found.or_else(|| {
        // The article's words are read only when a longer name holds
        // the surname at all.
        let text = text?;
        let inside = |n: &TextName| n.key.split(' ').skip(1).any(|w| w == key);
        candidates()
            .filter(|(n, ..)| inside(n))
            .find(|(n, ..)| holds_surname(&n.key, key, text))
    });
    found.map(|(_, full, role)| (full.clone(), role.clone()))
}

/// The gender a name in the text tells: its own words ("Mrs. Clinton";
/// "Trump spokesman Hope Hicks" read from the name after its role words),
/// else the fuller name it stands for ("Clinton" after "Hillary Clinton").
pub(crate) fn gender_in_text(
    doc: &Document,
    names: &[TextName],
    name: &TextName,
) -> Option<Gender> {
    let MentionShape::Named {
        name: words,
        kind,
        role,
    } = &*name.shape
    else {
        return None;
    };
    of_name_and_role(&[doc.slice(name.span), words.as_str()], role.as_deref())
        .or_else(|| relative_before(&doc.text, name.span.start))
        .or_else(|| {
            let single = *kind == SpeakerKind::Person && !name.key.contains(' ');
            let (full, role) = single.then(|| {
                full_person_name(names, name.span.start, &name.key, None, None, &|_| true)
            })??;
            of_name_and_role(&[full.as_str()], role.as_deref())
        })
}

/// The gender a name tells, else the role noun peeled off it
/// ("Assemblywoman Claudia Tenney"), whose words are no given names.
fn of_name_and_role(names: &[&str], role: Option<&str>) -> Option<Gender> {
    gender::of_person(names.iter().copied())
        .or_else(|| role.and_then(|role| gender::of_titles([role])))
}

/// What an article shows of which of its text names are persons: a given
/// name or honorific tells the sex, a title goes with the name, or its
/// surname stands alone for it, as news refers to a person again ("Ana
/// Ruiz … Ruiz"). A capitalised run the article shows nothing about
/// ("Asia-Pacific", "Glass-Steagall", "Rust Belt") may be a place, a law or
/// a region, so "he" and "she" do not point at it. Each name's answer is
/// kept, as every pronoun of the article asks.
pub(crate) struct PersonEvidence {
    /// Keys of names of one word.
    alone: FxHashSet<Rc<str>>,
    /// The last words of names of more words.
    surnames: FxHashSet<String>,
    /// Whether a mention of the name with this key carries a title or
    /// tells a sex, as far as asked.
    shown: RefCell<FxHashMap<Rc<str>, bool>>,
    /// The sex each name tells (`gender_in_text`), by where it starts, as
    /// far as asked.
    genders: RefCell<FxHashMap<usize, Option<Gender>>>,
}

impl PersonEvidence {
    pub(crate) fn new(names: &[TextName]) -> Self {
        let alone = names
            .iter()
            .filter(|n| !n.key.contains(' '))
            .map(|n| n.key.clone())
            .collect();
        let surnames = names
            .iter()
            .filter_map(|n| n.key.rsplit_once(' '))
            .map(|(_, last)| last.to_string())
            .collect();
        PersonEvidence {
            alone,
            surnames,
            shown: RefCell::default(),
            genders: RefCell::default(),
        }
    }

    /// [`gender_in_text`] of `name`, worked out once.
    pub(crate) fn gender(
        &self,
        doc: &Document,
        names: &[TextName],
        name: &TextName,
    ) -> Option<Gender> {
        if let Some(&gender) = self.genders.borrow().get(&name.span.start) {
            return gender;
        }
        let gender = gender_in_text(doc, names, name);
        self.genders.borrow_mut().insert(name.span.start, gender);
        gender
    }

    /// True when the article shows that `name` is a person: the evidence
    /// above for it or another mention of it, a middle initial ("Ernest D.
    /// Coursey"), or, for a lone word, a fuller name it is the surname of.
    pub(crate) fn shows_a_person(
        &self,
        doc: &Document,
        names: &[TextName],
        name: &TextName,
    ) -> bool {
        let key = &*name.key;
        let words: Vec<&str> = key.split(' ').collect();
        let full = words.len() > 1;
        let middle_initial = full && words[1..words.len() - 1].iter().any(|w| w.len() == 1);
        let surname = words.last().copied().unwrap_or_default();
        let same_person =
            |n: &TextName| n.key == name.key || (!full && shares_name(&n.key, &[key]));
        middle_initial
            || (full && self.alone.contains(surname))
            || (!full && self.surnames.contains(key))
            || *self
                .shown
                .borrow_mut()
                .entry(name.key.clone())
                .or_insert_with(|| {
                    names.iter().any(|n| {
                        same_person(n) && (is_titled(n) || self.gender(doc, names, n).is_some())
                    })
                })
    }
}

fn is_titled(name: &TextName) -> bool {
    matches!(&*name.shape, MentionShape::Named { role: Some(_), .. })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn a_verb_of_saying_put_first_opens_no_name() {
        let doc = Document::new(
            "a.txt",
            "The pier was closed on Sunday. Said Reyes, “The pier will hold.”".to_string(),
            vec![],
        );
        let article = doc.article();
        let found: Vec<&str> = names_in_text(&article, &NameCache::default())
            .iter()
            .map(|name| article.slice(name.span))
            .collect();
        assert!(!found.contains(&"Said Reyes"), "{found:?}");
    }
}
