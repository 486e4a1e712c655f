//! The noise markers of `data/*/noise.tsv`, compiled into one automaton.

use super::Reason;
use crate::Span;
use crate::lexicon::DataFile;
use crate::text::{word_end_at, word_start_at};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

pub(super) static NOISE_FILES: [DataFile; 3] = [
    crate::data_file!("en/noise.tsv", 4),
    crate::data_file!("id/noise.tsv", 4),
    crate::data_file!("ms/noise.tsv", 4),
];

/// Bytes at a line's end that a photo credit (and the sentence end before it) fits in.
const CREDIT_TAIL: usize = 160;

/// How a marker must stand in a line to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Match {
    Line,
    Heading,
    /// A heading after which the rest of the page is no article (a comment box).
    Section,
    Prefix,
    Contains,
    /// A word that opens a page counter ("Halaman 1/2", "Page 2 of 5"): the line is navigation
    /// when the counter and other markers are all it holds.
    Pager,
    /// A word that opens a photo credit at the end of a caption; not searched by the automaton.
    Credit,
    /// A news agency whose name alone in brackets closes a caption ("... in Seoul on Monday.
    /// (Yonhap)"); not searched by the automaton.
    Agency,
    /// A word joining a picture's source to the outlet it was given to, inside a credit in
    /// capitals in brackets ("(BPBD NTB FOR LOMBOK POST)"); not searched by the automaton.
    CreditFor,
    /// A phrase of the article's prose around a marker word ("menolak berkomentar", "his
    /// comments"): found as the longest match over the word, it marks nothing.
    Not,
}

#[derive(Debug, Clone)]
pub(super) struct Marker {
    pub text: &'static str,
    pub kind: Match,
    pub reason: Reason,
    pub strong: bool,
    pub author: bool,
    /// A heading over a summary's points ("Ringkasan", "Key Points"): the lines of its own
    /// block go with it, sentences or not.
    pub points: bool,
}

/// A marker found in a line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Found {
    pub marker: usize,
    pub span: Span,
}

#[derive(Debug)]
pub(super) struct Markers {
    pub list: Vec<Marker>,
    /// The rows of `list` each automaton pattern stands for.
    rows_of: Vec<Vec<usize>>,
    automaton: AhoCorasick,
    credit_words: Vec<&'static str>,
    /// News agencies whose name alone in brackets closes a caption ("(Yonhap)").
    agencies: Vec<&'static str>,
    /// Words joining a source to an outlet in a credit in capitals ("FOR").
    credit_links: Vec<&'static str>,
}

pub(super) fn parse_reason(s: &str) -> Option<Reason> {
    Some(match s {
        "header" => Reason::Header,
        "navigation" => Reason::Navigation,
        "byline" => Reason::Byline,
        "caption" => Reason::Caption,
        "read_also" => Reason::ReadAlso,
        "related" => Reason::Related,
        "comments" => Reason::Comments,
        "ad" => Reason::Ad,
        "promo" => Reason::Promo,
        "share" => Reason::Share,
        "signature" => Reason::Signature,
        "footer" => Reason::Footer,
        _ => return None,
    })
}

impl Markers {
    pub fn new() -> Markers {
        let mut list = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut rows_of: Vec<Vec<usize>> = Vec::new();
        let mut credits: Vec<&'static str> = Vec::new();
        let mut agencies: Vec<&'static str> = Vec::new();
        let mut credit_links: Vec<&'static str> = Vec::new();
        for file in &NOISE_FILES {
            for r in file.rows() {
                let kind = match r.get(1) {
                    "line" => Match::Line,
                    "heading" => Match::Heading,
                    "section" => Match::Section,
                    "prefix" => Match::Prefix,
                    "contains" => Match::Contains,
                    "credit" => Match::Credit,
                    "agency" => Match::Agency,
                    "credit_for" => Match::CreditFor,
                    "not" => Match::Not,
                    "pager" => Match::Pager,
                    _ => continue,
                };
                let Some(reason) = parse_reason(r.get(2)) else {
                    continue;
                };
                let marker = Marker {
                    text: r.get(0),
                    kind,
                    reason,
                    strong: r.get(3) == "strong",
                    author: r.get(4) == "author",
                    points: r.get(4) == "points",
                };
                if kind == Match::Credit {
                    credits.push(marker.text);
                    continue;
                }
                if kind == Match::Agency {
                    agencies.push(marker.text);
                    continue;
                }
                if kind == Match::CreditFor {
                    credit_links.push(marker.text);
                    continue;
                }
                // "Baca juga :" is written as often as "Baca juga:".
                let spaced = marker.text.strip_suffix(':').map(|stem| format!("{stem} :"));
                let row = list.len();
                list.push(marker.clone());
                for pattern in std::iter::once(marker.text.to_string()).chain(spaced) {
                    // One pattern may stand for several rows ("Comments" opens a comment
                    // section, "comments" in a short line marks one); the automaton gets it once.
                    let key = pattern.to_ascii_lowercase();
                    match patterns.iter().position(|p| p.to_ascii_lowercase() == key) {
                        Some(at) => rows_of[at].push(row),
                        None => {
                            patterns.push(pattern);
                            rows_of.push(vec![row]);
                        }
                    }
                }
            }
        }
        // Within one pattern, prefix rows first: the sentence-level cuts read the first row.
        for rows in &mut rows_of {
            rows.sort_by_key(|&r| if list[r].kind == Match::Prefix { 0 } else { 1 });
        }
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .unwrap_or_else(|_| AhoCorasick::new(Vec::<String>::new()).expect("empty automaton builds"));

        Markers {
            rows_of,
            list,
            automaton,
            credit_words: credits,
            agencies,
            credit_links,
        }
    }

