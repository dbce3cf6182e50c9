//! Any bytes, split into up to three files: the engine must not panic, and
//! every quote's offsets must lie on the text it reports.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::{analyze, Input};

fuzz_target!(|data: &[u8]| {
    let inputs: Vec<Input> = data
        .split(|&b| b == 0xFF)
        .take(3)
        .enumerate()
        .map(|(i, part)| Input::new(format!("{i}.txt"), part))
        .collect();
    let report = analyze(&inputs);
    for q in &report.quotes {
        assert!(q.start <= q.end);
        assert_eq!(q.text.chars().count(), q.end - q.start);
    }
});
