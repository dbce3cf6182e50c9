//! `whosaid --format jsonl` then `whosaid merge`: the split run gives the
//! report of one run, and a line that is not one gets a clear message.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Two articles by different outlets sharing a speaker and an utterance,
/// and a third naming her by surname only.
const ARTICLES: [(&str, &str); 3] = [
    (
        "a-harbour.txt",
        "“The ferry will run all winter,” said harbour master Ivo Kral.\n\n\
         Union leader Mia Berg disagreed. “Nobody asked the crews,” she said.",
    ),
    (
        "b-coast.txt",
        "Mia Berg, who leads the crews' union, said: “Nobody asked the crews.”\n\n\
         The council said the timetable would be published on Monday.",
    ),
    (
        "c-wire.txt",
        "“We will strike if we must,” Berg told reporters on the quay.",
    ),
];

fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-stream-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in ARTICLES {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

fn run(args: &[&OsStr], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn lines_of(paths: &[&Path]) -> Vec<u8> {
    let mut args: Vec<&OsStr> = vec![OsStr::new("--format"), OsStr::new("jsonl")];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    let out = run(&args, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn report_of(dir: &Path) -> Vec<u8> {
    let out = run(
        &[OsStr::new("--format"), OsStr::new("json"), dir.as_os_str()],
        None,
    );
    assert!(out.status.success());
    out.stdout
}

#[test]
fn writes_one_line_per_article() {
    let dir = folder("lines");
    let lines = String::from_utf8(lines_of(&[&dir])).unwrap();
    assert_eq!(lines.lines().count(), ARTICLES.len());
    let first: serde_json::Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["document"]["name"], "a-harbour.txt");
    assert_eq!(first["quotes"][0]["text"], "The ferry will run all winter,");
    assert_eq!(first["quotes"][0]["speaker"], 0);
    assert_eq!(first["speakers"][0]["names"][0], "Ivo Kral");
}

#[test]
fn merged_lines_are_the_report_of_one_run() {
    let dir = folder("merge");
    let whole = report_of(&dir);
    // Lines written in two runs, in another order, merged from a file and
    // from standard input.
    let first = lines_of(&[&dir.join("c-wire.txt")]);
    let rest = lines_of(&[&dir.join("b-coast.txt"), &dir.join("a-harbour.txt")]);
    let saved = dir.join("part.jsonl");
    std::fs::write(&saved, first).unwrap();
    let out = run(
        &[OsStr::new("merge"), saved.as_os_str(), OsStr::new("-")],
        Some(&rest),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&whole)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let berg = report["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Mia Berg");
    assert!(
        berg.is_some(),
        "the surname joins the full name across lines"
    );
    let shared = report["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["documents"] == 2);
    assert!(shared, "one utterance across two lines is one cluster");
}

#[test]
fn merges_the_seeds_as_one_run_reports_them() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let whole = report_of(&seeds);
    let lines = lines_of(&[&seeds]);
    let out = run(&[OsStr::new("merge"), OsStr::new("-")], Some(&lines));
    assert!(out.status.success());
    assert!(
        out.stdout == whole,
        "merge differs from --format json on the seeds"
    );
}

#[test]
fn a_line_that_is_not_one_is_named_with_its_number() {
    let dir = folder("bad");
    let mut lines = lines_of(&[&dir.join("a-harbour.txt")]);
    lines.extend_from_slice(b"{\"document\": 3}\n");
    let out = run(&[OsStr::new("merge"), OsStr::new("-")], Some(&lines));
    assert_eq!(out.status.code(), Some(2));
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("standard input, line 2"), "{message}");
    assert!(out.stdout.is_empty());
}

#[test]
fn any_number_of_jobs_writes_the_same_report() {
    let dir = folder("jobs");
    let with = |jobs: &str| {
        let out = run(
            &[
                OsStr::new("--jobs"),
                OsStr::new(jobs),
                OsStr::new("--format"),
                OsStr::new("json"),
                dir.as_os_str(),
            ],
            None,
        );
        assert!(out.status.success());
        out.stdout
    };
    let one = with("1");
    assert_eq!(with("2"), one);
    assert_eq!(with("5"), one);
    assert_eq!(report_of(&dir), one);
}
