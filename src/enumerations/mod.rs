//! Numbered and counted lists: "five main focus areas: 1) ...; 2) ...", "tiga poin utama.
//! Pertama, ... Kedua, ...".
//!
//! Four forms are found, in this order (a later form never takes words an earlier one took):
//!
//! - **Markers** ([`Kind::Numbered`]): "1)", "(1)", "1.", "a)", "i.", bullets, glued on one
//!   line or one per line. A run is made of markers of one style whose positions follow each
//!   other from the first; an item runs from its marker to the next marker or its sentence's
//!   end, without separators or a conjunction at its edges ("; and 5) X" gives "X").
//! - **Ordinals** ([`Kind::Ordinal`]): "First, ... Second, ... Finally, ...", "Pertama, ...
//!   Kedua, ...", "Topik pertama ... Isu terakhir ..." at sentence starts, within five sentences
//!   of each other and across paragraphs; the item is the clause after the ordinal (and after a
//!   copula: "adalah", "is").
//! - **Counted lists** ([`Kind::Counted`]): a count phrase, an introducer (":", "yaitu",
//!   "namely" are certain; "mengenai", "including", "antara lain" ... are not) and a coordinated
//!   list in the same sentence. The list must have as many items as the count unless its start
//!   is certain; then a disagreement is flagged in [`Enumeration::count_mismatch`]. A list
//!   may also open its sentence and the count name it after a copula or a dash ("Noise, dust
//!   and traffic were the three complaints ..."): then it needs exactly the count's items.
//! - **Colon lists** ([`Kind::Colon`]): a clause ending in a colon, without a count, and a
//!   coordinated list of three items or more in the same sentence, the last after a
//!   conjunction, each of at most ten words ("The fund pays for: A, B and C"). The clause is
//!   the heading. A speaker's colon ("He said: ..."), a dateline's ("JAKARTA: ...") and one
//!   before a quotation announce no list.
//!
//! A count phrase ("lima area fokus utama") in the sentence before a marked or ordinal list,
//! or before its first marker, is its heading. A run after a label of related headlines ("Baca
//! juga:", "Read also") is page noise, and a list of one item is no list.
//!
//! Decision on countries: a list announced by a count of countries ("20 negara, yakni
//! Australia, ...", "16 nations, including ...") belongs to the countries capability
//! (`country_lists`) and is not reported here; a list of countries announced by another noun
//! ("enam mitra, yaitu Australia, India, ...") is reported here (and, by the countries
//! capability, there too). Counts of durations, prices and other measures ("10 days, consisting
//! of ...") announce no list. The nouns are data: `data/*/count_nouns.tsv`; the other word lists
//! are `ordinals.tsv`, `list_introducers.tsv` and `enumeration_stop.tsv`.
//!
//! # Example
//!
//! ```
//! let t = "Rapat menyepakati tiga langkah, yakni memperkuat pengawasan, menambah anggaran, \
//!          dan melatih petugas.";
//! let e = &warta::enumerations::find_enumerations(t, "id")[0];
//! assert_eq!(e.heading.as_deref(), Some("tiga langkah"));
//! assert_eq!(e.items[2].text, "melatih petugas");
//! assert_eq!(&t[e.items[2].start..e.items[2].end], "melatih petugas");
//! ```

mod counted;
mod markers;
pub(crate) mod words;

use crate::Span;
use crate::text::{Token, TokenTable, sentences, word_count};
use counted::{CountPhrase, count_phrases, counted_items, items_before};
use markers::{Marker, Style, find_markers, follows};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use words::{LAST, Lexicon, NEXT, role};

/// How a list marks its items.
///
/// ```
/// use warta::enumerations::{find_enumerations, Kind};
/// let e = find_enumerations("First, trust. Second, access.", "en");
/// assert_eq!(e[0].kind, Kind::Ordinal);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// Markers: "1)", "2.", "(a)", "i.", bullets.
    Numbered,
    /// Ordinal words across sentences: "Pertama, ... Kedua, ...".
    Ordinal,
    /// A count phrase and a coordinated list: "empat panel ...: A, B, C, dan D".
    Counted,
    /// A clause ending in a colon and a coordinated list of three or more, without a count:
    /// "The fund pays for: A, B and C".
    Colon,
}

/// One item of a list.
///
/// ```
/// let t = "two agreements: 1) trade; and 2) health.";
/// let item = &warta::enumerations::find_enumerations(t, "en")[0].items[1];
/// assert_eq!((item.text.as_str(), &t[item.start..item.end]), ("health", "health"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The item without its marker or ordinal word.
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
}

/// A list with its heading and the count it states (see the module docs for the forms).
///
/// ```
/// let t = "Ada tiga poin utama. Pertama, A. Kedua, B. Ketiga, C.";
/// let e = &warta::enumerations::find_enumerations(t, "id")[0];
/// assert_eq!(e.stated_count, Some(3));
/// assert_eq!(e.items[1].text, "B");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enumeration {
    /// The count phrase that announces the list ("five main focus areas"), if any.
    pub heading: Option<String>,
    /// The number the text states, if any.
    pub stated_count: Option<u32>,
    /// The items, in order.
    pub items: Vec<Item>,
    /// How the items are marked.
    pub kind: Kind,
    /// Whether `stated_count` and the number of items disagree.
    pub count_mismatch: bool,
    /// Byte offset of the start (heading, or first item).
    pub start: usize,
    /// Byte offset of the end of the last item.
    pub end: usize,
}

