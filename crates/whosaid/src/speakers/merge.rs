//! Article-local speakers → one speaker per real-world speaker.
//!
//! In: each article's `LocalSpeaker`s and its quotes' local speaker indexes.
//! Out: the `SpeakerTable`. Two local speakers join when their folded names
//! are equal; a name joins the one fuller name of other articles that adds
//! middle names or initials to it (a nickname read as its given name); a
//! lone surname joins the one full name that carries it; an
//! acronym joins the one organisation whose initials it is. Anonymous
//! sources never join. Groups keep the order of first appearance.

use std::collections::BTreeMap;

use crate::speakers::names::{is_initial, name_key, MentionShape, NameCache, SpeakerKind};
use crate::speakers::surnames::is_generation;
use crate::speakers::table::{LocalSpeaker, LocalSpeakers, Speaker, SpeakerTable};
use crate::text::lexicon::{lexicon, Gender};
use crate::text::union_find::UnionFind;
use crate::text::words::strip_possessive;

/// Joins the speakers of all articles.
pub fn merge_across_documents(locals: Vec<LocalSpeakers>, names: &NameCache) -> SpeakerTable {
    let mut flat: Vec<LocalSpeaker> = Vec::new();
    let mut offsets = Vec::new();
    for (speakers, _) in &locals {
        offsets.push(flat.len());
        flat.extend(speakers.iter().cloned());
    }
    let mut groups = UnionFind::new(flat.len());
    let genders: Vec<Option<Gender>> = flat.iter().map(LocalSpeaker::gender).collect();
    // Each local speaker's folded key, read once for every join below.
    let keys: Vec<String> = flat.iter().map(LocalSpeaker::key).collect();
    join_equal_keys(&flat, &keys, &genders, &mut groups);
    join_middle_names(&flat, &keys, &mut groups);
    join_misspelt_given_names(&flat, &keys, &genders, &mut groups);
    join_surnames(&flat, &keys, &genders, &mut groups);
    join_acronyms(&flat, &keys, &mut groups);
    join_bodies(&flat, &mut groups);
    join_acronyms_written_as_words(&flat, &keys, &genders, &mut groups);

    let mut group_index: BTreeMap<usize, usize> = BTreeMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for i in 0..flat.len() {
        let root = groups.find(i);
        let next = members.len();
        let g = *group_index.entry(root).or_insert(next);
        if g == members.len() {
            members.push(Vec::new());
        }
        members[g].push(i);
    }
    let mut speakers: Vec<Speaker> = members.iter().map(|m| combine(&flat, m, names)).collect();
    link_parents(&flat, &members, &mut speakers);
    link_voices(&mut speakers);
    let of_quote = locals
        .iter()
        .zip(offsets)
        .map(|((_, quotes), offset)| {
            quotes
                .iter()
                .map(|s| s.map(|local| group_index[&groups.find(offset + local)]))
                .collect()
        })
        .collect();
    SpeakerTable { speakers, of_quote }
}

