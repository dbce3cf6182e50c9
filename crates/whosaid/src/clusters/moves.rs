//! A reader's moves of single quotes between clusters, applied to the
//! groups the clustering formed and before each group is summarised.

/// One quote taken out of its cluster: alone (`into` is `None`), or into
/// the cluster that holds quote `into`. Indexes are the clustering's inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteMove {
    /// The quote moved.
    pub quote: usize,
    /// A quote of the cluster it joins, or none for a cluster of its own.
    pub into: Option<usize>,
}

/// `groups` (each a list of quote indexes, every quote in one) after the
/// moves, in order; a move naming a quote outside `groups` is skipped.
pub fn apply_moves(mut groups: Vec<Vec<usize>>, moves: &[QuoteMove]) -> Vec<Vec<usize>> {
    if moves.is_empty() {
        return groups;
    }
    let total = groups.iter().flatten().max().map_or(0, |&q| q + 1);
    let mut group_of = vec![usize::MAX; total];
    for (g, members) in groups.iter().enumerate() {
        for &q in members {
            group_of[q] = g;
        }
    }
    for &QuoteMove { quote, into } in moves {
        let Some(&from) = group_of.get(quote).filter(|&&g| g != usize::MAX) else {
            continue;
        };
        let to = match into {
            Some(other) => match group_of.get(other) {
                Some(&g) if g != usize::MAX => g,
                _ => continue,
            },
            None => {
                groups.push(Vec::new());
                groups.len() - 1
            }
        };
        if to == from {
            continue;
        }
        groups[from].retain(|&q| q != quote);
        groups[to].push(quote);
        group_of[quote] = to;
    }
    groups.retain(|g| !g.is_empty());
    for group in &mut groups {
        group.sort_unstable();
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_leaves_for_a_cluster_of_its_own_or_joins_another() {
        let groups = vec![vec![0, 1, 2], vec![3]];
        let out = QuoteMove {
            quote: 1,
            into: None,
        };
        assert_eq!(
            apply_moves(groups.clone(), &[out]),
            [vec![0, 2], vec![3], vec![1]]
        );
        let join = QuoteMove {
            quote: 3,
            into: Some(0),
        };
        assert_eq!(apply_moves(groups.clone(), &[join]), [vec![0, 1, 2, 3]]);
        let unknown = QuoteMove {
            quote: 9,
            into: Some(0),
        };
        assert_eq!(apply_moves(groups, &[unknown]), [vec![0, 1, 2], vec![3]]);
    }
}
