//! The reader's corrections: each one changes the report as asked, the
//! stages after it are recomputed, and the report lists what was applied.

use whosaid::corrections::{parse, Correction, QuoteRef};
use whosaid::{analyze, analyze_corrected, Input, Options, QuoteEntry, Report};

const HARBOUR: &str = "Harbour plan wins approval\n\n\
“The harbour will reopen in May,” Mayor Ana Ruiz said on Monday.\n\n\
Council member Tom Lee disagreed. “Nobody has paid for the dredging,” he said.\n\n\
“We will find the money,” Ruiz said.";

const BRIDGE: &str = "Bridge repairs begin\n\n\
“The harbour will reopen in May, as planned,” said Ana Ruiz, the mayor.\n\n\
“The bridge comes first,” said engineer Sam Ortiz.";

fn inputs() -> Vec<Input> {
    vec![
        Input::new("harbour.txt", HARBOUR),
        Input::new("bridge.txt", BRIDGE),
    ]
}

fn corrected(corrections: &[Correction]) -> Report {
    analyze_corrected(&inputs(), Options::default(), corrections, &mut |_, _| {})
}

/// The quote whose text is `words`, else the first that starts with them.
fn quote<'r>(report: &'r Report, words: &str) -> &'r QuoteEntry {
    let quotes = &report.quotes;
    quotes
        .iter()
        .find(|q| q.text == words)
        .or_else(|| quotes.iter().find(|q| q.text.starts_with(words)))
        .unwrap_or_else(|| panic!("no quote {words:?} in {:?}", report.quotes))
}

fn reference(report: &Report, words: &str) -> QuoteRef {
    let q = quote(report, words);
    let doc = report.documents.iter().find(|d| d.id == q.doc).unwrap();
    QuoteRef {
        doc: doc.name.clone(),
        start: q.start,
        end: q.end,
    }
}

fn speaker_of(report: &Report, words: &str) -> Option<String> {
    let id = quote(report, words).speaker.clone()?;
    report
        .speakers
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.name.clone())
}

fn same_cluster(report: &Report, a: &str, b: &str) -> bool {
    quote(report, a).cluster == quote(report, b).cluster
}

#[test]
fn a_reassigned_quote_takes_a_known_or_a_new_speaker() {
    let plain = analyze(&inputs());
    assert_eq!(speaker_of(&plain, "Nobody has").as_deref(), Some("Tom Lee"));
    let to_ruiz = Correction::Reassign {
        quote: reference(&plain, "Nobody has"),
        speaker: "Ana Ruiz".into(),
    };
    let report = corrected(std::slice::from_ref(&to_ruiz));
    assert_eq!(
        speaker_of(&report, "Nobody has").as_deref(),
        Some("Ana Ruiz")
    );
    // Tom Lee has no quote left, so he leaves the speakers.
    assert!(report.speakers.iter().all(|s| s.name != "Tom Lee"));
    assert_eq!(report.corrections, [to_ruiz]);

    let to_new = Correction::Reassign {
        quote: reference(&plain, "Nobody has"),
        speaker: "Lena  Park".into(),
    };
    let report = corrected(&[to_new]);
    assert_eq!(
        speaker_of(&report, "Nobody has").as_deref(),
        Some("Lena Park")
    );
    let park = report
        .speakers
        .iter()
        .find(|s| s.name == "Lena Park")
        .unwrap();
    assert_eq!(park.kind, "person");
}

#[test]
fn merged_speakers_are_one_and_the_clusters_follow() {
    let plain = analyze(&inputs());
    let merge = Correction::MergeSpeakers {
        into: "Ana Ruiz".into(),
        from: "Sam Ortiz".into(),
    };
    let report = corrected(&[merge]);
    assert_eq!(
        speaker_of(&report, "The bridge").as_deref(),
        Some("Ana Ruiz")
    );
    let ruiz = report
        .speakers
        .iter()
        .find(|s| s.name == "Ana Ruiz")
        .unwrap();
    assert!(ruiz.aliases.contains(&"Sam Ortiz".to_string()));
    assert_eq!(report.speakers.len() + 1, plain.speakers.len());
}

