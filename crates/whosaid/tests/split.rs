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