/// The list grammar, built once (`Send + Sync`).
///
/// ```
/// let t = "two agreements: 1) trade; 2) health.";
/// let e = warta::enumerations::EnumerationFinder::new().find(t, &[warta::Span::new(0, t.len())], "en");
/// assert_eq!(e[0].items.len(), 2);
/// ```
#[derive(Debug)]
pub struct EnumerationFinder {
    lex: Lexicon,
}

impl Default for EnumerationFinder {
    fn default() -> Self {
        EnumerationFinder::new()
    }
}

impl EnumerationFinder {
    /// Builds the marker and count-phrase automata.
    ///
    /// ```
    /// let _ = warta::enumerations::EnumerationFinder::new();
    /// ```
    pub fn new() -> EnumerationFinder {
        EnumerationFinder { lex: Lexicon::new() }
    }

    /// Finds lists inside `segments` of `text` (`lang` is the document's language code).
    ///
    /// ```
    /// let t = "Satu hal saja.";
    /// assert!(warta::enumerations::EnumerationFinder::new().find(t, &[warta::Span::new(0, t.len())], "id").is_empty());
    /// ```
    pub fn find(&self, text: &str, segments: &[Span], lang: &str) -> Vec<Enumeration> {
        self.find_tokens(text, &TokenTable::on_demand(), segments, lang)
    }

    /// [`EnumerationFinder::find`] reading the tokens of `text` from `table`.
    pub(crate) fn find_tokens(
        &self,
        text: &str,
        table: &TokenTable,
        segments: &[Span],
        lang: &str,
    ) -> Vec<Enumeration> {
        // Both languages' words are used whatever `lang` says: pages mix them.
        let _ = lang;
        let page = Page::new(text, segments);
        let lex = &self.lex;
        // One segment's tokens at a time: its count phrases and markers are kept, its tokens
        // are not, so memory stays near the size of the results.
        let mut phrases: Vec<Vec<CountPhrase>> = Vec::with_capacity(page.segs.len());
        let mut markers: Vec<Marker> = Vec::new();
        let mut toks = Vec::new();
        for (i, seg) in page.segs.iter().enumerate() {
            table.fill(text, *seg, &mut toks);
            phrases.push(count_phrases(lex, text, &toks));
            markers.extend(find_markers(lex, text, *seg, i, &toks));
        }
        let mut used: Vec<CountPhrase> = Vec::new();
        let mut out: Vec<Enumeration> = Vec::new();
        // `runs` gives its runs in text order, so `out` is in text order.
        for run in self.runs(&page, markers) {
            let Some(items) = self.run_items(&page, &run) else {
                continue;
            };
            let first = run[0];
            let heading = match self.run_heading(&page, &phrases, &first, items.len()) {
                Heading::Related => continue,
                Heading::Count(cp) => Some(cp),
                Heading::None => None,
            };
            // Bullets inside a line are separators ("Home • News • World") unless a heading
            // or a colon announces them ("Hasilnya: • A • B").
            if matches!(first.style, Style::Bullet(_))
                && !first.line_start
                && heading.is_none()
                && !text
                    .get(..first.start)
                    .is_some_and(|b| b.trim_end().ends_with(':'))
            {
                continue;
            }
            // "Proyek pertama digarap ... Proyek kedua melibatkan ...": ordinals that describe
            // rather than list are a list only when a count announces them.
            if heading.is_none() && run.iter().all(|m| m.bare) {
                continue;
            }
            if let Some(cp) = heading {
                used.push(cp);
            }
            let kind = if first.style == Style::Ordinal {
                Kind::Ordinal
            } else {
                Kind::Numbered
            };
            out.push(page.enumeration(kind, heading, items));
        }
        // The runs' lists, in text order and apart, so that overlap is a binary search.
        let mut taken: Vec<Span> = Vec::with_capacity(out.len());
        for e in &out {
            match taken.last_mut() {
                Some(t) if e.start < t.end => t.end = t.end.max(e.end),
                _ => taken.push(Span::new(e.start, e.end)),
            }
        }
        let overlaps_taken = |span: Span| {
            let k = taken.partition_point(|t| t.end <= span.start);
            taken.get(k).is_some_and(|t| t.overlaps(span))
        };
        let used: HashSet<Span> = used.iter().map(|cp| cp.span).collect();
        for (si, seg) in page.segs.iter().enumerate() {
            let Some(seg_phrases) = phrases.get(si).filter(|p| !p.is_empty()) else {
                continue;
            };
            table.fill(text, *seg, &mut toks);
            for (pi, &cp) in seg_phrases.iter().enumerate() {
                if used.contains(&cp.span) || overlaps_taken(cp.span) {
                    continue;
                }
                let Some(sentence) = page.sentence_at(cp.span.start) else {
                    continue;
                };
                let found = counted_items(lex, &page, &toks, cp, sentence.span)
                    .map(|(items, _)| items)
                    .filter(|items| {
                        cp.value > 0 || items.iter().all(|i| word_count(text, *i) <= COLON_ITEM_WORDS)
                    })
                    .or_else(|| {
                        (cp.value > 0)
                            .then(|| items_before(lex, text, &toks, cp, sentence.span))
                            .flatten()
                    });
                if let Some(items) = found {
                    let items = counted::strip_ranks(lex, text, items);
                    if items.iter().any(|i| overlaps_taken(*i)) {
                        continue;
                    }
                    // A nearer count before the list is its heading ("the two militaries have
                    // focused on three pillars: ..."), not this one.
                    if seg_phrases
                        .get(pi + 1)
                        .zip(items.first())
                        .is_some_and(|(next, first)| next.span.start < first.start)
                    {
                        continue;
                    }
                    out.push(page.enumeration(Kind::Counted, Some(cp), items));
                }
            }
        }
        self.colon_lists(&page, table, &mut toks, &mut out);
        out.sort_by_key(|e| (e.start, e.end));
        out
    }

