//! Dates and times in English and Indonesian, found and normalized to ISO 8601.
//!
//! One automaton finds every month, weekday, relative phrase, glue word and time zone of the
//! vocabulary in `data/{en,id,ms}/` (`months.tsv`, `weekdays.tsv`, `relative.tsv`,
//! `date_words.tsv`, `zones.tsv`); a small grammar then reads the tokens of each segment
//! ([`crate::text::tokens`]; `Analyzer` shares one tokenization of the page) once, left to right.
//!
//! Values:
//! - a day `YYYY-MM-DD`; a month `YYYY-MM` or a year `YYYY` ([`Kind::Partial`]);
//! - an interval `START/END`, both ends written in full ([`Kind::Range`]);
//! - a day with a time `YYYY-MM-DDTHH:MM`, with the offset when the text gives a zone
//!   (`+07:00` for WIB, `Z` for UTC/GMT); seconds are dropped ("2021-11-17T09:14:42Z" gives
//!   `2021-11-17T09:14Z`) ([`Kind::Time`]);
//! - a vague relative period as the period it names: a week as its Monday-to-Sunday interval
//!   (`2023-05-01/2023-05-07` for "last week"), a month `2023-06`, a year `2022`
//!   ([`Kind::Relative`]). The contract's value forms hold no ISO week (`2023-W18`), so a week
//!   is written as the interval it covers; a weekend ("this weekend", "akhir pekan lalu") as
//!   its Saturday-to-Sunday interval ([`Kind::Range`]).
//!
//! Resolution against the reference: a lone weekday is the latest such day on or before the
//! reference, or the next one when the text points ahead ("next Monday", "Senin depan",
//! "akan digelar Kamis"), and then the first one on or after a later day named before it in
//! its sentence ("will open on November 24 and close on Friday"); a day written without a year
//! ("(9/5)", "3 Mei") takes the year that
//! puts it nearest the reference. A count back from the reference ("two days ago", "tiga
//! tahun lalu", "dua minggu lepas") is the day, month or year it lands on (weeks count seven
//! days back to a day; "last week" names the whole week): a news text's "three years ago"
//! names that year as surely as "last year" names the one before. "The
//! previous year" and the like count from a time the text names, so they are not resolved.
//! Without a reference such mentions are not reported.
//! A bare year ("ICDD 2021", "Visi Indonesia 2045") is not a mention; a year with a word that
//! makes it one is ("tahun 2019", "in 2019", "2019 silam", "the 2016 ruling", "their 2022
//! peak"). Decades are their ten years ("the 1990s": 1990/1999).

mod grammar;
mod words;

use crate::lexicon::AnchoredPhrases;
use crate::text::{TokenKind, TokenTable};
use crate::{Date, Span};
use grammar::{Found, Lex, Scan};
use serde::{Deserialize, Serialize};
use words::{Unit, Vocabulary};

/// What a date mention is.
///
/// ```
/// use warta::dates::{find_dates, Kind};
/// assert_eq!(find_dates("pada Agustus 2022", None)[0].kind, Kind::Partial);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// A whole day ("1 Agustus 2022", "Selasa (16/11/2021)", "Tuesday").
    Date,
    /// An interval ("1-12 August 2022").
    Range,
    /// A day with a time, or a time alone ("pukul 14.00 WIB").
    Time,
    /// A month or a year ("Agustus 2022", "tahun 2019").
    Partial,
    /// A vague relative period ("pekan lalu", "last week").
    Relative,
}

/// One date or time mention.
///
/// # Example
///
/// ```
/// let m = &warta::dates::find_dates("Digelar 1-12 Agustus 2022.", None)[0];
/// assert_eq!(m.value, "2022-08-01/2022-08-12");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The mention as written.
    pub text: String,
    /// Byte offset of its start in the analysed text.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// ISO 8601 value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[+HH:MM]`, or an
    /// interval `START/END` (a week is the interval from its Monday to its Sunday).
    pub value: String,
    /// What kind of mention it is.
    pub kind: Kind,
    /// Whether part of the value came from the reference date (a weekday, "kemarin", "(9/5)").
    pub from_reference: bool,
    /// Whether a weekday written with the date disagrees with it (the date's value is kept).
    pub weekday_mismatch: bool,
}