/// True unless the two speakers' words tell opposite sexes.
fn genders_agree(genders: &[Option<Gender>], i: usize, j: usize) -> bool {
    match (genders[i], genders[j]) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

fn joinable(s: &LocalSpeaker) -> bool {
    !s.anonymous && !s.names.is_empty()
}

fn join_equal_keys(
    flat: &[LocalSpeaker],
    keys: &[String],
    genders: &[Option<Gender>],
    groups: &mut UnionFind,
) {
    let mut first: BTreeMap<(SpeakerKind, String, Option<bool>), usize> = BTreeMap::new();
    for (i, s) in flat.iter().enumerate().filter(|(_, s)| joinable(s)) {
        let key = keys[i].clone();
        // A surname alone joins its like only of the same gender: "Obama"
        // is two people in a pile that quotes Barack and Michelle.
        let female = (!key.contains(' '))
            .then(|| genders[i].map(|g| g == Gender::Female))
            .flatten();
        let other = *first.entry((s.kind, key, female)).or_insert(i);
        groups.union(other, i);
    }
}

/// A person's key without single letters between its first and last words:
/// "donald j trump" → "donald trump"; in the formal style of a name, with
/// its initials and a generational suffix, without both ("roger j stone
/// jr" → "roger stone": "Donald Trump Jr." keeps his).
fn without_middle_initials(key: &str) -> String {
    let words: Vec<&str> = key.split(' ').collect();
    match words.as_slice() {
        [first, middle @ .., last] if middle.iter().all(|w| is_initial(w)) => {
            format!("{first} {last}")
        }
        [first, middle @ .., last, suffix]
            if !middle.is_empty()
                && middle.iter().all(|w| is_initial(w))
                && is_generation(suffix) =>
        {
            format!("{first} {last}")
        }
        _ => key.to_string(),
    }
}

/// `key` with its first word's nickname replaced by the given name ("dick
/// durbin" → "richard durbin").
fn without_nickname(key: &str) -> String {
    let (first, rest) = key.split_once(' ').unwrap_or((key, ""));
    match lexicon().nicknames.get(first) {
        Some(given) if !rest.is_empty() => format!("{given} {rest}"),
        _ => key.to_string(),
    }
}

/// The shorter forms a person's key may be written in elsewhere: without
/// the words between its first and last ("hillary rodham clinton" →
/// "hillary clinton", "donald j trump" → "donald trump"), a generational
/// suffix kept ("theodore j boutrous jr" → "theodore boutrous jr") or, in
/// the formal style of initials and suffix, dropped too ("roger j stone jr"
/// → "roger stone": "Donald Trump Jr." keeps his).
fn shorter_forms(key: &str) -> Vec<String> {
    let words: Vec<&str> = key.split(' ').collect();
    let (core, suffix) = match words.split_last() {
        Some((last, core)) if is_generation(last) => (core, Some(*last)),
        _ => (&words[..], None),
    };
    let [first, middle @ .., last] = core else {
        return Vec::new();
    };
    if middle.is_empty() {
        return Vec::new();
    }
    let base = format!("{first} {last}");
    match suffix {
        None => vec![base],
        Some(suffix) if middle.iter().all(|w| is_initial(w)) => {
            vec![format!("{base} {suffix}"), base]
        }
        Some(suffix) => vec![format!("{base} {suffix}")],
    }
}

/// "Hillary Rodham Clinton" and "Donald J. Trump" join "Hillary Clinton"
/// and "Donald Trump" of other articles when only one fuller name shortens
/// so ("George W. Bush" and "George H. W. Bush" join neither). Keys fold
/// nicknames ("Dick Durbin" is "Richard J. Durbin").
fn join_middle_names(flat: &[LocalSpeaker], keys: &[String], groups: &mut UnionFind) {
    let mut plain: BTreeMap<String, usize> = BTreeMap::new();
    let mut fuller: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for (i, s) in flat.iter().enumerate() {
        if !(joinable(s) && s.kind == SpeakerKind::Person) {
            continue;
        }
        let key = keys[i].clone();
        let forms = shorter_forms(&key);
        if forms.is_empty() {
            plain.entry(without_nickname(&key)).or_insert(i);
            continue;
        }
        for form in forms {
            fuller
                .entry(form)
                .or_default()
                .entry(key.clone())
                .or_insert(i);
        }
    }
    for (short, full) in fuller {
        if let (Some(&j), [&i]) = (plain.get(&short), &full.values().collect::<Vec<_>>()[..]) {
            groups.union(j, i);
        }
    }
}

/// Fewest letters of a given name that a one-letter slip may be read in.
const MIN_MISSPELT_LETTERS: usize = 6;

/// "Vincente Fox" is "Vicente Fox": two full names with the same words but
/// a long given name one letter apart, when no other name fits, are one
/// person spelt two ways ("Maria"/"Marie" are too short to tell).
fn join_misspelt_given_names(
    flat: &[LocalSpeaker],
    keys: &[String],
    genders: &[Option<Gender>],
    groups: &mut UnionFind,
) {
    // The words after the given name → each given name and one member.
    let mut by_rest: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for (i, s) in flat.iter().enumerate() {
        if !(joinable(s) && s.kind == SpeakerKind::Person) {
            continue;
        }
        if let Some((given, rest)) = keys[i].split_once(' ') {
            by_rest
                .entry(rest.to_string())
                .or_default()
                .entry(given.to_string())
                .or_insert(i);
        }
    }
    let agrees = |i: usize, j: usize| genders_agree(genders, i, j);
    for given in by_rest.values() {
        for (name, &i) in given {
            let mut slips = given.iter().filter(|(other, &j)| {
                *other != name
                    && name.len().min(other.len()) >= MIN_MISSPELT_LETTERS
                    && strsim::levenshtein(name, other) == 1
                    && agrees(i, j)
            });
            if let (Some((_, &j)), None) = (slips.next(), slips.next()) {
                groups.union(i, j);
            }
        }
    }
}

/// "putin" joins "vladimir putin" when no other full name of a fitting
/// gender ends or starts so.
fn join_surnames(
    flat: &[LocalSpeaker],
    keys: &[String],
    genders: &[Option<Gender>],
    groups: &mut UnionFind,
) {
    // First and last words of every full name → the full names (and one member).
    let mut owners: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut singles = Vec::new();
    for (i, s) in flat.iter().enumerate() {
        if !(joinable(s) && s.kind == SpeakerKind::Person) {
            continue;
        }
        // "Donald J. Trump" and "Donald Trump" own "trump" together.
        let key = without_middle_initials(&keys[i]);
        let words: Vec<&str> = key.split(' ').collect();
        match words.as_slice() {
            [single] => singles.push((i, single.to_string())),
            [first, .., last] => {
                for end in [first, last] {
                    owners
                        .entry(end.to_string())
                        .or_default()
                        .entry(key.clone())
                        .or_insert(i);
                }
            }
            [] => {}
        }
    }
    // "Mr. Obama" joins Barack Obama when Michelle Obama is the only other.
    let agrees = |i: usize, j: usize| genders_agree(genders, i, j);
    for (i, single) in singles {
        let Some(full) = owners.get(&single) else {
            continue;
        };
        let mut fitting = full.values().filter(|&&j| agrees(i, j));
        if let (Some(&j), None) = (fitting.next(), fitting.next()) {
            groups.union(j, i);
        }
    }
}

/// "EU" joins "European Union" when exactly one organisation has those initials.
fn join_acronyms(flat: &[LocalSpeaker], keys: &[String], groups: &mut UnionFind) {
    // Initials → each organisation's key and one member, built once.
    let mut by_initials: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut acronyms: Vec<(usize, &str, String)> = Vec::new();
    for (i, s) in flat.iter().enumerate() {
        if !(joinable(s) && s.kind == SpeakerKind::Organization) {
            continue;
        }
        let key = keys[i].clone();
        if let Some(acronym) = s.names.iter().find(|n| is_acronym_name(n)) {
            acronyms.push((i, acronym, key.clone()));
        }
        by_initials
            .entry(s.initials())
            .or_default()
            .entry(key)
            .or_insert(i);
    }
    for (i, acronym, key) in acronyms {
        let Some(owners) = by_initials.get(acronym) else {
            continue;
        };
        let mut others = owners.iter().filter(|(owner, _)| **owner != key);
        if let (Some((_, &j)), None) = (others.next(), others.next()) {
            groups.union(j, i);
        }
    }
}

/// "Nato" is "NATO": a one-word name that nothing shows a person's (no
/// role, nothing of a sex) joins the organisation whose acronym it spells
/// in another case.
fn join_acronyms_written_as_words(
    flat: &[LocalSpeaker],
    keys: &[String],
    genders: &[Option<Gender>],
    groups: &mut UnionFind,
) {
    let acronyms: BTreeMap<String, usize> = flat
        .iter()
        .enumerate()
        .filter(|(_, s)| joinable(s) && s.kind == SpeakerKind::Organization)
        .filter_map(|(i, s)| Some((name_key(s.names.iter().find(|n| is_acronym_name(n))?), i)))
        .collect();
    for (i, s) in flat.iter().enumerate() {
        let bare = joinable(s) && s.kind == SpeakerKind::Person && s.roles.is_empty();
        let key = &keys[i];
        if bare && genders[i].is_none() && !key.contains(' ') {
            if let Some(&j) = acronyms.get(key) {
                groups.union(j, i);
            }
        }
    }
}

/// Words that say what kind of body something is without telling two apart.
const GENERIC_BODY_WORDS: &[&str] = &["service", "military", "agency", "office", "the", "of", "s"];

/// "Ukraine’s GUR military intelligence" and "Ukraine's intelligence service
/// GRU" are one body: same country, same distinguishing words once
/// acronyms and generic words are set aside. A body whose words are all
/// among those of exactly one other body of its country is that body too
/// ("Ukraine's intelligence" and "the Defense Intelligence of Ukraine"),
/// as a surname is the one full name that holds it.
fn join_bodies(flat: &[LocalSpeaker], groups: &mut UnionFind) {
    let mut first: BTreeMap<(String, Vec<String>), usize> = BTreeMap::new();
    for (i, s) in flat.iter().enumerate().filter(|(_, s)| joinable(s)) {
        let Some(parent) = &s.parent else {
            continue;
        };
        let parent_key = name_key(parent);
        let mut words: Vec<String> = s
            .aliases
            .iter()
            .chain(&s.names)
            .flat_map(|n| n.split_whitespace())
            .filter(|w| !is_acronym_name(w))
            .map(|w| name_key(strip_possessive(w)))
            .filter(|w| {
                *w != parent_key && !w.is_empty() && !GENERIC_BODY_WORDS.contains(&w.as_str())
            })
            .collect();
        words.sort();
        words.dedup();
        if words.is_empty() {
            continue;
        }
        let other = *first.entry((parent_key, words)).or_insert(i);
        groups.union(other, i);
    }
    for ((country, words), &i) in &first {
        let mut fuller = first.iter().filter(|((c, w), _)| {
            c == country && w.len() > words.len() && words.iter().all(|x| w.contains(x))
        });
        if let (Some((_, &j)), None) = (fuller.next(), fuller.next()) {
            groups.union(j, i);
        }
    }
}

/// Points each body at the speaker for the country it belongs to.
fn link_parents(flat: &[LocalSpeaker], members: &[Vec<usize>], speakers: &mut [Speaker]) {
    let by_key: BTreeMap<String, usize> = speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (name_key(&s.name), i))
        .collect();
    for (g, group) in members.iter().enumerate() {
        let parent = group.iter().find_map(|&m| flat[m].parent.as_ref());
        speakers[g].part_of = parent
            .and_then(|p| by_key.get(&name_key(p)).copied())
            .filter(|&p| p != g);
    }
}

