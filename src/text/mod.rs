//! One pass over the input, shared by every capability: lines, sentences and tokens, as spans.
//!
//! Nothing here knows a language; the few words it needs (abbreviations that end with a full
//! stop) are data in `data/abbreviations.tsv`.

use crate::Span;
use crate::lexicon::DataFile;
use crate::lexicon::WordSet;
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};

static ABBREVIATIONS_FILE: DataFile = crate::data_file!("abbreviations.tsv", 1);

static ABBREVIATIONS: Lazy<WordSet<&'static str>> =
    Lazy::new(|| ABBREVIATIONS_FILE.words().into_iter().collect());

/// The abbreviations that are given names written short ("Ma", "Muh").
static SHORT_GIVEN_NAMES: Lazy<WordSet<&'static str>> =
    Lazy::new(|| ABBREVIATIONS_FILE.words_of("given_name").into_iter().collect());

/// What a token is.
///
/// ```
/// use warta::text::{tokenize, TokenKind};
/// let kinds: Vec<_> = tokenize("G20 2023.").iter().map(|t| t.kind).collect();
/// assert_eq!(kinds, vec![TokenKind::Word, TokenKind::Number, TokenKind::Punct]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly mixed with digits ("Agustus", "G20", "Covid").
    Word,
    /// ASCII digits only ("2022").
    Number,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
    /// A line break.
    Break,
}

/// A token: its kind and its span in the text.
///
/// # Example
///
/// ```
/// use warta::text::{tokenize, TokenKind};
///
/// let toks = tokenize("Selasa (16/11)");
/// assert_eq!(toks.len(), 6);
/// assert_eq!(toks[0].kind, TokenKind::Word);
/// assert_eq!(toks[2].kind, TokenKind::Number);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text`.
    ///
    /// ```
    /// let t = warta::text::tokenize("Bali 2021")[1];
    /// assert_eq!(t.text("Bali 2021"), "2021");
    /// ```
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.start..self.span.end).unwrap_or("")
    }
}

/// Splits `text` into tokens (white space other than line breaks is skipped).
///
/// ```
/// let n = warta::text::tokenize("Rp 1.500,- (kata Menlu)").len();
/// assert_eq!(n, 10);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_span(text, Span::new(0, text.len()))
}

/// Splits the part `span` of `text` into tokens; spans index `text` itself.
///
/// ```
/// use warta::{Span, text::tokenize_span};
/// let t = tokenize_span("ab cd", Span::new(3, 5));
/// assert_eq!(t[0].span, Span::new(3, 5));
/// ```
pub fn tokenize_span(text: &str, span: Span) -> Vec<Token> {
    tokens(text, span).collect()
}

/// The tokens of the part `span` of `text`, one at a time, without collecting them.
///
/// ```
/// use warta::{Span, text::{tokens, TokenKind}};
/// let t = "Fiji, Palau dan Tonga";
/// let words = tokens(t, Span::new(0, t.len())).filter(|k| k.kind == TokenKind::Word).count();
/// assert_eq!(words, 4);
/// ```
pub fn tokens(text: &str, span: Span) -> Tokens<'_> {
    let part = span.slice(text).unwrap_or("");
    Tokens {
        base: if part.is_empty() { 0 } else { span.start },
        part,
        pos: 0,
    }
}

/// Iterator over tokens; see [`tokens`].
///
/// ```
/// let mut it = warta::text::tokens("a b", warta::Span::new(0, 3));
/// assert_eq!(it.next().map(|t| t.span.start), Some(0));
/// ```
#[derive(Debug, Clone)]
pub struct Tokens<'t> {
    base: usize,
    part: &'t str,
    /// Where the next token is looked for, a char boundary of `part`.
    pos: usize,
}