impl Mention {
    /// The mention's span.
    ///
    /// ```
    /// let m = &warta::dates::find_dates("pada 16 November 2021", None)[0];
    /// assert_eq!(m.span(), warta::Span::new(5, 21));
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The date grammar, built once and shared (`Send + Sync`).
///
/// ```
/// use warta::dates::DateFinder;
/// let finder = DateFinder::new();
/// let text = "Rapat pada Senin, 1 Agustus 2022.";
/// let found = finder.find(text, &[warta::Span::new(0, text.len())], None);
/// assert_eq!(found[0].value, "2022-08-01");
/// ```
#[derive(Debug)]
pub struct DateFinder {
    vocab: Vocabulary,
    words: AnchoredPhrases,
    iso: Option<regex::Regex>,
}

impl Default for DateFinder {
    fn default() -> Self {
        DateFinder::new()
    }
}

/// The most words between a day named ahead and a weekday pointing ahead after it for the
/// weekday to follow that day ("will open on November 24 and close on Friday").
const SEQUENCE_GAP: usize = 6;

/// An ISO 8601 date, tried only at a four-digit number (anchored); also the year-first day
/// written with dots or slashes ("2026.01.06", "2026/01/06"), always year, month, day.
const ISO: &str = r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(?:(Z)|([+-]\d{2}:?\d{2}))?)?)?|\.(\d{1,2})\.(\d{1,2})|/(\d{1,2})/(\d{1,2}))";

impl DateFinder {
    /// Builds the grammar.
    ///
    /// ```
    /// let _ = warta::dates::DateFinder::new();
    /// ```
    pub fn new() -> DateFinder {
        let vocab = Vocabulary::load();
        // The vocabulary and the pattern are compiled in and checked by the tests; were either
        // ever refused, the finder would still run without that part instead of panicking.
        let words = AnchoredPhrases::new(&vocab.phrases, true);
        let iso = regex::Regex::new(ISO).ok();
        DateFinder { vocab, words, iso }
    }

    /// Finds every mention inside `segments` (spans of `text`), resolving weekdays and relative
    /// mentions against `reference`.
    ///
    /// ```
    /// let t = "on Tuesday";
    /// let d = warta::Date::new(2019, 9, 12);
    /// let f = warta::dates::DateFinder::new().find(t, &[warta::Span::new(0, t.len())], d);
    /// assert_eq!(f[0].value, "2019-09-10");
    /// ```
    pub fn find(&self, text: &str, segments: &[Span], reference: Option<Date>) -> Vec<Mention> {
        self.find_tokens(text, &TokenTable::on_demand(), segments, reference)
    }

    /// [`DateFinder::find`] reading the tokens of `text` from `table`.
    pub(crate) fn find_tokens(
        &self,
        text: &str,
        table: &TokenTable,
        segments: &[Span],
        reference: Option<Date>,
    ) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        // The last single day named, in text order.
        let mut last_day: Option<Date> = None;
        // Where its mention ends.
        let mut last_day_end: Option<usize> = None;
        // The weekdays alone that no word pointed either way (their places in `out`).
        let mut unmarked: Vec<usize> = Vec::new();

