//! A reader's session: articles read once, then joined again after each
//! correction. A correction changes the cross-article step, except
//! `not_a_quote`, which changes its article's speakers too: so a new list
//! of corrections rereads only the articles whose `not_a_quote` set
//! changed, and joins all of them again.

use crate::corrections::{not_quotes_in, Correction, QuoteRef};
use crate::speakers::NameCache;
use crate::{join_sorted, read_article, ArticleReport, Input, Options, Report};

/// The articles of one pile, each read with the `not_a_quote` corrections
/// it was read with.
pub struct Session {
    inputs: Vec<Input>,
    options: Options,
    names: NameCache,
    /// The articles read, in the report's order.
    articles: Vec<ArticleReport>,
    /// The quotes `articles[k]` was read without.
    without: Vec<Vec<QuoteRef>>,
    /// `articles[k]` is of `inputs[order[k]]`.
    order: Vec<usize>,
}

impl Session {
    /// A session over `inputs`; nothing is read until [`Session::report`].
    pub fn new(inputs: Vec<Input>, options: Options) -> Self {
        Session {
            inputs,
            options,
            names: NameCache::default(),
            articles: Vec::new(),
            without: Vec::new(),
            order: Vec::new(),
        }
    }

    /// The report with `corrections` applied: what [`crate::analyze_corrected`]
    /// gives, rereading only the articles it must. `progress(done, total)`
    /// follows the articles read.
    pub fn report(
        &mut self,
        corrections: &[Correction],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Report {
        if self.articles.is_empty() && !self.inputs.is_empty() {
            self.read_all(corrections, progress);
        } else {
            self.reread_changed(corrections, progress);
        }
        join_sorted(&self.articles, corrections, &self.names)
    }

    fn read_all(&mut self, corrections: &[Correction], progress: &mut dyn FnMut(usize, usize)) {
        let total = self.inputs.len();
        let mut read: Vec<(usize, ArticleReport)> = Vec::with_capacity(total);
        for (done, input) in self.inputs.iter().enumerate() {
            read.push((
                done,
                read_article(input, self.options, corrections, &self.names),
            ));
            progress(done + 1, total);
        }
        read.sort_by(|(_, a), (_, b)| a.order_key().cmp(&b.order_key()));
        self.order = read.iter().map(|(i, _)| *i).collect();
        self.articles = read.into_iter().map(|(_, article)| article).collect();
        self.without = self
            .articles
            .iter()
            .map(|a| owned(not_quotes_in(corrections, &a.document.name)))
            .collect();
    }

    fn reread_changed(
        &mut self,
        corrections: &[Correction],
        progress: &mut dyn FnMut(usize, usize),
    ) {
        let changed: Vec<(usize, Vec<QuoteRef>)> = self
            .articles
            .iter()
            .zip(&self.without)
            .enumerate()
            .filter_map(|(k, (article, without))| {
                let now = owned(not_quotes_in(corrections, &article.document.name));
                (now != *without).then_some((k, now))
            })
            .collect();
        let total = changed.len();
        for (done, (k, now)) in changed.into_iter().enumerate() {
            let input = &self.inputs[self.order[k]];
            self.articles[k] = read_article(input, self.options, corrections, &self.names);
            self.without[k] = now;
            progress(done + 1, total);
        }
    }
}

fn owned(quotes: Vec<&QuoteRef>) -> Vec<QuoteRef> {
    quotes.into_iter().cloned().collect()
}