    /// Lists a clause announces with a colon and no count ("Health officials urged travellers
    /// to take the usual precautions: A; B; and C"): three items or more, the last after a
    /// conjunction, each short, in a sentence of prose (ending in a full stop) that holds no
    /// other list. The clause is the heading. A colon after a speaker ("He said: ..."), after
    /// a dateline ("KUALA LUMPUR: ...") or before a quotation announces no list.
    fn colon_lists(
        &self,
        page: &Page<'_>,
        table: &TokenTable,
        toks: &mut Vec<Token>,
        out: &mut Vec<Enumeration>,
    ) {
        let text = page.text;
        let lex = &self.lex;
        let mut filled = usize::MAX;
        // The lists already found, in text order, so that overlap is a binary search.
        let mut taken: Vec<Span> = out.iter().map(|e| Span::new(e.start, e.end)).collect();
        taken.sort_by_key(|t| t.start);
        let mut reach = 0;
        for t in &mut taken {
            reach = reach.max(t.end);
            t.end = reach;
        }
        let overlaps = |span: Span| {
            let k = taken.partition_point(|t| t.end <= span.start);
            taken.get(k).is_some_and(|t| t.start < span.end)
        };
        for sent in &page.sents {
            let Some(body) = sent.span.slice(text) else {
                continue;
            };
            // The first colon that is no clock time's ("04:20").
            let bytes = body.as_bytes();
            let colon_from = |from: usize| {
                (from..bytes.len()).find(|&i| {
                    bytes[i] == b':'
                        && !(i > 0
                            && bytes[i - 1].is_ascii_digit()
                            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                })
            };
            let Some(mut colon) = colon_from(0) else {
                continue;
            };
            // A notice quoted after the colon that holds the list ("The notice reads:
            // \"Applicants must bring the following: A, B and C.\""): its own colon heads it.
            let mut head_start = 0;
            let opening = body[colon + 1..].trim_start();
            if let Some(q) = opening.chars().next().filter(|&c| matches!(c, '"' | '\u{201c}')) {
                let inner = body.len() - opening.len() + q.len_utf8();
                match colon_from(inner) {
                    Some(c) => {
                        colon = c;
                        head_start = inner;
                    }
                    None => continue,
                }
            }
            let closed_quote = body.trim_end().trim_end_matches(['"', '\u{201d}']);
            if !(closed_quote.ends_with('.')
                && (head_start > 0 || closed_quote.len() == body.trim_end().len()))
            {
                continue;
            }
            let clause = Span::new(sent.span.start + head_start, sent.span.start + colon).trim(text);
            let Some(head) = clause.slice(text) else {
                continue;
            };
            let words: Vec<&str> = head.split_whitespace().collect();
            // (An apostrophe inside or after a word is no quote: "The consultation's main
            // questions", "traders' groups"; a quote in single marks opens a word with one.)
            let quoted = |s: &str| {
                s.contains(['"', '\u{201c}', '\u{201d}', '\u{2018}'])
                    || s.char_indices().any(|(i, c)| {
                        matches!(c, '\'' | '\u{2019}')
                            && s[..i].chars().next_back().is_none_or(char::is_whitespace)
                            && s[i + c.len_utf8()..].starts_with(char::is_alphabetic)
                    })
            };
            if words.len() < 2
                || !words.iter().any(|w| w.starts_with(char::is_lowercase))
                || quoted(head)
                || body[colon + 1..]
                    .trim_start()
                    .starts_with(['"', '\u{201c}', '\u{2018}', '\''])
                || words.last().is_some_and(|w| {
                    let at = clause.end - w.len();
                    lex.at(text, at, clause.end)
                        .is_some_and(|h| h.roles & role::SPEECH != 0)
                })
                || overlaps(sent.span)
            {
                continue;
            }
            if filled != sent.seg {
                table.fill(text, page.segs[sent.seg], toks);
                filled = sent.seg;
            }
            let cp = CountPhrase {
                span: clause,
                value: 0,
            };
            let Some((items, _)) = counted_items(lex, page, toks, cp, sent.span) else {
                continue;
            };
            let n = items.len();
            let short = items.iter().all(|i| word_count(text, *i) <= COLON_ITEM_WORDS);
            // The last item follows a conjunction ("..., and C", "... dan C").
            let closed = n >= 3
                && toks[toks.partition_point(|t| t.span.start < items[n - 2].end)..]
                    .iter()
                    .take_while(|t| t.span.end <= items[n - 1].start)
                    .any(|t| {
                        lex.at(text, t.span.start, items[n - 1].start)
                            .is_some_and(|h| h.roles & role::CONJUNCTION != 0)
                    });
            // Items set apart by semicolons ("zona merah untuk bus; zona kuning ...; zona
            // hijau ..."), or announced by "as follows:", need no conjunction.
            let semicolons = n >= 3
                && text
                    .get(items[0].end..items[1].start)
                    .is_some_and(|gap| gap.contains(';'));
            let announced = toks[..toks.partition_point(|t| t.span.end <= clause.end)]
                .iter()
                .rev()
                .take_while(|t| t.span.start >= clause.start)
                .take(3)
                .any(|t| {
                    lex.at(text, t.span.start, clause.end)
                        .is_some_and(|h| h.end == clause.end && h.roles & role::STRONG != 0)
                });
            if !((closed || semicolons || announced && n >= 2) && short) {
                continue;
            }
            let mut e = page.enumeration(Kind::Colon, Some(cp), items);
            // "Syaratnya ada tiga:", "The reasons are three:": a number ending the clause is
            // the count.
            let stated = words
                .last()
                .and_then(|w| crate::lexicon::number_value(w))
                .filter(|&v| v >= 2);
            e.stated_count = stated;
            e.count_mismatch = stated.is_some_and(|v| v as usize != n);
            out.push(e);
        }
    }

    /// Runs of markers of one style whose positions follow each other (1, 2, 3 ...; a, b ...;
    /// bullets), at least two long, without overlaps.
    fn runs(&self, page: &Page<'_>, mut markers: Vec<Marker>) -> Vec<Vec<Marker>> {
        markers.sort_by_key(|m| (m.start, m.end));
        let mut runs: Vec<Vec<Marker>> = Vec::new();
        for (i, m) in markers.iter().enumerate() {
            // A countdown ("5. grilled corn" ... "1. chicken satay") opens a line with its
            // highest number and runs down to 1.
            let down = matches!(m.style, Style::Label(..)) && m.line_start && (3..=20).contains(&m.value);
            let opens = matches!(m.style, Style::Bullet(_)) || m.value == 1 || down;
            if !opens {
                continue;
            }
            let mut run = vec![*m];
            let mut at = i;
            // Sequence words ("next,") at the run's end: a run never ends on one.
            let mut trailing_next = 0;
            while let Some(last) = run.last().copied() {
                let Some(j) = (at + 1..markers.len())
                    .find(|&j| markers[j].style == last.style && markers[j].start >= last.end)
                else {
                    break;
                };
                let mut next = markers[j];
                let step = if down {
                    next.line_start && next.value + 1 == last.value
                } else {
                    follows(&last, &next)
                };
                if !step || !page.near(&last, &next) {
                    break;
                }
                if next.value == NEXT {
                    next.value = last.value + 1;
                    trailing_next += 1;
                } else {
                    trailing_next = 0;
                }
                run.push(next);
                at = j;
            }
            run.truncate(run.len() - trailing_next);
            let complete = !down || run.last().is_some_and(|l| l.value == 1);
            if run.len() >= 2 && complete {
                runs.push(run);
            }
        }
        // Longer runs first; a run overlapping a kept one is dropped (a bullet run inside a
        // numbered one, "i" read as a letter and as a roman numeral).
        runs.sort_by_key(|r| std::cmp::Reverse(r.len()));
        let mut kept: Vec<Vec<Marker>> = Vec::new();
        // The kept runs' spans by start; they never overlap, so the one starting last before
        // a span's end is the only one that can overlap it.
        let mut kept_spans: BTreeMap<usize, usize> = BTreeMap::new();
        for r in runs {
            let span = Span::new(r[0].start, r.last().map_or(r[0].end, |m| m.end));
            if kept_spans
                .range(..span.end.max(span.start + 1))
                .next_back()
                .is_some_and(|(&s, &e)| Span::new(s, e).overlaps(span))
            {
                continue;
            }
            kept_spans.insert(span.start, span.end);
            kept.push(r);
        }
        kept.sort_by_key(|r| r[0].start);
        kept
    }

    /// The items of a run: each from its marker to the next marker or its sentence's end; a
    /// numbered paragraph's item is the whole paragraph.
    fn run_items(&self, page: &Page<'_>, run: &[Marker]) -> Option<Vec<Span>> {
        let mut items = Vec::with_capacity(run.len());
        let paragraphs = run
            .windows(2)
            .all(|w| w[1].seg == w[0].seg + 1 && numbered_paragraphs(&w[0], &w[1]));
        for (i, m) in run.iter().enumerate() {
            let seg_end = page.segs.get(m.seg)?.end;
            let mut end = if paragraphs {
                seg_end
            } else {
                page.first_sentence_end(m.end, seg_end)
            };
            if let Some(n) = run.get(i + 1)
                && n.seg == m.seg
                && n.start < end
            {
                end = n.start;
            }
            let end = quotation_end(page.text, Span::new(m.end, end)).unwrap_or(end);
            let item = trim_item(&self.lex, page.text, Span::new(m.end, end));
            if item.is_empty() {
                return None;
            }
            items.push(item);
        }
        Some(items)
    }

    /// The count phrase that announces a run: in its first item's sentence before the marker,
    /// or (when the marker starts the sentence) in the sentence before.
    fn run_heading(
        &self,
        page: &Page<'_>,
        phrases: &[Vec<CountPhrase>],
        first: &Marker,
        items: usize,
    ) -> Heading {
        let Some(si) = page.sentence_index(first.start) else {
            return Heading::None;
        };
        let sentence = page.sents[si];
        let prefix = Span::new(sentence.span.start, first.start);
        let text = page.text;
        // (A paragraph's number before the run, "6.\tPertama, ...", is no word of a heading.)
        let has_words = |s: Span| s.slice(text).is_some_and(|t| t.chars().any(char::is_alphabetic));
        let (window, seg, most) = if has_words(prefix) {
            (prefix, sentence.seg, u32::MAX)
        } else if si > 0 {
            // The sentence before is a looser link: only a small count heads the list there.
            (
                page.sents[si - 1].span,
                page.sents[si - 1].seg,
                PREVIOUS_SENTENCE_COUNT,
            )
        } else {
            return Heading::None;
        };
        if first.style != Style::Ordinal && self.is_related_label(text, window) {
            return Heading::Related;
        }
        match self.count_heading(page, phrases, window, seg, most, items, sentence.seg) {
            // "... mencapai tiga persetujuan utama. Menurut beliau, persetujuan tersebut ialah (i)
            // ...": words before the marker that name again the noun of a count in the sentence
            // before, as many as the items, point back to it.
            Heading::None if most == u32::MAX && si > 0 => {
                let back = page.sents[si - 1];
                let named_again = |cp: &CountPhrase| {
                    let Some(phrase) = cp.span.slice(text) else {
                        return false;
                    };
                    let before = prefix.slice(text).unwrap_or("");
                    phrase.split_whitespace().skip(1).any(|noun| {
                        noun.chars().count() >= 4
                            && before
                                .split(|c: char| !c.is_alphanumeric() && c != '-')
                                .any(|w| w.eq_ignore_ascii_case(noun))
                    })
                };
                phrases
                    .get(back.seg)
                    .and_then(|ps| {
                        ps.iter()
                            .rev()
                            .find(|cp| back.span.contains(cp.span) && cp.value as usize == items)
                    })
                    .filter(|cp| named_again(cp))
                    .map_or(Heading::None, |cp| Heading::Count(*cp))
            }
            Heading::None if most != u32::MAX && si > 1 => {
                // Two sentences back, only the run's own length heads it ("Kami sepakat ada
                // empat poin krusial yang harus dituntaskan. Tidak boleh ada lagi ...,” kata
                // Dimas.", a new paragraph, "Pertama, ..."), and no list of its own stands between.
                // The count is written in words and ends its clause (a comma only before a
                // closing quote): "three pillars, namely A, B and C" lists its own, "3 petang,
                // di ..." tells the time.
                let back = page.sents[si - 2];
                // (Both sentences in one paragraph: a count in the paragraph above the one that
                // opens the list counts its own, "... up three places from last year.", a new
                // paragraph, "The bank gave several reasons ... First, ...".)
                if back.seg != page.sents[si - 1].seg {
                    return Heading::None;
                }
                let ends_clause = |cp: &CountPhrase| {
                    cp.span
                        .slice(text)
                        .is_some_and(|c| c.starts_with(char::is_alphabetic))
                        && text.get(cp.span.end..back.span.end).is_some_and(|rest| {
                            rest.char_indices().all(|(at, c)| match c {
                                ':' | ';' => false,
                                ',' => rest[at + 1..].starts_with(['"', '\u{201d}', '\u{2019}']),
                                _ => true,
                            })
                        })
                };
                match self.count_heading(page, phrases, back.span, back.seg, 0, items, sentence.seg) {
                    Heading::Count(cp)
                        if cp.value as usize == items
                            && ends_clause(&cp)
                            && !has_count(phrases, page.sents[si - 1].span, page.sents[si - 1].seg) =>
                    {
                        Heading::Count(cp)
                    }
                    _ => Heading::None,
                }
            }
            h => h,
        }
    }

    /// The count phrase in `window` (of segment `seg`) that heads a run of `items` markers
    /// opening a sentence of segment `own_seg`; `most` is the largest count allowed there
    /// (`u32::MAX` for the run's own sentence; 0 for a window two sentences back, where only
    /// the run's length counts).
    #[allow(clippy::too_many_arguments)]
    fn count_heading(
        &self,
        page: &Page<'_>,
        phrases: &[Vec<CountPhrase>],
        window: Span,
        seg: usize,
        most: u32,
        items: usize,
        own_seg: usize,
    ) -> Heading {
        let text = page.text;
        // A sentence ending with a colon right before the list announces it: a count close to the
        // colon heads the list even when the items disagree with it (flagged as a mismatch).
        let announces = window.slice(text).is_some_and(|w| w.trim_end().ends_with(':'));
        const ANNOUNCED_TAIL: usize = 3;
        // The last count phrase inside the window (phrases are in text order).
        phrases
            .get(seg)
            .and_then(|ps| {
                let upto = ps.partition_point(|cp| cp.span.start < window.end);
                ps.get(..upto)?
                    .iter()
                    .rev()
                    .take_while(|cp| cp.span.start >= window.start)
                    .find(|cp| window.contains(cp.span))
            })
            .filter(|cp| {
                // A count opening a sentence that ends with a colon heads the list after it
                // however long the sentence ("Three indicators deserve ... on Dec. 16-17:").
                let opens_colon_sentence = text
                    .get(window.start..cp.span.start)
                    .is_some_and(|b| !b.chars().any(char::is_alphanumeric))
                    && window.slice(text).is_some_and(|w| w.trim_end().ends_with(':'));
                // A count that is the list's length may stand further from its end ("tiga
                // strategi untuk menjaga kinerja ekspor di tengah perlambatan ekonomi global.").
                let tail = word_count(text, Span::new(cp.span.end, window.end));
                let announces = announces && tail <= ANNOUNCED_TAIL;
                // So does a small count that ends the sentence before the list ("...
                // menyampaikan empat arahan. Pertama, ..."), in the list's own paragraph: a
                // count closing the paragraph above ("3. two passport photos") counts its own.
                let ends_sentence = most != u32::MAX && tail == 0 && seg == own_seg;
                // In the sentence before, a count whose colon opens items of that sentence
                // ("menerima dua jenis beasiswa: A, B, dan C.") heads those, not a run after it.
                let own_items = most != u32::MAX
                    && text.get(cp.span.end..window.end).is_some_and(|t| {
                        t.find(':')
                            .and_then(|c| t.get(c + 1..))
                            .is_some_and(|after| after.chars().any(char::is_alphanumeric))
                    });
                !own_items
                    && (cp.value <= most || announces || most == 0 && cp.value <= PREVIOUS_SENTENCE_COUNT)
                    && (opens_colon_sentence
                        || tail <= HEADING_TAIL
                        || cp.value as usize == items && tail <= 2 * HEADING_TAIL)
                    // In the sentence before, a count that is not the run's length counts
                    // something else, often a list of its own ("empat hal, yakni ...").
                    && (most == u32::MAX || cp.value as usize == items || announces || ends_sentence)
            })
            .map_or(Heading::None, |cp| Heading::Count(*cp))
    }

    /// Whether `window` is only a label of related headlines ("Baca juga:", "Berita Terkait").
    fn is_related_label(&self, text: &str, window: Span) -> bool {
        let Some(w) = window.slice(text) else { return false };
        let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let start = window.start + lead;
        let end = start + core.len();
        self.lex
            .at(text, start, end)
            .is_some_and(|h| h.end == end && h.roles & role::RELATED != 0)
    }
}

/// The most bytes an item of a marked list may span.
const ITEM_SCAN: usize = 2000;

/// The most words an item of a list announced by a colon alone may have: a longer one is a
/// clause of prose ("The message was clear: ...").
const COLON_ITEM_WORDS: usize = 10;

/// The most words between a heading and the first marker of its list (or its sentence end).
const HEADING_TAIL: usize = 8;
/// Most segments from one numbered subheading to the next (the subheading, then paragraphs).
const SUBHEADING_GAP: usize = 4;
/// Most words of a numbered subheading.
const SUBHEADING_WORDS: usize = 12;

/// The largest count that heads a list from the sentence before its first item.
const PREVIOUS_SENTENCE_COUNT: u32 = 20;

/// Whether a count phrase stands in `window` of segment `seg`.
fn has_count(phrases: &[Vec<CountPhrase>], window: Span, seg: usize) -> bool {
    phrases
        .get(seg)
        .is_some_and(|ps| ps.iter().any(|cp| window.contains(cp.span)))
}

/// What stands before a run of markers.
enum Heading {
    /// A count phrase announces it.
    Count(CountPhrase),
    /// A label of related headlines: the run is page noise.
    Related,
    /// Nothing known.
    None,
}

/// A sentence and the segment it lies in.
#[derive(Clone, Copy)]
struct Sentence {
    span: Span,
    seg: usize,
}

/// The segments of one call, tokenized and split into sentences once.
pub(crate) struct Page<'t> {
    text: &'t str,
    /// The segments analysed, in order.
    segs: Vec<Span>,
    sents: Vec<Sentence>,
}

