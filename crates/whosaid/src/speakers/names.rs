//! Names: what a mention says about who is speaking.
//!
//! In: the words of one mention ("Russia's president Vladimir Putin", "the
//! EU", "he", "A South Korean official from the president’s office"). Out: a
//! `MentionShape`: a pronoun, a name with its role words peeled off, or a
//! description. Also the folded key that makes "Yoon Suk-yeol", "Yoon Suk
//! Yeol" and "Yoon Suk-Yeol" one person, and "Andrii"/"Andriy" one name.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::text::lexicon::{lexicon, Referent};
use crate::text::words::{lowercase, strip_possessive, without_diacritics, word_texts, Lowercase};

/// Whether a speaker is a person or an organisation.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// A body, government, company, or a country acting as one.
    Organization,
    /// An anonymous or unclassifiable source.
    Unknown,
}

/// What the words of a mention are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentionShape {
    /// "he", "they"
    Pronoun(Referent),
    /// A proper name, with the role words that came before it.
    Named {
        /// The name without titles: "Vladimir Putin", "European Union".
        name: String,
        /// The title words: "Russian President".
        role: Option<String>,
        /// Person or organisation.
        kind: SpeakerKind,
    },
    /// Words without a proper name: "the strongman leader", "a South Korean
    /// official". `definite` when it starts with "the" (it points back).
    Description {
        /// The words, without a leading article.
        text: String,
        /// Starts with "the".
        definite: bool,
        /// Organisation when an organisation word heads it.
        kind: SpeakerKind,
    },
}

/// The shapes and keys of mentions already read in one run. Names repeat
/// within an article and across articles, and reading one is the costliest
/// step of the speakers stage; both readings are pure, so a cached answer
/// is the same answer.
#[derive(Debug, Default)]
pub struct NameCache {
    /// Each mention's shape, and the key of the name it holds, if any.
    shapes: RefCell<FxHashMap<String, ShapeAndKey>>,
    keys: RefCell<FxHashMap<String, Rc<str>>>,
}

/// A mention's shape and its name's key.
type ShapeAndKey = (Rc<MentionShape>, Option<Rc<str>>);

impl NameCache {
    /// [`shape_of`] `mention`.
    pub fn shape(&self, mention: &str) -> Rc<MentionShape> {
        self.shape_and_key(mention).0
    }

    /// [`shape_of`] `mention`, with the [`name_key`] of its name when it
    /// has one: one lookup for what the names in a text ask of each run.
    pub fn shape_and_key(&self, mention: &str) -> ShapeAndKey {
        if let Some(found) = self.shapes.borrow().get(mention) {
            return found.clone();
        }
        let shape = Rc::new(shape_of(mention));
        let key = match &*shape {
            MentionShape::Named { name, .. } => Some(self.key(name)),
            _ => None,
        };
        self.shapes
            .borrow_mut()
            .insert(mention.to_string(), (shape.clone(), key.clone()));
        (shape, key)
    }

    /// [`name_key`] of `name`.
    pub fn key(&self, name: &str) -> Rc<str> {
        if let Some(key) = self.keys.borrow().get(name) {
            return key.clone();
        }
        let key: Rc<str> = name_key(name).into();
        self.keys.borrow_mut().insert(name.to_string(), key.clone());
        key
    }
}

