//! Blocking keys: what lets a distributed run split the cross-article step.
//!
//! Two articles can only affect each other's speakers or clusters when
//! they share a key: a folded word of a speaker's name, role or country,
//! an organisation's initials, or a quote's folded word trigram (its whole
//! wording when shorter), the grams the clustering looks candidates up by.
//! Articles linked through shared keys form groups that can be joined
//! apart, each by the engine's own cross-article step.

use std::collections::BTreeSet;

use crate::clusters::normalize::fold;
use crate::report::article::ArticleReport;
use crate::speakers::names::name_key;

impl ArticleReport {
    /// Its blocking keys, sorted: `s:` name words, `a:` initials, `q:`
    /// quote grams. Anonymous speakers join nothing and give none.
    pub fn blocking_keys(&self) -> Vec<String> {
        let mut keys = BTreeSet::new();
        for speaker in self.speakers.iter().filter(|s| !s.anonymous) {
            let capitalised_roles = speaker
                .roles
                .iter()
                .flat_map(|r| r.split_whitespace())
                .filter(|w| w.starts_with(char::is_uppercase));
            let named = speaker.names.iter().map(String::as_str);
            for words in named
                .chain(speaker.parent.as_deref())
                .chain(capitalised_roles)
            {
                keys.extend(name_key(words).split(' ').map(|w| format!("s:{w}")));
            }
            for name in &speaker.names {
                keys.insert(format!("a:{}", name_key(name).replace(' ', "")));
            }
            keys.insert(format!("a:{}", speaker.initials().to_lowercase()));
        }
        for quote in &self.quotes {
            let mut words = Vec::new();
            fold(&quote.text, |w| words.push(w.to_string()));
            if words.len() < 3 {
                keys.insert(format!("q:{}", words.join(" ")));
            }
            keys.extend(words.windows(3).map(|gram| format!("q:{}", gram.join(" "))));
        }
        keys.retain(|k| !k.ends_with(':'));
        keys.into_iter().collect()
    }
}
