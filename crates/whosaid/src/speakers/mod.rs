//! Mentions → speakers: one entry per real-world speaker across all articles.
//!
//! In: each document with its attributed quotes. Out: a `SpeakerTable`: the
//! speakers (canonical name, kind, roles, aliases) and, per quote, the index
//! of its speaker. Within an article a pronoun takes the nearest earlier
//! compatible name, a definite role description ("the strongman leader")
//! takes the latest person quoted, and a surname joins the full name. Across
//! articles, names join by their folded key (case, hyphens, diacritics,
//! transliteration), surnames join a unique full name, acronyms join the
//! organisation they abbreviate; anonymous sources stay one per article.

pub mod gender;
pub mod merge;
pub mod names;
mod roles;
mod surnames;
mod table;
pub mod text_names;

pub use table::{LocalSpeaker, LocalSpeakers, Speaker, SpeakerTable};

use std::cell::RefCell;

use crate::attribution::Attributed;
use crate::document::Article;
use crate::speakers::names::{initials, is_acronym, is_place_or_party, MentionShape, SpeakerKind};
use crate::speakers::roles::{body_words, possessing_place, role_families};
use crate::speakers::surnames::shares_name;
use crate::speakers::text_names::{
    follows_preposition, full_person_name, names_before, names_no_one, text_names, PersonEvidence,
    TextName,
};
use crate::text::lexicon::{lexicon, Gender, Referent};
use crate::text::span::Span;
use crate::text::words::{lowercase, sentence_start, strip_possessive};

pub use merge::merge_across_documents;
pub use names::NameCache;

/// Resolution inside one article.
struct DocumentResolver<'d> {
    doc: &'d Article<'d>,
    /// Shapes and keys read so far, in any article.
    names: &'d NameCache,
    speakers: Vec<LocalSpeaker>,
    /// Where a speaker was mentioned: (byte position, speaker), in order of
    /// position.
    resolved: Vec<(usize, usize)>,
    /// Person and organisation names in the running text, computed on demand.
    names_in_text: Option<Vec<TextName>>,
    /// Which of those names the article shows are persons.
    person_evidence: Option<PersonEvidence>,
    /// The article's quotations: names inside them are what a speaker said,
    /// not who speaks ("“… the Geneva Convention,” he said").
    quotations: Vec<Span>,
    /// Each speaker's gender as its words tell it, worked out when first
    /// asked and forgotten when the speaker gains words.
    genders: RefCell<Vec<Option<Option<Gender>>>>,
}

/// The first step of resolving speakers, for one article: its speakers as
/// the article names them (`merge_across_documents` then joins them across
/// articles). `names` carries what earlier articles read.
pub fn resolve_in_article(
    doc: &Article,
    quotes: &[Attributed],
    names: &NameCache,
) -> LocalSpeakers {
    let mut resolver = DocumentResolver {
        doc,
        names,
        speakers: Vec::new(),
        resolved: Vec::new(),
        names_in_text: None,
        person_evidence: None,
        quotations: quotes.iter().map(|q| q.quote.outer).collect(),
        genders: RefCell::default(),
    };
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| quotes[i].mention.map_or(usize::MAX, |m| m.start));
    let mut of_quote = vec![None; quotes.len()];
    for i in order {
        if let Some(mention) = quotes[i].mention {
            of_quote[i] = resolver.resolve(mention);
            if let Some(speaker) = of_quote[i] {
                resolver.resolved.push((mention.start, speaker));
            }
        }
    }
    resolver.roles_from_the_text();
    (resolver.speakers, of_quote)
}