/// Points each person at the body one of their roles names ("White House
/// press secretary" speaks for the White House), the longest name that
/// fits. A name typed as a person's that no role or given name shows as
/// one ("Third Way") is a body when a role holds it after "of" ("president
/// of Third Way").
fn link_voices(speakers: &mut [Speaker]) {
    // Names of two words or more by their key's first word, so a role is
    // read against the few that may start in it; true for a body.
    let given_names = &lexicon().given_names;
    let mut names: BTreeMap<String, Vec<(usize, String, bool)>> = BTreeMap::new();
    for (i, s) in speakers.iter().enumerate() {
        let key = name_key(&s.name);
        let Some((first, _)) = key.split_once(' ') else {
            continue;
        };
        let body = match s.kind {
            SpeakerKind::Organization => true,
            SpeakerKind::Person if s.roles.is_empty() && !given_names.contains_key(first) => false,
            _ => continue,
        };
        let first = first.to_string();
        names
            .entry(first)
            .or_default()
            .push((i, format!(" {key} "), body));
    }
    for (own, speaker) in speakers.iter_mut().enumerate() {
        if speaker.kind != SpeakerKind::Person || speaker.roles.is_empty() {
            continue;
        }
        let mut best: Option<(usize, usize)> = None;
        for role in &speaker.roles {
            let role = format!(" {} ", name_key(role));
            let words: Vec<&str> = role.split_whitespace().collect();
            for (at, word) in words.iter().enumerate() {
                let after_of = at > 0 && words[at - 1] == "of";
                for (i, name, body) in names.get(*word).into_iter().flatten() {
                    let fits = (*body || after_of) && *i != own && role.contains(name.as_str());
                    if fits && best.is_none_or(|(_, len)| name.len() > len) {
                        best = Some((*i, name.len()));
                    }
                }
            }
        }
        speaker.speaks_for = best.map(|(i, _)| i);
    }
}