    /// The news agencies of the noise files ("Bernama", "AFP").
    pub fn agencies(&self) -> &[&'static str] {
        &self.agencies
    }

    /// Whether `word` opens a photo credit ("Foto", "Photo", "Dok"), in any case.
    pub fn is_credit_word(&self, word: &str) -> bool {
        self.credit_words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }

    /// Whether the line starts with a word that opens a photo credit ("Photo 2 of 8").
    pub fn starts_with_credit_word(&self, line: &str) -> bool {
        let first = line.split_whitespace().next().unwrap_or("");
        let first = first.trim_matches(|c: char| !c.is_alphanumeric());
        self.credit_words.iter().any(|w| w.eq_ignore_ascii_case(first))
    }

    /// Whether the whole line is a photo credit ("REUTERS / Willy Kurniawan", "STAR / Miguel
    /// de Guzman").
    ///
    /// On a line of its own the agency is in capitals, or glued to the slash ("Katadata/Dimas
    /// Prasetyo"), and the name has two words at least, so that a crumb ("Home / News",
    /// "GALERI FOTO / EKONOMI") is no credit.
    pub fn is_credit_line(&self, line: &str) -> bool {
        let line = line.trim();
        let Some((agency, name)) = line.split_once('/') else {
            return false;
        };
        // ("The STAR / Miguel de Guzman": an article may open the outlet's name.)
        let capitals = agency.chars().any(char::is_alphabetic)
            && !agency
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .chars()
                .any(char::is_lowercase);
        // ("Katadata/Dimas Prasetyo": glued to its slash, an outlet written in Title Case.)
        let glued = !agency.ends_with(char::is_whitespace)
            && !name.starts_with(char::is_whitespace)
            && agency.starts_with(char::is_uppercase);
        (capitals || glued) && name.split_whitespace().nth(1).is_some() && self.is_credit(line)
    }

    /// Whether the line ends with a photo credit after a sentence.
    pub fn ends_with_credit(&self, line: &str) -> bool {
        // A credit is short: only the line's tail is searched, so a long line costs no more.
        let mut from = line.len().saturating_sub(CREDIT_TAIL);
        while !line.is_char_boundary(from) {
            from -= 1;
        }
        self.credit_after_sentence(&line[from..]) || self.credit_label_line(line.trim())
    }

    /// A line that is a credit label and what it credits, a colon between ("Photo credit:
    /// Jane Mwangi | Courier Media"); without the colon a credit word may open a
    /// sentence ("Credit Suisse said ...").
    pub fn credit_label_line(&self, line: &str) -> bool {
        self.credit_words.iter().any(|w| {
            line.get(..w.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(w))
                && line[w.len()..].trim_start().starts_with(':')
        }) && self.after_credit_word(line)
    }

    /// Whether `tail` ends with a credit after a sentence's end (or a closing bracket or
    /// quote), perhaps after a dash: "... Jakarta. - Foto BERNAMA"; or after a dash set off by
    /// spaces alone: "... on Wednesday – Pic by X".
    fn credit_after_sentence(&self, tail: &str) -> bool {
        tail.char_indices().any(|(at, c)| {
            let after = &tail[at + c.len_utf8()..];
            match c {
                '.' | '!' | '?' | ')' | '"' | '\u{201d}' => {
                    let rest = after.trim_start();
                    let rest = rest.strip_prefix(['-', '\u{2013}', '\u{2014}']).unwrap_or(rest);
                    self.is_credit(rest.trim())
                }
                '-' | '\u{2013}' | '\u{2014}' => {
                    tail[..at].ends_with(' ')
                        && after.starts_with(' ')
                        && self.after_credit_word(after.trim())
                }
                _ => false,
            }
        })
    }

