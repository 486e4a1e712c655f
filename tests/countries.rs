//! Phrase tables for the countries capability: every row of `tests/data/countries_*.tsv` is
//! checked, and every failing row is printed (file:line, expected, got) before the test fails.

use warta::countries::{Countries, Gazetteer};
use warta::{Date, Span};

const TABLES: [(&str, &str, &str); 3] = [
    (
        "tests/data/countries_en.tsv",
        "en",
        include_str!("data/countries_en.tsv"),
    ),
    (
        "tests/data/countries_id.tsv",
        "id",
        include_str!("data/countries_id.tsv"),
    ),
    (
        "tests/data/countries_ms.tsv",
        "ms",
        include_str!("data/countries_ms.tsv"),
    ),
];

/// The text of a table sentence ("\n" is a line break) and its segments (" ¶ " starts one).
fn text_and_segments(sentence: &str) -> (String, Vec<Span>) {
    let sentence = sentence.replace("\\n", "\n");
    let mut text = String::new();
    let mut segments = Vec::new();
    for (i, part) in sentence.split(" ¶ ").enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(part);
        segments.push(Span::new(start, text.len()));
    }
    (text, segments)
}

fn codes(c: &[warta::countries::Mention]) -> String {
    let v: Vec<&str> = c.iter().map(|m| m.code.as_str()).collect();
    if v.is_empty() {
        "-".to_string()
    } else {
        v.join(" ")
    }
}

fn lists(c: &Countries) -> String {
    let v: Vec<String> = c
        .lists
        .iter()
        .map(|l| {
            let count = l.stated_count.map_or("-".to_string(), |n| n.to_string());
            let groups: String = l.groups.iter().map(|g| format!("+{g}")).collect();
            format!("{}@{count}{groups}", l.codes.join(" "))
        })
        .collect();
    if v.is_empty() {
        "-".to_string()
    } else {
        v.join(" | ")
    }
}

fn groups(c: &Countries) -> String {
    let v: Vec<String> = c
        .groups
        .iter()
        .map(|g| format!("{}:{}", g.group, g.members.len()))
        .collect();
    if v.is_empty() {
        "-".to_string()
    } else {
        v.join(" ")
    }
}

/// Every span indexes the text and its `text` field is the slice.
fn spans_hold(text: &str, c: &Countries) -> bool {
    let ok = |s: usize, e: usize, t: &str| text.get(s..e) == Some(t);
    c.mentions
        .iter()
        .chain(&c.demonyms)
        .all(|m| ok(m.start, m.end, &m.text))
        && c.lists.iter().all(|l| ok(l.start, l.end, &l.text))
        && c.groups.iter().all(|g| ok(g.start, g.end, &g.text))
        && c.lists
            .iter()
            .all(|l| l.count_mismatch == l.stated_count.is_some_and(|n| n as usize != l.codes.len()))
}

#[test]
fn phrase_tables() {
    let gazetteer = Gazetteer::new();
    let mut failures = Vec::new();
    let mut rows = 0;
    for (file, lang, table) in TABLES {
        for (n, line) in table.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            rows += 1;
            let f: Vec<&str> = line.split('\t').collect();
            let [
                sentence,
                reference,
                want_mentions,
                want_lists,
                want_groups,
                want_demonyms,
            ] = f[..]
            else {
                failures.push(format!("{file}:{}: needs 6 fields, has {}", n + 1, f.len()));
                continue;
            };
            let reference: Option<Date> = reference.parse().ok();
            let (text, segments) = text_and_segments(sentence);
            let c = gazetteer.find(&text, &segments, lang, reference);
            let got = [codes(&c.mentions), lists(&c), groups(&c), codes(&c.demonyms)];
            let want = [want_mentions, want_lists, want_groups, want_demonyms];
            if got.iter().zip(want).any(|(g, w)| g != w) || !spans_hold(&text, &c) {
                failures.push(format!(
                    "{file}:{}: {sentence}\n    expected {want:?}\n    got      {got:?}",
                    n + 1
                ));
            }
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(rows > 50, "only {rows} rows read");
    assert!(failures.is_empty(), "{} of {rows} rows failed", failures.len());
}

#[test]
fn never_panics_and_spans_hold_on_odd_input() {
    let gazetteer = Gazetteer::new();
    for text in [
        "",
        "é",
        "Türkiye–Côte d’Ivoire, Curaçao, Réunion dan Åland",
        "(((Fiji, Palau, Tonga",
        "Fiji, Palau dan Tonga (",
        "20 negara, yakni",
        "U.S.",
        "\n\n, dan ,\n",
    ] {
        for lang in ["en", "id", "und"] {
            let c = gazetteer.find(text, &[Span::new(0, text.len())], lang, None);
            assert!(spans_hold(text, &c), "{text:?}");
        }
    }
    // Segments off char boundaries or out of range are skipped, not a panic.
    let c = gazetteer.find("é Fiji", &[Span::new(1, 7), Span::new(3, 100)], "en", None);
    assert!(c.mentions.is_empty());
}