impl<'t> Page<'t> {
    fn new(text: &'t str, segments: &[Span]) -> Page<'t> {
        let mut segs = Vec::with_capacity(segments.len());
        let mut sents = Vec::new();
        for s in segments {
            if s.slice(text).is_none() {
                continue;
            }
            let i = segs.len();
            sents.extend(
                sentences(text, *s)
                    .into_iter()
                    .map(|span| Sentence { span, seg: i }),
            );
            segs.push(*s);
        }
        Page { text, segs, sents }
    }

    fn sentence_index(&self, at: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.span.start <= at);
        let i = i.checked_sub(1)?;
        (self.sents.get(i)?.span.end > at).then_some(i)
    }

    fn sentence_at(&self, at: usize) -> Option<Sentence> {
        self.sents.get(self.sentence_index(at)?).copied()
    }

    /// The end of the first sentence that starts at `from` (before `limit`); an item is
    /// looked for in at most `ITEM_SCAN` bytes, so that long paragraphs stay linear.
    fn first_sentence_end(&self, from: usize, limit: usize) -> usize {
        let mut limit = limit.min(from.saturating_add(ITEM_SCAN));
        while limit > from && !self.text.is_char_boundary(limit) {
            limit -= 1;
        }
        sentences(self.text, Span::new(from, limit))
            .first()
            .map_or(limit, |s| s.end)
    }