    /// Whether `s` is a photo credit, from end to end:
    /// - a credit word and up to 50 letters, digits, spaces and `. & /` ("Photo: Reuters",
    ///   "(Dok. Humas Kemenag)", "Foto BERNAMA");
    /// - an agency and a photographer joined by a slash, bare or in brackets, with up to two
    ///   more slashed parts ("Kabar Wire/Agus Salim", "ANTARA/HO-Kemendag/aa.");
    /// - an outlet and a name after a colon, in brackets ("(ABC News: Ari Daniels)");
    /// - an outlet and a credit word in brackets ("(Bernama pic)");
    /// - a source, a link word and an outlet, all in capitals, in brackets ("(BPBD NTB FOR
    ///   LOMBOK POST)").
    ///
    /// Read by hand, not by a regex: the shapes' bounded runs of Unicode letters made a
    /// pattern too large for a lazy DFA, slow to build and slow to run.
    fn is_credit(&self, s: &str) -> bool {
        let opened = s.strip_prefix('(').unwrap_or(s);
        let agency = s
            .strip_prefix('(')
            .and_then(|s| s.strip_suffix(')'))
            .is_some_and(|inner| self.agencies.iter().any(|a| a.eq_ignore_ascii_case(inner.trim())));
        // ("... in Tripureshwor. Post File Photo": an outlet's credit word needs no brackets
        // at a line's end.)
        agency
            || self.after_credit_word(opened)
            || agency_slash_name(opened)
            || self.outlet_credit_word(s)
            || s.strip_prefix('(')
                .and_then(|s| s.strip_suffix(')'))
                .is_some_and(|inner| {
                    outlet_colon_name(inner)
                        || self.outlet_credit_word(inner)
                        || self.source_for_outlet(inner)
                })
    }

    /// "BPBD NTB FOR LOMBOK POST": two to eight words in capitals, a link word of the noise
    /// files (`credit_for`) between the source and the outlet.
    fn source_for_outlet(&self, inner: &str) -> bool {
        let words: Vec<&str> = inner.split_whitespace().collect();
        let capitals = |w: &&str| {
            w.chars().any(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '&' | '/'))
        };
        (3..=8).contains(&words.len())
            && words.iter().all(capitals)
            && words[1..words.len() - 1]
                .iter()
                .any(|w| self.credit_links.contains(w))
    }

    /// "Photo: Reuters", "Dok. Humas Kemenag)": a credit word, then what it credits.
    fn after_credit_word(&self, s: &str) -> bool {
        self.credit_words.iter().any(|w| {
            let Some(rest) = s
                .get(..w.len())
                .filter(|head| head.eq_ignore_ascii_case(w))
                .map(|_| &s[w.len()..])
            else {
                return false;
            };
            if rest.chars().next().is_some_and(is_word_char) {
                return false;
            }
            let rest = rest.strip_prefix('.').unwrap_or(rest).trim_start();
            let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
            let named = rest.strip_suffix(')').unwrap_or(rest);
            let n = named.chars().count();
            // The day the picture was taken may follow the name after a comma ("Foto MOHD
            // ADZLAN, 12 MAC 2025.").
            let (named, dated) = match named.split_once(',') {
                Some((name, day)) => (name, Some(day.trim())),
                None => (named, None),
            };
            let plain = |c: char| {
                c.is_alphabetic() || c.is_numeric() || matches!(c, '.' | '&' | '/' | ' ' | '!' | '|')
            };
            (1..=50).contains(&n)
                && named.chars().all(plain)
                && dated.is_none_or(|d| d.starts_with(|c: char| c.is_ascii_digit()) && d.chars().all(plain))
        })
    }

    /// "Bernama pic": one to three capitalized words and a credit word.
    fn outlet_credit_word(&self, inner: &str) -> bool {
        if inner.starts_with(char::is_whitespace) || inner.ends_with(char::is_whitespace) {
            return false;
        }
        // (The credit word first: most text tails end in none, and cost one lookup.)
        let Some((outlet, last)) = inner.rsplit_once(char::is_whitespace) else {
            return false;
        };
        self.is_credit_word(last)
            && (1..=3).contains(&outlet.split_whitespace().count())
            && outlet
                .split_whitespace()
                .all(|w| word(w, is_upper, outlet_char) == Some(""))
    }

    /// Markers standing in `span` of `text` on word boundaries, in text order.
    pub fn find(&self, text: &str, span: Span) -> Vec<Found> {
        let Some(part) = span.slice(text) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in self.automaton.find_iter(part) {
            let s = Span::new(span.start + m.start(), span.start + m.end());
            let Some(rows) = self.rows_of.get(m.pattern().as_usize()) else {
                continue;
            };
            let Some(&first_row) = rows.first() else { continue };
            let marker = &self.list[first_row];
            if marker.kind == Match::Not {
                continue;
            }
            let first = marker.text.chars().next().is_some_and(char::is_alphanumeric);
            let last = marker.text.chars().next_back().is_some_and(char::is_alphanumeric);
            if (!first || word_start_at(text, s.start)) && (!last || word_end_at(text, s.end)) {
                out.extend(rows.iter().map(|&r| Found { marker: r, span: s }));
            }
        }
        out
    }
}

