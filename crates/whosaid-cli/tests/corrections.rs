//! `whosaid --corrections FILE`: the corrected report, from a page export
//! or a bare list, and a clear message for a file that is neither.

use std::path::PathBuf;
use std::process::Command;

use whosaid::corrections::{Correction, QuoteRef};
use whosaid::{analyze_corrected, Input, Options};

const ARTICLE: &str = "“The ferry will run all winter,” said harbour master Ivo Kral.\n\n\
“Nobody asked the crews,” union leader Mia Berg said.";

/// A fresh folder holding the article, named for the test.
fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ferry.txt"), ARTICLE).unwrap();
    dir
}

fn run(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn applies_the_corrections_of_an_exported_report() {
    let dir = folder("export");
    let corrections = vec![Correction::Reassign {
        quote: QuoteRef {
            doc: "ferry.txt".into(),
            start: 1,
            end: 31,
        },
        speaker: "Mia Berg".into(),
    }];
    let expected = analyze_corrected(
        &[Input::new("ferry.txt", ARTICLE)],
        Options::default(),
        &corrections,
        &mut |_, _| {},
    );
    assert_eq!(expected.quotes[0].text, "The ferry will run all winter,");
    let export = dir.join("export.json");
    std::fs::write(&export, expected.to_json()).unwrap();
    let article = dir.join("ferry.txt");
    let output = run(&[
        "--format".as_ref(),
        "json".as_ref(),
        "--corrections".as_ref(),
        export.as_os_str(),
        article.as_os_str(),
    ]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        expected.to_json() + "\n"
    );
}

#[test]
fn refuses_a_file_without_corrections_with_a_message() {
    let dir = folder("refuse");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "[{\"action\": \"rename everything\"}]").unwrap();
    let article = dir.join("ferry.txt");
    let output = run(&[
        "--corrections".as_ref(),
        bad.as_os_str(),
        article.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("not a list of corrections"), "{message}");
    assert!(output.stdout.is_empty());
}
