//! Throughput of each stage on the PolNeAR training texts (or, when
//! `../shared` is absent, on the example articles), in bytes per second.
//! `make bench` runs it; the README reports the figures. The engine runs
//! on mimalloc, the allocator the command line uses.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid::attribution::attribute;
use whosaid::clusters::{cluster, ClusterInput};
use whosaid::quotes::find_quotes;
use whosaid::{analyze, read_document, Input};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
                    let article = doc.article();
                    attribute(&article, find_quotes(&article)).len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("whole_report", |b| b.iter(|| analyze(&inputs).quotes.len()));
    group.finish();
}

/// Whole reports over growing piles of articles (the corpus repeated under
/// new names), and clustering alone on up to 100,000 quotes.
fn scale(c: &mut Criterion) {
    let base = corpus();
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    for articles in [100, 800, 6400] {
        let inputs: Vec<Input> = (0..articles)
            .map(|i| {
                let source = &base[i % base.len()];
                Input::new(format!("{i:05}-{}", source.name), source.bytes.clone())
            })
            .collect();
        group.bench_function(format!("report_{articles}_articles"), |b| {
            b.iter(|| analyze(&inputs).clusters.len())
        });
    }
    let report = analyze(&base);
    let speakers: Vec<Option<usize>> = report
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().and_then(|s| s[1..].parse().ok()))
        .collect();
    // Each copy of a quote gets a word of its own, so that no two of the
    // 100,000 wordings are identical and every one goes through the index.
    let distinct: Vec<String> = (0..100_000)
        .map(|i| {
            format!(
                "{} copy{}",
                report.quotes[i % report.quotes.len()].text,
                i / report.quotes.len()
            )
        })
        .collect();
    for total in [10_000, 100_000] {
        let quotes: Vec<ClusterInput> = (0..total)
            .map(|i| ClusterInput {
                text: &distinct[i],
                speaker: speakers[i % report.quotes.len()],
                document: i / 10,
                reported: false,
                vague: false,
            })
            .collect();
        group.bench_function(format!("cluster_{total}_distinct_quotes"), |b| {
            b.iter(|| cluster(&quotes, &|a, b| a == b).len())
        });
    }
    group.finish();
}

criterion_group!(benches, stages, scale);
criterion_main!(benches);