impl DocumentResolver<'_> {
    /// True for a one-word name without a title that the article also
    /// writes in lowercase and that is no word of a longer name in it.
    fn is_common_word(&mut self, name: &str, titled: bool) -> bool {
        if titled || name.contains([' ', '-', '.']) {
            return false;
        }
        let key = self.names.key(name);
        // "For …", "Often …": a word that opens no name in the running
        // text names no one as a mention either.
        if names_no_one(&key) || is_adverb_form(&key) {
            return true;
        }
        let (doc, names) = (self.doc, self.names);
        let text_names = text_names(&mut self.names_in_text, doc, names);
        let in_a_name = text_names
            .iter()
            .any(|n| n.key.contains(' ') && n.key.split(' ').any(|w| w == &*key));
        !in_a_name && doc.text.writes_in_lowercase(&key)
    }

    /// Roles the article gives its quoted persons anywhere in its running
    /// text ("… reported that Russian President Vladimir Putin is …"), not
    /// only beside their quotes.
    fn roles_from_the_text(&mut self) {
        if !self.speakers.iter().any(|s| s.kind == SpeakerKind::Person) {
            return;
        }
        let doc = self.doc;
        let names = text_names(&mut self.names_in_text, doc, self.names);
        for speaker in self
            .speakers
            .iter_mut()
            .filter(|s| s.kind == SpeakerKind::Person)
        {
            let key = speaker.key();
            for name in names.iter().filter(|n| *n.key == *key) {
                if let MentionShape::Named {
                    role: Some(role), ..
                } = &*name.shape
                {
                    push_unique(&mut speaker.roles, role);
                }
            }
        }
    }

    /// The gender the words of local speaker `speaker` tell.
    fn gender_of(&self, speaker: usize) -> Option<Gender> {
        let mut genders = self.genders.borrow_mut();
        if genders.len() < self.speakers.len() {
            genders.resize(self.speakers.len(), None);
        }
        *genders[speaker].get_or_insert_with(|| self.speakers[speaker].gender())
    }

    fn resolve(&mut self, mention: Span) -> Option<usize> {
        let text = self.doc.slice(mention).to_string();
        match (*self.names.shape(&text)).clone() {
            // "Often, …", "But": a word the article writes in lowercase
            // names no one, and guessing whom it stands in for would put
            // words in a stranger's mouth: no speaker.
            MentionShape::Named { name, role, .. }
                if self.is_common_word(&name, role.is_some()) =>
            {
                None
            }
            MentionShape::Named { name, role, kind } => {
                Some(self.named_in_full(mention.start, name, role, kind, &text))
            }
            MentionShape::Pronoun(referent) => {
                self.antecedent(mention.start, referent, gender::of_pronoun(&text))
            }
            MentionShape::Description {
                text: words,
                definite,
                kind,
            } => {
                if let Some(named) = self.named_in_apposition(mention) {
                    return Some(named);
                }
                let with_the = text.starts_with("the ") || text.starts_with("The ");
                let earlier = match kind {
                    SpeakerKind::Unknown if definite => self
                        .latest_fitting(mention.start, &words, with_the)
                        .or_else(|| self.epithet_antecedent(mention.start, &words, with_the)),
                    SpeakerKind::Organization if with_the => {
                        self.named_body_before(mention.start, &words)
                    }
                    _ => None,
                };
                earlier.or_else(|| Some(self.description(&words, kind)))
            }
        }
    }

    /// The local speaker for a name: the same key, or a surname of a longer
    /// name already seen (and the reverse), else a new one.
    fn named(&mut self, name: &str, role: Option<String>, kind: SpeakerKind, alias: &str) -> usize {
        let key = self.names.key(name);
        let tokens: Vec<&str> = key.split(' ').collect();
        let found = self.speakers.iter().rposition(|s| {
            s.kind == kind
                && !s.anonymous
                && s.names.iter().any(|n| {
                    let other = self.names.key(n);
                    other == key || (kind == SpeakerKind::Person && shares_name(&other, &tokens))
                })
        });
        let index = found.unwrap_or_else(|| {
            self.speakers.push(LocalSpeaker {
                kind,
                names: Vec::new(),
                roles: Vec::new(),
                aliases: Vec::new(),
                anonymous: false,
                parent: None,
            });
            self.speakers.len() - 1
        });
        if let Some(gender) = self.genders.get_mut().get_mut(index) {
            *gender = None;
        }
        let speaker = &mut self.speakers[index];
        push_unique(&mut speaker.names, name);
        push_unique(
            &mut speaker.aliases,
            alias.trim_start_matches("the ").trim_start_matches("The "),
        );
        if let Some(role) = role {
            push_unique(&mut speaker.roles, &role);
        }
        if kind == SpeakerKind::Organization && speaker.parent.is_none() {
            speaker.parent = possessing_place(alias).or_else(|| possessing_place(name));
        }
        index
    }

    /// "Ana Ruiz, the mayor's chief of staff, said": a description set off
    /// right after a name is that name's role, so the name speaks.
    fn named_in_apposition(&mut self, description: Span) -> Option<usize> {
        let doc = self.doc;
        let names = text_names(&mut self.names_in_text, doc, self.names);
        let before = names
            .iter()
            .rev()
            .find(|n| n.span.end <= description.start)?;
        let (span, shape) = (before.span, before.shape.clone());
        let comma = doc.text[span.end..description.start].trim() == ",";
        let closed = doc.text[description.end..].trim_start().starts_with(',');
        let MentionShape::Named { name, role, kind } = &*shape else {
            return None;
        };
        if !comma || !closed {
            return None;
        }
        let alias = doc.slice(span).to_string();
        Some(self.named_in_full(span.start, name.clone(), role.clone(), *kind, &alias))
    }

    /// [`Self::named`], after a surname or acronym is replaced by the fuller
    /// name the article gives before (with its role).
    fn named_in_full(
        &mut self,
        at: usize,
        name: String,
        role: Option<String>,
        kind: SpeakerKind,
        alias: &str,
    ) -> usize {
        let gender = gender::of_titles([alias]);
        let (name, role) = match self.full_name_before(at, &name, kind, gender) {
            Some((full, text_role)) => (full, role.or(text_role)),
            None => (name, role),
        };
        self.named(&name, role, kind, alias)
    }

    /// "Ruiz" after "Mayor Ana Ruiz" in the text: the longer name it stands for.
    fn full_name_before(
        &mut self,
        position: usize,
        name: &str,
        kind: SpeakerKind,
        gender: Option<Gender>,
    ) -> Option<(String, Option<String>)> {
        let key = self.names.key(name);
        if kind == SpeakerKind::Organization && is_acronym(name) {
            return self.expansion_in_text(name).map(|full| (full, None));
        }
        if kind != SpeakerKind::Person || key.contains(' ') {
            return None;
        }
        let doc = self.doc;
        let names = text_names(&mut self.names_in_text, doc, self.names);
        let evidence = self
            .person_evidence
            .get_or_insert_with(|| PersonEvidence::new(names));
        let shown = |n: &TextName| evidence.shows_a_person(doc, names, n);
        full_person_name(names, position, &key, gender, Some(&doc.text), &shown)
    }

    /// "EU" in an article that also writes "the European Union": the
    /// spelled-out organisation whose initials the acronym is.
    fn expansion_in_text(&mut self, acronym: &str) -> Option<String> {
        let doc = self.doc;
        text_names(&mut self.names_in_text, doc, self.names)
            .iter()
            .find_map(|TextName { shape, .. }| match &**shape {
                MentionShape::Named {
                    name,
                    kind: SpeakerKind::Organization,
                    ..
                } if name.contains(' ')
                    && (initials(name) == acronym
                        || (name.split_whitespace().any(|w| w == acronym)
                            && name
                                .split_whitespace()
                                .any(|w| w.starts_with(char::is_lowercase)))) =>
                {
                    Some(name.clone())
                }
                _ => None,
            })
    }

    fn description(&mut self, words: &str, kind: SpeakerKind) -> usize {
        let existing = self.speakers.iter().position(|s| {
            s.anonymous
                && s.names
                    .first()
                    .is_some_and(|n| n.eq_ignore_ascii_case(words))
        });
        existing.unwrap_or_else(|| {
            self.speakers.push(LocalSpeaker {
                kind,
                names: vec![words.to_string()],
                roles: Vec::new(),
                aliases: Vec::new(),
                anonymous: true,
                parent: None,
            });
            self.speakers.len() - 1
        })
    }

    /// The person a definite description before `position` stands for:
    /// the nearest earlier one whose role fits it, quoted ("the strongman
    /// leader" after quotes of "President Vladimir Putin") or named with
    /// that role in the text ("New Jersey Gov. Chris Christie … the
    /// governor said"; only a description opening with "the" points back
    /// that far).
    fn latest_fitting(
        &mut self,
        position: usize,
        description: &str,
        with_the: bool,
    ) -> Option<usize> {
        let wanted = role_families(description);
        if wanted.is_empty() {
            return None;
        }
        let fits = |roles: &str| role_families(roles).iter().any(|f| wanted.contains(f));
        // "the Florida senator" is a senator from Florida: a name in the
        // text fits when the proper words of the description are in its
        // role too (a quoted speaker's roles gather from many mentions).
        let proper: Vec<String> = description
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(|w| strip_possessive(w).to_lowercase())
            .collect();
        let fits_in_full = |role: &str| {
            let words: Vec<String> = role
                .split_whitespace()
                .map(|w| strip_possessive(w).trim_end_matches('.').to_lowercase())
                .collect();
            fits(role) && proper.iter().all(|p| words.contains(p))
        };
        let quoted = self
            .resolved
            .iter()
            .filter(|(at, s)| *at < position && self.speakers[*s].kind == SpeakerKind::Person)
            .filter(|(_, s)| fits(&self.speakers[*s].roles.join(" ")))
            .max_by_key(|(at, _)| *at)
            .copied();
        let (doc, names) = (self.doc, self.names);
        let quotations = &self.quotations;
        if !with_the {
            return quoted.map(|(_, speaker)| speaker);
        }
        let text_names = text_names(&mut self.names_in_text, doc, names);
        let in_text =
            names_before(text_names, quotations, position).find_map(|n| match &*n.shape {
                MentionShape::Named {
                    name,
                    role: Some(role),
                    kind: SpeakerKind::Person,
                } if fits_in_full(role) => Some((n.span, name.clone(), role.clone())),
                _ => None,
            });
        match (quoted, in_text) {
            (Some((at, speaker)), Some((span, ..))) if at >= span.start => Some(speaker),
            (_, Some((span, name, role))) => {
                let alias = doc.slice(span).to_string();
                let kind = SpeakerKind::Person;
                Some(self.named_in_full(span.start, name, Some(role), kind, &alias))
            }
            (quoted, None) => quoted.map(|(_, speaker)| speaker),
        }
    }

    /// "Marco Rubio still believes … “…,” the Florida senator said": an
    /// epithet (the, a proper word, a person's title last) that no earlier
    /// role fits names the person the text was about, as "he" would.
    fn epithet_antecedent(
        &mut self,
        position: usize,
        description: &str,
        with_the: bool,
    ) -> Option<usize> {
        let words: Vec<&str> = description.split_whitespace().collect();
        // Its proper words say where the person serves or their party ("the
        // White House spokesman" is a body's, and may be no one named yet).
        let mut proper = words.iter().filter(|w| w.starts_with(char::is_uppercase));
        let proper = proper.clone().next().is_some()
            && proper.all(|w| is_place_or_party(&lowercase(strip_possessive(w))));
        let titled = words
            .last()
            .is_some_and(|head| lexicon().titles.contains(&*lowercase(head)));
        if !(with_the && proper && titled) {
            return None;
        }
        let gender = gender::of_titles([description]);
        self.antecedent(position, Referent::Person, gender)
    }

    /// "Acme Corp … the company said": the nearest earlier body named in the
    /// text whose name holds the description's head noun ("the ministry"
    /// for "Foreign Ministry") or a word for that kind of body.
    fn named_body_before(&mut self, position: usize, description: &str) -> Option<usize> {
        let head = description.split_whitespace().last()?.to_lowercase();
        let kin = body_words(&head);
        let (doc, names) = (self.doc, self.names);
        let quotations = &self.quotations;
        let text_names = text_names(&mut self.names_in_text, doc, names);
        let (span, name) =
            names_before(text_names, quotations, position).find_map(|n| match &*n.shape {
                MentionShape::Named {
                    name,
                    kind: SpeakerKind::Organization,
                    ..
                } if n.key.split(' ').any(|w| w == head || kin.contains(&w)) => {
                    Some((n.span, name.clone()))
                }
                _ => None,
            })?;
        let alias = doc.slice(span).to_string();
        Some(self.named_in_full(span.start, name, None, SpeakerKind::Organization, &alias))
    }

    /// A pronoun's speaker: the nearest earlier compatible quoted speaker or
    /// name in the text. Compatible: a person for "he"/"she" whose names do
    /// not tell the other gender, a body for "it"/"they", either for "who".
    fn antecedent(
        &mut self,
        position: usize,
        referent: Referent,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let wanted = match referent {
            Referent::Person => Some(SpeakerKind::Person),
            Referent::Group | Referent::Organization => Some(SpeakerKind::Organization),
            Referent::Relative => None,
        };
        let fits =
            |kind: Option<SpeakerKind>| kind.is_some() && wanted.is_none_or(|w| kind == Some(w));
        let agrees = |said: Option<Gender>| gender.is_none_or(|g| said.is_none_or(|s| s == g));
        let doc = self.doc;
        let speakers = &self.speakers;
        let quoted = self
            .resolved
            .iter()
            .rev()
            .filter(|(at, s)| *at < position && fits(Some(speakers[*s].kind)))
            .find(|(_, s)| gender.is_none() || agrees(self.gender_of(*s)))
            .copied();
        let quotations = &self.quotations;
        let names = text_names(&mut self.names_in_text, doc, self.names);
        let evidence = self
            .person_evidence
            .get_or_insert_with(|| PersonEvidence::new(names));
        let candidates = || {
            names_before(names, quotations, position)
                .filter(|name| {
                    fits(shape_kind(&name.shape))
                        && !follows_preposition(&doc.text, name.span.start)
                })
                .filter(|name| {
                    referent != Referent::Person || evidence.shows_a_person(doc, names, name)
                })
                .filter(|name| gender.is_none() || agrees(evidence.gender(doc, names, name)))
        };
        // A pronoun carries on the subject: of the fitting names in the
        // sentence of the nearest one, the first ("Ryan said Trump … . “…,”
        // he said" is Ryan).
        let nearest = candidates().next();
        let sentence = nearest.map(|near| sentence_start(&doc.text, near.span.start));
        // "He said Trump needs … . “…,” he said": the same pronoun as the
        // subject of the nearest name's sentence stands for what that one
        // does.
        if let (Some(near), Some(sentence), Some(asked)) = (nearest, sentence, gender) {
            let same_pronoun = doc
                .text
                .words_in(Span::new(sentence, near.span.start))
                .iter()
                .filter(|w| !self.quotations.iter().any(|q| q.contains(w.span)))
                .find(|w| gender::of_pronoun(w.text) == Some(asked))
                .map(|w| w.span.start);
            if let Some(earlier) = same_pronoun {
                return self.antecedent(earlier, referent, gender);
            }
        }
        let in_text = nearest.zip(sentence).map(|(nearest, sentence)| {
            candidates()
                .take_while(|name| name.span.end > sentence)
                .last()
                .unwrap_or(nearest)
        });
        let in_text = in_text.map(|name| (name.span, name.shape.clone()));
        match (quoted, in_text) {
            (Some((at, speaker)), Some((span, _))) if at >= span.start => Some(speaker),
            (quoted, Some((span, shape))) => match &*shape {
                MentionShape::Named { name, role, kind } => {
                    let alias = doc.slice(span).to_string();
                    Some(self.named_in_full(span.start, name.clone(), role.clone(), *kind, &alias))
                }
                _ => quoted.map(|(_, speaker)| speaker),
            },
            (Some((_, speaker)), None) => Some(speaker),
            _ => None,
        }
    }
}