    /// Whether marker `next` is close enough to `last` to continue its list: an ordinal within
    /// five sentences; a label or bullet right after the previous item (same or next segment,
    /// nothing but punctuation in between).
    fn near(&self, last: &Marker, next: &Marker) -> bool {
        if last.style == Style::Ordinal {
            // "Finally," / "Terakhir," closes the run from its own or the next paragraph only: a
            // whole paragraph between, it opens a new thought ("... Ketiga, X.\n\nIa
            // menambahkan ...\n\n\"Terakhir, Sabtu kemarin ...\"").
            if next.value == LAST && next.seg > last.seg + 1 {
                return false;
            }
            return match (self.sentence_index(last.start), self.sentence_index(next.start)) {
                (Some(a), Some(b)) => b > a && b - a <= 5 || b == a && next.start > last.end,
                _ => false,
            };
        }
        let Some(seg) = self.segs.get(last.seg) else {
            return false;
        };
        let end = self.first_sentence_end(last.end, seg.end);
        let bare = |a: usize, b: usize| {
            a >= b
                || self
                    .text
                    .get(a..b)
                    .is_some_and(|s| !s.chars().any(char::is_alphanumeric))
        };
        if next.seg == last.seg {
            next.start <= end || bare(end, next.start)
        } else if next.seg == last.seg + 1 {
            let Some(nseg) = self.segs.get(next.seg) else {
                return false;
            };
            // (Numbered paragraphs of several sentences each: "1. Member states will ... .
            // Disputes will go to a panel.\n\n2. ...".)
            (bare(end, seg.end) || numbered_paragraphs(last, next)) && bare(nseg.start, next.start)
        } else {
            // A numbered subheading opens its own line, and a paragraph or two about it follow
            // before the next ("1. Bertemu di Lokasi Syuting\nKeduanya pertama kali ...").
            matches!(last.style, Style::Label(..))
                && last.line_start
                && next.line_start
                && next.seg <= last.seg + SUBHEADING_GAP
                && self.is_subheading(last)
        }
    }