/// A credit's word characters, as a regex's Unicode `\w`.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// A character of an outlet's word after its capital: "ANTARA", "Humas", "A.F.P", "S&P".
fn outlet_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '.' | '&')
}

/// A character of a name's word after its capital: "Agus", "M.".
fn name_char(c: char) -> bool {
    c.is_alphabetic() || c == '.'
}

/// A character of a slashed source after its first: "HO-Kemendag", "aa.", "KOSMO!".
fn source_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '.' | '-' | '!')
}

/// What follows a word at the start of `s` whose first character passes `first` and the rest
/// `rest`; `None` if `s` does not start with such a word.
fn word(s: &str, first: fn(char) -> bool, rest: fn(char) -> bool) -> Option<&str> {
    let mut chars = s.chars();
    if !chars.next().is_some_and(first) {
        return None;
    }
    let tail = chars.as_str();
    Some(tail.trim_start_matches(rest))
}

/// What follows one word and up to `more` more after whitespace, each read by `word`.
fn words(s: &str, more: usize, first: fn(char) -> bool, rest: fn(char) -> bool) -> Option<&str> {
    let mut s = word(s, first, rest)?;
    for _ in 0..more {
        let spaced = s.trim_start();
        match word(spaced, first, rest) {
            Some(after) if spaced.len() < s.len() => s = after,
            _ => break,
        }
    }
    Some(s)
}

/// "Kabar Wire/Agus Salim", "ANTARA/HO-Kemendag/aa.)", "/Pikiran Rakyat/Dodi Kurniawan": a
/// slash perhaps, up to four capitalized words, a slash, a name of up to four words, up to two
/// more slashed parts, a closing bracket, a full stop.
fn agency_slash_name(s: &str) -> bool {
    // ("... Purwakarta. /Pikiran Rakyat/Dodi Kurniawan": a slash may open the credit.)
    let s = s.strip_prefix('/').unwrap_or(s);
    let Some(s) = words(s, 3, is_upper, outlet_char) else {
        return false;
    };
    let Some(s) = s.trim_start().strip_prefix('/') else {
        return false;
    };
    let Some(mut s) = word(s.trim_start(), is_upper, source_char) else {
        return false;
    };
    for _ in 0..3 {
        let spaced = s.trim_start();
        match word(spaced, is_upper, name_char) {
            Some(after) if spaced.len() < s.len() => s = after,
            // A particle in lower case inside the name: "Miguel de Guzman".
            _ => match word(spaced, char::is_lowercase, char::is_lowercase)
                .filter(|after| spaced.len() - after.len() <= 4 && spaced.len() < s.len())
                .and_then(|after| word(after.strip_prefix(' ')?, is_upper, name_char))
            {
                Some(after) => s = after,
                None => break,
            },
        }
    }
    for _ in 0..2 {
        match s
            .strip_prefix('/')
            .and_then(|t| word(t, char::is_alphabetic, source_char))
        {
            Some(after) => s = after,
            None => break,
        }
    }
    let s = s.strip_prefix(')').unwrap_or(s);
    // ("..., file": one word in lower case after a comma says the photo is an old one.)
    let s = match s.strip_prefix(',').map(str::trim) {
        Some(w) if (1..=8).contains(&w.len()) && w.chars().all(char::is_lowercase) => "",
        _ => s,
    };
    s.strip_prefix('.').unwrap_or(s).is_empty()
}

