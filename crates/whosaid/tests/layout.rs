//! The engine's shape, checked: a folder per stage, each importing only the
//! stages before it and the shared `text` tools, and no two files that
//! import each other. Read from the source, so a new `use` that breaks the
//! pipeline's direction fails here rather than in review.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The stages in pipeline order; `text` is below them all.
const STAGES: &[&str] = &[
    "text",
    "document",
    "quotes",
    "attribution",
    "speakers",
    "clusters",
    "corrections",
    "report",
];

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every module file under `src/`, as a path relative to it.
fn module_files(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            module_files(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.strip_prefix(root).unwrap().to_path_buf());
        }
    }
}

/// The module path of a file: `attribution/phrases/mod.rs` → ["attribution", "phrases"].
fn module_of(file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The code of a file without its unit tests (they may reach anywhere).
fn code_without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// Module paths this file names: `crate::a::b`, `super::c`, and its own
/// child modules used by name.
fn named_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let children: Vec<String> = code
        .lines()
        .filter_map(|l| {
            let l = l
                .trim_start()
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ");
            l.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(str::to_string)
        })
        .collect();
    let mut out = Vec::new();
    let tokens: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .filter(|t| t.contains("::"))
        .collect();
    for token in tokens {
        let mut parts: Vec<String> = token
            .split("::")
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        let Some(first) = parts.first().cloned() else {
            continue;
        };
        let absolute = match first.as_str() {
            "crate" => parts.split_off(1),
            "super" => {
                let mut base = module.to_vec();
                while parts.first().is_some_and(|p| p == "super") {
                    parts.remove(0);
                    base.pop();
                }
                base.extend(parts);
                base
            }
            name if children.iter().any(|c| c == name) => {
                let mut base = module.to_vec();
                base.extend(parts);
                base
            }
            _ => continue,
        };
        out.push(absolute);
    }
    out
}

/// The longest prefix of `path` that is a module file's path.
fn resolve(path: &[String], modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| modules.contains(prefix))
}

fn imports() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let root = source_root();
    let mut files = Vec::new();
    module_files(&root, &root, &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f)).collect();
    let mut graph = BTreeMap::new();
    for file in files {
        if file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let module = module_of(&file);
        let text = fs::read_to_string(root.join(&file)).unwrap();
        let targets: BTreeSet<Vec<String>> = named_paths(&module, code_without_tests(&text))
            .iter()
            .filter_map(|p| resolve(p, &modules))
            .filter(|target| *target != module)
            .collect();
        graph.insert(module, targets);
    }
    graph
}

fn stage_rank(module: &[String]) -> Option<usize> {
    let first = module.first()?;
    STAGES.iter().position(|s| s == first)
}

#[test]
fn no_two_files_import_each_other() {
    let graph = imports();
    let mut cycles = Vec::new();
    for (module, targets) in &graph {
        for target in targets {
            if module < target && graph.get(target).is_some_and(|t| t.contains(module)) {
                cycles.push(format!("{} <-> {}", module.join("::"), target.join("::")));
            }
        }
    }
    assert!(cycles.is_empty(), "files importing each other: {cycles:#?}");
}

#[test]
fn a_stage_imports_only_earlier_stages_and_text() {
    let graph = imports();
    let mut backwards = Vec::new();
    for (module, targets) in &graph {
        let Some(rank) = stage_rank(module) else {
            continue;
        };
        for target in targets {
            if stage_rank(target).is_some_and(|t| t > rank) {
                backwards.push(format!("{} -> {}", module.join("::"), target.join("::")));
            }
        }
    }
    assert!(
        backwards.is_empty(),
        "imports against the pipeline: {backwards:#?}"
    );
}

#[test]
fn every_module_sits_in_a_stage_folder() {
    let loose: Vec<Vec<String>> = imports()
        .into_keys()
        .filter(|m| !m.is_empty() && stage_rank(m).is_none())
        .collect();
    assert!(
        loose.is_empty(),
        "modules outside the stage folders: {loose:?}"
    );
}

#[test]
fn each_stage_says_what_comes_in_and_goes_out() {
    for stage in STAGES {
        let text = fs::read_to_string(source_root().join(stage).join("mod.rs")).unwrap();
        let doc: String = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            doc.contains("In:") && doc.contains("Out:"),
            "{stage}/mod.rs does not open with what comes in and goes out"
        );
    }
}
