//! Throughput of warta in bytes per second, beside a regex `\w+` baseline over the same text.
//!
//! ```text
//! cargo bench                       # everything (about 10 minutes on 2 cores)
//! cargo bench -- 'throughput/1MB'   # one corpus size
//! cargo bench -- hostile            # the hostile inputs only
//! cargo bench -- build              # Analyzer::new only
//! ```
//!
//! Groups:
//! - `throughput/fixtures`: every `fixtures/*.txt` page, analysed page by page;
//! - `throughput/1MB`, `throughput/8MB`: the same pages joined into one document of about 1 MB
//!   and 8 MB (the time per byte of the two shows whether the cost is linear). `analyze` keeps
//!   the first article of such a document and cuts the rest as page noise, so here the
//!   extractors and `lang` are timed on every line of it;
//! - `throughput/article_1MB`, `throughput/article_8MB`: the fixtures' articles (as `analyze`
//!   extracts them) joined under one headline: a long article that `analyze` keeps whole, where
//!   every capability reads every byte;
//! - `hostile`: the hostile inputs of issue 8 (built here in code), analysed in full;
//! - `build`: `Analyzer::new`, paid once.
//!
//! In each throughput group: `baseline_regex_words` (one pass of `\w+` counting matches),
//! `analyze` (the whole analysis) and each capability alone over the same text: `lang`
//! (document detection and one per paragraph, as `analyze` does), `boilerplate`, and the four
//! extractors over the analyzer's segments (title and paragraphs, computed before timing).
//! Every timed iteration checks its result against one computed before timing, so a fast wrong
//! answer fails the bench.

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use warta::Span;
use warta::boilerplate::Stripper;
use warta::countries::Gazetteer;
use warta::dates::DateFinder;
use warta::enumerations::EnumerationFinder;
use warta::lang::Detector;
use warta::officials::OfficialFinder;
use warta::{Analysis, Analyzer};

#[path = "../tests/support/inputs.rs"]
mod inputs;

use inputs::{MB, fixture_pages, repeat_to};

/// The pages joined by blank lines, repeated until at least `len` bytes.
fn joined(pages: &[String], len: usize) -> String {
    let mut s = String::with_capacity(len + 64 * 1024);
    while s.len() < len {
        for p in pages {
            s.push_str(p);
            s.push_str("\n\n");
        }
    }
    s
}

/// What one page gives, computed once before timing; the timed loops compare against it.
struct Page {
    text: String,
    segments: Vec<Span>,
    body_segments: Vec<Span>,
    lang: String,
    analysis: Analysis,
}

/// Which spans the extractors are timed on.
#[derive(Clone, Copy, PartialEq)]
enum Segments {
    /// The analyzer's own (title and paragraphs), as `analyze` hands them over.
    Analyzer,
    /// Every non-empty line, so that each extractor reads every byte even where the
    /// boilerplate stripper would have cut most of the text.
    AllLines,
}

impl Page {
    fn new(analyzer: &Analyzer, stripper: &Stripper, text: String, which: Segments) -> Page {
        let stripped = stripper.strip(&text);
        let (body_segments, segments) = match which {
            Segments::Analyzer => {
                let body: Vec<Span> = stripped.paragraphs.iter().map(|p| p.span()).collect();
                let mut all: Vec<Span> = stripped.title_span.into_iter().collect();
                all.extend(&body);
                (body, all)
            }
            Segments::AllLines => {
                let lines: Vec<Span> = warta::text::lines(&text)
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                (lines.clone(), lines)
            }
        };
        let analysis = analyzer.analyze(&text);
        Page {
            lang: analysis.lang.clone(),
            text,
            segments,
            body_segments,
            analysis,
        }
    }
}

/// The finders, built once outside every timed loop.
struct Tools {
    analyzer: Analyzer,
    stripper: Stripper,
    detector: Detector,
    dates: DateFinder,
    countries: Gazetteer,
    officials: OfficialFinder,
    enumerations: EnumerationFinder,
    words: regex::Regex,
}

impl Tools {
    fn new() -> Tools {
        Tools {
            analyzer: Analyzer::new(),
            stripper: Stripper::new(),
            detector: Detector::new(),
            dates: DateFinder::new(),
            countries: Gazetteer::new(),
            officials: OfficialFinder::new(),
            enumerations: EnumerationFinder::new(),
            words: regex::Regex::new(r"\w+").expect("the baseline regex compiles"),
        }
    }