/// True for a name written as a proper name: every word capitalised but
/// the small words of a name ("of", "the", "and", "for"), none possessive.
fn is_proper_name(name: &str) -> bool {
    name.split_whitespace().all(|w| {
        matches!(w, "of" | "the" | "and" | "for")
            || (w.starts_with(char::is_uppercase) && strip_possessive(w) == w)
    })
}

/// Words of a name that are no initials ("Donald J. Trump" has two).
fn full_words(name: &str) -> usize {
    name.split_whitespace().filter(|w| !is_initial(w)).count()
}

fn is_acronym_name(name: &str) -> bool {
    (2..=6).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase())
}

/// The speaker a group of local speakers stands for.
fn combine(flat: &[LocalSpeaker], members: &[usize], names: &NameCache) -> Speaker {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &m in members {
        for name in &flat[m].names {
            *counts.entry(name.as_str()).or_default() += 1;
        }
    }
    // A group holds persons and bodies only where a bare word was found to
    // be a body's acronym: it is that body.
    let kind = members
        .iter()
        .map(|&m| flat[m].kind)
        .find(|&k| k == SpeakerKind::Organization)
        .unwrap_or(flat[members[0]].kind);
    let is_body = kind == SpeakerKind::Organization;
    let spelled_as_word = |acronym: &str| {
        counts
            .keys()
            .any(|n| *n != acronym && n.eq_ignore_ascii_case(acronym))
    };
    let name = counts
        .iter()
        .max_by(|a, b| {
            let rank = |(n, c): (&&str, &usize)| {
                (
                    // A body's proper name before a description of it:
                    // "Defense Intelligence of Ukraine", not "Ukraine's
                    // intelligence service GRU".
                    is_body && is_proper_name(n),
                    // A full name before a surname; among full names the
                    // one most articles write ("Hillary Clinton", not
                    // "Hillary Rodham Clinton"), then the fullest.
                    full_words(n).min(2),
                    // "NATO" before "Nato", its spelling as a word.
                    is_acronym_name(n) && spelled_as_word(n),
                    !is_acronym_name(n),
                    *c,
                    full_words(n),
                    std::cmp::Reverse(n.matches('-').count()),
                )
            };
            rank(*a).cmp(&rank(*b)).then_with(|| b.0.cmp(a.0))
        })
        .map(|(n, _)| n.to_string())
        .unwrap_or_default();
    let mut roles: Vec<String> = Vec::new();
    let mut aliases: Vec<String> = Vec::new();
    for &m in members {
        for role in &flat[m].roles {
            if !roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
                roles.push(role.clone());
            }
        }
        // Name forms only: "Mr. Rubio" and "Rubio’s" are "Rubio", and
        // "Sen. Marco Rubio" is the name itself.
        let mention_names = flat[m]
            .aliases
            .iter()
            .filter_map(|a| match names.shape(a).as_ref() {
                MentionShape::Named { name, .. } => Some(name.clone()),
                _ => None,
            });
        for alias in mention_names.chain(flat[m].names.iter().cloned()) {
            if alias != name && !aliases.contains(&alias) {
                aliases.push(alias);
            }
        }
    }
    Speaker {
        name,
        kind,
        roles: fullest_roles(roles),
        aliases,
        part_of: None,
        speaks_for: None,
    }
}

/// The roles without those a fuller one holds: "President" goes when
/// "Russian President" is there.
fn fullest_roles(roles: Vec<String>) -> Vec<String> {
    let words = |role: &str| -> Vec<String> {
        role.split_whitespace()
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .collect()
    };
    let held_in =
        |short: &[String], long: &[String]| short.len() < long.len() && long.ends_with(short);
    let all: Vec<Vec<String>> = roles.iter().map(|r| words(r)).collect();
    roles
        .into_iter()
        .zip(&all)
        .filter(|(_, mine)| !all.iter().any(|other| held_in(mine, other)))
        .map(|(role, _)| role)
        .collect()
}