/// "ABC News: Ari Daniels": up to four capitalized words, a colon, a name of up to four words.
fn outlet_colon_name(inner: &str) -> bool {
    words(inner, 3, is_upper, outlet_char)
        .and_then(|s| s.strip_prefix(':'))
        .and_then(|s| words(s.trim_start(), 3, is_upper, name_char))
        .is_some_and(str::is_empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The credit's shapes as the one regex they were read with before, kept here as the
    /// reference the hand-written reading must agree with.
    fn reference(m: &Markers) -> regex::Regex {
        let words = m
            .credit_words
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|");
        regex::Regex::new(&format!(
            r"[.!?)\x22\x{{201d}}]\s*(?:[-\x{{2013}}\x{{2014}}]\s*)?(?:\(?(?i:{words})\b\.?\s*:?\s*[\p{{L}}\p{{N}}.&/ ]{{1,50}}\)?|\(?\p{{Lu}}[\p{{L}}.&]*(?:\s+\p{{Lu}}[\p{{L}}.&]*){{0,3}}\s*/\s*\p{{Lu}}[\p{{L}}.-]*(?:\s+\p{{Lu}}[\p{{L}}.]*){{0,3}}(?:/\p{{L}}[\p{{L}}.-]*){{0,2}}\)?\.?|\(\p{{Lu}}[\p{{L}}.&]*(?:\s+\p{{Lu}}[\p{{L}}.&]*){{0,3}}:\s*\p{{Lu}}[\p{{L}}.]*(?:\s+\p{{Lu}}[\p{{L}}.]*){{0,3}}\)|\(\p{{Lu}}[\p{{L}}.&]*(?:\s+\p{{Lu}}[\p{{L}}.&]*){{0,2}}\s+(?i:{words})\))\s*$"
        ))
        .expect("reference pattern compiles")
    }

    #[test]
    fn a_source_given_to_an_outlet_in_capitals_is_a_credit() {
        let m = Markers::new();
        assert!(m.ends_with_credit("Warga menyeberangi genangan di Senggigi. (BPBD NTB FOR LOMBOK POST)"));
        assert!(m.ends_with_credit("Petugas memeriksa tanggul. (DOK. PUPR FOR RADAR KUDUS)"));
        // Not in capitals throughout, the link word at an end, or too few words.
        assert!(!m.ends_with_credit("Relawan membagikan makanan. (Dapur Umum FOR Warga)"));
        assert!(!m.ends_with_credit("Mereka menyanyikan lagu itu. (LAGU UNTUK FOR)"));
        assert!(!m.ends_with_credit("Kampanye itu bernama (FOR ALL)."));
    }

    #[test]
    fn credits_are_read_as_their_regex_reads_them() {
        let m = Markers::new();
        let re = reference(&m);
        let mut lines: Vec<String> = [
            "Warga antre bantuan di Palu. - Foto BERNAMA",
            "Delegates arrive in Jakarta. Photo: Reuters",
            "Menteri meninjau lokasi (Dok. Humas Kemenag)",
            "Petugas memeriksa muatan. ANTARA/HO-Kemendag/aa.",
            "Students queue outside. (The Post/Dimas Prakoso)",
            "Fishermen unload their catch. Kabar Wire/Agus Salim",
            "Crowds gather in the square. (ABC News: Ari Daniels)",
            "The minister speaks to reporters. (Bernama pic)",
            "The minister speaks. (Bernama Harian Metro Utusan pic)",
            "He left. (Agence France Presse Reuters: Ana Lee)",
            "He left. AFP/Jean Paul Marie Louis Dubois",
            "He left. AFP/Jean/x/y/z",
            "He left. AFP/jean",
            "He said. Photo opportunities were offered to all the visiting delegates at the ceremony",
            "He said. Photographs were taken",
            "He said. Photo:",
            "He said. (Photo: Ana Lee) ",
            "He said.\u{201d} \u{2014} Foto: Kris/Setpres",
            "It rained (a lot). Then it stopped.",
            "Harga naik 5/3 persen.",
            "Ia tiba. (ANTARA/Ho)",
            "Ia tiba. ( ANTARA pic)",
            "Ia tiba. (ANTARA  pic)",
            "Ia tiba. (É.Ü&S pic)",
        ]
        .map(String::from)
        .to_vec();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        for entry in std::fs::read_dir(dir).expect("fixtures readable") {
            let path = entry.expect("fixture entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let page = std::fs::read_to_string(&path).expect("fixture readable");
                lines.extend(page.lines().map(String::from));
            }
        }
        let mut credits = 0;
        for line in &lines {
            let mut from = line.len().saturating_sub(CREDIT_TAIL);
            while !line.is_char_boundary(from) {
                from -= 1;
            }
            let tail = &line[from..];
            let expected = re.is_match(tail);
            let got = m.credit_after_sentence(tail);
            assert_eq!(got, expected, "{line:?}");
            credits += usize::from(got);
        }
        assert!(credits >= 10, "only {credits} credits among the lines");
    }
}