/// "R-Ky.", "D-Md", "I-Vt": a party's initial, a hyphen and a state's
/// abbreviation.
fn is_party_tag(text: &str) -> bool {
    let text = text.trim_end_matches('.');
    let Some((party, state)) = text.split_once('-') else {
        return false;
    };
    matches!(party, "R" | "D" | "I")
        && (2..=5).contains(&state.len())
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Reads the words of one mention.
pub fn shape_of(mention: &str) -> MentionShape {
    let lex = lexicon();
    let trimmed = mention.trim();
    if let Some(&referent) = lex.pronouns.get(&*lowercase(trimmed)) {
        return MentionShape::Pronoun(referent);
    }
    // "Sen. Mitch McConnell (R-Ky.)": a party tag stands for the person
    // named before it, as "he" would.
    if is_party_tag(trimmed) {
        return MentionShape::Pronoun(Referent::Person);
    }
    let mut tokens: Vec<&str> = word_texts(trimmed);
    if let Some(owner) = owner_of_document(&tokens).or_else(|| source_of_document(&tokens)) {
        return shape_of(&owner);
    }
    // "The council's" (claim) names the council.
    if let Some(last) = tokens.last_mut() {
        *last = strip_possessive(last);
    }
    let (article, tokens) = match tokens.split_first() {
        Some((first, rest)) if matches!(&*lowercase(first), "the" | "a" | "an") => {
            (Some(first.to_lowercase()), rest.to_vec())
        }
        _ => (None, tokens),
    };
    // "Sen. Tom Carper of Delaware": the place after "of" says where the
    // person named before it serves.
    if let Some(person) = without_place_of_office(&tokens) {
        return shape_of(&person);
    }
    let name_start = name_start(&tokens);
    // "Republican Donald Trump": a party word before a given name and a
    // surname is a role ("Democratic National Convention" keeps it).
    let name_start = match &tokens[name_start..] {
        [party, given, _, ..]
            if PARTY_WORDS.contains(&&*lowercase(party))
                && lex.given_names.contains_key(&*lowercase(given)) =>
        {
            name_start + 1
        }
        _ => name_start,
    };
    let name_tokens = &tokens[name_start..];
    let role_tokens = &tokens[..name_start];
    let has_capital = name_tokens.iter().any(|t| starts_upper(t));
    // "a spokesman in Salem", "an aide to Clinton": the name after a
    // preposition places the person described; it is not theirs.
    let placed = role_tokens
        .last()
        .is_some_and(|t| PLACING_WORDS.contains(t))
        && !role_tokens.iter().any(|t| starts_upper(t));
    if name_tokens.is_empty() || !has_capital || placed {
        // "Ukraine’s GUR military intelligence": a body named by a proper
        // name inside it is no anonymous description.
        let named_body = is_organization(&tokens) && tokens.iter().any(|t| starts_upper(t));
        // "the White House": a body's word heads it, whatever titles it
        // lends ("White House press secretary").
        let headed_by_body = tokens
            .last()
            .is_some_and(|t| starts_upper(t) && lex.organization_words.contains(&*lowercase(t)));
        if named_body && (headed_by_body || !has_person_title(&tokens)) {
            let name = tokens.join(" ");
            return MentionShape::Named {
                name,
                role: None,
                kind: SpeakerKind::Organization,
            };
        }
        return description(&tokens, article.as_deref());
    }
    // "the council of Port Halden": a body word in lowercase before "of"
    // and a proper name is a body named by the whole phrase.
    let body_of_name = match role_tokens {
        [.., body, "of"] => {
            !starts_upper(body) && lex.organization_words.contains(&*lowercase(body))
        }
        _ => false,
    };
    if body_of_name && role_tokens.iter().all(|t| !starts_upper(t)) {
        return MentionShape::Named {
            name: tokens.join(" "),
            role: None,
            kind: SpeakerKind::Organization,
        };
    }
    let titled_person = is_person_name(name_tokens) && !role_tokens.is_empty();
    let kind = if is_organization(&tokens) && !titled_person {
        SpeakerKind::Organization
    } else {
        SpeakerKind::Person
    };
    let (name, role) = match kind {
        SpeakerKind::Person => (person_name(name_tokens), role_text(role_tokens)),
        _ => (tokens.join(" "), None),
    };
    MentionShape::Named { name, role, kind }
}

/// What a person or body puts out in words: it says what its owner says.
const DOCUMENT_WORDS: &[&str] = &[
    "statement",
    "tweet",
    "post",
    "letter",
    "email",
    "e-mail",
    "memo",
    "speech",
    "slogan",
    "website",
    "column",
    "op-ed",
    "video",
    "ad",
    "book",
    "remarks",
    "comments",
];

/// "Mayor Ana Ruiz's statement", "Ruiz’s campaign slogan": the named owner
/// of a document, whose words it carries (lowercase words after the
/// possessive, a document word last).
fn owner_of_document(tokens: &[&str]) -> Option<String> {
    let owner_end = tokens.iter().rposition(|t| strip_possessive(t) != *t)?;
    let (owner, after) = (&tokens[..=owner_end], &tokens[owner_end + 1..]);
    let last = after.last()?;
    let plain = after.iter().all(|t| !starts_upper(t));
    let named = owner.iter().any(|t| starts_upper(t));
    if !(plain && named && DOCUMENT_WORDS.contains(&&*lowercase(last))) {
        return None;
    }
    let mut words: Vec<&str> = owner.to_vec();
    words[owner_end] = strip_possessive(words[owner_end]);
    Some(words.join(" "))
}

/// "the website of the Council of the European Union", "information from
/// intelligence services": the source a document or a piece of news comes
/// from (a determiner at most, then lowercase words, a document word or
/// "information" last, then "of" or "from").
fn source_of_document(tokens: &[&str]) -> Option<String> {
    let link = tokens.iter().position(|t| matches!(*t, "of" | "from"))?;
    let (document, source) = (&tokens[..link], &tokens[link + 1..]);
    let last = lowercase(document.last()?);
    let carries_words = DOCUMENT_WORDS.contains(&&*last) || last == "information";
    let plain = document
        .iter()
        .all(|t| !starts_upper(t) || is_determiner(t));
    let source = match source.first() {
        Some(first) if first.eq_ignore_ascii_case("the") => &source[1..],
        _ => source,
    };
    (carries_words && plain && !source.is_empty()).then(|| source.join(" "))
}

fn is_determiner(token: &str) -> bool {
    crate::text::word_classes::DETERMINERS.contains(&&*lowercase(token))
}

/// The words before "of <place>" when they hold a name of their own that is
/// no title: "Sen. Tom Carper of Delaware" → "Sen. Tom Carper" (not "the
/// Council of the European Union", not "Attorney General of Delaware");
/// and before "of" anything when they are a person's full name ("Paul
/// Sperry of Counter Jihad").
fn without_place_of_office(tokens: &[&str]) -> Option<String> {
    let lex = lexicon();
    let of = tokens.iter().rposition(|t| *t == "of")?;
    let place = &tokens[of + 1..];
    let before = &tokens[..of];
    let all_places = !place.is_empty()
        && place
            .iter()
            .all(|t| is_place_word(&lowercase(t)) || t.eq_ignore_ascii_case("the"));
    let names_someone = before.iter().any(|t| {
        let lower = lowercase(t);
        starts_upper(t)
            && !lex.titles.contains(&*lower)
            && !lex.organization_words.contains(&*lower)
            && !is_place_word(&lower)
    });
    // "Paul Sperry of Counter Jihad": a person's full name, a given name
    // first, before "of" a body they speak for.
    let given_name_first = before.len() >= 2
        && before
            .iter()
            .find(|t| !lex.titles.contains(&*lowercase(t)))
            .is_some_and(|t| lex.given_names.contains_key(&*lowercase(t)));
    ((all_places || given_name_first) && names_someone).then(|| before.join(" "))
}

/// A person's name from its words, an initial with its period ("Harry M.
/// Reid"; the words come without punctuation).
fn person_name(tokens: &[&str]) -> String {
    let words: Vec<String> = tokens
        .iter()
        .map(|t| {
            if is_initial(t) && starts_upper(t) {
                format!("{t}.")
            } else {
                t.to_string()
            }
        })
        .collect();
    words.join(" ")
}

/// Party words, a role before a person's name ("Democrat Zephyr Teachout")
/// and part of a body's ("Republican National Committee").
const PARTY_WORDS: &[&str] = &["republican", "democrat", "democratic"];

/// Prepositions that tie a description to a place or a principal.
const PLACING_WORDS: &[&str] = &["in", "at", "from", "for", "to", "with", "near"];

/// "official", "spokesman": a word for a person in a role.
fn has_person_title(tokens: &[&str]) -> bool {
    let lex = lexicon();
    tokens.iter().any(|t| {
        let lower = lowercase(t);
        lex.titles.contains(&*lower)
            && !lex.organization_words.contains(&*lower)
            && !is_place_word(&lower)
    })
}

fn description(tokens: &[&str], article: Option<&str>) -> MentionShape {
    // "a South Korean official from the president’s office" is a person.
    let kind = if is_organization(tokens) && !has_person_title(tokens) {
        SpeakerKind::Organization
    } else {
        SpeakerKind::Unknown
    };
    let text = tokens.join(" ");
    let definite = article == Some("the") || article.is_none();
    MentionShape::Description {
        definite,
        // "the police" is named "police"; "a police spokesman" keeps its article.
        text: match article {
            Some(a) if !definite => format!("{a} {text}"),
            _ => text,
        },
        kind,
    }
}

fn starts_upper(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_uppercase)
}