/// Endings of adverbs made from adjectives ("hastily", "reportedly",
/// "personally"), which no name has.
const ADVERB_ENDINGS: &[&str] = &[
    "ily", "ally", "ously", "fully", "edly", "ingly", "ately", "ively", "ently", "antly",
];

/// "Hastily politicizing the attack, Trump …": an adverb opening a
/// sentence names no one.
fn is_adverb_form(key: &str) -> bool {
    key.len() > 5 && ADVERB_ENDINGS.iter().any(|ending| key.ends_with(ending))
}

fn shape_kind(shape: &MentionShape) -> Option<SpeakerKind> {
    match shape {
        MentionShape::Named { kind, .. } => Some(*kind),
        _ => None,
    }
}

fn push_unique(list: &mut Vec<String>, value: &str) {
    let value = value.trim();
    if !value.is_empty() && !list.iter().any(|v| v == value) {
        list.push(value.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::attribute;
    use crate::document::Document;
    use crate::quotes::find_quotes;

    fn speakers_of(texts: &[&str]) -> (Vec<String>, Vec<Vec<Option<String>>>) {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(&format!("{i}.txt"), t.to_string(), vec![]))
            .collect();
        let names = NameCache::default();
        let locals: Vec<LocalSpeakers> = docs
            .iter()
            .map(|d| {
                let article = d.article();
                let quotes = attribute(&article, find_quotes(&article));
                resolve_in_article(&article, &quotes, &names)
            })
            .collect();
        let table = merge_across_documents(locals, &names);
        let names: Vec<String> = table.speakers.iter().map(|s| s.name.clone()).collect();
        let per_quote = table
            .of_quote
            .iter()
            .map(|qs| qs.iter().map(|s| s.map(|i| names[i].clone())).collect())
            .collect();
        (names, per_quote)
    }

    #[test]
    fn aliases_are_name_forms_never_titled_phrases() {
        let doc = Document::new(
            "a.txt",
            "“We act now,” said Sen. Ana Ruiz. “We will win,” Mrs. Ruiz’s spokesman said. “Soon,” Ms. Ruiz added."
                .to_string(),
            vec![],
        );
        let names = NameCache::default();
        let article = doc.article();
        let quotes = attribute(&article, find_quotes(&article));
        let table =
            merge_across_documents(vec![resolve_in_article(&article, &quotes, &names)], &names);
        let ruiz = table
            .speakers
            .iter()
            .find(|s| s.name == "Ana Ruiz")
            .expect("Ana Ruiz");
        assert_eq!(ruiz.aliases, ["Ruiz"]);
    }

    #[test]
    fn pronoun_takes_nearest_person_named_before() {
        let (_, quotes) = speakers_of(&[
            "Housing Minister Ana Ruiz visited the site. “We will rebuild,” she said.",
        ]);
        assert_eq!(quotes[0], [Some("Ana Ruiz".to_string())]);
    }

    #[test]
    fn surname_joins_full_name_and_titles_become_roles() {
        let (names, quotes) =
            speakers_of(&["Mayor Ana Ruiz said the city was “ready”. “We will act,” Ruiz said."]);
        assert_eq!(names, ["Ana Ruiz"]);
        assert_eq!(
            quotes[0],
            [Some("Ana Ruiz".to_string()), Some("Ana Ruiz".to_string())]
        );
    }

    #[test]
    fn same_person_across_spellings_and_articles() {
        let (names, _) = speakers_of(&[
            "“We act now,” said Lee Jae-won.",
            "“It is time,” Lee Jae Won told reporters.",
        ]);
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn different_people_sharing_a_surname_stay_apart() {
        let (names, _q) = speakers_of(&["“No,” said Bill Clinton. “Yes,” said Hillary Clinton."]);
        assert_eq!(names.len(), 2, "{names:?} {_q:?}");
    }

    #[test]
    fn acronym_joins_organisation() {
        let (names, _) = speakers_of(&[
            "“We are alarmed,” the European Union said.",
            "“We are alarmed,” the EU said.",
        ]);
        assert_eq!(names, ["European Union"]);
    }

    #[test]
    fn anonymous_sources_are_one_per_article() {
        let (names, _) = speakers_of(&[
            "“It is late,” a senior official told reporters.",
            "“It is late,” a senior official told reporters.",
        ]);
        assert_eq!(names.len(), 2);
    }
}
