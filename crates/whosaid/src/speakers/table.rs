//! What the speakers stage hands on, and what its steps pass each other:
//! the `SpeakerTable` of real-world speakers, and a `LocalSpeaker` as one
//! article knows it before articles are merged.
//!
//! In: nothing (types only). Out: `Speaker`, `SpeakerTable`, `LocalSpeaker`,
//! `LocalSpeakers`.

use crate::speakers::gender;
use crate::speakers::names::{initials, name_key, SpeakerKind};
use crate::text::lexicon::Gender;

/// One real-world speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The canonical name, without titles.
    pub name: String,
    /// Person, organisation, or unknown.
    pub kind: SpeakerKind,
    /// Titles seen with the name.
    pub roles: Vec<String>,
    /// Every other form seen.
    pub aliases: Vec<String>,
    /// The speaker this one is a body of (a country for its ministry).
    pub part_of: Option<usize>,
    /// For a person: the body a role of theirs names ("White House press
    /// secretary"), whose words they may speak.
    pub speaks_for: Option<usize>,
}

impl SpeakerTable {
    /// True for a speaker named only by a definite description ("the
    /// group", "the indictment"), which may stand for someone named
    /// elsewhere: no name in capitals, or nothing to tell its kind. An
    /// indefinite one ("an engineer from the water board") is someone else.
    pub fn is_vague(&self, speaker: usize) -> bool {
        self.speakers.get(speaker).is_none_or(|s| {
            let opening = s.name.split(' ').next().unwrap_or_default();
            let indefinite = ["a", "an", "one", "some"]
                .iter()
                .any(|article| opening.eq_ignore_ascii_case(article));
            !indefinite
                && (s.kind == SpeakerKind::Unknown || !s.name.chars().any(char::is_uppercase))
        })
    }

    /// True when two speakers may share an utterance without contradiction:
    /// the same speaker, a body and the country it belongs to, or a body
    /// and the person who speaks for it.
    pub fn related(&self, a: usize, b: usize) -> bool {
        let parent = |s: usize| self.speakers.get(s).and_then(|x| x.part_of);
        let voice = |s: usize| self.speakers.get(s).and_then(|x| x.speaks_for);
        a == b
            || parent(a) == Some(b)
            || parent(b) == Some(a)
            || voice(a) == Some(b)
            || voice(b) == Some(a)
    }
}

/// The speakers and which one said each quote.
#[derive(Clone, Debug, Default)]
pub struct SpeakerTable {
    /// All speakers, in order of first appearance.
    pub speakers: Vec<Speaker>,
    /// `[document][quote]` → index into `speakers`.
    pub of_quote: Vec<Vec<Option<usize>>>,
}

/// A speaker as one article knows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LocalSpeaker {
    /// Person, organisation, or unknown.
    pub kind: SpeakerKind,
    /// Names seen (without titles), longest first once finished.
    pub names: Vec<String>,
    /// Titles seen.
    pub roles: Vec<String>,
    /// Mention texts seen.
    pub aliases: Vec<String>,
    /// An anonymous description: never joined with another article's.
    pub anonymous: bool,
    /// For a body of a country ("Ukraine’s GUR military intelligence"):
    /// the country it belongs to.
    pub parent: Option<String>,
}

impl LocalSpeaker {
    /// What its names, roles and mentions say of its gender.
    pub fn gender(&self) -> Option<Gender> {
        let words = self.names.iter().chain(&self.roles).chain(&self.aliases);
        gender::of_person(words.map(String::as_str))
    }

    /// The folded key of its longest name.
    pub fn key(&self) -> String {
        self.names
            .iter()
            .max_by_key(|n| n.split_whitespace().count())
            .map(|n| name_key(n))
            .unwrap_or_default()
    }

    /// Initials of its longest name ("European Union" → "EU").
    pub fn initials(&self) -> String {
        self.names
            .iter()
            .map(|n| initials(n))
            .max_by_key(String::len)
            .unwrap_or_default()
    }
}

/// One article's speakers, and which of them said each of its quotes.
pub type LocalSpeakers = (Vec<LocalSpeaker>, Vec<Option<usize>>);
