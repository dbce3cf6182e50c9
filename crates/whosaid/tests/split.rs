//! The per-article step and the cross-article step, run apart and in any
//! order, give the report of one run.

use whosaid::speakers::NameCache;
use whosaid::{analyze, join_articles, read_article, Input, Options};

fn inputs() -> Vec<Input> {
    vec![
        Input::new(
            "one.txt",
            "“Rates stay where they are,” central bank governor Lena Holm said.",
        ),
        Input::new(
            "two.txt",
            "Holm said on Tuesday: “Rates stay where they are.” Critics disagreed.",
        ),
        Input::new("three.txt", "“It is too early,” an official said."),
    ]
}

#[test]
fn articles_read_apart_join_into_the_report_of_one_run() {
    let whole = analyze(&inputs());
    let articles = inputs()
        .iter()
        .rev()
        .map(|input| read_article(input, Options::default(), &[], &NameCache::default()))
        .collect();
    let joined = join_articles(articles, &[]);
    assert_eq!(joined, whole);
    assert_eq!(
        whole
            .speakers
            .iter()
            .filter(|s| s.name == "Lena Holm")
            .count(),
        1
    );
    assert!(whole.clusters.iter().any(|c| c.documents == 2));
}

#[test]
fn an_article_line_round_trips_through_json() {
    let input = &inputs()[0];
    let article = read_article(input, Options::default(), &[], &NameCache::default());
    let line = serde_json::to_string(&article).unwrap();
    assert!(!line.contains('\n'));
    assert_eq!(
        serde_json::from_str::<whosaid::ArticleReport>(&line).unwrap(),
        article
    );
}

fn keys_of(name: &str, text: &str) -> std::collections::BTreeSet<String> {
    let input = Input::new(name, text);
    let article = read_article(&input, Options::default(), &[], &NameCache::default());
    article.blocking_keys().into_iter().collect()
}

#[test]
fn articles_that_can_join_share_a_blocking_key_and_others_none() {
    let full = keys_of(
        "a.txt",
        "“Rates stay where they are,” central bank governor Lena Holm said.",
    );
    let surname = keys_of("b.txt", "“We wait and see,” Holm told reporters.");
    let same_words = keys_of("c.txt", "“Rates stay where they are,” an analyst repeated.");
    let unrelated = keys_of(
        "d.txt",
        "“The bridge opens in May,” engineer Ravi Sen said.",
    );
    assert!(full.intersection(&surname).any(|k| k == "s:holm"));
    assert!(full.intersection(&same_words).any(|k| k.starts_with("q:")));
    assert_eq!(full.intersection(&unrelated).count(), 0);
    let acronym = keys_of(
        "e.txt",
        "“The alliance is ready,” NATO said in a statement.",
    );
    let spelled = keys_of(
        "f.txt",
        "“We stand together,” the North Atlantic Treaty Organization said.",
    );
    assert!(acronym.intersection(&spelled).any(|k| k == "a:nato"));
}

#[test]
fn a_session_rereads_only_the_article_a_correction_takes_a_quote_from() {
    use whosaid::corrections::{Correction, QuoteRef};
    use whosaid::Session;
    let mut session = Session::new(inputs(), Options::default());
    let mut read = 0;
    let first = session.report(&[], &mut |_, _| read += 1);
    assert_eq!(read, 3);
    let quote = &first.quotes[0];
    let doc = &first
        .documents
        .iter()
        .find(|d| d.id == quote.doc)
        .unwrap()
        .name;
    let not_a_quote = Correction::NotAQuote {
        quote: QuoteRef {
            doc: doc.clone(),
            start: quote.start,
            end: quote.end,
        },
    };
    let outlet = Correction::Outlet {
        doc: "two.txt".into(),
        outlet: "Wire".into(),
    };
    let mut reread = 0;
    let renamed = session.report(std::slice::from_ref(&outlet), &mut |_, _| reread += 1);
    assert_eq!(reread, 0, "an outlet changes no article's reading");
    assert_eq!(
        renamed
            .documents
            .iter()
            .filter(|d| d.outlet.as_deref() == Some("Wire"))
            .count(),
        1
    );
    let both = [outlet, not_a_quote];
    let corrected = session.report(&both, &mut |_, _| reread += 1);
    assert_eq!(
        reread, 1,
        "only the article that lost a quote is read again"
    );
    assert_eq!(corrected.quotes.len(), first.quotes.len() - 1);
    let fresh = whosaid::analyze_corrected(&inputs(), Options::default(), &both, &mut |_, _| {});
    assert_eq!(corrected, fresh);
}

#[test]
fn any_number_of_threads_gives_the_report_of_one() {
    let mut pile = inputs();
    pile.push(Input::new(
        "four.txt",
        "Holm added: “Inflation is falling.”",
    ));
    let one = analyze(&pile);
    for threads in [0, 1, 2, 3, 7] {
        let spread = whosaid::analyze_on_threads(&pile, Options::default(), &[], threads);
        assert_eq!(spread, one, "{threads} threads");
    }
    assert_eq!(
        whosaid::analyze_on_threads(&[], Options::default(), &[], 4),
        analyze(&[])
    );
}
