//! Inputs shared by `tests/robustness.rs` (correctness) and `benches/throughput.rs` (speed):
//! the fixture pages and the hostile inputs of issue 8, built in code.
#![allow(dead_code)] // each includer uses the part it needs

/// One mebibyte.
pub const MB: usize = 1 << 20;

/// Words and punctuation with no white space at all.
pub const NO_SPACES: &str = "Kementerian.Luar,Negeri(Fiji)17/11/2021;";
/// Digits and slashes that look like numeric dates.
pub const DIGITS_SLASHES: &str = "12/11/2021/3/4/56/7890/";
/// Every month name, long and short, in both languages.
pub const MONTH_NAMES: &str = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember \
     January February March May June July August October December Agt Des ";

/// Every `fixtures/*.txt` page, in name order.
pub fn fixture_pages() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Repeats `unit` until `len` bytes (whole units only).
pub fn repeat_to(unit: &str, len: usize) -> String {
    unit.repeat((len / unit.len().max(1)).max(1))
}

/// "1) 2) 3) ..." up to `len` bytes.
pub fn numbered_markers(len: usize) -> String {
    let mut s = String::with_capacity(len + 16);
    let mut k = 1;
    while s.len() < len {
        s.push_str(&k.to_string());
        s.push_str(") ");
        k += 1;
    }
    s
}

/// Capitalized words that names, titles and organisations are made of, in a scrambled order,
/// up to `len` bytes.
pub fn capitalized_words(len: usize) -> String {
    let words = [
        "Retno",
        "Marsudi",
        "Kementerian",
        "Luar",
        "Negeri",
        "Jakarta",
        "Presiden",
        "Bank",
        "Dunia",
        "Menteri",
        "The",
        "Foreign",
        "Minister",
        "Said",
        "Tuesday",
    ];
    let mut s = String::with_capacity(len + 16);
    let mut k = 0usize;
    while s.len() < len {
        s.push_str(words[k % words.len()]);
        s.push(' ');
        k = k.wrapping_mul(7).wrapping_add(3);
    }
    s
}

/// One sentence announcing a list of `n` country names.
pub fn country_list(n: usize) -> String {
    let names = [
        "Fiji", "Palau", "Tonga", "Vanuatu", "Samoa", "Jepang", "Malaysia", "Brasil",
    ];
    let mut s = format!("Pertemuan itu dihadiri {n} negara, yakni ");
    for k in 0..n {
        s.push_str(names[k % names.len()]);
        s.push_str(if k + 2 == n { " dan " } else { ", " });
    }
    s.push_str("kata dia.\n");
    s
}

/// A headline, then `n` article lines each followed by a "Baca juga:" line.
pub fn read_also_lines(n: usize) -> String {
    let mut s = String::from("Judul Berita Hari Ini\n");
    for k in 0..n {
        s.push_str("Menteri itu mengatakan kerja sama kedua negara terus berkembang pesat tahun ini.\n");
        s.push_str(&format!("Baca juga: Judul Berita Lain Nomor {k}\n"));
    }
    s
}

/// `n` bylines "Name - Outlet", each outlet named nowhere else: an outlet is looked for above
/// its byline, a search that must stay within the page's head.
pub fn bylines_with_outlets(n: usize) -> String {
    let mut s = String::from("Judul Berita Hari Ini\n");
    for k in 0..n {
        s.push_str(&format!("Rina Marpaung - Harian Kota{k} Raya\n"));
    }
    s
}

/// The pages glued into one line, repeated to `len` bytes.
pub fn single_line(pages: &[String], len: usize) -> String {
    let mut one = String::new();
    for p in pages {
        one.push_str(&p.replace('\n', " "));
        one.push(' ');
    }
    repeat_to(&one, len)
}
