//! One utterance across outlets: occurrences whose speakers the articles
//! name differently but compatibly stay one cluster.

use whosaid::{analyze, Input};

/// The clusters of the quotes starting with `words` in two articles, one
/// for each occurrence found.
fn clusters_of(first: &str, second: &str, words: &str) -> Vec<String> {
    let report = analyze(&[Input::new("a.txt", first), Input::new("b.txt", second)]);
    let clusters: Vec<String> = report
        .quotes
        .iter()
        .filter(|q| q.text.starts_with(words))
        .map(|q| q.cluster.clone())
        .collect();
    assert_eq!(
        clusters.len(),
        2,
        "{:?} {:?}",
        report.quotes,
        report.speakers
    );
    clusters
}

/// Asserts that both occurrences of `words` share one cluster.
fn assert_one_utterance(first: &str, second: &str, words: &str) {
    let clusters = clusters_of(first, second, words);
    assert_eq!(clusters[0], clusters[1]);
}

#[test]
fn a_body_and_the_person_who_speaks_for_it_share_an_utterance() {
    assert_one_utterance(
        "The council met on Monday.\n\n“The harbour plan is sound,” the Harbour Council said.",
        "The council met on Monday.\n\n“The harbour plan is sound,” said Harbour Council spokeswoman Ana Ruiz.",
        "The harbour plan is sound",
    );
}

#[test]
fn a_body_named_by_title_words_is_one_speaker_across_articles() {
    assert_one_utterance(
        "Talks went on.\n\n“We will act on the harbour,” the White House said.",
        "Talks ended.\n\n“We will act on the harbour,” the White House said on Friday.",
        "We will act on the harbour",
    );
}

#[test]
fn a_name_a_role_holds_after_of_is_the_body_its_holder_speaks_for() {
    assert_one_utterance(
        "Talks went on.\n\n“The harbour plan is a watershed,” Blue Tide said.",
        "Talks ended.\n\n“The harbour plan is a watershed,” said Ana Ruiz, president of Blue Tide.",
        "The harbour plan is a watershed",
    );
}

#[test]
fn an_indefinite_description_is_someone_else_than_the_named_speaker() {
    let clusters = clusters_of(
        "Storm night.\n\nHarbour master Tomas Reyes called the damage “the worst in forty years”.",
        "Storm night.\n\nAn engineer from the water board said the wall was “the worst in forty years” in upkeep.",
        "the worst in forty years",
    );
    assert_ne!(clusters[0], clusters[1]);
    let clusters = clusters_of(
        "Storm night.\n\nHarbour master Tomas Reyes called the damage “the worst in forty years”.",
        "Storm night.\n\nOne engineer said the wall was “the worst in forty years” in upkeep.",
        "the worst in forty years",
    );
    assert_ne!(clusters[0], clusters[1]);
}