/// Where the name begins: after the last title, place or possessive word
/// ("South Korea's President | Yoon Suk-Yeol").
fn name_start(tokens: &[&str]) -> usize {
    let lex = lexicon();
    let mut start = tokens.len();
    while start > 0 {
        let token = tokens[start - 1];
        let lower = lowercase(token);
        let possessive = strip_possessive(token) != token;
        let is_role_word = is_role_noun(&lower) || lex.organization_words.contains(&*lower);
        // "From Josh Feldman": a capitalised preposition opens no name.
        let opens_no_name = crate::text::words::is_preposition(&lower);
        if !starts_upper(token)
            || possessive
            || ((opens_no_name || is_role_word) && start < tokens.len())
        {
            break;
        }
        start -= 1;
    }
    // A name is not made of role words alone ("NATO", "President").
    if tokens[start..]
        .iter()
        .all(|t| lex.titles.contains(&*lowercase(t)))
    {
        return tokens.len().min(start + tokens[start..].len());
    }
    start
}

/// "J", "J.": a word of one letter, an initial in a name.
pub fn is_initial(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some() && letters.next().is_none()
}

/// "EU", "U.N.", "GRU": two to six capitals.
pub fn is_acronym(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && token
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
}

fn is_organization(tokens: &[&str]) -> bool {
    let lex = lexicon();
    let folded: Vec<Lowercase> = tokens
        .iter()
        .map(|t| lowercase(strip_possessive(t)))
        .collect();
    folded.iter().any(|t| lex.organization_words.contains(&**t))
        || tokens.iter().any(|t| is_acronym(strip_possessive(t)))
        || (!folded.is_empty() && folded.iter().all(|t| is_place_word(t) || &**t == "of"))
        || (folded.len() > 1 && folded.last().is_some_and(|t| PLACE_HEADS.contains(&&**t)))
}

