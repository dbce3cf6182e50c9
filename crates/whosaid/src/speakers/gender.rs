//! Gender: which of "he" and "she" fits a person.
//!
//! In: the words of a person's names, roles and mentions ("Mrs. Clinton",
//! "Hillary Clinton", "spokeswoman"). Out: a `Gender` when the words say one
//! and only one; nothing when they say none or both.

use crate::text::lexicon::{lexicon, Gender};
use crate::text::words::lowercase;

/// The gender a pronoun asks for ("he", "she"), if any.
pub fn of_pronoun(word: &str) -> Option<Gender> {
    lexicon().gendered_pronouns.get(&*lowercase(word)).copied()
}

/// What a person's names, roles and mentions say: an honorific anywhere
/// ("Mrs. Clinton") or a given name as a name's first word after its titles
/// ("Sen. Hillary Clinton"); else a role noun ("the spokeswoman"), which
/// news also uses for the other sex ("spokesman Hope Hicks"). `None` when
/// they say nothing, or both.
pub fn of_person<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<Gender> {
    told_by(names, true)
}

/// What the honorifics and role nouns of a mention say, leaving given names
/// out: for a surname alone, which may be a given name too ("Mr. Henry",
/// "Henry" for Mary Kay Henry).
pub fn of_titles<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<Gender> {
    told_by(names, false)
}

fn told_by<'a>(names: impl IntoIterator<Item = &'a str>, given_names: bool) -> Option<Gender> {
    let lex = lexicon();
    let mut strong = Agreement::default();
    let mut weak = Agreement::default();
    let is_title = |w: &str| {
        lex.titles.contains(w)
            || lex.gendered_titles.contains_key(w)
            || lex.gendered_words.contains_key(w)
    };
    for name in names {
        // Only the first word past the titles is read as a given name.
        let mut given_read = !given_names;
        let words = name
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty());
        for word in words {
            let word = lowercase(word);
            if !given_read && !is_title(&word) {
                strong.add(lex.given_names.get(&*word));
                given_read = true;
            }
            strong.add(lex.gendered_titles.get(&*word));
            weak.add(lex.gendered_words.get(&*word));
        }
    }
    match strong {
        Agreement::None => weak.gender(),
        _ => strong.gender(),
    }
}

/// The genders seen so far.
#[derive(Default)]
enum Agreement {
    #[default]
    None,
    One(Gender),
    Both,
}

impl Agreement {
    fn add(&mut self, gender: Option<&Gender>) {
        let Some(&gender) = gender else { return };
        *self = match self {
            Agreement::None => Agreement::One(gender),
            Agreement::One(seen) if *seen == gender => Agreement::One(gender),
            _ => Agreement::Both,
        };
    }

    fn gender(&self) -> Option<Gender> {
        match self {
            Agreement::One(gender) => Some(*gender),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_roles_tell_a_gender() {
        assert_eq!(of_person(["Mrs. Ruiz"]), Some(Gender::Female));
        assert_eq!(of_person(["Sen. Tomas Reyes"]), Some(Gender::Male));
        assert_eq!(
            of_person(["Ana Ruiz", "the spokeswoman"]),
            Some(Gender::Female)
        );
        // A given name counts only first: "Reyes Ana" says nothing.
        assert_eq!(of_person(["Reyes Ana"]), None);
        assert_eq!(of_person(["Kelly Reyes"]), None);
        assert_eq!(of_person(["Ana Ruiz", "Mr. Ruiz"]), None);
        // A role noun yields to a given name or an honorific.
        assert_eq!(of_person(["spokesman Ana Ruiz"]), Some(Gender::Female));
        assert_eq!(of_person(["spokesman Ruiz"]), Some(Gender::Male));
        assert_eq!(of_titles(["Mr. Henry"]), Some(Gender::Male));
        assert_eq!(of_titles(["Mary Henry"]), None);
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("they"), None);
    }
}
