//! Runs the test cases in `testdata/*.toml`: text in, expected quotes out.
//! Shared by the native tests and the wasm tests, so both engines are held
//! to the same cases.

use std::collections::BTreeMap;

use serde::Deserialize;
use whosaid::{analyze, Input, Report};

#[derive(Deserialize)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    /// One text per article; `text` is shorthand for one.
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    articles: Vec<String>,
    quotes: Vec<ExpectedQuote>,
    /// Speaker name → the roles it must carry, exactly; checked only when
    /// given.
    #[serde(default)]
    roles: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize, Debug, PartialEq)]
struct ExpectedQuote {
    text: String,
    kind: String,
    /// The canonical speaker name; absent when no speaker can be told.
    #[serde(default)]
    speaker: Option<String>,
    /// The words naming the speaker in the text; checked only when given.
    #[serde(default)]
    mention: Option<String>,
    /// The reporting cue; checked only when given.
    #[serde(default)]
    cue: Option<String>,
}

/// Every case file, compiled in so the wasm tests need no file system.
pub const CASE_FILES: [(&str, &str); 4] = [
    ("quotes.toml", include_str!("../../testdata/quotes.toml")),
    (
        "attribution.toml",
        include_str!("../../testdata/attribution.toml"),
    ),
    (
        "speakers.toml",
        include_str!("../../testdata/speakers.toml"),
    ),
    (
        "reported.toml",
        include_str!("../../testdata/reported.toml"),
    ),
];

fn found(report: &Report) -> Vec<ExpectedQuote> {
    report
        .quotes
        .iter()
        .map(|q| ExpectedQuote {
            text: q.text.clone(),
            kind: q.kind.clone(),
            speaker: q
                .speaker
                .as_ref()
                .and_then(|id| report.speakers.iter().find(|s| &s.id == id))
                .map(|s| s.name.clone()),
            mention: q.mention.as_ref().map(|m| m.text.clone()),
            cue: q.cue.as_ref().map(|c| c.text.clone()),
        })
        .collect()
}

/// Runs every case; returns a description of each failure.
pub fn failures() -> Vec<String> {
    let mut failed = Vec::new();
    for (file, source) in CASE_FILES {
        let cases: CaseFile = match toml::from_str(source) {
            Ok(cases) => cases,
            Err(e) => {
                failed.push(format!("{file}: {e}"));
                continue;
            }
        };
        for case in cases.case {
            let texts: Vec<String> = case.text.into_iter().chain(case.articles).collect();
            let inputs: Vec<Input> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| Input::new(format!("{i:02}.txt"), t.as_bytes()))
                .collect();
            let report = analyze(&inputs);
            for (name, roles) in &case.roles {
                let got = report.speakers.iter().find(|s| &s.name == name);
                if got.map(|s| &s.roles) != Some(roles) {
                    failed.push(format!(
                        "{file} / {}: {name} should have roles {roles:?}, has {:?}",
                        case.name,
                        got.map(|s| &s.roles)
                    ));
                }
            }
            let mut got = found(&report);
            // A mention or a cue is compared only where the case names one.
            for (quote, expected) in got.iter_mut().zip(&case.quotes) {
                if expected.mention.is_none() {
                    quote.mention = None;
                }
                if expected.cue.is_none() {
                    quote.cue = None;
                }
            }
            if got != case.quotes {
                failed.push(format!(
                    "{file} / {}:\n  expected {:?}\n  got      {:?}",
                    case.name, case.quotes, got
                ));
            }
        }
    }
    failed
}
