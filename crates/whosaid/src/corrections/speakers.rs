//! Speaker corrections on the speaker table: a quote reassigned, two
//! speakers merged, one split by article. A speaker left with no quote by
//! a correction leaves the table (unless another speaker points to it).

use crate::corrections::list::Correction;
use crate::corrections::places::QuotePlaces;
use crate::speakers::names::{shape_of, MentionShape, SpeakerKind};
use crate::speakers::{Speaker, SpeakerTable};

/// Applies every speaker correction of `corrections`, in order.
pub(super) fn correct(corrections: &[Correction], places: &QuotePlaces, table: &mut SpeakerTable) {
    let mut touched = false;
    let quoted_before = quote_counts(table);
    for correction in corrections {
        touched |= match correction {
            Correction::Reassign { quote, speaker } => places
                .of(quote)
                .map(|(d, q)| {
                    let to = named_or_new(table, speaker, None);
                    table.of_quote[d][q] = Some(to);
                })
                .is_some(),
            Correction::MergeSpeakers { into, from } => merge(table, into, from).is_some(),
            Correction::SplitSpeaker {
                speaker,
                documents,
                name,
            } => split(table, places, speaker, documents, name).is_some(),
            _ => false,
        };
    }
    if touched {
        drop_emptied(table, &quoted_before);
    }
}

/// A typed name with single spaces: "Lena  Park " → "Lena Park".
fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The speaker the report shows as `name` (its name first, then an alias;
/// case and spacing aside).
fn named(table: &SpeakerTable, name: &str) -> Option<usize> {
    let wanted = tidy(name);
    let same = |other: &str| other.eq_ignore_ascii_case(&wanted);
    table
        .speakers
        .iter()
        .position(|s| same(&s.name))
        .or_else(|| {
            table
                .speakers
                .iter()
                .position(|s| s.aliases.iter().any(|a| same(a)))
        })
}

/// The speaker named `name`, or a new one of that name (other than
/// `besides`), whose kind its words tell.
fn named_or_new(table: &mut SpeakerTable, name: &str, besides: Option<usize>) -> usize {
    if let Some(found) = named(table, name).filter(|&s| Some(s) != besides) {
        return found;
    }
    let name = tidy(name);
    let kind = match shape_of(&name) {
        MentionShape::Named { kind, .. } | MentionShape::Description { kind, .. } => kind,
        MentionShape::Pronoun(_) => SpeakerKind::Unknown,
    };
    table.speakers.push(Speaker {
        name,
        kind,
        roles: Vec::new(),
        aliases: Vec::new(),
        part_of: None,
        speaks_for: None,
    });
    table.speakers.len() - 1
}

fn merge(table: &mut SpeakerTable, into: &str, from: &str) -> Option<()> {
    let (keep, gone) = (named(table, into)?, named(table, from)?);
    if keep == gone {
        return None;
    }
    for speaker in table.of_quote.iter_mut().flatten() {
        if *speaker == Some(gone) {
            *speaker = Some(keep);
        }
    }
    let joined = table.speakers[gone].clone();
    let kept = &mut table.speakers[keep];
    for alias in std::iter::once(joined.name).chain(joined.aliases) {
        if alias != kept.name && !kept.aliases.contains(&alias) {
            kept.aliases.push(alias);
        }
    }
    for role in joined.roles {
        if !kept.roles.contains(&role) {
            kept.roles.push(role);
        }
    }
    Some(())
}

fn split(
    table: &mut SpeakerTable,
    places: &QuotePlaces,
    speaker: &str,
    documents: &[String],
    name: &str,
) -> Option<()> {
    let from = named(table, speaker)?;
    let to = named_or_new(table, name, Some(from));
    if table.speakers[to].kind == SpeakerKind::Unknown {
        table.speakers[to].kind = table.speakers[from].kind;
    }
    for d in documents.iter().filter_map(|name| places.document(name)) {
        for quote in &mut table.of_quote[d] {
            if *quote == Some(from) {
                *quote = Some(to);
            }
        }
    }
    Some(())
}

fn quote_counts(table: &SpeakerTable) -> Vec<usize> {
    let mut counts = vec![0; table.speakers.len()];
    for &s in table.of_quote.iter().flatten().flatten() {
        counts[s] += 1;
    }
    counts
}

/// Removes the speakers that had quotes before the corrections (or were
/// made by one) and have none now, unless another speaker is part of them
/// or speaks for them.
fn drop_emptied(table: &mut SpeakerTable, quoted_before: &[usize]) {
    let now = quote_counts(table);
    let pointed_to: Vec<bool> = (0..table.speakers.len())
        .map(|s| {
            table
                .speakers
                .iter()
                .any(|x| x.part_of == Some(s) || x.speaks_for == Some(s))
        })
        .collect();
    let keep: Vec<bool> = (0..table.speakers.len())
        .map(|s| now[s] > 0 || quoted_before.get(s) == Some(&0) || pointed_to[s])
        .collect();
    let mut new_index = vec![None; keep.len()];
    let mut next = 0;
    for (s, &kept) in keep.iter().enumerate() {
        if kept {
            new_index[s] = Some(next);
            next += 1;
        }
    }
    let renumber = |s: Option<usize>| s.and_then(|s| new_index[s]);
    let speakers = std::mem::take(&mut table.speakers);
    table.speakers = speakers
        .into_iter()
        .zip(&keep)
        .filter(|(_, &kept)| kept)
        .map(|(mut s, _)| {
            s.part_of = renumber(s.part_of);
            s.speaks_for = renumber(s.speaks_for);
            s
        })
        .collect();
    for quote in table.of_quote.iter_mut().flatten() {
        *quote = renumber(*quote);
    }
}