        // One set of buffers for every segment.
        let mut toks = Vec::new();
        let mut lex: Vec<Option<Lex>> = Vec::new();
        let mut lex_end: Vec<Option<(usize, usize)>> = Vec::new();
        for seg in segments {
            if seg.slice(text).is_none() {
                continue;
            }
            // The day and the year last named in this segment, which "two days later" and "a
            // year earlier" count from.
            let mut anchor_day: Option<Date> = None;
            let mut anchor_year: Option<i32> = None;
            table.fill(text, *seg, &mut toks);
            lex.clear();
            lex.resize(toks.len(), None);
            lex_end.clear();
            lex_end.resize(toks.len(), None);
            // The vocabulary is tried anchored at each word, so a word costs the few bytes it
            // shares with some phrase; phrases do not overlap.
            let mut from = seg.start;
            for (first, t) in toks.iter().enumerate() {
                if t.span.start < from || !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                    continue;
                }
                let start = t.span.start;
                let whole = |_: usize, end: usize| crate::text::is_whole_word(text, Span::new(start, end));
                let Some((mut entry, mut end)) =
                    self.words.longest_at_by(text.as_bytes(), start, seg.end, whole)
                else {
                    continue;
                };
                // "on the day after tomorrow": a glue phrase ("on the") gives way to a longer
                // phrase that starts inside it; its first word alone, if a phrase, stays.
                if let Some(second) = toks
                    .get(first + 1)
                    .filter(|s| s.span.start < end && s.span.start >= t.span.end)
                    && self
                        .words
                        .longest_at_by(text.as_bytes(), second.span.start, seg.end, |_, e| {
                            crate::text::is_whole_word(text, Span::new(second.span.start, e))
                        })
                        .is_some_and(|(_, e)| e > end)
                {
                    // ("falls on the last Saturday": a word of tense keeps its phrase; the
                    // glue after it is not needed.)
                    let tense = self
                        .vocab
                        .entries
                        .get(entry)
                        .is_some_and(|e| e.has(words::role::FUTURE) || e.has(words::role::PAST));
                    match self
                        .words
                        .longest_at_by(text.as_bytes(), start, t.span.end, whole)
                    {
                        Some((e1, end1)) => (entry, end) = (e1, end1),
                        None if tense => {}
                        None => continue,
                    }
                }
                // "sejak Minggu kemarin": inside a sentence (not a headline in Title Case), a
                // capitalized weekday that opens a phrase of weeks ("minggu kemarin", last week)
                // is the weekday, and the words after it point from it (last Sunday).
                if end > t.span.end
                    && self
                        .vocab
                        .entries
                        .get(entry)
                        .is_some_and(|e| e.relative.is_some_and(|r| r.0 == Unit::Week))
                    && crate::text::is_capitalized(t.text(text))
                    && first > 0
                    && toks.get(first - 1).is_some_and(|p| {
                        p.kind == TokenKind::Word
                            || p.kind == TokenKind::Number
                            || matches!(p.text(text), "," | "(")
                    })
                    && let Some((e1, end1)) =
                        self.words
                            .longest_at_by(text.as_bytes(), start, t.span.end, whole)
                    && self.vocab.entries.get(e1).is_some_and(|e| e.weekday.is_some())
                    && !crate::text::is_title_case(text, *seg)
                {
                    (entry, end) = (e1, end1);
                }
                let span = Span::new(t.span.start, end);
                if !crate::text::is_whole_word(text, span) {
                    continue;
                }
                from = span.end;
                let next = first + toks[first..].partition_point(|t| t.span.start < span.end);
                if let Some(slot) = lex.get_mut(first) {
                    *slot = Some(Lex { entry, next });
                }
                if let Some(slot) = next.checked_sub(1).and_then(|l| lex_end.get_mut(l)) {
                    *slot = Some((entry, first));
                }
            }
            let scan = Scan {
                text,
                toks: &toks,
                lex: &lex,
                lex_end: &lex_end,
                vocab: &self.vocab,
                iso: self.iso.as_ref(),
                reference,
                quotes: std::cell::OnceCell::new(),
            };
            let mut i = 0;
            while i < toks.len() {
                match scan.at(i) {
                    Some((found, next)) => {
                        for mut f in found {
                            // "dua hari kemudian", "the next day", "a year earlier": counted
                            // from the day (or year) last named in the paragraph; none, no
                            // mention.
                            if let Some((unit, n)) = f.from_last {
                                let counted = match unit {
                                    Unit::Day | Unit::Week => anchor_day.map(|d| {
                                        let days = if unit == Unit::Week { 7 * n } else { n };
                                        (d.add_days(i64::from(days)).to_string(), Kind::Date)
                                    }),
                                    Unit::Month => anchor_day.map(|d| {
                                        let total = d.year() * 12 + d.month() as i32 - 1 + n;
                                        (
                                            format!(
                                                "{:04}-{:02}",
                                                total.div_euclid(12),
                                                total.rem_euclid(12) + 1
                                            ),
                                            Kind::Partial,
                                        )
                                    }),
                                    // (With no year named before, the year of writing: "who
                                    // bought half of the shipments a year earlier".)
                                    Unit::Year => anchor_year
                                        .or(reference.map(|r| r.year()))
                                        .map(|y| (format!("{:04}", y + n), Kind::Partial)),
                                    Unit::Weekend | Unit::Quarter => None,
                                };
                                let Some((value, kind)) = counted else { continue };
                                (f.value, f.kind) = (value, kind);
                                // "to 6am the following day": the clock time right before it
                                // is on that day, one mention with it.
                                if unit == Unit::Day
                                    && let Some(prev) = out.last_mut()
                                    && prev.kind == Kind::Time
                                    && prev.value.len() > 10
                                    && prev.end <= f.start
                                    && text.get(prev.end..f.start).is_some_and(|g| g.trim().is_empty())
                                    && let (Some(clock), Some(whole)) =
                                        (prev.value.get(10..), text.get(prev.start..f.end))
                                {
                                    prev.value = format!("{}{clock}", f.value);
                                    prev.text = whole.to_string();
                                    prev.end = f.end;
                                    prev.from_reference = false;
                                    anchor_day = f.value.parse::<Date>().ok();
                                    self.join_range(text, &mut out);
                                    continue;
                                }
                            }
                            if let Some(y) = f.value.get(..4).and_then(|y| y.parse::<i32>().ok())
                                && f.value.as_bytes().get(4).is_none_or(|&b| b == b'-' || b == b'/')
                            {
                                anchor_year = Some(y);
                            }
                            // (A clock time with no day counts from the day it is put on
                            // below, not from the reference it holds until then.)
                            if matches!(f.kind, Kind::Date | Kind::Time)
                                && !f.bare_time
                                && let Some(d) = f.value.get(..10).and_then(|d| d.parse::<Date>().ok())
                            {
                                anchor_day = Some(d);
                            }
                            // A time opening its line is a live report's stamp, of the day
                            // of writing. (Read back only to the first letter or digit, so a
                            // long line costs no more.)
                            let opens_line = || {
                                text.get(seg.start..f.start).is_some_and(|b| {
                                    b.chars()
                                        .rev()
                                        .take_while(|&c| c != '\n')
                                        .all(|c| !c.is_alphanumeric())
                                })
                            };
                            // Any other clock time with no day is on the day last named before
                            // it ("... Ahad lalu. ... pada jam 3.07 pagi"), not the reference's.
                            if f.bare_time
                                && !opens_line()
                                && let (Some(day), Some(r)) = (last_day, reference)
                            {
                                f.value = f.value.replace(&r.to_string(), &day.to_string());
                            } else if !f.bare_time
                                && matches!(f.kind, Kind::Date | Kind::Time)
                                && let Some(d) = f.value.get(..10).and_then(|d| d.parse::<Date>().ok())
                            {
                                // "will open on November 24 and close on Friday": a weekday
                                // alone, ahead, after a later day named in its sentence is the
                                // first such weekday from that day on.
                                // "left on 3 March and docked the following Tuesday": the first
                                // such weekday after the day last named.
                                let d = match last_day.filter(|_| f.following) {
                                    Some(day) => {
                                        let shift =
                                            (d.weekday() as i64 - day.weekday() as i64 - 1).rem_euclid(7) + 1;
                                        let moved = day.add_days(shift);
                                        f.value = f.value.replacen(&d.to_string(), &moved.to_string(), 1);
                                        moved
                                    }
                                    None => d,
                                };
                                // "... pada Rabu (10/12) sebelum kembali ke Tokyo pada Kamis":
                                // so is one that no word points either way, after a day
                                // named ahead of the reference.
                                let after_ahead = f.unmarked
                                    && matches!((last_day, reference), (Some(day), Some(r)) if day > r);
                                let d = match (
                                    (f.ahead || after_ahead) && !f.following,
                                    last_day,
                                    last_day_end,
                                ) {
                                    (true, Some(day), Some(end))
                                        if day > d
                                            && text.get(end..f.start).is_some_and(|gap| {
                                                // (Far on in the sentence, "..., who is expected
                                                // to arrive in the country on Sunday" tells of
                                                // another event; a weekday with no word of tense
                                                // goes on the sequence however far.)
                                                !gap.contains(['.', '!', '?', '\n'])
                                                    && (after_ahead
                                                        || gap.split_whitespace().count() <= SEQUENCE_GAP)
                                            }) =>
                                    {
                                        let moved = d.add_days((day.to_days() - d.to_days() + 6) / 7 * 7);
                                        f.value = f.value.replacen(&d.to_string(), &moved.to_string(), 1);
                                        moved
                                    }
                                    _ => d,
                                };
                                // (A day of history, "3 Juni 1482", is no day a later
                                // clock time or weekday is on.)
                                if d.year() >= grammar::MIN_YEAR {
                                    last_day = Some(d);
                                    last_day_end = Some(f.end);
                                }
                            }
                            if f.bare_time
                                && let Some(d) = f.value.get(..10).and_then(|d| d.parse::<Date>().ok())
                            {
                                anchor_day = Some(d);
                            }
                            if f.unmarked {
                                unmarked.push(out.len());
                            }
                            out.extend(mention(text, f));
                        }
                        i = next.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        if let Some(r) = reference {
            echo_dated_weekdays(&mut out, &unmarked, r);
        }
        out.sort_by_key(|m| (m.start, m.end));
        // Whether `text[a..b]` is one word that puts a day after what it follows ("pada", "on").
        let on_gap = |a: usize, b: usize| self.gap_is(text, a, b, words::role::ON);
        // Whether `text[a..b]` is nothing or one word that opens a clock time ("jam", "pukul").
        let time_gap = |a: usize, b: usize| {
            text.get(a..b).is_some_and(|r| r.trim().is_empty())
                || self.gap_is(text, a, b, words::role::TIME_PREFIX)
        };
        let merged = merge_appositions(text, out, on_gap, time_gap);
        let mut out = Vec::with_capacity(merged.len());
        for m in merged {
            out.push(m);
            self.join_range(text, &mut out);
        }
        out
    }
}

/// "PSU Pilkada Puncak Jaya Digelar Sabtu" over "berlangsung Sabtu (14/3/2026)": a weekday
/// alone that no word points either way is the day of that weekday the text dates elsewhere,
/// within a week of the reference, when it dates only one such day.
fn echo_dated_weekdays(out: &mut [Mention], unmarked: &[usize], reference: Date) {
    if unmarked.is_empty() {
        return;
    }
    let day_of = |m: &Mention| m.value.get(..10).and_then(|d| d.parse::<Date>().ok());
    let dated: Vec<Date> = out
        .iter()
        .filter(|m| !m.from_reference && matches!(m.kind, Kind::Date | Kind::Time))
        .filter_map(day_of)
        .filter(|d| (d.to_days() - reference.to_days()).abs() <= 7)
        .collect();
    for &i in unmarked {
        let Some(d) = out.get(i).and_then(day_of) else {
            continue;
        };
        let mut same = dated.iter().filter(|e| e.weekday() == d.weekday());
        if let Some(&e) = same.next()
            && same.all(|&x| x == e)
            && let Some(m) = out.get_mut(i)
        {
            m.value = m.value.replacen(&d.to_string(), &e.to_string(), 1);
        }
    }
}

impl DateFinder {
    /// Whether `text[at..end]` is one phrase of the vocabulary with `role` and spaces only.
    fn gap_is(&self, text: &str, at: usize, end: usize, role: u128) -> bool {
        self.phrase_with(text, at, end, role)
            .is_some_and(|e| text.get(e..end).is_some_and(|r| r.trim().is_empty()))
    }

    /// Where the phrase of the vocabulary that opens `text[at..end]` (after spaces) ends, if it
    /// has `role`.
    fn phrase_with(&self, text: &str, at: usize, end: usize, role: u128) -> Option<usize> {
        let gap = text.get(at..end)?;
        let start = at + (gap.len() - gap.trim_start().len());
        self.words
            .longest_at_by(text.as_bytes(), start, end, |_, e| {
                crate::text::is_whole_word(text, Span::new(start, e))
            })
            .filter(|&(entry, _)| self.vocab.entries.get(entry).is_some_and(|e| e.has(role)))
            .map(|(_, e)| e)
    }

    /// "from 10pm on 18 March to 6am the following day", "mulai hari ini sehingga 12 Julai
    /// depan": the last two mentions, two clock times on days or two days, with a word that
    /// ends a range between them, become one range.
    fn join_range(&self, text: &str, out: &mut Vec<Mention>) {
        let [.., a, b] = out.as_slice() else { return };
        let times = a.kind == Kind::Time && b.kind == Kind::Time && a.value.len() > 10 && b.value.len() > 10;
        let days = a.kind == Kind::Date && b.kind == Kind::Date && a.value.len() == 10 && b.value.len() == 10;
        if !(times || days) || a.end > b.start {
            return;
        }
        // A word that ends a range, perhaps a clock's word after it ("hingga pukul").
        let ends_range = self
            .phrase_with(text, a.end, b.start, words::role::RANGE)
            .is_some_and(|end| {
                text.get(end..b.start).is_some_and(|r| r.trim().is_empty())
                    || self.gap_is(text, end, b.start, words::role::TIME_PREFIX)
            });
        if !ends_range || a.value >= b.value {
            return;
        }
        let Some(whole) = text.get(a.start..b.end) else {
            return;
        };
        let joined = Mention {
            text: whole.to_string(),
            start: a.start,
            end: b.end,
            value: format!("{}/{}", a.value, b.value),
            kind: Kind::Range,
            from_reference: a.from_reference && b.from_reference,
            weekday_mismatch: a.weekday_mismatch || b.weekday_mismatch,
        };
        out.truncate(out.len() - 2);
        out.push(joined);
    }
}

/// "besok, Kamis (20/11)", "yesterday, Nov. 18": a day named twice, the second in apposition to
/// the first, is one mention of that day (the contract's "one mention, one entry"). So is a
/// named day and its date after a word that places it ("HUT ke-92 RI pada 17 Agustus"), when
/// `on_gap` says the words between are such a word; and a day with the clock time put on it
/// right after ("Jumaat ini (10 Mei) jam 3 petang"), when `time_gap` says the words between are
/// none or a clock's word.
fn merge_appositions(
    text: &str,
    found: Vec<Mention>,
    on_gap: impl Fn(usize, usize) -> bool,
    time_gap: impl Fn(usize, usize) -> bool,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        // "pada Jumaat ini (10 Mei) jam 3 petang": a clock time put on the day right before it
        // is one mention with that day.
        if let Some(prev) = out.last_mut()
            && prev.kind == Kind::Date
            && m.kind == Kind::Time
            && prev.value.len() == 10
            && m.value.starts_with(&prev.value)
            && m.value.as_bytes().get(10) == Some(&b'T')
            && prev.end <= m.start
            && time_gap(prev.end, m.start)
            && let Some(whole) = text.get(prev.start..m.end)
        {
            prev.text = whole.to_string();
            prev.end = m.end;
            prev.value = m.value;
            prev.kind = Kind::Time;
            prev.from_reference &= m.from_reference;
            continue;
        }
        // "tomorrow (Thursday)", "besok (Kamis)": the second in brackets; a weekday read on its
        // own there is the day before it when it falls on that weekday.
        let bracketed = out.last().is_some_and(|prev| {
            text.get(prev.end..m.start).is_some_and(|gap| gap.trim() == "(")
                && text.get(m.end..).is_some_and(|rest| rest.starts_with(')'))
        });
        let same_day = |prev: &Mention| {
            prev.value == m.value
                || bracketed
                    && m.from_reference
                    && match (prev.value.parse::<Date>(), m.value.parse::<Date>()) {
                        (Ok(a), Ok(b)) => {
                            a.weekday() == b.weekday() && (a.to_days() - b.to_days()).abs() <= 7
                        }
                        _ => false,
                    }
        };
        let end = if bracketed { m.end + 1 } else { m.end };
        if let Some(prev) = out.last_mut()
            && same_day(prev)
            && prev.value.len() == 10
            && (bracketed
                || text.get(prev.end..m.start).is_some_and(|gap| gap.trim() == ",")
                || on_gap(prev.end, m.start))
            && let Some(whole) = text.get(prev.start..end)
        {
            prev.text = whole.to_string();
            prev.end = end;
            prev.kind = m.kind;
            prev.from_reference &= m.from_reference;
            prev.weekday_mismatch |= m.weekday_mismatch;
            continue;
        }
        out.push(m);
    }
    out
}

fn mention(text: &str, f: Found) -> Option<Mention> {
    let written = text.get(f.start..f.end)?;
    Some(Mention {
        text: written.to_string(),
        start: f.start,
        end: f.end,
        value: f.value,
        kind: f.kind,
        from_reference: f.from_reference,
        weekday_mismatch: f.weekday_mismatch,
    })
}

/// Finds every date mention in `text` with a grammar built once per process.
///
/// ```
/// let found = warta::dates::find_dates("Selasa (16/11/2021)", None);
/// assert_eq!(found[0].value, "2021-11-16");
/// ```
pub fn find_dates(text: &str, reference: Option<Date>) -> Vec<Mention> {
    shared().find(text, &[Span::new(0, text.len())], reference)
}

/// The month names of every language (`data/*/months.tsv`), for finders that must not read a
/// day of a month as something else.
pub(crate) fn month_files() -> &'static [crate::lexicon::DataFile; 3] {
    &words::MONTHS
}

