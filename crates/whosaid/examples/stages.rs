//! `cargo run --release -p whosaid --example stages -- DIR [extract|report]`:
//! runs extraction and attribution (or the whole report) over every `.txt`
//! in DIR once, for instruction counts under
//! `valgrind --tool=callgrind` (the README's cost figures).

use std::fs;

use whosaid::attribution::attribute;
use whosaid::quotes::find_quotes;
use whosaid::{analyze, read_document, Input};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: stages DIR [extract|report]");
    let stage = args.next().unwrap_or_else(|| "extract".to_string());
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("a readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let inputs: Vec<Input> = paths
        .iter()
        .filter_map(|p| Some(Input::new(p.display().to_string(), fs::read(p).ok()?)))
        .collect();
    let quotes = match stage.as_str() {
        "report" => analyze(&inputs).quotes.len(),
        _ => inputs
            .iter()
            .map(|input| {
                let doc = read_document(input);
                let article = doc.article();
                attribute(&article, find_quotes(&article)).len()
            })
            .sum(),
    };
    println!("{quotes} quotes");
}