    /// Whether the marker's item is its whole line and reads as a subheading: a few words, no
    /// sentence end.
    fn is_subheading(&self, m: &Marker) -> bool {
        let Some(seg) = self.segs.get(m.seg) else {
            return false;
        };
        // A subheading is short: its line is looked for in the next few hundred bytes only.
        let mut reach = seg.end.min(m.end + ITEM_SCAN);
        while reach > m.end && !self.text.is_char_boundary(reach) {
            reach -= 1;
        }
        let line_end = self
            .text
            .get(m.end..reach)
            .and_then(|rest| rest.find('\n'))
            .map_or(reach, |n| m.end + n);
        let item = Span::new(m.end, line_end);
        let words = word_count(self.text, item);
        let ends_sentence = item
            .slice(self.text)
            .is_some_and(|t| t.trim_end().ends_with(['.', '!', '?', ';']));
        (1..=SUBHEADING_WORDS).contains(&words) && !ends_sentence
    }

    fn enumeration(&self, kind: Kind, heading: Option<CountPhrase>, items: Vec<Span>) -> Enumeration {
        // The heading comes first, or last when the list opens its sentence ("A, B and C
        // were the three ...").
        let first = items.first().map(|i| i.start);
        let start = match (heading, first) {
            (Some(h), Some(f)) => h.span.start.min(f),
            (h, f) => h.map(|h| h.span.start).or(f).unwrap_or(0),
        };
        let end = items
            .last()
            .map_or(start, |i| i.end)
            .max(heading.map_or(start, |h| h.span.end));
        // A heading without a number ("several services") states no count.
        let count_mismatch = heading.is_some_and(|h| h.value > 0 && h.value as usize != items.len());
        Enumeration {
            heading: heading.and_then(|h| h.span.slice(self.text)).map(str::to_string),
            stated_count: heading.map(|h| h.value).filter(|&v| v > 0),
            items: items
                .into_iter()
                .map(|s| Item {
                    text: s.slice(self.text).unwrap_or("").to_string(),
                    start: s.start,
                    end: s.end,
                })
                .collect(),
            kind,
            count_mismatch,
            start,
            end,
        }
    }
}

