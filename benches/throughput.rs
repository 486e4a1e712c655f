//! Throughput of `Analyzer::analyze` over every fixture page, beside a regex `\w+` baseline
//! over the same text. Run with `cargo bench`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use warta::Analyzer;

fn corpus() -> Vec<String> {
    let mut pages = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    for p in paths {
        if p.extension().is_some_and(|e| e == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                pages.push(t);
            }
        }
    }
    pages
}

fn throughput(c: &mut Criterion) {
    let pages = corpus();
    let bytes: usize = pages.iter().map(String::len).sum();
    let analyzer = Analyzer::new();
    let words = regex::Regex::new(r"\w+").expect("baseline regex");
    let mut group = c.benchmark_group("fixtures");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("baseline_regex_words", |b| {
        b.iter(|| {
            let n: usize = pages.iter().map(|p| words.find_iter(black_box(p)).count()).sum();
            assert!(n > 0 || bytes == 0);
            n
        })
    });
    group.bench_function("analyze", |b| {
        b.iter(|| {
            for p in &pages {
                let a = analyzer.analyze(black_box(p));
                assert!(a.body.len() <= p.len() + p.len() / 4 + 1);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
