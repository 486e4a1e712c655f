//! The enumeration tables: every row of tests/data/enumerations_*.tsv is checked, and every
//! failing row is printed (file:line, expected, got) before the test fails.

use warta::Span;
use warta::enumerations::{Enumeration, EnumerationFinder};

const TABLES: [(&str, &str); 2] = [
    (
        "tests/data/enumerations_en.tsv",
        include_str!("data/enumerations_en.tsv"),
    ),
    (
        "tests/data/enumerations_id.tsv",
        include_str!("data/enumerations_id.tsv"),
    ),
];

/// Writes found lists in the table's notation.
fn render(found: &[Enumeration]) -> String {
    if found.is_empty() {
        return "-".to_string();
    }
    found
        .iter()
        .map(|e| {
            let items: Vec<&str> = e.items.iter().map(|i| i.text.as_str()).collect();
            format!(
                "{{{}/{}{}}} {}",
                e.heading.as_deref().unwrap_or("-"),
                e.stated_count.map_or("-".to_string(), |c| c.to_string()),
                if e.count_mismatch { "!" } else { "" },
                items.join(" | ")
            )
        })
        .collect::<Vec<_>>()
        .join(" ## ")
}

/// Checks that every span indexes the text and matches the reported text.
fn spans_hold(text: &str, found: &[Enumeration]) -> bool {
    found.iter().all(|e| {
        e.start <= e.end
            && text.get(e.start..e.end).is_some()
            && e.items.iter().all(|i| {
                text.get(i.start..i.end) == Some(i.text.as_str()) && e.start <= i.start && i.end <= e.end
            })
    })
}

#[test]
fn enumeration_tables() {
    let finder = EnumerationFinder::new();
    let mut failures = Vec::new();
    let mut rows = 0;
    for (name, table) in TABLES {
        for (i, line) in table.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [sentence, lang, expected] = cols[..] else {
                failures.push(format!("{name}:{}: needs 3 columns: {line:?}", i + 1));
                continue;
            };
            rows += 1;
            let text = sentence.replace("\\n", "\n");
            let mut segments = Vec::new();
            let mut start = 0;
            for part in text.split('\n') {
                let span = Span::new(start, start + part.len()).trim(&text);
                if !span.is_empty() {
                    segments.push(span);
                }
                start += part.len() + 1;
            }
            let found = finder.find(&text, &segments, lang);
            let got = render(&found);
            if got != expected || !spans_hold(&text, &found) {
                failures.push(format!(
                    "{name}:{}:\n  text:     {text:?}\n  expected: {expected}\n  got:      {got}",
                    i + 1
                ));
            }
        }
    }
    assert!(rows > 50, "the tables hold only {rows} rows");
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(failures.is_empty(), "{} of {rows} rows failed", failures.len());
}

mod never_panics {
    use proptest::prelude::*;
    use warta::Span;
    use warta::enumerations::EnumerationFinder;

    proptest! {
        /// Any text, cut into any segments, gives lists whose spans index it on char boundaries.
        #[test]
        fn spans_stay_on_char_boundaries(
            text in "([0-9]{1,2}[.)] |\\(ii?\\) |Pertama, |Kedua, |tiga poin, yaitu |é|•|\\n|, dan | [a-zA-Zé]{1,6}|[.;:,]){0,40}",
            cuts in proptest::collection::vec(0usize..400, 0..4),
        ) {
            let mut points: Vec<usize> = cuts.into_iter().filter(|&c| c <= text.len()).collect();
            points.push(0);
            points.push(text.len());
            points.sort_unstable();
            let segments: Vec<Span> = points.windows(2).map(|w| Span::new(w[0], w[1])).collect();
            let finder = EnumerationFinder::new();
            for e in finder.find(&text, &segments, "id") {
                prop_assert!(text.get(e.start..e.end).is_some());
                for i in &e.items {
                    prop_assert_eq!(text.get(i.start..i.end), Some(i.text.as_str()));
                }
            }
        }
    }
}
