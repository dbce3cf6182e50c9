//! The `testdata/*.toml` cases and a whole analysis, compiled to wasm32 and
//! run in headless Chromium (`make wasm-test`).
#![cfg(target_arch = "wasm32")]

mod support;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_testdata_case_passes_in_wasm() {
    let failures = support::failures();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn bad_bytes_do_not_panic_in_wasm() {
    let report = whosaid::analyze(&[
        whosaid::Input::new("bin.txt", vec![0u8, 159, 146, 150, 0xFF]),
        whosaid::Input::new("empty.txt", Vec::new()),
    ]);
    assert_eq!(report.documents.len(), 2);
    assert!(report.documents.iter().all(|d| !d.warnings.is_empty()));
}
