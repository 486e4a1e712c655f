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
}

#[derive(Debug, Clone)]
pub(super) struct Marker {
    pub text: &'static str,
    pub kind: Match,
    pub reason: Reason,
    pub strong: bool,
    pub author: bool,
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
    credit: Option<regex::Regex>,
    credit_words: Vec<&'static str>,
    credit_lower: Vec<String>,
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
        for file in &NOISE_FILES {
            for r in file.rows() {
                let kind = match r.get(1) {
                    "line" => Match::Line,
                    "heading" => Match::Heading,
                    "section" => Match::Section,
                    "prefix" => Match::Prefix,
                    "contains" => Match::Contains,
                    "credit" => Match::Credit,
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
                };
                if kind == Match::Credit {
                    credits.push(marker.text);
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
        // A caption ends with its credit after the sentence: "- Foto BERNAMA",
        // "Photo: Reuters", "(Dok. Humas Kemenag)", or an agency and photographer joined by a
        // slash, bare or in brackets, perhaps with a source and an editor's initials:
        // "Kabar Wire/Agus Salim", "(The Post/Dimas Prakoso)", "ANTARA/HO-Kemendag/aa.", or by
        // a colon in brackets: "(ABC News: Ari Daniels)"; or an outlet and a credit word in
        // brackets: "(Bernama pic)".
        let words = credits
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|");
        let credit = regex::Regex::new(&format!(
            r"[.!?)\x22\x{{201d}}]\s*(?:[-\x{{2013}}\x{{2014}}]\s*)?(?:\(?(?i:{words})\b\.?\s*:?\s*[\p{{L}}\p{{N}}.&/ ]{{1,50}}\)?|\(?\p{{Lu}}[\p{{L}}.&]*(?:\s+\p{{Lu}}[\p{{L}}.&]*){{0,3}}\s*/\s*\p{{Lu}}[\p{{L}}.-]*(?:\s+\p{{Lu}}[\p{{L}}.]*){{0,3}}(?:/\p{{L}}[\p{{L}}.-]*){{0,2}}\)?\.?|\(\p{{Lu}}[\p{{L}}.&]*(?:\s+\p{{Lu}}[\p{{L}}.&]*){{0,3}}:\s*\p{{Lu}}[\p{{L}}.]*(?:\s+\p{{Lu}}[\p{{L}}.]*){{0,3}}\)|\(\p{{Lu}}[\p{{L}}.&]*(?:\s+\p{{Lu}}[\p{{L}}.&]*){{0,2}}\s+(?i:{words})\))\s*$"
        ))
        .ok();
        Markers {
            rows_of,
            list,
            automaton,
            credit,
            credit_lower: credits.iter().map(|w| w.to_ascii_lowercase()).collect(),
            credit_words: credits,
        }
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

    /// Whether the line ends with a photo credit after a sentence.
    pub fn ends_with_credit(&self, line: &str) -> bool {
        // A credit is short: only the line's tail is searched, so a long line costs no more.
        let mut from = line.len().saturating_sub(CREDIT_TAIL);
        while !line.is_char_boundary(from) {
            from -= 1;
        }
        let tail = &line[from..];
        // Cheap test first: a credit has a slash ("ANTARA/X") or one of the credit words.
        let lower = tail.to_ascii_lowercase();
        let maybe = tail.contains('/')
            || tail.contains(':') && tail.trim_end().ends_with(')')
            || self.credit_lower.iter().any(|w| lower.contains(w.as_str()));
        maybe && self.credit.as_ref().is_some_and(|r| r.is_match(tail))
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
            let first = marker.text.chars().next().is_some_and(char::is_alphanumeric);
            let last = marker.text.chars().next_back().is_some_and(char::is_alphanumeric);
            if (!first || word_start_at(text, s.start)) && (!last || word_end_at(text, s.end)) {
                out.extend(rows.iter().map(|&r| Found { marker: r, span: s }));
            }
        }
        out
    }
}