impl Tokens<'_> {
    /// The char at `i` (a char boundary), read only off the ASCII fast path.
    fn char_at(&self, i: usize) -> Option<char> {
        self.part.get(i..).and_then(|s| s.chars().next())
    }

    /// The run of letters and digits starting at `i`.
    fn word(&mut self, i: usize) -> Token {
        let bytes = self.part.as_bytes();
        let mut j = i;
        let mut digits = true;
        loop {
            // ASCII letters and digits are classified by a table; other chars are decoded.
            while let Some(&b) = bytes.get(j) {
                match ASCII_CLASS[b as usize] {
                    DIGIT => j += 1,
                    LETTER => {
                        digits = false;
                        j += 1;
                    }
                    _ => break,
                }
            }
            match bytes.get(j) {
                Some(&b) if !b.is_ascii() => match self.char_at(j) {
                    Some(c) if c.is_alphanumeric() => {
                        digits = false;
                        j += c.len_utf8();
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        self.pos = j;
        Token {
            span: Span::new(self.base + i, self.base + j),
            kind: if digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
        }
    }
}

/// Classes of bytes for the tokenizer: ASCII digits, ASCII letters, ASCII white space other
/// than a line break, and the rest (punctuation, line breaks, and bytes of other chars, which
/// are decoded).
const OTHER: u8 = 0;
const DIGIT: u8 = 1;
const LETTER: u8 = 2;
const SPACE: u8 = 3;
static ASCII_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else if matches!(c, b' ' | b'\t' | b'\r' | 0x0b | 0x0c) {
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let base = self.base;
        loop {
            let i = self.pos;
            let &b = self.part.as_bytes().get(i)?;
            // ASCII is classified from the byte; other chars are decoded.
            let (len, kind) = if b.is_ascii() {
                match ASCII_CLASS[b as usize] {
                    SPACE => {
                        self.pos = i + 1;
                        continue;
                    }
                    DIGIT | LETTER => return Some(self.word(i)),
                    _ if b == b'\n' => (1, Some(TokenKind::Break)),
                    _ => (1, Some(TokenKind::Punct)),
                }
            } else {
                let c = self.char_at(i)?;
                if c.is_alphanumeric() {
                    return Some(self.word(i));
                }
                let kind = (!c.is_whitespace()).then_some(TokenKind::Punct);
                (c.len_utf8(), kind)
            };
            self.pos = i + len;
            if let Some(kind) = kind {
                return Some(Token {
                    span: Span::new(base + i, base + i + len),
                    kind,
                });
            }
        }
    }
}

/// Every token of one text, found once and shared by the capabilities that read it.
///
/// A token costs nine bytes here (its bounds as `u32` and its kind) rather than a
/// [`Token`]'s twenty-four, so the table of a whole page stays under twice its size for
/// ordinary prose. [`TokenTable::of`] gives the tokens of any span of the text exactly as
/// [`tokens`] would: from the table where the span starts and ends between tokens, by
/// tokenizing the span again where it cuts a token (rare: a headline cut at a few
/// kilobytes), where the text is not the one the table was built from, or where it is too
/// long for `u32` bounds (then the table is empty and every span is tokenized on demand).
#[derive(Debug, Clone, Default)]
pub(crate) struct TokenTable {
    /// The length of the text the table was built from, to refuse any other text.
    len: usize,
    bounds: Vec<(u32, u32)>,
    kinds: Vec<TokenKind>,
    /// Whether the text was too long for the table, which then tokenizes on demand.
    direct: bool,
}

impl TokenTable {
    /// Tokenizes all of `text`, once.
    pub(crate) fn new(text: &str) -> TokenTable {
        if u32::try_from(text.len()).is_err() {
            return TokenTable {
                len: text.len(),
                direct: true,
                ..TokenTable::default()
            };
        }
        // About one token every five bytes of prose.
        let guess = text.len() / 5 + 1;
        let mut bounds = Vec::with_capacity(guess);
        let mut kinds = Vec::with_capacity(guess);
        for t in tokens(text, Span::new(0, text.len())) {
            // Both bounds fit: the text's length does.
            bounds.push((t.span.start as u32, t.span.end as u32));
            kinds.push(t.kind);
        }
        TokenTable {
            len: text.len(),
            bounds,
            kinds,
            direct: false,
        }
    }

    /// A table that holds nothing and tokenizes every span on demand, for a capability
    /// called alone that reads each span once.
    pub(crate) fn on_demand() -> TokenTable {
        TokenTable {
            direct: true,
            ..TokenTable::default()
        }
    }

    /// The tokens of `span` of `text`, the same as [`tokens`] gives.
    pub(crate) fn of<'a>(&'a self, text: &'a str, span: Span) -> SpanTokens<'a> {
        let direct = SpanTokens::Direct(tokens(text, span));
        if self.direct || text.len() != self.len || span.slice(text).is_none() {
            return direct;
        }
        let (lo, hi) = (span.start, span.end);
        // The first token ending after the span's start, and the first starting at its end.
        let first = self.bounds.partition_point(|&(_, e)| e as usize <= lo);
        let last = self
            .bounds
            .partition_point(|&(s, _)| (s as usize) < hi)
            .max(first);
        let cuts_first = self.bounds.get(first).is_some_and(|&(s, _)| (s as usize) < lo);
        let cuts_last = last > first && self.bounds.get(last - 1).is_some_and(|&(_, e)| e as usize > hi);
        if cuts_first || cuts_last {
            return direct;
        }
        match (self.bounds.get(first..last), self.kinds.get(first..last)) {
            (Some(bounds), Some(kinds)) => SpanTokens::Table(bounds.iter().zip(kinds)),
            _ => direct,
        }
    }

    /// The tokens of `span` of `text` in `buf`, which is cleared first.
    pub(crate) fn fill(&self, text: &str, span: Span, buf: &mut Vec<Token>) {
        buf.clear();
        buf.extend(self.of(text, span));
    }

    /// The tokens of `span` of `text`, collected.
    pub(crate) fn collect(&self, text: &str, span: Span) -> Vec<Token> {
        self.of(text, span).collect()
    }
}

/// The tokens of one span, read from a [`TokenTable`] or found again; see [`TokenTable::of`].
#[derive(Debug, Clone)]
pub(crate) enum SpanTokens<'a> {
    Table(std::iter::Zip<std::slice::Iter<'a, (u32, u32)>, std::slice::Iter<'a, TokenKind>>),
    Direct(Tokens<'a>),
}

impl Iterator for SpanTokens<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        match self {
            SpanTokens::Table(it) => it.next().map(|(&(s, e), &kind)| Token {
                span: Span::new(s as usize, e as usize),
                kind,
            }),
            SpanTokens::Direct(it) => it.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            SpanTokens::Table(it) => it.size_hint(),
            SpanTokens::Direct(it) => it.size_hint(),
        }
    }
}

