//! Phrase tables for the officials capability: every row of `tests/data/officials_*.tsv` is a
//! sentence and the officials it names (see the header of each file for the columns).

use warta::officials::{Official, find_officials};

fn field_ok(want: Option<&str>, got: Option<&str>) -> bool {
    match want.map(str::trim) {
        None | Some("") => true,
        Some("-") => got.is_none(),
        Some(w) => got == Some(w),
    }
}

fn check(want: &str, got: &Official, text: &str) -> bool {
    let f: Vec<&str> = want.split('|').map(str::trim).collect();
    let mentions = got.mentions.len().to_string();
    let former = if got.former { "former" } else { "current" };
    let spans_ok = got.mentions.iter().all(|m| text.get(m.start..m.end).is_some())
        && text.get(got.start..got.end).is_some();
    spans_ok
        && field_ok(f.first().copied(), got.name.as_deref())
        && field_ok(f.get(1).copied(), Some(got.title.as_str()))
        && field_ok(f.get(2).copied(), got.org.as_deref())
        && field_ok(f.get(3).copied(), got.country.as_deref())
        && field_ok(f.get(4).copied(), Some(mentions.as_str()))
        && field_ok(f.get(5).copied(), Some(former))
}

fn show(o: &Official) -> String {
    format!(
        "{} | {} | {} | {} | {} | {}",
        o.name.as_deref().unwrap_or("-"),
        o.title,
        o.org.as_deref().unwrap_or("-"),
        o.country.as_deref().unwrap_or("-"),
        o.mentions.len(),
        if o.former { "former" } else { "current" }
    )
}

#[test]
fn phrase_tables() {
    let tables = [
        ("officials_en.tsv", "en", include_str!("data/officials_en.tsv")),
        ("officials_id.tsv", "id", include_str!("data/officials_id.tsv")),
        ("officials_ms.tsv", "ms", include_str!("data/officials_ms.tsv")),
    ];
    let mut failures = Vec::new();
    let mut rows = 0;
    for (file, lang, table) in tables {
        for (n, line) in table.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            rows += 1;
            let mut cols = line.split('\t');
            // "\n" in a row stands for a line break (a headline above its article).
            let sentence = cols.next().unwrap_or("").replace("\\n", "\n");
            let sentence = sentence.as_str();
            let expected = cols.next().unwrap_or("-").trim();
            let got = find_officials(sentence, lang);
            let wants: Vec<&str> = if expected == "-" {
                Vec::new()
            } else {
                expected.split(";;").map(str::trim).collect()
            };
            let ok = wants.len() == got.len() && wants.iter().zip(&got).all(|(w, g)| check(w, g, sentence));
            if !ok {
                let got: Vec<String> = got.iter().map(show).collect();
                failures.push(format!(
                    "tests/data/{file}:{}: {sentence}\n    expected: {expected}\n    got:      {}",
                    n + 1,
                    if got.is_empty() {
                        "-".to_string()
                    } else {
                        got.join(" ;; ")
                    }
                ));
            }
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(failures.is_empty(), "{} of {rows} rows failed", failures.len());
}

proptest::proptest! {
    /// Any input gives officials whose spans index it on char boundaries.
    #[test]
    fn spans_stay_on_char_boundaries(s in "(Menlu|Menteri|RI|Dr\\.|, |Retno|é|\u{a0}|Direktur Jenderal|of|dan|\\(|\\)|said|[a-zA-Z]{1,6}| ){0,30}") {
        for lang in ["en", "id"] {
            for o in find_officials(&s, lang) {
                proptest::prop_assert!(s.get(o.start..o.end).is_some());
                for m in &o.mentions {
                    proptest::prop_assert!(s.get(m.start..m.end).is_some());
                }
            }
        }
    }
}

/// Whether `officials` has `name` holding the office `title`.
fn holds(officials: &[Official], name: &str, title: &str) -> bool {
    officials
        .iter()
        .any(|o| o.name.as_deref() == Some(name) && o.title == title)
}

/// A text too short for its language to be told ("und") is read with the lexicon that finds
/// its offices, English or Indonesian, sentence by sentence.
#[test]
fn a_text_of_no_known_language_is_read_with_either_lexicon() {
    let analyzer = warta::Analyzer::new();
    for (text, name, title) in [
        (
            "President Yoon Suk Yeol visited Jakarta on Monday.",
            "Yoon Suk Yeol",
            "President",
        ),
        ("Presiden Joko Widodo tiba.", "Joko Widodo", "Presiden"),
    ] {
        let a = analyzer.analyze(text);
        assert_eq!(a.lang, "und", "{text}");
        assert!(holds(&a.officials, name, title), "{text}: {:?}", a.officials);
    }
}

/// A paragraph in the other language of a page (an Indonesian statement quoted in an English
/// report, or the reverse) is read with both lexicons, so its offices are found.
#[test]
fn a_paragraph_in_the_other_language_is_read_with_its_lexicon() {
    let analyzer = warta::Analyzer::new();
    for (text, page_lang, name, title) in [
        (
            "Ferry Services Resume After Storm\n\nFerry services between the two islands resumed on Tuesday after the storm passed, the port authority said in a statement.\n\nOperators said the first boats were full and that more sailings would be added later in the week.\n\n\"Kepala Dinas Perhubungan Provinsi Maluku Utara Rahmat Sangadji meminta operator kapal memeriksa kelengkapan alat keselamatan sebelum berlayar,\" demikian bunyi pernyataan itu.\n\nThe storm had cut off the islands for four days.",
            "en",
            "Rahmat Sangadji",
            "Kepala Dinas Perhubungan Provinsi Maluku Utara",
        ),
        (
            "Layanan Kapal Kembali Normal\n\nLayanan kapal penyeberangan antara kedua pulau kembali berjalan pada Selasa setelah badai berlalu, kata otoritas pelabuhan dalam keterangannya.\n\nPara operator mengatakan kapal pertama sudah penuh dan jadwal tambahan akan dibuka pekan ini.\n\n\"The Deputy Harbour Master of the Port of Darwin, Leanne Fitzroy, told reporters that the ferries would be inspected before they sail again,\" the statement read.\n\nBadai itu sempat memutus akses ke pulau-pulau tersebut selama empat hari.",
            "id",
            "Leanne Fitzroy",
            "Deputy Harbour Master of the Port of Darwin",
        ),
    ] {
        let a = analyzer.analyze(text);
        assert_eq!(a.lang, page_lang, "{text}");
        assert!(holds(&a.officials, name, title), "{name}: {:?}", a.officials);
    }
}
