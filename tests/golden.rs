//! Golden tests: every `fixtures/NAME.txt` is analysed and compared with the hand-checked
//! `fixtures/NAME.gold.json` (the same gold format and matching rules as
//! `../shared/eval/score.py`). A difference that is a known, documented gap is listed in
//! `fixtures/known_gaps.tsv`; a listed gap that no longer shows fails too, so the list stays true.

use serde_json::Value;
use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use warta::Analyzer;

fn norm(s: &str) -> String {
    let s = s.replace(['\u{201c}', '\u{201d}'], "\"").replace('\u{2019}', "'");
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    joined
        .trim_matches(|c: char| " \t.,;:\"'()[]".contains(c))
        .to_string()
}

fn words(s: &str) -> Vec<String> {
    norm(s)
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '/'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn name_match(g: &str, p: &str) -> bool {
    let gw: HashSet<String> = words(g).into_iter().collect();
    let pw_list = words(p);
    let pw: HashSet<String> = pw_list.iter().cloned().collect();
    !gw.is_empty() && gw.is_subset(&pw) && pw_list.len() <= words(g).len() + 2
}

fn title_match(g: &str, p: &str) -> bool {
    let gw: HashSet<String> = words(g).into_iter().collect();
    let pw: HashSet<String> = words(p).into_iter().collect();
    if gw.is_empty() || pw.is_empty() {
        return false;
    }
    gw.intersection(&pw).count() as f64 / gw.union(&pw).count() as f64 >= 0.5
}

fn items_match(g: &str, p: &str) -> bool {
    let (a, b) = (norm(g), norm(p));
    if a == b {
        return true;
    }
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    long.contains(short.as_str()) && short.len() as f64 / long.len() as f64 >= 0.8
}

fn strs(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .or_else(|| x["value"].as_str().map(str::to_string))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every difference between the analysis and the gold, as (field, message).
fn differences(gold: &Value, pred: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut diff = |field: &str, msg: String| out.push((field.to_string(), msg));
    if pred["lang"] != gold["lang"] {
        diff("lang", format!("lang {} , gold {}", pred["lang"], gold["lang"]));
    }
    let t = |v: &Value| norm(v.as_str().unwrap_or(""));
    if t(&pred["title"]) != t(&gold["title"]) {
        diff(
            "title",
            format!("title {}, gold {}", pred["title"], gold["title"]),
        );
    }
    if let Some(g) = gold["published"].as_str() {
        let p = pred["published"].as_str().unwrap_or("");
        let ok =
            p == g || p.starts_with(&format!("{g}T")) || (g.contains('T') && p.starts_with(&format!("{g}:")));
        if !ok {
            diff("published", format!("published {p:?}, gold {g:?}"));
        }
    }
    let body = norm(pred["body"].as_str().unwrap_or(""));
    for s in strs(gold, "body_must") {
        if !body.contains(&norm(&s)) {
            diff("body", format!("body misses {s:?}"));
        }
    }
    for s in strs(gold, "body_must_not") {
        if body.contains(&norm(&s)) {
            diff("body", format!("body keeps noise {s:?}"));
        }
    }
    // Dates: multiset of values, optional ones neither help nor hurt.
    let mut want = strs(gold, "dates");
    let optional: HashSet<String> = strs(gold, "dates_optional").into_iter().collect();
    for d in pred["dates"].as_array().into_iter().flatten() {
        let v = d["value"].as_str().unwrap_or("").to_string();
        if let Some(i) = want.iter().position(|w| *w == v) {
            want.remove(i);
        } else if !optional.contains(&v) {
            diff("dates", format!("date not in gold: {} -> {v}", d["text"]));
        }
    }
    for w in want {
        diff("dates", format!("date missed: {w}"));
    }
    // Countries: set of codes.
    let g: BTreeSet<String> = strs(gold, "countries").into_iter().collect();
    let opt: BTreeSet<String> = strs(gold, "countries_optional").into_iter().collect();
    let p: BTreeSet<String> = pred["countries"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["code"].as_str().map(str::to_uppercase))
        .collect();
    let extra: Vec<_> = p.difference(&g).filter(|c| !opt.contains(*c)).collect();
    let missed: Vec<_> = g.difference(&p).collect();
    if !extra.is_empty() {
        diff("countries", format!("countries not in gold: {extra:?}"));
    }
    if !missed.is_empty() {
        diff("countries", format!("countries missed: {missed:?}"));
    }
    // Country lists: exact code sets, and their stated counts.
    let preds: Vec<(BTreeSet<String>, Value)> = pred["country_lists"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| (strs(l, "codes").into_iter().collect(), l["stated_count"].clone()))
        .collect();
    let mut used = HashSet::new();
    for gl in gold["country_lists"].as_array().into_iter().flatten() {
        let gs: BTreeSet<String> = strs(gl, "codes").into_iter().collect();
        match preds
            .iter()
            .enumerate()
            .find(|(i, (p, _))| !used.contains(i) && *p == gs)
        {
            Some((i, (_, count))) => {
                used.insert(i);
                if *count != gl["stated_count"] {
                    diff(
                        "country_lists",
                        format!("list {gs:?}: stated_count {count}, gold {}", gl["stated_count"]),
                    );
                }
            }
            None => diff("country_lists", format!("country list missed: {gs:?}")),
        }
    }
    for (i, (p, _)) in preds.iter().enumerate() {
        if !used.contains(&i) {
            diff("country_lists", format!("country list not in gold: {p:?}"));
        }
    }
    // Officials.
    let officials: Vec<&Value> = pred["officials"].as_array().into_iter().flatten().collect();
    let named: Vec<&Value> = officials
        .iter()
        .copied()
        .filter(|o| !o["name"].as_str().unwrap_or("").trim().is_empty())
        .collect();
    let optional_names: Vec<String> = gold["officials_optional"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o["name"].as_str().map(str::to_string))
        .collect();
    let mut matched = HashSet::new();
    for go in gold["officials"].as_array().into_iter().flatten() {
        let gtitle = go["title"].as_str().unwrap_or("");
        match go["name"].as_str() {
            Some(gname) => {
                let hits: Vec<usize> = (0..named.len())
                    .filter(|&i| name_match(gname, named[i]["name"].as_str().unwrap_or("")))
                    .collect();
                if hits.is_empty() {
                    diff("officials", format!("official missed: {gname:?}"));
                    continue;
                }
                matched.extend(hits.iter().copied());
                if !hits
                    .iter()
                    .any(|&i| title_match(gtitle, named[i]["title"].as_str().unwrap_or("")))
                {
                    let titles: Vec<_> = hits.iter().map(|&i| named[i]["title"].clone()).collect();
                    diff(
                        "officials",
                        format!("official {gname:?} has title {titles:?}, gold {gtitle:?}"),
                    );
                }
            }
            None => {
                if !officials
                    .iter()
                    .any(|o| title_match(gtitle, o["title"].as_str().unwrap_or("")))
                {
                    diff("officials", format!("unnamed official missed: {gtitle:?}"));
                }
            }
        }
    }
    let mut seen = HashSet::new();
    for (i, o) in named.iter().enumerate() {
        let name = o["name"].as_str().unwrap_or("");
        if matched.contains(&i)
            || optional_names.iter().any(|n| name_match(n, name))
            || !seen.insert(norm(name))
        {
            continue;
        }
        diff(
            "officials",
            format!("official not in gold: {name:?} ({})", o["title"]),
        );
    }
    // Enumerations: all items must match, no more and no fewer, with the stated count.
    let penums: Vec<(Vec<String>, Value)> = pred["enumerations"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            let items = e["items"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|x| x["text"].as_str().or(x.as_str()).unwrap_or("").to_string())
                .collect();
            (items, e["stated_count"].clone())
        })
        .collect();
    let mut used = HashSet::new();
    for ge in gold["enumerations"].as_array().into_iter().flatten() {
        let gi = strs(ge, "items");
        let overlap = |p: &Vec<String>| gi.iter().filter(|g| p.iter().any(|x| items_match(g, x))).count();
        let best = (0..penums.len())
            .filter(|i| !used.contains(i))
            .max_by_key(|&i| overlap(&penums[i].0));
        match best {
            Some(b) if overlap(&penums[b].0) > 0 => {
                used.insert(b);
                let k = overlap(&penums[b].0);
                if !(k == gi.len() && k == penums[b].0.len() && penums[b].1 == ge["stated_count"]) {
                    diff(
                        "enumerations",
                        format!(
                            "enumeration {}: {k} of {} items match, {} predicted, stated_count {} (gold {}): {:?}",
                            ge["heading"],
                            gi.len(),
                            penums[b].0.len(),
                            penums[b].1,
                            ge["stated_count"],
                            penums[b].0
                        ),
                    );
                }
            }
            _ => diff("enumerations", format!("enumeration missed: {}", ge["heading"])),
        }
    }
    for (i, (items, _)) in penums.iter().enumerate() {
        if !used.contains(&i) {
            diff("enumerations", format!("enumeration not in gold: {items:?}"));
        }
    }
    out
}

#[test]
fn fixtures_match_their_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let gaps_text = std::fs::read_to_string(dir.join("known_gaps.tsv")).unwrap_or_default();
    // fixture <TAB> field <TAB> why
    let known: HashSet<(String, String)> = gaps_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?.trim().to_string(), f.next()?.trim().to_string()))
        })
        .collect();
    let mut golds: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    assert!(
        golds.len() >= 12,
        "at least 12 fixture pages, found {}",
        golds.len()
    );
    let analyzer = Analyzer::new();
    let mut failures = Vec::new();
    let mut gaps_seen = HashSet::new();
    for g in &golds {
        let name = g
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .trim_end_matches(".gold.json")
            .to_string();
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(g).expect("gold readable")).expect("gold is JSON");
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("fixture text readable");
        let analysis = analyzer.analyze(&text);
        let pred = serde_json::to_value(&analysis).expect("analysis serializes");
        for (field, msg) in differences(&gold, &pred) {
            if known.contains(&(name.clone(), field.clone())) {
                gaps_seen.insert((name.clone(), field));
            } else {
                failures.push(format!("{name}: [{field}] {msg}"));
            }
        }
    }
    for gap in &known {
        if !gaps_seen.contains(gap) {
            failures.push(format!(
                "{}: [{}] listed in known_gaps.tsv but now passes: remove the line",
                gap.0, gap.1
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} difference(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
