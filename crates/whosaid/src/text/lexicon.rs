//! The word lists the rules read, loaded once from `data/*.txt`.
//!
//! In: the data files, compiled in with `include_str!`. Out: a `Lexicon` of
//! lowercase word sets. Each file's header says where its entries came from.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// How a reporting word relates to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueForm {
    /// A finite verb: "said", "tells"; the speaker is its subject.
    Finite,
    /// A participle: "adding", "saying"; the speaker is the main clause's.
    Participle,
}

/// What a pronoun can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Referent {
    /// he, she, I
    Person,
    /// they, we
    Group,
    /// it
    Organization,
    /// who, which: the name the relative clause hangs on
    Relative,
}

/// Every word list, lowercased.
pub struct Lexicon {
    /// Reporting verbs in all their forms.
    pub cues: FxHashMap<String, CueForm>,
    /// Verbs of saying, in all their forms: the cues that report a
    /// statement without quotation marks.
    pub speech_verbs: FxHashSet<String>,
    /// Titles and role nouns.
    pub titles: FxHashSet<String>,
    /// Words that mark an organisation's name.
    pub organization_words: FxHashSet<String>,
    /// Nouns that head a speaking subject: documents, media, groups.
    pub source_nouns: FxHashSet<String>,
    /// Countries, regions and capitals.
    pub places: FxHashSet<String>,
    /// Abbreviations whose period does not end a sentence.
    pub abbreviations: FxHashSet<String>,
    /// Pronouns that can name a speaker.
    pub pronouns: FxHashMap<String, Referent>,
    /// Boilerplate line patterns.
    pub boilerplate: Boilerplate,
    /// Spelling variants of names: variant → canonical form.
    pub name_forms: FxHashMap<String, String>,
    /// Nicknames → the given name they stand for ("dick" → "richard").
    pub nicknames: FxHashMap<String, String>,
    /// Pronouns that ask for a gender.
    pub gendered_pronouns: FxHashMap<String, Gender>,
    /// Honorifics that tell a person's gender wherever they stand.
    pub gendered_titles: FxHashMap<String, Gender>,
    /// Role nouns that tell a person's gender when nothing else does.
    pub gendered_words: FxHashMap<String, Gender>,
    /// Given names that tell a person's gender as a name's first word.
    pub given_names: FxHashMap<String, Gender>,
}

/// Which of "he" and "she" fits a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// she
    Female,
    /// he
    Male,
}

/// The rules of `data/boilerplate.txt`, by kind.
#[derive(Debug, Clone, Default)]
pub struct Boilerplate {
    /// Whole lines, in ASCII lowercase and without trailing punctuation:
    /// looked up, since every line of every document is asked.
    exact: FxHashSet<String>,
    /// The longest of `exact`: a longer line is none of them.
    longest_exact: usize,
    /// Line starts, in lowercase.
    prefixes: Vec<String>,
    /// Labels of a time stamp ("updated:"), in lowercase: furniture when
    /// only a date follows, article text when a sentence does.
    stamps: Vec<String>,
    /// Text anywhere in the line, with case.
    parts: Vec<String>,
}

impl Boilerplate {
    /// True when `line` (`bare` is it without trailing punctuation) is one
    /// of the furniture lines.
    pub fn matches(&self, line: &str, bare: &str) -> bool {
        (bare.len() <= self.longest_exact && self.exact.contains(&bare.to_ascii_lowercase()))
            || self.prefixes.iter().any(|prefix| {
                line.get(..prefix.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
            })
            || self.parts.iter().any(|part| line.contains(part.as_str()))
            || self.stamps.iter().any(|label| {
                line.get(..label.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(label))
                    && !holds_a_sentence(&line[label.len()..])
            })
    }
}

/// Fewest lowercase words that make a sentence rather than a date ("Feb.
/// 19, 2012 5:31 p.m. EST" has none).
const SENTENCE_WORDS: usize = 3;

fn holds_a_sentence(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_lowercase()))
        .count()
        >= SENTENCE_WORDS
}

/// The lexicon, loaded on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(load)
}

fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn word_set(file: &'static str) -> FxHashSet<String> {
    entries(file).map(str::to_lowercase).collect()
}

fn load() -> Lexicon {
    Lexicon {
        cues: load_cues(include_str!("../../data/reporting_verbs.txt")),
        speech_verbs: entries(include_str!("../../data/speech_verbs.txt"))
            .flat_map(str::split_whitespace)
            .map(str::to_lowercase)
            .collect(),
        titles: word_set(include_str!("../../data/titles.txt")),
        organization_words: word_set(include_str!("../../data/organization_words.txt")),
        places: word_set(include_str!("../../data/places.txt")),
        source_nouns: word_set(include_str!("../../data/source_nouns.txt")),
        abbreviations: word_set(include_str!("../../data/abbreviations.txt")),
        pronouns: load_pronouns(include_str!("../../data/pronouns.txt")),
        boilerplate: load_boilerplate(include_str!("../../data/boilerplate.txt")),
        name_forms: load_name_forms(include_str!("../../data/name_forms.txt")),
        nicknames: load_name_forms(include_str!("../../data/nicknames.txt")),
        gendered_pronouns: load_genders(include_str!("../../data/genders.txt"), " pronoun"),
        gendered_titles: load_genders(include_str!("../../data/genders.txt"), " title"),
        gendered_words: load_genders(include_str!("../../data/genders.txt"), ""),
        given_names: load_genders(include_str!("../../data/genders.txt"), " name"),
    }
}

