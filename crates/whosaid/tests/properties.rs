//! Invariants that hold for any input (proptest): no panic, offsets on
//! character boundaries and inside the text, quote text equal to its span,
//! the same report whatever the order of the files, and a whole report
//! (every quote in one cluster, every speaker known) after any corrections.

use proptest::prelude::*;
use whosaid::corrections::{Correction, QuoteRef};
use whosaid::{analyze, analyze_corrected, Input, Options, Report, Session};

/// Text made of the pieces quote finding cares about.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "''",
        "‘",
        "’",
        "«",
        "»",
        "„",
        " said ",
        " he said.",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "Ana Ruiz",
        " the mayor ",
        "— ",
        "(@x) May 1, 2024",
        "é",
        "😀",
        "Mr. ",
        "according to ",
        "We will",
        " win",
        ":",
        "<a href=\"x\">",
        "…",
        "\r\n",
        "\u{0}",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|p| p.concat())
}

fn check_offsets(report: &Report, texts: &[String]) -> Result<(), TestCaseError> {
    for q in &report.quotes {
        let d: usize = q.doc[1..].parse().unwrap_or(0);
        let text: Vec<char> = texts[d - 1].chars().collect();
        prop_assert!(q.start <= q.end && q.end <= text.len());
        let span: String = text[q.start..q.end].iter().collect();
        prop_assert_eq!(&span, &q.text);
        for m in q.mention.iter().chain(q.cue.iter()) {
            prop_assert!(m.start <= m.end && m.end <= text.len());
            let span: String = text[m.start..m.end].iter().collect();
            prop_assert_eq!(&span, &m.text);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let report = analyze(&[Input::new("a.txt", bytes)]);
        prop_assert_eq!(report.documents.len(), 1);
    }

    #[test]
    fn offsets_are_code_points_inside_the_text(text in newsy_text()) {
        let report = analyze(&[Input::new("a.txt", text.as_bytes())]);
        // The document's text is what the decoder made of the bytes.
        let decoded = whosaid::read_document(&Input::new("a.txt", text.as_bytes())).text;
        check_offsets(&report, &[decoded])?;
    }

    #[test]
    fn same_input_same_report_in_any_order(a in newsy_text(), b in newsy_text()) {
        let first = analyze(&[Input::new("a.txt", a.as_bytes()), Input::new("b.txt", b.as_bytes())]);
        let again = analyze(&[Input::new("b.txt", b.as_bytes()), Input::new("a.txt", a.as_bytes())]);
        prop_assert_eq!(first, again);
    }
}

/// A correction of kind `kind % 6` naming the report's quotes `i` and `j`
/// and speakers `i` and `j` (modulo their numbers), or made-up ones.
fn correction_of(report: &Report, (kind, i, j): (u8, usize, usize)) -> Correction {
    let quote = |n: usize| match report.quotes.get(n % report.quotes.len().max(1)) {
        Some(q) => QuoteRef {
            doc: report
                .documents
                .iter()
                .find(|d| d.id == q.doc)
                .map(|d| d.name.clone())
                .unwrap_or_default(),
            start: q.start,
            end: q.end,
        },
        None => QuoteRef {
            doc: "gone.txt".into(),
            start: n,
            end: n + 3,
        },
    };
    let speaker = |n: usize| {
        report
            .speakers
            .get(n % report.speakers.len().max(1))
            .map_or_else(|| format!("Nobody {n}"), |s| s.name.clone())
    };
    match kind % 6 {
        0 => Correction::Reassign {
            quote: quote(i),
            speaker: speaker(j),
        },
        1 => Correction::MergeSpeakers {
            into: speaker(i),
            from: speaker(j),
        },
        2 => Correction::SplitSpeaker {
            speaker: speaker(i),
            documents: vec!["a.txt".into()],
            name: speaker(j),
        },
        3 => Correction::MoveQuote {
            quote: quote(i),
            into: (j % 2 == 0).then(|| quote(j)),
        },
        4 => Correction::NotAQuote { quote: quote(i) },
        _ => Correction::Outlet {
            doc: "b.txt".into(),
            outlet: speaker(j),
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_corrections_keep_the_report_whole(
        a in newsy_text(),
        b in newsy_text(),
        picks in prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>()), 0..8),
    ) {
        let inputs = [Input::new("a.txt", a.as_bytes()), Input::new("b.txt", b.as_bytes())];
        let plain = analyze(&inputs);
        let corrections: Vec<Correction> = picks.into_iter().map(|p| correction_of(&plain, p)).collect();
        let report = analyze_corrected(&inputs, Options::default(), &corrections, &mut |_, _| {});
        prop_assert_eq!(&report.corrections, &corrections);
        let speakers: Vec<&str> = report.speakers.iter().map(|s| s.id.as_str()).collect();
        let mut clustered = 0;
        for cluster in &report.clusters {
            prop_assert!(!cluster.quotes.is_empty());
            clustered += cluster.quotes.len();
        }
        prop_assert_eq!(clustered, report.quotes.len());
        for q in &report.quotes {
            prop_assert!(q.speaker.as_deref().is_none_or(|s| speakers.contains(&s)));
            prop_assert!(report.clusters.iter().any(|c| c.id == q.cluster && c.quotes.contains(&q.id)));
        }
    }

    #[test]
    fn a_session_gives_the_report_of_a_fresh_run_after_any_corrections(
        a in newsy_text(),
        b in newsy_text(),
        picks in prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>()), 0..6),
        cut in any::<usize>(),
    ) {
        let inputs = [Input::new("b.txt", b.as_bytes()), Input::new("a.txt", a.as_bytes())];
        let plain = analyze(&inputs);
        let corrections: Vec<Correction> = picks.into_iter().map(|p| correction_of(&plain, p)).collect();
        // Corrections added one by one, then some undone, as a reader would.
        let mut session = Session::new(inputs.to_vec(), Options::default());
        for n in 0..=corrections.len() {
            session.report(&corrections[..n], &mut |_, _| {});
        }
        let kept = &corrections[..cut % (corrections.len() + 1)];
        let fresh = analyze_corrected(&inputs, Options::default(), kept, &mut |_, _| {});
        prop_assert_eq!(session.report(kept, &mut |_, _| {}), fresh);
    }
}
