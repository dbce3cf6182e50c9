//! One utterance across outlets: occurrences whose speakers the articles
//! name differently but compatibly stay one cluster.

use whosaid::{analyze, Input};

fn cluster_of(report: &whosaid::report::Report, text: &str) -> Vec<String> {
    report
        .quotes
        .iter()
        .filter(|q| q.text.starts_with(text))
        .map(|q| q.cluster.clone())
        .collect()
}

#[test]
fn a_body_and_the_person_who_speaks_for_it_share_an_utterance() {
    let report = analyze(&[
        Input::new("a.txt", "The council met on Monday.\n\n“The harbour plan is sound,” the Harbour Council said."),
        Input::new(
            "b.txt",
            "The council met on Monday.\n\n“The harbour plan is sound,” said Harbour Council spokeswoman Ana Ruiz.",
        ),
    ]);
    let clusters = cluster_of(&report, "The harbour plan is sound");
    assert_eq!(clusters.len(), 2, "{:?}", report.quotes);
    assert_eq!(clusters[0], clusters[1], "{:?}", report.speakers);
}

#[test]
fn a_body_named_by_title_words_is_one_speaker_across_articles() {
    let report = analyze(&[
        Input::new(
            "a.txt",
            "Talks went on.\n\n“We will act on the harbour,” the White House said.",
        ),
        Input::new(
            "b.txt",
            "Talks ended.\n\n“We will act on the harbour,” the White House said on Friday.",
        ),
    ]);
    let clusters = cluster_of(&report, "We will act on the harbour");
    assert_eq!(clusters.len(), 2, "{:?}", report.quotes);
    assert_eq!(clusters[0], clusters[1], "{:?}", report.speakers);
}
