//! Invariants that hold for any input (proptest): no panic, offsets on
//! character boundaries and inside the text, quote text equal to its span,
//! and the same report whatever the order of the files.

use proptest::prelude::*;
use whosaid::{analyze, Input, Report};

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