/// The lines of `text` as spans without their line break and outer white space.
/// Empty lines are kept (as empty spans) so that callers see paragraph gaps.
///
/// ```
/// use warta::{Span, text::lines};
/// assert_eq!(lines(" a \n\nbc"), vec![Span::new(1, 2), Span::new(4, 4), Span::new(5, 7)]);
/// ```
pub fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(Span::new(start, i).trim(text));
            start = i + 1;
        }
    }
    if start < text.len() || text.is_empty() {
        out.push(Span::new(start, text.len()).trim(text));
    }
    out
}

/// Whether the char before `at` is not a letter or digit (or `at` is the start).
///
/// ```
/// assert!(warta::text::word_start_at("di Bali", 3));
/// assert!(!warta::text::word_start_at("diBali", 2));
/// ```
pub fn word_start_at(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the char at `at` is not a letter or digit (or `at` is the end).
///
/// ```
/// assert!(warta::text::word_end_at("Bali, 2021", 4));
/// assert!(!warta::text::word_end_at("Balinese", 4));
/// ```
pub fn word_end_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether `span` of `text` starts and ends on word boundaries.
///
/// ```
/// use warta::{Span, text::is_whole_word};
/// assert!(is_whole_word("ke Fiji.", Span::new(3, 7)));
/// assert!(!is_whole_word("Nigeria", Span::new(0, 5)));
/// ```
pub fn is_whole_word(text: &str, span: Span) -> bool {
    word_start_at(text, span.start) && word_end_at(text, span.end)
}

/// Whether the word starts with an upper-case letter.
///
/// ```
/// assert!(warta::text::is_capitalized("Retno"));
/// assert!(!warta::text::is_capitalized("retno"));
/// assert!(!warta::text::is_capitalized("2021"));
/// ```
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether every letter of the word is upper case and it has at least two letters.
///
/// ```
/// assert!(warta::text::is_all_caps("KILAS"));
/// assert!(!warta::text::is_all_caps("Kilas"));
/// ```
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// Whether `word` (without its full stop) is a listed abbreviation or a single letter.
///
/// ```
/// assert!(warta::text::is_abbreviation("Dr"));
/// assert!(warta::text::is_abbreviation("A"));
/// assert!(!warta::text::is_abbreviation("Jakarta"));
/// ```
pub fn is_abbreviation(word: &str) -> bool {
    word.chars().count() == 1 || ABBREVIATIONS.contains(word)
}

/// Whether `word` (without its full stop) is a given name written short ("Muh. Arif").
pub(crate) fn is_short_given_name(word: &str) -> bool {
    SHORT_GIVEN_NAMES.contains(word)
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{bb}')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{ab}')
}

