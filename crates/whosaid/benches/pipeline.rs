//! Throughput of each stage on the PolNeAR training texts (or, when
//! `../shared` is absent, on the example articles), in bytes per second.
//! `make bench` runs it; the README reports the figures.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid::attribution::attribute;
use whosaid::quotes::find_quotes;
use whosaid::{analyze, read_document, Input};

fn corpus() -> Vec<Input> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let polnear = root.join("../../../shared/polnear/train/texts");
    let dir = if polnear.is_dir() {
        polnear
    } else {
        eprintln!("../shared is absent: benchmarking on the example articles");
        root.join("../../examples")
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter_map(|p| Some(Input::new(p.to_string_lossy(), std::fs::read(p).ok()?)))
        .collect()
}

fn stages(c: &mut Criterion) {
    let inputs = corpus();
    let bytes: u64 = inputs.iter().map(|i| i.bytes.len() as u64).sum();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("extract_and_attribute", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|input| {
                    let doc = read_document(input);
                    attribute(&doc, find_quotes(&doc)).len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("whole_report", |b| b.iter(|| analyze(&inputs).quotes.len()));
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