    /// `lang` as `analyze` runs it: the document, then every paragraph.
    fn lang(&self, p: &Page) -> (String, usize) {
        let d = self.detector.detect(&p.text, &p.body_segments);
        let blocks = p
            .body_segments
            .iter()
            .filter(|&&s| self.detector.detect_block(&p.text, s, &d.lang) != "und")
            .count();
        (d.lang, blocks)
    }
}

/// Adds one bench per capability over `pages` to the group.
fn capabilities(c: &mut Criterion, name: &str, pages: &[Page], tools: &Tools, big: bool) {
    let bytes: usize = pages.iter().map(|p| p.text.len()).sum();
    let reference = warta::Date::new(2022, 8, 1);
    let mut group = c.benchmark_group(format!("throughput/{name}"));
    group.throughput(Throughput::Bytes(bytes as u64));
    if big {
        group
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(4));
    } else {
        group
            .measurement_time(Duration::from_secs(3))
            .warm_up_time(Duration::from_secs(1));
    }
    let expect_words: Vec<usize> = pages
        .iter()
        .map(|p| tools.words.find_iter(&p.text).count())
        .collect();
    assert!(expect_words.iter().sum::<usize>() > 0, "the corpus has words");
    group.bench_function("baseline_regex_words", |b| {
        b.iter(|| {
            for (p, &n) in pages.iter().zip(&expect_words) {
                assert_eq!(tools.words.find_iter(black_box(&p.text)).count(), n);
            }
        })
    });
    assert!(
        pages
            .iter()
            .any(|p| !p.analysis.dates.is_empty() && !p.analysis.countries.is_empty())
    );
    group.bench_function("analyze", |b| {
        b.iter(|| {
            for p in pages {
                let a = tools.analyzer.analyze(black_box(&p.text));
                assert_eq!(a.body.len(), p.analysis.body.len());
                assert_eq!(a.dates.len(), p.analysis.dates.len());
                assert_eq!(a.countries.len(), p.analysis.countries.len());
                assert_eq!(a.officials.len(), p.analysis.officials.len());
                assert_eq!(a.enumerations.len(), p.analysis.enumerations.len());
            }
        })
    });
    let expect_lang: Vec<(String, usize)> = pages.iter().map(|p| tools.lang(p)).collect();
    group.bench_function("lang", |b| {
        b.iter(|| {
            for (p, e) in pages.iter().zip(&expect_lang) {
                assert_eq!(&tools.lang(black_box(p)), e);
            }
        })
    });
    group.bench_function("boilerplate", |b| {
        b.iter(|| {
            for p in pages {
                let page = tools.stripper.strip(black_box(&p.text));
                assert_eq!(page.body.len(), p.analysis.body.len());
                assert_eq!(page.removed.len(), p.analysis.removed.len());
            }
        })
    });
    let expect: Vec<usize> = pages
        .iter()
        .map(|p| tools.dates.find(&p.text, &p.segments, reference).len())
        .collect();
    assert!(expect.iter().sum::<usize>() > 0, "the corpus has dates");
    group.bench_function("dates", |b| {
        b.iter(|| {
            for (p, &n) in pages.iter().zip(&expect) {
                assert_eq!(
                    tools.dates.find(black_box(&p.text), &p.segments, reference).len(),
                    n
                );
            }
        })
    });
    let expect: Vec<usize> = pages
        .iter()
        .map(|p| {
            tools
                .countries
                .find(&p.text, &p.segments, &p.lang, reference)
                .mentions
                .len()
        })
        .collect();
    assert!(expect.iter().sum::<usize>() > 0, "the corpus has countries");
    group.bench_function("countries", |b| {
        b.iter(|| {
            for (p, &n) in pages.iter().zip(&expect) {
                let found = tools
                    .countries
                    .find(black_box(&p.text), &p.segments, &p.lang, reference);
                assert_eq!(found.mentions.len(), n);
            }
        })
    });
    let expect: Vec<usize> = pages
        .iter()
        .map(|p| tools.officials.find(&p.text, &p.segments, &p.lang).len())
        .collect();
    assert!(expect.iter().sum::<usize>() > 0, "the corpus has officials");
    group.bench_function("officials", |b| {
        b.iter(|| {
            for (p, &n) in pages.iter().zip(&expect) {
                assert_eq!(
                    tools
                        .officials
                        .find(black_box(&p.text), &p.segments, &p.lang)
                        .len(),
                    n
                );
            }
        })
    });
    let expect: Vec<usize> = pages
        .iter()
        .map(|p| tools.enumerations.find(&p.text, &p.segments, &p.lang).len())
        .collect();
    assert!(expect.iter().sum::<usize>() > 0, "the corpus has enumerations");
    group.bench_function("enumerations", |b| {
        b.iter(|| {
            for (p, &n) in pages.iter().zip(&expect) {
                assert_eq!(
                    tools
                        .enumerations
                        .find(black_box(&p.text), &p.segments, &p.lang)
                        .len(),
                    n
                );
            }
        })
    });
    group.finish();
}