/// Splits the part `span` of `text` into sentences, also where sentences were glued together
/// without a space ("...2022.Kegiatan ini..."), but not after abbreviations, initials, numbers
/// ("4.300") or inside domain names ("Kompas.com").
///
/// ```
/// use warta::text::sentences;
/// let t = "Dihadiri 20 negara.Baca juga ini. Dr. Retno hadir.";
/// let s: Vec<&str> = sentences(t, warta::Span::new(0, t.len())).iter().map(|s| &t[s.start..s.end]).collect();
/// assert_eq!(s, vec!["Dihadiri 20 negara.", "Baca juga ini.", "Dr. Retno hadir."]);
/// ```
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(part) = span.slice(text) else { return out };
    let base = span.start;
    let bytes = part.as_bytes();
    // Byte positions throughout: the stops are ASCII, and the chars around them are decoded
    // where they are looked at, so no per-char table of the part is built.
    let mut start = 0usize;
    let mut k = 0;
    while k < bytes.len() {
        let Some(off) = bytes
            .get(k..)
            .and_then(|rest| rest.iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | b'\n')))
        else {
            break;
        };
        let i = k + off;
        let c = bytes[i] as char;
        if c == '\n' {
            push_trimmed(&mut out, text, base + start, base + i);
            start = i + 1;
            k = i + 1;
            continue;
        }
        // Run of terminal punctuation and closers.
        let mut j = i + 1;
        while bytes.get(j).is_some_and(|&b| matches!(b, b'.' | b'!' | b'?')) {
            j += 1;
        }
        let mut after_closers = j;
        while let Some(ch) = char_at(part, after_closers).filter(|&ch| is_closer(ch)) {
            after_closers += ch.len_utf8();
        }
        let next = char_at(part, after_closers);
        let prev_word = word_before(part, i);
        let split_at = if c == '.' && is_abbreviation(prev_word) {
            None
        } else if c == '.' && prev_word.chars().all(|c| c.is_ascii_digit()) && !prev_word.is_empty() {
            // "4.300", "1." in lists stay; "2022.Kegiatan" is glued and splits.
            match next {
                Some(n) if n.is_whitespace() && capital_follows(part, after_closers) => Some(after_closers),
                Some(n)
                    if n.is_uppercase()
                        && char_after(part, j)
                            .and_then(|p| char_at(part, p))
                            .is_some_and(char::is_lowercase) =>
                {
                    Some(j)
                }
                None => Some(after_closers),
                _ => None,
            }
        } else {
            match next {
                None => Some(after_closers),
                Some(n) if n.is_whitespace() => {
                    if capital_follows(part, after_closers) || c != '.' {
                        Some(after_closers)
                    } else {
                        None
                    }
                }
                Some(_) => {
                    // Glued: ".Kegiatan" or ".\"Kegiatan"; require a lower-case letter or digit
                    // before the stop and an upper-case letter then a lower-case one after.
                    let before_ok = prev_word
                        .chars()
                        .last()
                        .is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
                        || part
                            .get(..i)
                            .and_then(|h| h.chars().next_back())
                            .is_some_and(is_closer);
                    let mut m = j;
                    while let Some(ch) = char_at(part, m).filter(|&ch| is_opener(ch)) {
                        m += ch.len_utf8();
                    }
                    let cap = char_at(part, m).is_some_and(char::is_uppercase)
                        && char_after(part, m)
                            .and_then(|p| char_at(part, p))
                            .is_some_and(char::is_alphabetic);
                    if before_ok && cap && c == '.' {
                        Some(j)
                    } else if before_ok && cap && j < after_closers {
                        Some(after_closers)
                    } else {
                        None
                    }
                }
            }
        };
        if let Some(at) = split_at {
            let end = at.min(part.len());
            push_trimmed(&mut out, text, base + start, base + end);
            start = end;
            k = at.max(i + 1);
        } else {
            k = j;
        }
    }
    push_trimmed(&mut out, text, base + start, base + part.len());
    out
}

/// The char starting at byte `at` of `part`.
fn char_at(part: &str, at: usize) -> Option<char> {
    part.get(at..).and_then(|r| r.chars().next())
}

/// The byte position after the char starting at `at`, if there is one.
fn char_after(part: &str, at: usize) -> Option<usize> {
    char_at(part, at).map(|c| at + c.len_utf8())
}