/// The process's one [`DateFinder`], built on first use: the analyzer's and the stripper's
/// date lines read the same grammar, so it is compiled once.
pub(crate) fn shared() -> &'static DateFinder {
    static FINDER: once_cell::sync::Lazy<DateFinder> = once_cell::sync::Lazy::new(DateFinder::new);
    &FINDER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_opening_its_line_is_of_the_day_of_writing() {
        // A live report's stamp stays on the reference's day; a time inside a sentence takes
        // the day last named.
        let t = "Letusan terjadi Senin (3/11) malam.\n07.30 WIT: Warga mulai mengungsi, dan posko dibuka pukul 09.00 WIT.";
        let found = find_dates(t, Date::new(2025, 11, 4));
        let values: Vec<&str> = found.iter().map(|m| m.value.as_str()).collect();
        assert_eq!(
            values,
            vec!["2025-11-03", "2025-11-04T07:30+09:00", "2025-11-03T09:00+09:00"]
        );
    }

    #[test]
    fn data_files_parse() {
        for f in words::all_files() {
            assert!(f.check().is_ok(), "{:?}", f.check());
        }
        assert_eq!(words::check_rows(), Ok(()));
        let f = DateFinder::new();
        assert!(f.words.longest_at(b"Agustus 2022", 0, 12).is_some() && f.iso.is_some());
    }

    #[test]
    fn spans_index_the_text() {
        let t = "Türkiye, Selasa (16/11/2021) pukul 14.00 WIB – “kemarin” 1–12 Agustus 2022";
        let r = Date::new(2021, 11, 17);
        for m in find_dates(t, r) {
            assert_eq!(&t[m.start..m.end], m.text);
        }
    }
}