#[test]
fn a_split_speaker_keeps_the_other_articles() {
    let split = Correction::SplitSpeaker {
        speaker: "Ana Ruiz".into(),
        documents: vec!["bridge.txt".into()],
        name: "Ana Ruiz (engineer)".into(),
    };
    let report = corrected(&[split]);
    assert_eq!(
        speaker_of(&report, "The harbour will reopen in May,").as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        speaker_of(&report, "The harbour will reopen in May, as").as_deref(),
        Some("Ana Ruiz (engineer)")
    );
    // Two different people: the two wordings are no longer one utterance.
    let plain = analyze(&inputs());
    let (short, long) = (
        "The harbour will reopen in May,",
        "The harbour will reopen in May, as",
    );
    assert!(same_cluster(&plain, short, long));
    assert!(!same_cluster(&report, short, long));
}

#[test]
fn a_moved_quote_leaves_its_cluster_or_joins_another() {
    let plain = analyze(&inputs());
    let (short, long) = (
        "The harbour will reopen in May,",
        "The harbour will reopen in May, as",
    );
    assert!(same_cluster(&plain, short, long));
    let out = Correction::MoveQuote {
        quote: reference(&plain, long),
        into: None,
    };
    let report = corrected(std::slice::from_ref(&out));
    assert!(!same_cluster(&report, short, long));
    assert_eq!(report.clusters.len(), plain.clusters.len() + 1);

    let back = Correction::MoveQuote {
        quote: reference(&plain, long),
        into: Some(reference(&plain, "We will find")),
    };
    let report = corrected(&[out, back]);
    assert!(same_cluster(&report, long, "We will find"));
    assert!(!same_cluster(&report, short, long));
}

#[test]
fn a_quote_marked_as_none_leaves_the_report() {
    let plain = analyze(&inputs());
    let none = Correction::NotAQuote {
        quote: reference(&plain, "The bridge"),
    };
    let report = corrected(&[none]);
    assert_eq!(report.quotes.len() + 1, plain.quotes.len());
    assert!(report
        .quotes
        .iter()
        .all(|q| !q.text.starts_with("The bridge")));
    assert!(report.speakers.iter().all(|s| s.name != "Sam Ortiz"));
}

#[test]
fn an_outlet_label_names_the_article() {
    let label = Correction::Outlet {
        doc: "bridge.txt".into(),
        outlet: "Harbour Radio".into(),
    };
    let report = corrected(&[label]);
    let bridge = report
        .documents
        .iter()
        .find(|d| d.name == "bridge.txt")
        .unwrap();
    assert_eq!(bridge.outlet.as_deref(), Some("Harbour Radio"));
}

#[test]
fn corrections_read_back_from_an_exported_report() {
    let plain = analyze(&inputs());
    let list = vec![
        Correction::NotAQuote {
            quote: reference(&plain, "The bridge"),
        },
        Correction::MergeSpeakers {
            into: "Ana Ruiz".into(),
            from: "Tom Lee".into(),
        },
    ];
    let report = corrected(&list);
    assert_eq!(parse(&report.to_json()), Ok(list.clone()));
    let only_list = serde_json::to_string(&list).unwrap();
    assert_eq!(parse(&only_list), Ok(list));
    assert!(parse("{\"corrections\": [{\"action\": \"unknown\"}]}").is_err());
    assert!(parse("not json").is_err());
}

#[test]
fn a_correction_that_no_longer_fits_changes_nothing() {
    let gone = Correction::NotAQuote {
        quote: QuoteRef {
            doc: "removed.txt".into(),
            start: 0,
            end: 5,
        },
    };
    let mut report = corrected(&[gone]);
    report.corrections.clear();
    assert_eq!(report, analyze(&inputs()));
}