/// A word of a place's name: a country, region or city word, or a word that
/// ends a place's name.
/// True for a proper word that says where a person serves or which party
/// they belong to ("Florida", "New Jersey", "Republican"), folded.
pub(crate) fn is_place_or_party(lower: &str) -> bool {
    is_place_word(lower) || PARTY_WORDS.contains(&lower)
}

fn is_place_word(lower: &str) -> bool {
    lexicon().places.contains(lower) || PLACE_HEADS.contains(&lower)
}

/// Last words that make a name a place: "Atlantic City", "Wall Street".
const PLACE_HEADS: &[&str] = &[
    "city", "county", "street", "avenue", "square", "sea", "ocean", "river", "island", "lake",
    "valley", "gulf", "coast",
];

fn is_person_name(tokens: &[&str]) -> bool {
    let lex = lexicon();
    !tokens.is_empty()
        && tokens.iter().all(|t| {
            let lower = lowercase(t);
            !is_acronym(t) && !lex.organization_words.contains(&*lower) && !is_place_word(&lower)
        })
}

/// "senator", "spokesman", and the gendered role nouns ("actress",
/// "assemblywoman"), which are titles too (`lower` is lowercase).
fn is_role_noun(lower: &str) -> bool {
    let lex = lexicon();
    lex.titles.contains(lower) || lex.gendered_words.contains_key(lower)
}