fn throughput(c: &mut Criterion) {
    let tools = Tools::new();
    let texts = fixture_pages();
    assert!(!texts.is_empty(), "fixtures/*.txt are readable");
    let page = |t: String, which| Page::new(&tools.analyzer, &tools.stripper, t, which);
    let pages: Vec<Page> = texts
        .iter()
        .map(|t| page(t.clone(), Segments::Analyzer))
        .collect();
    capabilities(c, "fixtures", &pages, &tools, false);
    // The pages joined: `analyze` keeps the first article and cuts the rest as its tail, so
    // the extractors are timed on every line instead.
    capabilities(
        c,
        "1MB",
        &[page(joined(&texts, MB), Segments::AllLines)],
        &tools,
        true,
    );
    capabilities(
        c,
        "8MB",
        &[page(joined(&texts, 8 * MB), Segments::AllLines)],
        &tools,
        true,
    );
    // The pages' articles joined under one headline: one long article that `analyze` keeps
    // whole, so that every capability of `analyze` reads every byte.
    let bodies: Vec<String> = pages.iter().map(|p| p.analysis.body.clone()).collect();
    let article = |len| {
        let text = format!(
            "One Long Report Joined From Every Fixture Article\n\n{}",
            joined(&bodies, len)
        );
        Page::new(&tools.analyzer, &tools.stripper, text, Segments::Analyzer)
    };
    capabilities(c, "article_1MB", &[article(MB)], &tools, true);
    capabilities(c, "article_8MB", &[article(8 * MB)], &tools, true);
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(20).measurement_time(Duration::from_secs(5));
    group.bench_function("Analyzer::new", |b| {
        b.iter(|| {
            let a = Analyzer::new();
            assert_eq!(black_box(&a).analyze("Fiji").countries.len(), 1);
        })
    });
    group.finish();
}

// ---- Hostile inputs of issue 8; tests/robustness.rs checks the same inputs for correctness.

/// Each hostile input with its name, and a check of the analysis.
type Check = fn(&Analysis) -> bool;

fn hostile_inputs(pages: &[String]) -> Vec<(&'static str, String, Check)> {
    let mut out: Vec<(&'static str, String, Check)> = Vec::new();
    out.push(("no_spaces", repeat_to(inputs::NO_SPACES, MB), |a| {
        !a.body.is_empty()
    }));
    out.push(("one_word", repeat_to("abcdefghij", MB), |a| a.dates.is_empty()));
    out.push(("commas", ",".repeat(MB), |a| {
        a.dates.is_empty() && a.enumerations.is_empty()
    }));
    out.push(("numbered_markers", inputs::numbered_markers(MB), |_| true));
    out.push(("capitalized_words", inputs::capitalized_words(MB), |_| true));
    out.push(("digits_slashes", repeat_to(inputs::DIGITS_SLASHES, MB), |a| {
        a.dates.iter().all(|d| !d.value.is_empty())
    }));
    out.push(("month_names", repeat_to(inputs::MONTH_NAMES, MB), |a| {
        a.dates.iter().all(|d| !d.value.is_empty())
    }));
    let s = inputs::country_list(50_000);
    out.push(("country_list_50000", s, |a| a.countries.len() >= 40_000));
    let s = inputs::read_also_lines(5_000);
    out.push(("read_also_lines_5000", s, |a| !a.body.contains("Baca juga")));
    let s = inputs::bylines_with_outlets(5_000);
    out.push(("bylines_with_outlets_5000", s, |a| a.author.is_none()));
    out.push(("single_line_10MB", inputs::single_line(pages, 10 * MB), |a| {
        !a.dates.is_empty() && !a.countries.is_empty()
    }));
    out
}

fn hostile(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("hostile");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (name, text, ok) in hostile_inputs(&fixture_pages()) {
        let expected = analyzer.analyze(&text);
        assert!(ok(&expected), "hostile input {name} gives a wrong analysis");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("analyze", name), &text, |b, t| {
            b.iter(|| {
                let a = analyzer.analyze(black_box(t));
                assert_eq!(a.body.len(), expected.body.len());
                assert_eq!(a.dates.len(), expected.dates.len());
                assert_eq!(a.countries.len(), expected.countries.len());
            })
        });
    }
    group.finish();
}

criterion_group!(benches, throughput, build, hostile);
criterion_main!(benches);
