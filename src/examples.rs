//! The built-in example set: three short fictional articles we wrote about
//! one made-up story, so a new user sees whosaid work with no files at hand.
//! Together they show a partial quote, unmarked and reported speech, a multi-paragraph
//! quote, a post, a translation variant, pronouns, and look-alike quotes by
//! different people.

use whosaid::Input;

const EXAMPLES: [(&str, &str); 3] = [
    (
        "harbor-gazette.txt",
        include_str!("../examples/harbor-gazette.txt"),
    ),
    (
        "coastal-herald.txt",
        include_str!("../examples/coastal-herald.txt"),
    ),
    (
        "nordic-wire.txt",
        include_str!("../examples/nordic-wire.txt"),
    ),
];

/// The example articles as inputs.
pub fn example_inputs() -> Vec<Input> {
    EXAMPLES
        .iter()
        .map(|(name, text)| Input::new(*name, text.as_bytes()))
        .collect()
}