fn capital_follows(part: &str, mut k: usize) -> bool {
    while let Some(c) = char_at(part, k).filter(|&c| c.is_whitespace() || is_opener(c)) {
        k += c.len_utf8();
    }
    char_at(part, k).is_none_or(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn word_before(part: &str, at: usize) -> &str {
    let head = &part[..at];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(at, |(i, _)| i);
    &head[start..]
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let s = Span::new(start, end).trim(text);
    if !s.is_empty() {
        out.push(s);
    }
}

/// Words of `span` that start with a capital, as a share of its words of letters.
///
/// ```
/// use warta::{Span, text::capital_ratio};
/// let t = "Kemenlu Beberkan Potensi diplomasi";
/// assert_eq!(capital_ratio(t, Span::new(0, t.len())), 0.75);
/// ```
pub fn capital_ratio(text: &str, span: Span) -> f64 {
    let mut words = 0usize;
    let mut caps = 0usize;
    for t in tokens(text, span) {
        if t.kind == TokenKind::Word {
            words += 1;
            if is_capitalized(t.text(text)) {
                caps += 1;
            }
        }
    }
    if words == 0 {
        0.0
    } else {
        caps as f64 / words as f64
    }
}

/// Whether `span` is written in Title Case, as headlines are: four words or more, most of them
/// capitalized (Indonesian Title Case keeps "dan", "di" small), and no full stop at the end (a
/// sentence of prose full of names has one).
///
/// ```
/// use warta::{Span, text::is_title_case};
/// let t = "Jabar Kirim Kopi dan Manggis ke Jepang Mulai Besok";
/// assert!(is_title_case(t, Span::new(0, t.len())));
/// let t = "Menlu Retno Marsudi bertemu Menlu Jepang di Tokyo.";
/// assert!(!is_title_case(t, Span::new(0, t.len())));
/// ```
pub fn is_title_case(text: &str, span: Span) -> bool {
    let ends_prose = span
        .slice(text)
        .is_some_and(|s| s.trim_end().ends_with(['.', '!', '?']));
    !ends_prose && word_count(text, span) >= 4 && capital_ratio(text, span) >= 0.7
}

/// Number of word and number tokens in `span`.
///
/// ```
/// use warta::{Span, text::word_count};
/// assert_eq!(word_count("Bali, 16 November 2021.", Span::new(0, 23)), 4);
/// ```
pub fn word_count(text: &str, span: Span) -> usize {
    tokens(text, span)
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        sentences(t, Span::new(0, t.len()))
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_glued_sentences() {
        assert_eq!(
            sents("pada 1-12 Agustus 2022.Kegiatan ini untuk Vanuatu.Lokakarya bertema"),
            vec![
                "pada 1-12 Agustus 2022.",
                "Kegiatan ini untuk Vanuatu.",
                "Lokakarya bertema"
            ]
        );
        assert_eq!(
            sents("masing-masing.\"Kegiatan lokakarya"),
            vec!["masing-masing.", "\"Kegiatan lokakarya"]
        );
    }

    #[test]
    fn keeps_numbers_domains_and_initials() {
        assert_eq!(
            sents("lebih dari 4.300 pendaftar di Kompas.com hari ini"),
            vec!["lebih dari 4.300 pendaftar di Kompas.com hari ini"]
        );
        assert_eq!(
            sents("the U.S. Ambassador said"),
            vec!["the U.S. Ambassador said"]
        );
        assert_eq!(
            sents("kata Prof. Dr. Hikmahanto hari ini."),
            vec!["kata Prof. Dr. Hikmahanto hari ini."]
        );
    }

    #[test]
    fn ordinary_sentences_and_quotes() {
        assert_eq!(
            sents("He said \"yes.\" Then left! Why? Because."),
            vec!["He said \"yes.\"", "Then left!", "Why?", "Because."]
        );
    }

    #[test]
    fn lines_keep_gaps() {
        assert_eq!(lines("a\n"), vec![Span::new(0, 1)]);
        assert_eq!(lines(""), vec![Span::new(0, 0)]);
    }

    #[test]
    fn tokens_on_unicode() {
        let t = "Türkiye – Côte d’Ivoire";
        for tok in tokenize(t) {
            assert!(t.is_char_boundary(tok.span.start) && t.is_char_boundary(tok.span.end));
        }
    }

    #[test]
    fn the_table_gives_every_span_the_tokens_of_tokenizing_it() {
        let t = "Menlu  Retno (16/11),\n\tTürkiye–Côte d’Ivoire 2.500 kata!\n";
        let table = TokenTable::new(t);
        let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        for &a in &bounds {
            for &b in &bounds {
                let span = Span::new(a, b);
                let direct: Vec<Token> = tokens(t, span).collect();
                assert_eq!(table.collect(t, span), direct, "span {a}..{b}");
            }
        }
        // Another text of another length, and a span off the char boundaries.
        assert_eq!(
            table.collect("ab cd", Span::new(3, 5)),
            tokenize_span("ab cd", Span::new(3, 5))
        );
        let u = t.find('ü').unwrap_or(0);
        assert!(table.collect(t, Span::new(u + 1, u + 4)).is_empty());
        let mut buf = vec![Token {
            span: Span::new(0, 1),
            kind: TokenKind::Punct,
        }];
        table.fill(t, Span::new(0, 5), &mut buf);
        assert_eq!(buf.len(), 1);
        assert_eq!(buf[0].text(t), "Menlu");
    }
}
