//! Runs the date phrase tables `tests/data/dates_en.tsv` and `tests/data/dates_id.tsv`: each row
//! is a sentence, a reference date (or `-`) and the expected values in text order (`-` for none).
//! Every failing row is printed with its file and line before the test fails.

use warta::Date;
use warta::dates::find_dates;

const TABLES: [(&str, &str); 2] = [
    ("tests/data/dates_en.tsv", include_str!("data/dates_en.tsv")),
    ("tests/data/dates_id.tsv", include_str!("data/dates_id.tsv")),
];

#[test]
fn phrase_tables() {
    let mut failures = Vec::new();
    let mut rows = 0;
    for (name, table) in TABLES {
        for (n, line) in table.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let [sentence, reference, expected] = fields.as_slice() else {
                failures.push(format!(
                    "{name}:{}: needs 3 tab-separated fields: {line:?}",
                    n + 1
                ));
                continue;
            };
            rows += 1;
            let reference = match reference.trim() {
                "-" => None,
                r => match r.parse::<Date>() {
                    Ok(d) => Some(d),
                    Err(e) => {
                        failures.push(format!("{name}:{}: bad reference: {e}", n + 1));
                        continue;
                    }
                },
            };
            let want: Vec<&str> = match expected.trim() {
                "-" => Vec::new(),
                e => e.split(" | ").map(str::trim).collect(),
            };
            let found = find_dates(sentence, reference);
            let got: Vec<&str> = found.iter().map(|m| m.value.as_str()).collect();
            let spans_ok = found
                .iter()
                .all(|m| sentence.get(m.start..m.end) == Some(m.text.as_str()));
            if got != want || !spans_ok {
                let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
                failures.push(format!(
                    "{name}:{}: {sentence:?}\n    expected {want:?}\n    got      {got:?} from {texts:?}",
                    n + 1
                ));
            }
        }
    }
    for f in &failures {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} of {rows} rows failed", failures.len());
}

#[test]
fn weekday_that_contradicts_its_date_is_flagged() {
    // 2 August 2022 was a Tuesday.
    let m = &find_dates("Acara dibuka Senin, 2 Agustus 2022.", None)[0];
    assert_eq!((m.value.as_str(), m.weekday_mismatch), ("2022-08-02", true));
    let m = &find_dates("Acara dibuka Selasa, 2 Agustus 2022.", None)[0];
    assert!(!m.weekday_mismatch);
}

#[test]
fn reference_resolution_is_marked() {
    let r = Date::new(2023, 5, 10);
    let found = find_dates("Rapat digelar Senin, lalu (9/5) dan 1 Mei 2023.", r);
    let marks: Vec<bool> = found.iter().map(|m| m.from_reference).collect();
    assert_eq!(marks, vec![true, true, false]);
}

#[test]
fn kinds() {
    use warta::dates::Kind;
    let r = Date::new(2023, 5, 10);
    let t = "1-3 Mei 2023, Agustus 2022, pukul 10.00 WIB, pekan lalu, 4 Mei 2023";
    let kinds: Vec<Kind> = find_dates(t, r).iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        vec![Kind::Range, Kind::Partial, Kind::Time, Kind::Relative, Kind::Date]
    );
}

#[test]
fn never_panics_on_odd_text() {
    let r = Date::new(2023, 5, 10);
    for t in [
        "",
        "(",
        "9/",
        "/9",
        "2023-",
        "2023-05-",
        "2023-05-09T",
        "pukul",
        "pukul 25.00 WIB",
        "Senin (",
        "1-",
        "– 4 Agustus",
        "31/",
        "tgl.",
        "GMT+",
        "10:00 GMT+99",
        "Jum'",
        "é 1 Mei 2023 é",
        "9am",
        "s.d.",
    ] {
        for m in find_dates(t, r) {
            assert_eq!(t.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
}