/// `span` without outer white space, separators (",", ";", ":", a final "."), bullets, and
/// conjunctions at either edge ("and 5) X" leaves "X"; "A; dan" leaves "A").
pub(crate) fn trim_item(lex: &Lexicon, text: &str, span: Span) -> Span {
    let mut s = span;
    loop {
        let before = s;
        s = s.trim(text);
        let Some(body) = s.slice(text) else {
            return Span::new(s.start, s.start);
        };
        let lead = body.len()
            - body
                .trim_start_matches([',', ';', ':', '.', '-', '\u{2013}', '\u{2014}', '\u{2022}', '*'])
                .len();
        let trail = body.len() - body.trim_end_matches([',', ';', ':', '.']).len();
        if lead + trail >= body.len() {
            return Span::new(s.start, s.start);
        }
        s = Span::new(s.start + lead, s.end - trail).trim(text);
        if let Some(h) = lex.at(text, s.start, s.end)
            && h.roles & role::CONJUNCTION != 0
            && h.end < s.end
            && text
                .get(h.end..)
                .is_some_and(|r| r.starts_with(char::is_whitespace))
        {
            s = Span::new(h.end, s.end);
        }
        // An ordinal marking the item, then a comma ("yakni pertama, memperpanjang ...; kedua,
        // ..."): the item is what follows. So after a word that orders items, with or without
        // the comma ("then, show the gear", "selanjutnya pemasangan tiang").
        if let Some(h) = lex.at(text, s.start, s.end)
            && h.roles & role::SEQUENCE != 0
            && h.end == s.end
        {
            // "and, last but not least, an open-air concert": the phrase alone is no item.
            return Span::new(s.start, s.start);
        }
        // "poin pertama, harga gabah ...", "langkah kedua, campurkan ...": a noun and an
        // ordinal, then a comma, mark the item as an ordinal alone does.
        if let Some(body) = s.slice(text)
            && let Some(space) = body.find(' ')
            && space > 0
            && body[..space].chars().all(char::is_alphabetic)
            && let Some(h) = lex.at(text, s.start + space + 1, s.end)
            && h.roles & role::ORDINAL != 0
            && text.get(h.end..s.end).is_some_and(|r| r.starts_with(','))
            // Not a last item's own words before its conjunction ("ijazah terakhir, dan").
            && !Span::new(h.end + 1, s.end).trim(text).slice(text).is_some_and(|rest| {
                rest.is_empty() || lex.roles_of(text, Span::new(s.end - rest.len(), s.end)) & role::CONJUNCTION != 0
            })
        {
            s = Span::new(h.end + 1, s.end);
            continue;
        }
        if let Some(h) = lex.at(text, s.start, s.end)
            && h.end < s.end
        {
            let rest = text.get(h.end..s.end).unwrap_or("");
            if h.roles & (role::ORDINAL | role::SEQUENCE) != 0 && rest.starts_with(',') {
                s = Span::new(h.end + 1, s.end);
            } else if h.roles & role::SEQUENCE != 0 && rest.starts_with(char::is_whitespace) {
                s = Span::new(h.end, s.end);
            }
        }
        if let Some(body) = s.slice(text)
            && let Some(ws) = body.rfind(char::is_whitespace)
        {
            let word = Span::new(s.start + ws + 1, s.end);
            if lex.roles_of(text, word) & role::CONJUNCTION != 0 {
                s = Span::new(s.start, s.start + ws);
            }
        }
        if s == before {
            return s;
        }
    }
}

/// Where a quotation that holds a list closes inside `span` (`..., dan C," katanya.`): the
/// Whether two markers number paragraphs: labels ("1.", "2.") each opening its own line.
fn numbered_paragraphs(last: &Marker, next: &Marker) -> bool {
    matches!(last.style, Style::Label(..)) && last.line_start && next.line_start
}

/// offset of the punctuation before the closing quote.
pub(crate) fn quotation_end(text: &str, span: Span) -> Option<usize> {
    let rest = span.slice(text)?;
    [",\"", ",\u{201d}", ".\"", ".\u{201d}"]
        .iter()
        .filter_map(|q| rest.find(q))
        .min()
        .map(|at| span.start + at)
}

/// Finds lists in the whole `text` with a finder built once per process.
///
/// ```
/// let e = warta::enumerations::find_enumerations("Pertama, A. Kedua, B.", "id");
/// assert_eq!(e[0].items.len(), 2);
/// ```
pub fn find_enumerations(text: &str, lang: &str) -> Vec<Enumeration> {
    static FINDER: once_cell::sync::Lazy<EnumerationFinder> =
        once_cell::sync::Lazy::new(EnumerationFinder::new);
    FINDER.find(text, &[Span::new(0, text.len())], lang)
}