fn role_text(tokens: &[&str]) -> Option<String> {
    let role = tokens.join(" ");
    let has_title = tokens.iter().any(|t| is_role_noun(&lowercase(t)));
    (has_title && !role.is_empty()).then_some(role)
}

/// The key that makes spellings of one name equal: lowercase, no
/// diacritics, hyphens as spaces, transliteration variants unified.
pub fn name_key(name: &str) -> String {
    let lex = lexicon();
    // Most names are ASCII, which decomposition leaves as they are.
    let plain: String = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        without_diacritics(name, false).to_lowercase()
    };
    let mut key = String::with_capacity(plain.len());
    // Hyphens split words like any other mark ("Suk-yeol" = "Suk Yeol").
    for token in plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty() && *t != "the")
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(lex.name_forms.get(token).map_or(token, String::as_str));
    }
    key
}

/// "European Union" → "EU": the capitals of the name's main words.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| starts_upper(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(mention: &str) -> (String, Option<String>, SpeakerKind) {
        match shape_of(mention) {
            MentionShape::Named { name, role, kind } => (name, role, kind),
            other => panic!("not a name: {other:?}"),
        }
    }

    #[test]
    fn peels_titles_and_possessives() {
        assert_eq!(
            named("Russia's president Vladimir Putin"),
            (
                "Vladimir Putin".into(),
                Some("Russia's president".into()),
                SpeakerKind::Person
            )
        );
        assert_eq!(
            named("Deputy Mayor Ana Ruiz"),
            (
                "Ana Ruiz".into(),
                Some("Deputy Mayor".into()),
                SpeakerKind::Person
            )
        );
    }

    #[test]
    fn a_gendered_role_noun_is_a_role_and_a_preposition_opens_no_name() {
        assert_eq!(
            named("Actress Mia Berg"),
            (
                "Mia Berg".into(),
                Some("Actress".into()),
                SpeakerKind::Person
            )
        );
        assert_eq!(
            named("Councilwoman Mia Berg").1.as_deref(),
            Some("Councilwoman")
        );
        assert_eq!(named("From Mia Berg").0, "Mia Berg");
        assert_eq!(named("After Reyes").0, "Reyes");
    }

    #[test]
    fn a_party_word_before_a_given_name_is_a_role() {
        assert_eq!(named("Republican Ana Ruiz").0, "Ana Ruiz");
        assert_eq!(named("Billionaire Ana Ruiz").0, "Ana Ruiz");
        assert_eq!(
            named("Democratic National Convention").0,
            "Democratic National Convention"
        );
    }

    #[test]
    fn organisations_and_places() {
        assert_eq!(named("the European Union").2, SpeakerKind::Organization);
        assert_eq!(named("the EU").0, "EU");
        assert_eq!(named("Ukraine").2, SpeakerKind::Organization);
        assert_eq!(named("The Kremlin").2, SpeakerKind::Organization);
        assert_eq!(named("Sen. Ana Ruiz of Kansas City").0, "Ana Ruiz");
        assert_eq!(named("Wall Street").2, SpeakerKind::Organization);
    }

    #[test]
    fn pronouns_and_descriptions() {
        assert_eq!(shape_of("he"), MentionShape::Pronoun(Referent::Person));
        assert!(matches!(
            shape_of("a senior city official"),
            MentionShape::Description {
                definite: false,
                ..
            }
        ));
        // The name after a preposition places the person; it is not theirs.
        for placed in ["an aide to Clinton", "a spokesman in Salem"] {
            assert!(
                matches!(shape_of(placed), MentionShape::Description { .. }),
                "{placed}"
            );
        }
    }

    #[test]
    fn keys_ignore_case_hyphens_diacritics_and_transliteration() {
        assert_eq!(name_key("Yoon Suk-yeol"), name_key("Yoon Suk Yeol"));
        assert_eq!(name_key("José Müller"), "jose muller");
        assert_eq!(name_key("Andrii Yermak"), name_key("Andriy Yermak"));
    }

    #[test]
    fn initials_of_a_name() {
        assert_eq!(initials("European Union"), "EU");
    }
}