fn load_cues(file: &'static str) -> FxHashMap<String, CueForm> {
    let mut cues = FxHashMap::default();
    for word in entries(file).flat_map(str::split_whitespace) {
        let form = if word.ends_with("ing") {
            CueForm::Participle
        } else {
            CueForm::Finite
        };
        cues.insert(word.to_lowercase(), form);
    }
    cues
}

fn load_pronouns(file: &'static str) -> FxHashMap<String, Referent> {
    entries(file)
        .filter_map(|line| {
            let (word, kind) = line.split_once(char::is_whitespace)?;
            let referent = match kind.trim() {
                "person" => Referent::Person,
                "group" => Referent::Group,
                "relative" => Referent::Relative,
                _ => Referent::Organization,
            };
            Some((word.to_lowercase(), referent))
        })
        .collect()
}

fn load_boilerplate(file: &'static str) -> Boilerplate {
    let mut rules = Boilerplate::default();
    for (kind, text) in entries(file).filter_map(|line| line.split_once(": ")) {
        let text = text.trim();
        match kind {
            "exact" => {
                let exact = text.to_lowercase();
                let exact = exact.trim_end_matches([':', '.', '…']);
                rules.longest_exact = rules.longest_exact.max(exact.len());
                rules.exact.insert(exact.to_string());
            }
            "prefix" => rules.prefixes.push(text.to_lowercase()),
            "stamp" => rules.stamps.push(text.to_lowercase()),
            "contains" => rules.parts.push(text.to_string()),
            _ => {}
        }
    }
    rules
}

/// `canonical = variant, variant` lines, compared after folding.
fn load_name_forms(file: &'static str) -> FxHashMap<String, String> {
    let mut forms = FxHashMap::default();
    for line in entries(file) {
        let Some((canonical, variants)) = line.split_once('=') else {
            continue;
        };
        let canonical = canonical.trim().to_lowercase();
        for variant in variants.split(',') {
            forms.insert(variant.trim().to_lowercase(), canonical.clone());
        }
    }
    forms
}

/// The `female<kind>: words` and `male<kind>: words` lines ("female name:
/// …" for `kind` " name").
fn load_genders(file: &'static str, kind: &str) -> FxHashMap<String, Gender> {
    let mut genders = FxHashMap::default();
    for line in entries(file) {
        let Some((label, words)) = line.split_once(':') else {
            continue;
        };
        let gender = match label.strip_suffix(kind) {
            Some("female") => Gender::Female,
            Some("male") => Gender::Male,
            _ => continue,
        };
        genders.extend(words.split_whitespace().map(|w| (w.to_lowercase(), gender)));
    }
    genders
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_verb_forms_and_participles() {
        let lex = lexicon();
        assert_eq!(lex.cues.get("said"), Some(&CueForm::Finite));
        assert_eq!(lex.cues.get("adding"), Some(&CueForm::Participle));
        assert!(!lex.cues.contains_key("table"));
    }

    #[test]
    fn every_verb_of_saying_is_a_reporting_verb() {
        let lex = lexicon();
        let missing: Vec<&String> = lex
            .speech_verbs
            .iter()
            .filter(|v| !lex.cues.contains_key(v.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "not in reporting_verbs.txt: {missing:?}"
        );
        assert!(lex.speech_verbs.contains("said") && !lex.speech_verbs.contains("laughed"));
    }

    #[test]
    fn loads_every_list() {
        let lex = lexicon();
        assert!(lex.titles.contains("president"));
        assert!(lex.places.contains("ukraine"));
        assert!(lex.abbreviations.contains("mr"));
        assert_eq!(lex.pronouns.get("she"), Some(&Referent::Person));
        assert!(lex.boilerplate.matches("Read more", "Read more"));
        assert_eq!(lex.gendered_pronouns.get("she"), Some(&Gender::Female));
        assert_eq!(lex.gendered_words.get("congressman"), Some(&Gender::Male));
        assert_eq!(lex.given_names.get("hillary"), Some(&Gender::Female));
    }

    #[test]
    fn no_word_has_two_genders() {
        let mut seen = FxHashMap::default();
        for line in entries(include_str!("../../data/genders.txt")) {
            let (label, words) = line.split_once(':').expect("a 'gender: words' line");
            let gender = label.split(' ').next().unwrap_or(label);
            for word in words.split_whitespace() {
                let first = *seen.entry(word).or_insert(gender);
                assert_eq!(first, gender, "{word} is listed as both");
            }
        }
    }
}
