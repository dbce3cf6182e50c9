//! The `testdata/*.toml` cases, natively.
mod support;

#[test]
fn every_testdata_case_passes() {
    let failures = support::failures();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
