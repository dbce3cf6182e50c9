//! Inputs the fuzzer once broke, kept so they stay fixed. Each file in
//! `tests/regressions/` is run as the fuzz target runs it.

use whosaid::{analyze, Input};

fn run(bytes: &[u8]) -> whosaid::Report {
    let inputs: Vec<Input> = bytes
        .split(|&b| b == 0xFF)
        .take(3)
        .enumerate()
        .map(|(i, part)| Input::new(format!("{i}.txt"), part))
        .collect();
    analyze(&inputs)
}

#[test]
fn fuzz_findings_keep_offsets_in_order() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    for entry in std::fs::read_dir(dir).expect("regressions folder") {
        let path = entry.expect("entry").path();
        let report = run(&std::fs::read(&path).expect("read"));
        for q in &report.quotes {
            assert!(q.start <= q.end, "{}: {q:?}", path.display());
            assert_eq!(
                q.text.chars().count(),
                q.end - q.start,
                "{}",
                path.display()
            );
        }
    }
}
